/**
 * Memory stays bounded by the limits, not by the file: a ~40 MB workbook whose one sheet unpacks
 * to 415 MB (680,000 rows × 20 cells, 10:1, under every size and ratio limit) and a 45 MB CSV of
 * 750,000 rows are refused with the row-limit message while they are read. Each import runs in
 * its own process, whose peak resident set size is measured; the files are generated here into
 * a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES } from '../seed/regions';
import { hugeLongSheet, writeBigCsv, writeXlsx } from './big-files';
import { DEFAULT_LIMITS } from './limits';

const PEAK_RSS_LIMIT_MB = 500;

interface ChildReport {
  rows: number;
  accepted: number;
  errors: Array<{ rule: string; message: string }>;
  errorCount: number;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

/** The import in a child process; its heap is capped so a regression fails fast instead of swapping. */
function importInChild(file: string): ChildReport {
  const child = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=1024',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'import-child.ts'),
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (child.status !== 0)
    throw new Error(`import child exited ${child.status} ${child.signal}: ${child.stderr}`);
  return JSON.parse(child.stdout) as ChildReport;
}

const rowLimit = new RegExp(
  `${DEFAULT_LIMITS.maxRows.toLocaleString('en-US')} 行上限.*more than ${DEFAULT_LIMITS.maxRows.toLocaleString('en-US')} rows`,
);

describe('streaming reads stop at the limits', () => {
  let tmp: string;
  // scripts/check-security.ts counts these two files under badInput.
  const figures: { cases: number; correctlyRefused: number; [figure: string]: number } = {
    cases: 0,
    correctlyRefused: 0,
  };
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-streaming-'));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.info(`[import-streaming] ${JSON.stringify(figures)}`);
    const dir = process.env.TRP_FIGURES_DIR;
    if (dir) fs.writeFileSync(path.join(dir, 'import-streaming.json'), JSON.stringify(figures));
  });

  /**
   * The file must pass the size limit (only counting rows can refuse it); its import in a child
   * process must be refused with the row-limit message alone, under the memory bound.
   */
  const expectRefusedWhileReading = (kind: 'xlsx' | 'csv', file: string, minMb: number): void => {
    const size = fs.statSync(file).size;
    expect(size).toBeLessThan(DEFAULT_LIMITS.maxFileBytes);
    expect(size).toBeGreaterThan(minMb * 1024 * 1024);
    figures.cases += 1;
    const r = importInChild(file);
    figures[`${kind}FileMb`] = Math.round(size / 1024 / 1024);
    figures[`${kind}PeakRssMb`] = r.peakRssMb;
    figures[`${kind}RefusalMs`] = r.ms;
    figures[`${kind}RefusalCpuMs`] = r.cpuMs;
    expect(r.errors).toEqual([{ rule: 'too-many-rows', message: expect.stringMatching(rowLimit) }]);
    expect(r.errorCount).toBe(1);
    expect(r.peakRssMb).toBeLessThan(PEAK_RSS_LIMIT_MB);
    // CPU, not wall time (a shared machine), and loose: the point is seconds, not minutes.
    expect(r.cpuMs).toBeLessThan(30_000);
    figures.correctlyRefused += 1;
  };

  it('refuses a 680,000-row workbook (415 MB sheet) by counting rows, under 500 MB peak', async () => {
    const file = path.join(tmp, 'huge.xlsx');
    await writeXlsx(
      file,
      hugeLongSheet(
        680_000,
        PROVINCES.map((p) => p.nameZh),
      ),
    );
    expectRefusedWhileReading('xlsx', file, 30);
  }, 180_000);

  it('refuses a 45 MB CSV of 750,000 rows by counting rows, under 500 MB peak', () => {
    const file = path.join(tmp, 'huge.csv');
    const extra = Array.from({ length: 16 }, (_, i) => `备注${i + 1}`).join(',');
    const regions = PROVINCES.map((p) => p.nameZh);
    writeBigCsv(
      file,
      `地区,指标,年份,数值,${extra}`,
      750_000,
      (i) =>
        `${regions[i % regions.length]},gdp,${2000 + (i % 25)},${i % 100_000}.25,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16`,
    );
    expectRefusedWhileReading('csv', file, 40);
  }, 180_000);
});
