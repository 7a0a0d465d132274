import type Database from 'better-sqlite3';
import { EngineInputError } from '../../../engine/errors';
import { InvalidValueError } from '../../errors';
import { sideOf, type StateChange } from './state';
import { writeIfChanged, type EditStep, type WriteOptions } from './write-step';

/**
 * Several of a scenario's inputs set by one action (`cli scenario set`) as ONE audited, undoable
 * edit ('scenario_inputs'): each part is the same step the single edit runs (constraints, a
 * cost, an impact cell, the weights, the robustness setting), all in one transaction, so either
 * every part is stored with one log entry or — on the first bad part — nothing is.
 */

export interface InputPart {
  /** Where the part came from in the caller's input ("costs.M1"), as `changed` lists it. */
  field: string;
  /** What its errors are prefixed with, when not `field` ('' = none: its fields are top-level). */
  errorPrefix?: string;
  step: EditStep;
}

export interface ScenarioInputsResult {
  editId: number | null;
  updatedAt: string;
  /** The logged edit's key: the parts that changed, e.g. "constraints+costs". */
  key: string;
  /** The fields of the parts that changed something, in the order applied. */
  changed: string[];
}

/** Which part of the input each entity is, for the edit's key. */
const PART_NAME: Record<StateChange['entity'], string> = {
  constraints: 'constraints',
  measure_cost: 'costs',
  impact: 'impacts',
  cause_weight: 'weights',
  cause_weights: 'weights',
  analysis: 'uncertainty',
  defaults_confirmed: 'confirmed',
  scenario_name: 'name',
  coverage_model: 'model',
  synergy: 'synergies',
};

/** Runs `build` and names `field` in front of any input error it throws ("costs.M1.costLow: …"). */
export function inField<T>(field: string, build: () => T): T {
  if (field === '') return build();
  try {
    return build();
  } catch (error) {
    if (error instanceof InvalidValueError || error instanceof EngineInputError) {
      const detail = error.message.slice(error.field.length + 2);
      throw new InvalidValueError(`${field}.${error.field}`, detail);
    }
    throw error;
  }
}

/**
 * Applies the parts in order; a part that changes nothing is left out of the log. Returns null
 * (nothing logged, updated_at untouched) when no part changed anything.
 */
export function setScenarioInputs(
  db: Database.Database,
  scenarioId: number,
  parts: readonly InputPart[],
  opts: WriteOptions = {},
): ScenarioInputsResult | null {
  const changed: string[] = [];
  let key = '';
  const result = writeIfChanged(db, scenarioId, opts, (ctx) => {
    const changes: StateChange[] = [];
    for (const part of parts) {
      const change = inField(part.errorPrefix ?? part.field, () => part.step(ctx));
      if (change === null || JSON.stringify(change.before) === JSON.stringify(change.after))
        continue;
      changes.push(change);
      changed.push(part.field);
    }
    if (changes.length === 0) return null;
    key = [...new Set(changes.map((c) => PART_NAME[c.entity]))].join('+');
    return {
      entity: 'scenario_inputs',
      key,
      before: { edits: changes.map((c) => sideOf(c, 'before')).reverse() },
      after: { edits: changes.map((c) => sideOf(c, 'after')) },
    };
  });
  return result === null ? null : { ...result, key, changed };
}
