/**
 * The plain SMAA-2 problems the SMAA figures time: n alternatives × m criteria, every cell a
 * triangular distribution on a fixed pattern (deterministic, no database).
 */
import type { SmaaProblem } from '../../engine/robustness';

export function triangularProblem(n: number, m: number, samples: number): SmaaProblem {
  return {
    performance: Array.from({ length: n }, (_, i) =>
      Array.from({ length: m }, (_, j) => ({
        dist: 'triangular' as const,
        min: (i + j) % 5,
        mode: ((i + j) % 5) + 0.5,
        max: ((i + j) % 5) + 1,
      })),
    ),
    types: Array.from({ length: m }, () => 1),
    samples,
    seed: 1,
  };
}
