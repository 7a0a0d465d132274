import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportUndoError, observationsChecksum, undoImport } from './commit';
import { importBytes } from './run-import';
import { makeTestDb } from './test-db';

const csv = (rows: string[]): Buffer =>
  Buffer.from(['地区,指标,年份,数值,单位', ...rows].join('\n'));
const row = (db: Database.Database, region: string, year: number) =>
  db
    .prepare(
      "SELECT id, value, source_id AS sourceId, import_id AS importId FROM observations WHERE indicator_code = 'gdp' AND region_code = ? AND year = ?",
    )
    .get(region, year) as
    { id: number; value: number; sourceId: string; importId: number | null } | undefined;

describe('commit and undo', () => {
  let db: Database.Database;
  beforeEach(async () => {
    db = await makeTestDb();
  });
  afterEach(() => db.close());

  it('a dry run writes nothing, even when the report is clean', async () => {
    const before = observationsChecksum(db);
    const r = await importBytes(db, csv(['辽宁,gdp,2025,34243.34,亿元']), 'a.csv', {
      dryRun: true,
    });
    expect(r).toMatchObject({ errors: [], accepted: 1, committed: false, importId: null });
    expect(observationsChecksum(db)).toBe(before);
  });

  it('logs the file, its SHA-256 and the counts, and tags rows with the import', async () => {
    const bytes = csv([
      '辽宁,gdp,2025,34243.34,亿元',
      '辽宁,gdp,2024,32700,亿元',
      '吉林,gdp,2024,14361.22,亿元',
    ]);
    const r = await importBytes(db, bytes, '东北.csv', { user: 'planner' });
    expect(r).toMatchObject({ committed: true, inserted: 1, updated: 1, unchanged: 1 });
    const log = db.prepare('SELECT * FROM import_log WHERE id = ?').get(r.importId) as Record<
      string,
      unknown
    >;
    expect(log).toMatchObject({
      file_name: '东北.csv',
      user: 'planner',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rows_total: 3,
      rows_inserted: 1,
      rows_updated: 1,
      undone: 0,
    });
    expect(row(db, 'CN-LN', 2025)).toMatchObject({
      value: 34243.34,
      importId: r.importId,
      sourceId: `import-${r.importId}`,
    });
    // The unchanged figure keeps the paper as its source.
    expect(row(db, 'CN-JL', 2024)).toMatchObject({ sourceId: 'paper-t1', importId: null });
  });

  it('undo restores overwritten rows in place (same id, so quality flags survive) and deletes new ones', async () => {
    const before = observationsChecksum(db);
    const original = row(db, 'CN-LN', 2024);
    db.prepare(
      "INSERT INTO data_quality_flags (rule, severity, observation_id, message_zh, message_en) VALUES ('test', 'info', ?, '测试', 'test')",
    ).run(original?.id);
    const r = await importBytes(
      db,
      csv(['辽宁,gdp,2024,32700,亿元', '辽宁,gdp,2025,34243.34,亿元']),
      'a.csv',
    );
    expect(row(db, 'CN-LN', 2024)?.value).toBe(32700);
    expect(undoImport(db, r.importId ?? -1)).toEqual({
      importId: r.importId,
      deleted: 1,
      restored: 1,
    });
    expect(row(db, 'CN-LN', 2024)).toEqual(original);
    expect(row(db, 'CN-LN', 2025)).toBeUndefined();
    expect(observationsChecksum(db)).toBe(before);
    expect(
      db.prepare("SELECT count(*) AS n FROM data_quality_flags WHERE rule = 'test'").get(),
    ).toEqual({ n: 1 });
    expect(
      db.prepare('SELECT count(*) AS n FROM sources WHERE id = ?').get(`import-${r.importId}`),
    ).toEqual({ n: 0 });
    expect(() => undoImport(db, r.importId ?? -1)).toThrow(/already been undone/);
  });

  it('refuses to undo out of order, then undoes in order back to the start', async () => {
    const before = observationsChecksum(db);
    const first = await importBytes(db, csv(['辽宁,gdp,2025,34243.34,亿元']), 'first.csv');
    const afterFirst = observationsChecksum(db);
    const second = await importBytes(db, csv(['辽宁,gdp,2025,34300,亿元']), 'second.csv');
    expect(second.warnings.map((w) => w.rule)).toEqual(['overwrite']);
    let caught: unknown;
    try {
      undoImport(db, first.importId ?? -1);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ImportUndoError);
    expect((caught as ImportUndoError).rule).toBe('overwritten-later');
    expect(row(db, 'CN-LN', 2025)?.value).toBe(34300);
    undoImport(db, second.importId ?? -1);
    expect(observationsChecksum(db)).toBe(afterFirst);
    undoImport(db, first.importId ?? -1);
    expect(observationsChecksum(db)).toBe(before);
  });

  it('reports an unknown import id bilingually', () => {
    expect(() => undoImport(db, 999)).toThrow(/未找到导入记录 999.*Import 999 not found/);
  });
});
