/**
 * The workflow channels: scenario lifecycle, global undo/redo, audit, the user-name
 * setting, comparison and project files. Each write is one repository transaction with its
 * edit_log entry; the reply carries what the UI needs to say what happened.
 */
import type Database from 'better-sqlite3';
import { exportProject, importProject } from '../../db/project-file/project-io';
import { getEdit, type EditLogEntry } from '../../db/repositories/edit-log.repo';
import {
  DELETE_ENTITY,
  deleteScenarioUndoable,
  globalRedo,
  globalUndo,
  globalUndoState,
} from '../../db/repositories/global-undo.repo';
import { setScenarioRegion } from '../../db/repositories/scenario-manage.repo';
import {
  createScenarioFromDefaults,
  duplicateScenario,
  getScenario,
  renameScenario,
  setCoverageModel,
} from '../../db/repositories/scenarios.repo';
import { getUserName, setUserName } from '../../db/repositories/settings.repo';
import type { EditSummary, UndoState } from '../../contract/workflow';
import { nameBook, type NameBook } from './change-names';
import type { HostContext } from './context';
import { describeEdit } from './edit-changes';
import { compareScenarios } from './scenario-compare';
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

export type WorkflowChannel =
  | 'scenario:create'
  | 'scenario:duplicate'
  | 'scenario:rename'
  | 'scenario:delete'
  | 'scenario:setRegion'
  | 'scenario:setCoverageModel'
  | 'edits:undo'
  | 'edits:redo'
  | 'edits:state'
  | 'audit:list'
  | 'settings:get'
  | 'settings:set'
  | 'scenario:compare'
  | 'project:export'
  | 'project:import';

export function workflowServices(
  db: Database.Database,
  ctx: Pick<HostContext, 'version'>,
): { [K in WorkflowChannel]: ServiceHandler<K> } {
  return {
    'scenario:create': ({ name, regionCode }) => createScenarioFromDefaults(db, name, regionCode),
    'scenario:duplicate': ({ scenarioId, name }) => duplicateScenario(db, scenarioId, name),
    'scenario:rename': ({ scenarioId, name }) => {
      renameScenario(db, scenarioId, name);
      return getScenario(db, scenarioId);
    },
    'scenario:delete': ({ scenarioId }) => ({
      ok: true,
      editId: deleteScenarioUndoable(db, scenarioId),
    }),
    'scenario:setRegion': ({ scenarioId, regionCode }) => {
      setScenarioRegion(db, scenarioId, regionCode);
      return getScenario(db, scenarioId);
    },
    'scenario:setCoverageModel': ({ scenarioId, model }) => {
      setCoverageModel(db, scenarioId, model);
      return getScenario(db, scenarioId);
    },
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
    'scenario:compare': ({ ids }) =>
      compareScenarios(
        ids.map((id) => getScenario(db, id)),
        nameBook(db),
      ),
    'project:export': ({ scenarioIds }) =>
      exportProject(db, {
        appVersion: ctx.version,
        ...(scenarioIds === undefined ? {} : { scenarioIds }),
      }),
    'project:import': ({ text, onConflict }) => importProject(db, text, onConflict),
  };
}
