import AxeBuilder from '@axe-core/playwright';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

test.describe('robustness (SMAA in a worker)', () => {
  test('runs with progress, cancel stops a run, and the same seed gives the same numbers', async ({
    page,
    shell,
  }) => {
    // Three 5,000-sample runs and a cancelled one: on a loaded two-core machine over a minute.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('zh');
    await planner.goToAnalysis('robustness');

    // A long run to cancel: progress appears, Cancel ends it without a result.
    await page.getByTestId('smaa-samples').fill('200000');
    await page.getByTestId('smaa-run').click();
    await expect(page.getByTestId('smaa-progress')).toBeVisible();
    await page.getByTestId('smaa-cancel').click();
    await expect(page.getByTestId('smaa-cancelled')).toBeVisible();
    await expect(page.getByTestId('smaa-result')).toHaveCount(0);

    await page.getByTestId('smaa-samples').fill('5000');
    await page.getByTestId('smaa-seed').fill('42');
    await page.getByTestId('smaa-run').click();
    await expect(page.getByTestId('smaa-sentence')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('smaa-sentence')).toContainText('是最优组合');
    const first = await page.getByTestId('smaa-result').innerText();
    await page.screenshot({ path: screenshotPath('robustness-zh'), fullPage: true });

    await page.getByTestId('smaa-run').click();
    await expect(page.getByTestId('smaa-sentence')).toBeVisible({ timeout: 30_000 });
    expect(await page.getByTestId('smaa-result').innerText()).toBe(first);

    // A different seed changes the sampled shares (the numbers are not hard-coded).
    await page.getByTestId('smaa-seed').fill('7');
    await page.getByTestId('smaa-run').click();
    await expect(page.getByTestId('smaa-result')).toContainText('种子 7', { timeout: 30_000 });
    expect(await page.getByTestId('smaa-result').innerText()).not.toBe(first);
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

    // A wider weight uncertainty can only admit more robust packages.
    const robustCount = async () =>
      Number((await page.getByTestId('rpm-hint').innerText()).match(/共 (\d+) 个/)?.[1]);
    const narrow = await robustCount();
    await page.getByTestId('rpm-tolerance').fill('30');
    await expect(page.getByTestId('rpm-hint')).toContainText('± 30');
    expect(await robustCount()).toBeGreaterThanOrEqual(narrow);
    await page.getByTestId('rpm-tolerance').fill('5');
    await expect(page.getByTestId('rpm-hint')).toContainText('± 5 ');

    await page.getByTestId('smaa-samples').fill('3000');
    await page.getByTestId('smaa-run').click();
    await expect(page.getByTestId('smaa-sentence')).toBeVisible({ timeout: 30_000 });
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
