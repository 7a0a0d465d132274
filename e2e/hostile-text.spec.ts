/**
 * Names with markup, script, formulas, very long strings and odd Unicode are stored through the
 * shell's API and shown as TEXT: no dialog, no script execution, no request leaves the app, and
 * the exact characters come back on screen — except bidi controls, which the contract removes so
 * that no name can reorder what is shown (contract/plain-text.ts).
 */
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';
import { shellApi } from './shell-api';

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2</script>',
  '"><svg onload=alert(3)>',
  '=HYPERLINK("https://evil.example","点我")',
  "+cmd|' /C calc'!A0",
  'javascript:alert(4)',
  '\u202e方案\u202c 𠀀🧪 zero\u200bwidth',
  'invoice\u202Etxt.exe \u2067RLI\u2069',
  '长'.repeat(200),
];

/** What the contract does to names (e2e cannot import contract/; plain-text.ts has the tests). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const stripBidiControls = (s: string): string => s.replace(BIDI_CONTROLS, '');

const api = (baseUrl: string, channel: string, body: unknown) => shellApi(baseUrl, channel, body);

test('hostile scenario names are stored and shown as plain text', async ({ page, shell }) => {
  const list = (await api(shell.url, 'scenario:list', {})) as {
    ok: boolean;
    value: { id: number; regionCode: string }[];
  };
  expect(list.ok).toBe(true);
  const regionCode = list.value[0]?.regionCode ?? '';
  for (const name of HOSTILE) {
    const r = (await api(shell.url, 'scenario:create', { name, regionCode })) as {
      ok: boolean;
      value?: { name: string };
    };
    expect(r.ok, name).toBe(true);
    // Stored byte for byte, bidi controls aside.
    expect(r.value?.name).toBe(stripBidiControls(name));
  }

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

  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  await planner.goToWorkflow('scenarios');
  const table = page.getByTestId('scenario-table');
  for (const name of HOSTILE.slice(0, 6)) await expect(table).toContainText(name);
  // Long and bidi names: compare the DOM text itself, which whitespace normalisation would blur.
  const text = await table.evaluate((el) => el.textContent ?? '');
  for (const name of HOSTILE) expect(text.includes(stripBidiControls(name)), name).toBe(true);
  // Nothing on screen can reorder the text around it: the bidi name shows in logical order.
  expect(stripBidiControls(text)).toBe(text);
  expect(text).toContain('invoicetxt.exe RLI');

  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('main img[src="x"], main svg[onload], main script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(crossOrigin).toEqual([]);
  await planner.setLanguage('en');
  await page.screenshot({ path: screenshotPath('hostile-text-scenarios-en'), fullPage: true });
  // Switching language re-renders every name: still text, still nothing run.
  await planner.setLanguage('zh');
  expect((await table.evaluate((el) => el.textContent ?? '')).includes(HOSTILE[0] ?? '')).toBe(
    true,
  );
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await page.screenshot({ path: screenshotPath('hostile-text-scenarios-zh'), fullPage: true });
  expect(dialogs).toEqual([]);
  expect(crossOrigin).toEqual([]);
});
