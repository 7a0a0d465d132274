import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../contract/channels';
import type { ElicitationSettingsView } from '../../contract/elicitation';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
let scenarioId: number;
let causeIds: string[];
beforeAll(async () => {
  t = await openTempServices();
  const list = await t.services['scenario:list']({});
  scenarioId = list[0]!.id;
  causeIds = (await t.services['scenario:get']({ scenarioId })).causes.map((c) => c.id);
});
afterAll(() => t.cleanup());

const weightsOf = async (): Promise<Record<string, number>> =>
  Object.fromEntries(
    (await t.services['scenario:get']({ scenarioId })).causes.map((c) => [c.id, c.weight]),
  );

/** A consistent 8×8 matrix from weights w (a_ij = w_i / w_j), with one judgement overridden. */
function matrix(w: number[], override?: [number, number, number]): (number | null)[][] {
  return w.map((wi, i) =>
    w.map((wj, j) => {
      if (override && i === override[0] && j === override[1]) return override[2];
      if (override && j === override[0] && i === override[1]) return 1 / override[2];
      return wi / wj;
    }),
  );
}

describe('elicitation channels', () => {
  it('starts with the direct method, no stakeholders and no aggregate', async () => {
    const s = await t.services['elicitation:get']({ scenarioId });
    expect(s).toEqual({
      settings: { method: 'direct', rocOrder: [], swingPoints: {}, ahp: null },
      stakeholders: [],
      aggregate: null,
    });
    expect(channels['elicitation:get'].response.safeParse(s).success).toBe(true);
  });

  it('ROC: writes rank-order-centroid weights as one edit, and one undo reverts them all', async () => {
    const before = await weightsOf();
    const order = [...causeIds].reverse();
    const settings: ElicitationSettingsView = {
      method: 'roc',
      rocOrder: order,
      swingPoints: {},
      ahp: null,
    };
    const r = await t.services['elicitation:apply']({ scenarioId, settings });
    // n = 8: first rank gets (1/8)(1 + 1/2 + … + 1/8) = 0.33973
    expect(r.weights[order[0]!]).toBeCloseTo(0.33973, 4);
    expect(r.weights[order[7]!]).toBeCloseTo(1 / 64, 6);
    const after = await weightsOf();
    // Written as raw weights with mean 1 (shares × 8).
    expect(after[order[0]!]).toBeCloseTo(0.33973 * 8, 3);
    expect(r.edits).toBeGreaterThan(0);
    expect(r.state.settings.rocOrder).toEqual(order);
    expect(r.edits).toBe(8);
    const undo = await t.services['edits:undo']({});
    expect(undo.done).toMatchObject({ entity: 'cause_weights', key: 'roc', scenarioId });
    expect(await weightsOf()).toEqual(before);
  });

  it('swing: the 100-point anchor gets the largest share', async () => {
    const swingPoints = Object.fromEntries(causeIds.map((id, k) => [id, k === 2 ? 100 : 50]));
    const r = await t.services['elicitation:apply']({
      scenarioId,
      settings: { method: 'swing', rocOrder: [], swingPoints, ahp: null },
    });
    expect(r.weights[causeIds[2]!]).toBeCloseTo(100 / 450, 6);
    expect((await weightsOf())[causeIds[2]!]).toBeCloseTo((100 / 450) * 8, 5);
  });

  it('AHP: a consistent matrix reproduces its weights; a re-apply logs no edits', async () => {
    const w = [8, 7, 6, 5, 4, 3, 2, 1];
    const ahp = { causes: causeIds, matrix: matrix(w) };
    const settings: ElicitationSettingsView = { method: 'ahp', rocOrder: [], swingPoints: {}, ahp };
    const r = await t.services['elicitation:apply']({ scenarioId, settings });
    expect(r.weights[causeIds[0]!]).toBeCloseTo(8 / 36, 5);
    expect(r.state.settings.ahp?.matrix[0]?.[7]).toBe(8);
    const again = await t.services['elicitation:apply']({ scenarioId, settings });
    expect(again.edits).toBe(0);
  });

  it('AHP: apply, one undo restores all eight weights, one redo re-applies them; one audit line', async () => {
    const before = await weightsOf();
    const w = [1, 2, 3, 4, 5, 6, 7, 8];
    const settings: ElicitationSettingsView = {
      method: 'ahp',
      rocOrder: [],
      swingPoints: {},
      ahp: { causes: causeIds, matrix: matrix(w) },
    };
    const auditBefore = (await t.services['audit:list']({ offset: 0, limit: 5 })).total;
    const r = await t.services['elicitation:apply']({ scenarioId, settings });
    expect(r.edits).toBe(8);
    const applied = await weightsOf();
    causeIds.forEach((id, k) => expect(applied[id]).toBeCloseTo((w[k]! / 36) * 8, 5));
    const audit = await t.services['audit:list']({ offset: 0, limit: 5 });
    expect(audit.total).toBe(auditBefore + 1);
    expect(audit.entries[0]).toMatchObject({ entity: 'cause_weights', key: 'ahp' });

    const state = await t.services['edits:state']({});
    expect(state.undo).toMatchObject({ entity: 'cause_weights', key: 'ahp' });
    await t.services['edits:undo']({});
    expect(await weightsOf()).toEqual(before);
    const redo = await t.services['edits:redo']({});
    expect(redo.done).toMatchObject({ entity: 'cause_weights', key: 'ahp' });
    expect(await weightsOf()).toEqual(applied);
  });

  it('AHP: refuses a matrix whose causes are not the scenario’s and changes nothing', async () => {
    const before = await weightsOf();
    const bad = {
      causes: causeIds.slice(0, 7).concat(causeIds[0]!),
      matrix: matrix([1, 1, 1, 1, 1, 1, 1, 1]),
    };
    await expect(
      Promise.resolve().then(() =>
        t.services['elicitation:apply']({
          scenarioId,
          settings: { method: 'ahp', rocOrder: [], swingPoints: {}, ahp: bad },
        }),
      ),
    ).rejects.toThrow(/every cause/);
    expect(await weightsOf()).toEqual(before);
  });

  it('stakeholders: aggregate is the influence-weighted mean with min–max per cause; use it', async () => {
    const one = Object.fromEntries(causeIds.map((id, k) => [id, k === 0 ? 1 : 0]));
    const even = Object.fromEntries(causeIds.map((id) => [id, 1]));
    await t.services['elicitation:saveStakeholder']({
      scenarioId,
      name: '省级部门',
      influence: 1,
      weights: one,
    });
    const s = await t.services['elicitation:saveStakeholder']({
      scenarioId,
      name: '高校',
      influence: 3,
      weights: even,
    });
    expect(s.stakeholders.map((x) => x.name)).toEqual(['省级部门', '高校']);
    const first = s.aggregate!.find((a) => a.causeId === causeIds[0])!;
    expect(first.aggregate).toBeCloseTo((1 * 1 + 3 * 0.125) / 4, 9);
    expect(first).toMatchObject({ min: 0.125, max: 1 });
    expect(first.spread).toBeCloseTo(0.875, 9);
    await expect(
      Promise.resolve().then(() =>
        t.services['elicitation:saveStakeholder']({
          scenarioId,
          name: '高校',
          influence: 1,
          weights: even,
        }),
      ),
    ).rejects.toThrow(/exists/);
    const used = await t.services['elicitation:useAggregate']({ scenarioId });
    expect((await weightsOf())[causeIds[0]!]).toBeCloseTo(first.aggregate * 8, 5);
    expect(used.edits).toBeGreaterThan(0);
    expect((await t.services['edits:state']({})).undo).toMatchObject({
      entity: 'cause_weights',
      key: 'stakeholders',
    });
    const left = await t.services['elicitation:deleteStakeholder']({
      scenarioId,
      id: s.stakeholders[0]!.id,
    });
    expect(left.stakeholders.map((x) => x.name)).toEqual(['高校']);
  });

  it('setWeights (severity fold): one edit named after its source; refuses a partial set', async () => {
    const before = await weightsOf();
    const folded = Object.fromEntries(causeIds.map((id, k) => [id, 0.5 + k / 4]));
    const r = await t.services['elicitation:setWeights']({
      scenarioId,
      weights: folded,
      source: 'severity',
    });
    expect(r.weights).toEqual(folded);
    expect((await t.services['edits:state']({})).undo).toMatchObject({
      entity: 'cause_weights',
      key: 'severity',
    });
    await t.services['edits:undo']({});
    expect(await weightsOf()).toEqual(before);
    await expect(
      Promise.resolve().then(() =>
        t.services['elicitation:setWeights']({
          scenarioId,
          weights: { [causeIds[0]!]: 2 },
          source: 'severity',
        }),
      ),
    ).rejects.toThrow(/every cause/);
    expect(await weightsOf()).toEqual(before);
  });
});
