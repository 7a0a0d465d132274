import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

test.describe('robustness (SMAA in a worker)', () => {
  test('runs with progress, cancel stops a run, and the same seed gives the same numbers', async ({
    page,
    shell,
  }) => {
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
});
