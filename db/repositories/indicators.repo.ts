import type Database from 'better-sqlite3';
import { InvalidValueError, NotFoundError } from '../errors';
import { writeTransaction } from '../write-transaction';
import type { IndicatorSummary } from '../../contract/evidence';

export type Qualifier = 'exact' | 'approx' | 'nearly' | 'less_than';

export interface QualityFlag {
  rule: string;
  severity: 'info' | 'warning';
  messageZh: string;
  messageEn: string;
}

export interface Observation {
  indicator: string;
  region: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  unit: string;
  sourceId: string;
  /** "Publisher — title", the line a chart or briefing prints under the number. */
  sourceLineZh: string;
  sourceLineEn: string;
  noteZh: string;
  noteEn: string;
  flags: QualityFlag[];
}

export interface ObservationInput {
  indicator: string;
  region: string;
  year: number;
  value: number;
  sourceId: string;
  qualifier?: Qualifier;
  noteZh?: string;
  noteEn?: string;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
  /** The rows that were overwritten, as they were, so an import can be undone. */
  replaced: ObservationInput[];
}

interface IndicatorRow {
  code: string;
  name_zh: string;
  name_en: string;
  unit: string;
  unit_en: string;
  direction: 1 | -1;
  category: string;
  measure: 'level' | 'total';
  default_source_id: string | null;
  n: number;
  regions: number;
  years: string | null;
  flags: number;
}

/**
 * Every indicator with what the database holds of it: observations, regions, years and data
 * quality flags. The one reader of IndicatorSummary (Evidence screen, CLI, briefing, comparisons).
 */
export function listIndicatorSummaries(db: Database.Database): IndicatorSummary[] {
  const rows = db
    .prepare(
      `SELECT i.code, i.name_zh, i.name_en, i.unit, i.unit_en, i.direction, i.category, i.measure,
         i.default_source_id,
         (SELECT count(*) FROM observations o WHERE o.indicator_code = i.code) AS n,
         (SELECT count(DISTINCT region_code) FROM observations o WHERE o.indicator_code = i.code) AS regions,
         (SELECT json_group_array(year) FROM (SELECT DISTINCT year FROM observations o
            WHERE o.indicator_code = i.code ORDER BY year)) AS years,
         (SELECT count(*) FROM data_quality_flags f WHERE f.indicator_code = i.code) AS flags
       FROM indicators i ORDER BY i.sort, i.code`,
    )
    .all() as IndicatorRow[];
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    unit: r.unit,
    unitEn: r.unit_en,
    direction: r.direction,
    category: r.category,
    measure: r.measure,
    defaultSourceId: r.default_source_id,
    observations: r.n,
    regions: r.regions,
    years: r.years ? (JSON.parse(r.years) as number[]) : [],
    flags: r.flags,
  }));
}

interface ObservationRow {
  id: number;
  indicator_code: string;
  region_code: string;
  year: number;
  value: number;
  qualifier: Qualifier;
  unit: string;
  source_id: string;
  publisher_zh: string;
  publisher_en: string;
  title_zh: string;
  title_en: string;
  note_zh: string;
  note_en: string;
}

/** Observations of one indicator, optionally limited to some regions and years, by region then year. */
export function getObservations(
  db: Database.Database,
  indicator: string,
  filter: { regions?: readonly string[]; years?: readonly number[] } = {},
): Observation[] {
  if (!db.prepare('SELECT 1 FROM indicators WHERE code = ?').get(indicator))
    throw new NotFoundError('indicator', indicator);
  const where = ['o.indicator_code = ?'];
  const params: (string | number)[] = [indicator];
  if (filter.regions) {
    where.push(`o.region_code IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.regions));
  }
  if (filter.years) {
    where.push(`o.year IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.years));
  }
  const rows = db
    .prepare(
      `SELECT o.id, o.indicator_code, o.region_code, o.year, o.value, o.qualifier, i.unit, o.source_id,
              s.publisher_zh, s.publisher_en, s.title_zh, s.title_en, o.note_zh, o.note_en
       FROM observations o
       JOIN indicators i ON i.code = o.indicator_code
       JOIN sources s ON s.id = o.source_id
       JOIN regions r ON r.code = o.region_code
       WHERE ${where.join(' AND ')}
       ORDER BY r.sort, o.year`,
    )
    .all(...params) as ObservationRow[];
  const flagStmt = db.prepare(
    'SELECT rule, severity, message_zh, message_en FROM data_quality_flags WHERE observation_id = ? ORDER BY id',
  );
  return rows.map((r) => ({
    indicator: r.indicator_code,
    region: r.region_code,
    year: r.year,
    value: r.value,
    qualifier: r.qualifier,
    unit: r.unit,
    sourceId: r.source_id,
    sourceLineZh: `${r.publisher_zh}：${r.title_zh}`,
    sourceLineEn: `${r.publisher_en}: ${r.title_en}`,
    noteZh: r.note_zh,
    noteEn: r.note_en,
    flags: (
      flagStmt.all(r.id) as {
        rule: string;
        severity: 'info' | 'warning';
        message_zh: string;
        message_en: string;
      }[]
    ).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      messageZh: f.message_zh,
      messageEn: f.message_en,
    })),
  }));
}

/** Every quality flag, optionally of one indicator (including flags on no single observation). */
export function listQualityFlags(
  db: Database.Database,
  indicator?: string,
): (QualityFlag & {
  indicator: string | null;
  region: string | null;
  year: number | null;
  observationId: number | null;
})[] {
  const rows = db
    .prepare(
      `SELECT rule, severity, message_zh, message_en, indicator_code, region_code, year, observation_id
       FROM data_quality_flags ${indicator === undefined ? '' : 'WHERE indicator_code = ?'} ORDER BY id`,
    )
    .all(...(indicator === undefined ? [] : [indicator])) as {
    rule: string;
    severity: 'info' | 'warning';
    message_zh: string;
    message_en: string;
    indicator_code: string | null;
    region_code: string | null;
    year: number | null;
    observation_id: number | null;
  }[];
  return rows.map((r) => ({
    rule: r.rule,
    severity: r.severity,
    messageZh: r.message_zh,
    messageEn: r.message_en,
    indicator: r.indicator_code,
    region: r.region_code,
    year: r.year,
    observationId: r.observation_id,
  }));
}

/**
 * Inserts or replaces observations (by indicator × region × year) in ONE transaction: the
 * importer's commit. Any bad row aborts the whole batch, so a file is never half-imported.
 */
export function upsertObservations(
  db: Database.Database,
  rows: readonly ObservationInput[],
  opts: { importId?: number } = {},
): UpsertResult {
  const find = db.prepare(
    `SELECT indicator_code, region_code, year, value, source_id, qualifier, note_zh, note_en
     FROM observations WHERE indicator_code = ? AND region_code = ? AND year = ?`,
  );
  const upsert = db.prepare(
    `INSERT INTO observations (indicator_code, region_code, year, value, qualifier, source_id, note_zh, note_en, import_id)
     VALUES (@indicator, @region, @year, @value, @qualifier, @sourceId, @noteZh, @noteEn, @importId)
     ON CONFLICT (indicator_code, region_code, year) DO UPDATE SET
       value = excluded.value, qualifier = excluded.qualifier, source_id = excluded.source_id,
       note_zh = excluded.note_zh, note_en = excluded.note_en, import_id = excluded.import_id`,
  );
  // A flag on a paper figure describes the printed value; once a newer value replaces it, the flag would mislead.
  const dropFlags = db.prepare(
    `DELETE FROM data_quality_flags WHERE observation_id =
       (SELECT id FROM observations WHERE indicator_code = ? AND region_code = ? AND year = ?)`,
  );
  return writeTransaction(db, (): UpsertResult => {
    const result: UpsertResult = { inserted: 0, updated: 0, replaced: [] };
    rows.forEach((row, i) => {
      if (!Number.isFinite(row.value))
        throw new InvalidValueError(`rows[${i}].value`, 'must be a finite number');
      if (!Number.isInteger(row.year))
        throw new InvalidValueError(`rows[${i}].year`, 'must be an integer year');
      const old = find.get(row.indicator, row.region, row.year) as
        | {
            indicator_code: string;
            region_code: string;
            year: number;
            value: number;
            source_id: string;
            qualifier: Qualifier;
            note_zh: string;
            note_en: string;
          }
        | undefined;
      upsert.run({
        indicator: row.indicator,
        region: row.region,
        year: row.year,
        value: row.value,
        qualifier: row.qualifier ?? 'exact',
        sourceId: row.sourceId,
        noteZh: row.noteZh ?? '',
        noteEn: row.noteEn ?? '',
        importId: opts.importId ?? null,
      });
      if (old) {
        if (old.value !== row.value) dropFlags.run(row.indicator, row.region, row.year);
        result.updated += 1;
        result.replaced.push({
          indicator: old.indicator_code,
          region: old.region_code,
          year: old.year,
          value: old.value,
          sourceId: old.source_id,
          qualifier: old.qualifier,
          noteZh: old.note_zh,
          noteEn: old.note_en,
        });
      } else {
        result.inserted += 1;
      }
    });
    return result;
  });
}
