import type Database from 'better-sqlite3';
import type { Migration } from './types';

/**
 * The planner's own inputs, each with where it came from: impact cells and measure costs carry a
 * provenance ('default' = the shipped illustrative value, 'edited' by someone on a date,
 * 'confirmed' = a default the planner reviewed and kept), measures get a per-scenario lead
 * agency, the budget records who set it, and each scenario gets its analysis settings (the
 * weight uncertainty every robustness figure uses, the SMAA samples and seed, and who confirmed
 * default weights). Existing rows are classified from what is already known: a cell whose paper
 * source was cleared and a cost no longer marked illustrative were written by the planner, and
 * the newest live edit_log entry says by whom and when.
 */
const SQL = /* sql */ `
ALTER TABLE scenario_impacts ADD COLUMN provenance TEXT NOT NULL DEFAULT 'default'
  CHECK (provenance IN ('default', 'edited', 'confirmed'));
ALTER TABLE scenario_impacts ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE scenario_impacts ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';

ALTER TABLE scenario_measures ADD COLUMN provenance TEXT NOT NULL DEFAULT 'default'
  CHECK (provenance IN ('default', 'edited', 'confirmed'));
ALTER TABLE scenario_measures ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE scenario_measures ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
-- NULL: the catalogue's lead agency (measures.lead_agency_*).
ALTER TABLE scenario_measures ADD COLUMN lead_agency_zh TEXT;
ALTER TABLE scenario_measures ADD COLUMN lead_agency_en TEXT;

ALTER TABLE scenario_constraints ADD COLUMN budget_provenance TEXT NOT NULL DEFAULT 'default'
  CHECK (budget_provenance IN ('default', 'edited', 'confirmed'));
ALTER TABLE scenario_constraints ADD COLUMN budget_set_by TEXT NOT NULL DEFAULT '';
ALTER TABLE scenario_constraints ADD COLUMN budget_set_at TEXT NOT NULL DEFAULT '';

CREATE TABLE scenario_analysis (
  scenario_id INTEGER PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,
  uncertainty TEXT NOT NULL DEFAULT 'around'
    CHECK (uncertainty IN ('around', 'ordinal', 'stakeholders', 'uniform')),
  -- 'around': each weight within ± width of the planner's (0.2 = ±20 %), then renormalised.
  width REAL NOT NULL DEFAULT 0.2 CHECK (width > 0 AND width <= 1),
  samples INTEGER NOT NULL DEFAULT 10000 CHECK (samples BETWEEN 100 AND 200000),
  seed INTEGER NOT NULL DEFAULT 2025 CHECK (seed BETWEEN 0 AND 4294967295),
  weights_confirmed_by TEXT NOT NULL DEFAULT '',
  weights_confirmed_at TEXT NOT NULL DEFAULT '',
  -- What produced the current weights, as the briefing states it: the method applied last, by
  -- whom and when, the AHP consistency ratio or ROC order it was applied with, and the causes
  -- adjusted directly since.
  weights_method TEXT NOT NULL DEFAULT 'default'
    CHECK (weights_method IN ('default', 'direct', 'roc', 'swing', 'ahp', 'stakeholders', 'severity')),
  weights_by TEXT NOT NULL DEFAULT '',
  weights_at TEXT NOT NULL DEFAULT '',
  weights_cr REAL,
  weights_order TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(weights_order)),
  weights_adjusted TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(weights_adjusted))
) STRICT;

UPDATE scenario_impacts SET provenance = 'edited' WHERE source = '';
UPDATE scenario_impacts SET
  changed_by = coalesce((SELECT e.user FROM edit_log e
    WHERE e.scenario_id = scenario_impacts.scenario_id AND e.entity = 'impact' AND e.undone = 0
      AND e.key = scenario_impacts.measure_id || '×' || scenario_impacts.cause_id
    ORDER BY e.id DESC LIMIT 1), ''),
  changed_at = coalesce((SELECT e.at FROM edit_log e
    WHERE e.scenario_id = scenario_impacts.scenario_id AND e.entity = 'impact' AND e.undone = 0
      AND e.key = scenario_impacts.measure_id || '×' || scenario_impacts.cause_id
    ORDER BY e.id DESC LIMIT 1), '')
  WHERE provenance = 'edited';

UPDATE scenario_measures SET provenance = 'edited' WHERE cost_is_illustrative = 0;
UPDATE scenario_measures SET
  changed_by = coalesce((SELECT e.user FROM edit_log e
    WHERE e.scenario_id = scenario_measures.scenario_id AND e.entity = 'measure_cost'
      AND e.undone = 0 AND e.key = scenario_measures.measure_id
    ORDER BY e.id DESC LIMIT 1), ''),
  changed_at = coalesce((SELECT e.at FROM edit_log e
    WHERE e.scenario_id = scenario_measures.scenario_id AND e.entity = 'measure_cost'
      AND e.undone = 0 AND e.key = scenario_measures.measure_id
    ORDER BY e.id DESC LIMIT 1), '')
  WHERE provenance = 'edited';

UPDATE scenario_constraints SET
  budget_set_by = coalesce((SELECT e.user FROM edit_log e
    WHERE e.scenario_id = scenario_constraints.scenario_id AND e.entity = 'constraints'
      AND e.undone = 0 AND json_extract(e.before, '$.budget') IS NOT json_extract(e.after, '$.budget')
    ORDER BY e.id DESC LIMIT 1), ''),
  budget_set_at = coalesce((SELECT e.at FROM edit_log e
    WHERE e.scenario_id = scenario_constraints.scenario_id AND e.entity = 'constraints'
      AND e.undone = 0 AND json_extract(e.before, '$.budget') IS NOT json_extract(e.after, '$.budget')
    ORDER BY e.id DESC LIMIT 1), '');
UPDATE scenario_constraints SET budget_provenance = 'edited' WHERE budget_set_at != '';
`;

interface EditRow {
  id: number;
  key: string;
  user: string;
  at: string;
}

const GROUP_SOURCES = new Set(['roc', 'swing', 'ahp', 'stakeholders', 'severity']);

/**
 * Records, for scenarios that existed before, what their live edit history says produced the
 * weights: the newest grouped weight edit (its key names the method) and direct edits after it.
 * The AHP CR of such a scenario is not known from the log and stays empty.
 */
function recordWeightingFromHistory(db: Database.Database): void {
  const scenarios = db.prepare('SELECT id FROM scenarios').all() as { id: number }[];
  const grouped = db.prepare(
    "SELECT id, key, user, at FROM edit_log WHERE scenario_id = ? AND entity = 'cause_weights' AND undone = 0 ORDER BY id DESC LIMIT 1",
  );
  const direct = db.prepare(
    "SELECT id, key, user, at FROM edit_log WHERE scenario_id = ? AND entity = 'cause_weight' AND undone = 0 AND id > ? ORDER BY id",
  );
  const rocOrder = db.prepare(
    'SELECT roc_order FROM scenario_weight_methods WHERE scenario_id = ?',
  );
  const write = db.prepare(
    `INSERT INTO scenario_analysis (scenario_id, weights_method, weights_by, weights_at, weights_order, weights_adjusted)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const { id } of scenarios) {
    const g = grouped.get(id) as EditRow | undefined;
    const d = direct.all(id, g?.id ?? 0) as EditRow[];
    const newest = d[d.length - 1] ?? g;
    if (!newest) continue;
    const method = g && GROUP_SOURCES.has(g.key) ? g.key : 'direct';
    const order =
      method === 'roc'
        ? ((rocOrder.get(id) as { roc_order: string } | undefined)?.roc_order ?? '[]')
        : '[]';
    const adjusted = g ? [...new Set(d.map((e) => e.key))].sort() : [];
    write.run(id, method, newest.user, newest.at, order, JSON.stringify(adjusted));
  }
}

export const migration0070: Migration = {
  version: 70,
  name: 'planner-inputs',
  up(db) {
    db.exec(SQL);
    recordWeightingFromHistory(db);
  },
};
