/**
 * The briefing as one self-contained HTML document: the React print view rendered to static
 * markup (React escapes every string, so hostile names print as text), the print CSS, and the
 * bundled fonts as data: URLs. The CSP forbids scripts and every load except inline styles and
 * data: fonts/images, so even a document with injected markup could not run code or call out.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportLang, ReportModel, ReportSection } from '../../engine/report';
import { REPORT_LABELS } from '../../engine/report';
import { BriefingPrintView } from '../../report-view/BriefingPrintView';
import { briefingCss } from '../../report-view/briefing-css';
import { stripBidiControls } from '../../contract/plain-text';
import { fontFaceCss } from './fonts';

export const BRIEFING_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The text that prints bold: exactly the elements briefing-css.ts sets in weight 700 (headings,
 * table headers, <strong>, and the classes listed). Their glyphs decide which bold subsets to embed.
 */
const BOLD_TAGS = /<(h1|h2|h3|th|strong)\b[^>]*>([\s\S]*?)<\/\1>/g;
const BOLD_CLASSES =
  /<(div|span|td)\b[^>]*class="(?:names|flag-warning|flag-info|id)"[^>]*>([\s\S]*?)<\/\1>/g;

export function boldText(markup: string): string {
  let out = '';
  for (const re of [BOLD_TAGS, BOLD_CLASSES]) {
    for (const m of markup.matchAll(re)) out += m[2]!.replace(/<[^>]*>/g, ' ');
  }
  return out;
}

export interface BriefingHtml {
  html: string;
  /** @font-face rules embedded and their woff2 bytes (for the size budget). */
  fontFaces: number;
  fontBytes: number;
}

export interface RenderOptions {
  /** Parts to include (see engine/report/sections.ts); undefined = the whole briefing. */
  sections?: readonly ReportSection[];
  /**
   * Replaces the embedded fonts with this CSS (the on-screen preview: an iframe inherits the app's
   * CSP, which allows no data: fonts, and the preview need not carry ~1 MB of font data).
   */
  screenCss?: string;
}

export function renderBriefingDocument(
  model: ReportModel,
  lang: ReportLang,
  options: RenderOptions = {},
): BriefingHtml {
  // Names here come from the database, also from imports that predate the contract's cleanup:
  // no bidi control may reorder what prints (plain-text.ts).
  const body = stripBidiControls(
    renderToStaticMarkup(
      createElement(BriefingPrintView, {
        model,
        lang,
        ...(options.sections ? { sections: options.sections } : {}),
      }),
    ),
  );
  const title = stripBidiControls(
    `${REPORT_LABELS.docTitle[lang]} · ${model.title.scenario[lang]}`,
  );
  const fonts =
    options.screenCss === undefined
      ? fontFaceCss(body + title, boldText(body))
      : { css: '', faces: 0, bytes: 0 };
  const html =
    '<!DOCTYPE html>\n' +
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${BRIEFING_CSP}">` +
    `<title>${escapeHtml(title)}</title>` +
    `<style>${fonts.css}\n${briefingCss}\n${options.screenCss ?? ''}</style></head><body>${body}</body></html>`;
  return { html, fontFaces: fonts.faces, fontBytes: fonts.bytes };
}

/** renderBriefingHtml(model, lang) → the full HTML document (see renderBriefingDocument). */
export function renderBriefingHtml(model: ReportModel, lang: ReportLang): string {
  return renderBriefingDocument(model, lang).html;
}
