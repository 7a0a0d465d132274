import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage, settledDropdown } from './page-models/planner-page';

const files = path.resolve(import.meta.dirname, 'fixtures/files');

/** Picks what column `letter` holds in the mapping step, through its labelled combobox. */
async function mapColumn(page: Page, letter: string, header: string, use: string): Promise<void> {
  await page.getByRole('combobox', { name: `第 ${letter} 列“${header}”的用途` }).click();
  await (await settledDropdown(page)).locator(`.ant-select-item-option[title="${use}"]`).click();
  await expect(page.getByTestId(`mapping-use-${letter}`)).toContainText(use);
  // The next column's list must not be confused with this one while it animates closed.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test('maps the columns of an unrecognised file, commits, and is offered the same mapping next time', async ({
  page,
  shell,
}) => {
  // Two imports with a mapping step and two table checks: more than 60 s on two busy cores.
  test.setTimeout(120_000);
  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  await page.getByTestId('language-switch').getByText('中文').click();
  await planner.goTo('evidence');
  await planner.evidenceTab('import');

  // Headers the importer does not know: the report says so, the mapping step shows the columns.
  await planner.chooseImportFile(path.join(files, 'income-2021-unmapped.csv'));
  await expect(page.getByTestId('import-errors')).toContainText('header-not-found');
  const step = page.getByTestId('import-mapping');
  await expect(step).toContainText('表头在第 2 行');
  await expect(step).toContainText('省级单位');
  await expect(step).toContainText('黑龙江');
  await expect(page.getByTestId('mapping-source')).toHaveAttribute('data-source', 'guessed');
  await expect(page.getByTestId('mapping-problems')).toContainText('请指定地区列');
  await expect(page.getByTestId('mapping-apply')).toBeDisabled();

  await mapColumn(page, 'A', '省级单位', '地区');
  await mapColumn(page, 'B', '统计年度', '年份');
  await mapColumn(page, 'C', '人均收入（元）', '数值');
  await page.getByLabel('整个文件的指标（代码、中文名或英文名）').fill('居民人均可支配收入');
  await expect(page.getByTestId('mapping-problems')).toHaveCount(0);
  await expect(page.getByTestId('mapping-stale')).toBeVisible();
  await page.screenshot({ path: screenshotPath('import-mapping-zh'), fullPage: true });
  await page.getByTestId('mapping-apply').click();

  // The report of the mapped file: no errors, three values; then commit.
  const report = page.getByTestId('import-report');
  await expect(page.getByTestId('mapping-stale')).toHaveCount(0);
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(report).toContainText('3');
  await page.getByTestId('import-commit').click();
  await expect(page.locator('[data-testid="import-report"][data-committed="true"]')).toBeVisible();
  await expect(page.getByTestId('import-history')).toContainText('income-2021-unmapped.csv');

  await planner.evidenceTab('browse');
  await planner.showIndicator('disposable_income');
  await expect(page.getByTestId('obs-CN-HL-2021')).toContainText(/32,456|32456/);
  await expect(page.getByTestId('obs-CN-LN-2021')).toContainText(/41,234|41234/);

  // A file with the same headers (no title line this time) arrives with the mapping filled in.
  await planner.evidenceTab('import');
  await planner.chooseImportFile(path.join(files, 'income-2022-unmapped.csv'));
  const source = page.getByTestId('mapping-source');
  await expect(source).toHaveAttribute('data-source', 'remembered');
  await expect(source).toContainText('已按上次的列对应关系填好');
  await expect(page.getByTestId('import-mapping')).toContainText('表头在第 1 行');
  await expect(page.getByTestId('mapping-use-A')).toContainText('地区');
  await expect(page.getByTestId('mapping-use-C')).toContainText('数值');
  await expect(page.getByLabel('整个文件的指标（代码、中文名或英文名）')).toHaveValue(
    '居民人均可支配收入',
  );
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('import-mapping-remembered-zh'), fullPage: true });
  await page.getByTestId('import-commit').click();
  await expect(page.locator('[data-testid="import-report"][data-committed="true"]')).toBeVisible();
  await planner.evidenceTab('browse');
  await planner.showIndicator('disposable_income');
  await expect(page.getByTestId('obs-CN-JL-2022')).toContainText(/33,900|33900/);
});

test('rows that cannot be imported refuse the file until "skip rows with errors" is ticked', async ({
  page,
  shell,
}) => {
  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  await page.getByTestId('language-switch').getByText('中文').click();
  await planner.goTo('evidence');
  await planner.evidenceTab('import');

  // Line 3 names an unknown province, line 4 has text for a value: refused, nothing to commit.
  const report = await planner.chooseImportFile(path.join(files, 'income-2025-bad-gbk.csv'));
  await expect(page.getByTestId('import-errors')).toContainText('unknown-region');
  await expect(report.getByTestId('import-commit')).toBeDisabled();
  await expect(page.getByTestId('import-skipped')).toHaveCount(0);

  // Ticking the box re-checks the file: the two rows become warnings, the rest can be committed.
  const skip = page.getByTestId('import-skip-bad-rows');
  await expect(skip).not.toBeChecked();
  await skip.check();
  await expect(page.getByTestId('import-skipped')).toContainText('已跳过 2 行');
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByTestId('import-warnings')).toContainText('rows-skipped');
  await expect(page.getByTestId('import-warnings')).toContainText('满洲省');
  await report.getByTestId('import-commit').click();
  await expect(page.locator('[data-testid="import-report"][data-committed="true"]')).toBeVisible();
  await expect(page.getByTestId('import-history')).toContainText('income-2025-bad-gbk.csv');

  await planner.evidenceTab('browse');
  await planner.showIndicator('disposable_income');
  await expect(page.getByTestId('obs-CN-HL-2025')).toContainText(/31,888|31888/);
  await expect(page.getByTestId('obs-CN-JL-2025')).toHaveCount(0);
});
