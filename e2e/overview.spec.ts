import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

/** "83%" / "83 %" → 0.83 */

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

    // The guided first run: six steps, each ticked from the scenario's state; the shipped
    // defaults leave weights, impacts and budget/costs open.
    const checklist = page.getByTestId('overview-checklist');
    await expect(checklist.locator('li')).toHaveCount(6);
    for (const step of ['weights', 'impacts', 'packages'])
      await expect(page.getByTestId(`checklist-${step}`)).toHaveAttribute('data-done', 'false');
    await expect(page.getByTestId('checklist-impacts')).toContainText('56 个影响估计中仍有 56 个');

    // The best package, labelled provisional while it rests on defaults, and its robustness
    // under the scenario's stated basis, with samples and seed.
    const best = page.getByTestId('overview-best');
    await expect(best).toBeVisible();
    await expect(best).toHaveAttribute('data-provisional', 'true');
    await expect(page.getByTestId('overview-best-provisional')).toHaveText('暂定');
    const measures = (await best.getAttribute('data-measures')) ?? '';
    expect(measures.length).toBeGreaterThan(0);
    await expect(page.getByTestId('overview-best-cost')).toContainText('预算');
    const sentence = page.getByTestId('overview-robustness-sentence');
    await expect(sentence).toHaveText(
      /^在您的权重上下 ±20% 范围内的权重组合中（10,000 次抽样），它在 \d+%（±[\d.]+%）的抽样中排第一。$/,
      { timeout: 60_000 },
    );
    await expect(page.getByTestId('overview-robustness-detail')).toContainText('种子 2025');
    await expect(page.getByTestId('overview-robustness-level')).toHaveText(/稳健|较稳健|不稳健/);
    await expect(page.getByTestId('verdict-provisional')).toContainText('暂定结论');

    // Readable at 1366×768 without a horizontal scroll bar.
    const main = page.locator('main');
    expect(await main.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('overview-zh') });

    await planner.setLanguage('en');
    await expect(page.getByTestId('overview-title')).toHaveText('Northeast China: overview');
    await expect(sentence).toHaveText(
      /^Across 10,000 sampled weightings within ±20% of yours, it is best in \d+% \(± [\d.]+%\) of them\.$/,
    );
    const overviewSentence = await sentence.innerText();
    await expect(income).toContainText('behind the country');
    await page.screenshot({ path: screenshotPath('overview-en') });

    // One voice: the Robustness screen prints the same sentence, from the same run settings.
    await planner.goToAnalysis('robustness');
    await expect(page.getByTestId('verdict-best')).toContainText(
      `Under your weights, the best package is ${measures.split('+')[0]} `,
    );
    await expect(page.getByTestId('overview-robustness-sentence')).toHaveText(overviewSentence, {
      timeout: 60_000,
    });
    await expect(page.getByTestId('smaa-meta')).toContainText('seed 2025');

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
