import type Database from 'better-sqlite3';
import type {
  Cause,
  Constraints,
  ImpactCell,
  Measure,
  Provenance,
  ProvenanceKind,
  Scenario,
  ScenarioSummary,
} from '../../../contract/domain';
import { NotFoundError } from '../../errors';
import { readAnalysisSettings, readStakeholderWeights, readWeighting } from './analysis-settings';

/** The stored provenance columns as the contract's value; a default has no author or date. */
export function provenanceOf(kind: ProvenanceKind, by: string, at: string): Provenance {
  return kind === 'default' ? { kind, by: '', at: '' } : { kind, by, at };
}

/** Row → contract mapping for scenarios; kept apart from the write paths so each file has one purpose. */

interface ScenarioRow {
  id: number;
  name: string;
  region_code: string;
  coverage_model: Scenario['coverageModel'];
  updated_at: string;
}

export function scenarioRow(db: Database.Database, id: number): ScenarioRow {
  const row = db
    .prepare('SELECT id, name, region_code, coverage_model, updated_at FROM scenarios WHERE id = ?')
    .get(id) as ScenarioRow | undefined;
  if (!row) throw new NotFoundError('scenario', id);
  return row;
}

export function readSummaries(db: Database.Database): ScenarioSummary[] {
  return (
    db
      .prepare('SELECT id, name, region_code, updated_at FROM scenarios ORDER BY id')
      .all() as ScenarioRow[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    regionCode: r.region_code,
    updatedAt: r.updated_at,
  }));
}

/** The columns a cause and a measure both take from the paper: id, names, text and section. */
interface PaperTextRow {
  id: string;
  name_zh: string;
  name_en: string;
  text_zh: string;
  text_en: string;
  paper_section: string;
}

function paperText(
  r: PaperTextRow,
): Pick<Cause, 'id' | 'nameZh' | 'nameEn' | 'textZh' | 'textEn' | 'paperSection'> {
  return {
    id: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    textZh: r.text_zh,
    textEn: r.text_en,
    paperSection: r.paper_section,
  };
}

export function readCauses(db: Database.Database, id: number): Cause[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name_zh, c.name_en, c.text_zh, c.text_en, c.paper_section, w.weight
       FROM scenario_cause_weights w JOIN causes c ON c.id = w.cause_id
       WHERE w.scenario_id = ? ORDER BY c.sort`,
    )
    .all(id) as (PaperTextRow & { weight: number })[];
  return rows.map((r) => ({ ...paperText(r), weight: r.weight }));
}

interface MeasureRow extends PaperTextRow {
  lead_agency_zh: string;
  lead_agency_en: string;
  provenance: ProvenanceKind;
  changed_by: string;
  changed_at: string;
  cost_low: number;
  cost_likely: number;
  cost_high: number;
  cost_unit: string;
  years_to_effect: number;
  cost_is_illustrative: number;
}

export function readMeasures(db: Database.Database, id: number): Measure[] {
  const rows = db
    .prepare(
      `SELECT m.id, m.name_zh, m.name_en, m.text_zh, m.text_en, m.paper_section,
              coalesce(s.lead_agency_zh, m.lead_agency_zh) AS lead_agency_zh,
              coalesce(s.lead_agency_en, m.lead_agency_en) AS lead_agency_en,
              s.provenance, s.changed_by, s.changed_at,
              s.cost_low, s.cost_likely, s.cost_high, s.cost_unit, s.years_to_effect, s.cost_is_illustrative
       FROM scenario_measures s JOIN measures m ON m.id = s.measure_id
       WHERE s.scenario_id = ? ORDER BY m.sort`,
    )
    .all(id) as MeasureRow[];
  return rows.map((r) => ({
    ...paperText(r),
    costLow: r.cost_low,
    costLikely: r.cost_likely,
    costHigh: r.cost_high,
    costUnit: r.cost_unit,
    yearsToEffect: r.years_to_effect,
    leadAgencyZh: r.lead_agency_zh,
    leadAgencyEn: r.lead_agency_en,
    costIsIllustrative: r.cost_is_illustrative === 1,
    costProvenance: provenanceOf(r.provenance, r.changed_by, r.changed_at),
  }));
}

export function readImpacts(db: Database.Database, id: number): ImpactCell[] {
  const rows = db
    .prepare(
      `SELECT i.measure_id, i.cause_id, i.low, i.likely, i.high, i.rationale_zh, i.rationale_en, i.source,
              i.provenance, i.changed_by, i.changed_at
       FROM scenario_impacts i JOIN measures m ON m.id = i.measure_id JOIN causes c ON c.id = i.cause_id
       WHERE i.scenario_id = ? ORDER BY m.sort, c.sort`,
    )
    .all(id) as {
    measure_id: string;
    cause_id: string;
    low: number;
    likely: number;
    high: number;
    rationale_zh: string;
    rationale_en: string;
    source: string;
    provenance: ProvenanceKind;
    changed_by: string;
    changed_at: string;
  }[];
  return rows.map((r) => ({
    measureId: r.measure_id,
    causeId: r.cause_id,
    low: r.low,
    likely: r.likely,
    high: r.high,
    rationaleZh: r.rationale_zh,
    rationaleEn: r.rationale_en,
    source: r.source,
    provenance: provenanceOf(r.provenance, r.changed_by, r.changed_at),
  }));
}

export function readImpact(
  db: Database.Database,
  id: number,
  measureId: string,
  causeId: string,
): ImpactCell | undefined {
  return readImpacts(db, id).find((c) => c.measureId === measureId && c.causeId === causeId);
}

export function readSynergies(db: Database.Database, id: number): Scenario['synergies'] {
  return (
    db
      .prepare(
        'SELECT measure_a, measure_b, value FROM scenario_synergies WHERE scenario_id = ? ORDER BY measure_a, measure_b',
      )
      .all(id) as {
      measure_a: string;
      measure_b: string;
      value: number;
    }[]
  ).map((r) => ({ a: r.measure_a, b: r.measure_b, value: r.value }));
}

const EMPTY_CONSTRAINTS: Constraints = {
  budget: null,
  maxMeasures: null,
  required: [],
  excluded: [],
  requires: [],
  excludes: [],
};

export function readConstraints(db: Database.Database, id: number): Constraints {
  const r = db.prepare('SELECT * FROM scenario_constraints WHERE scenario_id = ?').get(id) as
    | {
        budget: number | null;
        max_measures: number | null;
        required: string;
        excluded: string;
        requires: string;
        excludes: string;
      }
    | undefined;
  if (!r) return { ...EMPTY_CONSTRAINTS };
  return {
    budget: r.budget,
    maxMeasures: r.max_measures,
    required: JSON.parse(r.required) as string[],
    excluded: JSON.parse(r.excluded) as string[],
    requires: JSON.parse(r.requires) as [string, string][],
    excludes: JSON.parse(r.excludes) as [string, string][],
  };
}

/** Who set the budget and when; a default while it is the shipped illustrative figure. */
export function readBudgetProvenance(db: Database.Database, id: number): Provenance {
  const r = db
    .prepare(
      'SELECT budget_provenance, budget_set_by, budget_set_at FROM scenario_constraints WHERE scenario_id = ?',
    )
    .get(id) as
    { budget_provenance: ProvenanceKind; budget_set_by: string; budget_set_at: string } | undefined;
  return r
    ? provenanceOf(r.budget_provenance, r.budget_set_by, r.budget_set_at)
    : provenanceOf('default', '', '');
}

/** Exports are logged (entity 'briefing_exported', not undoable) so the checklist can tell. */
function lastBriefingExport(db: Database.Database, id: number): string | null {
  const r = db
    .prepare(
      "SELECT max(at) AS at FROM edit_log WHERE scenario_id = ? AND entity = 'briefing_exported'",
    )
    .get(id) as { at: string | null };
  return r.at;
}

export function readScenario(db: Database.Database, id: number): Scenario {
  const row = scenarioRow(db, id);
  const causes = readCauses(db, id);
  return {
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    coverageModel: row.coverage_model,
    causes,
    measures: readMeasures(db, id),
    impacts: readImpacts(db, id),
    synergies: readSynergies(db, id),
    constraints: readConstraints(db, id),
    budgetProvenance: readBudgetProvenance(db, id),
    weighting: readWeighting(db, id, causes),
    analysis: readAnalysisSettings(db, id),
    stakeholders: readStakeholderWeights(db, id),
    briefingExportedAt: lastBriefingExport(db, id),
    updatedAt: row.updated_at,
  };
}

export function listScenarios(db: Database.Database): ScenarioSummary[] {
  return readSummaries(db);
}

export function getScenario(db: Database.Database, id: number): Scenario {
  return readScenario(db, id);
}

export function getScenarioByName(db: Database.Database, name: string): Scenario {
  const row = db.prepare('SELECT id FROM scenarios WHERE name = ?').get(name) as
    { id: number } | undefined;
  if (!row) throw new NotFoundError('scenario', name);
  return readScenario(db, row.id);
}

/** The seeded baseline (settings.default_scenario), what `cli packages` uses with no input. */
export function getDefaultScenarioId(db: Database.Database): number | undefined {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'default_scenario'").get() as
    { value: string } | undefined;
  const id = row ? Number(row.value) : NaN;
  return Number.isInteger(id) && db.prepare('SELECT 1 FROM scenarios WHERE id = ?').get(id)
    ? id
    : undefined;
}
