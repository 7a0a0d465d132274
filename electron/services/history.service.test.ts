import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../contract/domain';
import { getElicitation, saveElicitation } from '../../db/repositories/elicitation.repo';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeEach(async () => {
  t = await openTempServices();
});
afterEach(() => t.cleanup());

const weight = (s: Scenario, causeId: string): number =>
  s.causes.find((c) => c.id === causeId)!.weight;
const names = async (): Promise<string[]> =>
  (await t.services['scenario:list']({})).map((s) => s.name);
const audit = () => t.services['audit:list']({ offset: 0, limit: 50 });

describe('settings and audit', () => {
  it('attributes edits to the user name set in settings', async () => {
    await t.services['settings:set']({ userName: '  王规划  ' });
    expect(await t.services['settings:get']({})).toEqual({ userName: '王规划' });
    await t.services['scenario:setCauseWeight']({ scenarioId: 1, causeId: 'C3', weight: 7 });
    const { total, entries } = await audit();
    expect(total).toBeGreaterThan(0);
    expect(entries[0]).toMatchObject({
      user: '王规划',
      entity: 'cause_weight',
      key: 'C3',
      subject: { zh: expect.stringMatching(/^C3 \S/), en: expect.stringMatching(/^C3 \S/) },
      undone: false,
    });
    // Eight causes at 1 each; C3 to 7: its share goes from 1/8 to 7/14.
    expect(entries[0]!.changes).toEqual([
      {
        field: 'weightShare',
        subject: entries[0]!.subject,
        before: { kind: 'share', share: 0.125 },
        after: { kind: 'share', share: 0.5 },
      },
    ]);
    expect(entries[0]!.scenarioName).not.toBeNull();
  });

  it('pages the audit trail newest first', async () => {
    for (const w of [2, 3, 4]) {
      await t.services['scenario:setCauseWeight']({ scenarioId: 1, causeId: 'C1', weight: w });
    }
    const first = await t.services['audit:list']({ offset: 0, limit: 2 });
    const second = await t.services['audit:list']({ offset: 2, limit: 2 });
    const shareAfter = (e: (typeof first.entries)[number]) => {
      const after = e.changes[0]?.after;
      return after?.kind === 'share' ? Math.round(after.share * 1000) / 1000 : null;
    };
    // C1 = 4, 3, 2 against seven other weights of 1.
    expect(first.entries.map(shareAfter)).toEqual([0.364, 0.3]);
    expect(shareAfter(second.entries[0]!)).toBe(0.222);
  });
});

describe('global undo and redo', () => {
  it('undoes the newest edit across scenarios, then redoes in order', async () => {
    const b = await t.services['scenario:create']({ name: 'B', regionCode: 'CN-JL' });
    const a0 = weight(await t.services['scenario:get']({ scenarioId: 1 }), 'C2');
    await t.services['scenario:setCauseWeight']({ scenarioId: 1, causeId: 'C2', weight: 9 });
    await t.services['scenario:setRegion']({ scenarioId: b.id, regionCode: 'CN-HL' });

    const u1 = await t.services['edits:undo']({});
    expect(u1.done).toMatchObject({
      entity: 'scenario_region',
      scenarioId: b.id,
      scenarioName: 'B',
    });
    expect((await t.services['scenario:get']({ scenarioId: b.id })).regionCode).toBe('CN-JL');
    const u2 = await t.services['edits:undo']({});
    expect(u2.done).toMatchObject({ entity: 'cause_weight', key: 'C2', scenarioId: 1 });
    expect(weight(await t.services['scenario:get']({ scenarioId: 1 }), 'C2')).toBe(a0);
    expect(u2.state.redo).toMatchObject({ entity: 'cause_weight', key: 'C2' });

    const r1 = await t.services['edits:redo']({});
    expect(r1.done?.entity).toBe('cause_weight');
    expect(weight(await t.services['scenario:get']({ scenarioId: 1 }), 'C2')).toBe(9);
    await t.services['edits:redo']({});
    expect((await t.services['scenario:get']({ scenarioId: b.id })).regionCode).toBe('CN-HL');
    expect((await t.services['edits:redo']({})).done).toBeNull();
  });

  it('a fresh edit ends the redo chain', async () => {
    await t.services['scenario:setCauseWeight']({ scenarioId: 1, causeId: 'C4', weight: 5 });
    await t.services['edits:undo']({});
    expect((await t.services['edits:state']({})).canRedo).toBe(true);
    await t.services['scenario:setCauseWeight']({ scenarioId: 1, causeId: 'C5', weight: 6 });
    expect((await t.services['edits:state']({})).canRedo).toBe(false);
  });

  it('undo of a delete brings the scenario back with its id, inputs and history', async () => {
    const copy = await t.services['scenario:duplicate']({ scenarioId: 1, name: 'Copy' });
    await t.services['scenario:setCauseWeight']({ scenarioId: copy.id, causeId: 'C6', weight: 8 });
    const method = { method: 'roc' as const, rocOrder: ['C6', 'C1'], swingPoints: {}, ahp: null };
    saveElicitation(t.db, copy.id, method);
    const before = await t.services['scenario:get']({ scenarioId: copy.id });
    await t.services['scenario:delete']({ scenarioId: copy.id });
    expect(await names()).not.toContain('Copy');

    const undone = await t.services['edits:undo']({});
    expect(undone.done).toMatchObject({ entity: 'scenario_deleted', scenarioName: 'Copy' });
    const restored = await t.services['scenario:get']({ scenarioId: copy.id });
    expect({ ...restored, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    // Tables added by other features (here: the weight-elicitation method) come back too.
    expect(getElicitation(t.db, copy.id)).toEqual(method);
    // The weight edit made before the delete is this scenario's again, so the next undo reverts it.
    const next = await t.services['edits:undo']({});
    expect(next.done).toMatchObject({ entity: 'cause_weight', scenarioId: copy.id, key: 'C6' });

    await t.services['edits:redo']({});
    await t.services['edits:redo']({});
    expect(await names()).not.toContain('Copy');
  });
});
