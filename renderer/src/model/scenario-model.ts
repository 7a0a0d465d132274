/**
 * Scenario (as the host sends it) → DecisionModel (what the engine ranks). The renderer may not
 * import db/, so this mirrors db/scenario-model.ts; both must agree for the worker's ranking to
 * match `analysis:packages` on the host.
 */
import type { Scenario } from '../../../electron/contract/domain';
import type { DecisionModel, PackageConstraints } from '../../../engine/model';

/** Exact ranking enumerates every subset, so returning all of them costs nothing extra for the chart. */
const MAX_TOP = 1000;

export function allPackagesTop(measureCount: number): number {
  if (measureCount <= 0) return 1;
  return Math.min(MAX_TOP, 2 ** Math.min(measureCount, 30) - 1);
}

function toConstraints(c: Scenario['constraints']): PackageConstraints {
  const out: PackageConstraints = {};
  if (c.budget !== null) out.budget = c.budget;
  if (c.maxMeasures !== null) out.maxMeasures = c.maxMeasures;
  if (c.required.length > 0) out.required = [...c.required];
  if (c.excluded.length > 0) out.excluded = [...c.excluded];
  if (c.requires.length > 0) out.requires = c.requires.map(([a, b]) => [a, b]);
  if (c.excludes.length > 0) out.excludes = c.excludes.map(([a, b]) => [a, b]);
  return out;
}

/**
 * The measure's cost is its *likely* estimate; impacts keep their low/likely/high range so the
 * engine's robustness checks see the uncertainty. Cells naming unknown measures or causes are
 * dropped rather than failing the whole ranking (the host validates the scenario's integrity).
 */
export function scenarioToDecisionModel(scenario: Scenario, top?: number): DecisionModel {
  const measureIds = new Set(scenario.measures.map((m) => m.id));
  const causeIds = new Set(scenario.causes.map((c) => c.id));
  const impacts: DecisionModel['impacts'] = {};
  for (const cell of scenario.impacts) {
    if (!measureIds.has(cell.measureId) || !causeIds.has(cell.causeId)) continue;
    const row = (impacts[cell.measureId] ??= {});
    row[cell.causeId] = { low: cell.low, likely: cell.likely, high: cell.high };
  }
  return {
    causes: scenario.causes.map((c) => ({ id: c.id, weight: c.weight })),
    measures: scenario.measures.map((m) => ({ id: m.id, cost: m.costLikely })),
    impacts,
    synergies: scenario.synergies.map((s) => ({ a: s.a, b: s.b, value: s.value })),
    constraints: toConstraints(scenario.constraints),
    model: scenario.coverageModel,
    top: top ?? allPackagesTop(scenario.measures.length),
  };
}

/** Shares w_j / Σw for display; all zero when the weights cannot be normalised. */
export function weightShares(
  causes: readonly { id: string; weight: number }[],
): Record<string, number> {
  const sum = causes.reduce(
    (s, c) => s + (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0),
    0,
  );
  const out: Record<string, number> = {};
  for (const c of causes) out[c.id] = sum > 0 && c.weight > 0 ? c.weight / sum : 0;
  return out;
}
