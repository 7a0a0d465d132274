import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../../open';
import { seededMemoryDb, tempDir } from '../../test-helpers';
import { listEdits } from '../edit-log.repo';
import { globalRedo, globalUndo, globalUndoState } from '../global-undo.repo';
import { getScenario } from './read';
import { setCauseWeight, setImpact, setMeasureCost } from './write';
import { setSynergy } from './manage';

let db: Database.Database;
beforeEach(async () => {
  db = await seededMemoryDb();
});
afterEach(() => closeDatabase(db));

const weight = (id: number, cause: string): number | undefined =>
  getScenario(db, id).causes.find((c) => c.id === cause)?.weight;

const can = () => {
  const state = globalUndoState(db);
  return { canUndo: state.undo !== undefined, canRedo: state.redo !== undefined };
};

/** Undo and redo of scenario edits, read back from the edit log (global-undo.repo). */
describe('undo / redo of scenario edits', () => {
  it('undoes edits newest first and redoes them in order', () => {
    setCauseWeight(db, 1, 'C3', 2);
    setCauseWeight(db, 1, 'C3', 5);
    expect(can()).toEqual({ canUndo: true, canRedo: false });
    expect(globalUndo(db)?.after).toMatchObject({ weight: 5, weighting: { method: 'direct' } });
    expect(weight(1, 'C3')).toBe(2);
    expect(globalUndo(db)?.undone).toBe(true);
    expect(weight(1, 'C3')).toBe(1);
    // Nothing older than the seed: the baseline's history is empty.
    expect(globalUndo(db)).toBeUndefined();
    expect(can()).toEqual({ canUndo: false, canRedo: true });
    globalRedo(db);
    expect(weight(1, 'C3')).toBe(2);
    globalRedo(db);
    expect(weight(1, 'C3')).toBe(5);
    expect(globalRedo(db)).toBeUndefined();
  });

  it('a new edit after an undo ends the redo chain', () => {
    setCauseWeight(db, 1, 'C1', 2);
    globalUndo(db);
    setCauseWeight(db, 1, 'C2', 3);
    expect(can().canRedo).toBe(false);
    expect(globalRedo(db)).toBeUndefined();
    expect(weight(1, 'C1')).toBe(1);
  });

  it('restores impacts, the illustrative flag of costs, and removed synergies exactly', () => {
    const original = getScenario(db, 1);
    setImpact(db, 1, {
      measureId: 'M1',
      causeId: 'C3',
      low: 0,
      likely: 0.1,
      high: 0.2,
      rationaleZh: '改',
      rationaleEn: 'changed',
      source: '',
    });
    setMeasureCost(db, 1, 'M1', { costLow: 1, costLikely: 2, costHigh: 3, yearsToEffect: 1 });
    setSynergy(db, 1, 'M3', 'M2', 0.05);
    expect(getScenario(db, 1).synergies).toEqual([{ a: 'M2', b: 'M3', value: 0.05 }]);
    globalUndo(db);
    globalUndo(db);
    globalUndo(db);
    const restored = getScenario(db, 1);
    expect({ ...restored, updatedAt: '' }).toEqual({ ...original, updatedAt: '' });
  });

  it('survives a restart (the history is in the database)', async () => {
    const t = tempDir();
    try {
      const file = databasePath(t.dir);
      const first = await openDatabase(file);
      setCauseWeight(first.db, 1, 'C4', 4);
      closeDatabase(first.db);
      const second = await openDatabase(file);
      expect(globalUndo(second.db)?.key).toBe('C4');
      expect(getScenario(second.db, 1).causes.find((c) => c.id === 'C4')?.weight).toBe(1);
      expect(listEdits(second.db, { scenarioId: 1 })[0]?.undone).toBe(true);
      closeDatabase(second.db);
    } finally {
      t.cleanup();
    }
  });
});
