import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliInputError, type CliContext } from '../command';
import { parseArgs } from '../main';
import { importCommand } from './import';
import { indicatorsCommand } from './indicators';

const fixtures = path.join(import.meta.dirname, '../../../db/import/fixtures');

describe('import and indicators commands', () => {
  let dataDir: string;
  const ctx = (args: string[], flags: CliContext['flags'] = {}): CliContext => ({
    input: undefined,
    args,
    flags,
    dataDir,
  });
  const gdpCount = async (): Promise<number> =>
    (await indicatorsCommand.run(ctx([]))).indicators.find((i) => i.code === 'gdp')?.observations ??
    -1;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-cli-import-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('indicators lists the contract fields with observation counts', async () => {
    const result = await indicatorsCommand.run(ctx([]));
    const { indicators } = result;
    const gdp = indicators.find((i) => i.code === 'gdp');
    expect(gdp).toEqual({
      code: 'gdp',
      nameZh: '地区生产总值',
      nameEn: 'Gross regional product (GDP)',
      unit: '亿元',
      observations: 31,
    });
    expect(Object.keys(indicators[0] ?? {}).sort()).toEqual([
      'code',
      'nameEn',
      'nameZh',
      'observations',
      'unit',
    ]);
    expect(indicatorsCommand.format(result)).toContain('地区生产总值');
  });

  it('--dry-run reports without writing; without it the rows are committed', async () => {
    const file = path.join(fixtures, '01-long-utf8.csv');
    const dry = await importCommand.run(ctx([file], { 'dry-run': true }));
    expect(dry).toMatchObject({ rows: 31, accepted: 31, errors: [], committed: false });
    expect(await gdpCount()).toBe(31);
    const real = await importCommand.run(ctx([file]));
    expect(real).toMatchObject({ committed: true, inserted: 31 });
    expect(await gdpCount()).toBe(62);
    expect(importCommand.format(real)).toMatch(/已提交.*committed/);
  });

  it('--map reads the mapping JSON; a report with errors is a result (the dispatcher exits 1)', async () => {
    const mapped = await importCommand.run(
      ctx([path.join(fixtures, '12-wide-by-indicator.csv')], {
        map: path.join(fixtures, '12-wide-by-indicator.map.json'),
      }),
    );
    expect(mapped).toMatchObject({ accepted: 20, errors: [], committed: true });
    const bad = await importCommand.run(ctx([path.join(fixtures, '18-text-in-numbers.csv')]));
    expect(bad.errors).toHaveLength(4);
    expect(bad.committed).toBe(false);
    expect(importCommand.format(bad)).toMatch(/not-a-number/);
  });

  it('--skip-bad-rows leaves out the rows that cannot be imported and lists them', async () => {
    expect(parseArgs(['import', '--skip-bad-rows', 'f.csv', '--json'])).toEqual({
      command: 'import',
      args: ['f.csv'],
      flags: { 'skip-bad-rows': true, json: true },
    });
    const file = path.join(fixtures, '15-ragged-rows.csv');
    const refused = await importCommand.run(ctx([file]));
    expect(refused).toMatchObject({ committed: false, skipped: 0 });
    expect(importCommand.format(refused)).toMatch(/--skip-bad-rows/);
    const r = await importCommand.run(ctx([file], { 'skip-bad-rows': true }));
    expect(r).toMatchObject({
      errors: [],
      committed: true,
      accepted: 1,
      skipped: 2,
      skippedLines: [3, 4],
    });
    expect(importCommand.format(r)).toMatch(/跳过 skipped: 2/);
  });

  it('the table never sends a control or bidi character from the file to the terminal', async () => {
    const file = path.join(dataDir, 'esc.csv');
    fs.writeFileSync(file, '地区,指标,年份,数值\n\u001b[2J火星\u202E,gdp,2025,1\n');
    const r = await importCommand.run(ctx([file], { 'dry-run': true }));
    expect(r.errors.map((e) => e.rule)).toEqual(['unknown-region']);
    const text = importCommand.format(r);
    expect(text.includes('\u001b') || text.includes('\u202E')).toBe(false);
    expect(text).toContain('\\u{1b}[2J火星\\u{202e}');
  });

  it('bad invocations name the field', async () => {
    await expect(importCommand.run(ctx([]))).rejects.toThrow(CliInputError);
    await expect(importCommand.run(ctx([path.join(dataDir, 'missing.csv')]))).rejects.toThrow(
      /^file: /,
    );
    const badMap = path.join(dataDir, 'map.json');
    fs.writeFileSync(badMap, JSON.stringify({ regionColumn: '地区', year: 'twenty' }));
    await expect(
      importCommand.run(ctx([path.join(fixtures, '01-long-utf8.csv')], { map: badMap })),
    ).rejects.toThrow(/^map\.year: /);
    fs.writeFileSync(badMap, '{');
    await expect(
      importCommand.run(ctx([path.join(fixtures, '01-long-utf8.csv')], { map: badMap })),
    ).rejects.toThrow(/^--map: /);
  });
});
