import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../contract/domain';
import { InvalidValueError, NotFoundError } from '../../errors';
import { closeDatabase } from '../../open';
import { seededMemoryDb } from '../../test-helpers';
import { latestEdit, listEdits } from '../edit-log.repo';
import {
  createScenarioFromDefaults,
  setCauseWeight,
  setConstraints,
  setImpact,
  setMeasureCost,
} from './write';
import { getDefaultScenarioId, getScenario, getScenarioByName, listScenarios } from './read';

let db: Database.Database;
let tick = 0;
// A fixed, advancing clock so updated_at comparisons are deterministic.
const now = (): Date => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
beforeEach(async () => {
  db = await seededMemoryDb();
  db.prepare("INSERT INTO settings (key, value) VALUES ('user', '李工')").run();
});
afterEach(() => closeDatabase(db));

describe('reading scenarios', () => {
  it('returns the baseline in the exact contract shape', () => {
    expect(listScenarios(db)).toEqual([
      {
        id: 1,
        name: '东北地区基准情景 / Northeast baseline',
        regionCode: 'NE',
        updatedAt: expect.any(String),
      },
    ]);
    const s = getScenario(db, 1);
    expect(scenarioSchema.parse(s)).toEqual(s); // strictObject: no extra or missing fields
    expect(s.causes.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(s.measures[0]).toMatchObject({
      id: 'M1',
      costLikely: 300,
      costIsIllustrative: true,
      leadAgencyZh: '省发展改革委',
    });
    expect(s.impacts).toHaveLength(56);
    expect(getScenarioByName(db, s.name).id).toBe(1);
    expect(getDefaultScenarioId(db)).toBe(1);
  });

  it('throws NotFoundError for unknown ids and names', () => {
    expect(() => getScenario(db, 99)).toThrow(NotFoundError);
    expect(() => getScenarioByName(db, 'nope')).toThrow(NotFoundError);
  });
});

describe('creating scenarios', () => {
  it('copies the defaults, so editing one scenario leaves the defaults and other scenarios alone', () => {
    const s = createScenarioFromDefaults(db, '辽宁方案', 'CN-LN', { now });
    expect(s.regionCode).toBe('CN-LN');
    // The baseline's illustrative budget, marked as a default until the planner sets one.
    expect(s.budgetProvenance).toEqual({ kind: 'default', by: '', at: '' });
    expect(s.constraints).toEqual({
      budget: 400,
      maxMeasures: null,
      required: [],
      excluded: [],
      requires: [],
      excludes: [],
    });
    setCauseWeight(db, s.id, 'C4', 3, { now });
    expect(getScenario(db, s.id).causes.find((c) => c.id === 'C4')?.weight).toBe(3);
    expect(getScenario(db, 1).causes.find((c) => c.id === 'C4')?.weight).toBe(1);
    expect(db.prepare("SELECT default_weight FROM causes WHERE id = 'C4'").get()).toEqual({
      default_weight: 1,
    });
    expect(latestEdit(db, s.id, { includeUndone: true })?.entity).toBe('cause_weight');
  });

  it('refuses duplicate names and unknown regions', () => {
    expect(() =>
      createScenarioFromDefaults(db, '东北地区基准情景 / Northeast baseline', 'NE'),
    ).toThrow(InvalidValueError);
    expect(() => createScenarioFromDefaults(db, 'x', 'CN-ZZ')).toThrow(NotFoundError);
    expect(() => createScenarioFromDefaults(db, '  ', 'NE')).toThrow(InvalidValueError);
  });
});

describe('edits: saved at once, audited, undoable', () => {
  it('setCauseWeight logs before/after with the user and bumps updated_at', () => {
    const before = getScenario(db, 1).updatedAt;
    const r = setCauseWeight(db, 1, 'C3', 2.5, { now });
    expect(r.updatedAt).not.toBe(before);
    expect(getScenario(db, 1).updatedAt).toBe(r.updatedAt);
    expect(latestEdit(db, 1)).toEqual({
      id: r.editId,
      at: r.updatedAt,
      user: '李工',
      scenarioId: 1,
      entity: 'cause_weight',
      key: 'C3',
      // Eight causes at 1: the sum of all weights is logged so the audit can state shares.
      before: {
        weight: 1,
        total: 8,
        weighting: { method: 'default', by: '', at: '', cr: null, order: [], adjusted: [] },
      },
      after: {
        weight: 2.5,
        total: 9.5,
        weighting: {
          method: 'direct',
          by: '李工',
          at: r.updatedAt,
          cr: null,
          order: [],
          adjusted: [],
        },
      },
      undone: false,
    });
    expect(getScenario(db, 1).weighting).toEqual({
      provenance: { kind: 'edited', by: '李工', at: r.updatedAt },
      method: 'direct',
      ahpCr: null,
      rocOrder: [],
      adjustedAfter: [],
    });
  });

  it('setImpact replaces the cell and keeps the old one in the log', () => {
    const cell = {
      measureId: 'M5',
      causeId: 'C4',
      low: 0,
      likely: 0.15,
      high: 0.35,
      rationaleZh: '旅游业就业',
      rationaleEn: 'tourism jobs',
      source: '',
    };
    const r = setImpact(db, 1, cell, { now });
    const s = getScenario(db, 1);
    expect(s.impacts.find((c) => c.measureId === 'M5' && c.causeId === 'C4')).toEqual({
      ...cell,
      provenance: { kind: 'edited', by: '李工', at: r.updatedAt },
    });
    const edit = latestEdit(db, 1);
    expect(edit?.key).toBe('M5×C4');
    expect(edit?.before).toMatchObject({
      likely: 0,
      rationaleEn: 'The paper draws no link.',
      provenance: { kind: 'default' },
    });
    expect(() => setImpact(db, 1, { ...cell, low: 0.5 })).toThrow(InvalidValueError);
    expect(() => setImpact(db, 1, { ...cell, high: 1.5 })).toThrow(InvalidValueError);
    expect(() => setImpact(db, 1, { ...cell, measureId: 'M9' })).toThrow(NotFoundError);
  });

  it("setMeasureCost marks the cost as the planner's own", () => {
    setMeasureCost(
      db,
      1,
      'M2',
      { costLow: 10, costLikely: 20, costHigh: 40, yearsToEffect: 2 },
      { now },
    );
    const m = getScenario(db, 1).measures.find((x) => x.id === 'M2');
    expect(m).toMatchObject({
      costLow: 10,
      costLikely: 20,
      costHigh: 40,
      yearsToEffect: 2,
      costIsIllustrative: false,
      costUnit: '亿元 / 100 million CNY',
    });
    expect(latestEdit(db, 1)?.before).toMatchObject({ costLikely: 80, costIsIllustrative: true });
    expect(() =>
      setMeasureCost(db, 1, 'M2', { costLow: 30, costLikely: 20, costHigh: 40, yearsToEffect: 2 }),
    ).toThrow(InvalidValueError);
  });

  it('setConstraints round-trips and validates measure ids', () => {
    const c = {
      budget: 250,
      maxMeasures: 3,
      required: ['M3'],
      excluded: ['M5'],
      requires: [['M2', 'M1']] as [string, string][],
      excludes: [['M6', 'M7']] as [string, string][],
    };
    setConstraints(db, 1, c, { now });
    expect(getScenario(db, 1).constraints).toEqual(c);
    expect(latestEdit(db, 1)?.before).toMatchObject({ budget: 400, maxMeasures: null });
    expect(() => setConstraints(db, 1, { ...c, required: ['MX'] })).toThrow(/required\[0\]/);
    expect(() => setConstraints(db, 1, { ...c, budget: -1 })).toThrow(InvalidValueError);
  });

  it('a failed edit changes nothing and logs nothing', () => {
    const edits = listEdits(db).length;
    const updated = getScenario(db, 1).updatedAt;
    expect(() => setCauseWeight(db, 1, 'C99', 1)).toThrow(NotFoundError);
    expect(() => setCauseWeight(db, 42, 'C1', 1)).toThrow(NotFoundError);
    expect(() => setCauseWeight(db, 1, 'C1', Number.NaN)).toThrow(InvalidValueError);
    expect(listEdits(db)).toHaveLength(edits);
    expect(getScenario(db, 1).updatedAt).toBe(updated);
  });

  it('lists edits newest first, per scenario', () => {
    setCauseWeight(db, 1, 'C1', 2, { now });
    setCauseWeight(db, 1, 'C2', 3, { now });
    const other = createScenarioFromDefaults(db, 'B', 'CN-JL', { now });
    setCauseWeight(db, other.id, 'C1', 5, { now });
    expect(listEdits(db, { scenarioId: 1 }).map((e) => e.key)).toEqual(['C2', 'C1']);
    expect(listEdits(db, { scenarioId: other.id }).map((e) => e.entity)).toEqual([
      'cause_weight',
      'scenario',
    ]);
    expect(listEdits(db, { limit: 1 })[0]?.scenarioId).toBe(other.id);
  });
});
