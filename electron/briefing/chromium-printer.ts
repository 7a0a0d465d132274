/**
 * The briefing printer of the hosts without Electron (browser shell, tests): headless system
 * Chromium prints into <dataDir>/briefings/, and the bytes go back to the screen for a download.
 * Kept apart from briefing.service.ts so the Electron main bundle never includes playwright-core.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BriefingPrinter } from '../services/briefing.service';
import { printBriefingPdf } from './print-pdf';

export const chromiumBriefingPrinter: BriefingPrinter = async ({ html, fileName, dataDir }) => {
  const out = path.join(dataDir, 'briefings', fileName);
  const printed = await printBriefingPdf(html, out);
  if (printed.blockedRequests.length > 0) {
    // The document embeds everything it needs; a request means injected markup. Keep no such file.
    fs.rmSync(out, { force: true });
    throw new Error(`briefing tried to load ${printed.blockedRequests.length} resource(s)`);
  }
  return { kind: 'download', pdf: fs.readFileSync(out), savedPath: out };
};
