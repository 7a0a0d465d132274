import { z } from 'zod';
import {
  normalizeWeights,
  RANKING_RULE,
  rocWeights,
  aggregateStakeholders,
  type CriterionDisagreement,
  swingWeights,
} from '../../../engine/weights';
import type { CliCommand } from '../command';
import { num, parseInput, table } from '../format';

const Input = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('roc'), ranking: z.array(z.number()).min(1) }),
  z.strictObject({ method: z.literal('swing'), points: z.array(z.number()).min(1) }),
  z.strictObject({ method: z.literal('direct'), points: z.array(z.number()).min(1) }),
  z.strictObject({
    method: z.literal('stakeholders'),
    sets: z
      .array(
        z.strictObject({ weights: z.array(z.number()).min(1), influence: z.number().optional() }),
      )
      .min(1),
  }),
]);

export interface WeightsResult {
  weights: number[];
  method: 'roc' | 'swing' | 'direct' | 'stakeholders';
  /** For roc: criterion indices are 0-based (the one rule of every command, docs/cli.md). */
  indexBase?: 0;
  convention: string;
  disagreement?: CriterionDisagreement[];
}

const CONVENTIONS: Record<WeightsResult['method'], string> = {
  roc: `ROC (Barron & Barrett 1996): w_k = (1/n) Σ_{i=k..n} 1/i for the k-th ranked; ${RANKING_RULE}`,
  swing: 'swing: most important swing = 100 points, others 0..100; w = points / Σ points',
  direct:
    'direct: w = rating / Σ ratings (divided by the largest rating first if the sum would overflow)',
  stakeholders:
    'stakeholders: influence-weighted mean of normalised sets; sd = weighted population sd',
};

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
        return { weights: rocWeights(input.ranking), method: 'roc', indexBase: 0, convention };
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
