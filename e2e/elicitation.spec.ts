import { test, expect, screenshotPath } from './fixtures';
import { PlannerPage } from './page-models/planner-page';

test.describe('weight methods', () => {
  test('AHP editor: an inconsistent judgement is flagged, the suggestion makes it consistent, apply writes weights, one Ctrl+Z reverts them all', async ({
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

    // C1 ≫ C2 and C2 ≫ C3 but C1 = C3: a contradiction.
    await planner.setAhpJudgement(0, 1, '9');
    await planner.setAhpJudgement(1, 2, '9');
    await expect.poll(() => planner.ahpCr()).toBeGreaterThan(0.1);
    await expect(page.getByText('判断不一致（CR > 0.10）', { exact: false })).toBeVisible();
    await expect(page.locator('[data-testid^="ahp-flag-"]').first()).toContainText('不一致');
    await page.screenshot({ path: screenshotPath('elicitation-ahp-inconsistent-zh') });

    // Apply suggestions until consistent (the engine flags at most three judgements at a time).
    for (let k = 0; k < 5 && (await planner.ahpCr()) >= 0.1; k++) {
      await page.locator('[data-testid^="ahp-suggest-"]').first().click();
    }
    expect(await planner.ahpCr()).toBeLessThan(0.1);
    await expect(page.getByText('判断基本一致', { exact: false })).toBeVisible();
    await expect(page.locator('[data-testid^="ahp-flag-"]')).toHaveCount(0);
    await page.getByTestId('method-picker').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('elicitation-ahp-consistent-zh') });

    await page.getByTestId('method-apply').click();
    await expect(page.getByTestId('method-notice')).toContainText('已写入');
    await planner.goTo('weights');
    // C1 now outweighs C8 (judged equal to the rest but C1 was judged more important than C2).
    await expect
      .poll(async () => Number(await planner.weightInput('C1').inputValue()))
      .toBeGreaterThan(Number(await planner.weightInput('C8').inputValue()));
    const applied = await allWeights(planner);
    expect(applied).not.toEqual(before);

    // The whole method is one edit: the undo bar names it, and ONE Ctrl+Z restores all eight.
    await expect(page.getByTestId('undo-button')).toHaveAttribute('aria-label', /应用 AHP 权重/);
    await page.locator('#trp-weights-title').click();
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('undo-status')).toContainText('应用 AHP 权重');
    await expect.poll(() => allWeights(planner)).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => allWeights(planner)).toEqual(applied);

    // One line in the audit view, with the bilingual method label.
    await planner.goToWorkflow('audit');
    await expect(page.getByTestId('audit-table').getByText('应用 AHP 权重')).toHaveCount(1);
    // Its change reads as the causes that moved ("C1 1 → 2.4 · …"), not as stored JSON.
    const ahpRow = page.getByTestId('audit-table').locator('tr', { hasText: '应用 AHP 权重' });
    await expect(ahpRow).toContainText(/C\d [\d.]+ → [\d.]+/);
    await expect(ahpRow).not.toContainText('{');

    // The editor in English, for the artefacts.
    await planner.setLanguage('en');
    await planner.goToAnalysis('elicitation');
    await planner.chooseWeightMethod('AHP');
    await expect(page.getByText('consistent enough', { exact: false })).toBeVisible();
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
    await page.getByTestId('sh-add').click();
    await expect(page.getByTestId('sh-Universities-C1')).toBeVisible();

    // Universities care about C3 far more than anyone else.
    const cell = page.getByTestId('sh-Universities-C3');
    await cell.fill('80');
    await cell.press('Tab');
    await expect(page.getByTestId('sh-biggest')).toContainText('disagree most');
    await expect(page.getByTestId('sh-chart')).toBeVisible();
    await page.screenshot({ path: screenshotPath('elicitation-stakeholders-en'), fullPage: true });

    await page.getByTestId('sh-use-aggregate').click();
    await expect(page.getByTestId('method-notice')).toContainText('weights written');
    await planner.goTo('weights');
    const c3 = Number(await planner.weightInput('C3').inputValue());
    const c1 = Number(await planner.weightInput('C1').inputValue());
    expect(c3).toBeGreaterThan(c1);
  });
});

const CAUSES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];

/** The eight raw weights as the Weights screen shows them (that screen must be open). */
async function allWeights(planner: PlannerPage): Promise<string[]> {
  return Promise.all(CAUSES.map((id) => planner.weightInput(id).inputValue()));
}
