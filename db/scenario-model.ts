import type { Scenario } from '../electron/contract/domain';
import type { DecisionModel, PackageConstraints } from '../engine/model';

/**
 * A saved scenario → the engine's DecisionModel. Costs use the likely estimate; impacts keep
 * their range so SMAA can sample it; null budget / maxMeasures mean "no limit" and are omitted.
 */
export function scenarioToDecisionModel(s: Scenario): DecisionModel {
  const impacts: DecisionModel['impacts'] = {};
  for (const m of s.measures) impacts[m.id] = {};
  for (const cell of s.impacts) {
    const row = (impacts[cell.measureId] ??= {});
    row[cell.causeId] = { low: cell.low, likely: cell.likely, high: cell.high };
  }
  const c = s.constraints;
  const constraints: PackageConstraints = {
    required: [...c.required],
    excluded: [...c.excluded],
    requires: c.requires.map(([a, b]) => [a, b] as [string, string]),
    excludes: c.excludes.map(([a, b]) => [a, b] as [string, string]),
  };
  if (c.budget !== null) constraints.budget = c.budget;
  if (c.maxMeasures !== null) constraints.maxMeasures = c.maxMeasures;
  return {
    causes: s.causes.map((cause) => ({ id: cause.id, weight: cause.weight })),
    measures: s.measures.map((m) => ({ id: m.id, cost: m.costLikely })),
    impacts,
    synergies: s.synergies.map((x) => ({ a: x.a, b: x.b, value: x.value })),
    constraints,
    model: s.coverageModel,
  };
}
