import type Database from 'better-sqlite3';
import type { Provenance } from '../../contract/domain';
import {
  writeAnalysisSettings,
  writeWeightingRecord,
  writeWeightsConfirmation,
} from '../repositories/scenario/analysis-settings';
import { impactValues, writeConstraints } from '../repositories/scenario/state';
import type { ProjectScenario } from './format';
import { ProjectFileError, unknownIdProblems } from './validate';

/** What an older file's flags tell: the planner's own value (author unknown) or a default. */
function legacyProvenance(edited: boolean): Provenance {
  return edited ? { kind: 'edited', by: '', at: '' } : { kind: 'default', by: '', at: '' };
}

/**
 * Writes a scenario from its stored inputs: used by project import and by undoing a delete
 * (which must bring back the same id, so the audit trail and open windows still point at it).
 * Cells the file leaves out take the paper's defaults, so a file from an older dataset still
 * opens; ids this database does not know are refused, naming the field.
 */

export interface InsertOptions {
  /** Reuse this id (undo of delete) when it is free; otherwise a new id is assigned. */
  id?: number;
  name: string;
  at: string;
  /** Prefix of field paths in error messages, e.g. "scenarios[2]". */
  field: string;
}

/** Checks every id the scenario names against this database; throws naming each unknown one. */
export function validateAgainstDatabase(
  db: Database.Database,
  s: ProjectScenario,
  field: string,
): void {
  const problems = unknownIdProblems(db, s, field);
  if (problems.length > 0) throw new ProjectFileError(problems);
}

/** Inserts the scenario in the caller's transaction and returns its id. */
export function insertProjectScenario(
  db: Database.Database,
  s: ProjectScenario,
  opts: InsertOptions,
): number {
  validateAgainstDatabase(db, s, opts.field);
  const idFree =
    opts.id !== undefined && !db.prepare('SELECT 1 FROM scenarios WHERE id = ?').get(opts.id);
  const id = Number(
    db
      .prepare(
        'INSERT INTO scenarios (id, name, region_code, coverage_model, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(idFree ? opts.id : null, opts.name, s.regionCode, s.coverageModel, opts.at, opts.at)
      .lastInsertRowid,
  );
  const weight = db.prepare(
    'INSERT INTO scenario_cause_weights (scenario_id, cause_id, weight) VALUES (?, ?, ?)',
  );
  for (const [causeId, w] of Object.entries(s.weights)) weight.run(id, causeId, w);
  const measure = db.prepare(
    `INSERT INTO scenario_measures (scenario_id, measure_id, cost_low, cost_likely, cost_high, cost_unit, years_to_effect,
       cost_is_illustrative, provenance, changed_by, changed_at, lead_agency_zh, lead_agency_en)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of s.measures) {
    // Files written before provenance was recorded: the illustrative flag is all they say.
    const p = m.costProvenance ?? legacyProvenance(!m.costIsIllustrative);
    measure.run(
      id,
      m.id,
      m.costLow,
      m.costLikely,
      m.costHigh,
      m.costUnit,
      m.yearsToEffect,
      p.kind === 'default' ? 1 : 0,
      p.kind,
      p.by,
      p.at,
      m.leadAgencyZh ?? null,
      m.leadAgencyEn ?? null,
    );
  }
  const impact = db.prepare(
    `INSERT INTO scenario_impacts (scenario_id, measure_id, cause_id, low, likely, high, rationale_zh, rationale_en, source,
       provenance, changed_by, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of s.impacts) {
    // A cell whose paper source was cleared was written by the planner.
    const p = c.provenance ?? legacyProvenance(c.source === '');
    impact.run(id, c.measureId, c.causeId, ...impactValues(c), p.kind, p.by, p.at);
  }
  const synergy = db.prepare(
    'INSERT INTO scenario_synergies (scenario_id, measure_a, measure_b, value) VALUES (?, ?, ?, ?)',
  );
  for (const x of s.synergies) {
    const [a, b] = x.a < x.b ? [x.a, x.b] : [x.b, x.a];
    synergy.run(id, a, b, x.value);
  }
  writeConstraints(db, id, {
    ...s.constraints,
    budgetProvenance: s.budgetProvenance ?? legacyProvenance(false),
  });
  if (s.analysis) writeAnalysisSettings(db, id, s.analysis);
  if (s.weightsConfirmed) writeWeightsConfirmation(db, id, s.weightsConfirmed);
  if (s.weighting) writeWeightingRecord(db, id, s.weighting);
  fillDefaults(db, id);
  return id;
}

/** Whatever the file left out takes the paper's default (the engine needs every cause and measure). */
function fillDefaults(db: Database.Database, id: number): void {
  db.prepare(
    'INSERT OR IGNORE INTO scenario_cause_weights (scenario_id, cause_id, weight) SELECT ?, id, default_weight FROM causes',
  ).run(id);
  db.prepare(
    `INSERT OR IGNORE INTO scenario_measures (scenario_id, measure_id, cost_low, cost_likely, cost_high, cost_unit, years_to_effect, cost_is_illustrative)
     SELECT ?, id, default_cost_low, default_cost_likely, default_cost_high, cost_unit, default_years_to_effect, 1 FROM measures`,
  ).run(id);
  db.prepare(
    `INSERT OR IGNORE INTO scenario_impacts (scenario_id, measure_id, cause_id, low, likely, high, rationale_zh, rationale_en, source)
     SELECT ?, measure_id, cause_id, low, likely, high, rationale_zh, rationale_en, source FROM default_impacts`,
  ).run(id);
}
