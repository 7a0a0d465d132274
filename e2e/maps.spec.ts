import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage, settledDropdown } from './page-models/planner-page';
import { shellApi } from './shell-api';

const files = path.resolve(import.meta.dirname, 'fixtures/files');

/** Serious or critical axe findings on the page as it is now. */
async function axeFindings(page: Page, where: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `[${where}] ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
}

/** The code of the tile that has the keyboard focus. */
const focusedTile = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? null);

test.describe('tile maps', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`province and city tile maps (${lang}): values written in the tiles, keyboard, table, axe clean`, async ({
      page,
      shell,
    }) => {
      test.setTimeout(300_000);
      const planner = new PlannerPage(page);
      await planner.open(shell.url);
      await planner.setLanguage(lang);
      await planner.goTo('evidence');

      // City figures arrive the way a planner's do: a CSV naming cities in several spellings.
      await planner.evidenceTab('import');
      const report = await planner.chooseImportFile(path.join(files, 'cities-2024-test.csv'));
      await expect(page.getByTestId('import-errors')).toHaveCount(0);
      await report.getByTestId('import-commit').click();
      await expect(
        page.locator('[data-testid="import-report"][data-committed="true"]'),
      ).toBeVisible();

      // Provinces: every value readable in its tile; Yunnan has no 2024 figure and says so.
      await planner.evidenceTab('map');
      const provinces = await planner.showMap('provinces');
      await expect(page.getByTestId('map-title')).toContainText('2024');
      await expect(planner.tileValue('CN-GD')).toHaveText('51,474');
      await expect(planner.tileValue('CN-SH')).toHaveText('88,366');
      await expect(planner.tileValue('CN-YN')).toHaveText(lang === 'zh' ? '无数据' : 'no data');
      await expect(page.getByTestId('tile-CN-YN')).toHaveAttribute('data-missing', 'true');
      await expect(provinces.getByTestId('map-legend')).toContainText(
        lang === 'zh' ? '红框：东北三省' : 'Red frame: the three northeastern provinces',
      );
      expect(await provinces.locator('[data-testid^="tile-value-"]').count()).toBe(31);
      await page.screenshot({ path: screenshotPath(`map-provinces-${lang}`), fullPage: true });

      // Keyboard: one Tab stop, arrows move by position, Enter selects the region.
      await page.getByTestId('tile-CN-LN').focus();
      await page.keyboard.press('ArrowRight');
      expect(await focusedTile(page)).toBe('CN-JL');
      await page.keyboard.press('ArrowUp');
      expect(await focusedTile(page)).toBe('CN-HL');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('region-detail')).toHaveAttribute('data-region', 'CN-HL');
      await expect(page.getByTestId('region-detail-name')).toHaveText(
        lang === 'zh' ? '黑龙江' : 'Heilongjiang',
      );
      await expect(page.getByTestId('tile-CN-HL')).toHaveAttribute('aria-pressed', 'true');
      expect(await provinces.locator('[tabindex="0"]').count()).toBe(1);
      const found = await axeFindings(page, `${lang}/provinces`);

      // Cities: the imported figures in their tiles, the rest hatched and labelled.
      const cities = await planner.showMap('cities');
      await expect(planner.tileValue('210200')).toHaveText('55,000');
      await expect(planner.tileValue('210100')).toHaveText('52,000');
      await expect(planner.tileValue('230100')).toHaveText('45,000');
      await expect(planner.tileValue('220200')).toHaveText('37,000');
      await expect(planner.tileValue('232700')).toHaveText(lang === 'zh' ? '无数据' : 'no data');
      await expect(page.getByTestId('tile-220200')).toContainText(
        lang === 'zh' ? '吉林市' : 'Jilin City',
      );
      expect(await cities.locator('[data-missing="true"]').count()).toBe(31);
      // Shenyang ↓ Liaoyang, ← Panjin; Enter shows Panjin and what it still lacks.
      await page.getByTestId('tile-210100').focus();
      await page.keyboard.press('ArrowDown');
      expect(await focusedTile(page)).toBe('211000');
      await page.keyboard.press('ArrowLeft');
      expect(await focusedTile(page)).toBe('211100');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('region-detail')).toHaveAttribute('data-region', '211100');
      await expect(page.getByTestId('region-detail-missing')).toContainText(
        lang === 'zh' ? '居民人均可支配收入' : 'Per-capita disposable income',
      );
      // Dalian against the country, its province and the peer groups, each said how it was formed.
      await page.getByTestId('tile-210200').click();
      await expect(page.getByTestId('region-detail')).toHaveAttribute('data-region', '210200');
      await expect(page.getByTestId('comparison-province-CN-LN')).toContainText('39,876');
      await expect(page.getByTestId('comparison-national-CN')).toContainText('41,314');
      await expect(page.getByTestId('comparison-peer-group-P-SUBPROVINCIAL')).toContainText(
        lang === 'zh' ? '长春市' : 'Changchun',
      );
      // The Dalian metropolitan area lacks Yingkou: its value is flagged and the member named.
      await expect(page.getByTestId('group-value-G-DL')).toContainText('50,625');
      await expect(page.getByTestId('group-value-G-DL')).toContainText(
        lang === 'zh' ? '不完整' : 'incomplete',
      );
      await expect(page.getByTestId('group-missing-G-DL')).toHaveText(
        lang === 'zh' ? '营口市' : 'Yingkou',
      );
      await page.screenshot({ path: screenshotPath(`map-cities-${lang}`), fullPage: true });
      found.push(...(await axeFindings(page, `${lang}/cities`)));

      // The table alternative carries the same figures.
      const table = await planner.showMap('cities', 'table');
      await expect(table.getByTestId('map-row-210200')).toBeVisible();
      await expect(table).toContainText('55,000');
      found.push(...(await axeFindings(page, `${lang}/table`)));

      // City data: the template and what each city still lacks.
      await planner.evidenceTab('cities');
      await expect(page.getByTestId('coverage-missing-210200')).toHaveText('5');
      await expect(page.getByTestId('coverage-missing-232700')).toHaveText('7');
      await expect(page.getByTestId('group-members-G-LZN')).toContainText(
        lang === 'zh' ? '盘锦市' : 'Panjin',
      );
      found.push(...(await axeFindings(page, `${lang}/city data`)));
      expect(found).toEqual([]);
    });
  }
});

test('a Dalian scenario read against the reference the planner picks: country, province, peer group', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000);
  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  // A Dalian scenario through the channel the Scenarios screen uses, then opened at start.
  const created = await shellApi<{ id: number }>(shell.url, 'scenario:create', {
    name: 'Dalian test',
    regionCode: '210200',
  });
  expect(created.ok).toBe(true);
  await page.evaluate((id) => {
    localStorage.setItem('trp.scenario', String(id));
    localStorage.setItem('trp.lang', 'en');
  }, created.value!.id);
  await planner.open(shell.url);
  await planner.goTo('evidence');
  await planner.importFile(path.join(files, 'cities-2024-test.csv'));

  await planner.evidenceTab('severity');
  const income = page.getByTestId('severity-indicators-C4');
  await expect(income).toContainText('41,314');
  const pick = async (label: string) => {
    await page.getByTestId('severity-reference').click();
    const list = await settledDropdown(page);
    await list.locator('.ant-select-item-option').filter({ hasText: label }).click();
  };
  await pick('Its province');
  await expect(income).toContainText('its province Liaoning, 2024');
  await expect(income).toContainText('39,876');
  // Changchun has no figure: the sub-provincial peers cannot be averaged, and the line says why.
  await pick('Sub-provincial cities of the Northeast');
  await expect(income).toContainText('Changchun');
  // The choice is the scenario's: it survives a reload.
  await planner.open(shell.url);
  await planner.goTo('evidence');
  await planner.evidenceTab('severity');
  await expect(page.getByTestId('severity-reference')).toContainText(
    'Sub-provincial cities of the Northeast',
  );
  expect(await axeFindings(page, 'en/severity reference')).toEqual([]);
});
