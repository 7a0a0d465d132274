import type Database from 'better-sqlite3';
import { appendEdit, currentUser } from '../edit-log.repo';
import { scenarioRow } from './read';
import type { StateChange } from './state';
import { writeTransaction } from '../../write-transaction';

/** The shared write path of every scenario edit: change + edit_log entry + updated_at, one transaction. */

export interface WriteOptions {
  /** false only for the seed: the shipped baseline has no history to undo. */
  audit?: boolean;
  /** Injected clock (tests). */
  now?: () => Date;
}

export interface EditResult {
  /** The edit_log id, or null when not audited. */
  editId: number | null;
  updatedAt: string;
}

export interface Change {
  entity: string;
  key: string;
  before: unknown;
  after: unknown;
}

/** Who makes an edit and when: the same time stamps the change, its provenance and its log entry. */
export interface WriteContext {
  at: string;
  user: string;
}

/** Runs `apply` with its audit entry and the updated_at bump in one transaction. */
export function write(
  db: Database.Database,
  scenarioId: number,
  opts: WriteOptions,
  apply: (ctx: WriteContext) => Change,
): EditResult {
  return writeTransaction(db, (): EditResult => {
    scenarioRow(db, scenarioId); // NotFoundError before any change
    const at = stamp(opts);
    const change = apply({ at, user: currentUser(db) });
    db.prepare('UPDATE scenarios SET updated_at = ? WHERE id = ?').run(at, scenarioId);
    const editId = opts.audit === false ? null : appendEdit(db, { scenarioId, ...change, at });
    return { editId, updatedAt: at };
  });
}

/**
 * One validated edit, made inside the caller's transaction: applies its change and returns it
 * for the log, or null when it would change nothing. Composite edits run several in one entry.
 */
export type EditStep = (ctx: WriteContext) => StateChange | null;

/** Like `write`, but a step that changes nothing logs nothing and leaves updated_at alone. */
export function writeIfChanged(
  db: Database.Database,
  scenarioId: number,
  opts: WriteOptions,
  step: (ctx: WriteContext) => Change | null,
): EditResult | null {
  return writeTransaction(db, (): EditResult | null => {
    scenarioRow(db, scenarioId);
    const at = stamp(opts);
    const change = step({ at, user: currentUser(db) });
    if (change === null) return null;
    db.prepare('UPDATE scenarios SET updated_at = ? WHERE id = ?').run(at, scenarioId);
    const editId = opts.audit === false ? null : appendEdit(db, { scenarioId, ...change, at });
    return { editId, updatedAt: at };
  });
}

/** The log entry of a new scenario (created or copied): undoing it deletes the scenario. */
export function logCreated(
  db: Database.Database,
  id: number,
  after: { name: string; regionCode: string; duplicatedFrom?: number },
  at: string,
  opts: WriteOptions,
): void {
  if (opts.audit === false) return;
  appendEdit(db, { scenarioId: id, entity: 'scenario', key: String(id), before: null, after, at });
}

export function stamp(opts: WriteOptions): string {
  return (opts.now?.() ?? new Date()).toISOString();
}
