/**
 * The history channels: global undo and redo (the reply says in words what was undone), the
 * audit trail, and the user name edits are attributed to.
 */
import type Database from 'better-sqlite3';
import { getEdit, type EditLogEntry } from '../../db/repositories/edit-log.repo';
import {
  DELETE_ENTITY,
  globalRedo,
  globalUndo,
  globalUndoState,
} from '../../db/repositories/global-undo.repo';
import { getUserName, setUserName } from '../../db/repositories/settings.repo';
import type { EditSummary, UndoState } from '../../contract/history';
import { nameBook, type NameBook } from './change-names';
import { describeEdit } from './edit-changes';
import type { ServiceHandler } from './types';

function scenarioName(db: Database.Database, e: EditLogEntry): string | null {
  if (e.scenarioId !== null) {
    const row = db.prepare('SELECT name FROM scenarios WHERE id = ?').get(e.scenarioId) as
      { name: string } | undefined;
    if (row) return row.name;
  }
  // A deleted scenario: its logged snapshot still has the name.
  const snapshot = e.entity === DELETE_ENTITY ? (e.before as { name?: unknown } | null) : null;
  return typeof snapshot?.name === 'string' ? snapshot.name.slice(0, 200) : null;
}

function summary(
  db: Database.Database,
  names: NameBook,
  e: EditLogEntry | undefined,
): EditSummary | null {
  if (!e) return null;
  return {
    id: e.id,
    at: e.at,
    user: e.user.slice(0, 200),
    scenarioId: e.scenarioId,
    scenarioName: scenarioName(db, e),
    entity: e.entity,
    key: e.key.slice(0, 200),
    subject: describeEdit(e, names).subject,
  };
}

function undoState(db: Database.Database): UndoState {
  const s = globalUndoState(db);
  const names = nameBook(db);
  return {
    canUndo: s.undo !== undefined,
    canRedo: s.redo !== undefined,
    undo: summary(db, names, s.undo),
    redo: summary(db, names, s.redo),
  };
}

export type HistoryChannel =
  'edits:undo' | 'edits:redo' | 'edits:state' | 'audit:list' | 'settings:get' | 'settings:set';

export function historyServices(db: Database.Database): {
  [K in HistoryChannel]: ServiceHandler<K>;
} {
  return {
    'edits:undo': () => {
      const done = globalUndo(db);
      return { done: summary(db, nameBook(db), done), state: undoState(db) };
    },
    'edits:redo': () => {
      const done = globalRedo(db);
      return { done: summary(db, nameBook(db), done), state: undoState(db) };
    },
    'edits:state': () => undoState(db),
    'audit:list': ({ offset, limit }) => {
      const { n } = db.prepare('SELECT count(*) AS n FROM edit_log').get() as { n: number };
      const ids = db
        .prepare('SELECT id FROM edit_log ORDER BY id DESC LIMIT ? OFFSET ?')
        .all(limit, offset) as { id: number }[];
      const names = nameBook(db);
      const entries = ids
        .map((r) => getEdit(db, r.id))
        .filter((e): e is EditLogEntry => e !== undefined)
        .map((e) => ({
          ...(summary(db, names, e) as EditSummary),
          changes: describeEdit(e, names).changes,
          undone: e.undone,
        }));
      return { total: n, entries };
    },
    'settings:get': () => ({ userName: getUserName(db) }),
    'settings:set': ({ userName }) => ({ userName: setUserName(db, userName) }),
  };
}
