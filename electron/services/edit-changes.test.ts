import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEdit } from '../../db/repositories/edit-log.repo';
import type { Change } from '../../contract/change';
import type { AuditEntry } from '../../contract/history';
import { dispatch } from './dispatch';
import { applyScenarioInputs } from './scenario-inputs';
import { scenarioSetInputSchema } from './scenario-inputs-schema';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeEach(async () => {
  t = await openTempServices();
});
afterEach(() => t.cleanup());

/** The newest audit entry, read through the contract (the reply is validated like a host's). */
async function newest(): Promise<AuditEntry> {
  const r = await dispatch(t.services, 'audit:list', { offset: 0, limit: 1 });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { entries: AuditEntry[] }).entries[0]!;
}

const byField = (e: AuditEntry, field: string): Change | undefined =>
  e.changes.find((c) => c.field === field);

/** The planner's own cost for a measure: 10 / 20 / 30 (亿元), effective in two years. */
const setCost = (measureId: string, lead: { leadAgencyZh?: string; leadAgencyEn?: string } = {}) =>
  t.services['scenario:setMeasureCost']({
    scenarioId: 1,
    measureId,
    costLow: 10,
    costLikely: 20,
    costHigh: 30,
    yearsToEffect: 2,
    ...lead,
  });

/** Every id-like code a planner should never have to decode, anywhere in the changes. */
function noRawCodes(e: AuditEntry): void {
  const texts = JSON.stringify(e.changes);
  expect(texts).not.toMatch(/"(zh|en)":"(CN-[A-Z]{2}|[CM]\d+)"/);
  for (const c of e.changes)
    for (const v of [c.before, c.after])
      if (v?.kind === 'text') expect(v.text.startsWith('{')).toBe(false);
}

describe('audit entries as structured changes', () => {
  it('a region change names both regions', async () => {
    await t.services['scenario:setRegion']({ scenarioId: 1, regionCode: 'CN-JL' });
    const e = await newest();
    expect(e.changes).toEqual([
      {
        field: 'region',
        subject: null,
        before: { kind: 'region', name: { zh: '东北地区', en: 'Northeast China' } },
        after: { kind: 'region', name: { zh: '吉林', en: 'Jilin' } },
      },
    ]);
    noRawCodes(e);
  });

  it('a constraints edit lists only what changed: budget with its unit, measures by name', async () => {
    const base = (await t.services['scenario:get']({ scenarioId: 1 })).constraints;
    await t.services['scenario:setConstraints']({
      scenarioId: 1,
      constraints: { ...base, budget: 400 },
    });
    await t.services['scenario:setConstraints']({
      scenarioId: 1,
      constraints: { ...base, budget: 300, required: ['M3'], requires: [['M1', 'M2']] },
    });
    const e = await newest();
    expect(e.subject).toBeNull();
    // The budget was the shipped default until now: it becomes the planner's.
    expect(e.changes.map((c) => c.field)).toEqual([
      'budget',
      'required',
      'requires',
      'budgetProvenance',
    ]);
    expect(byField(e, 'budget')).toMatchObject({
      before: { kind: 'number', value: 400, unit: { zh: '亿元', en: '100 million CNY' } },
      after: { kind: 'number', value: 300 },
    });
    const required = byField(e, 'required')!;
    expect(required.before).toEqual({ kind: 'measures', items: [] });
    expect(required.after).toMatchObject({
      kind: 'measures',
      items: [{ zh: expect.stringMatching(/^M3 \S/), en: expect.stringMatching(/^M3 \S/) }],
    });
    expect(byField(e, 'requires')?.after).toMatchObject({ kind: 'pairs' });
    noRawCodes(e);
  });

  it('a measure cost states the range with its unit and that it is now the planner’s', async () => {
    await setCost('M2');
    const e = await newest();
    expect(e.subject?.en).toMatch(/^M2 \S/);
    expect(byField(e, 'cost')?.after).toEqual({
      kind: 'range',
      low: 10,
      likely: 20,
      high: 30,
      unit: { zh: '亿元', en: '100 million CNY' },
      signed: false,
    });
    expect(byField(e, 'costProvenance')).toMatchObject({
      before: { kind: 'choice', choice: 'default' },
      after: { kind: 'choice', choice: 'edited' },
    });
    // The older on/off mark says the same: not stated twice.
    expect(byField(e, 'costIllustrative')).toBeUndefined();
    noRawCodes(e);
  });

  it('a measure edit states the lead agency and that the cost became the planner’s own', async () => {
    await setCost('M5', { leadAgencyZh: '市人社局', leadAgencyEn: 'City HR bureau' });
    const e = await newest();
    expect(byField(e, 'costProvenance')).toMatchObject({
      before: { kind: 'choice', choice: 'default' },
      after: { kind: 'choice', choice: 'edited' },
    });
    expect(byField(e, 'leadAgencyEn')).toMatchObject({
      before: { kind: 'text', text: 'Department of Culture and Tourism' },
      after: { kind: 'text', text: 'City HR bureau' },
    });
    // Nothing falls through to the generic walk: every stored field has its own phrasing.
    expect(e.changes.every((c) => !c.field.includes('.'))).toBe(true);
  });

  it('confirming defaults says what was confirmed, by count or by name', async () => {
    await t.services['scenario:confirmDefaults']({
      scenarioId: 1,
      what: 'impacts',
      measureId: 'M2',
    });
    const impacts = await newest();
    expect(impacts.entity).toBe('defaults_confirmed');
    expect(impacts.subject?.en).toMatch(/^M2 \S/);
    expect(impacts.changes).toEqual([
      {
        field: 'confirmedImpactsOf',
        subject: impacts.subject,
        after: { kind: 'number', value: 8, unit: null, digits: 0 },
      },
    ]);
    await t.services['scenario:confirmDefaults']({ scenarioId: 1, what: 'costs' });
    const costs = byField(await newest(), 'confirmedCosts')?.after;
    expect(costs).toMatchObject({ kind: 'measures' });
    expect((costs as { items: unknown[] }).items.length).toBeGreaterThan(1);
  });

  it('the robustness settings state the uncertainty basis, its width and the seed as words', async () => {
    await t.services['scenario:setAnalysis']({
      scenarioId: 1,
      uncertainty: 'ordinal',
      width: 0.3,
      seed: 7,
    });
    const e = await newest();
    expect(e.changes.map((c) => c.field)).toEqual(['uncertainty', 'uncertaintyWidth', 'seed']);
    expect(byField(e, 'uncertainty')).toMatchObject({
      before: { kind: 'choice', choice: 'around' },
      after: { kind: 'choice', choice: 'ordinal' },
    });
    expect(byField(e, 'uncertaintyWidth')?.after).toEqual({ kind: 'share', share: 0.3 });
  });

  it('an indicator linked to a cause names both, and says how it reads', async () => {
    await t.services['evidence:linkIndicator']({
      causeId: 'C6',
      indicator: 'disposable_income',
      direction: 1,
      reference: 'best',
    });
    const e = await newest();
    expect(e.subject).toMatchObject({
      zh: expect.stringMatching(/^C6 \S+ ← 居民人均可支配收入$/),
      en: expect.stringMatching(/^C6 .+ ← Per-capita disposable income$/),
    });
    // A new link: its settings only as they are now.
    expect(e.changes.slice(0, 2)).toEqual([
      {
        field: 'linkDirection',
        subject: null,
        after: { kind: 'choice', choice: 'higherIsBetter' },
      },
      { field: 'linkReference', subject: null, after: { kind: 'choice', choice: 'best' } },
    ]);
  });

  it('a region settings edit names the reference, the peer group and the map indicator', async () => {
    const { id } = await t.services['scenario:create']({ name: 'Dalian', regionCode: '210200' });
    await t.services['scenario:setRegionSettings']({
      scenarioId: id,
      reference: 'peer-group',
      peerGroup: 'P-SUBPROVINCIAL',
      mapIndicator: 'disposable_income',
    });
    const e = await newest();
    expect(e.changes).toEqual([
      {
        field: 'comparedWith',
        subject: null,
        before: { kind: 'choice', choice: 'national' },
        after: { kind: 'choice', choice: 'peerGroup' },
      },
      {
        field: 'peerGroup',
        subject: null,
        before: null,
        after: {
          kind: 'region',
          name: { zh: '东北副省级城市', en: 'Sub-provincial cities of the Northeast' },
        },
      },
      {
        field: 'mapIndicator',
        subject: null,
        before: null,
        after: {
          kind: 'indicator',
          name: { zh: '居民人均可支配收入', en: 'Per-capita disposable income' },
        },
      },
    ]);
  });

  it('a grouping edit names the grouping and its member cities, only what changed', async () => {
    const [group] = await t.services['regions:groups']({});
    if (!group) throw new Error('no seeded grouping');
    const subject = { zh: group.nameZh, en: group.nameEn };
    await t.services['regions:saveGroup']({
      code: group.code,
      type: group.type,
      nameZh: group.nameZh,
      nameEn: group.nameEn,
      noteZh: group.noteZh,
      noteEn: group.noteEn,
      members: ['210100', '210300'],
    });
    const e = await newest();
    expect(e.subject).toEqual(subject);
    expect(e.changes).toHaveLength(1);
    expect(e.changes[0]).toMatchObject({ field: 'members', subject });
    expect(e.changes[0]?.after).toEqual({
      kind: 'regions',
      items: [
        { zh: '沈阳市', en: 'Shenyang' },
        { zh: '鞍山市', en: 'Anshan' },
      ],
    });
    noRawCodes(e);
  });

  it('an impact cell names the measure and the cause', async () => {
    await t.services['scenario:setImpact']({
      scenarioId: 1,
      measureId: 'M1',
      causeId: 'C3',
      low: 0.1,
      likely: 0.2,
      high: 0.3,
    });
    const e = await newest();
    expect(e.subject?.en).toMatch(/^M1 .+ on C3 \S/);
    expect(byField(e, 'impact')?.after).toMatchObject({ kind: 'range', likely: 0.2, signed: true });
  });

  it('inputs set together (cli scenario set) read part by part, each named after its subject', async () => {
    const input = scenarioSetInputSchema.parse({
      scenario: 'x',
      budget: 300,
      costs: { M2: { low: 40, likely: 90, high: 160 } },
      impacts: { M1: { C3: 0.2 } },
      uncertainty: { type: 'ordinal' },
    });
    applyScenarioInputs(t.db, 1, input);
    const e = await newest();
    expect(e.entity).toBe('scenario_inputs');
    expect(byField(e, 'budget')).toMatchObject({
      before: { kind: 'number', value: 400 },
      after: { kind: 'number', value: 300 },
    });
    expect(byField(e, 'cost')?.subject?.en).toMatch(/^M2 \S/);
    expect(byField(e, 'impact')?.subject?.en).toMatch(/^M1 .+ on C3 \S/);
    expect(byField(e, 'uncertainty')?.after).toMatchObject({ kind: 'choice', choice: 'ordinal' });
    noRawCodes(e);
  });

  it('a copied scenario says where it came from', async () => {
    await t.services['scenario:duplicate']({ scenarioId: 1, name: 'Copy' });
    const e = await newest();
    expect(e.changes.map((c) => c.field)).toEqual(['scenarioName', 'region', 'copiedFrom']);
    expect(byField(e, 'scenarioName')).toEqual({
      field: 'scenarioName',
      subject: null,
      after: { kind: 'text', text: 'Copy' },
    });
  });

  it('a kind without its own describer still reads leaf by leaf, its subject named from the key', async () => {
    appendEdit(t.db, {
      scenarioId: 1,
      entity: 'measure_lead',
      key: 'M4',
      before: { leadAgencyEn: 'Provincial HR department', years: 3, confirmed: false },
      after: { leadAgencyEn: 'City HR bureau', years: 3, confirmed: true },
      at: new Date().toISOString(),
    });
    const e = await newest();
    expect(e.subject?.en).toMatch(/^M4 \S/);
    expect(e.changes).toEqual([
      {
        field: 'leadAgencyEn',
        subject: null,
        before: { kind: 'text', text: 'Provincial HR department' },
        after: { kind: 'text', text: 'City HR bureau' },
      },
      {
        field: 'confirmed',
        subject: null,
        before: { kind: 'flag', on: false },
        after: { kind: 'flag', on: true },
      },
    ]);
  });

  it('an entry logged before totals were recorded shows the raw weight, not a made-up share', async () => {
    appendEdit(t.db, {
      scenarioId: 1,
      entity: 'cause_weight',
      key: 'C2',
      before: { weight: 2.024389 },
      after: { weight: 10 },
      at: new Date().toISOString(),
    });
    const e = await newest();
    expect(e.changes).toEqual([
      {
        field: 'rawWeight',
        subject: e.subject,
        before: { kind: 'number', value: 2.024389, unit: null, digits: 3 },
        after: { kind: 'number', value: 10, unit: null, digits: 3 },
      },
    ]);
  });
});

describe('stored values of any shape', () => {
  it('still make a valid reply in words: odd codes, long texts, deep objects, wrong shapes', async () => {
    const at = new Date().toISOString();
    const odd: [string, string, unknown, unknown][] = [
      ['coverage_model', '1', { model: 'not a code / 不是代码' }, { model: 'additive' }],
      ['constraints', '1', { budget: 'lots' }, { budget: 1 }],
      ['cause_weight', 'C1', 'seven', { weight: 7 }],
      ['later_kind', 'x y z', { 'a key with spaces/and slashes': 'x'.repeat(10_000) }, null],
      [
        'later_kind',
        'M2',
        { deep: { deeper: { deepest: { more: { still: [1, { k: true }] } } } } },
        {},
      ],
      ['scenario', '9', null, { name: 'n', regionCode: 'CN-JL', importedFrom: 'z'.repeat(500) }],
    ];
    for (const [entity, key, before, after] of odd) {
      appendEdit(t.db, { scenarioId: 1, entity, key, before, after, at });
      const r = await dispatch(t.services, 'audit:list', { offset: 0, limit: 1 });
      if (!r.ok) throw new Error(`${entity}: ${r.error.message}`);
      const e = (r.value as { entries: AuditEntry[] }).entries[0]!;
      for (const c of e.changes)
        for (const v of [c.before, c.after])
          if (v?.kind === 'text') expect(v.text.startsWith('{')).toBe(false);
    }
  });
});

describe('a grouped weight edit', () => {
  const causeIds = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];
  /** A consistent matrix from `w`, with judgements a_01 and a_12 overridden (C1 ≫ C2 ≫ C3 = C1). */
  const matrix = (w: number[], a = NaN) =>
    w.map((wi, i) =>
      w.map((wj, j) => {
        if (Number.isNaN(a)) return wi / wj;
        if ((i === 0 && j === 1) || (i === 1 && j === 2)) return a;
        if ((i === 1 && j === 0) || (i === 2 && j === 1)) return 1 / a;
        return wi / wj;
      }),
    );
  const settings = (m: (number | null)[][]) => ({
    method: 'ahp' as const,
    rocOrder: [],
    swingPoints: {},
    ahp: { causes: causeIds, matrix: m },
  });

  it('lists every cause whose share moved, and the CR it was applied at', async () => {
    await t.services['elicitation:apply']({
      scenarioId: 1,
      settings: settings(matrix([2, 1, 1, 1, 1, 1, 1, 1])),
    });
    const e = await newest();
    expect(e.entity).toBe('cause_weights');
    const shares = e.changes.filter((c) => c.field === 'weightShare');
    // C1 doubles; every other cause's share falls from 1/8 to 1/9.
    expect(shares).toHaveLength(8);
    expect(shares[0]).toMatchObject({
      subject: { en: expect.stringMatching(/^C1 \S/) },
      before: { kind: 'share', share: 0.125 },
    });
    expect((shares[0]!.after as { share: number }).share).toBeCloseTo(2 / 9, 6);
    expect(byField(e, 'ahpConsistency')?.after).toMatchObject({
      kind: 'consistency',
      confirmed: false,
    });
  });

  it('above CR 0.10 AHP is refused unless confirmed, and a confirmed apply says so', async () => {
    const inconsistent = settings(matrix([1, 1, 1, 1, 1, 1, 1, 1], 9));
    const refused = await dispatch(t.services, 'elicitation:apply', {
      scenarioId: 1,
      settings: inconsistent,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/CR = 0\.\d{3} > 0\.10.*confirm/);
    const accepted = await dispatch(t.services, 'elicitation:apply', {
      scenarioId: 1,
      settings: inconsistent,
      acceptInconsistency: true,
    });
    expect(accepted.ok).toBe(true);
    const cr = byField(await newest(), 'ahpConsistency')?.after;
    expect(cr).toMatchObject({ kind: 'consistency', confirmed: true });
    expect((cr as { cr: number }).cr).toBeGreaterThan(0.1);
  });
});
