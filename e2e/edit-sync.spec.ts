import { test, expect } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

const BASELINE = '东北地区基准情景 / Northeast baseline';

test.describe('an edit is never lost and shows everywhere as soon as it lands', () => {
  test('a weight typed just before a scenario switch is stored in the scenario it was typed in', async ({
    page,
    shell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');
    await planner.goToWorkflow('scenarios');
    await page.getByTestId('scenario-create').click();
    await planner.submitNameDialog('Harbin pilot');
    await expect(page.getByTestId('scenario-picker')).toContainText('Harbin pilot');

    await planner.goTo('weights');
    // Typed, not confirmed: the edit is still waiting for its debounce when the switch comes.
    await planner.weightInput('C3').fill('7.5');
    await planner.selectScenario(BASELINE);
    await expect(page.getByTestId('scenario-picker')).toContainText(BASELINE);
    await expect(planner.weightInput('C3')).not.toHaveValue('7.5');

    await planner.selectScenario('Harbin pilot');
    await expect(planner.weightInput('C3')).toHaveValue('7.5');
    await planner.goToWorkflow('audit');
    const newest = page.getByTestId('audit-table').locator('tr[data-row-key]').first();
    await expect(newest).toContainText('Harbin pilot');
    await expect(newest).toContainText('C3');
  });

  test('a weight typed just before a reload is stored', async ({ page, shell }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.goTo('weights');
    await planner.weightInput('C4').fill('8.5');
    await page.reload();
    await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await planner.goTo('weights');
    await expect(planner.weightInput('C4')).toHaveValue('8.5');
  });

  test('the audit log and the undo bar show an edit made a moment ago', async ({ page, shell }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');
    await planner.goTo('weights');
    await planner.weightInput('C6').fill('9.5');
    // Straight to the audit log, inside the debounce window.
    await planner.goToWorkflow('audit');
    const newest = page.getByTestId('audit-table').locator('tr[data-row-key]').first();
    await expect(newest).toContainText('C6');
    await expect(page.getByTestId('undo-button')).toHaveAttribute('aria-label', /C6/);
  });
});
