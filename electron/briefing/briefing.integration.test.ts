/**
 * End to end on the real default dataset: database → engine → model → HTML → Chromium → PDF,
 * checked with poppler (pdftotext, pdffonts, pdftoppm). Pages 1–3 are rendered to PNG under
 * e2e/artifacts/briefing/ for a human look.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/open';
import { createScenarioFromDefaults } from '../../db/repositories/scenario/write';
import { createServices } from '../services';
import { generateBriefing } from './generate';
import { buildBriefingModel } from './model';
import { uncoveredCharacters } from './fonts';
import { chromiumPath, launchChromium, printBriefingPdf } from './print-pdf';
import { renderBriefingHtml } from './render-html';

const HOSTILE = '<img src=x onerror=alert(1)>=HYPERLINK("x")';
const ARTIFACTS = path.resolve(import.meta.dirname, '../../e2e/artifacts/briefing');
const hasTools = fs.existsSync(chromiumPath()) && fs.existsSync('/usr/bin/pdftotext');

const text = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
/** Embedded font names without the subset tag (AAAAAA+NotoSans-Bold → NotoSans-Bold). */
const fonts = (pdf: string) =>
  execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
/** pdftotext -layout may break lines and pad with spaces: compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!hasTools)('briefing PDF (Chromium + poppler)', () => {
  let dir: string;
  let db: Database.Database;
  let browser: Browser;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-brief-'));
    db = (await openDatabase(path.join(dir, 'planner.db'))).db;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (db) closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`default scenario in ${lang}: facts, bundled fonts only, 6–20 pages, < 5 MB, no requests`, async () => {
      const out = path.join(dir, `default-${lang}.pdf`);
      const result = await generateBriefing({
        db,
        lang,
        outFile: out,
        browser,
        date: '2026-11-28',
      });
      expect(result.blockedRequests).toBe(0);
      expect(result.pages).toBeGreaterThanOrEqual(6);
      expect(result.pages).toBeLessThanOrEqual(20);
      expect(result.bytes).toBe(fs.statSync(out).size);
      expect(result.bytes).toBeLessThan(5 * 1024 * 1024);
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`Pages:\\s+${result.pages}\\b`));

      const pdfText = text(out);
      const flat = squash(pdfText);
      // Paper figures: national disposable income (§3.4) and the 20-university retention share (§2).
      expect(pdfText).toContain('41,314');
      expect(pdfText).toContain('36.54');
      expect(flat).toContain(lang === 'zh' ? '东北地区' : 'Northeast');
      const model = buildBriefingModel({ db, date: '2026-11-28' });
      for (const m of model.summary.recommended!.measures)
        expect(flat).toContain(squash(m.name[lang]));
      const total = result.pages;
      expect(flat).toContain(
        lang === 'zh' ? squash(`第 1 页 / 共 ${total} 页`) : squash(`Page 1 of ${total}`),
      );
      // The reproducibility footer names the recorded seed on every page.
      expect(flat).toContain(lang === 'zh' ? '种子2025' : 'seed2025');

      const embedded = fonts(out);
      expect(embedded.length).toBeGreaterThan(0);
      for (const f of embedded) expect(f).toMatch(/^NotoSans(SCThin)?-(Regular|Bold)$/);
      expect(embedded.join(' ')).not.toMatch(/DejaVu|Liberation|CJK/);

      fs.mkdirSync(ARTIFACTS, { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '3',
        out,
        path.join(ARTIFACTS, `default-${lang}`),
      ]);
      expect(fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith(`default-${lang}`))).toHaveLength(
        3,
      );
    }, 240_000);
  }

  it('every character of the default briefing is covered by a bundled font', () => {
    const model = buildBriefingModel({ db, date: '2026-11-28' });
    for (const lang of ['zh', 'en'] as const)
      expect(uncoveredCharacters(renderBriefingHtml(model, lang))).toEqual([]);
  }, 120_000);

  it('a hostile scenario name prints as text and triggers no request', async () => {
    createScenarioFromDefaults(db, HOSTILE, 'NE');
    const out = path.join(dir, 'hostile.pdf');
    const result = await generateBriefing({
      db,
      lang: 'en',
      outFile: out,
      browser,
      scenarioName: HOSTILE,
    });
    expect(result.scenario).toBe(HOSTILE);
    expect(result.blockedRequests).toBe(0);
    expect(squash(text(out))).toContain(squash(HOSTILE));
  }, 240_000);

  it('states what was done: AHP with its CR, the weight basis, the budget and what is still a default', async () => {
    const scenario = createScenarioFromDefaults(db, 'AHP 方案 / AHP case', 'NE');
    const causes = scenario.causes.map((c) => c.id);
    // A consistent 8×8 matrix from the weights 8:7:…:1 (a_ij = w_i / w_j), so CR = 0.
    const w = causes.map((_, i) => causes.length - i);
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    const services = createServices(db, {
      dataDir: dir,
      version: 'test',
      host: 'cli',
      systemLocale: 'en',
      user: 'tester',
    });
    await services['elicitation:apply']({
      scenarioId: scenario.id,
      settings: {
        method: 'ahp',
        rocOrder: [],
        swingPoints: {},
        ahp: { causes, matrix },
      },
    });
    await services['scenario:setConstraints']({
      scenarioId: scenario.id,
      constraints: { ...scenario.constraints, budget: 300, required: ['M4'] },
    });
    for (const lang of ['en', 'zh'] as const) {
      const out = path.join(dir, `ahp-${lang}.pdf`);
      await generateBriefing({ db, lang, outFile: out, browser, scenarioName: scenario.name });
      const flat = squash(text(out));
      if (lang === 'en') {
        expect(flat).toContain(squash('AHP pairwise comparison'));
        expect(flat).toContain(squash('Consistency ratio CR = 0.000'));
        expect(flat).toContain(squash('weightings within ±20% of yours'));
        expect(flat).toContain(squash('Required: M4'));
        expect(flat).toContain(squash('Under your weights, the best package is'));
        // The weights are the planner's now; costs and impacts are still the tool's defaults.
        expect(flat).toContain(squash('the costs of 7 measures, 56 impact estimates'));
        expect(flat).not.toContain(squash('Direct rating'));
      } else {
        expect(flat).toContain(squash('层次分析法（AHP）两两比较'));
        expect(flat).toContain(squash('一致性比率 CR = 0.000'));
        expect(flat).toContain(squash('您的权重上下 ±20% 范围内的权重组合'));
        expect(flat).toContain(squash('必选措施：M4'));
      }
    }
  }, 240_000);

  it('the request guard is live: markup that does fetch is refused and counted', async () => {
    const result = await printBriefingPdf(
      '<!DOCTYPE html><p>x</p><img src="http://example.invalid/x.png">',
      path.join(dir, 'guard.pdf'),
      { browser },
    );
    expect(result.blockedRequests).toEqual(['http://example.invalid/x.png']);
  }, 120_000);
});
