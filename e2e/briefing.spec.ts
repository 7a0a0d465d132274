import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

const squash = (s: string) => s.replace(/\s+/g, '');

test.describe('Briefing screen in the browser shell', () => {
  test('preview follows the settings; export downloads an English PDF', async ({ page, shell }) => {
    test.setTimeout(120_000);
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await page.getByTestId('language-switch').getByText('中文').click();
    await planner.openBriefing();

    // The preview is the host's print view: its frame holds the same pages the PDF will have.
    const frame = page.frameLocator('[data-testid="briefing-preview"]');
    await expect(frame.locator('section.page').first()).toBeVisible();
    const allPages = await planner.briefingPreviewPages();
    expect(allPages).toBeGreaterThanOrEqual(10);
    await expect(page.getByTestId('briefing-seed')).toHaveValue('2025');

    await expect(frame.locator('h1').first()).toContainText('人才留住规划简报');
    await page.screenshot({ path: screenshotPath('briefing-screen-zh-ui') });
    await planner.briefingOption('briefing-lang-en').click();
    await expect(frame.locator('h1').first()).toContainText('Talent Retention Planning Briefing');

    // Leaving a section out drops its pages from the preview.
    await planner.briefingOption('briefing-section-sources').click();
    await expect.poll(() => planner.briefingPreviewPages()).toBeLessThan(allPages);
    await planner.briefingOption('briefing-section-sources').click();
    await expect.poll(() => planner.briefingPreviewPages()).toBe(allPages);

    const downloadPromise = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByTestId('briefing-export').click();
    await expect(page.getByTestId('briefing-progress')).toBeVisible();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^briefing-.+-en-\d{4}-\d\d-\d\d\.pdf$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trp-dl-')), 'b.pdf');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Northeast');
    expect(text).toContain(`Page${allPages}of${allPages}`);
    await expect(page.getByTestId('briefing-done')).toContainText(`${allPages} 页的 PDF`);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test('English interface screenshot with a finished export', async ({ page, shell }) => {
    test.setTimeout(120_000);
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await page.getByTestId('language-switch').getByText('English').click();
    await planner.openBriefing();
    await page.getByTestId('briefing-seed').fill('7');
    await expect(
      page.frameLocator('[data-testid="briefing-preview"]').locator('body'),
    ).toContainText(/seed 7|种子 7/);
    const downloadPromise = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByTestId('briefing-export').click();
    await downloadPromise;
    await expect(page.getByTestId('briefing-done')).toContainText('random seed 7');
    await page.screenshot({ path: screenshotPath('briefing-screen-en-ui'), fullPage: true });
  });
});
