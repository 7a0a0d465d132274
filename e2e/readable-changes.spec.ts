/**
 * Changes read as words in both languages: the audit log after a weight edit, a region change and
 * a budget change, and the comparison of two scenarios. Every visible text is checked for JSON,
 * region codes and cause / measure ids without their names.
 */
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage, settledDropdown } from './page-models/planner-page';
import { catalogueNames, unreadable, visibleText } from './readable-text';
import { shellApi } from './shell-api';

interface Constraints {
  budget: number | null;
  maxMeasures: number | null;
  required: string[];
  excluded: string[];
  requires: [string, string][];
  excludes: [string, string][];
}

/** Sets a scenario's constraints through the same channel the Packages screen will use. */
async function setConstraints(
  shellUrl: string,
  scenarioId: number,
  change: Partial<Constraints>,
): Promise<void> {
  const s = await shellApi<{ constraints: Constraints }>(shellUrl, 'scenario:get', { scenarioId });
  const r = await shellApi(shellUrl, 'scenario:setConstraints', {
    scenarioId,
    constraints: { ...s.value!.constraints, ...change },
  });
  expect(r.ok, r.error?.message).toBe(true);
}

async function scenarioIdByName(shellUrl: string, name: string): Promise<number> {
  const list = await shellApi<{ id: number; name: string }[]>(shellUrl, 'scenario:list', {});
  const found = list.value?.find((s) => s.name === name);
  expect(found, name).toBeDefined();
  return found!.id;
}

/** Chooses a scenario's region in the Scenarios table by its visible name. */
async function setRegion(page: Page, planner: PlannerPage, scenario: string, region: string) {
  await planner.goToWorkflow('scenarios');
  await planner.scenarioRow(scenario).locator('[data-testid^="scenario-region-"]').click();
  // The list is long and virtual: search for the region as a planner would.
  await page.keyboard.type(region);
  await (
    await settledDropdown(page)
  )
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${region}`) })
    .first()
    .click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** The app in Chinese, and the seeded baseline scenario it opens on. */
async function openInChinese(page: Page, shellUrl: string) {
  const planner = new PlannerPage(page);
  await planner.open(shellUrl);
  await planner.setLanguage('zh');
  const list = await shellApi<{ id: number; name: string }[]>(shellUrl, 'scenario:list', {});
  return { planner, baseline: list.value![0]! };
}

async function expectReadable(page: Page, shellUrl: string, lang: 'zh' | 'en'): Promise<void> {
  const problems = unreadable(await visibleText(page), await catalogueNames(shellUrl, lang));
  expect(problems).toEqual([]);
}

test.describe('every change reads as words', () => {
  test('the audit log after a weight edit, a region change and a budget change, in Chinese and English', async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    const { planner, baseline } = await openInChinese(page, shell.url);
    await planner.setUserName('王规划');

    // Eight weights of 1; C4 to 3: its share goes from 1/8 to 3/10.
    await planner.goTo('weights');
    await planner.setWeight('C4', 3);
    await expect(page.getByTestId('undo-button')).toHaveAttribute('aria-label', /C4 整体薪酬/);
    await setConstraints(shell.url, baseline.id, { budget: 300, required: ['M3'] });
    await setRegion(page, planner, baseline.name, '吉林');

    await planner.goToWorkflow('audit');
    const table = page.getByTestId('audit-table');
    const rows = table.locator('tr[data-row-key]');
    await expect(rows.nth(0)).toContainText('情景地区');
    await expect(rows.nth(0)).toContainText('地区：东北地区 → 吉林');
    await expect(rows.nth(1)).toContainText('预算：400 → 300 亿元');
    await expect(rows.nth(1)).toContainText(/必选措施：无 → M3 \S/);
    await expect(rows.nth(2)).toContainText('原因权重 C4 整体薪酬福利待遇偏低');
    await expect(rows.nth(2)).toContainText('C4 整体薪酬福利待遇偏低 的权重占比：12.5% → 30.0%');
    await expectReadable(page, shell.url, 'zh');
    await page.screenshot({ path: screenshotPath('audit-changes-zh') });

    await planner.setLanguage('en');
    await expect(rows.nth(0)).toContainText('Region: Northeast China → Jilin');
    await expect(rows.nth(1)).toContainText('Budget (100 million CNY): 400 → 300');
    await expect(rows.nth(1)).toContainText(/Required measures: none → M3 \S/);
    await expect(rows.nth(2)).toContainText(
      'Weight share of C4 Low overall salary and welfare benefits: 12.5% → 30.0%',
    );
    await expectReadable(page, shell.url, 'en');
    await page.screenshot({ path: screenshotPath('audit-changes-en') });

    // The undo bar names what it undid the same way.
    await page.locator('#trp-audit-title').click();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('undo-status')).toContainText('Undone: Scenario region');
    await expect(rows.nth(0)).toContainText('Undone');
    await expectReadable(page, shell.url, 'en');
  });

  test('two scenarios compared: the differences in words, in Chinese and English', async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    const { planner, baseline } = await openInChinese(page, shell.url);

    await planner.goToWorkflow('scenarios');
    await planner
      .scenarioRow(baseline.name)
      .locator('[data-testid^="scenario-duplicate-"]')
      .click();
    await planner.submitNameDialog('吉林试点');
    const copyId = await scenarioIdByName(shell.url, '吉林试点');
    await planner.goTo('weights');
    await planner.setWeight('C4', 3);
    await setConstraints(shell.url, copyId, { budget: 300, excluded: ['M1'] });
    await setRegion(page, planner, '吉林试点', '吉林');

    await planner.goToWorkflow('scenarios');
    await planner.scenarioRow(baseline.name).locator('.ant-checkbox-input').check();
    await planner.scenarioRow('吉林试点').locator('.ant-checkbox-input').check();
    await page.getByTestId('scenario-compare').click();
    const diffs = page.getByTestId('compare-differences');
    await expect(diffs).toBeVisible();
    // A row by its label cell (the header row holds scenario names, which may share words).
    const row = (label: string | RegExp) =>
      diffs
        .locator('tbody tr')
        .filter({ has: page.getByRole('cell', { name: label, exact: true }) });
    await expect(row('地区')).toContainText('东北地区');
    await expect(row('地区')).toContainText('吉林');
    await expect(row('预算')).toContainText('400 亿元');
    await expect(row('预算')).toContainText('300 亿元');
    await expect(row('排除的措施')).toContainText(/无\s*M1 \S/);
    // Shares, not raw weights: C4 went from 1/8 to 3/10, every other cause from 1/8 to 1/10.
    await expect(row('C4 整体薪酬福利待遇偏低 的权重占比')).toContainText('12.5%');
    await expect(row('C4 整体薪酬福利待遇偏低 的权重占比')).toContainText('30.0%');
    await expect(row(/^C1 .* 的权重占比/)).toContainText('10.0%');
    await expectReadable(page, shell.url, 'zh');
    await page.screenshot({ path: screenshotPath('compare-words-zh'), fullPage: true });

    await planner.setLanguage('en');
    await expect(row('Region')).toContainText('Northeast China');
    await expect(row('Budget')).toContainText('300 (100 million CNY)');
    await expect(row('Weight share of C4 Low overall salary and welfare benefits')).toContainText(
      '30.0%',
    );
    await expect(row('Excluded measures')).toContainText(/none\s*M1 \S/);
    await expectReadable(page, shell.url, 'en');
    await page.screenshot({ path: screenshotPath('compare-words-en'), fullPage: true });
  });
});
