/**
 * Files a careless colleague or a hostile one might send: footnote marks that NFKC would read as
 * digits, years in the future or far from the series, rows that cannot be imported, a cell of
 * 5,000 characters, a file name with a bidi override. Each is either refused with the cell named
 * (nothing written) or, when the planner asked to skip bad rows, imported without those rows and
 * with the skipped lines reported. The cases are counted for scripts/check-security.ts.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observationsChecksum, undoImport } from './commit';
import { importBytes, type ImportOptions, type ImportReport } from './run-import';
import { makeTestDb } from './test-db';

/** The clock these tests run at: 2 December 2026. */
const NOW = (): Date => new Date(2026, 11, 2);
const csv = (...lines: string[]): Buffer => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
const HEADER = '地区,指标,年份,数值,单位';

const figures = { cases: 0, correctlyRefused: 0 };
/** One hostile case: counted, and counted as refused only when its assertions all held. */
async function hostileCase(check: () => Promise<void> | void): Promise<void> {
  figures.cases += 1;
  await check();
  figures.correctlyRefused += 1;
}

afterAll(() => {
  console.info(`[import-bad-input] ${JSON.stringify(figures)}`);
  const dir = process.env.TRP_FIGURES_DIR;
  if (dir) fs.writeFileSync(path.join(dir, 'import-bad-input.json'), JSON.stringify(figures));
});

describe('hostile import files', () => {
  let db: Database.Database;
  let before: string;
  const run = (bytes: Buffer, opts: ImportOptions = {}, name = 'x.csv'): Promise<ImportReport> =>
    importBytes(db, bytes, name, { now: NOW, ...opts });
  const expectNothingWritten = (r: ImportReport): void => {
    expect(r.committed).toBe(false);
    expect(observationsChecksum(db)).toBe(before);
    expect(db.prepare('SELECT count(*) AS n FROM import_log').get()).toEqual({ n: 0 });
  };
  beforeEach(async () => {
    db = await makeTestDb();
    before = observationsChecksum(db);
  });
  afterEach(() => db.close());

  it('footnote marks are errors naming the cell, never extra digits', () =>
    hostileCase(async () => {
      const r = await run(
        csv(
          HEADER,
          '广东,gdp,2025,148715.5¹,亿元',
          '江苏,gdp,2025,14385²,亿元',
          '山东,gdp,2025,1034③,亿元',
          '浙江,gdp,202⁵,94605,亿元',
          '辽宁,gdp,2025,34243.34,亿元',
        ),
      );
      expect(r.errors.map((e) => [e.line, e.column, e.value, e.rule])).toEqual([
        [2, '数值', '148715.5¹', 'non-ascii-digit'],
        [3, '数值', '14385²', 'non-ascii-digit'],
        [4, '数值', '1034③', 'non-ascii-digit'],
        [5, '年份', '202⁵', 'non-ascii-digit'],
      ]);
      expect(r.errors[0]?.message).toMatch(/“¹”（U\+00B9）.* \/ .*"¹" \(U\+00B9\)/);
      expect(r.errors[2]?.message).toMatch(/U\+2462/);
      expectNothingWritten(r);
    }));

  it('a year after the current year is an error; the clock decides which year that is', () =>
    hostileCase(async () => {
      const file = csv(HEADER, '辽宁,gdp,2026,35000,亿元', '吉林,gdp,2027,15800,亿元');
      const r = await run(file, { dryRun: true });
      expect(r.errors.map((e) => [e.line, e.column, e.value, e.rule])).toEqual([
        [3, '年份', '2027', 'future-year'],
      ]);
      expect(r.errors[0]?.message).toMatch(/2027.*2026.* \/ The year 2027 is after/);
      expectNothingWritten(r);
      const later = await run(file, { dryRun: true, now: () => new Date(2027, 0, 1) });
      expect(later.errors).toEqual([]);
    }));

  it('a year in a header or the mapping after the current year refuses the file once', () =>
    hostileCase(async () => {
      const r = await run(csv('地区,2025年,2040年', '辽宁,34243.34,40000', '吉林,15079.28,16000'), {
        mapping: { regionColumn: '地区', indicator: 'gdp' },
        skipBadRows: true,
      });
      expect(r.errors.map((e) => [e.line, e.column, e.rule])).toEqual([
        [1, '2040年', 'future-year'],
      ]);
      expect(r.skipped).toBe(0);
      expectNothingWritten(r);
    }));

  it('a year more than 10 years outside the indicator series is a warning, once per year', async () => {
    // The test database holds GDP for 2024 only.
    const r = await run(
      csv(
        HEADER,
        '辽宁,gdp,2013,20000,亿元',
        '吉林,gdp,2013,10000,亿元',
        '辽宁,gdp,2014,21000,亿元',
        '辽宁,gdp,1924,3000,亿元',
      ),
      { dryRun: true },
    );
    expect(r.errors).toEqual([]);
    const outside = r.warnings.filter((w) => w.rule === 'year-outside-series');
    expect(outside.map((w) => [w.line, w.value])).toEqual([
      [2, '2013'],
      [5, '1924'],
    ]);
    expect(outside[1]?.message).toMatch(/1924.*2024.* \/ 1924 lies far outside .*\(2024–2024\)/);
  });

  it('rows that cannot be imported refuse the file unless skipping is asked for', () =>
    hostileCase(async () => {
      const file = csv(
        HEADER,
        '辽宁,gdp,2025,34243.34,亿元',
        '吉林,gdp,2025,15079.28',
        '黑龙江,gdp,2025,17300.75,亿元,多余',
        '火星,gdp,2025,100,亿元',
        '北京,gdp,2025,abc,亿元',
        '上海,gdp,2025,53926.71,亿元',
      );
      const refused = await run(file);
      expect(refused.errors.map((e) => [e.line, e.rule])).toEqual([
        [3, 'ragged-row'],
        [4, 'ragged-row'],
        [5, 'unknown-region'],
        [6, 'not-a-number'],
      ]);
      expect(refused.skipped).toBe(0);
      expectNothingWritten(refused);

      const skipped = await run(file, { skipBadRows: true });
      expect(skipped.errors).toEqual([]);
      expect(skipped).toMatchObject({
        rows: 6,
        accepted: 2,
        skipped: 4,
        skippedLines: [3, 4, 5, 6],
        committed: true,
        inserted: 2,
      });
      expect(skipped.warnings.map((w) => [w.line, w.rule])).toEqual([
        [0, 'rows-skipped'],
        [3, 'ragged-row'],
        [4, 'ragged-row'],
        [5, 'unknown-region'],
        [6, 'not-a-number'],
      ]);
      expect(skipped.warnings[0]?.message).toMatch(/跳过了 4 行.*3, 4, 5, 6.* \/ .*4 rows/);
      const stored = db
        .prepare('SELECT region_code FROM observations WHERE import_id = ? ORDER BY region_code')
        .all(skipped.importId) as Array<{ region_code: string }>;
      expect(stored.map((s) => s.region_code)).toEqual(['CN-LN', 'CN-SH']);
      undoImport(db, skipped.importId ?? -1);
      expect(observationsChecksum(db)).toBe(before);
    }));

  it('skipping bad rows skips the whole row of a wide table, not just the bad cell', async () => {
    const r = await run(csv('地区,2023年,2024年', '辽宁,30000,31000', '吉林,14000,1034③'), {
      mapping: { regionColumn: '地区', indicator: 'disposable_income', unit: '元' },
      skipBadRows: true,
      dryRun: true,
    });
    expect(r).toMatchObject({ accepted: 2, skipped: 1, skippedLines: [3], errors: [] });
  });

  it('a cell over 4,000 characters is an error of its row, quoted clipped', () =>
    hostileCase(async () => {
      const long = `${'很长的注释'.repeat(1000)}x`;
      const r = await run(
        csv(
          `${HEADER},备注`,
          '辽宁,gdp,2025,34243.34,亿元,短',
          `吉林,gdp,2025,15079.28,亿元,${long}`,
        ),
      );
      expect(r.errors.map((e) => [e.line, e.column, e.rule])).toEqual([
        [3, '备注', 'cell-too-long'],
      ]);
      const e = r.errors[0];
      expect(e?.message).toMatch(/5,001 个字符.*4,000.* \/ The cell has 5,001 characters/);
      expect(e?.value.length).toBeLessThan(300);
      expect(e?.value).toMatch(/^很长的注释.*…（共 5001 字符 \/ 5001 chars）$/);
      expectNothingWritten(r);
    }));

  it('every quoted text is clipped: a 6,000-character region name or header', () =>
    hostileCase(async () => {
      const name = '省'.repeat(6000);
      const r = await run(csv(HEADER, `${name},gdp,2025,1,亿元`), {
        limits: { maxCellChars: 10_000 },
      });
      expect(r.errors.map((e) => e.rule)).toEqual(['unknown-region']);
      for (const issue of r.errors) {
        expect(issue.message.length).toBeLessThan(400);
        expect(issue.value.length).toBeLessThan(300);
      }
      const header = await run(csv(`地区,指标,年份,数值,${'列'.repeat(4500)}`, '辽宁,gdp,2025,1,'));
      expect(header.errors.map((e) => [e.line, e.column, e.rule])).toEqual([
        [1, 'E', 'cell-too-long'],
      ]);
      expectNothingWritten(header);
    }));

  it('bidi overrides and control characters never reach the import log', () =>
    hostileCase(async () => {
      const r = await run(
        csv(HEADER, '辽宁,gdp,2025,34243.34,亿元'),
        {},
        'rlo-name\u202Evsc.exe\u0007\u001b[2J.csv',
      );
      expect(r.committed).toBe(true);
      const log = db.prepare('SELECT file_name FROM import_log WHERE id = ?').get(r.importId) as {
        file_name: string;
      };
      expect(log.file_name).toBe('rlo-namevsc.exe[2J.csv');
      const source = db
        .prepare('SELECT title_zh, title_en FROM sources WHERE id = ?')
        .get(`import-${r.importId}`);
      expect(JSON.stringify(source)).not.toMatch(/\\u202e|\\u001b|\\u0007/i);
      expect(Object.values(source as object).join('')).not.toMatch(/[\u202A-\u202E\p{Cc}]/u);
    }));
});
