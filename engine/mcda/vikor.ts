import { EngineInputError, assertFinite } from '../errors';
import { extent } from '../stats/extent';
import { isFlat, rankScores, TIE_TOLERANCE } from './ranking';
import type { CheckedProblem } from './types';

export const VIKOR_DEFAULT_V = 0.5;

export interface VikorResult {
  /** Q (lower is better). */
  scores: number[];
  S: number[];
  R: number[];
  Q: number[];
  v: number;
  /** DQ = 1/(m − 1): the acceptable-advantage threshold (0 when m = 1). */
  dq: number;
  /** C1: Q(second) − Q(best) ≥ DQ. */
  acceptableAdvantage: boolean;
  /** C2: the best by Q is also best (or tied best) by S or by R. */
  acceptableStability: boolean;
  /** 0-based alternatives of the compromise solution set (Opricovic & Tzeng 2004). */
  compromiseSet: number[];
}

/**
 * VIKOR (Opricovic & Tzeng 2004). f*_j / f−_j = best / worst value of criterion j.
 * S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f−_j), R_i = max_j of the same terms,
 * Q_i = v (S_i − S*)/(S− − S*) + (1 − v)(R_i − R*)/(R− − R*); lower is better.
 * Conventions for zero denominators (no NaN): a constant criterion (f* = f−) contributes 0 to
 * S and R; if all S (or all R) are equal up to rounding (1e-12 relative), that part of Q is 0.
 */
export function vikor(p: CheckedProblem, v: number = VIKOR_DEFAULT_V): VikorResult {
  assertFinite(v, 'options.v');
  if (v < 0 || v > 1) throw new EngineInputError('options.v', `must be in 0..1 (got ${v})`);
  const best: number[] = [];
  const worst: number[] = [];
  const col = new Float64Array(p.m);
  for (let j = 0; j < p.n; j++) {
    for (let i = 0; i < p.m; i++) col[i] = p.matrix[i]![j]!;
    const [lo, hi] = extent(col);
    best.push(p.types[j] === 1 ? hi : lo);
    worst.push(p.types[j] === 1 ? lo : hi);
  }
  const S: number[] = [];
  const R: number[] = [];
  for (const row of p.matrix) {
    let s = 0;
    let r = 0;
    row.forEach((x, j) => {
      const range = best[j]! - worst[j]!;
      const term = range === 0 ? 0 : (p.weights[j]! * (best[j]! - x)) / range;
      s += term;
      r = Math.max(r, term);
    });
    S.push(s);
    R.push(r);
  }
  const [sStar, sMinus] = extent(S);
  const [rStar, rMinus] = extent(R);
  // "Equal" means equal up to rounding (relative to their size, so tiny weights still count):
  // S values that differ only by 1e-16 would otherwise be stretched to the full 0..1 range of Q.
  const sFlat = isFlat(sStar, sMinus);
  const rFlat = isFlat(rStar, rMinus);
  const Q = S.map((s, i) => {
    const a = sFlat ? 0 : (s - sStar) / (sMinus - sStar);
    const b = rFlat ? 0 : (R[i]! - rStar) / (rMinus - rStar);
    return v * a + (1 - v) * b;
  });
  return { scores: [...Q], S, R, Q, v, ...conditions(S, R, Q) };
}

function conditions(S: number[], R: number[], Q: number[]) {
  const m = Q.length;
  const order = Q.map((_, i) => i).sort((a, b) => Q[a]! - Q[b]! || a - b);
  const first = order[0]!;
  if (m === 1)
    return { dq: 0, acceptableAdvantage: true, acceptableStability: true, compromiseSet: [first] };
  const dq = 1 / (m - 1);
  const slack = TIE_TOLERANCE;
  const acceptableAdvantage = Q[order[1]!]! - Q[first]! >= dq - slack;
  const acceptableStability = rankScores(S, true)[first] === 1 || rankScores(R, true)[first] === 1;
  let compromiseSet: number[];
  if (!acceptableAdvantage) {
    // a(1)…a(M): every alternative whose Q is within DQ of the best.
    compromiseSet = order.filter((i) => Q[i]! - Q[first]! < dq - slack);
  } else if (!acceptableStability) {
    compromiseSet = [first, order[1]!];
  } else {
    compromiseSet = [first];
  }
  return { dq, acceptableAdvantage, acceptableStability, compromiseSet };
}
