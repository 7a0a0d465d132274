import { EngineInputError, assertFinite } from '../errors';
import { normalizeWeights } from '../weights/direct';
import { readRanking } from '../weights/roc';
import type { WeightInfo as SamplingWeightInfo } from './weight-sampling';

/**
 * Incomplete weight information as the planner states it (the same shapes as the `smaa`
 * command's "weightInfo"), and the extreme points of each admissible weight set. Package
 * values are linear in w, so comparing packages at the extreme points decides dominance
 * over the whole set (Liesiö, Mild & Salo 2007).
 */
export type WeightInfo = Exclude<SamplingWeightInfo, { type: 'fixed' }>;

/** Above this many points (2^12) a set is refused rather than compared point by point. */
export const MAX_EXTREME_POINTS = 4096;

/** No information: the simplex, whose vertices are the unit vectors. */
export function uniformExtremePoints(m: number): number[][] {
  return Array.from({ length: m }, (_, j) =>
    Array.from({ length: m }, (_, k) => (k === j ? 1 : 0)),
  );
}

/**
 * w_(1) ≥ w_(2) ≥ … ≥ w_(m) (ranking: criterion indices, most important first): the vertices
 * are "1/k on the k most important, 0 elsewhere" for k = 1..m.
 */
export function ordinalExtremePoints(
  ranking: readonly number[],
  m: number,
  field = 'weightInfo.ranking',
): number[][] {
  if (!Array.isArray(ranking) || ranking.length !== m) {
    throw new EngineInputError(field, `must list all ${m} criterion indices, most important first`);
  }
  readRanking(ranking, field, m);
  return ranking.map((_, k) => {
    const w = new Array<number>(m).fill(0);
    for (let q = 0; q <= k; q++) w[ranking[q]!] = 1 / (k + 1);
    return w;
  });
}

/** Largest m for interval vertices: m · 2^(m−1) candidate points. */
export const MAX_INTERVAL_CRITERIA = 12;

/**
 * Vertices of {lo ≤ w ≤ hi, Σ w = 1}. A vertex of this polytope has at most one coordinate
 * strictly inside its bounds, so: for each free coordinate f and each lo/hi choice of the
 * others, w_f = 1 − Σ others, kept when it lies within [lo_f, hi_f]; duplicates removed.
 */
export function intervalExtremePoints(
  bounds: readonly (readonly [number, number])[],
  field = 'weightInfo.bounds',
): number[][] {
  const m = bounds.length;
  if (m === 0) throw new EngineInputError(field, 'needs one [lo, hi] per criterion');
  if (m > MAX_INTERVAL_CRITERIA) {
    throw new EngineInputError(field, `supports at most ${MAX_INTERVAL_CRITERIA} criteria`);
  }
  bounds.forEach(([lo, hi], j) => {
    assertFinite(lo, `${field}[${j}][0]`);
    assertFinite(hi, `${field}[${j}][1]`);
    if (lo < 0 || hi > 1 || lo > hi) {
      throw new EngineInputError(`${field}[${j}]`, 'must satisfy 0 ≤ lo ≤ hi ≤ 1');
    }
  });
  const eps = 1e-12;
  const out: number[][] = [];
  for (let f = 0; f < m; f++) {
    for (let bits = 0; bits < 1 << (m - 1); bits++) {
      const w = new Array<number>(m).fill(0);
      let sum = 0;
      for (let j = 0, b = 0; j < m; j++) {
        if (j === f) continue;
        w[j] = (bits >> b++) & 1 ? bounds[j]![1] : bounds[j]![0];
        sum += w[j]!;
      }
      const wf = 1 - sum;
      if (wf < bounds[f]![0] - eps || wf > bounds[f]![1] + eps) continue;
      w[f] = Math.min(bounds[f]![1], Math.max(bounds[f]![0], wf));
      if (!out.some((v) => v.every((x, j) => Math.abs(x - w[j]!) <= 1e-9))) out.push(w);
    }
  }
  if (out.length === 0)
    throw new EngineInputError(field, 'no weights satisfy these intervals and sum to 1');
  return out;
}

/** Several stakeholders' weight sets: their convex hull; each set normalised to sum 1. */
export function stakeholderExtremePoints(
  sets: readonly (readonly number[])[],
  m: number,
  field = 'weightInfo.sets',
): number[][] {
  if (sets.length === 0) throw new EngineInputError(field, 'needs at least one weight set');
  return sets.map((set, k) => {
    if (set.length !== m) throw new EngineInputError(`${field}[${k}]`, `needs ${m} weights`);
    return normalizeWeights(set, `${field}[${k}]`);
  });
}

/**
 * Ranking with ties (groups, most important first): every point "1/|S| on S" where S is the
 * top groups in full plus a non-empty part of the next one. The set's vertices are among these
 * (an extra non-vertex point changes no dominance verdict, being inside the set).
 */
export function orderedGroupsExtremePoints(
  groups: readonly (readonly number[])[],
  m: number,
): number[][] {
  const out: number[][] = [];
  const above: number[] = [];
  for (const g of groups) {
    const count = 2 ** g.length - 1;
    if (out.length + count > MAX_EXTREME_POINTS)
      throw new EngineInputError(
        'weightInfo.groups',
        `too many tied criteria (more than ${MAX_EXTREME_POINTS} points)`,
      );
    for (let bits = 1; bits <= count; bits++) {
      const chosen = [...above, ...g.filter((_, q) => (bits >> q) & 1)];
      const w = new Array<number>(m).fill(0);
      for (const c of chosen) w[c] = 1 / chosen.length;
      out.push(w);
    }
    above.push(...g);
  }
  return out;
}

/**
 * Around weights w with relative width δ, renormalised: the set {x/Σx : x_j ∈ [w_j(1−δ),
 * w_j(1+δ)]} is the central projection of a box onto the simplex, a polytope whose vertices are
 * projected box corners. Zero weights stay zero, so only positive ones double the corners.
 */
export function aroundExtremePoints(weights: readonly number[], width: number): number[][] {
  const free = weights.map((w, j) => (w > 0 ? j : -1)).filter((j) => j >= 0);
  if (2 ** free.length > MAX_EXTREME_POINTS)
    throw new EngineInputError(
      'weightInfo.weights',
      `at most ${Math.log2(MAX_EXTREME_POINTS)} non-zero weights`,
    );
  const out: number[][] = [];
  for (let bits = 0; bits < 2 ** free.length; bits++) {
    const x = weights.map(() => 0);
    free.forEach((j, b) => (x[j] = weights[j]! * ((bits >> b) & 1 ? 1 + width : 1 - width)));
    const sum = x.reduce((a, v) => a + v, 0);
    // Width 1 lets the all-low corner reach zero, which is no weighting at all.
    if (sum > 0) out.push(x.map((v) => v / sum));
  }
  if (out.length === 0) throw new EngineInputError('weightInfo.weights', 'must not be all zero');
  return out;
}

export function extremePointsFor(info: WeightInfo | undefined, m: number): number[][] {
  if (info === undefined || info.type === 'uniform') return uniformExtremePoints(m);
  switch (info.type) {
    case 'ordinal':
      return ordinalExtremePoints(info.ranking, m);
    case 'intervals':
      if (info.bounds.length !== m) {
        throw new EngineInputError('weightInfo.bounds', `needs ${m} intervals, one per criterion`);
      }
      return intervalExtremePoints(info.bounds);
    case 'stakeholders':
      return stakeholderExtremePoints(info.sets, m);
    case 'ordinal-groups':
      return orderedGroupsExtremePoints(info.groups, m);
    case 'around':
      return aroundExtremePoints(info.weights, info.width);
  }
}
