import type Database from 'better-sqlite3';
import type { Scenario } from '../../contract/domain';
import { NotFoundError } from '../errors';
import { readExtraRows, writeExtraRows, type ExtraRows } from '../project-file/extra-rows';
import { insertProjectScenario } from '../project-file/restore';
import { toProjectScenario } from '../project-file/format';
import { applyCauseLinkState, CAUSE_LINK_ENTITY, type CauseLinkState } from './cause-links.repo';
import {
  appendEdit,
  getEdit,
  REDO_STACK_KEY,
  writeRedoStack,
  type EditLogEntry,
} from './edit-log.repo';
import { applyGroupState, GROUP_ENTITY, type GroupState } from './groups.repo';
import {
  applyRegionSettings,
  REGION_SETTINGS_ENTITY,
  type RegionSettings,
} from './region-settings.repo';
import { readScenario, scenarioRow } from './scenario/read';
import { applyState, UNDOABLE, type EditState } from './scenario/state';
import type { WriteOptions } from './scenario/write-step';
import { writeTransaction } from '../write-transaction';

/**
 * Undo/redo across every scenario, as the planner experiences it: Ctrl+Z reverts the newest
 * change wherever it was made, including a change of region and a deleted scenario. It reads
 * the edit_log and replays its states with `applyState`, so it survives a restart. Creating a
 * scenario is not undone (the planner deletes it, which is undoable).
 */

export const REGION_ENTITY = 'scenario_region';
export const DELETE_ENTITY = 'scenario_deleted';

interface Row {
  id: number;
  scenario_id: number | null;
  entity: string;
  key: string;
  before: string | null;
  after: string | null;
}

/** What a delete logs: the whole scenario (to bring it back) and which history rows were its own. */
interface DeletedBefore extends Scenario {
  editIds?: number[];
  /** Rows of other per-scenario tables (elicitation settings, stakeholder sets …). */
  extraRows?: ExtraRows;
}

function isGlobalUndoable(row: Row): boolean {
  if (row.entity === DELETE_ENTITY) return row.before !== null;
  // Cause–indicator links belong to no scenario: they are logged without one and always undoable.
  if (row.entity === CAUSE_LINK_ENTITY) return true;
  // Groupings belong to no scenario: they are logged without one and always undoable.
  if (row.entity === GROUP_ENTITY) return true;
  // Edits of a deleted scenario (scenario_id NULL) wait until its delete is undone.
  return (
    row.scenario_id !== null &&
    (UNDOABLE.has(row.entity) ||
      row.entity === REGION_ENTITY ||
      row.entity === REGION_SETTINGS_ENTITY)
  );
}

const COLS = 'id, scenario_id, entity, key, before, after';

function nextUndo(db: Database.Database): Row | undefined {
  const rows = db
    .prepare(`SELECT ${COLS} FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 200`)
    .all() as Row[];
  return rows.find(isGlobalUndoable);
}

/** Databases written before the redo stack was kept: the undone edits newer than every live one. */
function legacyRedoChain(db: Database.Database): number[] {
  const rows = db
    .prepare(
      `SELECT ${COLS} FROM edit_log WHERE undone = 1
         AND id > coalesce((SELECT max(id) FROM edit_log WHERE undone = 0), 0)
       ORDER BY id ASC LIMIT 200`,
    )
    .all() as Row[];
  // The stack's top (its end) is redone first: the oldest of the chain.
  return rows
    .filter(isGlobalUndoable)
    .map((r) => r.id)
    .reverse();
}

/**
 * Edit ids in the order they were undone (the last one is redone first). Ctrl+Z pushes, Ctrl+Shift+Z
 * pops and any fresh edit empties it (edit-log.repo.ts), so redo replays exactly the undos since
 * the last change, in reverse — never an edit a later change has superseded.
 */
function readRedoStack(db: Database.Database): number[] {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(REDO_STACK_KEY) as
    { value: string } | undefined;
  if (!row) return legacyRedoChain(db);
  const ids = JSON.parse(row.value) as unknown;
  return Array.isArray(ids) ? ids.filter((x): x is number => Number.isInteger(x)) : [];
}

function nextRedo(db: Database.Database): Row | undefined {
  const stack = readRedoStack(db);
  const byId = db.prepare(`SELECT ${COLS} FROM edit_log WHERE id = ? AND undone = 1`);
  for (let k = stack.length - 1; k >= 0; k--) {
    const row = byId.get(stack[k]) as Row | undefined;
    if (row && isGlobalUndoable(row)) return row;
  }
  return undefined;
}

export interface GlobalUndoState {
  undo: EditLogEntry | undefined;
  redo: EditLogEntry | undefined;
}

export function globalUndoState(db: Database.Database): GlobalUndoState {
  const u = nextUndo(db);
  const r = nextRedo(db);
  return {
    undo: u ? getEdit(db, u.id) : undefined,
    redo: r ? getEdit(db, r.id) : undefined,
  };
}

function parse(json: string | null): unknown {
  return json === null ? null : (JSON.parse(json) as unknown);
}

function applySide(db: Database.Database, row: Row, side: 'before' | 'after', at: string): void {
  if (row.entity === DELETE_ENTITY) {
    if (side === 'before') restoreDeleted(db, row, at);
    else removeScenario(db, Number(row.key));
    return;
  }
  if (row.entity === CAUSE_LINK_ENTITY) {
    applyCauseLinkState(db, row.key, parse(row[side]) as CauseLinkState | null);
    return;
  }
  if (row.entity === GROUP_ENTITY) {
    applyGroupState(db, row.key, parse(row[side]) as GroupState | null);
    return;
  }
  const scenarioId = row.scenario_id;
  if (scenarioId === null) throw new NotFoundError('scenario', row.key);
  const state = parse(row[side]);
  if (row.entity === REGION_SETTINGS_ENTITY) {
    applyRegionSettings(db, scenarioId, state as RegionSettings);
  } else if (row.entity === REGION_ENTITY) {
    const { regionCode } = state as { regionCode: string };
    db.prepare('UPDATE scenarios SET region_code = ? WHERE id = ?').run(regionCode, scenarioId);
  } else {
    applyState(db, scenarioId, { entity: row.entity, key: row.key, state } as EditState);
  }
  db.prepare('UPDATE scenarios SET updated_at = ? WHERE id = ?').run(at, scenarioId);
}

function restoreDeleted(db: Database.Database, row: Row, at: string): void {
  const snapshot = parse(row.before) as DeletedBefore;
  const id = insertProjectScenario(db, toProjectScenario(snapshot), {
    id: snapshot.id,
    name: freeName(db, snapshot.name),
    at,
    field: 'snapshot',
  });
  writeExtraRows(db, id, snapshot.extraRows ?? {});
  // Re-attach the scenario's own history so its edits are undoable and audited under it again.
  const relink = db.prepare(
    'UPDATE edit_log SET scenario_id = ? WHERE id = ? AND scenario_id IS NULL',
  );
  for (const editId of snapshot.editIds ?? []) relink.run(id, editId);
  if (String(id) !== row.key)
    db.prepare('UPDATE edit_log SET key = ? WHERE id = ?').run(String(id), row.id);
  row.key = String(id);
}

/** A name not in use: the original, else "name (2)", "name (3)" … (another scenario may have taken it meanwhile). */
export function freeName(db: Database.Database, name: string): string {
  const taken = db.prepare('SELECT 1 FROM scenarios WHERE name = ?');
  if (!taken.get(name)) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name.slice(0, 190)} (${n})`;
    if (!taken.get(candidate)) return candidate;
  }
}

function removeScenario(db: Database.Database, id: number): void {
  scenarioRow(db, id);
  db.prepare('DELETE FROM scenarios WHERE id = ?').run(id);
}

function step(
  db: Database.Database,
  pick: () => Row | undefined,
  undo: boolean,
  now: Date,
): EditLogEntry | undefined {
  return writeTransaction(db, (): EditLogEntry | undefined => {
    const row = pick();
    if (!row) return undefined;
    const stack = readRedoStack(db);
    applySide(db, row, undo ? 'before' : 'after', now.toISOString());
    db.prepare('UPDATE edit_log SET undone = ? WHERE id = ?').run(undo ? 1 : 0, row.id);
    // Redo takes the newest entry that still applies; entries above it no longer do.
    writeRedoStack(db, undo ? [...stack, row.id] : stack.slice(0, stack.lastIndexOf(row.id)));
    return getEdit(db, row.id);
  });
}

/** Reverts the newest live undoable edit of any scenario; undefined when there is none. */
export function globalUndo(
  db: Database.Database,
  now: Date = new Date(),
): EditLogEntry | undefined {
  return step(db, () => nextUndo(db), true, now);
}

/** Re-applies the edit undone most recently since the last fresh change; undefined when there is none. */
export function globalRedo(
  db: Database.Database,
  now: Date = new Date(),
): EditLogEntry | undefined {
  return step(db, () => nextRedo(db), false, now);
}

/** Deletes a scenario, logging a snapshot so `globalUndo` can bring it back with its history. */
export function deleteScenarioUndoable(
  db: Database.Database,
  scenarioId: number,
  opts: WriteOptions = {},
): number {
  return writeTransaction(db, (): number => {
    const snapshot = readScenario(db, scenarioId);
    const editIds = (
      db.prepare('SELECT id FROM edit_log WHERE scenario_id = ?').all(scenarioId) as {
        id: number;
      }[]
    ).map((r) => r.id);
    const extraRows = readExtraRows(db, scenarioId);
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(scenarioId);
    const before: DeletedBefore = { ...snapshot, editIds, extraRows };
    return appendEdit(db, {
      scenarioId: null,
      entity: DELETE_ENTITY,
      key: String(scenarioId),
      before,
      after: null,
      at: (opts.now?.() ?? new Date()).toISOString(),
    });
  });
}
