import type { Migration } from './types';

/**
 * The edit log (undo/redo that survives a restart, and the audit trail of who changed what)
 * and the import log (what the CSV/XLSX importer committed, so an import can be undone).
 */
const SQL = /* sql */ `
CREATE TABLE edit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  -- SET NULL keeps the audit trail when a scenario is deleted.
  scenario_id INTEGER REFERENCES scenarios (id) ON DELETE SET NULL,
  entity TEXT NOT NULL,
  key TEXT NOT NULL,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;
CREATE INDEX edit_log_scenario ON edit_log (scenario_id, id);

CREATE TABLE import_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  rows_total INTEGER NOT NULL CHECK (rows_total >= 0),
  rows_inserted INTEGER NOT NULL CHECK (rows_inserted >= 0),
  rows_updated INTEGER NOT NULL CHECK (rows_updated >= 0),
  -- The observations this import replaced, as JSON, so undo can restore them.
  replaced TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(replaced)),
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;
`;

export const migration0020: Migration = {
  version: 20,
  name: 'audit',
  up(db) {
    db.exec(SQL);
  },
};
