import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../open';
import { tempDir } from '../test-helpers';
import { listEdits } from './edit-log.repo';
import { applyCauseWeights } from './elicitation.repo';
import { globalRedo, globalUndo, globalUndoState } from './global-undo.repo';
import { getScenario } from './scenario/read';
import { setCauseWeight } from './scenario/write';

/** Grouped weight edits on a real database file, reopened to check the history outlives a restart. */

let t: ReturnType<typeof tempDir>;
let db: Database.Database;
beforeEach(async () => {
  t = tempDir();
  db = (await openDatabase(databasePath(t.dir))).db;
});
afterEach(() => {
  closeDatabase(db);
  t.cleanup();
});

const SCENARIO = 1;
const weights = (): Record<string, number> =>
  Object.fromEntries(getScenario(db, SCENARIO).causes.map((c) => [c.id, c.weight]));

/** Eight distinct weights, none equal to the seed's 1. */
const applied = (): Record<string, number> =>
  Object.fromEntries(Object.keys(weights()).map((id, k) => [id, (3 * (k + 2)) / 10]));

async function restart(): Promise<void> {
  closeDatabase(db);
  db = (await openDatabase(databasePath(t.dir))).db;
}

describe('applyCauseWeights: one grouped, undoable edit', () => {
  it('logs one edit for all eight weights; one undo restores them all, one redo re-applies them', () => {
    const before = weights();
    expect(Object.keys(before)).toHaveLength(8);
    const target = applied();

    expect(applyCauseWeights(db, SCENARIO, target, 'ahp')).toBe(8);
    expect(weights()).toEqual(target);
    const log = listEdits(db, { scenarioId: SCENARIO });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      entity: 'cause_weights',
      key: 'ahp',
      before: { weights: before },
      after: { weights: target },
    });

    expect(globalUndoState(db).undo).toMatchObject({ entity: 'cause_weights', key: 'ahp' });
    expect(globalUndo(db)?.entity).toBe('cause_weights');
    expect(weights()).toEqual(before);
    expect(globalRedo(db)?.undone).toBe(false);
    expect(weights()).toEqual(target);
  });

  it('keeps working across a restart ', async () => {
    const before = weights();
    const target = applied();
    applyCauseWeights(db, SCENARIO, target, 'roc');
    await restart();
    expect(globalUndo(db)?.key).toBe('roc');
    expect(weights()).toEqual(before);
    await restart();
    globalRedo(db);
    expect(weights()).toEqual(target);
    await restart();
    globalUndo(db);
    expect(weights()).toEqual(before);
  });

  it('logs only the weights that change, and nothing when none does', () => {
    setCauseWeight(db, SCENARIO, 'C2', 3);
    const target = { ...weights(), C1: 4 };
    expect(applyCauseWeights(db, SCENARIO, target, 'swing')).toBe(1);
    const [latest] = listEdits(db, { scenarioId: SCENARIO });
    expect(latest).toMatchObject({ before: { weights: { C1: 1 } }, after: { weights: { C1: 4 } } });
    expect(applyCauseWeights(db, SCENARIO, target, 'swing')).toBe(0);
    expect(listEdits(db, { scenarioId: SCENARIO })).toHaveLength(2);
    // The grouped edit undoes first, then the single one before it.
    globalUndo(db);
    expect(weights()).toMatchObject({ C1: 1, C2: 3 });
    globalUndo(db);
    expect(weights()).toMatchObject({ C1: 1, C2: 1 });
  });

  it('writes nothing when one cause is unknown or a weight is invalid', () => {
    const before = weights();
    expect(() => applyCauseWeights(db, SCENARIO, { ...applied(), C99: 1 }, 'ahp')).toThrow(/cause/);
    expect(() => applyCauseWeights(db, SCENARIO, { ...applied(), C1: -1 }, 'ahp')).toThrow(/非负/);
    expect(weights()).toEqual(before);
    expect(listEdits(db, { scenarioId: SCENARIO })).toHaveLength(0);
  });
});
