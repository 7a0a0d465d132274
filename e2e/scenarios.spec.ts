import AxeBuilder from '@axe-core/playwright';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

test.describe('scenarios: create → edit → duplicate → compare', () => {
  test('a planner builds a what-if copy and compares it with the original', async ({
    page,
    shell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');

    await planner.goToWorkflow('scenarios');
    await page.getByTestId('scenario-create').click();
    await planner.submitNameDialog('Pilot north');
    await expect(page.getByTestId('scenario-picker')).toContainText('Pilot north');
    await expect(planner.scenarioRow('Pilot north')).toContainText('Current');

    // Edit a weight of the new scenario.
    await planner.goTo('weights');
    await planner.setWeight('C7', 10);
    await expect(page.getByTestId('undo-button')).toBeEnabled();

    // Duplicate it, and skew the copy towards one cause.
    await planner.goToWorkflow('scenarios');
    await planner
      .scenarioRow('Pilot north')
      .locator('[data-testid^="scenario-duplicate-"]')
      .click();
    await planner.submitNameDialog('Pilot north — housing');
    await expect(page.getByTestId('scenario-picker')).toContainText('Pilot north — housing');
    await planner.goTo('weights');
    await expect(planner.weightInput('C7')).toHaveValue(/^10(\.0+)?$/);
    for (const c of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']) await planner.setWeight(c, 0);
    await planner.setWeight('C8', 10);

    // Compare the two side by side.
    await planner.goToWorkflow('scenarios');
    await planner.scenarioRow('Pilot north').locator('.ant-checkbox-input').check();
    await planner.scenarioRow('Pilot north — housing').locator('.ant-checkbox-input').check();
    await page.getByTestId('scenario-compare').click();
    const panel = page.getByTestId('compare-panel');
    await expect(panel).toBeVisible();
    await expect(panel.locator('[data-testid^="compare-card-"]')).toHaveCount(2);
    await expect(panel.locator('[data-testid^="compare-card-"]').first().locator('li')).toHaveCount(
      5,
    );
    // The weights that differ are listed, with each scenario's value; tau comes with its meaning.
    const diffs = page.getByTestId('compare-differences');
    await expect(diffs.locator('tr', { hasText: 'C8' })).toContainText('10');
    await expect(diffs.locator('tr', { hasText: 'C1' })).toBeVisible();
    await expect(page.getByTestId('compare-tau')).toContainText(/rank|Fewer/);
    await page.screenshot({ path: screenshotPath('scenarios-compare-en'), fullPage: true });

    // No serious or critical accessibility violation on the screen with the comparison open.
    // (The pointer is moved off the button first: antd's hover tint is a theme-wide matter.)
    await page.mouse.move(0, 700);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

    await planner.setLanguage('zh');
    await expect(page.getByTestId('compare-panel')).toContainText('情景比较');
    await page.screenshot({ path: screenshotPath('scenarios-compare-zh'), fullPage: true });
  });

  test('delete asks first and can be undone', async ({ page, shell }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');
    await planner.goToWorkflow('scenarios');
    await page.getByTestId('scenario-create').click();
    await planner.submitNameDialog('Throwaway');
    await expect(planner.scenarioRow('Throwaway')).toHaveCount(1);

    await planner.scenarioRow('Throwaway').locator('[data-testid^="scenario-delete-"]').click();
    await page.getByTestId('delete-confirm').click();
    await expect(planner.scenarioRow('Throwaway')).toHaveCount(0);
    await expect(page.getByTestId('scenarios-notice')).toContainText('Throwaway');

    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('undo-status')).toContainText('Deleted scenario');
    await expect(planner.scenarioRow('Throwaway')).toHaveCount(1);
  });
});

test('export the project, import it back: name clashes are asked about first', async ({
  page,
  shell,
}) => {
  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  await planner.setLanguage('en');
  await planner.goToWorkflow('scenarios');
  const rowsBefore = await page.getByTestId('scenario-table').locator('tr[data-row-key]').count();

  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-project').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^talent-retention-project-.*\.trpproj$/);
  const file = await download.path();

  await page.getByTestId('project-import-file').setInputFiles(file);
  await expect(await planner.settledDialog()).toContainText('same name');
  await expect(page.getByTestId('scenario-table').locator('tr[data-row-key]')).toHaveCount(
    rowsBefore,
  );
  await page.screenshot({ path: screenshotPath('scenarios-import-conflict-en') });
  await page.getByTestId('conflict-rename').click();
  await expect(page.getByTestId('scenarios-notice')).toContainText(`Imported ${rowsBefore}`);
  await expect(page.getByTestId('scenario-table').locator('tr[data-row-key]')).toHaveCount(
    rowsBefore * 2,
  );
});
