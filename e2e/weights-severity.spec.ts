import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

const CAUSES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];

test.describe('regional severity in the weights table', () => {
  test('each cause shows its severity with the indicators behind it; folding it in is one undoable edit', async ({
    page,
    shell,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    const weights = () => Promise.all(CAUSES.map((id) => planner.weightInput(id).inputValue()));

    for (const lang of ['zh', 'en'] as const) {
      await planner.setLanguage(lang);
      await planner.goTo('weights');
      // Causes read from indicators show a severity; one without any says so and offers to add one.
      for (const id of ['C3', 'C4', 'C5'])
        await expect(page.getByTestId(`weight-severity-${id}`)).toContainText(
          lang === 'zh' ? '严重程度' : 'Severity',
        );
      await expect(page.getByTestId('weight-severity-C1')).toContainText(
        lang === 'zh' ? '尚无指标' : 'No indicator yet',
      );
      await expect(page.getByTestId('link-indicator-C1')).toBeVisible();
      // The indicators behind C3's severity, one keyboard press away.
      await page.getByTestId('weight-severity-C3').focus();
      await page.keyboard.press('Enter');
      const popover = page.locator('.ant-popover:visible');
      await expect(popover).toContainText(lang === 'zh' ? '依据指标' : 'indicators for');
      await expect(popover.locator('li').filter({ hasText: '→' }).first()).toBeVisible();
      await expect(page.getByTestId('weights-fold-rule')).toContainText(
        lang === 'zh' ? '权重 × (1 + 严重程度)' : '(1 + severity)',
      );
      await expect(popover).toHaveCSS('opacity', '1'); // the fade-in has finished
      await page.screenshot({ path: screenshotPath(`weights-severity-${lang}`) });
      await page.keyboard.press('Escape');
    }

    const before = await weights();
    await page.getByTestId('weights-severity-fold').click();
    await expect(page.getByTestId('weights-severity-notice')).toContainText('Ctrl+Z');
    await expect.poll(weights).not.toEqual(before);
    await expect(page.getByTestId('undo-button')).toHaveAttribute(
      'aria-label',
      /Folded regional severity into the weights/,
    );
    await page.locator('#trp-weights-title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(weights).toEqual(before);
  });
});
