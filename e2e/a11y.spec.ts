import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

const LANGS = ['zh', 'en'] as const;

/** The screens as the navigation offers them, so a newly added screen is covered without edits here. */
async function navScreens(page: Page): Promise<string[]> {
  await openNavIfCollapsed(page);
  const ids = await page
    .locator('nav [data-testid^="nav-"]')
    .evaluateAll((items) => items.map((el) => el.getAttribute('data-testid') ?? ''));
  const screens = ids.map((id) => id.slice('nav-'.length)).filter(Boolean);
  expect(screens.length).toBeGreaterThanOrEqual(9);
  return screens;
}

/** At narrow widths the navigation is folded away behind a labelled toggle button. */
async function openNavIfCollapsed(page: Page): Promise<void> {
  const toggle = page.getByTestId('nav-toggle');
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false') {
    await toggle.click();
  }
  await expect(page.locator('nav [data-testid^="nav-"]').first()).toBeVisible();
}

/** Opens a screen and waits until its content (not just the frame) is shown. */
async function showScreen(page: Page, screen: string): Promise<void> {
  await openNavIfCollapsed(page);
  await page.getByTestId(`nav-${screen}`).click();
  const main = page.locator(`main[data-screen="${screen}"]`);
  await expect(main).toBeVisible();
  await expect(main.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
  await expect(main.locator('h2').first()).toBeVisible({ timeout: 30_000 });
  // A robustness run in progress changes the screen under axe's feet; check the finished state.
  await expect(main.getByTestId('smaa-progress')).toHaveCount(0, { timeout: 120_000 });
}

test.describe('accessibility and layout of every screen', () => {
  for (const lang of LANGS) {
    test(`no serious or critical axe violation on any screen (${lang}); screenshots at 1366×768`, async ({
      page,
      shell,
    }) => {
      // axe's colour-contrast pass over the larger screens takes tens of seconds on two cores.
      test.setTimeout(600_000);
      const planner = new PlannerPage(page);
      await planner.open(shell.url);
      await planner.setLanguage(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      const found: string[] = [];
      for (const screen of await navScreens(page)) {
        await showScreen(page, screen);
        await page.screenshot({ path: screenshotPath(`screen-${screen}-${lang}`) });
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          // The briefing preview is the PDF's own HTML in a sandbox="" frame (no scripts): axe
          // cannot run inside it and would wait for it forever. The frame element itself (its
          // title) is still checked; the document's text is checked in briefing.spec.ts.
          .exclude('[data-testid="briefing-preview"]')
          .analyze();
        for (const v of axe.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const targets = v.nodes.slice(0, 5).map((n) => n.target.join(' '));
          found.push(`[${lang}/${screen}] ${v.impact} ${v.id}: ${targets.join(' | ')}`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  test.describe('at 200% zoom on a 1366×768 display', () => {
    // 200% zoom halves the CSS viewport; deviceScaleFactor 2 keeps text rendering as at that zoom.
    test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

    test('no screen needs horizontal scrolling of the whole page; the navigation folds away', async ({
      page,
      shell,
    }) => {
      test.setTimeout(240_000);
      const planner = new PlannerPage(page);
      await planner.open(shell.url);
      const toggle = page.getByTestId('nav-toggle');
      await expect(toggle).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toHaveAccessibleName(/.+/);
      const tooWide: string[] = [];
      for (const lang of LANGS) {
        await openNavIfCollapsed(page);
        await planner.setLanguage(lang);
        for (const screen of await navScreens(page)) {
          await showScreen(page, screen);
          // Choosing a screen folds the navigation again, leaving the width to the content.
          await expect(toggle).toHaveAttribute('aria-expanded', 'false');
          // The page itself, and the main area (which scrolls on its own): only tables and
          // charts may scroll sideways, inside their own frames.
          const widths = await page.evaluate(() =>
            [document.documentElement, document.querySelector('main')].map((el) => ({
              name: el?.tagName.toLowerCase() ?? 'missing',
              scrollWidth: el?.scrollWidth ?? Infinity,
              clientWidth: el?.clientWidth ?? 0,
            })),
          );
          for (const w of widths)
            if (w.scrollWidth > w.clientWidth + 1)
              tooWide.push(`[${lang}/${screen}] ${w.name} ${w.scrollWidth} > ${w.clientWidth}`);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({
            path: screenshotPath(`zoom200-${screen}-${lang}`),
            fullPage: true,
          });
        }
      }
      expect(tooWide).toEqual([]);
    });
  });

  test('the language switch changes strings and formats, is remembered after a reload, and sets <html lang>', async ({
    page,
    shell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // An edit gives the audit log a dated row to check the date format on.
    await planner.goTo('weights');
    await planner.setWeight('C2', 6.5);
    await planner.goToWorkflow('audit');
    const auditTable = page.getByTestId('audit-table');
    await expect(auditTable).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);

    await planner.setLanguage('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('nav-impacts')).toHaveText('Measures × causes');
    await expect(auditTable).toContainText(
      /\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{1,2}, \d{4}/,
    );
    await expect(auditTable).not.toContainText(/\d{4}年/);

    await page.reload();
    await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('nav-weights')).toHaveText('Causes & weights');
    await planner.goTo('weights');
    await expect(page.getByTestId('weight-share-C2')).toHaveText(/^\d+\.\d%$/);

    await planner.setLanguage('zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('nav-impacts')).toHaveText('措施×原因');
  });

  test('keyboard only: reach the navigation, change screens, move a weight slider and undo it', async ({
    page,
    shell,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');

    // From a freshly loaded page (the language is remembered), Tab reaches the navigation before
    // long. A reload resets where sequential focus starts; focusing <body> after a click does not.
    await page.reload();
    await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    let inNav = false;
    for (let i = 0; i < 15 && !inNav; i++) {
      await page.keyboard.press('Tab');
      inNav = await page.evaluate(() => document.activeElement?.closest('nav') !== null);
    }
    expect(inNav).toBe(true);

    // antd's menu is one tab stop; arrows move within it and Enter opens the screen.
    // The focused item itself, or the item the menu marks active while it keeps the focus.
    const focusedNav = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const own = el?.getAttribute('data-testid');
        if (own?.startsWith('nav-')) return own;
        return el?.querySelector('.ant-menu-item-active')?.getAttribute('data-testid') ?? null;
      });
    // One item per key press: wait for each move to land, or a slow frame lets a stale read
    // send the focus past the weights item.
    for (let i = 0; i < 12; i++) {
      const current = await focusedNav();
      if (current === 'nav-weights') break;
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedNav).not.toBe(current);
    }
    expect(await focusedNav()).toBe('nav-weights');
    await page.keyboard.press('Enter');
    await expect(page.locator('main[data-screen="weights"]')).toBeVisible();

    // Tab on to the first weight slider and move it with the arrow keys.
    const slider = page.getByTestId('cause-row-C1').getByRole('slider');
    const before = await planner.weightInput('C1').inputValue();
    let onSlider = false;
    for (let i = 0; i < 40 && !onSlider; i++) {
      await page.keyboard.press('Tab');
      onSlider = await slider.evaluate((el) => el === document.activeElement);
    }
    expect(onSlider).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(planner.weightInput('C1')).not.toHaveValue(before);
    await expect(page.getByTestId('undo-button')).toBeEnabled();

    // Ctrl+Z on the slider (not a text field) is the application's undo.
    await page.keyboard.press('Control+z');
    await expect(planner.weightInput('C1')).toHaveValue(before);
  });
});
