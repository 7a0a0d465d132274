import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../contract/channels';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeEach(async () => {
  t = await openTempServices();
  const add = t.db.prepare(
    "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES (?, ?, 2024, ?, 'paper-t3')",
  );
  // Tieling trails; Shenyang, Changchun and Harbin are the provincial capitals.
  add.run('disposable_income', '211200', 28000);
  add.run('disposable_income', '210100', 52000);
  add.run('disposable_income', '220100', 46000);
  add.run('disposable_income', '230100', 45000);
});
afterEach(() => t.cleanup());

const incomeGap = (result: Awaited<ReturnType<TempServices['services']['evidence:severity']>>) =>
  result.causes
    .find((c) => c.causeId === 'C4')
    ?.indicators.find((g) => g.indicator === 'disposable_income');

describe('severity of a city scenario', () => {
  it('compares the city with its province when the scenario says so, and says how the reference was formed', async () => {
    const s = await t.services['scenario:create']({ name: '铁岭', regionCode: '211200' });
    await t.services['scenario:setRegionSettings']({ scenarioId: s.id, reference: 'province' });
    const result = channels['evidence:severity'].response.parse(
      await t.services['evidence:severity']({ scenarioId: s.id }),
    );
    expect(result.comparison).toEqual({
      chosen: 'province',
      kind: 'province',
      region: 'CN-LN',
      note: null,
    });
    const g = incomeGap(result);
    // Liaoning's 2024 disposable income (paper Table 3) is 39,876: (39,876 − 28,000) / 39,876.
    expect(g).toMatchObject({
      status: 'compared',
      year: 2024,
      value: 28000,
      referenceValue: 39876,
      referenceBasis: 'province-row',
      referenceRegion: 'CN-LN',
    });
    expect(g?.gap).toBeCloseTo((39876 - 28000) / 39876, 9);
    expect(g?.explanation).toEqual({
      zh: '所在省辽宁（2024 年）',
      en: 'its province Liaoning, 2024',
    });

    // The same city against the country: the national figure 41,314.
    await t.services['scenario:setRegionSettings']({ scenarioId: s.id, reference: 'national' });
    const national = incomeGap(await t.services['evidence:severity']({ scenarioId: s.id }));
    expect(national).toMatchObject({ referenceBasis: 'national-row', referenceValue: 41314 });
    expect(national?.gap).toBeCloseTo((41314 - 28000) / 41314, 9);
  });

  it('against a peer group: the mean of the other capitals; a province keeps the country with a note', async () => {
    const peers = incomeGap(
      await t.services['evidence:severity']({
        regionCode: '230100',
        reference: 'peer-group',
        peerGroup: 'P-CAPITALS',
      }),
    );
    expect(peers).toMatchObject({
      referenceBasis: 'peers-mean',
      referenceValue: 49000,
      gap: expect.any(Number),
    });
    expect(peers?.explanation.en).toBe(
      'mean of the other 2 cities of Provincial capitals of the Northeast, 2024 (Shenyang, Changchun)',
    );
    const province = await t.services['evidence:severity']({
      regionCode: 'CN-LN',
      reference: 'province',
    });
    expect(province.comparison).toMatchObject({ chosen: 'province', kind: 'national' });
    expect(province.comparison.note?.en).toMatch(/the country is used/);
  });

  it('a metropolitan area is read from its members by the indicator’s rule', async () => {
    const add = t.db.prepare(
      "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES (?, ?, 2024, ?, 'paper-t3')",
    );
    // Harbin metropolitan area: Harbin, Daqing, Suihua.
    add.run('disposable_income', '230600', 47000);
    add.run('disposable_income', '231200', 30000);
    for (const [code, people] of [
      ['230100', 940],
      ['230600', 270],
      ['231200', 500],
    ] as const)
      add.run('population', code, people);
    const g = incomeGap(
      await t.services['evidence:severity']({ regionCode: 'G-HRB', reference: 'province' }),
    );
    const weighted = (940 * 45000 + 270 * 47000 + 500 * 30000) / (940 + 270 + 500);
    expect(g?.value).toBeCloseTo(weighted, 6);
    expect(g).toMatchObject({
      valueBasis: 'members-weighted',
      referenceBasis: 'province-row',
      referenceRegion: 'CN-HL',
    });
    expect(g?.valueNote?.zh).toBe('3 个成员城市按常住人口加权平均');
  });

  it('sets one city against the country, its province and each peer group at once', async () => {
    const r = channels['evidence:compare'].response.parse(
      await t.services['evidence:compare']({ region: '211200', indicator: 'disposable_income' }),
    );
    const by = (kind: string, region: string | null) =>
      r.comparisons.find((c) => c.kind === kind && c.region === region);
    expect(by('national', null)).toMatchObject({ referenceValue: 41314, status: 'compared' });
    expect(by('province', 'CN-LN')).toMatchObject({ referenceValue: 39876 });
    expect(by('province', 'CN-LN')?.gap).toBeCloseTo((28000 - 39876) / 39876, 9);
    expect(by('peer-group', 'P-CAPITALS')?.referenceValue).toBeCloseTo(
      (52000 + 46000 + 45000) / 3,
      9,
    );
    // Dalian has no figure: the sub-provincial peers cannot be averaged, and the text says why.
    expect(by('peer-group', 'P-SUBPROVINCIAL')).toMatchObject({
      status: 'no-reference',
      referenceValue: null,
    });
    expect(by('peer-group', 'P-SUBPROVINCIAL')?.explanation.en).toContain(
      'lacks figures for Dalian',
    );
    const province = await t.services['evidence:compare']({ region: 'CN-LN', indicator: 'gdp' });
    expect(province.comparisons.map((c) => c.kind)).toEqual(['national']);
    expect(province.comparisons[0]?.explanation.en).toMatch(/a total/);
  });
});
