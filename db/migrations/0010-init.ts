import type { Migration } from './types';

/**
 * Evidence (regions, sources, indicators, observations), the paper's causes and measures with
 * their defaults, and per-scenario copies of weights, costs, impacts and constraints.
 * STRICT tables + CHECKs so a bad write fails at the database, not later in the engine.
 */
const SQL = /* sql */ `
CREATE TABLE regions (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('province', 'national', 'aggregate')),
  is_northeast INTEGER NOT NULL DEFAULT 0 CHECK (is_northeast IN (0, 1)),
  sort INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  publisher_zh TEXT NOT NULL,
  publisher_en TEXT NOT NULL,
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2200),
  note_zh TEXT NOT NULL DEFAULT '',
  note_en TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE indicators (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  unit TEXT NOT NULL CHECK (length(unit) > 0),
  unit_en TEXT NOT NULL CHECK (length(unit_en) > 0),
  direction INTEGER NOT NULL CHECK (direction IN (-1, 1)),
  category TEXT NOT NULL,
  default_source_id TEXT REFERENCES sources (id),
  sort INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE observations (
  id INTEGER PRIMARY KEY,
  indicator_code TEXT NOT NULL REFERENCES indicators (code) ON DELETE CASCADE,
  region_code TEXT NOT NULL REFERENCES regions (code),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value REAL NOT NULL,
  -- The paper says "approximately", "nearly" or "less than" for some figures; keep that honesty.
  qualifier TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'approx', 'nearly', 'less_than')),
  source_id TEXT NOT NULL REFERENCES sources (id),
  note_zh TEXT NOT NULL DEFAULT '',
  note_en TEXT NOT NULL DEFAULT '',
  UNIQUE (indicator_code, region_code, year)
) STRICT;
CREATE INDEX observations_region ON observations (region_code, year);

CREATE TABLE causes (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  text_zh TEXT NOT NULL,
  text_en TEXT NOT NULL,
  paper_section TEXT NOT NULL,
  sort INTEGER NOT NULL,
  default_weight REAL NOT NULL DEFAULT 1 CHECK (default_weight >= 0)
) STRICT;

CREATE TABLE measures (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  text_zh TEXT NOT NULL,
  text_en TEXT NOT NULL,
  paper_section TEXT NOT NULL,
  lead_agency_zh TEXT NOT NULL,
  lead_agency_en TEXT NOT NULL,
  sort INTEGER NOT NULL,
  default_cost_low REAL NOT NULL,
  default_cost_likely REAL NOT NULL,
  default_cost_high REAL NOT NULL,
  cost_unit TEXT NOT NULL,
  default_years_to_effect REAL NOT NULL CHECK (default_years_to_effect >= 0),
  CHECK (0 <= default_cost_low AND default_cost_low <= default_cost_likely AND default_cost_likely <= default_cost_high)
) STRICT;

CREATE TABLE default_impacts (
  measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  cause_id TEXT NOT NULL REFERENCES causes (id) ON DELETE CASCADE,
  low REAL NOT NULL,
  likely REAL NOT NULL,
  high REAL NOT NULL,
  rationale_zh TEXT NOT NULL,
  rationale_en TEXT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (measure_id, cause_id),
  CHECK (-1 <= low AND low <= likely AND likely <= high AND high <= 1)
) STRICT;

-- Free-text notes about the shipped defaults (why weights are equal, why costs are illustrative …).
CREATE TABLE dataset_notes (
  key TEXT PRIMARY KEY,
  text_zh TEXT NOT NULL,
  text_en TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE scenarios (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  region_code TEXT NOT NULL REFERENCES regions (code),
  coverage_model TEXT NOT NULL DEFAULT 'saturating' CHECK (coverage_model IN ('saturating', 'additive')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE scenario_cause_weights (
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  cause_id TEXT NOT NULL REFERENCES causes (id),
  weight REAL NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (scenario_id, cause_id)
) STRICT;

CREATE TABLE scenario_measures (
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  measure_id TEXT NOT NULL REFERENCES measures (id),
  cost_low REAL NOT NULL,
  cost_likely REAL NOT NULL,
  cost_high REAL NOT NULL,
  cost_unit TEXT NOT NULL,
  years_to_effect REAL NOT NULL CHECK (years_to_effect >= 0),
  cost_is_illustrative INTEGER NOT NULL DEFAULT 1 CHECK (cost_is_illustrative IN (0, 1)),
  PRIMARY KEY (scenario_id, measure_id),
  CHECK (0 <= cost_low AND cost_low <= cost_likely AND cost_likely <= cost_high)
) STRICT;

CREATE TABLE scenario_impacts (
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  measure_id TEXT NOT NULL REFERENCES measures (id),
  cause_id TEXT NOT NULL REFERENCES causes (id),
  low REAL NOT NULL,
  likely REAL NOT NULL,
  high REAL NOT NULL,
  rationale_zh TEXT NOT NULL DEFAULT '',
  rationale_en TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (scenario_id, measure_id, cause_id),
  CHECK (-1 <= low AND low <= likely AND likely <= high AND high <= 1)
) STRICT;

CREATE TABLE scenario_synergies (
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  measure_a TEXT NOT NULL REFERENCES measures (id),
  measure_b TEXT NOT NULL REFERENCES measures (id),
  value REAL NOT NULL CHECK (value BETWEEN -1 AND 1),
  PRIMARY KEY (scenario_id, measure_a, measure_b),
  -- One row per unordered pair.
  CHECK (measure_a < measure_b)
) STRICT;

CREATE TABLE scenario_constraints (
  scenario_id INTEGER PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,
  budget REAL CHECK (budget IS NULL OR budget >= 0),
  max_measures INTEGER CHECK (max_measures IS NULL OR max_measures >= 1),
  required TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(required) AND json_type(required) = 'array'),
  excluded TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(excluded) AND json_type(excluded) = 'array'),
  requires TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(requires) AND json_type(requires) = 'array'),
  excludes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(excludes) AND json_type(excludes) = 'array')
) STRICT;
`;

export const migration0010: Migration = {
  version: 10,
  name: 'init',
  up(db) {
    db.exec(SQL);
  },
};
