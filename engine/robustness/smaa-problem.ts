import { EngineInputError, assertFinite } from '../errors';
import { type TriangularCells, triangularCells } from '../random/triangular-cells';
import {
  type CompiledValueFunction,
  type ValueFunction,
  compileValueFunction,
} from '../mcda/value-function';
import { normalizeWeights } from '../weights/direct';
import { type CellDistribution, cellRange, validateCell } from './distributions';
import { MAX_SAMPLES } from './smaa-run';
import { type WeightInfo, type WeightSampler, createWeightSampler } from './weight-sampling';

/** A plain SMAA-2 problem: alternatives × criteria (docs/cli.md, `smaa`, plain form). */
export interface SmaaProblem {
  /** Exact values, alternatives × criteria, row-major (higher is better unless types says −1). */
  matrix?: number[][];
  /** Uncertain values, same layout, each cell a distribution. */
  performance?: CellDistribution[][];
  /** Given performance draws, performanceSamples[s][i][j] (to re-run a published study). */
  performanceSamples?: number[][][];
  /** 1 = benefit, −1 = cost, per criterion. */
  types: number[];
  /** [min, max] per criterion for the linear partial value; derived from the cells when absent. */
  scales?: [number, number][];
  /** Per criterion: linear (the default), piecewise linear, optionally clipped; null = default. */
  valueFunctions?: (ValueFunction | null)[];
  weightInfo?: WeightInfo;
  /** Given weight draws, weightSamples[s][j] (each normalised to sum 1). */
  weightSamples?: number[][];
  /** Number of samples; with given draws it defaults to (and must equal) their count. */
  samples?: number;
  seed: number;
}

/**
 * n² tables (rank acceptabilities, pairwise winning indices) are the only memory that grows
 * faster than n: above this many alternatives they are refused before anything is allocated.
 */
export const MAX_SMAA_ALTERNATIVES = 1000;
/**
 * Largest estimated number of elementary operations (multiply-adds and comparisons) one run
 * may take, about a minute on a desktop: samples × n × (m + n/2) for the main pass, plus
 * samples × n² × m for confidence factors when the performance is uncertain.
 */
export const MAX_SMAA_WORK = 4e9;

/** Cell kinds in the flat layout (see CompiledSmaaProblem.kind). */
export const CELL_EXACT = 0;
export const CELL_UNIFORM = 1;
export const CELL_TRIANGULAR = 2;
export const CELL_OTHER = 3;

/**
 * Samples whose uncertain cells are drawn together (plain SMAA's drawPartialValuesRange, package
 * SMAA's impacts): enough to read each cell's coefficients once for many samples, few enough
 * that their uniforms (this many × the cells) stay small.
 */
export const DRAW_BATCH = 64;

/** Numbers per cell in CompiledSmaaProblem.linearCells. */
export const LINEAR_CELL = 8;

/** The problem validated and flattened for the sampling loops (no objects per cell or sample). */
export interface CompiledSmaaProblem {
  n: number;
  m: number;
  samples: number;
  seed: number;
  /** Per cell i * m + j: CELL_EXACT (a = value), CELL_UNIFORM (a = min, b = width),
   * CELL_TRIANGULAR (row k of `triangular`), CELL_OTHER (sampleCell). */
  kind: Uint8Array;
  a: Float64Array;
  b: Float64Array;
  /** The branch-free inverse CDFs of the triangular cells (other rows unused). */
  triangular: TriangularCells;
  cells: CellDistribution[];
  /** True when every value is exact (no distribution, no given performance draws). */
  exact: boolean;
  /**
   * The number of uncertain cells when every cell is exact, uniform or triangular (one 32-bit
   * uniform each, so a sample's uniforms are drawn in one go into `uniforms`); −1 otherwise.
   */
  uniformCells: number;
  uniforms: Float64Array;
  /** uniformCells ≥ 0 and every value function linear: the fast draw applies. */
  oneUniformLinear: boolean;
  /** For the fast draw, LINEAR_CELL numbers per cell (see linearCellTable); null without it. */
  linearCells: Float64Array | null;
  performanceSamples: Float64Array | null;
  weightSamples: Float64Array | null;
  sampler: WeightSampler | null;
  weightSampling: string;
  benefit: boolean[];
  scales: [number, number][];
  scalesGiven: boolean;
  valueFunctions: CompiledValueFunction[];
  /** Per criterion: 1 when v is linear with no clip (v = slope·x + intercept), the fast path. */
  linear: Uint8Array;
  slope: Float64Array;
  intercept: Float64Array;
}

export function checkSamples(samples: unknown, field = 'samples'): number {
  if (
    typeof samples !== 'number' ||
    !Number.isInteger(samples) ||
    samples < 1 ||
    samples > MAX_SAMPLES
  ) {
    throw new EngineInputError(
      field,
      `must be an integer from 1 to ${MAX_SAMPLES} (got ${String(samples)})`,
    );
  }
  return samples;
}

function rowsOf(table: unknown, field: string): unknown[][] {
  if (!Array.isArray(table) || table.length === 0) {
    throw new EngineInputError(field, 'needs at least one alternative (row)');
  }
  if (table.length > MAX_SMAA_ALTERNATIVES) {
    throw new EngineInputError(
      field,
      `SMAA accepts at most ${MAX_SMAA_ALTERNATIVES} alternatives (got ${table.length}): its rank-acceptability and pairwise tables grow with the square / SMAA 最多支持 ${MAX_SMAA_ALTERNATIVES} 个方案`,
    );
  }
  const m = Array.isArray(table[0]) ? table[0].length : 0;
  if (m === 0) throw new EngineInputError(`${field}[0]`, 'needs at least one criterion (column)');
  table.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== m) {
      throw new EngineInputError(`${field}[${i}]`, `must have ${m} values like the first row`);
    }
  });
  return table as unknown[][];
}

/** Given performance draws: N × n × m finite numbers, flattened sample-major. */
function readPerformanceSamples(raw: unknown): { data: Float64Array; n: number; m: number } {
  const field = 'performanceSamples';
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new EngineInputError(
      field,
      'needs at least one sample (an alternatives × criteria table)',
    );
  }
  if (raw.length > MAX_SAMPLES) {
    throw new EngineInputError(field, `at most ${MAX_SAMPLES} samples (got ${raw.length})`);
  }
  const first = rowsOf(raw[0], `${field}[0]`);
  const n = first.length;
  const m = first[0]!.length;
  const data = new Float64Array(raw.length * n * m);
  raw.forEach((sample: unknown, s) => {
    const rows = s === 0 ? first : rowsOf(sample, `${field}[${s}]`);
    if (rows.length !== n || rows[0]!.length !== m) {
      throw new EngineInputError(`${field}[${s}]`, `must be ${n} × ${m} like ${field}[0]`);
    }
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        assertFinite(v as number, `${field}[${s}][${i}][${j}]`);
        data[(s * n + i) * m + j] = v as number;
      }),
    );
  });
  return { data, n, m };
}

function readWeightSamples(raw: unknown, m: number): Float64Array {
  const field = 'weightSamples';
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new EngineInputError(field, 'needs at least one weight vector');
  }
  if (raw.length > MAX_SAMPLES) {
    throw new EngineInputError(field, `at most ${MAX_SAMPLES} samples (got ${raw.length})`);
  }
  const data = new Float64Array(raw.length * m);
  raw.forEach((w: unknown, s) => {
    if (!Array.isArray(w) || w.length !== m) {
      throw new EngineInputError(`${field}[${s}]`, `must have ${m} weights (one per criterion)`);
    }
    data.set(normalizeWeights(w as number[], `${field}[${s}]`), s * m);
  });
  return data;
}

/** The number of samples: given, or the count of the given draws (which must then agree). */
function sampleCount(p: SmaaProblem, given: (number | undefined)[]): number {
  const counts = given.filter((c): c is number => c !== undefined);
  if (p.samples === undefined) {
    if (counts.length === 0) throw new EngineInputError('samples', 'is required');
    return checkSamples(counts[0]);
  }
  const samples = checkSamples(p.samples);
  const names = ['weightSamples', 'performanceSamples'];
  given.forEach((c, k) => {
    if (c !== undefined && c !== samples) {
      throw new EngineInputError(
        'samples',
        `must equal the number of ${names[k]} (${c}) (got ${samples}); leave it out to use them all`,
      );
    }
  });
  return samples;
}

function flattenCells(cells: CellDistribution[]) {
  const count = cells.length;
  const out = {
    kind: new Uint8Array(count),
    a: new Float64Array(count),
    b: new Float64Array(count),
    // Non-triangular rows get a placeholder shape that is never read.
    triangular: triangularCells(count, (k) => {
      const cell = cells[k]!;
      return cell.dist === 'triangular' && cell.max > cell.min ? cell : { min: 0, mode: 0, max: 1 };
    }),
  };
  cells.forEach((cell, k) => {
    switch (cell.dist) {
      case 'exact':
        out.kind[k] = CELL_EXACT;
        out.a[k] = cell.value;
        break;
      case 'uniform':
        out.kind[k] = CELL_UNIFORM;
        out.a[k] = cell.min;
        out.b[k] = cell.max - cell.min;
        break;
      case 'triangular': {
        const width = cell.max - cell.min;
        if (width <= 0) {
          out.kind[k] = CELL_EXACT;
          out.a[k] = cell.min;
          break;
        }
        out.kind[k] = CELL_TRIANGULAR;
        break;
      }
      default:
        out.kind[k] = CELL_OTHER;
    }
  });
  return out;
}

function readScales(p: SmaaProblem, m: number, derive: (j: number) => [number, number]) {
  if (p.scales === undefined) return Array.from({ length: m }, (_, j) => derive(j));
  if (!Array.isArray(p.scales) || p.scales.length !== m) {
    throw new EngineInputError('scales', `must give [min, max] for each of the ${m} criteria`);
  }
  return p.scales.map((s, j): [number, number] => {
    if (!Array.isArray(s) || s.length !== 2)
      throw new EngineInputError(`scales[${j}]`, 'must be [min, max]');
    assertFinite(s[0], `scales[${j}][0]`);
    assertFinite(s[1], `scales[${j}][1]`);
    if (!(s[0] <= s[1])) throw new EngineInputError(`scales[${j}]`, 'must satisfy min ≤ max');
    return [s[0], s[1]];
  });
}

function checkWork(n: number, m: number, samples: number, exact: boolean): void {
  const main = samples * n * (m + n / 2);
  const confidence = exact ? n * n * m : samples * n * n * m;
  const work = main + confidence;
  if (work > MAX_SMAA_WORK) {
    throw new EngineInputError(
      'samples',
      `${samples} samples of ${n} alternatives × ${m} criteria need about ${(work / 1e9).toFixed(1)}×10⁹ operations, more than the ${MAX_SMAA_WORK / 1e9}×10⁹ one run allows (about a minute); use fewer samples or alternatives / 计算量过大，请减少样本数或方案数`,
    );
  }
}

export function compileSmaaProblem(p: SmaaProblem): CompiledSmaaProblem {
  const sources = ['matrix', 'performance', 'performanceSamples'].filter(
    (k) => p[k as keyof SmaaProblem] !== undefined,
  );
  if (sources.length > 1) {
    throw new EngineInputError(
      sources[1]!,
      `give one of "matrix", "performance" or "performanceSamples", not ${sources.join(' and ')}`,
    );
  }
  if (sources.length === 0) {
    throw new EngineInputError('matrix', 'give "matrix", "performance" or "performanceSamples"');
  }
  let n: number;
  let m: number;
  const cells: CellDistribution[] = [];
  let performanceSamples: Float64Array | null = null;
  if (p.performanceSamples !== undefined) {
    const read = readPerformanceSamples(p.performanceSamples);
    ({ n, m } = read);
    performanceSamples = read.data;
  } else {
    const field = p.matrix !== undefined ? 'matrix' : 'performance';
    const rows = rowsOf(p.matrix ?? p.performance, field);
    n = rows.length;
    m = rows[0]!.length;
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (field === 'matrix') {
          assertFinite(v as number, `matrix[${i}][${j}]`);
          cells.push({ dist: 'exact', value: v as number });
        } else {
          cells.push(validateCell(v, `performance[${i}][${j}]`));
        }
      }),
    );
  }
  if (!Array.isArray(p.types) || p.types.length !== m) {
    throw new EngineInputError(
      'types',
      `must give 1 (benefit) or −1 (cost) for each of the ${m} criteria`,
    );
  }
  const benefit = p.types.map((t, j) => {
    if (t !== 1 && t !== -1)
      throw new EngineInputError(`types[${j}]`, `must be 1 or −1 (got ${String(t)})`);
    return t === 1;
  });
  const weightSamples =
    p.weightSamples === undefined ? null : readWeightSamples(p.weightSamples, m);
  if (weightSamples !== null && p.weightInfo !== undefined) {
    throw new EngineInputError('weightInfo', 'give "weightInfo" or "weightSamples", not both');
  }
  const samples = sampleCount(p, [
    weightSamples === null ? undefined : weightSamples.length / m,
    performanceSamples === null ? undefined : performanceSamples.length / (n * m),
  ]);
  const exact = performanceSamples === null && cells.every((c) => c.dist === 'exact');
  checkWork(n, m, samples, exact);
  const scales = readScales(p, m, (j) => {
    let lo = Infinity;
    let hi = -Infinity;
    if (performanceSamples !== null) {
      for (let k = j; k < performanceSamples.length; k += m) {
        lo = Math.min(lo, performanceSamples[k]!);
        hi = Math.max(hi, performanceSamples[k]!);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const [x, y] = cellRange(cells[i * m + j]!);
        lo = Math.min(lo, x);
        hi = Math.max(hi, y);
      }
    }
    return [lo, hi];
  });
  const valueFunctions = compileValueFunctions(p.valueFunctions, benefit, scales);
  valueFunctions.forEach((f, j) => {
    scales[j] = [f.xs[0]!, f.xs[f.xs.length - 1]!];
  });
  const linear = new Uint8Array(m);
  const slope = new Float64Array(m);
  const intercept = new Float64Array(m);
  valueFunctions.forEach((f, j) => {
    if (f.xs.length !== 2 || f.clip) return;
    linear[j] = 1;
    if (f.flat) return; // v = 0: slope and intercept stay 0
    const s = (f.vs[1]! - f.vs[0]!) / (f.xs[1]! - f.xs[0]!);
    slope[j] = s;
    intercept[j] = f.vs[0]! - s * f.xs[0]!;
  });
  const sampler = weightSamples === null ? createWeightSampler(p.weightInfo, m) : null;
  const uniformCells = countUniformCells(cells);
  const flat = flattenCells(cells);
  const oneUniformLinear =
    performanceSamples === null && uniformCells >= 0 && linear.every((l) => l === 1);
  return {
    n,
    m,
    samples,
    seed: p.seed,
    ...flat,
    cells,
    exact,
    uniformCells,
    // One sample's uniforms for the general draw, a batch's for the fast one.
    uniforms: new Float64Array(Math.max(n * m, DRAW_BATCH * uniformCells)),
    oneUniformLinear,
    linearCells: oneUniformLinear ? linearCellTable(flat, m, slope, intercept) : null,
    performanceSamples,
    weightSamples,
    sampler,
    weightSampling:
      sampler?.describe ??
      `给定的权重样本 · given weight samples (${samples}, each normalised to sum 1)`,
    benefit,
    scales,
    scalesGiven: p.scales !== undefined,
    valueFunctions,
    linear,
    slope,
    intercept,
  };
}

/**
 * Everything the fast draw reads for cell k in one run of LINEAR_CELL numbers at k·LINEAR_CELL,
 * so a cell costs one short sequential read instead of look-ups in five arrays:
 * [split, A_0, M_0, A_1, M_1] of its triangular inverse CDF (see triangularAt; a uniform cell
 * keeps [_, min, width], an exact one [_, value]), then its criterion's value intercept and slope.
 */
function linearCellTable(
  flat: ReturnType<typeof flattenCells>,
  m: number,
  slope: Float64Array,
  intercept: Float64Array,
): Float64Array {
  const count = flat.kind.length;
  const table = new Float64Array(LINEAR_CELL * count);
  const { split, coef } = flat.triangular;
  for (let k = 0; k < count; k++) {
    const o = LINEAR_CELL * k;
    if (flat.kind[k] === CELL_TRIANGULAR) {
      table[o] = split[k]!;
      table.set(coef.subarray(4 * k, 4 * k + 4), o + 1);
    } else {
      table[o + 1] = flat.a[k]!;
      table[o + 2] = flat.b[k]!;
    }
    table[o + 5] = intercept[k % m]!;
    table[o + 6] = slope[k % m]!;
  }
  return table;
}

/** Cells drawing one uniform each (uniform, non-degenerate triangular), or −1 if any cell
 * needs another sampler. */
function countUniformCells(cells: CellDistribution[]): number {
  let count = 0;
  for (const c of cells) {
    if (c.dist === 'uniform' || (c.dist === 'triangular' && c.max > c.min)) count++;
    else if (c.dist !== 'exact' && c.dist !== 'triangular') return -1;
  }
  return count;
}

/** One compiled value function per criterion: linear over the scale unless given otherwise. */
function compileValueFunctions(
  raw: SmaaProblem['valueFunctions'],
  benefit: boolean[],
  scales: [number, number][],
): CompiledValueFunction[] {
  const m = benefit.length;
  if (raw !== undefined && (!Array.isArray(raw) || raw.length !== m)) {
    throw new EngineInputError(
      'valueFunctions',
      `must have ${m} entries (one per criterion, null for the default)`,
    );
  }
  return benefit.map((isBenefit, j) =>
    compileValueFunction(
      raw?.[j] ?? { type: 'linear' },
      isBenefit,
      scales[j]!,
      `valueFunctions[${j}]`,
    ),
  );
}
