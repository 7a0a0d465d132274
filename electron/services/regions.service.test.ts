import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../contract/channels';
import { dispatch } from './dispatch';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeEach(async () => {
  t = await openTempServices();
});
afterEach(() => t.cleanup());

describe('regions, groupings and city coverage over the contract', () => {
  it('lists the 36 cities with their province, and the groupings with members', async () => {
    const regions = channels['regions:list'].response.parse(await t.services['regions:list']({}));
    const cities = regions.filter((r) => r.kind === 'city');
    expect(cities).toHaveLength(36);
    expect(cities.find((c) => c.code === '232700')).toEqual({
      code: '232700',
      nameZh: '大兴安岭地区',
      nameEn: 'Da Hinggan Ling Prefecture',
      kind: 'city',
      isNortheast: true,
      province: 'CN-HL',
    });
    const groups = channels['regions:groups'].response.parse(
      await t.services['regions:groups']({}),
    );
    expect(groups.find((g) => g.code === 'G-LZN')?.members).toHaveLength(10);
  });

  it('saves a grouping through dispatch, refusing a bad one with a message naming the field', async () => {
    const ok = await dispatch(t.services, 'regions:saveGroup', {
      code: null,
      type: 'metropolitan-area',
      nameZh: '齐齐哈尔都市圈',
      nameEn: 'Qiqihar metropolitan area',
      members: ['230200', '230600'],
    });
    expect(ok).toMatchObject({
      ok: true,
      value: { code: 'G-1', provenance: 'edited', changedBy: 'tester' },
    });
    const bad = await dispatch(t.services, 'regions:saveGroup', {
      code: null,
      type: 'peer-group',
      nameZh: 'x',
      nameEn: 'x',
      members: ['230200', 'CN-HL'],
    });
    expect(bad).toMatchObject({ ok: false });
    expect(JSON.stringify(bad)).toMatch(/members/);
  });

  it('a city scenario picks its references and map indicator; a peer group cannot be a scenario’s region', async () => {
    const s = await t.services['scenario:create']({ name: '哈尔滨', regionCode: '230100' });
    const set = await t.services['scenario:setRegionSettings']({
      scenarioId: s.id,
      reference: 'peer-group',
      peerGroup: 'P-CAPITALS',
      mapIndicator: 'disposable_income',
    });
    expect(set).toEqual({
      reference: 'peer-group',
      peerGroup: 'P-CAPITALS',
      mapIndicator: 'disposable_income',
    });
    expect(await t.services['scenario:regionSettings']({ scenarioId: s.id })).toEqual(set);
    const refused = await dispatch(t.services, 'scenario:create', {
      name: 'peers',
      regionCode: 'P-CAPITALS',
    });
    expect(JSON.stringify(refused)).toMatch(/peer group/);
  });

  it('offers the template and example as the committed bytes, and shows per city what is missing', async () => {
    const f = channels['evidence:template'].response.parse(
      await t.services['evidence:template']({ file: 'csv' }),
    );
    expect(f.fileName).toBe('city-statistics-template.csv');
    expect(Buffer.from(f.bytesBase64, 'base64').toString('utf8')).toContain('大兴安岭地区,2024');
    const coverage = channels['evidence:cityCoverage'].response.parse(
      await t.services['evidence:cityCoverage']({}),
    );
    expect(coverage.cities).toHaveLength(36);
    expect(coverage.cities.every((c) => c.missing.length === coverage.indicators.length)).toBe(
      true,
    );
    t.db
      .prepare(
        "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES ('gdp', '210200', 2024, 9000, 'paper-t1')",
      )
      .run();
    const after = await t.services['evidence:cityCoverage']({});
    const dalian = after.cities.find((c) => c.code === '210200');
    expect(dalian?.latest.gdp).toBe(2024);
    expect(dalian?.missing).not.toContain('gdp');
  });

  it('a grouping’s value comes from its members: with one missing it is flagged and the member named', async () => {
    const add = t.db.prepare(
      "INSERT INTO observations (indicator_code, region_code, year, value, source_id) VALUES (?, ?, 2024, ?, 'paper-t1')",
    );
    // Dalian metropolitan area = Dalian, Dandong, Yingkou; Yingkou has no figure.
    add.run('disposable_income', '210200', 55000);
    add.run('disposable_income', '210600', 35000);
    add.run('population', '210200', 750);
    add.run('population', '210600', 250);
    add.run('population', '210800', 230);
    // Harbin metropolitan area = Harbin, Daqing, Suihua: every GDP figure there.
    add.run('gdp', '230100', 6000);
    add.run('gdp', '230600', 2800);
    add.run('gdp', '231200', 1300);
    const income = channels['evidence:groupValues'].response.parse(
      await t.services['evidence:groupValues']({ indicator: 'disposable_income', year: 2024 }),
    );
    expect(income.aggregation).toBe('population-weighted');
    const dalian = income.groups.find((g) => g.code === 'G-DL');
    expect(dalian).toMatchObject({
      complete: false,
      reporting: ['210200', '210600'],
      missing: ['210800'],
      members: ['210200', '210600', '210800'],
    });
    // (750 × 55,000 + 250 × 35,000) / 1,000 = 50,000: weighted by population, not a plain mean.
    expect(dalian?.value).toBeCloseTo(50000, 9);
    expect(income.empty).toContain('G-HRB');
    const gdp = await t.services['evidence:groupValues']({ indicator: 'gdp', year: null });
    expect(gdp.groups.find((g) => g.code === 'G-HRB')).toMatchObject({
      year: 2024,
      value: 10100,
      complete: true,
      missing: [],
    });
    const growth = await t.services['evidence:groupValues']({
      indicator: 'disposable_income_growth',
      year: 2024,
    });
    expect(growth.aggregation).toBe('none');
  });
});
