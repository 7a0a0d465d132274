import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../contract/domain';
import { dispatch } from './dispatch';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeEach(async () => {
  t = await openTempServices();
});
afterEach(() => t.cleanup());

const names = async (): Promise<string[]> =>
  (await t.services['scenario:list']({})).map((s) => s.name);

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
