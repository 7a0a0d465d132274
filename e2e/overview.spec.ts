import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

/** "83%" / "83 %" → 0.83 */
const shareIn = (text: string) => Number(/(\d+(?:\.\d+)?)\s*%/.exec(text)?.[1] ?? NaN) / 100;

test.describe('overview (the start screen)', () => {
  test('opens on the region: indicators against the country, severities, the best package and how robust it is', async ({
    page,
    shell,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    // Sampling shares two cores with the shell and the browser: allow for a loaded machine.
    test.setTimeout(120_000);
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await expect(page.locator('main[data-screen="overview"]')).toBeVisible();
    await planner.setLanguage('zh');

    // The default scenario's region, named in the heading.
    await expect(page.getByTestId('overview-title')).toHaveText('东北地区概览');

    // Key indicators: the region's value against the national reference, with unit, year and source.
    const income = page.getByTestId('overview-indicator-disposable_income');
    await expect(income).toContainText('元');
    await expect(income).toContainText('2024 年');
    await expect(income).toContainText('全国参照 41,314 元');
    await expect(income).toContainText('来源：');
    await expect(income).toHaveAttribute('data-standing', 'behind');
    await expect(income).toContainText('落后于全国');
    const chart = page.getByTestId('overview-index-chart');
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(chart).toContainText('全国 100');
    // A flagged value carries its flag in words, not colour alone.
    await expect(
      page.getByTestId('overview-indicator-sample20_stay_share').locator('.trp-flag').first(),
    ).toContainText(/注意|说明/);

    // One severity badge per cause, in words.
    await expect(page.getByTestId('overview-severity').getByTestId('severity-badge')).toHaveCount(
      8,
    );

    // The best package and its robustness, sampled in the worker with the seed shown.
    const best = page.getByTestId('overview-best');
    await expect(best).toBeVisible();
    const measures = (await best.getAttribute('data-measures')) ?? '';
    expect(measures.length).toBeGreaterThan(0);
    await expect(page.getByTestId('overview-best-cost')).toContainText('预算');
    const sentence = page.getByTestId('overview-robustness-sentence');
    await expect(sentence).toHaveText(/^在 \d+% 的合理权重下，该方案排名第一。$/, {
      timeout: 30_000,
    });
    await expect(page.getByTestId('overview-robustness-detail')).toContainText('种子 20260101');
    await expect(page.getByTestId('overview-robustness-level')).toHaveText(/稳健|较稳健|不稳健/);
    const share = shareIn(await sentence.innerText());

    // Readable at 1366×768 without a horizontal scroll bar.
    const main = page.locator('main');
    expect(await main.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('overview-zh') });

    await planner.setLanguage('en');
    await expect(page.getByTestId('overview-title')).toHaveText('Northeast China: overview');
    await expect(sentence).toHaveText(
      /^In \d+% of plausible weightings, this package is the best\.$/,
    );
    await expect(income).toContainText('behind the country');
    await page.screenshot({ path: screenshotPath('overview-en') });

    // The same figure as the Robustness screen gives for that package with the same seed and samples.
    await planner.goToAnalysis('robustness');
    await page.getByTestId('smaa-samples').fill('2000');
    await page.getByTestId('smaa-seed').fill('20260101');
    await page.getByTestId('smaa-run').click();
    await expect(page.getByTestId('smaa-sentence')).toBeVisible({ timeout: 30_000 });
    const row = page
      .getByTestId('smaa-result')
      .locator('tbody tr')
      .filter({ has: page.getByText(measures.split('+').join(' + '), { exact: true }) });
    const rowShare = shareIn(await row.locator('td').nth(1).innerText());
    // Both round the same share: to whole and to tenths of a percent.
    expect(Math.abs(rowShare - share)).toBeLessThan(0.0051);

    // Keyboard: the link to the packages screen works with Enter and lands on the same best package.
    await planner.goToAnalysis('overview');
    const toPackages = page.getByTestId('overview-best-block').getByRole('button', {
      name: /Packages/,
    });
    await toPackages.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main[data-screen="packages"]')).toBeVisible();
    await expect(planner.packageRows().first()).toContainText(measures.split('+')[0] ?? '');
  });
});

test('a province scenario: its own figures, its flags, and the Northeast-wide figures said to be so', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  // A Jilin scenario through the same channel the Scenarios screen uses, then opened at start.
  const id = await page.evaluate(async () => {
    const res = await fetch('/api/scenario:create', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-trp-token': sessionStorage.getItem('trp.token') ?? '',
      },
      body: JSON.stringify({ name: 'Jilin test', regionCode: 'CN-JL' }),
    });
    const reply = (await res.json()) as { ok: boolean; value: { id: number } };
    localStorage.setItem('trp.scenario', String(reply.value.id));
    localStorage.setItem('trp.lang', 'en');
    return reply.value.id;
  });
  expect(id).toBeGreaterThan(1);
  await planner.open(shell.url);
  await expect(page.getByTestId('overview-title')).toHaveText('Jilin: overview');
  const income = page.getByTestId('overview-indicator-disposable_income');
  await expect(income).toContainText('Region 31,104 yuan (the region’s own figure)');
  // Jilin's consumption figure carries a data-quality flag, in words.
  const consumption = page.getByTestId('overview-indicator-consumption_total');
  await expect(consumption.locator('.trp-flag').first()).toContainText(/Caution|Note/);
  await expect(page.getByTestId('overview-headlines')).toContainText(
    'figure for Northeast China as a whole',
  );
  await expect(page.getByTestId('overview-robustness-sentence')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: screenshotPath('overview-province-en'), fullPage: true });
});

test.describe('overview at 200% zoom', () => {
  // 1366×768 at 200 %: the page lays out in 683×384 CSS pixels.
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

  test('wraps into one column without a horizontal scroll bar', async ({ page, shell }) => {
    // The narrow layout folds the navigation away, so the language is chosen before the app starts.
    await page.addInitScript(() => localStorage.setItem('trp.lang', 'en'));
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await expect(page.getByTestId('overview-robustness-sentence')).toBeVisible({ timeout: 30_000 });
    const main = page.locator('main');
    expect(await main.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('overview-en-200pct'), fullPage: true });
  });
});
