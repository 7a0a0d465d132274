/**
 * `cli scenario set`: several of a scenario's inputs in one audited, undoable edit, written by the
 * same repository steps as the screens' single edits (constraints, a measure's cost, an impact
 * cell, applied weights, the weight-uncertainty setting). Every id and value is checked before
 * the transaction starts, and the combined constraints are checked by the engine before it
 * commits, so a bad field stores nothing.
 */
import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import { InvalidValueError } from '../../db/errors';
import {
  causeWeightsStep,
  getElicitation,
  saveElicitation,
} from '../../db/repositories/elicitation.repo';
import {
  inField,
  setScenarioInputs,
  type InputPart,
  type ScenarioInputsResult,
} from '../../db/repositories/scenario/inputs';
import {
  analysisStep,
  constraintsStep,
  impactValuesStep,
  measureCostValuesStep,
} from '../../db/repositories/scenario/write';
import { getScenario } from '../../db/repositories/scenario/read';
import type { WriteOptions } from '../../db/repositories/scenario/write-step';
import { EngineInputError } from '../../engine/errors';
import { compileModel, compileConstraints } from '../../engine/packages';
import { scenarioToDecisionModel } from '../../engine/scenario';
import type { Constraints, Scenario } from '../../contract/domain';
import { plannedWeights } from './scenario-input-weights';
import { CONSTRAINT_KEYS, type ScenarioSetInput } from './scenario-inputs-schema';

export interface ScenarioSetResult {
  scenario: Scenario;
  /** null when every value given was already stored (nothing logged). */
  edit: ScenarioInputsResult | null;
}

function knownIds(ids: Set<string>, what: string, list: readonly string[], field: string): void {
  list.forEach((id, k) => {
    if (!ids.has(id))
      throw new InvalidValueError(
        `${field}[${k}]`,
        bilingual(`未知${what}`, `unknown ${what} "${id}"`),
      );
  });
}

function checkIds(s: Scenario, input: ScenarioSetInput): void {
  const measures = new Set(s.measures.map((m) => m.id));
  const causes = new Set(s.causes.map((c) => c.id));
  const measure = (list: readonly string[] | undefined, field: string) =>
    knownIds(measures, '措施 measure', list ?? [], field);
  measure(input.required, 'required');
  measure(input.excluded, 'excluded');
  input.requires?.forEach((p, k) => measure(p, `requires[${k}]`));
  input.excludes?.forEach((p, k) => measure(p, `excludes[${k}]`));
  for (const id of Object.keys(input.costs ?? {}))
    if (!measures.has(id))
      throw new InvalidValueError(
        `costs.${id}`,
        bilingual(`未知措施 measure`, `unknown measure "${id}"`),
      );
  for (const [m, row] of Object.entries(input.impacts ?? {})) {
    if (!measures.has(m))
      throw new InvalidValueError(
        `impacts.${m}`,
        bilingual(`未知措施 measure`, `unknown measure "${m}"`),
      );
    for (const c of Object.keys(row))
      if (!causes.has(c))
        throw new InvalidValueError(
          `impacts.${m}.${c}`,
          bilingual(`未知原因 cause`, `unknown cause "${c}"`),
        );
  }
}

/** The engine's reading of the combined constraints (e.g. a measure both required and excluded). */
function checkConstraints(db: Database.Database, scenarioId: number): void {
  const model = scenarioToDecisionModel(getScenario(db, scenarioId));
  try {
    compileConstraints(compileModel(model), model.constraints);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    const field = error.field.replace(/^constraints\./, '');
    throw new InvalidValueError(field, error.message.slice(error.field.length + 2));
  }
}

function constraintPart(db: Database.Database, s: Scenario, input: ScenarioSetInput): InputPart[] {
  if (!CONSTRAINT_KEYS.some((k) => input[k] !== undefined)) return [];
  const merged: Constraints = { ...s.constraints };
  if (input.budget !== undefined) merged.budget = input.budget;
  if (input.maxMeasures !== undefined) merged.maxMeasures = input.maxMeasures;
  if (input.required) merged.required = input.required;
  if (input.excluded) merged.excluded = input.excluded;
  if (input.requires) merged.requires = input.requires;
  if (input.excludes) merged.excludes = input.excludes;
  // Its errors name the input's own top-level keys ("excluded[0]").
  return [{ field: 'constraints', errorPrefix: '', step: constraintsStep(db, s.id, merged) }];
}

function costParts(db: Database.Database, s: Scenario, input: ScenarioSetInput): InputPart[] {
  return Object.entries(input.costs ?? {}).map(([id, v]) => {
    const field = `costs.${id}`;
    const current = s.measures.find((m) => m.id === id)!;
    const step = inField(field, () =>
      measureCostValuesStep(db, s.id, id, {
        costLow: v.low,
        costLikely: v.likely,
        costHigh: v.high,
        yearsToEffect: v.years ?? current.yearsToEffect,
        ...(v.leadAgencyZh === undefined ? {} : { leadAgencyZh: v.leadAgencyZh }),
        ...(v.leadAgencyEn === undefined ? {} : { leadAgencyEn: v.leadAgencyEn }),
      }),
    );
    return { field, step };
  });
}

function impactParts(db: Database.Database, s: Scenario, input: ScenarioSetInput): InputPart[] {
  return Object.entries(input.impacts ?? {}).flatMap(([m, row]) =>
    Object.entries(row).map(([c, v]) => {
      const field = `impacts.${m}.${c}`;
      return { field, step: inField(field, () => impactValuesStep(db, s.id, m, c, v)) };
    }),
  );
}

function weightParts(db: Database.Database, s: Scenario, input: ScenarioSetInput): InputPart[] {
  if (!input.weights) return [];
  const plan = plannedWeights(
    s.causes.map((c) => c.id),
    input.weights,
    getElicitation(db, s.id),
  );
  return [
    // The method's inputs are working notes (not undone with the weights), as on the screen.
    {
      field: 'weights',
      step: () => {
        saveElicitation(db, s.id, plan.settings);
        return null;
      },
    },
    {
      field: 'weights',
      step: inField('weights', () =>
        causeWeightsStep(db, s.id, plan.raw, plan.method, plan.detail),
      ),
    },
  ];
}

function uncertaintyPart(db: Database.Database, s: Scenario, input: ScenarioSetInput): InputPart[] {
  const u = input.uncertainty;
  if (!u) return [];
  const change = { uncertainty: u.type, ...(u.width === undefined ? {} : { width: u.width }) };
  return [{ field: 'uncertainty', step: analysisStep(db, s.id, change) }];
}

/**
 * Checks everything, then applies the given inputs to the scenario as one edit (see the file
 * comment); the input's "scenario" has been resolved to `scenarioId` by the caller.
 */
export function applyScenarioInputs(
  db: Database.Database,
  scenarioId: number,
  input: ScenarioSetInput,
  opts: WriteOptions = {},
): ScenarioSetResult {
  const s = getScenario(db, scenarioId);
  checkIds(s, input);
  const parts: InputPart[] = [
    ...constraintPart(db, s, input),
    ...costParts(db, s, input),
    ...impactParts(db, s, input),
    ...weightParts(db, s, input),
    ...uncertaintyPart(db, s, input),
    {
      field: 'constraints',
      errorPrefix: '',
      step: () => {
        checkConstraints(db, s.id);
        return null;
      },
    },
  ];
  const edit = setScenarioInputs(db, s.id, parts, opts);
  return { scenario: getScenario(db, s.id), edit };
}
