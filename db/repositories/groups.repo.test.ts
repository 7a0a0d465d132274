import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../open';
import { seededMemoryDb } from '../test-helpers';
import { globalRedo, globalUndo } from './global-undo.repo';
import { setScenarioRegion } from './scenario/manage';
import { deleteGroup, getGroup, listGroups, saveGroup } from './groups.repo';
import { getRegionSettings, provinceOf, setRegionSettings } from './region-settings.repo';
import { getDefaultScenarioId } from './scenario/read';
import { duplicateScenario } from './scenario/manage';

let db: Database.Database;
beforeEach(async () => {
  db = await seededMemoryDb();
});
afterEach(() => closeDatabase(db));

const at = new Date('2026-05-01T09:00:00Z');

describe('groupings', () => {
  it('lists the shipped groupings as an unedited starting point', () => {
    const groups = listGroups(db);
    expect(groups.map((g) => g.code)).toEqual([
      'G-SY',
      'G-DL',
      'G-CC',
      'G-HRB',
      'G-LZN',
      'P-CAPITALS',
      'P-SUBPROVINCIAL',
    ]);
    expect(getGroup(db, 'G-SY')).toMatchObject({
      type: 'metropolitan-area',
      nameZh: '沈阳都市圈',
      provenance: 'default',
      changedBy: '',
    });
  });

  it('edits the members of a metropolitan area: one audited edit, undone and redone globally', () => {
    const before = getGroup(db, 'G-DL');
    const saved = saveGroup(
      db,
      'G-DL',
      {
        type: 'metropolitan-area',
        nameZh: '大连都市圈',
        nameEn: 'Dalian metropolitan area',
        members: ['210200', '210600'],
      },
      at,
    );
    expect(saved).toMatchObject({
      members: ['210200', '210600'],
      provenance: 'edited',
      changedAt: at.toISOString(),
    });
    expect(getGroup(db, 'G-DL').members).toEqual(['210200', '210600']);
    const log = db
      .prepare('SELECT entity, key, scenario_id FROM edit_log ORDER BY id DESC LIMIT 1')
      .get();
    expect(log).toEqual({ entity: 'region_group', key: 'G-DL', scenario_id: null });
    expect(globalUndo(db)?.entity).toBe('region_group');
    expect(getGroup(db, 'G-DL')).toEqual(before);
    globalRedo(db);
    expect(getGroup(db, 'G-DL').members).toEqual(['210200', '210600']);
  });

  it('creates a peer group under a free code and deletes it; undo brings it back', () => {
    const g = saveGroup(db, null, {
      type: 'peer-group',
      nameZh: '资源型城市',
      nameEn: 'Resource cities',
      members: ['230300', '230400', '230500', '230900'],
    });
    expect(g.code).toBe('P-1');
    expect(db.prepare("SELECT kind FROM regions WHERE code = 'P-1'").get()).toEqual({
      kind: 'peer-group',
    });
    deleteGroup(db, 'P-1');
    expect(() => getGroup(db, 'P-1')).toThrow(/P-1/);
    globalUndo(db);
    expect(getGroup(db, 'P-1').members).toEqual(['230300', '230400', '230500', '230900']);
  });

  it('refuses bad groupings naming the field, in both languages', () => {
    const input = {
      type: 'metropolitan-area' as const,
      nameZh: '甲',
      nameEn: 'A',
      members: ['210100', '210200'],
    };
    expect(() => saveGroup(db, null, { ...input, members: ['210100'] })).toThrow(
      /members: .*2 to 36 cities/,
    );
    expect(() => saveGroup(db, null, { ...input, members: ['210100', 'CN-LN'] })).toThrow(
      /members: 成员须为城市.*members are cities/,
    );
    expect(() => saveGroup(db, null, { ...input, members: ['210100', '210100'] })).toThrow(
      /listed twice/,
    );
    expect(() => saveGroup(db, null, { ...input, nameZh: '沈阳都市圈' })).toThrow(
      /nameZh: .*already region G-SY/,
    );
    expect(() =>
      saveGroup(db, 'G-SY', {
        ...input,
        nameZh: '沈阳都市圈',
        nameEn: 'Shenyang metropolitan area',
        type: 'peer-group',
      }),
    ).toThrow(/type: /);
    expect(() => saveGroup(db, 'G-NONE', input)).toThrow(/G-NONE/);
  });

  it('will not delete a grouping a scenario is made for or compares with', () => {
    const id = getDefaultScenarioId(db)!;
    setScenarioRegion(db, id, 'G-HRB');
    expect(() => deleteGroup(db, 'G-HRB')).toThrow(/code: .*used by scenario/);
    setScenarioRegion(db, id, '230100');
    setRegionSettings(db, id, { reference: 'peer-group', peerGroup: 'P-CAPITALS' });
    expect(() => deleteGroup(db, 'P-CAPITALS')).toThrow(/used by scenario/);
  });
});

describe('a scenario’s references and map', () => {
  it('defaults to the country and no map; a city compares with its province, a peer group, undoably', () => {
    const id = getDefaultScenarioId(db)!;
    expect(getRegionSettings(db, id)).toEqual({
      reference: 'national',
      peerGroup: null,
      mapIndicator: null,
    });
    expect(() => setRegionSettings(db, id, { reference: 'province' })).toThrow(/reference: /);
    setScenarioRegion(db, id, '210200');
    setRegionSettings(db, id, { reference: 'province', mapIndicator: 'disposable_income' });
    expect(getRegionSettings(db, id)).toEqual({
      reference: 'province',
      peerGroup: null,
      mapIndicator: 'disposable_income',
    });
    expect(() => setRegionSettings(db, id, { reference: 'peer-group', peerGroup: 'G-SY' })).toThrow(
      /peerGroup: .*not a peer group/,
    );
    setRegionSettings(db, id, { reference: 'peer-group', peerGroup: 'P-SUBPROVINCIAL' });
    globalUndo(db);
    expect(getRegionSettings(db, id).reference).toBe('province');
    const copy = duplicateScenario(db, id, 'copy');
    expect(getRegionSettings(db, copy.id)).toEqual(getRegionSettings(db, id));
  });

  it('knows the province of a city and of a grouping within one province', () => {
    expect(provinceOf(db, '230100')).toBe('CN-HL');
    expect(provinceOf(db, 'G-LZN')).toBe('CN-LN');
    expect(provinceOf(db, 'P-CAPITALS')).toBeNull(); // three provinces; and a peer group is no region to plan for
    expect(provinceOf(db, 'CN-LN')).toBeNull();
  });
});
