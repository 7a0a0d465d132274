import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observationsChecksum } from '../../db/import/commit';
import { DEFAULT_LIMITS } from '../../db/import/limits';
import { channels } from '../../contract/channels';
import {
  MAX_IMPORT_BASE64_CHARS,
  MAX_IMPORT_FILE_BYTES,
  type ImportLogEntry,
  type ImportReportView,
} from '../../contract/evidence';
import { dispatch } from './dispatch';
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

  it('the request schema takes files up to the importer limit and refuses more before decoding', () => {
    const request = channels['evidence:importPreview'].request;
    expect(MAX_IMPORT_FILE_BYTES).toBe(DEFAULT_LIMITS.maxFileBytes);
    const fits = 'A'.repeat(MAX_IMPORT_BASE64_CHARS - 4);
    expect(request.safeParse({ fileName: 'x.csv', bytesBase64: fits }).success).toBe(true);
    const parsed = request.safeParse({ fileName: 'x.csv', bytesBase64: `${fits}AAAAAAAA` });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/50 MB/);
  });
});

describe('hostile imports over the contract', () => {
  const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('a cell over 4,000 characters is a validation error in a valid reply, not an internal error', async () => {
    const long = '注'.repeat(5000);
    const r = await dispatch(t.services, 'evidence:importPreview', {
      fileName: 'long.csv',
      bytesBase64: utf8(`地区,指标,年份,数值\r\n辽宁,gdp,2025,${long}\r\n`),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = r.value as ImportReportView;
    expect(report.errors.map((e) => [e.line, e.column, e.rule])).toEqual([
      [2, '数值', 'cell-too-long'],
    ]);
    expect(report.errors[0]!.message).toMatch(/5,000 个字符.* \/ The cell has 5,000 characters/);
  });

  it('skipBadRows commits the good rows and reports the skipped lines', async () => {
    const before = observationsChecksum(t.db);
    const file = utf8('地区,指标,年份,数值\r\n辽宁,gdp,2025,34243.34\r\n火星,gdp,2025,1\r\n');
    const refused = await t.services['evidence:importCommit']({
      fileName: 's.csv',
      bytesBase64: file,
    });
    expect(refused).toMatchObject({ committed: false, skipped: 0, skippedLines: [] });
    expect(observationsChecksum(t.db)).toBe(before);
    const r = await t.services['evidence:importCommit']({
      fileName: 's.csv',
      bytesBase64: file,
      skipBadRows: true,
    });
    expect(r).toMatchObject({ committed: true, accepted: 1, skipped: 1, skippedLines: [3] });
    expect(channels['evidence:importCommit'].response.safeParse(r).success).toBe(true);
    await t.services['evidence:importUndo']({ importId: r.importId! });
    expect(observationsChecksum(t.db)).toBe(before);
  });

  it('a bidi override in the file name reaches neither the import log nor the reply', async () => {
    const request = channels['evidence:importCommit'].request.parse({
      fileName: 'rlo-name\u202Evsc.exe.csv',
      bytesBase64: utf8('地区,指标,年份,数值\r\n辽宁,gdp,2025,34243.34\r\n'),
    });
    expect(request.fileName).toBe('rlo-namevsc.exe.csv');
    const r = await t.services['evidence:importCommit'](request);
    const log = await dispatch(t.services, 'evidence:imports', {});
    expect(log.ok && (log.value as ImportLogEntry[])[0]!.fileName).toBe('rlo-namevsc.exe.csv');
    await t.services['evidence:importUndo']({ importId: r.importId! });

    // Header and sample texts reach the mapping step without their bidi controls too.
    const preview = await dispatch(t.services, 'evidence:importPreview', {
      fileName: 'h.csv',
      bytesBase64: utf8('省\u202E份,年\u2067度,数值\r\n辽\u202E宁,2025,1\r\n'),
    });
    const outline = preview.ok ? (preview.value as ImportReportView).outline : null;
    expect(outline?.columns.map((c) => [c.header, c.samples[0]])).toEqual([
      ['省份', '辽宁'],
      ['年度', '2025'],
      ['数值', '1'],
    ]);
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

describe('severity after importing newer figures for the region alone', () => {
  const fixture = (name: string) =>
    fs.readFileSync(path.resolve(import.meta.dirname, '../../e2e/fixtures/files', name));
  // Test figures (not statistics): GDP growth 2025 for the three northeastern provinces only.
  const GROWTH_2025 = Buffer.from(
    '地区,指标,年份,数值,单位\r\n辽宁,GDP名义增长率,2025,9.1,%\r\n吉林,GDP名义增长率,2025,8.7,%\r\n黑龙江,GDP名义增长率,2025,8.9,%\r\n',
  ).toString('base64');

  it('leaves every severity of the Northeast unchanged and labels the reference year', async () => {
    const before = await t.services['evidence:severity']({ regionCode: 'NE' });
    const imports = [];
    for (const [fileName, bytesBase64] of [
      ['income-2025-gbk.csv', fixture('income-2025-gbk.csv').toString('base64')],
      ['growth-2025.csv', GROWTH_2025],
    ] as const) {
      const r = await t.services['evidence:importCommit']({ fileName, bytesBase64 });
      expect(r.errors).toEqual([]);
      imports.push(r.importId!);
    }
    const after = await t.services['evidence:severity']({ regionCode: 'NE' });
    expect(after.causes.map((c) => c.severity)).toEqual(before.causes.map((c) => c.severity));
    const income = after.causes
      .find((c) => c.causeId === 'C4')!
      .indicators.find((g) => g.indicator === 'disposable_income')!;
    expect(income).toMatchObject({ year: 2024, newerRegionYear: 2025, referenceValue: 41314 });
    expect(income.explanation.zh).toContain('全国参照：2024 年（最近完整年份）');
    expect(income.explanation.en).toContain('national reference: 2024, latest complete year');
    const growth = after.causes
      .find((c) => c.causeId === 'C3')!
      .indicators.find((g) => g.indicator === 'gdp_growth_nominal')!;
    // The 2024 mean of the 28 provinces outside the Northeast, never the three imported rows.
    expect(growth).toMatchObject({
      year: 2024,
      referenceBasis: 'provinces-mean',
      referenceProvinces: 28,
      excludedRegions: ['CN-LN', 'CN-JL', 'CN-HL'],
    });
    for (const id of imports.reverse()) await t.services['evidence:importUndo']({ importId: id });
  });

  it('says precisely what is missing instead of "no data"', async () => {
    const ne = await t.services['evidence:severity']({ regionCode: 'NE' });
    const consumption = ne.causes
      .find((c) => c.causeId === 'C3')!
      .indicators.find((g) => g.indicator === 'consumption_total')!;
    // Table 2 has no Liaoning row, so there is no three-province mean.
    expect(consumption).toMatchObject({ status: 'no-region-value', missingMembers: ['CN-LN'] });
    expect(consumption.explanation.en).toBe('no figure for Liaoning, so no mean for the region');
  });
});

describe('evidence:linkIndicator and evidence:unlinkIndicator', () => {
  it('a cause without an indicator gets one in one undoable edit, and the Northeast-wide figure is shown, not "no data"', async () => {
    const c8 = (r: Awaited<ReturnType<TempServices['services']['evidence:severity']>>) =>
      r.causes.find((c) => c.causeId === 'C8')!;
    expect(c8(await t.services['evidence:severity']({ regionCode: 'CN-HL' })).indicators).toEqual(
      [],
    );
    const reply = await t.services['evidence:linkIndicator']({
      causeId: 'C8',
      indicator: 'sample20_stay_share',
      direction: 1,
      reference: 'national',
    });
    expect(reply.editId).toBeGreaterThan(0);
    const hl = c8(await t.services['evidence:severity']({ regionCode: 'CN-HL' })).indicators[0]!;
    expect(hl).toMatchObject({
      status: 'no-reference',
      value: 36.54,
      valueBasis: 'aggregate',
      valueRegions: ['NE'],
      gap: null,
    });
    expect(hl.valueNote?.en).toBe('figure for Northeast China as a whole');
    expect(hl.explanation.en).toBe(
      'no national reference for this indicator: no national figure, and fewer than 28 provinces report',
    );
    const state = await t.services['edits:state']({});
    expect(state.undo).toMatchObject({
      entity: 'cause_indicator_link',
      key: 'C8|sample20_stay_share',
    });
    await t.services['edits:undo']({});
    expect(c8(await t.services['evidence:severity']({ regionCode: 'CN-HL' })).indicators).toEqual(
      [],
    );
  });

  it('unlinks as one edit and names what is unknown', async () => {
    const r = await t.services['evidence:unlinkIndicator']({
      causeId: 'C5',
      indicator: 'gdp_growth_nominal',
    });
    expect(r.editId).toBeGreaterThan(0);
    await t.services['edits:undo']({});
    await expect(
      (async () => t.services['evidence:unlinkIndicator']({ causeId: 'C1', indicator: 'gdp' }))(),
    ).rejects.toThrow(/C1\|gdp/);
    await expect(
      (async () =>
        t.services['evidence:linkIndicator']({
          causeId: 'C1',
          indicator: 'no_such',
          direction: 1,
          reference: 'national',
        }))(),
    ).rejects.toThrow(/no_such/);
  });
});

describe('remembered column mappings', () => {
  const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  // Headers the importer does not recognise, under a title line.
  const FIRST = utf8(
    '2025年居民收入\r\n省级单位,统计年度,收入\r\n黑龙江,2025,31888\r\n吉林,2025,32100\r\n',
  );
  // The same layout next time: no title line, full-width and spaced headers, other values.
  const SECOND = utf8('省级单位 ,统计 年度,收入\r\n辽宁,2025,45000\r\n');
  const mapping = {
    regionColumn: 1,
    yearColumn: 2,
    valueColumns: [{ column: 3 }],
    indicator: 'disposable_income',
    unit: '元',
  };
  const storedKeys = () =>
    (
      t.db.prepare("SELECT key FROM settings WHERE key LIKE 'import-mapping:%'").all() as Array<{
        key: string;
      }>
    ).map((r) => r.key);

  it('offers the columns of an unrecognised file, and remembers the mapping only on commit', async () => {
    const auto = await t.services['evidence:importPreview']({
      fileName: 'r1.csv',
      bytesBase64: FIRST,
    });
    expect(auto.errors.map((e) => e.rule)).toContain('header-not-found');
    expect(auto.outline?.headerLine).toBe(2);
    expect(auto.outline?.columns.map((c) => [c.header, c.samples])).toEqual([
      ['省级单位', ['黑龙江', '吉林']],
      ['统计年度', ['2025', '2025']],
      ['收入', ['31888', '32100']],
    ]);
    expect(auto.rememberedMapping).toBeNull();

    const mapped = await t.services['evidence:importPreview']({
      fileName: 'r1.csv',
      bytesBase64: FIRST,
      mapping: { ...mapping, headerRow: 2 },
    });
    expect(mapped).toMatchObject({ accepted: 2, errors: [], committed: false });
    expect(storedKeys()).toEqual([]);
    expect(channels['evidence:importPreview'].response.safeParse(mapped).success).toBe(true);

    const committed = await t.services['evidence:importCommit']({
      fileName: 'r1.csv',
      bytesBase64: FIRST,
      mapping: { ...mapping, headerRow: 2 },
    });
    expect(committed.committed).toBe(true);
    expect(storedKeys()).toEqual([`import-mapping:${auto.outline?.signature}`]);
  });

  it('fills the remembered mapping in for a file with the same headers, without the header row', async () => {
    const next = await t.services['evidence:importPreview']({
      fileName: 'r2.csv',
      bytesBase64: SECOND,
    });
    expect(next.outline?.headerLine).toBe(1);
    expect(next.rememberedMapping).toEqual(mapping);
    const other = await t.services['evidence:importPreview']({
      fileName: 'r3.csv',
      bytesBase64: utf8('省级单位,收入\r\n辽宁,45000\r\n'),
    });
    expect(other.rememberedMapping).toBeNull();
  });

  it('ignores a stored mapping that no longer validates', async () => {
    t.db
      .prepare(
        "UPDATE settings SET value = '{\"regionColumn\":0}' WHERE key LIKE 'import-mapping:%'",
      )
      .run();
    const next = await t.services['evidence:importPreview']({
      fileName: 'r2.csv',
      bytesBase64: SECOND,
    });
    expect(next.rememberedMapping).toBeNull();
  });
});
