/**
 * What a scenario's region is compared with (its province, the country, a peer group) and which
 * indicator the briefing's tile map shows. One row per scenario, absent until first set (then the
 * defaults apply: the country, no map). Changes are logged against the scenario and undone by the
 * global undo, like a change of the scenario's region.
 */
import { bilingual } from '../../contract/bilingual';
import type Database from 'better-sqlite3';
import type { ReferenceChoice } from '../../contract/domain';
import { InvalidValueError, NotFoundError } from '../errors';
import { write, type EditResult, type WriteOptions } from './scenario/write-step';

export const REGION_SETTINGS_ENTITY = 'region_settings';

export interface RegionSettings {
  reference: ReferenceChoice;
  /** The peer group compared with; set when reference is 'peer-group'. */
  peerGroup: string | null;
  /** The indicator the briefing's map shows; null: no map. */
  mapIndicator: string | null;
}

export const DEFAULT_REGION_SETTINGS: RegionSettings = {
  reference: 'national',
  peerGroup: null,
  mapIndicator: null,
};

export function getRegionSettings(db: Database.Database, scenarioId: number): RegionSettings {
  const row = db
    .prepare(
      'SELECT reference, peer_group AS peerGroup, map_indicator AS mapIndicator FROM scenario_region_settings WHERE scenario_id = ?',
    )
    .get(scenarioId) as RegionSettings | undefined;
  return row ? { ...row } : { ...DEFAULT_REGION_SETTINGS };
}

/** Writes the settings; edits, undo and redo all go through here. */
export function applyRegionSettings(
  db: Database.Database,
  scenarioId: number,
  s: RegionSettings,
): void {
  db.prepare(
    `INSERT INTO scenario_region_settings (scenario_id, reference, peer_group, map_indicator)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (scenario_id) DO UPDATE SET reference = excluded.reference,
       peer_group = excluded.peer_group, map_indicator = excluded.map_indicator`,
  ).run(scenarioId, s.reference, s.peerGroup, s.mapIndicator);
}

/**
 * The province a region is compared with under the 'province' reference: a city's own province,
 * or the one province all members of a metropolitan area or agglomeration lie in; null otherwise.
 */
export function provinceOf(db: Database.Database, regionCode: string): string | null {
  const rows = db
    .prepare(
      `SELECT DISTINCT r.province_code AS p FROM regions r
       WHERE r.code = ? AND r.kind = 'city'
       UNION SELECT DISTINCT c.province_code FROM region_group_members m
         JOIN regions c ON c.code = m.member_code JOIN regions g ON g.code = m.group_code
       WHERE m.group_code = ? AND g.kind = 'group'`,
    )
    .all(regionCode, regionCode) as { p: string | null }[];
  return rows.length === 1 ? (rows[0]?.p ?? null) : null;
}

function validate(db: Database.Database, scenarioId: number, s: RegionSettings): void {
  const region = (
    db.prepare('SELECT region_code AS code FROM scenarios WHERE id = ?').get(scenarioId) as
      { code: string } | undefined
  )?.code;
  if (region === undefined) throw new NotFoundError(bilingual('情景', 'scenario'), scenarioId);
  if (s.reference === 'province' && provinceOf(db, region) === null)
    throw new InvalidValueError(
      'reference',
      bilingual(
        '只有城市或同一省内的都市圈/城市群可与“所在省”比较',
        'only a city, or a metropolitan area or agglomeration within one province, has a province to compare with',
      ),
    );
  if (s.reference === 'peer-group') {
    const kind = s.peerGroup
      ? (db.prepare('SELECT kind FROM regions WHERE code = ?').get(s.peerGroup) as
          { kind: string } | undefined)
      : undefined;
    if (kind?.kind !== 'peer-group')
      throw new InvalidValueError(
        'peerGroup',
        bilingual(
          `“${s.peerGroup ?? ''}”不是同类城市组`,
          `"${s.peerGroup ?? ''}" is not a peer group`,
        ),
      );
  } else if (s.peerGroup !== null) {
    throw new InvalidValueError(
      'peerGroup',
      bilingual('只有参照为同类城市组时才指定', 'only with the peer-group reference'),
    );
  }
  if (
    s.mapIndicator !== null &&
    !db.prepare('SELECT 1 FROM indicators WHERE code = ?').get(s.mapIndicator)
  )
    throw new NotFoundError(bilingual('指标', 'indicator'), s.mapIndicator);
}

/** Changes the reference and/or the map indicator; one audited edit. */
export function setRegionSettings(
  db: Database.Database,
  scenarioId: number,
  patch: Partial<RegionSettings>,
  opts: WriteOptions = {},
): EditResult & { settings: RegionSettings } {
  let settings = DEFAULT_REGION_SETTINGS;
  const result = write(db, scenarioId, opts, () => {
    const before = getRegionSettings(db, scenarioId);
    const after: RegionSettings = { ...before, ...patch };
    if (
      patch.reference !== undefined &&
      patch.reference !== 'peer-group' &&
      !('peerGroup' in patch)
    )
      after.peerGroup = null;
    validate(db, scenarioId, after);
    applyRegionSettings(db, scenarioId, after);
    settings = after;
    return { entity: REGION_SETTINGS_ENTITY, key: String(scenarioId), before, after };
  });
  return { ...result, settings };
}
