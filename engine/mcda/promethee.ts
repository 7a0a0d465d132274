import { EngineInputError, assertFinite } from '../errors';
import type { CheckedProblem, PreferenceFunction } from './types';

/**
 * PROMETHEE compares every pair of alternatives (n² · criteria preference evaluations): above
 * this many alternatives a run would take minutes, so it is refused with this limit named.
 */
export const MAX_PROMETHEE_ALTERNATIVES = 5000;

export interface PrometheeResult {
  scores: number[];
  positive: number[];
  negative: number[];
}

/**
 * PROMETHEE II (Brans & Vincke 1985). For criterion j, d = x_aj − x_bj (reversed for cost
 * criteria) in the criterion's own units, P_j(d) by the chosen preference function,
 * π(a,b) = Σ_j w_j P_j(a,b) with the weights as given. Flows are divided by n − 1
 * (n alternatives): φ+(a) = Σ_b π(a,b)/(n−1), φ−(a) = Σ_b π(b,a)/(n−1), net φ = φ+ − φ−
 * (the score; higher is better). One alternative → all flows 0.
 */
export function promethee2(
  p: CheckedProblem,
  preference?: readonly PreferenceFunction[],
): PrometheeResult {
  const fns = checkPreferences(p.n, preference);
  const m = p.m;
  if (m > MAX_PROMETHEE_ALTERNATIVES) {
    throw new EngineInputError(
      'matrix',
      `PROMETHEE II compares every pair of alternatives and accepts at most ${MAX_PROMETHEE_ALTERNATIVES} (got ${m}) / PROMETHEE II 最多支持 ${MAX_PROMETHEE_ALTERNATIVES} 个方案`,
    );
  }
  const positive = new Array<number>(m).fill(0);
  const negative = new Array<number>(m).fill(0);
  if (m < 2) return { scores: [...positive], positive, negative };
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      let pi = 0;
      for (let j = 0; j < p.n; j++) {
        const d = p.types[j]! * (p.matrix[a]![j]! - p.matrix[b]![j]!);
        pi += p.weights[j]! * preferenceDegree(fns[j]!, d);
      }
      positive[a] = positive[a]! + pi;
      negative[b] = negative[b]! + pi;
    }
  }
  for (let a = 0; a < m; a++) {
    positive[a] = positive[a]! / (m - 1);
    negative[a] = negative[a]! / (m - 1);
  }
  return { scores: positive.map((v, a) => v - negative[a]!), positive, negative };
}

/** The six generalised criteria of Brans & Vincke (1985); P(d) = 0 for d ≤ 0 in every one. */
export function preferenceDegree(f: PreferenceFunction, d: number): number {
  if (d <= 0) return 0;
  const q = f.q ?? 0;
  const p = f.p ?? 0;
  switch (f.function) {
    case 'usual':
      return 1;
    case 'u-shape':
      return d > q ? 1 : 0;
    case 'v-shape':
      return d >= p ? 1 : d / p;
    case 'level':
      return d <= q ? 0 : d <= p ? 0.5 : 1;
    case 'linear':
      return d <= q ? 0 : d >= p ? 1 : (d - q) / (p - q);
    case 'gaussian': {
      const s = f.s ?? 0;
      return 1 - Math.exp(-(d * d) / (2 * s * s));
    }
  }
}

/** Default: the usual criterion on every column. Checks that each function has its thresholds. */
export function checkPreferences(
  n: number,
  preference?: readonly PreferenceFunction[],
): PreferenceFunction[] {
  if (preference === undefined) return new Array<PreferenceFunction>(n).fill({ function: 'usual' });
  const field = 'options.preference';
  if (preference.length !== n)
    throw new EngineInputError(field, `must have ${n} entries (one per criterion)`);
  return preference.map((f, j) => {
    const at = `${field}[${j}]`;
    const need = (key: 'q' | 'p' | 's', positive: boolean): number => {
      const v = f[key];
      if (v === undefined)
        throw new EngineInputError(`${at}.${key}`, `is required for "${f.function}"`);
      assertFinite(v, `${at}.${key}`);
      if (positive ? v <= 0 : v < 0)
        throw new EngineInputError(
          `${at}.${key}`,
          `must be ${positive ? '> 0' : '≥ 0'} (got ${v})`,
        );
      return v;
    };
    switch (f.function) {
      case 'usual':
        return { function: 'usual' };
      case 'u-shape':
        return { function: 'u-shape', q: need('q', false) };
      case 'v-shape':
        return { function: 'v-shape', p: need('p', true) };
      case 'gaussian':
        return { function: 'gaussian', s: need('s', true) };
      case 'level':
      case 'linear': {
        const q = need('q', false);
        const p = need('p', true);
        if (p <= q)
          throw new EngineInputError(`${at}.p`, `must be greater than q (${q}) (got ${p})`);
        return { function: f.function, q, p };
      }
      default:
        throw new EngineInputError(
          `${at}.function`,
          `must be usual, u-shape, v-shape, level, linear or gaussian (got ${String(f.function)})`,
        );
    }
  });
}
