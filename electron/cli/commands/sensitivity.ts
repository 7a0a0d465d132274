import { z } from 'zod';
import {
  matrixSensitivity,
  packageSensitivity,
  type MatrixSensitivityResult,
  type PackageSensitivityResult,
} from '../../../engine/robustness';
import type { CliCommand } from '../command';
import { Finite, hasKey, readDecisionModel } from '../engine-inputs';
import { num, parseInput, table } from '../format';

const MatrixInputSchema = z.strictObject({
  matrix: z.array(z.array(Finite).min(1)).min(1),
  weights: z.array(Finite).min(1),
});

export type SensitivityCliResult =
  (PackageSensitivityResult & { scenario?: string }) | MatrixSensitivityResult;

/**
 * `sensitivity` — one-way weight sensitivity: for each cause (or criterion), the weight range
 * over which the current best package (or alternative) stays best, and the best on each piece.
 */
export const sensitivityCommand: CliCommand<SensitivityCliResult> = {
  name: 'sensitivity',
  summary: '单因素权重敏感性 · weight ranges over which the best package or alternative stays best',
  readsInput: true,
  async run(ctx) {
    if (hasKey(ctx.input, 'matrix')) {
      const { matrix, weights } = parseInput(MatrixInputSchema, ctx.input);
      return matrixSensitivity(matrix, weights);
    }
    const { model, scenario } = await readDecisionModel(ctx.input, ctx.dataDir, {}, ctx.flags);
    const result: PackageSensitivityResult & { scenario?: string } = packageSensitivity(model);
    if (scenario !== undefined) result.scenario = scenario;
    return result;
  },
  format(r) {
    const label = (best: string[] | number) =>
      typeof best === 'number' ? `#${best}` : best.join(' + ');
    const head =
      r.kind === 'matrix'
        ? `加权和敏感性 Weighted-sum sensitivity: 当前最优方案 best alternative #${r.best} (0 起编号 · 0-based row)`
        : `组合敏感性 Package sensitivity${r.scenario ? ` — 情景 scenario "${r.scenario}"` : ''}: 当前最优 best ${label(r.best)}`;
    const rows = r.criteria.map((c) => [
      String(c.criterion),
      num(c.weight, 4),
      `[${num(c.lower, 4)}, ${num(c.upper, 4)}]`,
      (c.intervals as { from: number; to: number; best: string[] | number }[])
        .map((s) => `${num(s.from, 3)}–${num(s.to, 3)}: ${label(s.best)}`)
        .join('; '),
    ]);
    return [
      head,
      table(
        [
          '准则 Criterion',
          '权重 Weight',
          '保持最优 Stays best',
          '各区间最优 Best on each interval',
        ],
        rows,
      ),
      '',
      '约定 Conventions:',
      '  - 一个权重 t 在 [0,1] 变化，其余按原比例缩放 w_k(t) = w_k(1−t)/(1−w_j) · one weight varies, the others keep their proportions',
      '  - 若 w_j = 1（其余为 0），其余平分 1−t · if w_j = 1, the others share 1 − t equally',
      '  - 价值对 t 是线性的，断点为精确交点 · values are linear in t, so breakpoints are exact line crossings',
      '  - 权重先归一化为和 1 · weights are normalised to sum to 1',
    ].join('\n');
  },
};
