import { execFile, type ExecFileException } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorsResult } from './indicators';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-cli-cities-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** `npm run cli -- …` as a planner runs it: the real entry point in a child process. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'electron/cli/main.ts'), ...args],
      { cwd: repoRoot, env: { ...process.env, TRP_DATA_DIR: dataDir }, timeout: 60_000 },
      (error: ExecFileException | null, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('indicators --json with city figures', () => {
  it('lists every city with its observations and what it still lacks, after an import by mixed spellings', async () => {
    const file = path.join(dataDir, 'cities.csv');
    fs.writeFileSync(
      file,
      [
        '地市,指标,年份,数值,单位',
        '大连,disposable_income,2024,55000,元',
        'Harbin,gdp,2024,6000,亿元',
        '2202,gdp,2024,1500,亿元',
      ].join('\n'),
    );
    const imported = await cli(['import', file, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const run = await cli(['indicators', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as IndicatorsResult;
    // The indicators keep exactly the five contract fields.
    expect(Object.keys(result.indicators[0] ?? {}).sort()).toEqual([
      'code',
      'nameEn',
      'nameZh',
      'observations',
      'unit',
    ]);
    expect(result.cities).toHaveLength(36);
    const dalian = result.cities.find((c) => c.code === '210200');
    expect(dalian).toMatchObject({
      nameZh: '大连市',
      nameEn: 'Dalian',
      province: 'CN-LN',
      observations: [{ indicator: 'disposable_income', year: 2024, value: 55000 }],
    });
    expect(dalian?.missing).not.toContain('disposable_income');
    expect(dalian?.missing).toContain('gdp');
    expect(result.cities.find((c) => c.code === '230100')?.observations).toEqual([
      { indicator: 'gdp', year: 2024, value: 6000 },
    ]);
    expect(result.cities.find((c) => c.code === '220200')?.nameEn).toBe('Jilin City');
    const table = await cli(['indicators']);
    expect(table.stdout).toMatch(/大连市\s+Dalian\s+1\s/);
  });
});
