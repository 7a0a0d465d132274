/**
 * Interaction latency for `npm run bench`, measured in the browser by the renderer's own User
 * Timing measure (renderer/src/perf/interaction-marks.ts): from a weight-slider move to the
 * updated top-5 ranking and its chart committed to the DOM on the weights screen. Drives the
 * real browser shell on a fresh data folder with Chromium at 1366×768; the slider is moved with
 * the keyboard, one step at a time, each step waiting for its measure.
 * Target: sliderToRankingP95Ms < 50. Without a Chromium the figures are skipped, with the reason.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startShell } from '../../electron/shell/server';
import { percentile } from './percentile';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const MEASURE = 'trp:weight-to-ranking';
const STEPS = 100;
/** Keyboard auto-repeat is ~30 keys/s; the pause keeps steps apart like a hand would. */
const PAUSE_MS = 30;

/** The renderer the shell will serve: TRP_RENDERER_DIR or out/renderer if built, else a fresh build. */
async function rendererDir(tmp: string): Promise<string> {
  const given = process.env.TRP_RENDERER_DIR ?? path.join(repoRoot, 'out/renderer');
  if (fs.existsSync(path.join(given, 'index.html'))) return given;
  const outDir = path.join(tmp, 'renderer');
  process.stderr.write(`latency: no renderer build in ${given}; building into ${outDir} …\n`);
  const previous = process.env.TRP_RENDERER_DIR;
  process.env.TRP_RENDERER_DIR = outDir; // renderer/vite.config.ts reads the same variable
  try {
    await build({ configFile: path.join(repoRoot, 'renderer/vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env.TRP_RENDERER_DIR;
    else process.env.TRP_RENDERER_DIR = previous;
  }
  return outDir;
}

export async function bench(): Promise<Record<string, number>> {
  const executablePath = process.env.TRP_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    process.stderr.write(
      `latency: skipped — no Chromium at ${executablePath} (set TRP_CHROMIUM to its path)\n`,
    );
    return {};
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-bench-latency-'));
  const dataDir = path.join(tmp, 'data');
  fs.mkdirSync(dataDir);
  // The real browser shell, in this process (it only answers the page's requests meanwhile).
  const shell = await startShell({
    port: 0,
    dataDir,
    rendererDir: await rendererDir(tmp),
    systemLocale: 'zh',
  });
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(shell.url);
    await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('nav-weights').click();
    await page.getByTestId('ranking-preview-chart').waitFor();
    const slider = page.getByTestId('cause-row-C1').getByRole('slider');
    await slider.focus();

    const count = () => page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);
    const before = await count();
    for (let step = 0; step < STEPS; step++) {
      // Right then left, so the weight stays near its default and never hits an end stop.
      await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForFunction(
        ([name, n]) => performance.getEntriesByName(name as string).length >= (n as number),
        [MEASURE, before + step + 1] as const,
        { timeout: 10_000 },
      );
      await page.waitForTimeout(PAUSE_MS);
    }
    const durations = await page.evaluate(
      (name) => performance.getEntriesByName(name).map((e) => e.duration),
      MEASURE,
    );
    const samples = durations.slice(before);
    return {
      sliderToRankingP50Ms: percentile(samples, 50),
      sliderToRankingP95Ms: percentile(samples, 95),
      sliderToRankingMaxMs: Math.max(...samples),
      sliderToRankingCount: samples.length,
    };
  } finally {
    await browser.close();
    await shell.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx scripts/bench/latency.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await bench()));
}
