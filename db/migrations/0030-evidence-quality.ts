import type { Migration } from './types';

/**
 * Data-quality flags (the paper's figures are kept as printed; doubts are recorded beside them),
 * region-name aliases for the importer, and cause→indicator links for the severity feature.
 * Observations gain an import_id so an import can be traced and undone.
 */
const SQL = /* sql */ `
CREATE TABLE data_quality_flags (
  id INTEGER PRIMARY KEY,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('info', 'warning')),
  -- Null when the flag concerns something that is not a single observation (a missing row, a figure without numbers).
  observation_id INTEGER REFERENCES observations (id) ON DELETE CASCADE,
  indicator_code TEXT REFERENCES indicators (code) ON DELETE CASCADE,
  region_code TEXT REFERENCES regions (code),
  year INTEGER,
  message_zh TEXT NOT NULL,
  message_en TEXT NOT NULL
) STRICT;
CREATE INDEX data_quality_flags_observation ON data_quality_flags (observation_id);

CREATE TABLE region_aliases (
  alias TEXT PRIMARY KEY COLLATE NOCASE,
  region_code TEXT NOT NULL REFERENCES regions (code) ON DELETE CASCADE
) STRICT;

CREATE TABLE cause_indicator_links (
  cause_id TEXT NOT NULL REFERENCES causes (id) ON DELETE CASCADE,
  indicator_code TEXT NOT NULL REFERENCES indicators (code) ON DELETE CASCADE,
  -- +1: a higher indicator value makes the cause less severe; -1: more severe.
  direction INTEGER NOT NULL CHECK (direction IN (-1, 1)),
  reference TEXT NOT NULL DEFAULT 'national' CHECK (reference IN ('national', 'best')),
  note_zh TEXT NOT NULL DEFAULT '',
  note_en TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (cause_id, indicator_code)
) STRICT;

ALTER TABLE observations ADD COLUMN import_id INTEGER REFERENCES import_log (id);
`;

export const migration0030: Migration = {
  version: 30,
  name: 'evidence-quality',
  up(db) {
    db.exec(SQL);
  },
};
