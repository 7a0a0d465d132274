/**
 * The Causes & weights screen on the two common office displays: at 1366×768 the live top-5
 * ranking is on screen beside the sliders without scrolling; at 1024×768 every column of the
 * table is shown whole (no cell's content cut off, nothing beyond the window's edge).
 */
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';
import { expectInViewport } from './viewport';

/** Cells whose content is wider than the cell (cut off or spilling over), and cells off-screen. */
async function clippedCells(page: Page): Promise<string[]> {
  return page.getByTestId('weights-table-frame').evaluate((frame) => {
    const out: string[] = [];
    const right = document.documentElement.clientWidth;
    if (frame.scrollWidth > frame.clientWidth + 1)
      out.push(`table frame scrolls: ${frame.scrollWidth} > ${frame.clientWidth}`);
    for (const cell of Array.from(frame.querySelectorAll<HTMLElement>('th, td'))) {
      const box = cell.getBoundingClientRect();
      const where = `${cell.closest('tr')?.getAttribute('data-testid') ?? 'header'} "${(cell.textContent ?? '').slice(0, 30)}"`;
      if (cell.scrollWidth > cell.clientWidth + 1)
        out.push(`${where}: content ${cell.scrollWidth} > cell ${cell.clientWidth}`);
      if (box.width > 0 && box.right > right + 1)
        out.push(`${where}: ends at ${box.right} > ${right}`);
    }
    return out;
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`weights screen at 1366×768 and 1024×768 (${lang}): ranking beside the sliders, no clipped column`, async ({
    page,
    shell,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage(lang);
    await planner.goTo('weights');
    const ranking = page.getByTestId('ranking-preview');
    await expect(page.getByTestId('preview-package-5')).toBeVisible();

    // 1366×768: the ranking is inside the window as the screen opens, to the right of the sliders.
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBe(0);
    await expectInViewport(page, ranking);
    const slider = page.getByTestId('cause-row-C1').getByRole('slider');
    await expectInViewport(page, slider);
    const [box, handle] = [await ranking.boundingBox(), await slider.boundingBox()];
    expect(box!.x).toBeGreaterThan(handle!.x + handle!.width);
    expect(await clippedCells(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`weights-1366-${lang}`) });

    // Moving a slider updates the ranking in place, still on screen.
    await page.getByTestId('cause-row-C3').getByRole('slider').focus();
    for (let k = 0; k < 30; k++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('weight-input-C3')).toHaveValue('4.0');
    await expectInViewport(page, ranking);
    // Working on the last causes (the main area scrolled down), the ranking stays in view.
    await page.getByTestId('cause-row-C8').getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await expectInViewport(page, page.getByTestId('cause-row-C8').getByRole('slider'));
    await expectInViewport(page, ranking);

    // 1024×768: the ranking moves below the table; every column keeps its whole content.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(page.getByTestId('weight-severity-C3')).toBeVisible();
    await expect.poll(() => clippedCells(page)).toEqual([]);
    const pageWidth = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.client);
    await page.screenshot({ path: screenshotPath(`weights-1024-${lang}`), fullPage: true });
  });
}
