import { readRanking } from '../weights/roc';
import { EngineInputError, assertFinite } from '../errors';
import type { Rng } from '../random/prng';
import { exponential, gamma } from '../random/samplers';
import { normalizeWeights } from '../weights/direct';

/**
 * What is known about the criterion (cause) weights (docs/cli.md, `smaa` "weightInfo"):
 * - uniform: nothing; weights uniform on the simplex (the SMAA default).
 * - ordinal: a ranking, most important first; weights uniform on that ordinal sub-simplex.
 * - intervals: [lo, hi] per criterion; uniform on the simplex cut to the box.
 * - stakeholders: one of the given sets, drawn with equal probability per sample; with
 *   `concentration` c each draw is jittered to Dirichlet(c · set) (mean = the set; larger c,
 *   less jitter; zero weights stay zero). Without it the sets are used exactly.
 * - fixed: one exact weight vector (an extension: only the performance/impacts vary).
 * - ordinal-groups, around: see the union members below.
 */
export type WeightInfo =
  | { type: 'uniform' }
  | { type: 'ordinal'; ranking: number[] }
  /**
   * A ranking with ties: groups of criterion indices, most important group first; weights are
   * uniform on {w_a ≥ w_b whenever a's group comes before b's}, free within a group.
   */
  | { type: 'ordinal-groups'; groups: number[][] }
  /**
   * Around the planner's weights: each w_j uniform in [w_j(1 − width), w_j(1 + width)], then
   * renormalised to sum to 1 (zero weights stay zero).
   */
  | { type: 'around'; weights: number[]; width: number }
  | { type: 'intervals'; bounds: [number, number][] }
  | { type: 'stakeholders'; sets: number[][]; concentration?: number }
  | { type: 'fixed'; weights: number[] };

export interface WeightSampler {
  /** Writes one weight vector (non-negative, summing to 1) into out[0..m). */
  sample(rng: Rng, out: Float64Array): void;
  /** One line describing the sampling, bilingual, for readable output. */
  describe: string;
}

/**
 * Rejection sampling for intervals gives up when, after this many attempts, fewer than
 * MIN_ACCEPTANCE of them were accepted: at that rate 10,000 samples would take minutes.
 */
export const INTERVAL_PILOT_ATTEMPTS = 20_000;
export const MIN_ACCEPTANCE = 1e-3;
/** Hard cap on attempts for one sample, whatever the running acceptance rate. */
export const MAX_ATTEMPTS_PER_SAMPLE = 1_000_000;

/** Up to this many criteria the simplex is sampled by sorted uniforms, above by exponentials. */
const SORTED_SPACINGS_MAX = 32;

/** Up to this many uniforms sampleSimplex sorts them by counting, above by insertion. */
const COUNTING_SORT_MAX = 12;
/** sampleSimplex's uniforms before sorting (it runs to completion, so one buffer serves all). */
const spacingUniforms = new Float64Array(COUNTING_SORT_MAX);

/**
 * out[0 .. count) ← x[0 .. count) ascending. Each x_i goes to #{k : x_k < x_i} + #{k < i :
 * x_k = x_i}: count² comparisons that each add 0 or 1, no jump on their outcome, which for a few
 * random numbers beats an insertion sort's mispredicted jumps. Equal numbers are the same
 * number, so the result is the sorted list whichever equal one lands where.
 */
function sortByCounting(x: Float64Array, count: number, out: Float64Array): void {
  for (let i = 0; i < count; i++) {
    const xi = x[i]!;
    let pos = 0;
    for (let k = 0; k < i; k++) pos += +(x[k]! <= xi);
    for (let k = i + 1; k < count; k++) pos += +(x[k]! < xi);
    out[pos] = xi;
  }
}

/**
 * Uniform on the simplex, i.e. Dirichlet(1, …, 1). For m ≤ 32 by the spacings of m − 1 sorted
 * uniforms (u_(1), u_(2) − u_(1), …, 1 − u_(m−1)): one 32-bit draw per criterion and a
 * sort, no logarithm. Above, by exponential spacings w_j = E_j / Σ E with
 * E_j ~ Exp(1). Both are exactly uniform on the simplex (normalising independent uniforms would
 * NOT be: it piles mass toward the centre).
 */
export function sampleSimplex(rng: Rng, out: Float64Array, m: number = out.length): void {
  if (m === 1) {
    out[0] = 1;
    return;
  }
  if (m > SORTED_SPACINGS_MAX) {
    let sum = 0;
    for (let j = 0; j < m; j++) {
      const e = exponential(rng);
      out[j] = e;
      sum += e;
    }
    for (let j = 0; j < m; j++) out[j] = out[j]! / sum;
    return;
  }
  // The m − 1 uniforms in one go (the same stream as m − 1 calls of next32), then sorted.
  if (m - 1 <= COUNTING_SORT_MAX) {
    rng.fill32(spacingUniforms, m - 1);
    sortByCounting(spacingUniforms, m - 1, out);
  } else {
    rng.fill32(out, m - 1);
    for (let k = 1; k < m - 1; k++) {
      const u = out[k]!;
      let q = k - 1;
      while (q >= 0 && out[q]! > u) {
        out[q + 1] = out[q]!;
        q--;
      }
      out[q + 1] = u;
    }
  }
  out[m - 1] = 1 - out[m - 2]!;
  for (let k = m - 2; k > 0; k--) out[k] = out[k]! - out[k - 1]!;
}

/** Criterion indices, most important first, 0-based (RANKING_RULE, the same for every command). */
function checkRanking(ranking: unknown, m: number, field: string): number[] {
  if (!Array.isArray(ranking) || ranking.length !== m) {
    throw new EngineInputError(field, `must list all ${m} criterion indices, most important first`);
  }
  return readRanking(ranking as number[], field, m);
}

function ordinalSampler(ranking: number[], m: number): WeightSampler {
  const tmp = new Float64Array(m);
  return {
    describe: `序数约束：按排序 ${ranking.join(' ≥ ')} 在有序子单纯形上均匀抽样 · ordinal: uniform on w[${ranking.join('] ≥ w[')}]`,
    // Sorting a uniform simplex point descending is uniform on the ordinal sub-simplex: the
    // m! orderings are symmetric images of one another and sorting folds them onto one.
    sample(rng, out) {
      sampleSimplex(rng, tmp, m);
      tmp.sort();
      for (let r = 0; r < m; r++) out[ranking[r]!] = tmp[m - 1 - r]!;
    },
  };
}

/** Groups of criterion indices, most important first, covering 0..m−1 exactly once. */
function checkGroups(groups: unknown, m: number, field: string): number[][] {
  if (!Array.isArray(groups) || groups.length === 0)
    throw new EngineInputError(
      field,
      'must list groups of criterion indices, most important first',
    );
  const seen = new Set<number>();
  const out = groups.map((g: unknown, k) => {
    if (!Array.isArray(g) || g.length === 0)
      throw new EngineInputError(`${field}[${k}]`, 'must be a non-empty list of criterion indices');
    return g.map((c: unknown, q) => {
      if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c >= m)
        throw new EngineInputError(
          `${field}[${k}][${q}]`,
          `must be a criterion index from 0 to ${m - 1}`,
        );
      if (seen.has(c))
        throw new EngineInputError(`${field}[${k}][${q}]`, `criterion ${c} is listed twice`);
      seen.add(c);
      return c;
    });
  });
  if (seen.size !== m) throw new EngineInputError(field, `must place all ${m} criteria`);
  return out;
}

function orderedGroupsSampler(groups: number[][], m: number): WeightSampler {
  const tmp = new Float64Array(m);
  const slots = new Int32Array(m);
  return {
    describe: `序数约束（含并列）：保持分组次序，组内不限 · ordinal with ties: groups ${groups.map((g) => `{${g.join(',')}}`).join(' ≥ ')}`,
    // The set is the union of the strict orders consistent with the groups, all of equal volume:
    // draw one of them uniformly (a random order inside each group) and fold a sorted simplex
    // point onto it, as the strict ordinal sampler does.
    sample(rng, out) {
      sampleSimplex(rng, tmp, m);
      tmp.sort();
      let r = 0;
      for (const g of groups) {
        for (let q = 0; q < g.length; q++) slots[q] = g[q]!;
        for (let q = g.length - 1; q > 0; q--) {
          const k = rng.nextInt(q + 1);
          const x = slots[q]!;
          slots[q] = slots[k]!;
          slots[k] = x;
        }
        for (let q = 0; q < g.length; q++) out[slots[q]!] = tmp[m - 1 - r++]!;
      }
    },
  };
}

function aroundSampler(weights: unknown, width: unknown, m: number, field: string): WeightSampler {
  if (!Array.isArray(weights) || weights.length !== m)
    throw new EngineInputError(`${field}.weights`, `must have ${m} weights`);
  if (typeof width !== 'number' || !Number.isFinite(width) || width <= 0 || width > 1)
    throw new EngineInputError(`${field}.width`, 'must be a number in (0, 1] (0.2 = ±20 %)');
  const w = Float64Array.from(normalizeWeights(weights as number[], `${field}.weights`));
  const pct = Math.round(width * 1000) / 10;
  return {
    describe: `围绕规划者权重：每个权重在 ±${pct}% 内均匀抽样后归一 · around the planner's weights: each within ±${pct}%, uniform, renormalised`,
    sample(rng, out) {
      let sum = 0;
      for (let j = 0; j < m; j++) {
        const x = w[j]! * (1 - width + 2 * width * rng.next());
        out[j] = x;
        sum += x;
      }
      for (let j = 0; j < m; j++) out[j] = out[j]! / sum;
    },
  };
}

function intervalSampler(bounds: unknown, m: number, field: string): WeightSampler {
  if (!Array.isArray(bounds) || bounds.length !== m) {
    throw new EngineInputError(field, `must give [lo, hi] for each of the ${m} criteria`);
  }
  const lo = new Float64Array(m);
  const hi = new Float64Array(m);
  bounds.forEach((b: unknown, j) => {
    if (!Array.isArray(b) || b.length !== 2)
      throw new EngineInputError(`${field}[${j}]`, 'must be [lo, hi]');
    assertFinite(b[0] as number, `${field}[${j}][0]`);
    assertFinite(b[1] as number, `${field}[${j}][1]`);
    const [l, h] = b as [number, number];
    if (l < 0 || h > 1 || l > h) {
      throw new EngineInputError(
        `${field}[${j}]`,
        `must satisfy 0 ≤ lo ≤ hi ≤ 1 (got [${l}, ${h}])`,
      );
    }
    lo[j] = l;
    hi[j] = h;
  });
  const sumLo = lo.reduce((s, x) => s + x, 0);
  const sumHi = hi.reduce((s, x) => s + x, 0);
  const eps = 1e-12;
  if (sumLo > 1 + eps) {
    throw new EngineInputError(
      field,
      `infeasible: the lower bounds sum to ${sumLo} > 1 / 下限之和大于 1`,
    );
  }
  if (sumHi < 1 - eps) {
    throw new EngineInputError(
      field,
      `infeasible: the upper bounds sum to ${sumHi} < 1 / 上限之和小于 1`,
    );
  }
  const slack = Math.max(0, 1 - sumLo);
  const tmp = new Float64Array(m);
  let attempts = 0;
  let accepted = 0;
  return {
    describe: `区间约束：单纯形上均匀抽样后拒绝越界者 · intervals: uniform on the simplex within the bounds (rejection)`,
    // w = lo + (1 − Σlo)·u with u uniform on the simplex is uniform on {w ≥ lo, Σw = 1} (an
    // affine image keeps uniformity), so only the upper bounds need rejecting.
    sample(rng, out) {
      for (let tries = 0; ; tries++) {
        attempts++;
        sampleSimplex(rng, tmp, m);
        let ok = true;
        for (let j = 0; j < m; j++) {
          const w = lo[j]! + slack * tmp[j]!;
          if (w > hi[j]! + eps) {
            ok = false;
            break;
          }
          tmp[j] = w;
        }
        if (ok) {
          accepted++;
          out.set(tmp.subarray(0, m));
          return;
        }
        if (
          tries >= MAX_ATTEMPTS_PER_SAMPLE ||
          (attempts >= INTERVAL_PILOT_ATTEMPTS && accepted / attempts < MIN_ACCEPTANCE)
        ) {
          throw new EngineInputError(
            field,
            `the intervals leave too small a share of the simplex (${accepted} of ${attempts} draws accepted); widen them / 区间过窄，接受率过低，请放宽区间`,
          );
        }
      }
    },
  };
}

function stakeholderSampler(
  sets: unknown,
  concentration: unknown,
  m: number,
  field: string,
): WeightSampler {
  if (!Array.isArray(sets) || sets.length === 0) {
    throw new EngineInputError(`${field}.sets`, 'needs at least one weight set');
  }
  const normalised = sets.map((s: unknown, k) => {
    if (!Array.isArray(s) || s.length !== m) {
      throw new EngineInputError(`${field}.sets[${k}]`, `must have ${m} weights`);
    }
    return Float64Array.from(normalizeWeights(s as number[], `${field}.sets[${k}]`));
  });
  let c: number | undefined;
  if (concentration !== undefined) {
    if (
      typeof concentration !== 'number' ||
      !Number.isFinite(concentration) ||
      concentration <= 0
    ) {
      throw new EngineInputError(`${field}.concentration`, 'must be a number > 0');
    }
    c = concentration;
  }
  return {
    describe:
      c === undefined
        ? `利益相关方：每次等概率抽取 ${sets.length} 组权重之一 · stakeholders: one of ${sets.length} sets, equally likely`
        : `利益相关方：等概率抽取一组并加狄利克雷扰动 (c=${c}) · stakeholders: one of ${sets.length} sets with Dirichlet(c·w) jitter, c = ${c}`,
    sample(rng, out) {
      const w = normalised[rng.nextInt(normalised.length)]!;
      if (c === undefined) {
        out.set(w);
        return;
      }
      let sum = 0;
      for (let j = 0; j < m; j++) {
        const g = w[j]! > 0 ? gamma(rng, c * w[j]!) : 0;
        out[j] = g;
        sum += g;
      }
      // Gamma draws with tiny shape can underflow to 0 together; fall back to the set itself.
      if (!(sum > 0)) out.set(w);
      else for (let j = 0; j < m; j++) out[j] = out[j]! / sum;
    },
  };
}

/** Validates weightInfo for m criteria and returns its sampler (uniform when absent). */
export function createWeightSampler(
  info: WeightInfo | undefined,
  m: number,
  field = 'weightInfo',
): WeightSampler {
  const type = info?.type ?? 'uniform';
  switch (type) {
    case 'uniform':
      return {
        describe: '权重在单纯形上均匀抽样 · weights uniform on the simplex (Dirichlet(1,…,1))',
        sample: (rng, out) => sampleSimplex(rng, out, m),
      };
    case 'ordinal':
      return ordinalSampler(
        checkRanking((info as { ranking?: unknown }).ranking, m, `${field}.ranking`),
        m,
      );
    case 'ordinal-groups':
      return orderedGroupsSampler(
        checkGroups((info as { groups?: unknown }).groups, m, `${field}.groups`),
        m,
      );
    case 'around': {
      const a = info as { weights?: unknown; width?: unknown };
      return aroundSampler(a.weights, a.width, m, field);
    }
    case 'intervals':
      return intervalSampler((info as { bounds?: unknown }).bounds, m, `${field}.bounds`);
    case 'stakeholders': {
      const s = info as { sets?: unknown; concentration?: unknown };
      return stakeholderSampler(s.sets, s.concentration, m, field);
    }
    case 'fixed': {
      const raw = (info as { weights?: unknown }).weights;
      if (!Array.isArray(raw) || raw.length !== m) {
        throw new EngineInputError(`${field}.weights`, `must have ${m} weights`);
      }
      const w = Float64Array.from(normalizeWeights(raw as number[], `${field}.weights`));
      return {
        describe: `固定权重 · fixed weights [${Array.from(w, (x) => x.toFixed(3)).join(', ')}]`,
        sample: (_rng, out) => out.set(w),
      };
    }
    default:
      throw new EngineInputError(
        `${field}.type`,
        `must be "uniform", "ordinal", "ordinal-groups", "around", "intervals", "stakeholders" or "fixed" (got ${JSON.stringify(type)})`,
      );
  }
}
