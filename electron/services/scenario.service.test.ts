import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeEach(async () => {
  t = await openTempServices();
});
afterEach(() => t.cleanup());

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
