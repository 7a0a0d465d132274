import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliInputError, type CliContext } from '../command';
import { importCommand } from './import';
import { severityCommand } from './severity';

const incomeFile = path.join(
  import.meta.dirname,
  '../../../e2e/fixtures/files/income-2025-gbk.csv',
);

describe('severity command', () => {
  let dataDir: string;
  const ctx = (args: string[], flags: CliContext['flags'] = {}): CliContext => ({
    input: undefined,
    args,
    flags,
    dataDir,
  });

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-cli-severity-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints per cause the severity and per indicator value, reference, year and how it was formed', async () => {
    const r = await severityCommand.run(ctx([]));
    expect(r.region.code).toBe('NE');
    expect(r.referenceRule.minReportingProvinces).toBe(28);
    expect(r.causes.map((c) => c.causeId)).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
      'C8',
    ]);
    const c4 = r.causes.find((c) => c.causeId === 'C4')!;
    const income = c4.indicators.find((g) => g.indicator === 'disposable_income')!;
    // The Northeast's 2024 mean of the three provinces against the national 41 314 yuan.
    expect(income.value).toBeCloseTo((39_876 + 31_104 + 30_954) / 3, 9);
    expect(income).toMatchObject({
      referenceValue: 41_314,
      year: 2024,
      referenceBasis: 'national-row',
    });
    // C3 is read from growth and per-capita consumption, not total GDP.
    const c3 = r.causes.find((c) => c.causeId === 'C3')!;
    expect(c3.indicators.map((g) => g.indicator).sort()).toEqual([
      'consumption_total',
      'gdp_growth_nominal',
    ]);
    const text = severityCommand.format(r);
    expect(text).toContain('尚无指标 / no indicator yet');
    expect(text).toContain('national figure (2024)');
  });

  it('after a 2025 import for the three Northeast provinces the severities stay and the year is labelled', async () => {
    const before = await severityCommand.run(ctx([]));
    await importCommand.run(ctx([incomeFile]));
    const after = await severityCommand.run(ctx([]));
    expect(after.causes.map((c) => c.severity)).toEqual(before.causes.map((c) => c.severity));
    const income = after.causes
      .find((c) => c.causeId === 'C4')!
      .indicators.find((g) => g.indicator === 'disposable_income')!;
    expect(income.newerRegionYear).toBe(2025);
    expect(severityCommand.format(after)).toContain(
      'national reference: 2024, latest complete year',
    );
  });

  it('names the scenario flag when the scenario is unknown or the value is missing', async () => {
    await expect(severityCommand.run(ctx([], { scenario: 'nope' }))).rejects.toThrow(
      /scenario: .*unknown scenario "nope"/,
    );
    await expect(severityCommand.run(ctx([], { scenario: true }))).rejects.toBeInstanceOf(
      CliInputError,
    );
  });
});
