import type { Migration } from './types';

/**
 * How a scenario's cause weights were elicited: the chosen method and its inputs (ROC ranking,
 * swing points, AHP judgement matrix), plus named stakeholder weight sets. The inputs are kept so
 * the planner can reopen the AHP matrix weeks later; the resulting weights live, as before, in
 * scenario_cause_weights (written through the audited path so undo works).
 */
const SQL = /* sql */ `
CREATE TABLE scenario_weight_methods (
  scenario_id INTEGER PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,
  method TEXT NOT NULL DEFAULT 'direct' CHECK (method IN ('direct', 'roc', 'swing', 'ahp')),
  -- JSON: cause ids, most important first.
  roc_order TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roc_order)),
  -- JSON: { causeId: points 0..100 }.
  swing_points TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(swing_points)),
  -- JSON: { causes: [ids], matrix: (number|null)[][] } (upper triangle is what the planner entered).
  ahp_matrix TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(ahp_matrix)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE scenario_stakeholders (
  id INTEGER PRIMARY KEY,
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  influence REAL NOT NULL DEFAULT 1 CHECK (influence >= 0),
  -- JSON: { causeId: raw weight ≥ 0 }.
  weights TEXT NOT NULL CHECK (json_valid(weights)),
  sort INTEGER NOT NULL DEFAULT 0,
  UNIQUE (scenario_id, name)
) STRICT;
CREATE INDEX scenario_stakeholders_scenario ON scenario_stakeholders (scenario_id, sort);
`;

export const migration0060: Migration = {
  version: 60,
  name: 'elicitation',
  up(db) {
    db.exec(SQL);
  },
};
