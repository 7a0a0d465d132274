import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidValueError, NotFoundError } from '../../errors';
import { closeDatabase } from '../../open';
import { seededMemoryDb } from '../../test-helpers';
import { latestEdit, listEdits } from '../edit-log.repo';
import {
  deleteScenario,
  duplicateScenario,
  renameScenario,
  setCoverageModel,
  setSynergy,
} from './manage';
import { getScenario, listScenarios } from './read';
import { setCauseWeight } from './write';

let db: Database.Database;
beforeEach(async () => {
  db = await seededMemoryDb();
});
afterEach(() => closeDatabase(db));

describe('scenario lifecycle', () => {
  it('duplicates every part of a scenario into an independent copy', () => {
    setCauseWeight(db, 1, 'C5', 3);
    setSynergy(db, 1, 'M4', 'M2', 0.1);
    const copy = duplicateScenario(db, 1, '副本 / copy');
    const src = getScenario(db, 1);
    expect({ ...copy, id: 0, name: '', updatedAt: '' }).toEqual({
      ...src,
      id: 0,
      name: '',
      updatedAt: '',
    });
    setCauseWeight(db, copy.id, 'C5', 0);
    expect(getScenario(db, 1).causes.find((c) => c.id === 'C5')?.weight).toBe(3);
    expect(latestEdit(db, copy.id, { includeUndone: true })?.entity).toBe('cause_weight');
    expect(() => duplicateScenario(db, 1, '副本 / copy')).toThrow(InvalidValueError);
  });

  it('renames with uniqueness and logs it', () => {
    renameScenario(db, 1, '  新名称  ');
    expect(getScenario(db, 1).name).toBe('新名称');
    expect(latestEdit(db, 1)?.before).toEqual({ name: '东北地区基准情景 / Northeast baseline' });
    renameScenario(db, 1, '新名称'); // renaming to its own name is allowed
    duplicateScenario(db, 1, 'other');
    expect(() => renameScenario(db, 1, 'other')).toThrow(InvalidValueError);
  });

  it('switches the coverage model and validates synergies', () => {
    setCoverageModel(db, 1, 'additive');
    expect(getScenario(db, 1).coverageModel).toBe('additive');
    expect(() => setSynergy(db, 1, 'M1', 'M1', 0.1)).toThrow(InvalidValueError);
    expect(() => setSynergy(db, 1, 'M1', 'M9', 0.1)).toThrow(NotFoundError);
    expect(() => setSynergy(db, 1, 'M1', 'M2', 2)).toThrow(InvalidValueError);
    setSynergy(db, 1, 'M2', 'M1', -0.05);
    setSynergy(db, 1, 'M1', 'M2', null);
    expect(getScenario(db, 1).synergies).toEqual([]);
    expect(latestEdit(db, 1)).toMatchObject({
      key: 'M1|M2',
      before: { value: -0.05 },
      after: null,
    });
  });

  it('deletes a scenario but keeps its audit trail', () => {
    const copy = duplicateScenario(db, 1, 'temp');
    setCauseWeight(db, copy.id, 'C1', 2);
    deleteScenario(db, copy.id);
    expect(listScenarios(db).map((s) => s.id)).toEqual([1]);
    expect(() => getScenario(db, copy.id)).toThrow(NotFoundError);
    const trail = listEdits(db, { limit: 3 });
    expect(trail[0]).toMatchObject({
      entity: 'scenario_deleted',
      key: String(copy.id),
      scenarioId: null,
    });
    expect(trail[1]).toMatchObject({ entity: 'cause_weight', scenarioId: null });
    expect(
      db.prepare('SELECT count(*) AS n FROM scenario_impacts WHERE scenario_id = ?').get(copy.id),
    ).toEqual({ n: 0 });
  });
});
