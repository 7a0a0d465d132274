import { evaluateValue } from '../mcda/value-function';
import type { Rng } from '../random/prng';
import { triangularAt } from '../random/triangular-cells';
import { sampleCell } from './distributions';
import {
  CELL_EXACT,
  CELL_TRIANGULAR,
  CELL_UNIFORM,
  LINEAR_CELL,
  type CompiledSmaaProblem,
} from './smaa-problem';

/**
 * The main pass keeps its partial values for the confidence pass when they take at most this
 * many doubles (32 MB); above, the confidence pass re-draws them from the same stream. Either
 * way the values are the same, so the result is too.
 */
export const DRAW_CACHE_LIMIT = 1 << 22;

/** Partial values of every sample (sample t at offset t·n·m), written by the main pass and
 * read by the confidence pass. */
export interface DrawCache {
  values: Float64Array;
}

/**
 * Up to this many doubles (8 MB) a finished run's cache is kept for the next run: a fresh
 * array of megabytes costs a first write to each of its pages (the system hands them out zeroed
 * on first use), about a tenth of a 10,000-sample run of 7 × 8.
 */
export const SPARE_CACHE_LIMIT = 1 << 20;
let spare: Float64Array | null = null;

/**
 * The cache for a run, or null when its values are not drawn or would not fit. A run takes the
 * spare array when it is large enough (a run going on at the same time makes its own); every
 * slot it reads is written by the run first, so what the array held before does not matter.
 */
export function createDrawCache(p: CompiledSmaaProblem): DrawCache | null {
  if (p.exact || p.performanceSamples !== null) return null;
  const size = p.samples * p.n * p.m;
  if (size > DRAW_CACHE_LIMIT) return null;
  if (spare !== null && spare.length >= size) {
    const values = spare;
    spare = null;
    return { values };
  }
  return { values: new Float64Array(size) };
}

/** Hands a finished run's cache back as the spare (the larger one is kept). */
export function releaseDrawCache(cache: DrawCache | null): void {
  if (cache === null || cache.values.length > SPARE_CACHE_LIMIT) return;
  if (spare === null || spare.length < cache.values.length) spare = cache.values;
}

/**
 * Partial values of one performance draw into out[base .. base + n·m): sampled cells (or the
 * given draw s) through each criterion's value function.
 */
export function drawPartialValues(
  p: CompiledSmaaProblem,
  rng: Rng,
  s: number,
  out: Float64Array,
  base = 0,
): void {
  drawPartialValuesRange(p, rng, s, s + 1, out, base);
}

/**
 * Partial values of the samples [from, to), at most DRAW_BATCH of them, sample t into
 * out[base + (t − from)·n·m ..]: the same numbers, from the same stream in the same order, as
 * drawPartialValues sample after sample.
 */
export function drawPartialValuesRange(
  p: CompiledSmaaProblem,
  rng: Rng,
  from: number,
  to: number,
  out: Float64Array,
  base: number,
): void {
  if (p.oneUniformLinear) {
    drawBatchOneUniformLinear(p, rng, to - from, out, base);
    return;
  }
  const size = p.n * p.m;
  for (let t = from; t < to; t++) drawAnyCells(p, rng, t, out, base + (t - from) * size);
}

/**
 * The hot case: every cell exact, uniform or triangular (one 32-bit uniform per uncertain
 * cell) and every value function linear. The uniforms of all `count` samples are drawn in one
 * go (sample after sample, cell after cell: the order of one next32() each), then turned into
 * values one cell at a time across the samples, so the cell's coefficients are read once per
 * batch rather than once per sample.
 */
function drawBatchOneUniformLinear(
  p: CompiledSmaaProblem,
  rng: Rng,
  count: number,
  out: Float64Array,
  base: number,
): void {
  const { kind, uniforms } = p;
  const cells = p.linearCells!;
  const size = kind.length;
  const stride = p.uniformCells;
  rng.fill32(uniforms, count * stride);
  for (let k = 0, q = 0, o = 0; k < size; k++, o += LINEAR_CELL) {
    const kk = kind[k]!;
    if (kk === CELL_TRIANGULAR)
      drawTriangularCell(cells, o, uniforms, q++, stride, out, base + k, size, count);
    else if (kk === CELL_UNIFORM) {
      const lo = cells[o + 1]!;
      const width = cells[o + 2]!;
      const intercept = cells[o + 5]!;
      const slope = cells[o + 6]!;
      for (let t = 0, u = q++, d = base + k; t < count; t++, u += stride, d += size) {
        out[d] = intercept + slope * (lo + width * uniforms[u]!);
      }
    } else {
      const v = cells[o + 5]! + cells[o + 6]! * cells[o + 1]!;
      for (let t = 0, d = base + k; t < count; t++, d += size) out[d] = v;
    }
  }
}

/**
 * One triangular cell (coefficients at cells[o ..], see linearCellTable) for `count` samples:
 * uniform t at uniforms[u + t·stride], value to out[d + t·size]. triangularAt's arithmetic with
 * the side's (A, M) picked as r·A_1 + (1 − r)·A_0 rather than read at an index: one of the two
 * terms is a zero, so the pick is exact (a zero A can lose its sign, which no utility sum or
 * comparison can tell), and the loop keeps the cell's four coefficients in registers.
 */
function drawTriangularCell(
  cells: Float64Array,
  o: number,
  uniforms: Float64Array,
  u: number,
  stride: number,
  out: Float64Array,
  d: number,
  size: number,
  count: number,
): void {
  const split = cells[o]!;
  const a0 = cells[o + 1]!;
  const m0 = cells[o + 2]!;
  const a1 = cells[o + 3]!;
  const m1 = cells[o + 4]!;
  const intercept = cells[o + 5]!;
  const slope = cells[o + 6]!;
  for (let t = 0; t < count; t++, u += stride, d += size) {
    const x = uniforms[u]!;
    const r = +(x >= split);
    const q = 1 - r;
    const s = q - r;
    const a = r * a1 + q * a0;
    const mm = r * m1 + q * m0;
    out[d] = intercept + slope * (a + s * Math.sqrt(mm * (r + s * x)));
  }
}

function drawAnyCells(
  p: CompiledSmaaProblem,
  rng: Rng,
  s: number,
  out: Float64Array,
  base: number,
): void {
  const { n, m, kind, a, b, triangular, linear, slope, intercept } = p;
  const given = p.performanceSamples;
  const oneUniformEach = given === null && p.uniformCells >= 0;
  if (oneUniformEach) rng.fill32(p.uniforms, p.uniformCells);
  const uniforms = p.uniforms;
  let q = 0;
  for (let i = 0, k = 0; i < n; i++) {
    for (let j = 0; j < m; j++, k++) {
      let x: number;
      if (given !== null) x = given[s * n * m + k]!;
      else {
        const kk = kind[k]!;
        if (kk === CELL_TRIANGULAR)
          x = triangularAt(triangular, k, oneUniformEach ? uniforms[q++]! : rng.next32());
        else if (kk === CELL_UNIFORM)
          x = a[k]! + b[k]! * (oneUniformEach ? uniforms[q++]! : rng.next32());
        else if (kk === CELL_EXACT) x = a[k]!;
        else x = sampleCell(rng, p.cells[k]!);
      }
      out[base + k] =
        linear[j] === 1 ? intercept[j]! + slope[j]! * x : evaluateValue(p.valueFunctions[j]!, x);
    }
  }
}
