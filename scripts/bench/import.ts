/**
 * Import throughput: validating and committing 100,000 observations (a long CSV of 20 indicators
 * × 31 provinces × ~162 years) into a temporary file database with the app's durability
 * settings (WAL, synchronous = FULL). Target: < 2 s for validate + commit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { undoImport } from '../../db/import/commit';
import { importFile } from '../../db/import/run-import';
import { makeTestDb } from '../../db/import/test-db';
import { INDICATORS } from '../../db/seed/indicators';
import { PROVINCES } from '../../db/seed/regions';

const N = 100_000;

export function makeLongCsv(n: number): string {
  const indicators = INDICATORS.slice(0, 20).map((i) => i.code);
  const lines = ['地区,指标,年份,数值'];
  for (let i = 0; lines.length <= n; i++) {
    const region = PROVINCES[i % PROVINCES.length]?.nameZh ?? '辽宁';
    const k = Math.floor(i / PROVINCES.length);
    const indicator = indicators[k % indicators.length] ?? 'gdp';
    const year = 1900 + Math.floor(k / indicators.length);
    // Smooth values: no peer or previous-year warnings, so the figure measures the happy path.
    lines.push(
      `${region},${indicator},${year},${(1000 + (i % PROVINCES.length) * 10 + year / 100).toFixed(2)}`,
    );
  }
  return `${lines.join('\n')}\n`;
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
      };
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
