/**
 * Host-side briefing generation: scenario from the database → engine (ranking, package SMAA
 * with a recorded seed, one-way sensitivity) → report model → HTML → PDF. The model and HTML
 * steps are exported separately so Electron's hidden-window printToPDF path can reuse them.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { ReportLang } from '../../engine/report';
import { buildBriefingModel, DEFAULT_BRIEFING_SEED, type BriefingSelection } from './model';
import { printBriefingPdf } from './print-pdf';
import { renderBriefingHtml } from './render-html';

export interface GenerateBriefingOptions extends BriefingSelection {
  lang: ReportLang;
  outFile: string;
  browser?: Browser;
}

export interface GenerateBriefingResult {
  out: string;
  pages: number;
  bytes: number;
  lang: ReportLang;
  scenario: string;
  seed: number;
  ms: number;
  blockedRequests: number;
}

export async function generateBriefing(
  opts: GenerateBriefingOptions,
): Promise<GenerateBriefingResult> {
  const started = performance.now();
  const model = buildBriefingModel(opts);
  const html = renderBriefingHtml(model, opts.lang);
  const printed = await printBriefingPdf(
    html,
    opts.outFile,
    opts.browser ? { browser: opts.browser } : {},
  );
  return {
    out: path.resolve(opts.outFile),
    pages: printed.pages,
    bytes: printed.bytes,
    lang: opts.lang,
    scenario: model.footer.scenario,
    seed: model.footer.seed ?? opts.seed ?? DEFAULT_BRIEFING_SEED,
    ms: Math.round(performance.now() - started),
    blockedRequests: printed.blockedRequests.length,
  };
}
