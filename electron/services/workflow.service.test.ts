import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../contract/domain';
import { getElicitation, saveElicitation } from '../../db/repositories/elicitation.repo';
import { dispatch } from './dispatch';
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

describe('scenario:compare', () => {
  it('identical copies agree fully and differ in nothing', async () => {
    const copy = await t.services['scenario:duplicate']({ scenarioId: 1, name: 'Same' });
    const r = await t.services['scenario:compare']({ ids: [1, copy.id] });
    expect(r.scenarios).toHaveLength(2);
    expect(r.scenarios[0]!.top).toHaveLength(5);
    expect(r.scenarios[0]!.top).toEqual(r.scenarios[1]!.top);
    expect(r.tau).toEqual([{ a: 1, b: copy.id, tau: 1, common: expect.any(Number) }]);
    expect(r.tau[0]!.common).toBeGreaterThan(5);
    expect(r.differences).toEqual([]);
  });

  it('names the differing inputs and measures disagreement', async () => {
    const copy = await t.services['scenario:duplicate']({ scenarioId: 1, name: 'Skewed' });
    for (const c of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C8']) {
      await t.services['scenario:setCauseWeight']({ scenarioId: copy.id, causeId: c, weight: 0 });
    }
    await t.services['scenario:setCauseWeight']({ scenarioId: copy.id, causeId: 'C7', weight: 10 });
    await t.services['scenario:setRegion']({ scenarioId: copy.id, regionCode: 'CN-HL' });
    const r = await t.services['scenario:compare']({ ids: [1, copy.id] });
    const rows = r.differences.map((d) => `${d.field}:${d.subject?.en.split(' ')[0] ?? ''}`);
    expect(rows).toContain('region:');
    expect(rows).toContain('weightShare:C7');
    expect(rows).toContain('weightShare:C1');
    expect(rows).not.toContain('weightShare:C9');
    // Regions by name, weights as shares of each scenario's total.
    const region = r.differences.find((d) => d.field === 'region')!;
    expect(region.values.map((v) => (v?.kind === 'region' ? v.name.en : null))).toEqual([
      'Northeast China',
      'Heilongjiang',
    ]);
    const c7 = r.differences.find(
      (d) => d.field === 'weightShare' && d.subject?.en.startsWith('C7'),
    );
    expect(c7?.values).toEqual([
      { kind: 'share', share: 0.125 },
      { kind: 'share', share: 1 },
    ]);
    expect(r.tau[0]!.tau).not.toBeNull();
    expect(r.tau[0]!.tau!).toBeLessThan(1);
  });

  it('states constraints, costs and equal shares as values, not as stored text', async () => {
    const copy = await t.services['scenario:duplicate']({ scenarioId: 1, name: 'Budgeted' });
    const base = copy.constraints;
    await t.services['scenario:setConstraints']({
      scenarioId: copy.id,
      constraints: { ...base, budget: 300, required: ['M3'] },
    });
    // Every raw weight doubled: the shares, which are what the model uses, are unchanged.
    for (const c of copy.causes)
      await t.services['scenario:setCauseWeight']({
        scenarioId: copy.id,
        causeId: c.id,
        weight: c.weight * 2,
      });
    const r = await t.services['scenario:compare']({ ids: [1, copy.id] });
    // The shares are equal; how the weights were set is not (shipped default vs set directly).
    expect(r.differences.map((d) => d.field)).toEqual([
      'budget',
      'required',
      'budgetProvenance',
      'weightsMethod',
      'weightsProvenance',
    ]);
    const row = (field: string) => r.differences.find((d) => d.field === field)!;
    expect(row('weightsMethod').values).toEqual([
      { kind: 'choice', choice: 'default' },
      { kind: 'choice', choice: 'direct' },
    ]);
    expect(row('budget').values).toEqual([
      { kind: 'number', value: 400, unit: { zh: '亿元', en: '100 million CNY' }, digits: 2 },
      { kind: 'number', value: 300, unit: { zh: '亿元', en: '100 million CNY' }, digits: 2 },
    ]);
    expect(row('required').values[0]).toEqual({ kind: 'measures', items: [] });
    expect(row('required').values[1]).toMatchObject({
      kind: 'measures',
      items: [{ en: expect.stringMatching(/^M3 \S/) }],
    });
  });

  it('refuses fewer than two or repeated ids at the contract', async () => {
    const one = await dispatch(t.services, 'scenario:compare', { ids: [1] });
    expect(one.ok).toBe(false);
    const twice = await dispatch(t.services, 'scenario:compare', { ids: [1, 1] });
    expect(twice.ok).toBe(false);
  });
});

describe('project export and import', () => {
  it('round-trips into a fresh database with every input intact', async () => {
    await t.services['scenario:setCauseWeight']({ scenarioId: 1, causeId: 'C3', weight: 4.5 });
    const original = await t.services['scenario:get']({ scenarioId: 1 });
    const file = await t.services['project:export']({ scenarioIds: [1] });
    const doc = JSON.parse(file.text) as { format: string; version: number; scenarios: unknown[] };
    expect(doc.format).toBe('talent-retention-planner/project');
    expect(doc.version).toBe(1);
    expect(file.fileName).toMatch(/\.trpproj$/);

    const other = await openTempServices();
    try {
      await other.services['scenario:delete']({ scenarioId: 1 });
      const reply = await other.services['project:import']({ text: file.text });
      expect(reply.status).toBe('imported');
      if (reply.status !== 'imported') return;
      const copy = await other.services['scenario:get']({ scenarioId: reply.imported[0]!.id });
      const strip = (s: Scenario) => ({ ...s, id: 0, updatedAt: '' });
      expect(strip(copy)).toEqual(strip(original));
    } finally {
      other.cleanup();
    }
  });

  it('reports name clashes and writes nothing until told how to resolve them', async () => {
    const file = await t.services['project:export']({});
    const countBefore = (await names()).length;
    const first = await t.services['project:import']({ text: file.text });
    expect(first.status).toBe('conflicts');
    expect(await names()).toHaveLength(countBefore);

    const skipped = await t.services['project:import']({ text: file.text, onConflict: 'skip' });
    expect(skipped).toMatchObject({ status: 'imported', imported: [] });
    const renamed = await t.services['project:import']({ text: file.text, onConflict: 'rename' });
    expect(renamed.status === 'imported' && renamed.imported[0]!.name).toMatch(/ \(2\)$/);

    const replaced = await t.services['project:import']({ text: file.text, onConflict: 'replace' });
    expect(replaced.status === 'imported' && replaced.replaced.length).toBe(countBefore);
    expect(await names()).toHaveLength(countBefore * 2);
  });

  it('rejects a bad file with the offending field named', async () => {
    const file = JSON.parse((await t.services['project:export']({})).text) as {
      scenarios: { weights: Record<string, unknown> }[];
    };
    file.scenarios[0]!.weights.C1 = -3;
    const bad = await dispatch(t.services, 'project:import', { text: JSON.stringify(file) });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', field: 'scenarios[0].weights.C1' },
    });

    file.scenarios[0]!.weights = { C99: 1 };
    const unknown = await dispatch(t.services, 'project:import', { text: JSON.stringify(file) });
    expect(unknown).toMatchObject({ ok: false, error: { field: 'scenarios[0].weights.C99' } });

    const notOurs = await dispatch(t.services, 'project:import', { text: '{"format":"x"}' });
    expect(notOurs).toMatchObject({ ok: false, error: { field: 'format' } });
    const newer = await dispatch(t.services, 'project:import', {
      text: JSON.stringify({ format: 'talent-retention-planner/project', version: 2 }),
    });
    expect(newer).toMatchObject({ ok: false, error: { field: 'version' } });
  });
});
