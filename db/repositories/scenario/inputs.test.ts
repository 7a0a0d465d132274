import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../contract/domain';
import { InvalidValueError } from '../../errors';
import { closeDatabase, databasePath, openDatabase } from '../../open';
import { tempDir } from '../../test-helpers';
import { listEdits } from '../edit-log.repo';
import { causeWeightsStep } from '../elicitation.repo';
import { globalRedo, globalUndo } from '../global-undo.repo';
import { setScenarioInputs, type InputPart } from './inputs';
import { analysisStep, constraintsStep, impactValuesStep, measureCostStep } from './write';
import { getScenario } from './read';

/** The composite 'scenario_inputs' edit on a real database file (reopened for the restart case). */

let t: ReturnType<typeof tempDir>;
let db: Database.Database;
let tick = 0;
const now = (): Date => new Date(Date.UTC(2026, 11, 2, 9, 0, tick++));
beforeEach(async () => {
  t = tempDir();
  db = (await openDatabase(databasePath(t.dir))).db;
  db.prepare("INSERT INTO settings (key, value) VALUES ('user', '李工')").run();
});
afterEach(() => {
  closeDatabase(db);
  t.cleanup();
});

const ID = 1;
/** What a composite edit touches, without updated_at (which every write and undo moves on). */
function inputs(s: Scenario = getScenario(db, ID)) {
  const { updatedAt: _updated, ...rest } = s;
  return rest;
}

function fiveParts(): InputPart[] {
  const s = getScenario(db, ID);
  return [
    { field: 'constraints', step: constraintsStep(db, ID, { ...s.constraints, budget: 200 }) },
    {
      field: 'costs.M1',
      step: measureCostStep(db, ID, 'M1', {
        costLow: 200,
        costLikely: 250,
        costHigh: 400,
        yearsToEffect: 6,
        leadAgencyZh: '省发改委',
        leadAgencyEn: 'Provincial DRC',
      }),
    },
    { field: 'impacts.M6.C7', step: impactValuesStep(db, ID, 'M6', 'C7', v(0.8)) },
    {
      field: 'weights',
      step: causeWeightsStep(
        db,
        ID,
        Object.fromEntries(s.causes.map((c, k) => [c.id, k + 1])),
        'roc',
        { order: ['C8', 'C7', 'C6', 'C5', 'C4', 'C3', 'C2', 'C1'] },
      ),
    },
    { field: 'uncertainty', step: analysisStep(db, ID, { uncertainty: 'ordinal' }) },
  ];
}

function v(x: number) {
  return { low: x, likely: x, high: x };
}

describe('setScenarioInputs: several inputs as one audited, undoable edit', () => {
  it('applies every part, logs ONE entry naming the parts, and one undo / redo reverts / re-applies all', () => {
    const original = inputs();
    const r = setScenarioInputs(db, ID, fiveParts(), { now });
    expect(r).toMatchObject({
      key: 'constraints+costs+impacts+weights+uncertainty',
      changed: ['constraints', 'costs.M1', 'impacts.M6.C7', 'weights', 'uncertainty'],
    });
    const s = getScenario(db, ID);
    expect(s.constraints.budget).toBe(200);
    expect(s.budgetProvenance).toMatchObject({ kind: 'edited', by: '李工' });
    expect(s.measures[0]).toMatchObject({ costLikely: 250, leadAgencyEn: 'Provincial DRC' });
    expect(s.impacts.find((c) => c.measureId === 'M6' && c.causeId === 'C7')).toMatchObject({
      likely: 0.8,
      provenance: { kind: 'edited', by: '李工' },
    });
    expect(s.weighting).toMatchObject({
      method: 'roc',
      rocOrder: ['C8', 'C7', 'C6', 'C5', 'C4', 'C3', 'C2', 'C1'],
    });
    expect(s.analysis.uncertainty).toBe('ordinal');
    const edited = inputs(s);

    const log = listEdits(db, { scenarioId: ID });
    expect(log).toHaveLength(1);
    const entry = log[0]!;
    expect(entry).toMatchObject({ entity: 'scenario_inputs', key: r!.key, user: '李工' });
    const after = entry.after as { edits: { entity: string; key: string }[] };
    const before = entry.before as { edits: { entity: string; key: string }[] };
    const keys = after.edits.map((e) => `${e.entity}:${e.key}`);
    expect(keys).toEqual([
      'constraints:1',
      'measure_cost:M1',
      'impact:M6×C7',
      'cause_weights:roc',
      'analysis:1',
    ]);
    // The before side lists the same sub-edits in reverse: undo reverts the last change first.
    expect(before.edits.map((e) => `${e.entity}:${e.key}`)).toEqual([...keys].reverse());

    expect(globalUndo(db)?.id).toBe(entry.id);
    expect(inputs()).toEqual(original);
    expect(globalRedo(db)?.id).toBe(entry.id);
    expect(inputs()).toEqual(edited);
  });

  it('is undone and redone by the global undo as one step, also after a restart', async () => {
    const original = inputs();
    setScenarioInputs(db, ID, fiveParts(), { now });
    const edited = inputs();
    closeDatabase(db);
    db = (await openDatabase(databasePath(t.dir))).db;
    expect(globalUndo(db)?.entity).toBe('scenario_inputs');
    expect(inputs()).toEqual(original);
    expect(globalRedo(db)?.entity).toBe('scenario_inputs');
    expect(inputs()).toEqual(edited);
  });

  it('stores nothing when a later part fails: no value, no log entry, no updated_at', () => {
    const original = getScenario(db, ID);
    const parts: InputPart[] = [
      ...fiveParts().slice(0, 3),
      {
        field: 'impacts.M1.C1',
        step: () => {
          throw new InvalidValueError('likely', 'bad');
        },
      },
    ];
    expect(() => setScenarioInputs(db, ID, parts, { now })).toThrow(
      /^impacts\.M1\.C1\.likely: bad/,
    );
    expect(getScenario(db, ID)).toEqual(original);
    expect(listEdits(db, { scenarioId: ID })).toHaveLength(0);
  });

  it('leaves out parts that change nothing, and logs nothing when none does', () => {
    const s = getScenario(db, ID);
    const cell = s.impacts.find((c) => c.measureId === 'M1' && c.causeId === 'C3')!;
    const same: InputPart[] = [
      { field: 'impacts.M1.C3', step: impactValuesStep(db, ID, 'M1', 'C3', cell) },
      { field: 'constraints', step: constraintsStep(db, ID, s.constraints) },
      { field: 'uncertainty', step: analysisStep(db, ID, { uncertainty: s.analysis.uncertainty }) },
    ];
    expect(setScenarioInputs(db, ID, same, { now })).toBeNull();
    expect(listEdits(db, { scenarioId: ID })).toHaveLength(0);
    expect(getScenario(db, ID).updatedAt).toBe(s.updatedAt);

    const r = setScenarioInputs(db, ID, [
      ...same,
      { field: 'uncertainty', step: analysisStep(db, ID, { width: 0.3 }) },
    ]);
    expect(r?.changed).toEqual(['uncertainty']);
    expect(r?.key).toBe('uncertainty');
  });
});
