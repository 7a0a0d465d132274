import { bilingual } from '../../../contract/bilingual';
import type Database from 'better-sqlite3';
import type { Scenario } from '../../../contract/domain';
import { InvalidValueError, NotFoundError } from '../../errors';
import { appendEdit } from '../edit-log.repo';
import { REGION_ENTITY } from '../global-undo.repo';
import { checkScenarioRegion } from '../regions.repo';
import { readScenario, readSynergies, scenarioRow } from './read';
import { applyState } from './state';
import { checkNameFree, trimmedName } from './name';
import { logCreated, stamp, write, type EditResult, type WriteOptions } from './write-step';
import { writeTransaction } from '../../write-transaction';

/** Scenario lifecycle beyond the paper defaults: rename, model, synergies, duplicate, delete. */

function checkName(db: Database.Database, name: string, exceptId?: number): string {
  const trimmed = trimmedName(name);
  checkNameFree(db, trimmed, exceptId);
  return trimmed;
}

export function renameScenario(
  db: Database.Database,
  scenarioId: number,
  name: string,
  opts: WriteOptions = {},
): EditResult {
  return write(db, scenarioId, opts, () => {
    const before = scenarioRow(db, scenarioId).name;
    const after = checkName(db, name, scenarioId);
    applyState(db, scenarioId, {
      entity: 'scenario_name',
      key: String(scenarioId),
      state: { name: after },
    });
    return {
      entity: 'scenario_name',
      key: String(scenarioId),
      before: { name: before },
      after: { name: after },
    };
  });
}

export function setCoverageModel(
  db: Database.Database,
  scenarioId: number,
  model: Scenario['coverageModel'],
  opts: WriteOptions = {},
): EditResult {
  if (model !== 'saturating' && model !== 'additive')
    throw new InvalidValueError('model', 'saturating | additive');
  return write(db, scenarioId, opts, () => {
    const before = scenarioRow(db, scenarioId).coverage_model;
    applyState(db, scenarioId, {
      entity: 'coverage_model',
      key: String(scenarioId),
      state: { model },
    });
    return {
      entity: 'coverage_model',
      key: String(scenarioId),
      before: { model: before },
      after: { model },
    };
  });
}

/** Sets (value ≠ null) or removes (null) the planner's synergy between two measures; order of a, b does not matter. */
export function setSynergy(
  db: Database.Database,
  scenarioId: number,
  a: string,
  b: string,
  value: number | null,
  opts: WriteOptions = {},
): EditResult {
  if (a === b)
    throw new InvalidValueError(
      'b',
      bilingual('协同须涉及两项不同措施', 'a synergy needs two different measures'),
    );
  if (value !== null && (!Number.isFinite(value) || value < -1 || value > 1)) {
    throw new InvalidValueError('value', bilingual('须在 −1 与 1 之间', 'must be within [−1, 1]'));
  }
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const key = `${lo}|${hi}`;
  return write(db, scenarioId, opts, () => {
    for (const id of [lo, hi]) {
      if (
        !db
          .prepare('SELECT 1 FROM scenario_measures WHERE scenario_id = ? AND measure_id = ?')
          .get(scenarioId, id)
      ) {
        throw new NotFoundError('measure', id);
      }
    }
    const old = readSynergies(db, scenarioId).find((s) => s.a === lo && s.b === hi);
    const after = value === null ? null : { value };
    applyState(db, scenarioId, { entity: 'synergy', key, state: after });
    return { entity: 'synergy', key, before: old ? { value: old.value } : null, after };
  });
}

/**
 * A full copy (weights, costs, impacts, synergies, constraints, robustness settings, weight-method
 * inputs and stakeholder sets, each with its provenance) under a new name, for side-by-side
 * comparison.
 */
export function duplicateScenario(
  db: Database.Database,
  sourceId: number,
  name: string,
  opts: WriteOptions = {},
): Scenario {
  return writeTransaction(db, (): Scenario => {
    const src = scenarioRow(db, sourceId);
    const trimmed = checkName(db, name);
    const at = stamp(opts);
    const id = Number(
      db
        .prepare(
          'INSERT INTO scenarios (name, region_code, coverage_model, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(trimmed, src.region_code, src.coverage_model, at, at).lastInsertRowid,
    );
    const copies = [
      'INSERT INTO scenario_cause_weights SELECT ?, cause_id, weight FROM scenario_cause_weights WHERE scenario_id = ?',
      `INSERT INTO scenario_measures (scenario_id, measure_id, cost_low, cost_likely, cost_high, cost_unit,
         years_to_effect, cost_is_illustrative, provenance, changed_by, changed_at, lead_agency_zh, lead_agency_en)
       SELECT ?, measure_id, cost_low, cost_likely, cost_high, cost_unit, years_to_effect, cost_is_illustrative,
         provenance, changed_by, changed_at, lead_agency_zh, lead_agency_en
       FROM scenario_measures WHERE scenario_id = ?`,
      `INSERT INTO scenario_impacts (scenario_id, measure_id, cause_id, low, likely, high, rationale_zh, rationale_en,
         source, provenance, changed_by, changed_at)
       SELECT ?, measure_id, cause_id, low, likely, high, rationale_zh, rationale_en, source, provenance,
         changed_by, changed_at
       FROM scenario_impacts WHERE scenario_id = ?`,
      'INSERT INTO scenario_synergies SELECT ?, measure_a, measure_b, value FROM scenario_synergies WHERE scenario_id = ?',
      `INSERT INTO scenario_constraints (scenario_id, budget, max_measures, required, excluded, requires, excludes,
         budget_provenance, budget_set_by, budget_set_at)
       SELECT ?, budget, max_measures, required, excluded, requires, excludes, budget_provenance, budget_set_by,
         budget_set_at
       FROM scenario_constraints WHERE scenario_id = ?`,
      // The copy is read with the same robustness basis and method inputs as its original.
      `INSERT INTO scenario_analysis (scenario_id, uncertainty, width, samples, seed, weights_confirmed_by,
         weights_confirmed_at, weights_method, weights_by, weights_at, weights_cr, weights_order, weights_adjusted)
       SELECT ?, uncertainty, width, samples, seed, weights_confirmed_by, weights_confirmed_at, weights_method,
         weights_by, weights_at, weights_cr, weights_order, weights_adjusted
       FROM scenario_analysis WHERE scenario_id = ?`,
      `INSERT INTO scenario_weight_methods (scenario_id, method, roc_order, swing_points, ahp_matrix, updated_at)
       SELECT ?, method, roc_order, swing_points, ahp_matrix, updated_at
       FROM scenario_weight_methods WHERE scenario_id = ?`,
      `INSERT INTO scenario_stakeholders (scenario_id, name, influence, weights, sort)
       SELECT ?, name, influence, weights, sort FROM scenario_stakeholders WHERE scenario_id = ?`,
      // The copy compares its region with the same references and maps the same indicator.
      `INSERT INTO scenario_region_settings (scenario_id, reference, peer_group, map_indicator)
       SELECT ?, reference, peer_group, map_indicator FROM scenario_region_settings WHERE scenario_id = ?`,
    ];
    for (const sql of copies) db.prepare(sql).run(id, sourceId);
    logCreated(
      db,
      id,
      { name: trimmed, regionCode: src.region_code, duplicatedFrom: sourceId },
      at,
      opts,
    );
    return readScenario(db, id);
  });
}

/** Deletes a scenario; its edit history stays in the audit trail (scenario_id becomes NULL). */
export function deleteScenario(
  db: Database.Database,
  scenarioId: number,
  opts: WriteOptions = {},
): void {
  writeTransaction(db, () => {
    const before = readScenario(db, scenarioId);
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(scenarioId);
    if (opts.audit !== false) {
      appendEdit(db, {
        scenarioId: null,
        entity: 'scenario_deleted',
        key: String(scenarioId),
        before,
        after: null,
        at: stamp(opts),
      });
    }
  });
}

/** Moves a scenario to another region (the indicators and severities shown follow it); logged and undoable. */
export function setScenarioRegion(
  db: Database.Database,
  scenarioId: number,
  regionCode: string,
  opts: WriteOptions = {},
): EditResult {
  return write(db, scenarioId, opts, () => {
    checkScenarioRegion(db, regionCode);
    const before = scenarioRow(db, scenarioId).region_code;
    db.prepare('UPDATE scenarios SET region_code = ? WHERE id = ?').run(regionCode, scenarioId);
    return {
      entity: REGION_ENTITY,
      key: String(scenarioId),
      before: { regionCode: before },
      after: { regionCode },
    };
  });
}
