import { EngineInputError, assertFinite } from '../errors';
import { type CellDistribution, cellRange, validateCell } from './distributions';
import type { WeightInfo } from './weight-sampling';
import { MAX_SAMPLES } from './smaa-run';

/** A plain SMAA-2 problem: alternatives × criteria, as PRODUCT.md "smaa" (plain form). */
export interface SmaaProblem {
  /** Exact values, alternatives × criteria, row-major (higher is better unless types says −1). */
  matrix?: number[][];
  /** Uncertain values, same layout, each cell a distribution. */
  performance?: CellDistribution[][];
  /** 1 = benefit, −1 = cost, per criterion. */
  types: number[];
  /** [min, max] per criterion for the linear partial value; derived from the cells when absent. */
  scales?: [number, number][];
  weightInfo?: WeightInfo;
  samples: number;
  seed: number;
}

/** The problem validated and flattened for the sampling loop. */
export interface CompiledSmaaProblem {
  n: number;
  m: number;
  /** cells[i * m + j]. */
  cells: CellDistribution[];
  /** True when every cell is exact: the performance is then evaluated once. */
  exact: boolean;
  benefit: boolean[];
  scales: [number, number][];
  scalesGiven: boolean;
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
  const m = Array.isArray(table[0]) ? table[0].length : 0;
  if (m === 0) throw new EngineInputError(`${field}[0]`, 'needs at least one criterion (column)');
  table.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== m) {
      throw new EngineInputError(`${field}[${i}]`, `must have ${m} values like the first row`);
    }
  });
  return table as unknown[][];
}

export function compileSmaaProblem(p: SmaaProblem): CompiledSmaaProblem {
  if (p.matrix !== undefined && p.performance !== undefined) {
    throw new EngineInputError('matrix', 'give either "matrix" or "performance", not both');
  }
  const field = p.matrix !== undefined ? 'matrix' : 'performance';
  const raw = p.matrix ?? p.performance;
  if (raw === undefined) throw new EngineInputError('matrix', 'give "matrix" or "performance"');
  const rows = rowsOf(raw, field);
  const n = rows.length;
  const m = rows[0]!.length;
  const cells: CellDistribution[] = [];
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
  let scales: [number, number][];
  if (p.scales !== undefined) {
    if (!Array.isArray(p.scales) || p.scales.length !== m) {
      throw new EngineInputError('scales', `must give [min, max] for each of the ${m} criteria`);
    }
    scales = p.scales.map((s, j) => {
      if (!Array.isArray(s) || s.length !== 2)
        throw new EngineInputError(`scales[${j}]`, 'must be [min, max]');
      assertFinite(s[0], `scales[${j}][0]`);
      assertFinite(s[1], `scales[${j}][1]`);
      if (!(s[0] <= s[1])) throw new EngineInputError(`scales[${j}]`, 'must satisfy min ≤ max');
      return [s[0], s[1]];
    });
  } else {
    scales = Array.from({ length: m }, (_, j) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < n; i++) {
        const [a, b] = cellRange(cells[i * m + j]!);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      return [lo, hi] as [number, number];
    });
  }
  return {
    n,
    m,
    cells,
    exact: cells.every((c) => c.dist === 'exact'),
    benefit,
    scales,
    scalesGiven: p.scales !== undefined,
  };
}
