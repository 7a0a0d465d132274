/**
 * Prints a briefing document to PDF with headless Chromium (playwright-core), JavaScript off and
 * every network request refused. The footer with "page x of y" is part of each A4 page (see
 * briefing-css.ts), so Chromium's own header/footer, which cannot use the bundled web fonts and
 * would embed a system font, stays off.
 */
import { bilingual } from '../../contract/bilingual';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { countPdfPages } from './pdf-pages';

/** Without the background-networking flags Chromium keeps calling hosts it cannot reach. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.TRP_CHROMIUM ?? '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      bilingual(
        `找不到 Chromium`,
        `Chromium not found at ${executablePath} (set TRP_CHROMIUM to its path)`,
      ),
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PrintResult {
  outFile: string;
  pages: number;
  bytes: number;
  /** Requests the page attempted and we refused (expected 0: fonts are inline data: URLs). */
  blockedRequests: string[];
}

export { countPdfPages };

export interface PrintOptions {
  /** Reuse a running browser (bench, tests); otherwise one is launched and closed. */
  browser?: Browser;
}

export async function printBriefingPdf(
  html: string,
  outFile: string,
  options: PrintOptions = {},
): Promise<PrintResult> {
  const browser = options.browser ?? (await launchChromium());
  const blockedRequests: string[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      // setContent loads no document over the network, so every routed request is something the
      // markup tried to fetch: refuse and record it.
      await page.route('**/*', async (route) => {
        blockedRequests.push(route.request().url());
        await route.abort('blockedbyclient');
      });
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
      });
      fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
      fs.writeFileSync(outFile, pdf);
      return { outFile, pages: countPdfPages(pdf), bytes: pdf.length, blockedRequests };
    } finally {
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
}
