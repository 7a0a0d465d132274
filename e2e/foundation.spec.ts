import fs from 'node:fs';
import path from 'node:path';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

test.describe('default scenario in the browser shell', () => {
  test('shows 8 causes, 7 measures and a ranked package list', async ({ page, shell }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);

    await planner.goTo('weights');
    await expect(planner.causeRows()).toHaveCount(8);
    await page.screenshot({ path: screenshotPath('weights-default') });

    await planner.goTo('impacts');
    for (const m of ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7']) {
      await expect(planner.impactCell(m, 'C1')).toBeVisible();
    }
    await expect(page.locator('[data-testid^="impact-cell-"]')).toHaveCount(56);
    await page.screenshot({ path: screenshotPath('impacts-default') });

    await planner.goTo('packages');
    const rows = await planner.rankingText();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: screenshotPath('packages-default') });
  });

  test('moving a weight changes the ranking, and the change survives a restart', async ({
    page,
    shell,
    restartShell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.goTo('packages');
    const before = await planner.rankingText();

    // Put almost all weight on one cause: the best packages must then be the ones that address it.
    await planner.goTo('weights');
    for (const c of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C8']) await planner.setWeight(c, 0);
    await planner.setWeight('C7', 10);
    await planner.goTo('packages');
    await expect
      .poll(async () => (await planner.rankingText()).join('\n'))
      .not.toBe(before.join('\n'));
    const after = await planner.rankingText();

    const restarted = await restartShell();
    await planner.open(restarted.url);
    await planner.goTo('weights');
    await expect(planner.weightInput('C7')).toHaveValue(/^10(\.0+)?$/);
    await expect(planner.weightInput('C3')).toHaveValue(/^0(\.0+)?$/);
    await planner.goTo('packages');
    await expect.poll(async () => (await planner.rankingText()).join('\n')).toBe(after.join('\n'));
    await page.screenshot({ path: screenshotPath('packages-after-restart') });
  });

  test('a bad value typed into a matrix cell gets a clear message and changes nothing', async ({
    page,
    shell,
    restartShell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.goTo('impacts');
    const cell = planner.impactCell('M1', 'C3');
    const original = await cell.innerText();
    await cell.click();
    const likely = page.getByTestId('impact-likely-input');
    await likely.fill('5');
    await expect(page.getByTestId('impact-validation')).toContainText(/−1|-1/);
    await expect(page.getByTestId('impact-save')).toBeDisabled();
    await page.screenshot({ path: screenshotPath('impact-bad-value') });
    await page.keyboard.press('Escape');
    await expect(cell).toHaveText(original);

    const restarted = await restartShell();
    await planner.open(restarted.url);
    await planner.goTo('impacts');
    await expect(planner.impactCell('M1', 'C3')).toHaveText(original);
  });
});

test('the data folder holds the SQLite database', async ({ page, shell }) => {
  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  expect(fs.existsSync(path.join(shell.dataDir, 'planner.sqlite3'))).toBe(true);
});
