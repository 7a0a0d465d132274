/**
 * The briefing channels on a real temporary database. Export goes through the real system
 * Chromium and is checked with pdftotext; the Electron printer is replaced by a fake to show the
 * service hands it the same HTML and reports its outcome.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, databasePath, openDatabase } from '../../db/open';
import { renameScenario } from '../../db/repositories/scenario/manage';
import { channels } from '../../contract/channels';
import { chromiumPath } from '../briefing/print-pdf';
import { chromiumBriefingPrinter } from '../briefing/chromium-printer';
import { briefingFileName, briefingServices, type PrintJob } from './briefing.service';

const hasTools = fs.existsSync(chromiumPath()) && fs.existsSync('/usr/bin/pdftotext');
const squash = (s: string) => s.replace(/\s+/g, '');

let dir: string;
let db: Database.Database;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-briefing-svc-'));
  db = (await openDatabase(databasePath(dir))).db;
});
afterAll(() => {
  closeDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('briefing:preview', () => {
  it('is the print view with every page, no embedded fonts, valid against the contract', async () => {
    const svc = briefingServices(db, { dataDir: dir });
    const reply = channels['briefing:preview'].response.parse(
      await svc['briefing:preview']({ scenarioId: 1, lang: 'en' }),
    );
    expect(reply.pages).toBeGreaterThanOrEqual(10);
    expect(reply.html).toContain(`Page ${reply.pages} of ${reply.pages}`);
    expect(reply.html).toContain('Northeast');
    expect(reply.html).not.toContain('@font-face');
    expect(reply.html).toContain("default-src 'none'");
    expect(reply.seed).toBe(2025);
  });

  it('honours sections and the seed: fewer pages, renumbered, seed in the footer', async () => {
    const svc = briefingServices(db, { dataDir: dir });
    const full = await svc['briefing:preview']({ scenarioId: 1, lang: 'zh' });
    const part = await svc['briefing:preview']({
      scenarioId: 1,
      lang: 'zh',
      sections: ['summary', 'packages'],
      seed: 7,
    });
    expect(part.pages).toBe(2);
    expect(part.pages).toBeLessThan(full.pages);
    expect(part.html).toContain('第 2 页 / 共 2 页');
    expect(part.html).toContain('前十个方案');
    expect(part.html).not.toContain('成因权重</h2>');
    expect(part.html).toMatch(/seed 7|种子 7/);
    expect(part.seed).toBe(7);
  });

  it('refuses an unknown section and an empty list at the contract', () => {
    const schema = channels['briefing:preview'].request;
    expect(schema.safeParse({ scenarioId: 1, lang: 'en', sections: ['nope'] }).success).toBe(false);
    expect(schema.safeParse({ scenarioId: 1, lang: 'en', sections: [] }).success).toBe(false);
    expect(schema.safeParse({ scenarioId: 1, lang: 'fr' }).success).toBe(false);
  });
});

describe('briefing:export', () => {
  it('hands the HTML to the injected printer and reports a cancelled save without bytes', async () => {
    const jobs: PrintJob[] = [];
    const svc = briefingServices(db, {
      dataDir: dir,
      briefingPrinter: async (job) => {
        jobs.push(job);
        return { kind: 'cancelled' };
      },
    });
    const reply = channels['briefing:export'].response.parse(
      await svc['briefing:export']({ scenarioId: 1, lang: 'zh', sections: ['title'] }),
    );
    expect(reply).toMatchObject({ delivery: 'cancelled', bytes: 0, pages: 0 });
    expect(reply.bytesBase64).toBeUndefined();
    expect(jobs[0]!.html).toContain('@font-face');
    expect(jobs[0]!.fileName).toBe(reply.fileName);
  });

  it.skipIf(!hasTools)(
    'prints through Chromium into <dataDir>/briefings and returns the PDF for download',
    async () => {
      const svc = briefingServices(db, { dataDir: dir, briefingPrinter: chromiumBriefingPrinter });
      const reply = channels['briefing:export'].response.parse(
        await svc['briefing:export']({ scenarioId: 1, lang: 'en' }),
      );
      expect(reply.delivery).toBe('download');
      const bytes = Buffer.from(reply.bytesBase64!, 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(bytes.length).toBe(reply.bytes);
      expect(reply.pages).toBeGreaterThanOrEqual(10);
      const saved = path.join(dir, 'briefings', reply.fileName);
      expect(fs.readFileSync(saved).equals(bytes)).toBe(true);
      const text = squash(execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' }));
      expect(text).toContain('Northeast');
      expect(text).toContain(`Page${reply.pages}of${reply.pages}`);
      console.log(`briefing:export en: ${reply.pages} pages, ${reply.bytes} bytes, ${reply.ms} ms`);
    },
    120_000,
  );
});

describe('briefing:export without a printer', () => {
  it('fails instead of pretending to export', async () => {
    const svc = briefingServices(db, { dataDir: dir });
    await expect(svc['briefing:export']({ scenarioId: 1, lang: 'en' })).rejects.toThrow(
      'no briefing printer',
    );
  });
});

describe('briefingFileName', () => {
  it('keeps letters of any script and drops path separators and markup', () => {
    expect(briefingFileName('东北地区基准情景 / Northeast baseline', 'zh', '2026-11-28')).toBe(
      'briefing-东北地区基准情景-Northeast-baseline-zh-2026-11-28.pdf',
    );
    expect(briefingFileName('../../<script>', 'en', '2026-11-28')).toBe(
      'briefing-script-en-2026-11-28.pdf',
    );
    expect(briefingFileName('///', 'en', 'd')).toBe('briefing-scenario-en-d.pdf');
  });

  it('a renamed scenario exports under its new name', async () => {
    renameScenario(db, 1, 'Liaoning 2026');
    const svc = briefingServices(db, {
      dataDir: dir,
      briefingPrinter: async () => ({ kind: 'cancelled' }),
    });
    const reply = await svc['briefing:export']({ scenarioId: 1, lang: 'en' });
    expect(reply.fileName).toMatch(/^briefing-Liaoning-2026-en-\d{4}-\d\d-\d\d\.pdf$/);
  });
});
