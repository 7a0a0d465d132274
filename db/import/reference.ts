/**
 * Reference data the validator checks against, loaded once per import: regions (with aliases),
 * indicators and the observations already stored. Plain SQL against the 0010/0030 schema,
 * kept inside db/import/ so the importer does not depend on repository code still in flux.
 */
import type Database from 'better-sqlite3';
import { KNOWN_REGION_NAMES, nameKey } from './region-names';

export interface RegionRef {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: 'province' | 'national' | 'aggregate' | 'city' | 'group' | 'peer-group';
  /** For a city, its province's code. */
  province: string | null;
}

export interface IndicatorRef {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  /** How the indicator adds up across regions ('sum' for totals, 'population-weighted' per capita). */
  aggregation: 'sum' | 'population-weighted' | 'none';
}

export interface Reference {
  regions: Map<string, RegionRef>;
  indicators: Map<string, IndicatorRef>;
  resolveRegion(raw: string): RegionRef | undefined;
  resolveIndicator(raw: string): IndicatorRef | undefined;
  /** Value stored for indicator × region × year, if any. */
  existing(indicator: string, region: string, year: number): number | undefined;
  /** Stored values of one indicator × year across regions (for the peer check). */
  existingByIndicatorYear(indicator: string, year: number): Map<string, number>;
  /** First and last year the indicator has stored values for; undefined when it has none. */
  yearRange(indicator: string): { first: number; last: number } | undefined;
}

export const obsKey = (indicator: string, region: string, year: number): string =>
  `${indicator}\u0000${region}\u0000${year}`;

export function loadReference(db: Database.Database): Reference {
  const regionRows = db
    .prepare(
      'SELECT code, name_zh AS nameZh, name_en AS nameEn, kind, province_code AS province FROM regions',
    )
    .all() as RegionRef[];
  const aliasRows = hasTable(db, 'region_aliases')
    ? (db.prepare('SELECT alias, region_code AS code FROM region_aliases').all() as Array<{
        alias: string;
        code: string;
      }>)
    : [];
  const indicatorRows = db
    .prepare(
      'SELECT code, name_zh AS nameZh, name_en AS nameEn, unit, unit_en AS unitEn, aggregation FROM indicators',
    )
    .all() as IndicatorRef[];
  const obsRows = db
    .prepare(
      'SELECT indicator_code AS i, region_code AS r, year AS y, value AS v FROM observations',
    )
    .all() as Array<{ i: string; r: string; y: number; v: number }>;

  const regions = new Map(regionRows.map((r) => [r.code, r]));
  const indicators = new Map(indicatorRows.map((i) => [i.code, i]));
  const regionIndex = buildRegionIndex(regionRows, aliasRows);
  const indicatorIndex = new Map<string, IndicatorRef>();
  for (const ind of indicatorRows) {
    for (const name of [ind.nameEn, ind.nameZh, ind.code]) indicatorIndex.set(nameKey(name), ind);
  }
  const existing = new Map<string, number>();
  const byIndicatorYear = new Map<string, Map<string, number>>();
  const years = new Map<string, { first: number; last: number }>();
  for (const o of obsRows) {
    const range = years.get(o.i);
    if (!range) years.set(o.i, { first: o.y, last: o.y });
    else {
      range.first = Math.min(range.first, o.y);
      range.last = Math.max(range.last, o.y);
    }
    existing.set(obsKey(o.i, o.r, o.y), o.v);
    const k = `${o.i}\u0000${o.y}`;
    let m = byIndicatorYear.get(k);
    if (!m) byIndicatorYear.set(k, (m = new Map()));
    m.set(o.r, o.v);
  }

  return {
    regions,
    indicators,
    resolveRegion: (raw) => regionIndex.get(nameKey(raw)),
    resolveIndicator: (raw) => indicatorIndex.get(nameKey(raw)),
    existing: (i, r, y) => existing.get(obsKey(i, r, y)),
    existingByIndicatorYear: (i, y) => byIndicatorYear.get(`${i}\u0000${y}`) ?? new Map(),
    yearRange: (i) => years.get(i),
  };
}

/**
 * Name → region. Order matters: later sets win, so the database's own aliases override the
 * built-in spellings, and the region's code and names override everything.
 */
function buildRegionIndex(
  regions: RegionRef[],
  aliases: Array<{ alias: string; code: string }>,
): Map<string, RegionRef> {
  const index = new Map<string, RegionRef>();
  const byZh = new Map<string, RegionRef>();
  for (const r of regions.filter(isProvincialLevel)) {
    byZh.set(nameKey(r.nameZh), r);
    byZh.set(nameKey(stripAdminSuffix(r.nameZh)), r);
  }
  for (const known of KNOWN_REGION_NAMES) {
    const region =
      byZh.get(nameKey(known.zh)) ?? known.aliases.map((a) => byZh.get(nameKey(a))).find(Boolean);
    if (!region) continue;
    for (const name of [known.zh, ...known.aliases]) index.set(nameKey(name), region);
  }
  const byCode = new Map(regions.map((r) => [r.code, r]));
  for (const a of aliases) {
    const region = byCode.get(a.code);
    if (region) index.set(nameKey(a.alias), region);
  }
  // A city's shortened name can be a province's (吉林市 → 吉林): cities answer to their aliases,
  // which leave such names to the province (db/seed/cities.ts).
  for (const r of regions) {
    const names = isProvincialLevel(r)
      ? [r.code, r.nameZh, r.nameEn, stripAdminSuffix(r.nameZh)]
      : [r.code, r.nameZh, r.nameEn];
    for (const name of names) index.set(nameKey(name), r);
  }
  return index;
}

function isProvincialLevel(r: RegionRef): boolean {
  return r.kind === 'province' || r.kind === 'national' || r.kind === 'aggregate';
}

/** "广西壮族自治区" → "广西", "北京市" → "北京", "辽宁省" → "辽宁". */
function stripAdminSuffix(zh: string): string {
  return zh.replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/, '');
}

function hasTable(db: Database.Database, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}
