import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../contract/domain';
import { readAppVersion } from './app-version';
import { localeFromTag } from './context';
import { createFileLogger } from './log';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeAll(async () => {
  t = await openTempServices();
});
afterAll(() => t.cleanup());

const cell = (s: Scenario, m: string, c: string) =>
  s.impacts.find((x) => x.measureId === m && x.causeId === c)!;

describe('scenario services', () => {
  it('setImpact keeps the rationale, clears the paper source once the values change', async () => {
    const before = await t.services['scenario:get']({ scenarioId: 1 });
    const original = cell(before, 'M1', 'C3');
    expect(original.source).not.toBe('');
    const same = await t.services['scenario:setImpact']({
      scenarioId: 1,
      measureId: 'M1',
      causeId: 'C3',
      low: original.low,
      likely: original.likely,
      high: original.high,
    });
    expect(cell(same, 'M1', 'C3').source).toBe(original.source);
    const changed = await t.services['scenario:setImpact']({
      scenarioId: 1,
      measureId: 'M1',
      causeId: 'C3',
      low: -0.2,
      likely: 0,
      high: 0.1,
    });
    expect(cell(changed, 'M1', 'C3')).toMatchObject({
      low: -0.2,
      likely: 0,
      high: 0.1,
      source: '',
      rationaleEn: original.rationaleEn,
    });
  });

  it('setMeasureCost marks the cost as the planner’s own', async () => {
    const s = await t.services['scenario:setMeasureCost']({
      scenarioId: 1,
      measureId: 'M2',
      costLow: 1,
      costLikely: 2,
      costHigh: 3,
      yearsToEffect: 4,
    });
    expect(s.measures.find((m) => m.id === 'M2')).toMatchObject({
      costLow: 1,
      costLikely: 2,
      costHigh: 3,
      yearsToEffect: 4,
      costIsIllustrative: false,
    });
  });

  it('analysis:packages ranks the scenario and honours top', async () => {
    const r = await t.services['analysis:packages']({ scenarioId: 1, top: 3 });
    expect(r.packages).toHaveLength(3);
    expect(r.packages.map((p) => p.rank)).toEqual(
      [...r.packages.map((p) => p.rank)].sort((a, b) => a - b),
    );
    expect(r.packages[0]!.value).toBeGreaterThanOrEqual(r.packages[1]!.value);
    const weights = Object.values(r.normalizedWeights);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('host helpers', () => {
  it('picks zh for Chinese locale tags and en otherwise', () => {
    for (const tag of ['zh', 'zh-CN', 'zh_TW.UTF-8', 'ZH-hans'])
      expect(localeFromTag(tag)).toBe('zh');
    for (const tag of ['en-US', 'de', '', undefined, null, 'C.UTF-8'])
      expect(localeFromTag(tag)).toBe('en');
  });

  it('reads the version from our package.json when walking up from any folder inside the repo', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { version: string };
    expect(readAppVersion(import.meta.dirname)).toBe(pkg.version);
    expect(readAppVersion('/')).toBe('0.0.0-unknown');
  });

  it('writes JSON lines under <dataDir>/logs and never throws when it cannot', () => {
    const log = createFileLogger(t.dir, 'unit');
    log.error('boom', { ref: 'abc' });
    const lines = fs
      .readFileSync(path.join(t.dir, 'logs', 'unit.log'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ level: 'error', event: 'boom', ref: 'abc' });
    const blocked = path.join(t.dir, 'not-a-dir');
    fs.writeFileSync(blocked, 'file, not folder');
    expect(() => createFileLogger(blocked, 'x').info('still fine')).not.toThrow();
  });
});
