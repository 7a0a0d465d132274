/**
 * A saved scenario → the engine's DecisionModel: the one conversion the hosts (briefing, CLI,
 * services) and the renderer's workers share, so a ranking computed anywhere is the same. The
 * input is structural, so any shape carrying these fields (the contract's Scenario) fits.
 */
import type { CoverageModel, DecisionModel, PackageConstraints } from '../model';

export interface ScenarioInput {
  causes: readonly { id: string; weight: number }[];
  measures: readonly { id: string; costLikely: number }[];
  impacts: readonly {
    measureId: string;
    causeId: string;
    low: number;
    likely: number;
    high: number;
  }[];
  synergies: readonly { a: string; b: string; value: number }[];
  constraints: {
    budget: number | null;
    maxMeasures: number | null;
    required: readonly string[];
    excluded: readonly string[];
    requires: readonly (readonly [string, string])[];
    excludes: readonly (readonly [string, string])[];
  };
  coverageModel: CoverageModel;
}

/** Exact ranking enumerates every subset, so returning all of them costs nothing extra for a chart. */
const MAX_TOP = 1000;

/** "Every package" as a `top`: 2^n − 1 non-empty packages, at most MAX_TOP. */
export function allPackagesTop(measureCount: number): number {
  if (measureCount <= 0) return 1;
  return Math.min(MAX_TOP, 2 ** Math.min(measureCount, 30) - 1);
}

function toConstraints(c: ScenarioInput['constraints']): PackageConstraints {
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
 * Costs are the *likely* estimates; impacts keep their low/likely/high range so the robustness
 * checks see the uncertainty; null budget / maxMeasures mean "no limit". Cells naming a measure
 * or cause the scenario does not have are left out (a missing cell is "no effect" to the
 * engine). `top`: how many ranked packages to return (the engine's default when absent).
 */
export function scenarioToDecisionModel(scenario: ScenarioInput, top?: number): DecisionModel {
  const measureIds = new Set(scenario.measures.map((m) => m.id));
  const causeIds = new Set(scenario.causes.map((c) => c.id));
  const impacts: DecisionModel['impacts'] = {};
  for (const m of scenario.measures) impacts[m.id] = {};
  for (const cell of scenario.impacts) {
    if (!measureIds.has(cell.measureId) || !causeIds.has(cell.causeId)) continue;
    impacts[cell.measureId]![cell.causeId] = {
      low: cell.low,
      likely: cell.likely,
      high: cell.high,
    };
  }
  const model: DecisionModel = {
    causes: scenario.causes.map((c) => ({ id: c.id, weight: c.weight })),
    measures: scenario.measures.map((m) => ({ id: m.id, cost: m.costLikely })),
    impacts,
    synergies: scenario.synergies.map((s) => ({ a: s.a, b: s.b, value: s.value })),
    constraints: toConstraints(scenario.constraints),
    model: scenario.coverageModel,
  };
  if (top !== undefined) model.top = top;
  return model;
}

/** Shares w_j / Σw for display; all zero when the weights cannot be normalised. */
export function weightShares(
  causes: readonly { id: string; weight: number }[],
): Record<string, number> {
  const positive = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);
  // Scaled by the largest weight first, so huge raw weights cannot overflow the sum.
  const max = causes.reduce((m, c) => Math.max(m, positive(c.weight)), 0);
  const sum = max > 0 ? causes.reduce((s, c) => s + positive(c.weight) / max, 0) : 0;
  const out: Record<string, number> = {};
  for (const c of causes) out[c.id] = sum > 0 ? positive(c.weight) / max / sum : 0;
  return out;
}
