import type { Locator, Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage, settledDropdown } from './page-models/planner-page';

/**
 * The planner's own inputs, in both languages at 1366×768: a budget set on the Packages screen
 * changes the ranking and the frontier; a cost and an impact cell edited on the Measures × causes
 * screen say who edited them, a confirmed row says it was confirmed; Ctrl+Z reverts each step.
 */

const LANGS = [
  {
    lang: 'zh' as const,
    user: '李工',
    edited: /由 李工 于 \d{4}年\d{1,2}月\d{1,2}日 修改/,
    confirmed: /由 李工 于 \d{4}年\d{1,2}月\d{1,2}日 确认/,
    defaultWord: '示意',
    budgetName: /预算/,
    budgetProblem: /预算须为数字/,
    tooLarge: /不得超过 100,000/,
    costProblem: /须大于 0/,
    conflict: /M2 .*与 M4 .*都必须入选，却相互排斥/,
  },
  {
    lang: 'en' as const,
    user: 'Li Planner',
    edited: /Edited by Li Planner on \d{1,2} \w{3} \d{4}/,
    confirmed: /Confirmed by Li Planner on \d{1,2} \w{3} \d{4}/,
    defaultWord: 'Default',
    budgetName: /Budget/,
    budgetProblem: /must be a number/,
    tooLarge: /may not exceed 100,000/,
    costProblem: /greater than 0/,
    conflict: /M2 .* and M4 .* must both be chosen but exclude each other/,
  },
];

/** Raw data structures and internal names must never reach the planner's eyes. */
async function expectNoRawData(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('{"');
  expect(text).not.toMatch(
    /\b(undefined|NaN|null|costProvenance|budgetProvenance|measure_cost|scenario_inputs)\b/,
  );
}

/** Undo as the planner does: Ctrl+Z with the focus outside any text field. */
async function undo(page: Page): Promise<void> {
  await page.getByTestId('nav-packages').focus();
  await page.keyboard.press('Control+z');
}

async function frontier(page: Page): Promise<{ sets: string; maxCost: number }> {
  const chart = page.getByTestId('frontier-chart');
  return {
    sets: (await chart.getAttribute('data-frontier')) ?? '',
    maxCost: Number(await chart.getAttribute('data-frontier-max-cost')),
  };
}

async function ranking(page: Page) {
  return {
    feasible: Number(await page.getByTestId('feasible-count').innerText()),
    best: await page.getByTestId('package-row-1').innerText(),
    frontier: await frontier(page),
  };
}

/** Chooses the option containing `text` in the select with this test id, as a planner clicks. */
async function pick(page: Page, testId: string, text: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  await expect(open).toHaveCount(0);
  await page.getByTestId(testId).click();
  await (
    await settledDropdown(page)
  )
    .locator('.ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
  // A multiple select stays open after a choice; a single one closes.
  if ((await open.count()) > 0) await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
}

/** Every provenance word in the matrix fits its frame (no clipped text at this width). */
async function expectMarksFit(marks: Locator): Promise<void> {
  const clipped = await marks.evaluateAll((els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
  );
  expect(clipped).toEqual([]);
}

/** Opens the app in the language, as the named planner, on the screen. */
async function start(
  page: Page,
  url: string,
  L: (typeof LANGS)[number],
  screen: 'packages' | 'impacts',
): Promise<PlannerPage> {
  const planner = new PlannerPage(page);
  await planner.open(url);
  await planner.setLanguage(L.lang);
  await planner.setUserName(L.user);
  await planner.goTo(screen);
  return planner;
}

for (const L of LANGS) {
  test.describe(`planner inputs (${L.lang})`, () => {
    test('a budget of 200 changes the ranking and the frontier; Ctrl+Z restores both', async ({
      page,
      shell,
    }) => {
      await start(page, shell.url, L, 'packages');

      const budget = page.getByRole('textbox', { name: L.budgetName });
      await expect(budget).toHaveValue('400');
      await expect(page.getByTestId('budget-provenance')).toHaveAttribute('data-kind', 'default');
      await expect(page.getByTestId('budget-confirm')).toBeVisible();
      const before = await ranking(page);
      expect(before.frontier.maxCost).toBeGreaterThan(200);

      // Typed values are checked as they are typed and never sent while wrong.
      await budget.fill('abc');
      await expect(page.getByTestId('budget-validation')).toContainText(L.budgetProblem);
      await budget.fill('2000000');
      await expect(page.getByTestId('budget-validation')).toContainText(L.tooLarge);
      await budget.fill('200');
      await expect(page.getByTestId('budget-validation')).toHaveCount(0);
      await budget.press('Enter');

      await expect(page.getByTestId('budget-provenance')).toContainText(L.edited);
      await expect.poll(async () => (await ranking(page)).feasible).toBeLessThan(before.feasible);
      const after = await ranking(page);
      expect(after.best).not.toBe(before.best);
      expect(after.frontier.sets).not.toBe(before.frontier.sets);
      expect(after.frontier.maxCost).toBeLessThanOrEqual(200);
      await expectNoRawData(page);
      await page.screenshot({ path: screenshotPath(`inputs-budget-200-${L.lang}`) });

      await undo(page);
      await expect(budget).toHaveValue('400');
      await expect(page.getByTestId('budget-provenance')).toHaveAttribute('data-kind', 'default');
      await expect.poll(async () => (await ranking(page)).feasible).toBe(before.feasible);
      expect((await ranking(page)).best).toBe(before.best);
      expect((await frontier(page)).sets).toBe(before.frontier.sets);

      // Rules that contradict each other are explained in words and not saved.
      await pick(page, 'required-measures', 'M2');
      await pick(page, 'required-measures', 'M4');
      await expect(page.getByTestId('required-measures')).toContainText('M4');
      await pick(page, 'rule-a', 'M2');
      await pick(page, 'rule-kind', L.lang === 'zh' ? '互斥' : 'excludes');
      await pick(page, 'rule-b', 'M4');
      await page.getByTestId('rule-add').click();
      await expect(page.getByTestId('constraints-problem')).toContainText(L.conflict);
      await expect(page.locator('[data-testid^="rule-excludes-"]')).toHaveCount(0);
      await page.screenshot({ path: screenshotPath(`inputs-constraints-${L.lang}`) });
    });

    test('an edited cost and impact cell say who edited them, a confirmed row says so; Ctrl+Z reverts each', async ({
      page,
      shell,
    }) => {
      const planner = await start(page, shell.url, L, 'impacts');

      const cell = planner.impactCell('M1', 'C3');
      await expect(cell).toHaveAttribute('data-provenance', 'default');
      await expect(cell).toContainText(L.defaultWord);
      const original = await cell.getAttribute('data-value');
      await expectMarksFit(page.locator('.trp-provenance-mark'));
      await page.screenshot({ path: screenshotPath(`inputs-impacts-default-${L.lang}`) });

      // The impact cell.
      await cell.click();
      await expect(page.getByTestId('impact-editor-provenance')).toBeVisible();
      await page.getByTestId('impact-low-input').fill('0.2');
      await page.getByTestId('impact-likely-input').fill('0.4');
      await page.getByTestId('impact-high-input').fill('0.5');
      await page.getByTestId('impact-save').click();
      await expect(cell).toHaveAttribute('data-provenance', 'edited');
      await expect(cell).toHaveAttribute('data-value', '0.4');
      await expect(cell).toHaveAccessibleName(L.edited);

      // The cost of M2: checked as typed, then saved.
      await page.getByTestId('edit-cost-M2').click();
      await planner.settledDialog();
      await expect(page.getByTestId('cost-dialog-provenance')).toBeVisible();
      await page.getByTestId('cost-low-input').fill('0');
      await expect(page.getByTestId('cost-validation')).toContainText(L.costProblem);
      await expect(page.getByTestId('cost-save')).toBeDisabled();
      await page.getByTestId('cost-low-input').fill('40');
      await page.getByTestId('cost-likely-input').fill('90');
      await page.getByTestId('cost-high-input').fill('160');
      await page.getByTestId('cost-years-input').fill('5');
      await page.getByTestId('cost-leadAgencyEn-input').fill('Natural Resources Department');
      await expect(page.getByTestId('cost-validation')).toHaveCount(0);
      await page.screenshot({ path: screenshotPath(`inputs-cost-dialog-${L.lang}`) });
      await page.getByTestId('cost-save').click();
      const costRow = page.getByTestId('cost-row-M2');
      await expect(costRow).toHaveAttribute('data-provenance', 'edited');
      await expect(costRow).toContainText(L.edited);
      await expect(costRow).toContainText('90');
      await expect(page.getByTestId('measure-cost-M2')).toHaveAttribute(
        'data-provenance',
        'edited',
      );

      // A row of defaults confirmed in one step.
      await page.getByTestId('confirm-row-M3').click();
      const m3 = page.locator('[data-testid^="impact-cell-M3-"]');
      await expect(m3.first()).toHaveAttribute('data-provenance', 'confirmed');
      await expect(
        page.locator('[data-testid^="impact-cell-M3-"][data-provenance="confirmed"]'),
      ).toHaveCount(8);
      await expect(planner.impactCell('M3', 'C7')).toHaveAccessibleName(L.confirmed);
      await expect(page.getByTestId('confirm-row-M3')).toHaveCount(0);
      await expectNoRawData(page);
      await expectMarksFit(page.locator('.trp-provenance-mark'));
      await page.screenshot({
        path: screenshotPath(`inputs-impacts-edited-${L.lang}`),
        fullPage: true,
      });

      // Ctrl+Z reverts each step, newest first.
      await undo(page);
      await expect(
        page.locator('[data-testid^="impact-cell-M3-"][data-provenance="default"]'),
      ).toHaveCount(8);
      await undo(page);
      await expect(costRow).toHaveAttribute('data-provenance', 'default');
      await expect(costRow).not.toContainText('90');
      await undo(page);
      await expect(cell).toHaveAttribute('data-provenance', 'default');
      await expect(cell).toHaveAttribute('data-value', original ?? '');
    });
  });
}

test('the heat map stays readable at 1024 px: it scrolls inside its frame, no word is clipped', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const planner = new PlannerPage(page);
  await planner.open(shell.url);
  await planner.setLanguage('en');
  await planner.goTo('impacts');
  await page.getByTestId('confirm-row-M2').click();
  await expect(
    page.locator('[data-testid^="impact-cell-M2-"][data-provenance="confirmed"]'),
  ).toHaveCount(8);
  await expectMarksFit(page.locator('.trp-provenance-mark'));
  // The page itself never scrolls sideways; the matrix does, inside its frame.
  const pageOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(pageOverflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenshotPath('inputs-impacts-1024-en') });
  await planner.goTo('packages');
  await expect(page.getByTestId('constraints-panel')).toBeVisible();
  const panelOverflow = await page
    .getByTestId('constraints-panel')
    .evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(panelOverflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenshotPath('inputs-packages-1024-en') });
});
