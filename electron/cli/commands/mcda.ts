import { z } from 'zod';
import {
  runMcda,
  type McdaMethod,
  type McdaResult,
  NORMALIZATIONS,
  type Normalization,
} from '../../../engine/mcda';
import type { CliCommand } from '../command';
import { num, parseInput, table } from '../format';

const Preference = z.strictObject({
  function: z.enum(['usual', 'u-shape', 'v-shape', 'level', 'linear', 'gaussian']),
  q: z.number().optional(),
  p: z.number().optional(),
  s: z.number().optional(),
});

const Finite = z.number().finite();

/** One criterion's value function (engine/mcda/value-function.ts checks the numbers). */
export const ValueFunctionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('linear'),
    range: z.tuple([Finite, Finite]).optional(),
    clip: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('piecewise'),
    breakpoints: z.array(z.tuple([Finite, Finite])).min(2),
    clip: z.boolean().optional(),
  }),
]);

const Input = z.strictObject({
  method: z.enum(['wsm', 'wpm', 'topsis', 'promethee2', 'vikor']),
  matrix: z.array(z.array(z.number()).min(1)).min(1),
  weights: z.array(z.number()).min(1),
  types: z.array(z.union([z.literal(1), z.literal(-1)])).min(1),
  valueFunctions: z.array(ValueFunctionSchema.nullable()).min(1).optional(),
  options: z
    .strictObject({
      normalization: z.enum(NORMALIZATIONS as [Normalization, ...Normalization[]]).optional(),
      v: z.number().optional(),
      preference: z.array(Preference).optional(),
    })
    .optional(),
  normalizeWeights: z.boolean().optional(),
});

/** { scores, ranking } plus the method's own details at the top level and the conventions used. */
export type McdaCliResult = Omit<McdaResult, 'details'> & Record<string, unknown>;

/**
 * `mcda` — { method, matrix, weights, types, valueFunctions?, options?, normalizeWeights? } →
 * { scores, ranking, … }.
 * TOPSIS adds dPlus/dMinus, PROMETHEE II positive/negative (÷ n − 1), VIKOR S/R/Q and its
 * acceptable-advantage / stability conditions with the compromise set.
 */
export const mcdaCommand: CliCommand<McdaCliResult> = {
  name: 'mcda',
  summary:
    '多准则排序（WSM / WPM / TOPSIS / PROMETHEE II / VIKOR）· rank alternatives by one MCDA method',
  readsInput: true,
  run(ctx) {
    const input = parseInput(Input, ctx.input);
    const { details, ...rest } = runMcda(input);
    return { ...rest, ...details };
  },
  format(r) {
    const extra = EXTRA_COLUMNS[r.method];
    const header = [
      '方案 Alternative',
      r.lowerIsBetter ? '得分 Score (Q, 越低越好 lower is better)' : '得分 Score',
      '排名 Rank',
      ...extra.map((c) => c.label),
    ];
    const rows = r.scores.map((s, i) => [
      i,
      num(s),
      r.ranking[i]!,
      ...extra.map((c) => num((r[c.key] as number[])[i]!)),
    ]);
    const lines = [`方法 Method: ${r.method}`, table(header, rows)];
    if (r.method === 'vikor') {
      const set = (r.compromiseSet as number[]).join(', ');
      lines.push(
        `可接受优势 C1 acceptable advantage (DQ = ${num(r.dq as number, 4)}): ${yes(r.acceptableAdvantage)}; ` +
          `决策稳定 C2 acceptable stability: ${yes(r.acceptableStability)}; 折中方案 compromise set: {${set}}`,
      );
    }
    const conventions = Object.entries(r.conventions).map(([k, v]) => `${k}: ${v}`);
    lines.push(
      `约定 Conventions: ${conventions.join('; ')}; ranks 1-based, tied scores share the better rank (absolute tolerance here ${r.tieTolerance.toExponential(2)}); alternatives 0-based.`,
    );
    return lines.join('\n');
  },
};

const EXTRA_COLUMNS: Record<McdaMethod, { key: string; label: string }[]> = {
  wsm: [],
  wpm: [],
  topsis: [
    { key: 'dPlus', label: 'd+ 距正理想' },
    { key: 'dMinus', label: 'd− 距负理想' },
  ],
  promethee2: [
    { key: 'positive', label: 'φ+ 正流' },
    { key: 'negative', label: 'φ− 负流' },
  ],
  vikor: [
    { key: 'S', label: 'S 群体效用' },
    { key: 'R', label: 'R 个体遗憾' },
  ],
};

function yes(v: unknown): string {
  return v === true ? '是 yes' : '否 no';
}
