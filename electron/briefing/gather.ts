/**
 * Reads everything the briefing needs (except engine results) from the planner database into
 * the report model's input shape. Repositories where they exist; sources and dataset notes have
 * no repository yet, so they are read here with two plain SELECTs.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { measureCostFigures, type Scenario } from '../../contract/domain';
import type { DatasetNoteTopic, ReportInput, ReportRegionInput } from '../../engine/report';
import { importSourceId } from '../../db/import/commit';
import { currentUser } from '../../db/repositories/edit-log.repo';
import { listIndicatorSummaries, listQualityFlags } from '../../db/repositories/indicators.repo';
import { getRegion, listRegions } from '../../db/repositories/regions.repo';
import { gatherMapInput, type MapChoice } from './gather-map';
import { scenarioReferenceScope } from '../../db/repositories/reference-scope.repo';

/** Shown first when present: the paper's headline figures (§2, §3.3, §3.4); then other indicators. */
export const KEY_INDICATORS = [
  'disposable_income',
  'disposable_income_growth',
  'gdp_growth_nominal',
  'consumption_total',
  'sample20_stay_share',
  'sample20_graduates',
  'sample20_stayed',
  'outflow_rate_broad',
  'outflow_rate_narrow',
  'retention_shortfall',
  'ministry_stay_share',
  'outside_share_hit',
  'introduced_to_outflow_ratio',
  'gdp',
] as const;

const NATIONAL_CODE = 'CN';

type EngineParts = 'ranking' | 'robustness' | 'sensitivity' | 'date' | 'appVersion';
export type GatheredInput = Omit<ReportInput, EngineParts>;

interface ObservationRow {
  indicator_code: string;
  region_code: string;
  year: number;
  value: number;
  qualifier: ReportInput['observations'][number]['qualifier'];
  source_id: string;
}

/** sha256 over the observation rows and the scenario's content, so a reader can tell two briefings used the same data. */
export function dataChecksum(db: Database.Database, scenario: Scenario): string {
  const hash = createHash('sha256');
  const rows = db
    .prepare(
      'SELECT indicator_code, region_code, year, value, qualifier, source_id FROM observations ORDER BY indicator_code, region_code, year',
    )
    .raw()
    .iterate() as Iterable<unknown[]>;
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  // updatedAt changes on every save even when nothing else does: leave it out.
  const { updatedAt: _updatedAt, ...content } = scenario;
  hash.update(JSON.stringify(content));
  return hash.digest('hex');
}

/** The weighting as the scenario records it: the method actually applied, by whom, with its detail. */
function weighting(scenario: Scenario): ReportInput['weighting'] {
  const w = scenario.weighting;
  if (w.method === 'default') {
    return {
      method: 'equal',
      setBy:
        w.provenance.kind === 'confirmed'
          ? w.provenance.by
          : '默认值（论文未排序）/ default (the paper does not rank the causes)',
      confirmed: w.provenance.kind === 'confirmed',
    };
  }
  return {
    method: w.method,
    setBy: w.provenance.by === '' ? '—' : w.provenance.by,
    consistencyRatio: w.ahpCr,
    ...(w.ahpVariant ? { ahpVariant: w.ahpVariant } : {}),
    rocOrder: w.rocOrder,
    adjustedAfter: w.adjustedAfter,
  };
}

export function gatherReportInput(
  db: Database.Database,
  scenario: Scenario,
  mapChoice: MapChoice = undefined,
): GatheredInput {
  const region = getRegion(db, scenario.regionCode);
  const national = getRegion(db, NATIONAL_CODE);
  const toInput = (r: { code: string; nameZh: string; nameEn: string }): ReportRegionInput => ({
    code: r.code,
    name: { zh: r.nameZh, en: r.nameEn },
  });
  const regionInput = region
    ? { ...toInput(region), kind: region.kind }
    : {
        code: scenario.regionCode,
        name: { zh: scenario.regionCode, en: scenario.regionCode },
        kind: 'province' as const,
      };
  // An aggregate (the Northeast) is read together with its member provinces.
  const focusRegions =
    region?.kind === 'aggregate' && region.isNortheast
      ? [
          regionInput,
          ...listRegions(db)
            .filter((r) => r.kind === 'province' && r.isNortheast)
            .map(toInput),
        ]
      : [regionInput];

  const regionNames = new Map(listRegions(db).map((r) => [r.code, { zh: r.nameZh, en: r.nameEn }]));
  const all = listIndicatorSummaries(db);
  const rank = (code: string) => {
    const k = (KEY_INDICATORS as readonly string[]).indexOf(code);
    return k === -1 ? KEY_INDICATORS.length : k;
  };
  // Consumption sub-items (Table 2) are detail, not key indicators; the total stands for them.
  const indicators = all
    .filter(
      (i) =>
        i.observations > 0 &&
        !(i.code.startsWith('consumption_') && i.code !== 'consumption_total'),
    )
    .sort((a, b) => rank(a.code) - rank(b.code))
    .map((i) => ({
      code: i.code,
      name: { zh: i.nameZh, en: i.nameEn },
      unit: { zh: i.unit, en: i.unitEn },
      direction: i.direction,
      measure: i.measure,
      sourceId: i.defaultSourceId ?? '',
    }));
  // Every region's rows: a national reference may be a mean over the provinces (reference rule).
  const observations = (
    db
      .prepare(
        `SELECT indicator_code, region_code, year, value, qualifier, source_id FROM observations
         ORDER BY indicator_code, region_code, year`,
      )
      .all() as ObservationRow[]
  ).map((o) => ({
    indicatorCode: o.indicator_code,
    regionCode: o.region_code,
    year: o.year,
    value: o.value,
    qualifier: o.qualifier,
    sourceId: o.source_id,
  }));

  const importedFiles = new Map(
    (
      db.prepare('SELECT id, file_name, at, sha256 FROM import_log').all() as {
        id: number;
        file_name: string;
        at: string;
        sha256: string;
      }[]
    ).map((l) => [
      importSourceId(l.id),
      { fileName: l.file_name, importedAt: l.at, sha256: l.sha256 },
    ]),
  );
  const sources = (
    db
      .prepare(
        'SELECT id, publisher_zh, publisher_en, title_zh, title_en, year, note_zh, note_en FROM sources ORDER BY rowid',
      )
      .all() as Record<string, string | number | null>[]
  ).map((s) => ({
    id: String(s.id),
    publisher: { zh: String(s.publisher_zh), en: String(s.publisher_en) },
    title: { zh: String(s.title_zh), en: String(s.title_en) },
    year: s.year === null ? null : Number(s.year),
    note: { zh: String(s.note_zh ?? ''), en: String(s.note_en ?? '') },
    importedFile: importedFiles.get(String(s.id)) ?? null,
  }));
  const datasetNotes = (
    db.prepare('SELECT key, text_zh, text_en FROM dataset_notes ORDER BY rowid').all() as {
      key: string;
      text_zh: string;
      text_en: string;
    }[]
  ).map((n) => ({
    zh: n.text_zh,
    en: n.text_en,
    ...(isDatasetNoteTopic(n.key) ? { topic: n.key } : {}),
  }));

  // A city or grouping is read against what the scenario chose: its province, a peer group, the country.
  const scope = scenarioReferenceScope(db, scenario.id, regionInput.code);
  const compared =
    scope.comparison && scope.comparison.kind !== 'national'
      ? regionNames.get(scope.comparison.code)
      : undefined;
  const comparedWith = compared
    ? scope.comparison?.kind === 'province'
      ? { zh: `所在省${compared.zh}`, en: `its province, ${compared.en}` }
      : compared
    : undefined;

  return {
    author: currentUser(db),
    scenario: { id: scenario.id, name: scenario.name, coverageModel: scenario.coverageModel },
    region: regionInput,
    focusRegions,
    national: national
      ? toInput(national)
      : { code: NATIONAL_CODE, name: { zh: '全国', en: 'national' } },
    referenceScope: scope,
    ...(comparedWith ? { comparisonName: comparedWith } : {}),
    regionNames: Object.fromEntries(regionNames),
    indicators,
    observations,
    sources,
    qualityFlags: listQualityFlags(db).map((f) => ({
      severity: f.severity,
      indicatorCode: f.indicator,
      regionCode: f.region,
      ...(f.region !== null && regionNames.has(f.region)
        ? { regionName: regionNames.get(f.region)! }
        : {}),
      year: f.year,
      message: { zh: f.messageZh, en: f.messageEn },
    })),
    causes: scenario.causes.map((c) => ({
      id: c.id,
      name: { zh: c.nameZh, en: c.nameEn },
      paperSection: c.paperSection,
      weight: c.weight,
    })),
    weighting: weighting(scenario),
    constraints: {
      required: [...scenario.constraints.required],
      excluded: [...scenario.constraints.excluded],
      requires: scenario.constraints.requires.map(([a, b]) => [a, b]),
      excludes: scenario.constraints.excludes.map(([a, b]) => [a, b]),
      budgetIsDefault: scenario.budgetProvenance.kind === 'default',
    },
    measures: scenario.measures.map((m) => ({
      id: m.id,
      name: { zh: m.nameZh, en: m.nameEn },
      paperSection: m.paperSection,
      ...measureCostFigures(m),
      costProvenance: m.costProvenance.kind,
    })),
    impacts: scenario.impacts.map((c) => ({
      measureId: c.measureId,
      causeId: c.causeId,
      low: c.low,
      likely: c.likely,
      high: c.high,
      rationale: { zh: c.rationaleZh, en: c.rationaleEn },
      source: c.source,
      provenance: c.provenance.kind,
    })),
    datasetNotes,
    map: gatherMapInput(db, scenario, mapChoice),
    dataChecksum: dataChecksum(db, scenario),
  };
}

const NOTE_TOPICS: readonly DatasetNoteTopic[] = [
  'weights',
  'costs',
  'impacts',
  'budget',
  'lead-agency',
];

function isDatasetNoteTopic(key: string): key is DatasetNoteTopic {
  return (NOTE_TOPICS as readonly string[]).includes(key);
}
