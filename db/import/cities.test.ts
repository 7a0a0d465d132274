import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '../../scripts/generate-templates';
import { TEMPLATE_FILES, templateFileBytes, templateRows } from './city-template';
import { undoImport } from './commit';
import { importBytes } from './run-import';
import { makeTestDb } from './test-db';

const now = () => new Date('2026-06-01T00:00:00Z');
const value = (db: Database.Database, indicator: string, region: string, year: number) =>
  (
    db
      .prepare(
        'SELECT value FROM observations WHERE indicator_code = ? AND region_code = ? AND year = ?',
      )
      .get(indicator, region, year) as { value: number } | undefined
  )?.value;

let db: Database.Database;
beforeEach(async () => {
  db = await makeTestDb();
});
afterEach(() => db.close());

describe('city-level import', () => {
  it('a CSV naming cities in mixed spellings lands on the right cities, with a report, and undoes', async () => {
    const lines = [
      '城市,指标,年份,数值,单位',
      '沈阳市,disposable_income,2024,54000,元', // official name
      '大连,disposable_income,2024,56000,元', // without 市
      'Harbin,disposable_income,2024,45000,元', // English
      'QIQIHAER,disposable_income,2024,33000,元', // pinyin, upper case
      '吉林市,disposable_income,2024,38000,元', // the city, not the province
      'Jilin City,gdp,2024,1500,亿元',
      '220100,disposable_income,2024,47000,元', // GB/T 2260 code
      '2224,disposable_income,2024,36000,元', // the package's four digits
      '延边州,gdp,2024,900,亿元', // abbreviation
      "Daxing'anling,disposable_income,2024,30000,元",
      '　鞍山市　,disposable_income,2024,40000,元', // full-width spaces
      '吉林,gdp,2023,13500,亿元', // the province
    ];
    const r = await importBytes(db, Buffer.from(lines.join('\n')), 'cities.csv', {
      now,
      user: 'planner',
    });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ rows: 12, accepted: 12, committed: true, inserted: 12 });
    expect(value(db, 'disposable_income', '210100', 2024)).toBe(54000);
    expect(value(db, 'disposable_income', '210200', 2024)).toBe(56000);
    expect(value(db, 'disposable_income', '230100', 2024)).toBe(45000);
    expect(value(db, 'disposable_income', '230200', 2024)).toBe(33000);
    expect(value(db, 'disposable_income', '220200', 2024)).toBe(38000);
    expect(value(db, 'gdp', '220200', 2024)).toBe(1500);
    expect(value(db, 'disposable_income', '220100', 2024)).toBe(47000);
    expect(value(db, 'disposable_income', '222400', 2024)).toBe(36000);
    expect(value(db, 'gdp', '222400', 2024)).toBe(900);
    expect(value(db, 'disposable_income', '232700', 2024)).toBe(30000);
    expect(value(db, 'disposable_income', '210300', 2024)).toBe(40000);
    expect(value(db, 'gdp', 'CN-JL', 2023)).toBe(13500);

    const undone = undoImport(db, r.importId!);
    expect(undone.deleted).toBe(12);
    expect(value(db, 'disposable_income', '210100', 2024)).toBeUndefined();
  });

  it('checks a city against its own province (a total above it, a per-capita figure far from it) and its previous year', async () => {
    const lines = [
      '地区,指标,年份,数值,单位',
      '大连市,gdp,2024,40000,亿元', // Liaoning's 2024 GDP is 32,612.7
      '沈阳市,disposable_income,2024,120000,元', // about 3 × Liaoning's
      '抚顺市,disposable_income,2024,36000,元', // plausible
      '抚顺市,disposable_income,2023,20000,元', // +80 % in a year
    ];
    const r = await importBytes(db, Buffer.from(lines.join('\n')), 'check.csv', {
      now,
      dryRun: true,
    });
    expect(r.errors).toEqual([]);
    const byLine = (line: number) => r.warnings.filter((w) => w.line === line).map((w) => w.rule);
    expect(byLine(2)).toContain('implausible-vs-province');
    expect(byLine(3)).toContain('implausible-vs-province');
    expect(byLine(4)).toEqual(['implausible-vs-previous-year']);
    expect(r.warnings.find((w) => w.line === 2)?.message).toMatch(/辽宁.*Liaoning/s);
  });

  it('refuses rows for a grouping: its value comes from its members', async () => {
    const r = await importBytes(
      db,
      Buffer.from('地区,指标,年份,数值,单位\n沈阳都市圈,gdp,2024,20000,亿元\n'),
      'metro.csv',
      { now },
    );
    expect(r.committed).toBe(false);
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 2, rule: 'grouping-region', value: '沈阳都市圈' }),
    ]);
    expect(r.errors[0]?.message).toMatch(/地区组合.*grouping/s);
  });
});

describe('the shipped template and example', () => {
  it('the committed files are what scripts/generate-templates.ts writes', async () => {
    for (const file of ['csv', 'exampleCsv'] as const)
      expect(fs.readFileSync(path.join(TEMPLATES_DIR, TEMPLATE_FILES[file])), file).toEqual(
        await templateFileBytes(file),
      );
    // XLSX zips carry timestamps of their own: compare what a planner sees, the cells.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(TEMPLATES_DIR, TEMPLATE_FILES.xlsx));
    const cells = (wb.worksheets[0]?.getSheetValues() ?? [])
      .slice(1)
      .map((row) => (Array.isArray(row) ? row.slice(1).map((c) => c ?? null) : []));
    const expected = templateRows().map((r) => {
      const out = [...r];
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return out;
    });
    expect(cells).toEqual(expected);
  });

  it('the template names the 36 cities and the indicator codes, and imports without an error', async () => {
    const csv = fs.readFileSync(path.join(TEMPLATES_DIR, TEMPLATE_FILES.csv));
    const text = csv.toString('utf8');
    expect(text).toContain('延边朝鲜族自治州');
    expect(text).toContain('gdp (亿元)');
    for (const name of [TEMPLATE_FILES.csv, TEMPLATE_FILES.xlsx]) {
      const r = await importBytes(db, fs.readFileSync(path.join(TEMPLATES_DIR, name)), name, {
        now,
        dryRun: true,
      });
      expect(r.errors, name).toEqual([]);
      expect(r.rows, name).toBe(36);
      expect(r.accepted, name).toBe(0);
      expect(new Set(r.warnings.map((w) => w.rule)), name).toEqual(new Set(['missing-value']));
    }
  });

  it('the example previews (its spellings resolve) but can never be committed', async () => {
    const bytes = fs.readFileSync(path.join(TEMPLATES_DIR, TEMPLATE_FILES.exampleCsv));
    const preview = await importBytes(db, bytes, 'example.csv', { now, dryRun: true });
    expect(preview.errors.map((e) => e.rule)).toEqual(['example-data']);
    expect(preview.accepted).toBe(24);
    const commit = await importBytes(db, bytes, 'example.csv', { now });
    expect(commit.committed).toBe(false);
    expect(value(db, 'gdp', '210100', 2024)).toBeUndefined();
  });
});
