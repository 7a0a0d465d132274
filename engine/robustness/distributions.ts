import { EngineInputError, assertFinite } from '../errors';
import type { Rng } from '../random/prng';
import { beta, lognormal, normal, triangular } from '../random/samplers';

/**
 * Uncertain performance cells of a plain SMAA problem, one parameter set per distribution.
 * Names follow the usual textbook parameterisations so experts can read the JSON directly.
 */
export type CellDistribution =
  | { dist: 'exact'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number }
  /** mu and sigma of the logarithm: X = exp(N(mu, sigma²)). */
  | { dist: 'lognormal'; mu: number; sigma: number }
  /** Beta(alpha, beta) stretched to [min, max] (default [0, 1]). */
  | { dist: 'beta'; alpha: number; beta: number; min?: number; max?: number };

export const DISTRIBUTION_NAMES = [
  'exact',
  'uniform',
  'triangular',
  'normal',
  'lognormal',
  'beta',
] as const;

/**
 * Unbounded distributions are cut at this many standard deviations (of the log, for lognormal)
 * when a criterion's scale is derived from the cells: ±3 sd holds 99.7 % of a normal.
 */
export const UNBOUNDED_SCALE_SDS = 3;

function num(cell: Record<string, unknown>, key: string, field: string): number {
  const v = cell[key];
  if (typeof v !== 'number') throw new EngineInputError(`${field}.${key}`, 'must be a number');
  assertFinite(v, `${field}.${key}`);
  return v;
}

/** The parameters each distribution takes; any other key is an error naming it. */
const CELL_KEYS: Record<CellDistribution['dist'], readonly string[]> = {
  exact: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['mu', 'sigma'],
  beta: ['alpha', 'beta', 'min', 'max'],
};

/** Checks one cell's parameters and returns it typed; errors name the cell's field. */
export function validateCell(raw: unknown, field: string): CellDistribution {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new EngineInputError(field, 'must be an object such as { "dist": "uniform", … }');
  }
  const cell = raw as Record<string, unknown>;
  const allowed = CELL_KEYS[cell.dist as CellDistribution['dist']];
  if (allowed !== undefined) {
    for (const key of Object.keys(cell)) {
      if (key !== 'dist' && !allowed.includes(key)) {
        throw new EngineInputError(
          `${field}.${key}`,
          `is not a parameter of "${String(cell.dist)}" (it takes ${allowed.join(', ')})`,
        );
      }
    }
  }
  switch (cell.dist) {
    case 'exact':
      return { dist: 'exact', value: num(cell, 'value', field) };
    case 'uniform': {
      const min = num(cell, 'min', field);
      const max = num(cell, 'max', field);
      if (!(min <= max)) throw new EngineInputError(`${field}.max`, 'must be ≥ min');
      return { dist: 'uniform', min, max };
    }
    case 'triangular': {
      const min = num(cell, 'min', field);
      const mode = num(cell, 'mode', field);
      const max = num(cell, 'max', field);
      if (!(min <= mode && mode <= max)) {
        throw new EngineInputError(
          field,
          `must satisfy min ≤ mode ≤ max (got ${min}, ${mode}, ${max})`,
        );
      }
      return { dist: 'triangular', min, mode, max };
    }
    case 'normal': {
      const sd = num(cell, 'sd', field);
      if (sd < 0) throw new EngineInputError(`${field}.sd`, 'must be ≥ 0');
      return { dist: 'normal', mean: num(cell, 'mean', field), sd };
    }
    case 'lognormal': {
      const sigma = num(cell, 'sigma', field);
      if (sigma < 0) throw new EngineInputError(`${field}.sigma`, 'must be ≥ 0');
      return { dist: 'lognormal', mu: num(cell, 'mu', field), sigma };
    }
    case 'beta': {
      const alpha = num(cell, 'alpha', field);
      const b = num(cell, 'beta', field);
      if (alpha <= 0) throw new EngineInputError(`${field}.alpha`, 'must be > 0');
      if (b <= 0) throw new EngineInputError(`${field}.beta`, 'must be > 0');
      const min = cell.min === undefined ? 0 : num(cell, 'min', field);
      const max = cell.max === undefined ? 1 : num(cell, 'max', field);
      if (!(min < max)) throw new EngineInputError(`${field}.max`, 'must be > min');
      return { dist: 'beta', alpha, beta: b, min, max };
    }
    default:
      throw new EngineInputError(
        `${field}.dist`,
        `must be one of ${DISTRIBUTION_NAMES.join(', ')} (got ${JSON.stringify(cell.dist)})`,
      );
  }
}

/** One draw from a validated cell. */
export function sampleCell(rng: Rng, cell: CellDistribution): number {
  switch (cell.dist) {
    case 'exact':
      return cell.value;
    case 'uniform':
      return cell.min + (cell.max - cell.min) * rng.next();
    case 'triangular':
      return triangular(rng, cell.min, cell.mode, cell.max);
    case 'normal':
      return normal(rng, cell.mean, cell.sd);
    case 'lognormal':
      return lognormal(rng, cell.mu, cell.sigma);
    case 'beta': {
      const lo = cell.min ?? 0;
      const hi = cell.max ?? 1;
      return lo + (hi - lo) * beta(rng, cell.alpha, cell.beta);
    }
  }
}

/**
 * The range used to scale a criterion when no scale is given: the support for bounded
 * distributions, mean ± 3 sd for normal, exp(mu ± 3 sigma) for lognormal.
 */
export function cellRange(cell: CellDistribution): [number, number] {
  switch (cell.dist) {
    case 'exact':
      return [cell.value, cell.value];
    case 'uniform':
    case 'triangular':
      return [cell.min, cell.max];
    case 'normal':
      return [cell.mean - UNBOUNDED_SCALE_SDS * cell.sd, cell.mean + UNBOUNDED_SCALE_SDS * cell.sd];
    case 'lognormal':
      return [
        Math.exp(cell.mu - UNBOUNDED_SCALE_SDS * cell.sigma),
        Math.exp(cell.mu + UNBOUNDED_SCALE_SDS * cell.sigma),
      ];
    case 'beta':
      return [cell.min ?? 0, cell.max ?? 1];
  }
}

/** The mean of a cell's distribution (used for the "expected" column in readable output). */
export function cellMean(cell: CellDistribution): number {
  switch (cell.dist) {
    case 'exact':
      return cell.value;
    case 'uniform':
      return (cell.min + cell.max) / 2;
    case 'triangular':
      return (cell.min + cell.mode + cell.max) / 3;
    case 'normal':
      return cell.mean;
    case 'lognormal':
      return Math.exp(cell.mu + (cell.sigma * cell.sigma) / 2);
    case 'beta': {
      const lo = cell.min ?? 0;
      const hi = cell.max ?? 1;
      return lo + ((hi - lo) * cell.alpha) / (cell.alpha + cell.beta);
    }
  }
}
