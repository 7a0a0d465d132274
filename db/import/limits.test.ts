import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observationsChecksum } from './commit';
import { importBytes, importFile } from './run-import';
import { makeTestDb } from './test-db';

const fixture = (name: string): string => path.join(import.meta.dirname, 'fixtures', name);

describe('import limits', () => {
  let db: Database.Database;
  let before: string;
  let tmp: string;
  beforeEach(async () => {
    db = await makeTestDb();
    before = observationsChecksum(db);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-import-'));
  });
  afterEach(() => {
    expect(observationsChecksum(db)).toBe(before);
    db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const big = path.join(tmp, 'big.csv');
    // A sparse file: 50 MB + 1 byte on paper, nothing on disk; the size check must not read it.
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024 + 1);
    const r = await importFile(db, big);
    expect(r.errors).toEqual([
      expect.objectContaining({
        line: 0,
        rule: 'file-too-large',
        message: expect.stringMatching(/50 MB 上限.*50 MB limit/),
      }),
    ]);
  });

  it('refuses too many rows and too many columns', async () => {
    const rows = await importFile(db, fixture('01-long-utf8.csv'), { limits: { maxRows: 10 } });
    expect(rows.errors.map((e) => e.rule)).toEqual(['too-many-rows']);
    const cols = await importBytes(db, Buffer.from('地区,指标,年份,数值,单位\n'), 'a.csv', {
      limits: { maxColumns: 4 },
    });
    expect(cols.errors.map((e) => [e.rule, e.value])).toEqual([['too-many-columns', '5']]);
    const xlsx = await importFile(db, fixture('25-formulas.xlsx'), { limits: { maxColumns: 4 } });
    expect(xlsx.errors.map((e) => e.rule)).toEqual(['too-many-columns']);
  });

  it('refuses an XLSX whose central directory declares more than the unzipped limit', async () => {
    const r = await importFile(db, fixture('24-merged-header.xlsx'), {
      limits: { maxUnzippedBytes: 4096 },
    });
    expect(r.errors).toEqual([
      expect.objectContaining({
        rule: 'zip-bomb',
        message: expect.stringMatching(/压缩炸弹.*zip bomb/),
      }),
    ]);
  });

  it('refuses an archive that lies about its sizes without inflating more than it declared', async () => {
    const before = process.memoryUsage().rss;
    const r = await importFile(db, fixture('29-zip-bomb-lying-sizes.xlsx'));
    expect(r.errors.map((e) => e.rule)).toEqual(['zip-bomb']);
    // The capped inflate stops at 1 KB + 1: memory must not grow by the 8 MB the part really holds.
    expect(process.memoryUsage().rss - before).toBeLessThan(8 * 1024 * 1024);
  });
});
