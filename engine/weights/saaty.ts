/**
 * Saaty's random consistency index RI(n), n = 1..15: the mean CI of random reciprocal matrices
 * drawn from the 1–9 scale, as tabulated by Saaty (1980; repeated in Saaty & Vargas 2012,
 * "Models, Methods, Concepts & Applications of the AHP", ch. 2). Index 0 is n = 1.
 */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** The name printed with every result so users know which RI table produced CR. */
export const RI_TABLE_NAME = 'Saaty (1980/2012), n = 1..15';

/**
 * Alonso & Lamata (2006), "Consistency in the analytic hierarchy process: a new approach",
 * Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 445–459, Table 2: the mean
 * λmax-based CI of 100,000 random Saaty-scale matrices per size, n = 3..15 (0 for n ≤ 2).
 * Saaty's older table comes from far fewer matrices and is not monotone (n = 12).
 */
export const ALONSO_LAMATA_RANDOM_INDEX: readonly number[] = [
  0, 0, 0.5247, 0.8816, 1.1086, 1.2479, 1.3417, 1.4057, 1.4499, 1.4854, 1.514, 1.5365, 1.5551,
  1.5713, 1.5838,
];

export type RandomIndexTableId = 'saaty' | 'alonso-lamata';

export const RANDOM_INDEX_TABLES: Record<
  RandomIndexTableId,
  { values: readonly number[]; name: string }
> = {
  saaty: { values: RANDOM_INDEX, name: RI_TABLE_NAME },
  'alonso-lamata': {
    values: ALONSO_LAMATA_RANDOM_INDEX,
    name: 'Alonso & Lamata (2006), n = 1..15',
  },
};

/** CR above this is "inconsistent" (Saaty's 10 % rule; for n = 3 and 4 some use 0.05 / 0.08). */
export const CR_THRESHOLD = 0.1;

/** The Saaty 1–9 scale and its reciprocals, ascending. */
export const SAATY_SCALE: readonly number[] = [
  1 / 9,
  1 / 8,
  1 / 7,
  1 / 6,
  1 / 5,
  1 / 4,
  1 / 3,
  1 / 2,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
];

/**
 * Snaps a positive ratio to the nearest Saaty-scale value, measuring distance on the log scale
 * (a ratio of 3 is as far from 1 as 1/3 is). Ratios beyond 9 or below 1/9 snap to the ends.
 */
export function snapToSaaty(ratio: number): number {
  const target = Math.log(ratio);
  let best = 1;
  let bestDist = Infinity;
  for (const s of SAATY_SCALE) {
    const d = Math.abs(Math.log(s) - target);
    if (d < bestDist - 1e-12) {
      best = s;
      bestDist = d;
    }
  }
  return best;
}

/** Formats a Saaty value as "3" or "1/3" for readable suggestions. */
export function formatSaaty(value: number): string {
  if (value >= 1) return String(Math.round(value));
  return `1/${Math.round(1 / value)}`;
}
