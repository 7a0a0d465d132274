/**
 * briefing:preview and briefing:export — the same report model, print view and HTML as
 * `npm run cli -- brief`, for the Briefing screen. The one host difference, how the HTML becomes a
 * PDF and reaches the planner, is the `BriefingPrinter` each host puts in its HostContext:
 * headless Chromium into <dataDir>/briefings/ in the browser shell (briefing/chromium-printer.ts),
 * a hidden sandboxed window with a save dialog in Electron (electron/main/pdf-window.ts).
 */
import type Database from 'better-sqlite3';
import type { ReportModel, ReportSection } from '../../engine/report';
import { appendEdit } from '../../db/repositories/edit-log.repo';
import { buildBriefingModel, DEFAULT_BRIEFING_SEED } from '../briefing/model';
import { countPdfPages } from '../briefing/pdf-pages';
import { renderBriefingDocument } from '../briefing/render-html';
import type { HostContext } from './context';
import type { ServiceHandler } from './types';

export interface PrintJob {
  html: string;
  /** A safe file name ending in .pdf, e.g. "briefing-东北地区基准情景-en-2026-11-28.pdf". */
  fileName: string;
  dataDir: string;
}

export type PrintOutcome =
  { kind: 'download' | 'saved'; pdf: Buffer; savedPath: string } | { kind: 'cancelled' };

export type BriefingPrinter = (job: PrintJob) => Promise<PrintOutcome>;

/**
 * The preview frame inherits the app's CSP (font-src 'self'), so the embedded data: fonts would be
 * refused: name the bundled families first (installed copies match), then common CJK fallbacks.
 * On screen the pages are cards on a grey desk, as in a PDF viewer.
 */
export const PREVIEW_SCREEN_CSS = `
body { font-family: 'TRP Noto Sans', 'Noto Sans', 'TRP Noto Sans SC', 'Noto Sans SC', 'Noto Sans CJK SC',
  'Microsoft YaHei', 'PingFang SC', sans-serif; }
@media screen {
  html, body { background: #e4e8ee; }
  .page { margin: 12px auto; background: #fff; box-shadow: 0 1px 4px rgba(16, 42, 67, 0.25); }
}`;

/** Letters and digits of any script, '-' for the rest: no path separators, no control characters. */
export function briefingFileName(scenario: string, lang: string, date: string): string {
  const slug = scenario
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `briefing-${slug === '' ? 'scenario' : slug}-${lang}-${date}.pdf`;
}

function pageCount(html: string): number {
  return (html.match(/<section class="page/g) ?? []).length;
}

interface ModelRequest {
  scenarioId: number;
  seed?: number | undefined;
}

export function briefingServices(
  db: Database.Database,
  ctx: Pick<HostContext, 'dataDir' | 'briefingPrinter'>,
): {
  'briefing:preview': ServiceHandler<'briefing:preview'>;
  'briefing:export': ServiceHandler<'briefing:export'>;
} {
  const model = ({ scenarioId, seed }: ModelRequest): ReportModel =>
    buildBriefingModel({ db, scenarioId, ...(seed === undefined ? {} : { seed }) });
  const withSections = (sections: ReportSection[] | undefined) =>
    sections === undefined ? {} : { sections };

  return {
    'briefing:preview': (req) => {
      const m = model(req);
      const { html } = renderBriefingDocument(m, req.lang, {
        ...withSections(req.sections),
        screenCss: PREVIEW_SCREEN_CSS,
      });
      return {
        html,
        pages: pageCount(html),
        seed: m.footer.seed ?? req.seed ?? DEFAULT_BRIEFING_SEED,
        scenario: m.footer.scenario,
      };
    },
    'briefing:export': async (req) => {
      const started = performance.now();
      const m = model(req);
      const { html } = renderBriefingDocument(m, req.lang, withSections(req.sections));
      const fileName = briefingFileName(m.footer.scenario, req.lang, m.footer.date);
      const printer = ctx.briefingPrinter;
      if (printer === undefined) throw new Error('this host has no briefing printer');
      const outcome = await printer({ html, fileName, dataDir: ctx.dataDir });
      const base = {
        fileName,
        seed: m.footer.seed ?? req.seed ?? DEFAULT_BRIEFING_SEED,
        ms: Math.round(performance.now() - started),
      };
      if (outcome.kind === 'cancelled')
        return { ...base, delivery: 'cancelled', pages: 0, bytes: 0 };
      appendEdit(db, {
        scenarioId: req.scenarioId,
        entity: 'briefing_exported',
        key: req.lang,
        before: null,
        after: { fileName, lang: req.lang, seed: base.seed, pages: countPdfPages(outcome.pdf) },
        at: new Date().toISOString(),
        keepsRedo: true,
      });
      return {
        ...base,
        delivery: outcome.kind,
        pages: countPdfPages(outcome.pdf),
        bytes: outcome.pdf.length,
        savedPath: outcome.savedPath,
        // Electron saved the file where the planner chose: no need to ship the bytes back.
        ...(outcome.kind === 'download' ? { bytesBase64: outcome.pdf.toString('base64') } : {}),
      };
    },
  };
}
