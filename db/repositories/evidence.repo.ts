/**
 * Read models for the Evidence screen: the import behind each observation, the import history, and the cause–indicator links the severity engine needs.
 */
import type Database from 'better-sqlite3';
import type { SeverityLink } from '../../engine/severity';

export function observationImportIds(
  db: Database.Database,
  indicator: string,
): { region_code: string; year: number; import_id: number | null }[] {
  return db
    .prepare('SELECT region_code, year, import_id FROM observations WHERE indicator_code = ?')
    .all(indicator) as { region_code: string; year: number; import_id: number | null }[];
}

export function listCauseNames(
  db: Database.Database,
): { id: string; nameZh: string; nameEn: string }[] {
  return db
    .prepare('SELECT id, name_zh AS nameZh, name_en AS nameEn FROM causes ORDER BY sort, id')
    .all() as { id: string; nameZh: string; nameEn: string }[];
}

export function listCauseIndicatorLinks(db: Database.Database): SeverityLink[] {
  return (
    db
      .prepare(
        'SELECT cause_id AS causeId, indicator_code AS indicator, direction, reference FROM cause_indicator_links ORDER BY cause_id, indicator_code',
      )
      .all() as SeverityLink[]
  ).map((l) => ({ ...l }));
}

/** Observations of every indicator some cause is linked to. */
export function linkedObservations(
  db: Database.Database,
): { indicator: string; region: string; year: number; value: number }[] {
  return db
    .prepare(
      `SELECT indicator_code AS indicator, region_code AS region, year, value FROM observations
       WHERE indicator_code IN (SELECT indicator_code FROM cause_indicator_links)`,
    )
    .all() as { indicator: string; region: string; year: number; value: number }[];
}

interface ImportLogRow {
  id: number;
  at: string;
  user: string;
  fileName: string;
  sha256: string;
  rows: number;
  inserted: number;
  updated: number;
  undone: number;
}

/** The newest 1000 imports, newest first. */
export function listImports(db: Database.Database) {
  return (
    db
      .prepare(
        `SELECT id, at, user, file_name AS fileName, sha256, rows_total AS rows,
           rows_inserted AS inserted, rows_updated AS updated, undone
         FROM import_log ORDER BY id DESC LIMIT 1000`,
      )
      .all() as ImportLogRow[]
  ).map((r) => ({ ...r, undone: r.undone === 1 }));
}
