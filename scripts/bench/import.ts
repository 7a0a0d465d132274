/**
 * Import throughput: validating and committing 100,000 observations (a long CSV of every
 * indicator × 31 provinces × the years back from 2024) into a temporary file database with the
 * app's durability settings (WAL, synchronous = FULL). Target: < 2 s for validate + commit.
 * Also the same table as an XLSX, stream-read and validated in a child process, with that
 * process's peak resident set size.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { rowOfCells, writeXlsx } from '../../db/import/big-files';
import { undoImport } from '../../db/import/commit';
import { importFile } from '../../db/import/run-import';
import { makeTestDb } from '../../db/import/test-db';
import { INDICATORS } from '../../db/seed/indicators';
import { PROVINCES } from '../../db/seed/regions';

const N = 100_000;

const LAST_YEAR = 2024;

/** Row i of the long table: region, indicator, year, value; every region × indicator × year once. */
function longRow(i: number): [string, string, number, string] {
  const indicators = INDICATORS.map((ind) => ind.code);
  const region = PROVINCES[i % PROVINCES.length]?.nameZh ?? '辽宁';
  const k = Math.floor(i / PROVINCES.length);
  const indicator = indicators[k % indicators.length] ?? 'gdp';
  const year = LAST_YEAR - Math.floor(k / indicators.length);
  // Smooth values: no peer or previous-year warnings, so the figure measures the happy path.
  const value = (1000 + (i % PROVINCES.length) * 10 + year / 100).toFixed(2);
  return [region, indicator, year, value];
}

export function makeLongCsv(n: number): string {
  const lines = ['地区,指标,年份,数值'];
  for (let i = 0; i < n; i++) lines.push(longRow(i).join(','));
  return `${lines.join('\n')}\n`;
}

/** Stream-reads and validates the table as an XLSX in a child process (db/import/import-child.ts). */
async function benchXlsx(tmp: string): Promise<Record<string, number>> {
  const file = path.join(tmp, 'obs.xlsx');
  await writeXlsx(file, {
    sharedStrings: [],
    rows: N + 1,
    rowXml: (r) =>
      r === 1
        ? rowOfCells(1, ['地区', '指标', '年份', '数值'])
        : rowOfCells(
            r,
            longRow(r - 2).map((v, c) => (c === 3 ? Number(v) : v)),
          ),
  });
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, '../../db/import/import-child.ts'), file],
    { encoding: 'utf8' },
  );
  const r = JSON.parse(child.stdout) as { accepted: number; ms: number; peakRssMb: number };
  if (r.accepted !== N) throw new Error(`bench xlsx import failed: accepted ${r.accepted}`);
  return { importXlsxStreamValidate100kMs: r.ms, importXlsxStream100kPeakRssMB: r.peakRssMb };
}

export async function bench(): Promise<Record<string, number>> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-bench-import-'));
  try {
    const file = path.join(tmp, 'obs.csv');
    fs.writeFileSync(file, makeLongCsv(N));
    const db = await makeTestDb(path.join(tmp, 'bench.sqlite3'));
    db.pragma('synchronous = FULL');
    try {
      let t = performance.now();
      const dry = await importFile(db, file, { dryRun: true });
      const validateMs = performance.now() - t;
      t = performance.now();
      const cpu = process.cpuUsage();
      const real = await importFile(db, file);
      const commitMs = performance.now() - t;
      // CPU time too: on a shared 2-core machine the wall time mostly measures the neighbours.
      const used = process.cpuUsage(cpu);
      const commitCpuMs = (used.user + used.system) / 1000;
      if (dry.accepted !== N || !real.committed || real.importId === null) {
        throw new Error(
          `bench import failed: accepted ${dry.accepted}, errors ${real.errors.length}`,
        );
      }
      t = performance.now();
      undoImport(db, real.importId);
      const undoMs = performance.now() - t;
      return {
        importValidate100kMs: round(validateMs),
        importValidateCommit100kMs: round(commitMs),
        importValidateCommit100kCpuMs: round(commitCpuMs),
        importUndo100kMs: round(undoMs),
        ...(await benchXlsx(tmp)),
      };
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
