import { snapToSaaty } from '../../../../engine/weights';

/**
 * The AHP editor's matrix operations. The planner edits the upper triangle (i < j) only; the
 * lower triangle is always the reciprocal, so the matrix the engine sees is reciprocal by
 * construction and a judgement cannot drift out of sync with its mirror.
 */

export type Matrix = (number | null)[][];

/** The 17 Saaty values a judgement can take, from "B extremely more important" to "A extremely". */
export const SAATY_CHOICES: readonly number[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((v) => 1 / v),
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

/** A starting matrix that reproduces the current weights as closely as the 1–9 scale allows. */
export function matrixFromWeights(weights: readonly number[]): Matrix {
  const safe = weights.map((w) => (w > 0 ? w : 1e-6));
  return safe.map((wi, i) => safe.map((wj, j) => (i === j ? 1 : snapToSaaty(wi / wj))));
}

/** Sets a_ij and a_ji = 1/a_ij, returning a new matrix (React state is never mutated). */
export function setJudgement(m: Matrix, i: number, j: number, value: number): Matrix {
  return m.map((row, r) =>
    row.map((cell, c) => {
      if (r === i && c === j) return value;
      if (r === j && c === i) return 1 / value;
      return cell;
    }),
  );
}

/** The choice a stored value corresponds to (matched on the log scale, so 0.333… finds 1/3). */
export function choiceIndex(value: number | null): number {
  if (value === null || !(value > 0)) return SAATY_CHOICES.indexOf(1);
  let best = 0;
  SAATY_CHOICES.forEach((c, k) => {
    if (Math.abs(Math.log(c / value)) < Math.abs(Math.log(SAATY_CHOICES[best]! / value))) best = k;
  });
  return best;
}

/** Every upper-triangle pair (i < j) in reading order. */
export function pairs(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
  return out;
}

/** A square, reciprocal matrix of size n, or false (e.g. stored for another cause list). */
export function isUsableMatrix(m: unknown, n: number): m is Matrix {
  return (
    Array.isArray(m) && m.length === n && m.every((row) => Array.isArray(row) && row.length === n)
  );
}
