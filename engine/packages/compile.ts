import type { DecisionModel, ImpactValue } from '../model';
import { EngineInputError, assertFinite } from '../errors';
import { normalizeWeights } from '../weights/direct';

/**
 * Largest cost of one measure, as the edit channel accepts it: sums of costs then stay far inside
 * the double range, so budgets, frontier caps and pruning bounds never become Infinity or NaN.
 */
export const MAX_MEASURE_COST = 1e9;
/** Largest |synergy| of one pair (package values are shares of the causes, |V| ≤ n). */
export const MAX_SYNERGY = 1e6;

/**
 * A decision model in flat typed arrays, validated once, so that ranking thousands of
 * packages (and SMAA's thousands of samples) never touches objects or strings in the hot loop.
 */
export interface CompiledModel {
  causeIds: string[];
  measureIds: string[];
  /** Normalised weights, length m. */
  weights: Float64Array;
  /** Likely impacts, row-major n × m: impact[i * m + j]. */
  impact: Float64Array;
  /** Low / high impacts (same layout); equal to `impact` where a cell is a plain number. */
  impactLow: Float64Array;
  impactHigh: Float64Array;
  costs: Float64Array;
  /** Symmetric n × n synergy matrix (diagonal 0). */
  synergy: Float64Array;
  additive: boolean;
}

function readCell(
  value: ImpactValue | undefined,
  field: string,
): { low: number; likely: number; high: number } {
  if (value === undefined) return { low: 0, likely: 0, high: 0 };
  if (typeof value === 'number') {
    assertFinite(value, field);
    if (value < -1 || value > 1)
      throw new EngineInputError(field, `must lie in [-1, 1] (got ${value})`);
    return { low: value, likely: value, high: value };
  }
  if (value === null || typeof value !== 'object') {
    throw new EngineInputError(field, 'must be a number or { low, likely, high }');
  }
  const { low, likely, high } = value;
  assertFinite(low, `${field}.low`);
  assertFinite(likely, `${field}.likely`);
  assertFinite(high, `${field}.high`);
  if (low < -1 || high > 1) throw new EngineInputError(field, 'must lie in [-1, 1]');
  if (!(low <= likely && likely <= high)) {
    throw new EngineInputError(
      field,
      `must satisfy low ≤ likely ≤ high (got ${low}, ${likely}, ${high})`,
    );
  }
  return { low, likely, high };
}

export function compileModel(model: DecisionModel): CompiledModel {
  if (!Array.isArray(model.causes) || model.causes.length === 0) {
    throw new EngineInputError('causes', 'needs at least one cause');
  }
  if (!Array.isArray(model.measures) || model.measures.length === 0) {
    throw new EngineInputError('measures', 'needs at least one measure');
  }
  const causeIds = model.causes.map((c, j) => {
    if (typeof c?.id !== 'string' || c.id === '')
      throw new EngineInputError(`causes[${j}].id`, 'must be a non-empty string');
    return c.id;
  });
  const measureIds = model.measures.map((mm, i) => {
    if (typeof mm?.id !== 'string' || mm.id === '')
      throw new EngineInputError(`measures[${i}].id`, 'must be a non-empty string');
    return mm.id;
  });
  for (const [ids, name] of [
    [causeIds, 'causes'],
    [measureIds, 'measures'],
  ] as const) {
    const seen = new Set<string>();
    ids.forEach((id, k) => {
      if (seen.has(id)) throw new EngineInputError(`${name}[${k}].id`, `duplicate id "${id}"`);
      seen.add(id);
    });
  }
  const m = causeIds.length;
  const n = measureIds.length;
  const weights = Float64Array.from(
    normalizeWeights(
      model.causes.map((c) => c.weight),
      'causes.weight',
    ),
  );
  const costs = new Float64Array(n);
  model.measures.forEach((mm, i) => {
    assertFinite(mm.cost, `measures[${i}].cost`);
    if (mm.cost < 0)
      throw new EngineInputError(`measures[${i}].cost`, `must be ≥ 0 (got ${mm.cost})`);
    if (mm.cost > MAX_MEASURE_COST)
      throw new EngineInputError(
        `measures[${i}].cost`,
        `must be at most ${MAX_MEASURE_COST} (got ${mm.cost}) / 成本不得超过 ${MAX_MEASURE_COST}`,
      );
    costs[i] = mm.cost;
  });
  const impact = new Float64Array(n * m);
  const impactLow = new Float64Array(n * m);
  const impactHigh = new Float64Array(n * m);
  const impacts = model.impacts ?? {};
  if (typeof impacts !== 'object' || impacts === null)
    throw new EngineInputError('impacts', 'must be an object');
  const measureIndex = new Map(measureIds.map((id, i) => [id, i]));
  const causeIndex = new Map(causeIds.map((id, j) => [id, j]));
  for (const [mid, row] of Object.entries(impacts)) {
    const i = measureIndex.get(mid);
    if (i === undefined) throw new EngineInputError(`impacts.${mid}`, 'names an unknown measure');
    if (row === null || typeof row !== 'object')
      throw new EngineInputError(`impacts.${mid}`, 'must be an object');
    for (const [cid, cell] of Object.entries(row)) {
      const j = causeIndex.get(cid);
      if (j === undefined)
        throw new EngineInputError(`impacts.${mid}.${cid}`, 'names an unknown cause');
      const v = readCell(cell, `impacts.${mid}.${cid}`);
      impact[i * m + j] = v.likely;
      impactLow[i * m + j] = v.low;
      impactHigh[i * m + j] = v.high;
    }
  }
  const synergy = new Float64Array(n * n);
  (model.synergies ?? []).forEach((s, k) => {
    const a = measureIndex.get(s.a);
    const b = measureIndex.get(s.b);
    if (a === undefined)
      throw new EngineInputError(`synergies[${k}].a`, `unknown measure "${s.a}"`);
    if (b === undefined)
      throw new EngineInputError(`synergies[${k}].b`, `unknown measure "${s.b}"`);
    if (a === b)
      throw new EngineInputError(`synergies[${k}]`, 'a synergy needs two different measures');
    assertFinite(s.value, `synergies[${k}].value`);
    if (Math.abs(s.value) > MAX_SYNERGY)
      throw new EngineInputError(
        `synergies[${k}].value`,
        `must lie in [−${MAX_SYNERGY}, ${MAX_SYNERGY}] (got ${s.value})`,
      );
    synergy[a * n + b] = synergy[a * n + b]! + s.value;
    synergy[b * n + a] = synergy[b * n + a]! + s.value;
  });
  const coverageModel = model.model ?? 'saturating';
  if (coverageModel !== 'saturating' && coverageModel !== 'additive') {
    throw new EngineInputError('model', 'must be "saturating" or "additive"');
  }
  return {
    causeIds,
    measureIds,
    weights,
    impact,
    impactLow,
    impactHigh,
    costs,
    synergy,
    additive: coverageModel === 'additive',
  };
}

/**
 * Coverage v_j(P) of every cause for the package given by measure indices, written into `out`.
 * saturating: 1 − Π_{e>0}(1 − e) + Σ_{e<0} e; additive: Σ e.
 */
export function coverageInto(
  compiled: CompiledModel,
  members: readonly number[],
  out: Float64Array,
  impact: Float64Array = compiled.impact,
): Float64Array {
  const m = compiled.causeIds.length;
  for (let j = 0; j < m; j++) {
    let remaining = 1;
    let adverse = 0;
    let sum = 0;
    for (const i of members) {
      const e = impact[i * m + j]!;
      sum += e;
      if (e > 0) remaining *= 1 - e;
      else adverse += e;
    }
    out[j] = compiled.additive ? sum : 1 - remaining + adverse;
  }
  return out;
}

/** V(P) = Σ_j w_j v_j(P) + Σ_{i<k∈P} s_ik. */
export function packageValue(
  compiled: CompiledModel,
  members: readonly number[],
  weights: Float64Array = compiled.weights,
  impact: Float64Array = compiled.impact,
  scratch: Float64Array = new Float64Array(compiled.causeIds.length),
): number {
  coverageInto(compiled, members, scratch, impact);
  let value = 0;
  for (let j = 0; j < scratch.length; j++) value += weights[j]! * scratch[j]!;
  const n = compiled.measureIds.length;
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++)
      value += compiled.synergy[members[a]! * n + members[b]!]!;
  }
  return value;
}
