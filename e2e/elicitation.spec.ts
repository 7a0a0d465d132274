import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';
import { expectInViewport } from './viewport';

test.describe('weight methods', () => {
  test('AHP editor: a compact matrix keeps the CR and the inconsistent judgements in view; applying above CR 0.10 asks first and the audit records the confirmation; one Ctrl+Z reverts it', async ({
    page,
    shell,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('zh');
    await planner.goTo('weights');
    const before = await allWeights(planner);
    await planner.goToAnalysis('elicitation');
    await planner.chooseWeightMethod('层次分析法 (AHP)');
    // The default weights are equal: every judgement starts at "equal", CR = 0.
    expect(await planner.ahpCr()).toBe(0);
    // 28 judgements in one matrix, not a 2,600-pixel list: the whole matrix fits the screen.
    await expect(page.locator('[data-testid^="ahp-"][data-testid$="-7"]')).toHaveCount(7);
    await expectInViewport(page, page.getByTestId('ahp-matrix'));

    // C1 ≫ C2 and C2 ≫ C3 but C1 = C3: a contradiction. The second one by keyboard only.
    await planner.setAhpJudgement(0, 1, '9');
    await planner.setAhpJudgementByKeyboard(1, 2, '9');
    await expect.poll(() => planner.ahpCr()).toBeGreaterThan(0.1);
    const panel = page.getByTestId('ahp-panel');
    await expect(panel).toContainText('判断不一致（CR > 0.10）');
    await expect(panel.locator('[data-testid^="ahp-flag-"]').first()).toContainText('当前');
    // CR and the flagged judgements are beside the matrix, on screen while editing.
    await expectInViewport(page, page.getByTestId('ahp-cr'));
    await expectInViewport(page, panel.locator('[data-testid^="ahp-flag-"]').first());
    await expectInViewport(page, page.getByTestId('ahp-1-2'));
    await page.screenshot({ path: screenshotPath('elicitation-ahp-inconsistent-zh') });

    // Apply at CR > 0.10 asks first, naming the CR and the worst pairs; going back changes nothing.
    const cr = (await planner.ahpCr()).toFixed(3);
    await page.getByTestId('method-apply').click();
    const dialog = await planner.ahpConfirmDialog();
    await expect(dialog).toContainText(`CR = ${cr}`);
    await expect(dialog.getByTestId('ahp-confirm-pairs').locator('li')).not.toHaveCount(0);
    await expect(dialog).toContainText(/C1 自然条件与地理区位劣势 与 C2 国家政策导向的影响/);
    await page.screenshot({ path: screenshotPath('elicitation-ahp-confirm-zh') });
    await page.getByTestId('ahp-confirm-cancel').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('method-notice')).toHaveCount(0);

    // Confirmed: applied, and the audit says at which CR and that it was confirmed.
    await page.getByTestId('method-apply').click();
    await planner.ahpConfirmDialog();
    await page.getByTestId('ahp-confirm-ok').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('method-notice')).toContainText('已写入');
    await planner.goToWorkflow('audit');
    const ahpRow = page.getByTestId('audit-table').locator('tr', { hasText: '应用 AHP 权重' });
    await expect(ahpRow).toHaveCount(1);
    await expect(ahpRow).toContainText(
      `AHP 一致性比率：CR = ${cr}（高于 0.10，经规划者确认后应用）`,
    );
    // The causes whose share moved, by name and as shares.
    await expect(ahpRow).toContainText(/C1 自然条件与地理区位劣势 的权重占比：12\.5% → \d+\.\d%/);
    await expect(ahpRow).not.toContainText('{');
    await planner.setLanguage('en');
    const ahpRowEn = page
      .getByTestId('audit-table')
      .locator('tr', { hasText: 'Applied AHP weights' });
    await expect(ahpRowEn).toContainText(
      `AHP consistency ratio: CR = ${cr} (above 0.10; applied after the planner confirmed)`,
    );
    await planner.setLanguage('zh');
    await planner.goTo('weights');
    const confirmed = await allWeights(planner);
    expect(confirmed).not.toEqual(before);

    // Back in the editor (the judgements were kept): apply the suggestions until consistent;
    // then Apply asks nothing.
    await planner.goToAnalysis('elicitation');
    await planner.chooseWeightMethod('层次分析法 (AHP)');
    await planner.setAhpJudgement(0, 1, '9');
    await planner.setAhpJudgement(1, 2, '9');
    await expect.poll(() => planner.ahpCr()).toBeGreaterThan(0.1);
    for (let k = 0; k < 5 && (await planner.ahpCr()) >= 0.1; k++) {
      await page.locator('[data-testid^="ahp-suggest-"]').first().click();
    }
    expect(await planner.ahpCr()).toBeLessThan(0.1);
    await expect(page.getByTestId('ahp-panel')).toContainText('判断基本一致');
    await expect(page.locator('[data-testid^="ahp-flag-"]')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('elicitation-ahp-consistent-zh') });
    await page.getByTestId('method-apply').click();
    await expect(page.getByTestId('method-notice')).toContainText('已写入');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await planner.goTo('weights');
    // C1 now outweighs C8 (judged equal to the rest but C1 was judged more important than C2).
    await expect
      .poll(async () => Number(await planner.weightInput('C1').inputValue()))
      .toBeGreaterThan(Number(await planner.weightInput('C8').inputValue()));
    const applied = await allWeights(planner);
    expect(applied).not.toEqual(confirmed);

    // The whole method is one edit: the undo bar names it, and ONE Ctrl+Z restores all eight.
    await expect(page.getByTestId('undo-button')).toHaveAttribute('aria-label', /应用 AHP 权重/);
    await page.locator('#trp-weights-title').click();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('undo-status')).toContainText('应用 AHP 权重');
    await expect.poll(() => allWeights(planner)).toEqual(confirmed);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => allWeights(planner)).toEqual(applied);

    // The editor in English, with no serious accessibility problem.
    await planner.setLanguage('en');
    await planner.goToAnalysis('elicitation');
    await planner.chooseWeightMethod('AHP');
    await expect(page.getByTestId('ahp-panel')).toContainText('consistent enough');
    await expect(
      page.getByRole('combobox', { name: /^Importance of C1 .* relative to C2 / }),
    ).toHaveCount(1);
    await expectNoSevereViolations(page);
    await page.screenshot({ path: screenshotPath('elicitation-ahp-consistent-en') });
  });

  test('stakeholder sets aggregate, show their disagreement, and the aggregate can be used', async ({
    page,
    shell,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const planner = new PlannerPage(page);
    await planner.open(shell.url);
    await planner.setLanguage('en');
    await planner.goToAnalysis('elicitation');

    await expect(page.getByTestId('sh-name')).toHaveValue('Provincial departments');
    await page.getByTestId('sh-add').click();
    await expect(page.getByTestId('sh-name')).toHaveValue('Universities');
    // One group: no "largest disagreement 0.0 points", but what a second group would add.
    await expect(page.getByTestId('sh-single')).toContainText('Add a second group');
    await expect(page.getByTestId('sh-biggest')).toHaveCount(0);
    await expect(page.getByTestId('sh-chart')).toHaveCount(0);
    await page.getByTestId('sh-add').click();
    await expect(page.getByTestId('sh-Universities-C1')).toBeVisible();

    // Universities care about C3 far more than anyone else.
    const cell = page.getByTestId('sh-Universities-C3');
    await cell.fill('80');
    await cell.press('Tab');
    await expect(page.getByTestId('sh-biggest')).toContainText('disagree most');
    await expect(page.getByTestId('sh-single')).toHaveCount(0);
    await expect(page.getByTestId('sh-chart')).toBeVisible();
    await page.screenshot({ path: screenshotPath('elicitation-stakeholders-en'), fullPage: true });

    await page.getByTestId('sh-use-aggregate').click();
    await expect(page.getByTestId('method-notice')).toContainText('weights written');
    await planner.goTo('weights');
    const c3 = Number(await planner.weightInput('C3').inputValue());
    const c1 = Number(await planner.weightInput('C1').inputValue());
    expect(c3).toBeGreaterThan(c1);
  });

  test('AHP hierarchy: themes named and regrouped, a matrix among themes and one within each, global = local × theme; above CR 0.10 asks first; the audit names the variant and every CR', async ({
    page,
    shell,
  }) => {
    test.setTimeout(180_000);
    const planner = await openWeightMethod(page, shell.url, 'zh', 'AHP 层次结构');
    const editor = page.getByTestId('hierarchy-editor');
    await expect(page.getByTestId('theme-name-0')).toHaveValue('自然与政策条件');
    await expect(page.getByTestId('theme-name-1')).toHaveValue('经济与收入');
    await expect(page.getByTestId('theme-name-2')).toHaveValue('城市与社会');

    // Rename a theme, move C5 from "economy and income" to "city and society".
    await page.getByTestId('theme-name-2').fill('城市、社会与公共服务');
    await planner.moveCauseToTheme('C5', '城市、社会与公共服务');
    await expect(page.getByTestId('theme-1')).not.toContainText('C5');
    await expect(page.getByTestId('theme-2')).toContainText('C5');
    // Economy and income (C3, C4) is now twice as important as each other theme.
    await planner.setAhpJudgement(0, 1, '1/2', 'hier-themes');
    await planner.setAhpJudgement(1, 2, '2', 'hier-themes');
    await planner.setAhpJudgement(0, 2, '1', 'hier-themes');
    await expect.poll(() => planner.ahpCr('hier-themes')).toBeLessThan(0.1);
    // Equal within every theme: C3's global weight = ½ (local) × ½ (theme) = 50.0% × 50.0%.
    await expect(page.getByTestId('global-C3')).toHaveText('25.0%');
    await expect(page.getByTestId('global-C1')).toHaveText('12.5%');
    await expect(page.getByTestId('global-C5')).toHaveText('6.3%');

    // A contradiction within the city theme (C6 ≫ C7 ≫ C8 but C8 ≫ C6).
    await planner.setAhpJudgement(0, 1, '9', 'hier-theme2');
    await planner.setAhpJudgement(1, 2, '9', 'hier-theme2');
    await planner.setAhpJudgement(0, 2, '1/9', 'hier-theme2');
    await expect.poll(() => planner.ahpCr('hier-theme2')).toBeGreaterThan(0.1);
    await expectNoSevereViolations(page);
    await page.screenshot({ path: screenshotPath('elicitation-ahp-hierarchy-zh'), fullPage: true });

    const cr = (await planner.ahpCr('hier-theme2')).toFixed(3);
    await page.getByTestId('method-apply').click();
    const dialog = await planner.ahpConfirmDialog();
    await expect(dialog).toContainText(`CR = ${cr}`);
    await page.getByTestId('ahp-confirm-ok').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('method-notice')).toContainText('已写入');
    await expect(editor).toBeVisible();

    await planner.goToWorkflow('audit');
    const row = page.getByTestId('audit-table').locator('tr', { hasText: '应用 AHP 层次结构权重' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('AHP 方式：AHP 层次结构（主题 → 原因）');
    await expect(row).toContainText(`CR = ${cr}（高于 0.10，经规划者确认后应用）`);
    await expect(row).toContainText('主题“城市、社会与公共服务”内');
    await expect(row).toContainText('主题之间');
  });

  test('group AHP: judges added, named and weighted, AIJ or AIP, the group and each judge’s weights; applied and audited', async ({
    page,
    shell,
  }) => {
    test.setTimeout(180_000);
    const planner = await openWeightMethod(page, shell.url, 'en', 'Group AHP');
    await page.getByTestId('judge-name-0').fill('Provincial departments');
    await page.getByTestId('judge-add').click();
    await page.getByTestId('judge-tab-1').click();
    await page.getByTestId('judge-name-1').fill('Universities');
    await page.getByTestId('judge-weight-1').fill('2');
    await page.getByTestId('judge-weight-1').press('Tab');
    // Universities: C3 strongly more important than C1.
    await planner.setAhpJudgement(0, 2, '1/5', 'judge1');
    const table = page.getByTestId('group-weights');
    await expect(table.locator('tbody tr')).toHaveCount(3);
    await expect(table).toContainText('Universities');
    await expect(page.getByTestId('group-cr')).toContainText('aggregated matrix CR =');
    const aij = await table.locator('tbody tr').first().innerText();
    await page.getByTestId('group-aggregation').getByText('AIP', { exact: false }).click();
    await expect(page.getByTestId('group-cr')).toContainText('AIP forms no aggregated matrix');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).not.toBe(aij);

    await expectNoSevereViolations(page);
    await page.screenshot({ path: screenshotPath('elicitation-ahp-group-en'), fullPage: true });

    await page.getByTestId('method-apply').click();
    await expect(page.getByTestId('method-notice')).toContainText('weights written');
    await planner.goTo('weights');
    const c3 = Number(await planner.weightInput('C3').inputValue());
    const c1 = Number(await planner.weightInput('C1').inputValue());
    expect(c3).toBeGreaterThan(c1);
    await planner.goToWorkflow('audit');
    const row = page
      .getByTestId('audit-table')
      .locator('tr', { hasText: 'Applied group AHP weights' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(
      'AHP variant: Group AHP (AIP: weighted geometric mean of priorities)',
    );
    await expect(row).toContainText('Judge “Universities”');
  });
});

/** The Weight methods screen at 1366×768 in a language, with a method chosen by its label. */
async function openWeightMethod(
  page: Page,
  url: string,
  lang: 'zh' | 'en',
  method: string,
): Promise<PlannerPage> {
  await page.setViewportSize({ width: 1366, height: 768 });
  const planner = new PlannerPage(page);
  await planner.open(url);
  await planner.setLanguage(lang);
  await planner.goToAnalysis('elicitation');
  await planner.chooseWeightMethod(method);
  return planner;
}

/** No serious or critical axe violation in the main area. */
async function expectNoSevereViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

const CAUSES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];

/** The eight raw weights as the Weights screen shows them (that screen must be open). */
async function allWeights(planner: PlannerPage): Promise<string[]> {
  return Promise.all(CAUSES.map((id) => planner.weightInput(id).inputValue()));
}
