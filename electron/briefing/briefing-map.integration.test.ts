/**
 * The briefing's tile map, printed: a city scenario maps the Northeast's cities with its city
 * framed, a provincial-level one maps the provinces; values readable in the PDF's text
 * (pdftotext), missing tiles written as such, in both languages; the key indicators against the
 * province the scenario chose; `brief --map` names the
 * indicator for one run. Page images go to e2e/artifacts/briefing/ for a human look.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../db/import/run-import';
import { closeDatabase, databasePath, openDatabase } from '../../db/open';
import { setRegionSettings } from '../../db/repositories/region-settings.repo';
import { createScenarioFromDefaults } from '../../db/repositories/scenario/write';
import { CliInputError } from '../cli/command';
import { briefCommand } from '../cli/commands/brief';
import { generateBriefing } from './generate';
import { buildBriefingModel } from './model';
import { chromiumPath, launchChromium } from './print-pdf';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../e2e/artifacts/briefing');
const hasTools = fs.existsSync(chromiumPath()) && fs.existsSync('/usr/bin/pdftotext');
const squash = (s: string) => s.replace(/\s+/g, '');
const pdfText = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });

const CITY_FIGURES = [
  '城市,指标,年份,数值,单位',
  '大连,disposable_income,2024,55000,元',
  '沈阳市,disposable_income,2024,52000,元',
  'Harbin,disposable_income,2024,45000,元',
  '长春,disposable_income,2024,46000,元',
].join('\n');

describe.skipIf(!hasTools)('briefing map (Chromium + poppler)', () => {
  let dir: string;
  let db: Database.Database;
  let browser: Browser;
  let dalian: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-brief-map-'));
    db = (await openDatabase(databasePath(dir))).db;
    browser = await launchChromium();
    const r = await importBytes(db, Buffer.from(CITY_FIGURES), 'cities.csv', {
      now: () => new Date('2026-06-01T00:00:00Z'),
    });
    expect(r.committed).toBe(true);
    dalian = createScenarioFromDefaults(db, '大连 / Dalian', '210200').id;
    setRegionSettings(db, dalian, { reference: 'province', mapIndicator: 'disposable_income' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (db) closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`a city scenario's briefing maps the 36 cities with values written (${lang})`, async () => {
      const out = path.join(dir, `city-map-${lang}.pdf`);
      await generateBriefing({
        db,
        lang,
        outFile: out,
        browser,
        scenarioId: dalian,
        date: '2026-11-28',
      });
      const text = pdfText(out);
      const flat = squash(text);
      expect(flat).toContain(
        squash(
          lang === 'zh'
            ? '地图：居民人均可支配收入（元），2024 年'
            : 'Map: Per-capita disposable income (yuan), 2024',
        ),
      );
      for (const value of ['55,000', '52,000', '45,000', '46,000']) expect(text).toContain(value);
      // The key indicators set Dalian against its province (Liaoning 39,876, paper Table 3).
      expect(flat).toContain(
        squash(
          lang === 'zh'
            ? '地区关键指标与参照（所在省辽宁）对比'
            : 'Key indicators against the reference (its province, Liaoning)',
        ),
      );
      expect(text).toContain('39,876');
      expect(flat).toContain(lang === 'zh' ? '大兴安岭' : 'DaHingganLing');
      expect(flat).toContain(lang === 'zh' ? '吉林市' : 'JilinCity');
      expect(flat).toContain(lang === 'zh' ? '红框：大连市' : 'Redframe:Dalian');
      expect(flat).toContain(lang === 'zh' ? '共32个' : '32inall');
      expect(text.match(lang === 'zh' ? /无数据/g : /no data/g)?.length).toBeGreaterThanOrEqual(32);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const page = buildBriefingModel({ db, scenarioId: dalian, date: '2026-11-28' }).map;
      expect(page?.scale).toBe('cities');
      execFileSync('pdftoppm', [
        '-f',
        '4',
        '-l',
        '4',
        '-r',
        '70',
        '-png',
        out,
        path.join(ARTIFACTS, `map-cities-${lang}`),
      ]);
    });
  }

  it('a provincial-level scenario maps the provinces, the Northeast framed; --map none leaves the map out', async () => {
    const model = buildBriefingModel({ db, date: '2026-11-28', mapIndicator: 'gdp' });
    expect(model.map?.scale).toBe('provinces');
    expect(model.map?.values).toHaveLength(31);
    expect(model.map?.highlighted.sort()).toEqual(['CN-HL', 'CN-JL', 'CN-LN']);
    const out = path.join(dir, 'province-map-en.pdf');
    await generateBriefing({
      db,
      lang: 'en',
      outFile: out,
      browser,
      mapIndicator: 'gdp',
      date: '2026-11-28',
    });
    const text = pdfText(out);
    expect(squash(text)).toContain(
      squash('Map: Gross regional product (GDP) (100 million yuan), 2024'),
    );
    expect(text).toContain('141,633.8');
    expect(squash(text)).toContain('Redframe:NortheastChina');
    expect(buildBriefingModel({ db, scenarioId: dalian, mapIndicator: null }).map).toBeNull();
  });

  it('brief --map names an unknown indicator as the offending flag', async () => {
    await expect(
      briefCommand.run({
        input: undefined,
        args: [],
        flags: { out: path.join(dir, 'x.pdf'), map: 'no_such_indicator' },
        dataDir: dir,
      }),
    ).rejects.toSatisfy((e) => e instanceof CliInputError && e.field === 'map');
  });
});
