import type Database from 'better-sqlite3';

/**
 * Per-scenario tables beyond the core inputs (e.g. weight-elicitation settings and stakeholder
 * sets from later migrations). Found from the schema rather than listed, so undoing a delete
 * brings back tables added by features written after this one.
 */

/** Written by restore.ts itself, or history that must not be copied. */
const HANDLED = new Set([
  'scenarios',
  'scenario_cause_weights',
  'scenario_measures',
  'scenario_impacts',
  'scenario_synergies',
  'scenario_constraints',
  'scenario_analysis',
  'edit_log',
]);

type Row = Record<string, unknown>;
export type ExtraRows = Record<string, Row[]>;

function scenarioTables(db: Database.Database): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return tables
    .map((t) => t.name)
    .filter((name) => !HANDLED.has(name))
    .filter((name) =>
      (
        db.prepare(`PRAGMA table_info("${name.replaceAll('"', '""')}")`).all() as { name: string }[]
      ).some((c) => c.name === 'scenario_id'),
    );
}

export function readExtraRows(db: Database.Database, scenarioId: number): ExtraRows {
  const out: ExtraRows = {};
  for (const table of scenarioTables(db)) {
    const rows = db
      .prepare(`SELECT * FROM "${table}" WHERE scenario_id = ?`)
      .all(scenarioId) as Row[];
    if (rows.length > 0) out[table] = rows;
  }
  return out;
}

/** Re-inserts captured rows under `scenarioId`; tables that no longer exist are skipped. */
export function writeExtraRows(db: Database.Database, scenarioId: number, extra: ExtraRows): void {
  const present = new Set(scenarioTables(db));
  for (const [table, rows] of Object.entries(extra)) {
    if (!present.has(table)) continue;
    for (const row of rows) {
      const cols = Object.keys(row);
      const values = cols.map((c) => (c === 'scenario_id' ? scenarioId : row[c]));
      const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
      db.prepare(sql).run(...values);
    }
  }
}
