/**
 * Export of one indicator as a regions × years table, in CSV or XLSX. The layout is the one the
 * importer reads back (a title row, then "地区 | 2023年 | 2024年 …"), so an exported file edited in
 * Excel re-imports with the mapping { regionColumn: "地区", indicator: <code> }.
 *
 * CSV cells are guarded against formula injection (OWASP "CSV Injection"): a region or indicator
 * name such as "=HYPERLINK(…)" would run when a colleague opens the file in Excel or WPS.
 */
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { NotFoundError } from '../errors';

export interface IndicatorTable {
  title: string;
  years: number[];
  rows: Array<{ region: string; values: Array<number | null> }>;
}

const GENUINE_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRIGGER = /^[=+\-@\t\r]/;

/** Prefix ' to a cell Excel would treat as a formula, unless it is simply a (negative) number. */
export function escapeCsvCell(text: string): string {
  const safe = TRIGGER.test(text) && !GENUINE_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function indicatorTable(db: Database.Database, indicatorCode: string): IndicatorTable {
  const ind = db
    .prepare(
      'SELECT name_zh AS nameZh, name_en AS nameEn, unit, unit_en AS unitEn FROM indicators WHERE code = ?',
    )
    .get(indicatorCode) as
    { nameZh: string; nameEn: string; unit: string; unitEn: string } | undefined;
  if (!ind) throw new NotFoundError('指标 / indicator', indicatorCode);
  const obs = db
    .prepare(
      `SELECT r.name_zh AS region, o.year, o.value FROM observations o JOIN regions r ON r.code = o.region_code
       WHERE o.indicator_code = ? ORDER BY r.sort, r.code, o.year`,
    )
    .all(indicatorCode) as Array<{ region: string; year: number; value: number }>;
  const years = [...new Set(obs.map((o) => o.year))].sort((a, b) => a - b);
  const byRegion = new Map<string, Map<number, number>>();
  for (const o of obs) {
    let m = byRegion.get(o.region);
    if (!m) byRegion.set(o.region, (m = new Map()));
    m.set(o.year, o.value);
  }
  return {
    title: `${ind.nameZh}（${ind.unit}） / ${ind.nameEn} (${ind.unitEn})`,
    years,
    rows: [...byRegion].map(([region, m]) => ({
      region,
      values: years.map((y) => m.get(y) ?? null),
    })),
  };
}

/** A sheet's rows; null is an empty cell. */
export type SheetRows = ReadonlyArray<ReadonlyArray<string | number | null>>;

/** UTF-8 with BOM: without it Excel on Chinese Windows opens the file as GBK and shows mojibake. */
export function csvText(rows: SheetRows): string {
  const line = (cells: ReadonlyArray<string | number | null>) =>
    cells.map((c) => escapeCsvCell(c === null ? '' : String(c))).join(',');
  return `\uFEFF${rows.map(line).join('\r\n')}\r\n`;
}

/** One worksheet; numbers stay numbers (not text) so planners can compute with them. */
export async function xlsxBytes(sheet: string, rows: SheetRows, created?: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  // A fixed date makes a generated file the same on every run (templates/ is committed).
  if (created) {
    wb.created = created;
    wb.modified = created;
  }
  const ws = wb.addWorksheet(sheet.slice(0, 31));
  // Strings are never formulas in XLSX: no escaping needed here.
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function exportRows(t: IndicatorTable): SheetRows {
  return [
    [t.title],
    ['地区', ...t.years.map((y) => `${y}年`)],
    ...t.rows.map((r) => [r.region, ...r.values]),
  ];
}

export function exportIndicatorCsv(db: Database.Database, indicatorCode: string): string {
  return csvText(exportRows(indicatorTable(db, indicatorCode)));
}

export async function exportIndicatorXlsx(
  db: Database.Database,
  indicatorCode: string,
): Promise<Buffer> {
  return xlsxBytes(indicatorCode, exportRows(indicatorTable(db, indicatorCode)));
}
