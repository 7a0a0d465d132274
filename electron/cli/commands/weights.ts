import { z } from 'zod';
import { normalizeWeights } from '../../../engine/weights/direct';
import { readRanking, rocWeights } from '../../../engine/weights/roc';
import { aggregateStakeholders } from '../../../engine/weights/stakeholders';
import type { CriterionDisagreement } from '../../../engine/weights/stakeholders';
import { swingWeights } from '../../../engine/weights/swing';
import { CliInputError } from '../command';
import type { CliCommand } from '../command';

/**
 * Shared by the ahp / weights / mcda commands (the lead may move these three helpers to
 * electron/cli/ when more commands need them).
 * parseInput: zod-validate `input`; the first issue becomes a CliInputError whose message starts
 * with the JSON path of the offending field (e.g. "options.preference[0].q: …").
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
  throw new CliInputError(field || 'input', issue.message);
}

/** A plain text table: columns padded to the widest cell (CJK characters count as two). */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => displayWidth(r[c] ?? ''))));
  return cells
    .map((r) =>
      r
        .map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Fixed-precision number for tables (6 significant decimals is enough to compare methods). */
export function num(x: number, digits = 6): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

const Input = z.discriminatedUnion('method', [
  z.object({ method: z.literal('roc'), ranking: z.array(z.number()).min(1) }),
  z.object({ method: z.literal('swing'), points: z.array(z.number()).min(1) }),
  z.object({ method: z.literal('direct'), points: z.array(z.number()).min(1) }),
  z.object({
    method: z.literal('stakeholders'),
    sets: z
      .array(z.object({ weights: z.array(z.number()).min(1), influence: z.number().optional() }))
      .min(1),
  }),
]);

export interface WeightsResult {
  weights: number[];
  method: 'roc' | 'swing' | 'direct' | 'stakeholders';
  /** For roc: whether the ranking was read as 0-based or 1-based criterion indices. */
  indexBase?: 0 | 1;
  convention: string;
  disagreement?: CriterionDisagreement[];
}

const CONVENTIONS = {
  roc: 'ROC (Barron & Barrett 1996): w_k = (1/n) Σ_{i=k..n} 1/i for the k-th ranked; ranking lists criterion indices, most important first, 0-based (a permutation of 1..n is read as 1-based; indexBase says which)',
  swing: 'swing: most important swing = 100 points, others 0..100; w = points / Σ points',
  direct: 'direct: w = rating / Σ ratings',
  stakeholders:
    'stakeholders: influence-weighted mean of normalised sets; sd = weighted population sd',
} as const;

/** `weights` — { method: roc|swing|direct, ranking?, points? } → { weights } (also "stakeholders" with sets). */
export const weightsCommand: CliCommand<WeightsResult> = {
  name: 'weights',
  summary: '准则权重（排序重心 / 摇摆 / 直接）· criterion weights by ROC, swing or direct rating',
  readsInput: true,
  run(ctx) {
    const input = parseInput(Input, ctx.input);
    const convention = CONVENTIONS[input.method];
    switch (input.method) {
      case 'roc': {
        const { indexBase } = readRanking(input.ranking);
        return { weights: rocWeights(input.ranking), method: 'roc', indexBase, convention };
      }
      case 'swing':
        return { weights: swingWeights(input.points), method: 'swing', convention };
      case 'direct':
        return { weights: normalizeWeights(input.points, 'points'), method: 'direct', convention };
      case 'stakeholders': {
        const r = aggregateStakeholders(input.sets);
        return {
          weights: r.weights,
          disagreement: r.disagreement,
          method: 'stakeholders',
          convention,
        };
      }
    }
  },
  format(result) {
    const header = ['准则 Criterion', '权重 Weight'];
    const withSpread = result.disagreement !== undefined;
    if (withSpread) header.push('最小 Min', '最大 Max', '极差 Spread', '标准差 SD');
    const rows = result.weights.map((w, j) => {
      const row: (string | number)[] = [j, num(w)];
      const d = result.disagreement?.[j];
      if (d) row.push(num(d.min), num(d.max), num(d.spread), num(d.sd));
      return row;
    });
    return `${table(header, rows)}\n约定 Conventions: ${result.convention}; 权重和为 1 · weights sum to 1.`;
  },
};
