import path from 'node:path';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

const files = path.resolve(import.meta.dirname, 'fixtures/files');

test.describe('Evidence screen', () => {
  test('imports a GBK CSV through the UI, shows the new values, and undoes the import', async ({
    page,
    shell,
  }) => {
    // A long journey (two imports, charts, undo); two shared cores under load need more than 60 s.
    test.setTimeout(120_000);
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.goTo('evidence');

    // The embedded paper data shows its quality flags where they apply (Hunan's GDP).
    await planner.showIndicator('gdp');
    await expect(page.getByTestId('ranking-chart')).toBeVisible();
    await expect(page.getByTestId('obs-CN-HN-2024').getByTestId('flag-T1_MAGNITUDE')).toBeVisible();

    // A bad file: the report names line, column, raw value and rule; commit stays disabled.
    await planner.evidenceTab('import');
    const bad = await planner.chooseImportFile(path.join(files, 'income-2025-bad-gbk.csv'));
    await expect(page.getByTestId('import-encoding')).toContainText('GB18030');
    const errors = page.getByTestId('import-errors');
    await expect(errors).toContainText('满洲省');
    await expect(errors).toContainText('unknown-region');
    await expect(errors).toContainText('暂缺数据');
    await expect(bad.getByTestId('import-commit')).toBeDisabled();
    await page.screenshot({ path: screenshotPath('evidence-import-errors') });

    // The good file: no errors, commit, then the new value is in the table and the chart.
    const good = await planner.chooseImportFile(path.join(files, 'income-2025-gbk.csv'));
    await expect(page.getByTestId('import-encoding')).toContainText('GB18030');
    await expect(page.getByTestId('import-errors')).toHaveCount(0);
    await good.getByTestId('import-commit').click();
    await expect(
      page.locator('[data-testid="import-report"][data-committed="true"]'),
    ).toBeVisible();
    await expect(page.getByTestId('import-message')).toBeVisible();
    await expect(page.getByTestId('import-history')).toContainText('income-2025-gbk.csv');

    await planner.evidenceTab('browse');
    await planner.showIndicator('disposable_income');
    await expect(page.getByTestId('obs-CN-HL-2025')).toContainText(/31,888|31888/);
    await expect(page.getByTestId('obs-CN-JL-2025')).toContainText(/32,100|32100/);
    const chart = page.getByTestId('ranking-chart');
    // The default ranking stays on 2024 (3 provinces are no national picture); 2025 is one click away.
    await expect(chart).toContainText('2024');
    await page.getByTestId('ranking-year').getByText('2025').click();
    await expect(chart).toContainText('2025');
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(3);
    await page.screenshot({ path: screenshotPath('evidence-after-import') });

    // Undo: the 2025 values are gone again, the chart falls back to the 2024 ranking (30 provinces; Table 3 lacks Yunnan).
    await planner.evidenceTab('import');
    await page.locator('[data-testid^="import-undo-"]').first().click();
    await expect(page.getByTestId('import-history')).toContainText(/已撤销|Undone/);
    await planner.evidenceTab('browse');
    await expect(page.getByTestId('obs-CN-HL-2025')).toHaveCount(0);
    await expect(chart).toContainText('2024');
    await expect(page.getByTestId('ranking-year')).not.toContainText('2025');
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(30);
  });

  test('screens at 1366×768 in Chinese and English, severity folded into weights', async ({
    page,
    shell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    for (const lang of ['zh', 'en'] as const) {
      await page
        .getByTestId('language-switch')
        .getByText(lang === 'zh' ? '中文' : 'English')
        .click();
      await planner.goTo('evidence');
      await planner.evidenceTab('browse');
      await planner.showIndicator('disposable_income');
      await expect(page.getByTestId('gap-chart')).toBeVisible();
      await page.screenshot({ path: screenshotPath(`evidence-browse-${lang}`) });
      await planner.evidenceTab('overview');
      await expect(page.getByTestId('graduates-chart')).toBeVisible();
      await expect(page.getByTestId('consumption-chart')).toBeVisible();
      await page.screenshot({ path: screenshotPath(`evidence-overview-${lang}`) });
      await planner.evidenceTab('severity');
      await expect(page.getByTestId('severity-table')).toBeVisible();
      await page.screenshot({ path: screenshotPath(`evidence-severity-${lang}`) });
    }

    // Fold: C3 (severity ≈ 0.5 for the Northeast) gains weight (saved through scenario:setCauseWeight) and keep their total.
    await planner.goTo('weights');
    const before = await planner.weightInput('C3').inputValue();
    await planner.goTo('evidence');
    await planner.evidenceTab('severity');
    await page.getByTestId('severity-fold').click();
    await planner.goTo('weights');
    await expect.poll(() => planner.weightInput('C3').inputValue()).not.toBe(before);
  });
});
