import type Database from 'better-sqlite3';

/** One recorded change: enough to undo it (before) and to audit it (who, when, what). */
export interface EditLogEntry {
  id: number;
  at: string;
  user: string;
  scenarioId: number | null;
  /** What was changed: 'cause_weight' | 'impact' | 'measure_cost' | 'constraints' | 'scenario' … */
  entity: string;
  /** Which row, e.g. "C3" or "M1×C3". */
  key: string;
  before: unknown;
  after: unknown;
  undone: boolean;
}

interface EditLogRow {
  id: number;
  at: string;
  user: string;
  scenario_id: number | null;
  entity: string;
  key: string;
  before: string | null;
  after: string | null;
  undone: number;
}

const FALLBACK_USER = 'local';

/** The name edits are attributed to: settings.user, set by the host from the OS account or the planner's choice. */
export function currentUser(db: Database.Database): string {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'user'").get() as
    { value: string } | undefined;
  return row?.value.trim() || FALLBACK_USER;
}

export interface AppendEdit {
  scenarioId: number | null;
  entity: string;
  key: string;
  before: unknown;
  after: unknown;
  at: string;
  /** A record that changes nothing (an export): what Ctrl+Shift+Z would redo stays redoable. */
  keepsRedo?: boolean;
}

/** settings key of the redo stack (edit ids, newest undo last); see global-undo.repo.ts. */
export const REDO_STACK_KEY = 'redo_stack';

export function writeRedoStack(db: Database.Database, ids: readonly number[]): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(REDO_STACK_KEY, JSON.stringify(ids));
}

/**
 * Appends within the caller's transaction (the change and its record commit together or not at
 * all). A fresh change ends the redo chain, as in every editor: what was undone before it can no
 * longer be redone on top of it.
 */
export function appendEdit(db: Database.Database, e: AppendEdit): number {
  const info = db
    .prepare(
      'INSERT INTO edit_log (at, user, scenario_id, entity, key, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(e.at, currentUser(db), e.scenarioId, e.entity, e.key, toJson(e.before), toJson(e.after));
  if (e.keepsRedo !== true) writeRedoStack(db, []);
  return Number(info.lastInsertRowid);
}

export interface ListEditsOptions {
  scenarioId?: number;
  /** Newest first; default 100. */
  limit?: number;
  includeUndone?: boolean;
}

export function listEdits(db: Database.Database, opts: ListEditsOptions = {}): EditLogEntry[] {
  const where: string[] = [];
  const params: (number | string)[] = [];
  if (opts.scenarioId !== undefined) {
    where.push('scenario_id = ?');
    params.push(opts.scenarioId);
  }
  if (opts.includeUndone === false) where.push('undone = 0');
  const sql = `SELECT * FROM edit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  params.push(Math.max(1, Math.min(opts.limit ?? 100, 10_000)));
  return (db.prepare(sql).all(...params) as EditLogRow[]).map(fromRow);
}

export function getEdit(db: Database.Database, id: number): EditLogEntry | undefined {
  const row = db.prepare('SELECT * FROM edit_log WHERE id = ?').get(id) as EditLogRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** The newest edit (optionally of one scenario, optionally only those not undone): what "undo" would revert. */
export function latestEdit(
  db: Database.Database,
  scenarioId?: number,
  opts: { includeUndone?: boolean } = {},
): EditLogEntry | undefined {
  return listEdits(db, {
    limit: 1,
    includeUndone: opts.includeUndone ?? false,
    ...(scenarioId === undefined ? {} : { scenarioId }),
  })[0];
}

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

function fromRow(r: EditLogRow): EditLogEntry {
  return {
    id: r.id,
    at: r.at,
    user: r.user,
    scenarioId: r.scenario_id,
    entity: r.entity,
    key: r.key,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    undone: r.undone === 1,
  };
}
