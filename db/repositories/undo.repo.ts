import type Database from 'better-sqlite3';
import { getEdit, type EditLogEntry } from './edit-log.repo';
import { scenarioRow } from './scenario-rows';
import { applyState, UNDOABLE, type EditState } from './scenario-state';
import { writeTransaction } from '../write-transaction';

/**
 * Undo/redo from the edit log, so it survives a restart. Undo reverts the newest live edit of a
 * scenario and marks it undone; redo re-applies the oldest undone edit newer than every live
 * one. A fresh edit therefore ends the redo chain, as in any editor. Creating a scenario is not
 * undoable (undo stops there).
 */

interface EditRow {
  id: number;
  entity: string;
  key: string;
  before: string | null;
  after: string | null;
}

function stateOf(row: EditRow, json: string | null): EditState {
  return {
    entity: row.entity,
    key: row.key,
    state: json === null ? null : JSON.parse(json),
  } as EditState;
}

function newestLive(db: Database.Database, scenarioId: number): EditRow | undefined {
  return db
    .prepare(
      'SELECT id, entity, key, before, after FROM edit_log WHERE scenario_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1',
    )
    .get(scenarioId) as EditRow | undefined;
}

function nextRedo(db: Database.Database, scenarioId: number): EditRow | undefined {
  return db
    .prepare(
      `SELECT id, entity, key, before, after FROM edit_log
       WHERE scenario_id = ? AND undone = 1
         AND id > coalesce((SELECT max(id) FROM edit_log WHERE scenario_id = ? AND undone = 0), 0)
       ORDER BY id ASC LIMIT 1`,
    )
    .get(scenarioId, scenarioId) as EditRow | undefined;
}

export function undoRedoState(
  db: Database.Database,
  scenarioId: number,
): { canUndo: boolean; canRedo: boolean } {
  const live = newestLive(db, scenarioId);
  return {
    canUndo: live !== undefined && UNDOABLE.has(live.entity),
    canRedo: nextRedo(db, scenarioId) !== undefined,
  };
}

/** Reverts the newest live edit; returns it (now marked undone) or undefined when there is nothing to undo. */
export function undoLatest(
  db: Database.Database,
  scenarioId: number,
  now: () => Date = () => new Date(),
): EditLogEntry | undefined {
  return writeTransaction(db, (): EditLogEntry | undefined => {
    scenarioRow(db, scenarioId);
    const row = newestLive(db, scenarioId);
    if (!row || !UNDOABLE.has(row.entity)) return undefined;
    applyState(db, scenarioId, stateOf(row, row.before));
    return finish(db, scenarioId, row.id, 1, now);
  });
}

/** Re-applies the edit undone most recently; undefined when the redo chain is empty. */
export function redoNext(
  db: Database.Database,
  scenarioId: number,
  now: () => Date = () => new Date(),
): EditLogEntry | undefined {
  return writeTransaction(db, (): EditLogEntry | undefined => {
    scenarioRow(db, scenarioId);
    const row = nextRedo(db, scenarioId);
    if (!row) return undefined;
    applyState(db, scenarioId, stateOf(row, row.after));
    return finish(db, scenarioId, row.id, 0, now);
  });
}

function finish(
  db: Database.Database,
  scenarioId: number,
  editId: number,
  undone: 0 | 1,
  now: () => Date,
): EditLogEntry | undefined {
  db.prepare('UPDATE edit_log SET undone = ? WHERE id = ?').run(undone, editId);
  db.prepare('UPDATE scenarios SET updated_at = ? WHERE id = ?').run(
    now().toISOString(),
    scenarioId,
  );
  return getEdit(db, editId);
}
