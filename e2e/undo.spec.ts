import AxeBuilder from '@axe-core/playwright';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

test.describe('undo and redo survive a restart; the audit log names the user', () => {
  test('Ctrl+Z after a restart restores a weight, Ctrl+Shift+Z redoes it', async ({
    page,
    shell,
    restartShell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');
    await planner.setUserName('Li Planner');

    await planner.goTo('weights');
    const original = await planner.weightInput('C3').inputValue();
    expect(Number(original)).not.toBe(7.5);
    await planner.setWeight('C3', 7.5);
    await expect(page.getByTestId('undo-button')).toBeEnabled();

    const restarted = await restartShell();
    await planner.open(restarted.url);
    await planner.goTo('weights');
    await expect(planner.weightInput('C3')).toHaveValue(/^7\.5/);

    // Focus outside any text field, so the shortcut is the app's undo and not the input's own.
    await page.getByTestId('nav-weights').focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('undo-status')).toContainText('Undone: Cause weight C3');
    await expect(planner.weightInput('C3')).toHaveValue(new RegExp(`^${Number(original)}`));

    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId('undo-status')).toContainText('Redone: Cause weight C3');
    await expect(planner.weightInput('C3')).toHaveValue(/^7\.5/);

    await planner.goToWorkflow('audit');
    const row = page.getByTestId('audit-table').locator('tr[data-row-key]').first();
    await expect(row).toContainText('Li Planner');
    await expect(row).toContainText('Cause weight C3');
    // The weight as the share the model uses: 1 of 8 → 7.5 of 14.5.
    await expect(row).toContainText(
      'Weight share of C3 Persistent economic downturn: 12.5% → 51.7%',
    );
    await page.screenshot({ path: screenshotPath('audit-en') });
    const axe = await new AxeBuilder({ page })
      .include('main')
      .include('[data-testid="undo-bar"]')
      .analyze();
    const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await planner.setLanguage('zh');
    await expect(page.getByTestId('audit-table').locator('tr[data-row-key]').first()).toContainText(
      '原因权重',
    );
    await expect(page.getByTestId('audit-table')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await page.screenshot({ path: screenshotPath('audit-zh') });
  });

  test('Ctrl+Z inside a text field is left to the field', async ({ page, shell }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.goTo('weights');
    await planner.setWeight('C2', 4);
    await expect(page.getByTestId('undo-button')).toBeEnabled();
    await planner.weightInput('C5').focus();
    await page.keyboard.press('Control+z');
    await expect(planner.weightInput('C2')).toHaveValue(/^4/);
  });
});
