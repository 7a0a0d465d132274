import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage, settledDropdown } from './page-models/planner-page';

const files = path.resolve(import.meta.dirname, 'fixtures/files');
const CAUSES = ['C3', 'C4', 'C5'] as const;
const LABEL = {
  zh: '全国参照：2024 年（最近完整年份）',
  en: 'national reference: 2024, latest complete year',
} as const;
/** Internal keys of the database that must never reach a reader. */
const INTERNAL_ID = /\b(import-\d+|paper-[a-z0-9-]+)\b/;

/** The briefing exported through the screen in one language, as pdftotext reads it. */
async function briefingText(page: Page, planner: PlannerPage, lang: 'zh' | 'en'): Promise<string> {
  await planner.openBriefing();
  await planner.briefingOption(`briefing-lang-${lang}`).click();
  const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('briefing-export').click();
  const download = await downloadPromise;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trp-refs-'));
  const file = path.join(dir, 'b.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return text;
}

test.describe('references that stay honest when data arrives', () => {
  test('a 2025 import for the three Northeast provinces only keeps the severities and labels the reference year', async ({
    page,
    shell,
  }) => {
    // Two briefing exports and an import on two shared cores.
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');
    await planner.goTo('weights');
    const severities = () => Promise.all(CAUSES.map((id) => planner.weightSeverity(id)));
    await expect.poll(() => planner.weightSeverity('C4')).not.toBeNull();
    const before = await severities();
    expect(before.every((s) => s !== null && s > 0)).toBe(true);

    await planner.importFile(path.join(files, 'income-2025-gbk.csv'));

    for (const lang of ['en', 'zh'] as const) {
      await planner.setLanguage(lang);
      await planner.goTo('weights');
      await expect.poll(severities).toEqual(before);
      // The indicators behind C4 name the year the comparison fell back to, and why.
      await page.getByTestId('weight-severity-C4').click();
      const popover = page.locator('.ant-popover:visible');
      await expect(popover).toContainText(LABEL[lang]);
      await expect(popover).toContainText('41,314');
      await expect(popover).toHaveCSS('opacity', '1');
      await page.screenshot({ path: screenshotPath(`references-weights-${lang}`) });
      await page.keyboard.press('Escape');

      await planner.goToAnalysis('overview');
      const income = page.getByTestId('overview-indicator-disposable_income');
      await expect(income.getByTestId('overview-indicator-reference')).toContainText(LABEL[lang]);
      await expect(income).toHaveAttribute('data-standing', 'behind');
      for (const [k, id] of CAUSES.entries())
        await expect(page.getByTestId(`overview-severity-${id}`)).toContainText(
          before[k]!.toFixed(2),
        );
      await page.screenshot({ path: screenshotPath(`references-overview-${lang}`) });
    }

    for (const lang of ['zh', 'en'] as const) {
      const text = await briefingText(page, planner, lang);
      // The national column keeps a figure, marked with the labelled reference year.
      const incomeRow = text.split('\n').find((l) => /41,314[a-f]/.test(l));
      expect(incomeRow, 'income row with a marked national figure').toBeDefined();
      expect(text.replace(/\s+/g, '')).toContain(LABEL[lang].replace(/\s+/g, ''));
      expect(text).not.toMatch(INTERNAL_ID);
      expect(text).toContain('income-2025-gbk.csv');
      if (lang === 'zh') expect(text).not.toMatch(/million|CNY/);
      else expect(text).not.toMatch(/亿元/);
    }
  });

  test('a cause without an indicator says so and links one in one undoable step', async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    for (const lang of ['zh', 'en'] as const) {
      await planner.setLanguage(lang);
      await planner.goTo('weights');
      await expect(page.getByTestId('weight-severity-C8')).toContainText(
        lang === 'zh' ? '尚无指标' : 'No indicator yet',
      );
    }
    await page.getByTestId('link-indicator-C8').click();
    const dialog = await planner.settledDialog();
    await expect(dialog).toContainText('No indicator linked yet.');
    await page.getByTestId('link-indicator-select').click();
    // Totals (GDP in 100 million yuan) are not offered: they measure the region's size.
    const options = (await settledDropdown(page)).locator('.ant-select-item-option');
    await expect(options.filter({ hasText: 'Gross regional product' })).toHaveCount(0);
    await page.keyboard.type('20-university sample: share');
    await options.filter({ hasText: '20-university sample: share employed' }).first().click();
    await page.getByTestId('link-indicator-save').click();
    await expect(page.getByTestId('link-indicator-message')).toContainText('Ctrl+Z');
    await expect(page.getByTestId('linked-indicators')).toContainText('20-university sample');
    await page.screenshot({ path: screenshotPath('references-link-dialog-en') });
    await page.getByTestId('link-indicator-close').click();

    // Linked, but the figure exists for the Northeast only: what is missing is said, not "no data".
    await expect(page.getByTestId('weight-severity-C8')).toContainText('No comparable figures');
    await page.getByTestId('weight-severity-C8').click();
    await expect(page.locator('.ant-popover:visible')).toContainText(
      'no national reference for this indicator',
    );
    await page.keyboard.press('Escape');

    await page.locator('#trp-weights-title').click();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('weight-severity-C8')).toContainText('No indicator yet');
  });
});
