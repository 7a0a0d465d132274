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

export function createDrawCache(p: CompiledSmaaProblem): DrawCache | null {
  if (p.exact || p.performanceSamples !== null) return null;
  const size = p.samples * p.n * p.m;
  return size <= DRAW_CACHE_LIMIT ? { values: new Float64Array(size) } : null;
}

/**
 * Partial values of one performance draw into out[base .. base + n·m): sampled cells (or the
 * given draw s) through each criterion's value function, one cell at a time (no second sweep).
 */
export function drawPartialValues(
  p: CompiledSmaaProblem,
  rng: Rng,
  s: number,
  out: Float64Array,
  base = 0,
): void {
  if (p.oneUniformLinear) drawOneUniformLinear(p, rng, out, base);
  else drawAnyCells(p, rng, s, out, base);
}

/**
 * The hot case: every cell exact, uniform or triangular (one 32-bit uniform per uncertain
 * cell, drawn in one go, the same uniforms in the same order as one next32() each) and every
 * value function linear. Kept apart from the general loop (no given draws, no other samplers,
 * no value-function calls), which made the main pass about a third faster in the SMAA bench.
 */
function drawOneUniformLinear(
  p: CompiledSmaaProblem,
  rng: Rng,
  out: Float64Array,
  base: number,
): void {
  const { kind, uniforms } = p;
  const cells = p.linearCells!;
  const count = kind.length;
  rng.fill32(uniforms, p.uniformCells);
  let q = 0;
  for (let k = 0, o = 0; k < count; k++, o += LINEAR_CELL) {
    const kk = kind[k]!;
    let x: number;
    if (kk === CELL_TRIANGULAR) {
      // triangularAt (the same arithmetic), written out so the hot loop makes no call.
      const u = uniforms[q++]!;
      const r = +(u >= cells[o]!);
      const s = 1 - 2 * r;
      const c = o + 1 + 2 * r;
      x = cells[c]! + s * Math.sqrt(cells[c + 1]! * (r + s * u));
    } else if (kk === CELL_UNIFORM) x = cells[o + 1]! + cells[o + 2]! * uniforms[q++]!;
    else x = cells[o + 1]!;
    out[base + k] = cells[o + 5]! + cells[o + 6]! * x;
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
