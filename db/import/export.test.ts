import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeCsvCell, exportIndicatorCsv, exportIndicatorXlsx } from './export';
import { importBytes } from './run-import';
import { makeTestDb } from './test-db';

describe('escapeCsvCell (formula injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+cmd|calc', `'+cmd|calc`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['-2+3', `'-2+3`],
    ['\tx', `'\tx`],
    ['\rx', `"'\rx"`],
    ['-0.79', '-0.79'],
    ['+5', '+5'],
    ['广东', '广东'],
    ['a,b', '"a,b"'],
  ])('%j → %j', (input, output) => {
    expect(escapeCsvCell(input)).toBe(output);
  });

  it('never emits a cell that starts with a trigger unless it is a number', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', '1', '.', ',', '"', '广'),
        }),
        (s) => {
          const out = escapeCsvCell(s);
          const unquoted = out.startsWith('"') ? out.slice(1) : out;
          if (/^[=+\-@\t\r]/.test(unquoted)) expect(unquoted).toMatch(/^[+-]?(\d+(\.\d*)?|\.\d+)$/);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('indicator export round trip', () => {
  let db: Database.Database;
  beforeEach(async () => {
    db = await makeTestDb();
  });
  afterEach(() => db.close());

  it('CSV: a title row, 地区 × years, and it re-imports unchanged', async () => {
    const csv = exportIndicatorCsv(db, 'disposable_income');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('居民人均可支配收入（元） / Per-capita disposable income (yuan)');
    expect(lines[1]).toBe('地区,2023年,2024年');
    expect(lines).toContain('辽宁,37992,39876');
    const r = await importBytes(db, Buffer.from(csv), 'export.csv', {
      mapping: { regionColumn: '地区', indicator: 'disposable_income' },
    });
    expect(r).toMatchObject({ errors: [], accepted: 60, inserted: 0, updated: 0, unchanged: 60 });
  });

  it('XLSX: numbers stay numbers and it re-imports unchanged', async () => {
    const xlsx = await exportIndicatorXlsx(db, 'gdp');
    const r = await importBytes(db, xlsx, 'export.xlsx', {
      mapping: { regionColumn: '地区', indicator: 'gdp' },
    });
    expect(r).toMatchObject({ format: 'xlsx', errors: [], accepted: 31, unchanged: 31 });
  });

  it('guards a hostile region name in the CSV', () => {
    db.prepare(
      "UPDATE regions SET name_zh = '=HYPERLINK(\"http://evil\")' WHERE code = 'CN-LN'",
    ).run();
    const csv = exportIndicatorCsv(db, 'gdp');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|\r\n|,)=HYPERLINK/);
  });

  it('names an unknown indicator', () => {
    expect(() => exportIndicatorCsv(db, 'nope')).toThrow(/nope/);
  });
});
