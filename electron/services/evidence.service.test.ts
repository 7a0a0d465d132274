import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observationsChecksum } from '../../db/import/commit';
import { channels } from '../contract/channels';
import { openTempServices, type TempServices } from './test-support';

let t: TempServices;
beforeAll(async () => {
  t = await openTempServices();
});
afterAll(() => t.cleanup());

const gbkCsv = (text: string) => iconv.encode(text, 'gbk').toString('base64');
const GOOD = gbkCsv(
  '地区,指标,年份,数值\r\n黑龙江省,居民人均可支配收入,2025,"31,234"\r\n吉林,居民人均可支配收入,2025,３２０００\r\n',
);
const BAD = gbkCsv(
  '地区,指标,年份,数值\r\n火星省,居民人均可支配收入,2025,31000\r\n吉林,居民人均可支配收入,2025,abc\r\n',
);

describe('evidence:indicators and evidence:observations', () => {
  it('lists every seeded indicator with category, unit, years and flag counts', async () => {
    const list = await t.services['evidence:indicators']({});
    const income = list.find((i) => i.code === 'disposable_income')!;
    expect(income).toMatchObject({
      category: 'income',
      unit: '元',
      direction: 1,
      years: [2023, 2024],
    });
    expect(income.observations).toBe(61);
    expect(list.find((i) => i.code === 'gdp')!.flags).toBeGreaterThanOrEqual(1);
    expect(channels['evidence:indicators'].response.safeParse(list).success).toBe(true);
  });

  it('returns the values with source lines and the paper flags where they belong (Hunan GDP)', async () => {
    const gdp = await t.services['evidence:observations']({ indicator: 'gdp' });
    expect(gdp.cells).toHaveLength(31);
    const hunan = gdp.cells.find((c) => c.region === 'CN-HN')!;
    expect(hunan.flags.map((f) => f.rule)).toContain('T1_MAGNITUDE');
    expect(hunan.sourceLineZh).toMatch(/：/);
    expect(gdp.cells.find((c) => c.region === 'CN-GD')!.flags).toEqual([]);
    const cons = await t.services['evidence:observations']({ indicator: 'consumption_total' });
    expect(cons.notes.map((n) => n.rule)).toContain('T2_LIAONING_UNDISCLOSED');
    expect(channels['evidence:observations'].response.safeParse(gdp).success).toBe(true);
    await expect(
      Promise.resolve().then(() => t.services['evidence:observations']({ indicator: 'nope' })),
    ).rejects.toThrow(/not found/);
  });
});

describe('import through the services', () => {
  it('preview reports GBK, writes nothing; commit writes; undo restores the checksum', async () => {
    const before = observationsChecksum(t.db);
    const preview = await t.services['evidence:importPreview']({
      fileName: 'a.csv',
      bytesBase64: GOOD,
    });
    expect(preview).toMatchObject({
      encoding: 'gb18030',
      format: 'csv',
      accepted: 2,
      committed: false,
      errors: [],
    });
    expect(observationsChecksum(t.db)).toBe(before);

    const commit = await t.services['evidence:importCommit']({
      fileName: 'a.csv',
      bytesBase64: GOOD,
    });
    expect(commit.committed).toBe(true);
    expect(commit.importId).toBeGreaterThan(0);
    const income = await t.services['evidence:observations']({ indicator: 'disposable_income' });
    const hl = income.cells.find((c) => c.region === 'CN-HL' && c.year === 2025)!;
    expect(hl.value).toBe(31234);
    expect(hl.importId).toBe(commit.importId);
    expect(income.cells.find((c) => c.region === 'CN-JL' && c.year === 2025)!.value).toBe(32000);

    const log = await t.services['evidence:imports']({});
    expect(log[0]).toMatchObject({
      id: commit.importId,
      fileName: 'a.csv',
      inserted: 2,
      undone: false,
      user: 'tester',
    });

    const undo = await t.services['evidence:importUndo']({ importId: commit.importId! });
    expect(undo).toMatchObject({ deleted: 2, restored: 0 });
    expect(observationsChecksum(t.db)).toBe(before);
    expect((await t.services['evidence:imports']({}))[0]!.undone).toBe(true);
    await expect(
      Promise.resolve().then(() =>
        t.services['evidence:importUndo']({ importId: commit.importId! }),
      ),
    ).rejects.toThrow(/already been undone/);
  });

  it('a file with errors is reported line by line and never committed', async () => {
    const before = observationsChecksum(t.db);
    const r = await t.services['evidence:importCommit']({ fileName: 'bad.csv', bytesBase64: BAD });
    expect(r.committed).toBe(false);
    expect(r.errors.map((e) => e.line).sort()).toEqual([2, 3]);
    expect(r.errors.find((e) => e.line === 2)!.value).toBe('火星省');
    expect(observationsChecksum(t.db)).toBe(before);
  });

  it('the request schema refuses a payload over the 20 MB cap before decoding', () => {
    const huge = 'A'.repeat(28_000_000);
    const parsed = channels['evidence:importPreview'].request.safeParse({
      fileName: 'x.csv',
      bytesBase64: huge,
    });
    expect(parsed.success).toBe(false);
  });
});

describe('evidence:export', () => {
  it('exports CSV (BOM, regions × years) and XLSX (a zip)', async () => {
    const csv = await t.services['evidence:export']({
      indicator: 'disposable_income',
      format: 'csv',
    });
    const text = Buffer.from(csv.bytesBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toMatch(/地区,2023年,2024年/);
    const xlsx = await t.services['evidence:export']({ indicator: 'gdp', format: 'xlsx' });
    expect(Buffer.from(xlsx.bytesBase64, 'base64').readUInt32LE(0)).toBe(0x04034b50);
    expect(xlsx.fileName).toBe('gdp.xlsx');
  });
});

describe('evidence:severity', () => {
  it('gives Heilongjiang the hand-computed income gap against the national 41 314 yuan', async () => {
    const income = await t.services['evidence:observations']({ indicator: 'disposable_income' });
    const hl = income.cells.find((c) => c.region === 'CN-HL' && c.year === 2024)!.value;
    const r = await t.services['evidence:severity']({ regionCode: 'CN-HL' });
    const c4 = r.causes.find((c) => c.causeId === 'C4')!;
    const gap = c4.indicators.find((g) => g.indicator === 'disposable_income')!;
    expect(gap.referenceValue).toBe(41314);
    expect(gap.gap).toBeCloseTo((41314 - hl) / 41314, 12);
    expect(c4.severity).not.toBeNull();
    expect(r.causes).toHaveLength(8);
    expect(channels['evidence:severity'].response.safeParse(r).success).toBe(true);
  });

  it('for a scenario uses its region; the Northeast aggregate averages the three provinces', async () => {
    const scenario = await t.services['scenario:get']({ scenarioId: 1 });
    const viaScenario = await t.services['evidence:severity']({ scenarioId: 1 });
    expect(viaScenario.region).toBe(scenario.regionCode);
    const ne = await t.services['evidence:severity']({ regionCode: 'NE' });
    const g = ne.causes
      .find((c) => c.causeId === 'C4')!
      .indicators.find((x) => x.indicator === 'disposable_income')!;
    expect(g.valueBasis).toBe('members-mean');
    // A province leading the nation (Shanghai's income) has no gap on that indicator.
    const sh = await t.services['evidence:severity']({ regionCode: 'CN-SH' });
    expect(sh.causes.find((c) => c.causeId === 'C4')!.indicators[0]!.gap).toBe(0);
  });
});
