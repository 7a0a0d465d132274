/**
 * The fixture corpus (fixtures/make-fixtures.ts): every file either imports with the expected
 * report, or is refused with the expected rule, and the evidence checksum is unchanged after
 * every refusal and after undoing every successful import.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observationsChecksum, undoImport } from './commit';
import { importMappingSchema } from '../../contract/evidence';
import { importFile } from './run-import';
import { makeTestDb } from './test-db';

const dir = path.join(import.meta.dirname, 'fixtures');

interface Case {
  file: string;
  rows?: number;
  accepted: number;
  errors?: Array<[number, string]>;
  warnings?: Array<[number, string]>;
  encoding?: string | null;
  /** [indicator, region, year, value] present after the commit. */
  values?: Array<[string, string, number, number]>;
}

const PREV = 'implausible-vs-previous-year';
const PEERS = 'implausible-vs-peers';
const CASES: Case[] = [
  {
    file: '01-long-utf8.csv',
    rows: 31,
    accepted: 31,
    encoding: 'utf-8',
    warnings: [[11, PREV]],
    values: [['gdp', 'CN-LN', 2025, 34243.34]],
  },
  {
    file: '02-long-utf8-bom-english.csv',
    accepted: 6,
    encoding: 'utf-8-bom',
    values: [['gdp', 'CN-GD', 2025, 148715.5]],
  },
  {
    file: '03-long-gbk.csv',
    accepted: 31,
    encoding: 'gb18030',
    warnings: [[11, PREV]],
    values: [['gdp', 'CN-HL', 2025, 17300.75]],
  },
  {
    file: '04-long-gb18030.csv',
    rows: 10,
    accepted: 10,
    encoding: 'gb18030',
    warnings: [[11, PREV]],
  },
  {
    file: '05-long-utf16le.txt',
    accepted: 7,
    encoding: 'utf-16le',
    values: [['gdp', 'CN-ZJ', 2025, 94605]],
  },
  {
    file: '06-fullwidth-digits.csv',
    accepted: 3,
    warnings: [[4, PREV]],
    values: [
      ['gdp', 'CN-LN', 2025, 34243.34],
      ['gdp', 'CN-JL', 2025, 15079.28],
      ['gdp', 'CN-HL', 2025, -1],
    ],
  },
  { file: '07-thousands-separators.csv', accepted: 5, values: [['gdp', 'CN-GD', 2025, 148715.5]] },
  {
    file: '08-wan-yi-units.csv',
    accepted: 4,
    warnings: [
      [3, 'unit-converted'],
      [4, 'unit-converted'],
    ],
    values: [
      ['gdp', 'CN-GD', 2025, 148700],
      ['gdp', 'CN-JS', 2025, 143858.4],
      ['gdp', 'CN-SD', 2025, 103494.3],
      ['gdp', 'CN-ZJ', 2025, 94605],
    ],
  },
  { file: '09-percent.csv', accepted: 6, values: [['gdp_growth_nominal', 'CN-GD', 2025, 4.39]] },
  {
    file: '10-title-rows-wide-year.csv',
    rows: 8,
    accepted: 16,
    values: [['gdp', 'CN-FJ', 2025, 60649.07]],
  },
  {
    file: '11-wide-by-year.csv',
    rows: 30,
    accepted: 60,
    // Shanghai and Beijing really are outliers of the income distribution: warnings, not errors.
    warnings: [
      [2, PEERS],
      [2, PEERS],
      [3, PEERS],
      [3, PEERS],
    ],
    values: [
      ['disposable_income', 'CN-LN', 2021, 36092],
      ['disposable_income', 'CN-LN', 2022, 37232],
    ],
  },
  {
    file: '12-wide-by-indicator.csv',
    rows: 10,
    accepted: 20,
    warnings: [[11, PREV]],
    values: [['gdp_growth_nominal', 'CN-HN', 2025, 5]],
  },
  {
    file: '13-wide-by-indicator-auto.csv',
    rows: 10,
    accepted: 20,
    warnings: [[11, PREV]],
    values: [['gdp', 'CN-SC', 2025, 67931.85]],
  },
  { file: '14-paper-table1-repeated-header.csv', rows: 31, accepted: 62, warnings: [[34, PEERS]] },
  {
    // Too many fields and too few are both rows that cannot be imported: errors.
    file: '15-ragged-rows.csv',
    rows: 3,
    accepted: 1,
    errors: [
      [3, 'ragged-row'],
      [4, 'ragged-row'],
    ],
  },
  { file: '16-duplicate-rows.csv', accepted: 2, errors: [[4, 'duplicate-row']] },
  {
    file: '17-unknown-provinces.csv',
    accepted: 1,
    errors: [
      [3, 'unknown-region'],
      [4, 'unknown-region'],
      [5, 'unknown-region'],
      [6, 'unknown-indicator'],
    ],
  },
  {
    file: '18-text-in-numbers.csv',
    accepted: 1,
    errors: [
      [2, 'not-a-number'],
      [3, 'not-a-number'],
      [4, 'not-a-number'],
      [6, 'not-a-number'],
    ],
  },
  {
    file: '19-missing-values.csv',
    accepted: 1,
    warnings: [
      [2, 'missing-value'],
      [3, 'missing-value'],
      [4, 'missing-value'],
      [6, 'missing-value'],
    ],
    values: [['gdp', 'CN-BJ', 2025, 52335.26]],
  },
  {
    file: '20-unit-mismatch.csv',
    accepted: 2,
    errors: [
      [2, 'unit-mismatch'],
      [3, 'unit-mismatch'],
    ],
  },
  { file: '21-implausible-peers.csv', accepted: 31, warnings: [[31, PEERS]] },
  { file: '22-implausible-previous-year.csv', accepted: 3, warnings: [[2, PREV]] },
  {
    file: '23-overwrite.csv',
    accepted: 2,
    warnings: [[2, 'overwrite']],
    values: [['gdp', 'CN-LN', 2024, 32613]],
  },
  {
    file: '24-merged-header.xlsx',
    rows: 12,
    accepted: 24,
    encoding: null,
    warnings: [[13, 'overwrite']],
    values: [['gdp', 'CN-HN', 2024, 53231]],
  },
  {
    file: '25-formulas.xlsx',
    accepted: 3,
    warnings: [
      [3, 'formula'],
      [4, 'formula'],
      [5, 'formula'],
      [5, 'missing-value'],
    ],
    values: [['gdp', 'CN-JL', 2025, 15067.07]],
  },
  { file: '26-dates.xlsx', accepted: 3, values: [['gdp', 'CN-LN', 2025, 34243.34]] },
  {
    file: '27-english-names.csv',
    accepted: 6,
    values: [
      ['gdp', 'CN-XZ', 2025, 2903.19],
      ['disposable_income', 'CN', 2025, 43380],
    ],
  },
  { file: '28-zip-bomb-ratio.xlsx', rows: 0, accepted: 0, errors: [[0, 'zip-bomb']] },
  { file: '29-zip-bomb-lying-sizes.xlsx', rows: 0, accepted: 0, errors: [[0, 'zip-bomb']] },
  { file: '30-zip-bomb-declared.xlsx', rows: 0, accepted: 0, errors: [[0, 'zip-bomb']] },
  { file: '31-not-a-zip.xlsx', accepted: 0, errors: [[0, 'not-xlsx']] },
  { file: '32-legacy.xls', accepted: 0, errors: [[0, 'unsupported-format']] },
  { file: '33-header-not-found.csv', accepted: 0, errors: [[0, 'header-not-found']] },
  { file: '34-quoted-newline.csv', rows: 2, accepted: 1, errors: [[4, 'not-a-number']] },
  {
    file: '35-wide-by-year-second-sheet.xlsx',
    rows: 10,
    accepted: 20,
    values: [['disposable_income', 'CN-SH', 2021, 80592]],
  },
];

function mappingFor(file: string): ReturnType<typeof importMappingSchema.parse> | undefined {
  const p = path.join(dir, file.replace(/\.[^.]+$/, '.map.json'));
  return fs.existsSync(p)
    ? importMappingSchema.parse(JSON.parse(fs.readFileSync(p, 'utf8')))
    : undefined;
}

const valueOf = (db: Database.Database, i: string, r: string, y: number): number | undefined =>
  (
    db
      .prepare(
        'SELECT value FROM observations WHERE indicator_code = ? AND region_code = ? AND year = ?',
      )
      .get(i, r, y) as { value: number } | undefined
  )?.value;

describe('import corpus', () => {
  let db: Database.Database;
  beforeEach(async () => {
    db = await makeTestDb();
  });
  afterEach(() => db.close());

  it('has at least 25 files covering the brief', () => {
    const files = fs.readdirSync(dir).filter((f) => !f.endsWith('.ts') && !f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.file))).toEqual(new Set(files));
  });

  it.each(CASES)('$file', async (c) => {
    const before = observationsChecksum(db);
    const mapping = mappingFor(c.file);
    const report = await importFile(db, path.join(dir, c.file), mapping ? { mapping } : {});

    expect(report.errors.map((e) => [e.line, e.rule])).toEqual(c.errors ?? []);
    expect(report.warnings.map((w) => [w.line, w.rule])).toEqual(c.warnings ?? []);
    expect(report.accepted).toBe(c.accepted);
    if (c.rows !== undefined) expect(report.rows).toBe(c.rows);
    if (c.encoding !== undefined) expect(report.encoding).toBe(c.encoding);
    for (const issue of [...report.errors, ...report.warnings]) {
      // Bilingual: Chinese first, then " / " and English.
      expect(issue.message).toMatch(/[\u4e00-\u9fff].* \/ ["A-Z]/);
    }

    if (report.errors.length > 0) {
      expect(report.committed).toBe(false);
      expect(observationsChecksum(db)).toBe(before);
      expect(db.prepare('SELECT count(*) AS n FROM import_log').get()).toEqual({ n: 0 });
      return;
    }
    expect(report.committed).toBe(report.accepted > 0);
    for (const [i, r, y, v] of c.values ?? []) expect(valueOf(db, i, r, y)).toBeCloseTo(v, 6);
    if (report.importId !== null) {
      undoImport(db, report.importId);
      expect(observationsChecksum(db)).toBe(before);
    }
  });
});
