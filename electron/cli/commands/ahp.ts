import { z } from 'zod';
import { computeAhp, EIGEN_MAX_ITERATIONS, EIGEN_TOLERANCE } from '../../../engine/weights/ahp';
import type { AhpResult } from '../../../engine/weights/ahp';
import { aggregateJudgements } from '../../../engine/weights/ahp-group';
import { RECIPROCITY_TOLERANCE } from '../../../engine/weights/ahp-matrix';
import { formatSaaty, snapToSaaty } from '../../../engine/weights/saaty';
import type { CliCommand } from '../command';
import { num, parseInput, table } from '../format';

const Matrix = z.array(z.array(z.number().nullable()).min(1)).min(1);
const Single = z.object({ matrix: Matrix });
const Group = z.object({
  matrices: z.array(Matrix).min(1),
  judgeWeights: z.array(z.number()).optional(),
});

export interface AhpCliResult extends AhpResult {
  /** Whether several judges' matrices were combined by the cell-wise geometric mean first. */
  aggregated: boolean;
  /** The group matrix when `aggregated` (what the weights were derived from). */
  groupMatrix?: (number | null)[][];
  tolerance: number;
  maxIterations: number;
  reciprocityTolerance: number;
  indexBase: 0;
}

/**
 * `ahp` — { matrix } (a_ij = importance of i over j, null = missing) or { matrices, judgeWeights? }
 * for a group → { weights, lambdaMax, ci, cr, inconsistent: [[i, j]…] (0-based) } plus the method,
 * the RI table and a suggested Saaty-scale value for each flagged judgement.
 */
export const ahpCommand: CliCommand<AhpCliResult> = {
  name: 'ahp',
  summary:
    '层次分析法权重与一致性 · AHP weights, λmax, CI, CR and the most inconsistent judgements',
  readsInput: true,
  run(ctx) {
    const raw = ctx.input;
    const base = {
      tolerance: EIGEN_TOLERANCE,
      maxIterations: EIGEN_MAX_ITERATIONS,
      reciprocityTolerance: RECIPROCITY_TOLERANCE,
      indexBase: 0 as const,
    };
    // Pick the shape by key first: a zod union error would name neither branch's field.
    if (raw !== null && typeof raw === 'object' && 'matrices' in raw) {
      const group = parseInput(Group, raw);
      const matrix = aggregateJudgements(group.matrices, group.judgeWeights);
      return { ...computeAhp(matrix, 'matrices'), aggregated: true, groupMatrix: matrix, ...base };
    }
    const input = parseInput(Single, raw);
    return { ...computeAhp(input.matrix), aggregated: false, ...base };
  },
  format(r) {
    const weights = table(
      ['准则 Criterion', '权重 Weight'],
      r.weights.map((w, j) => [j, num(w)]),
    );
    const lines = [
      weights,
      `λmax = ${num(r.lambdaMax)}   CI = ${num(r.ci)}   CR = ${num(r.cr)}   (RI = ${r.ri})`,
      r.isConsistent
        ? `一致性可接受 · Consistency acceptable (CR ≤ ${r.crThreshold}).`
        : `一致性不足 · Inconsistent (CR > ${r.crThreshold}). 最不一致的判断 · Most inconsistent judgements:`,
    ];
    if (!r.isConsistent) {
      lines.push(
        table(
          ['判断 Judgement', '给定 Given', '权重隐含 Implied', '建议 Suggested'],
          r.details.map((d) => [
            `a[${d.i}][${d.j}]`,
            onScale(d.given),
            num(d.implied, 3),
            formatSaaty(d.suggested),
          ]),
        ),
      );
    }
    const how =
      r.method === 'eigenvector'
        ? `principal eigenvector by power iteration (tolerance ${r.tolerance}, ≤ ${r.maxIterations} iterations, used ${r.iterations})`
        : `LLSM for ${r.missing} missing judgement(s); λmax of the matrix completed with w_i/w_j`;
    lines.push(
      `约定 Conventions: ${how}; CI = (λmax − n)/(n − 1); CR = CI/RI, RI table ${r.riTable}; CR = 0 for n ≤ 2; ` +
        `indices 0-based; lower triangle must be reciprocal within ${r.reciprocityTolerance}` +
        (r.aggregated ? '; judges combined by the cell-wise geometric mean (AIJ)' : '') +
        '.',
    );
    return lines.join('\n');
  },
};

/** Shows a judgement as "1/3" when it is a Saaty-scale value (typed 0.333 included), else as a number. */
function onScale(value: number): string {
  const snapped = snapToSaaty(value);
  return Math.abs(snapped / value - 1) <= 1e-2 ? formatSaaty(snapped) : num(value, 3);
}
