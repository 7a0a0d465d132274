/**
 * Briefing figures for `npm run bench`: the default briefing end to end as `cli brief` runs it
 * (model + HTML + Chromium launch + PDF), once in each language on a fresh seeded database.
 * Target: briefingDefaultMs < 5000.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../../db/open';
import { generateBriefing } from '../../electron/briefing/generate';
import { buildBriefingModel } from '../../electron/briefing/model';
import { renderBriefingHtml } from '../../electron/briefing/render-html';

export async function bench(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-bench-brief-'));
  const { db } = await openDatabase(path.join(dir, 'planner.db'));
  try {
    let t = performance.now();
    const model = buildBriefingModel({ db });
    const briefingModelMs = performance.now() - t;
    t = performance.now();
    renderBriefingHtml(model, 'zh');
    const briefingHtmlMs = performance.now() - t;
    const zh = await generateBriefing({ db, lang: 'zh', outFile: path.join(dir, 'zh.pdf') });
    const en = await generateBriefing({ db, lang: 'en', outFile: path.join(dir, 'en.pdf') });
    return {
      briefingDefaultMs: zh.ms,
      briefingDefaultEnMs: en.ms,
      briefingModelMs,
      briefingHtmlMs,
      briefingPdfMB: Math.round((zh.bytes / 1024 / 1024) * 1000) / 1000,
    };
  } finally {
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
