import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../open';
import { seededMemoryDb } from '../test-helpers';
import { writeRedoStack } from './edit-log.repo';
import { globalRedo, globalUndo, globalUndoState } from './global-undo.repo';
import { getScenario } from './scenario/read';
import { setCauseWeight } from './scenario/write';

let db: Database.Database;
beforeEach(async () => {
  db = await seededMemoryDb();
});
afterEach(() => closeDatabase(db));

const weight = (cause: string) => getScenario(db, 1).causes.find((c) => c.id === cause)?.weight;
const redoKey = () => globalUndoState(db).redo?.key;

describe('global undo and redo: the redo chain is the undos since the last change, in reverse', () => {
  it('a fresh edit after an undo ends the chain: undoing it and redoing redoes it, not the older one', () => {
    setCauseWeight(db, 1, 'C1', 5); // A
    globalUndo(db);
    setCauseWeight(db, 1, 'C2', 6); // B
    globalUndo(db);
    expect(redoKey()).toBe('C2');
    globalRedo(db);
    expect(weight('C2')).toBe(6);
    expect(weight('C1')).toBe(1);
    expect(globalUndoState(db).redo).toBeUndefined();
  });

  it('several undos redo in the reverse order they were undone', () => {
    setCauseWeight(db, 1, 'C1', 5);
    setCauseWeight(db, 1, 'C2', 6);
    globalUndo(db);
    globalUndo(db);
    expect(redoKey()).toBe('C1');
    globalRedo(db);
    expect(redoKey()).toBe('C2');
    globalRedo(db);
    expect([weight('C1'), weight('C2')]).toEqual([5, 6]);
  });

  it('an edit undone after a later change is redone first; the superseded one never', () => {
    setCauseWeight(db, 1, 'C1', 5); // A
    setCauseWeight(db, 1, 'C2', 6); // B
    globalUndo(db); // B
    setCauseWeight(db, 1, 'C3', 7); // C: B can no longer be redone
    globalUndo(db); // C
    globalUndo(db); // A
    expect(redoKey()).toBe('C1');
    globalRedo(db);
    expect(redoKey()).toBe('C3');
    globalRedo(db);
    expect(globalUndoState(db).redo).toBeUndefined();
    expect([weight('C1'), weight('C2'), weight('C3')]).toEqual([5, 1, 7]);
  });

  it('a database from before the stack was kept still redoes its undone chain', () => {
    setCauseWeight(db, 1, 'C1', 5);
    setCauseWeight(db, 1, 'C2', 6);
    globalUndo(db);
    globalUndo(db);
    db.prepare("DELETE FROM settings WHERE key = 'redo_stack'").run();
    expect(redoKey()).toBe('C1');
    globalRedo(db);
    expect(redoKey()).toBe('C2');
    writeRedoStack(db, []);
    expect(globalUndoState(db).redo).toBeUndefined();
  });
});
