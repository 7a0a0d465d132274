import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The open select list, once its slide-in has finished. An option clicked while the list is still
 * moving can be missed (the list stays open, nothing chosen), as a dialog's buttons can.
 */
export async function settledDropdown(page: Page): Promise<Locator> {
  const list = page.locator('.ant-select-dropdown:visible');
  await expect(list).toHaveCount(1);
  await expect(list).not.toHaveClass(/ant-slide-up-(appear|enter)/);
  return list;
}

/** The planner's main window, addressed the way a user sees it (Actual's page-model pattern). */
export class PlannerPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  }

  async goTo(screen: 'evidence' | 'weights' | 'impacts' | 'packages'): Promise<void> {
    await this.page.getByTestId(`nav-${screen}`).click();
    await expect(this.page.locator(`main[data-screen="${screen}"]`)).toBeVisible();
  }

  causeRows(): Locator {
    return this.page.locator('[data-testid^="cause-row-"]');
  }

  weightInput(causeId: string): Locator {
    return this.page.getByTestId(`weight-input-${causeId}`);
  }

  impactCell(measureId: string, causeId: string): Locator {
    return this.page.getByTestId(`impact-cell-${measureId}-${causeId}`);
  }

  packageRows(): Locator {
    return this.page.locator('[data-testid^="package-row-"]');
  }

  /** The ranked list as text, one entry per row, to compare rankings before and after an edit. */
  async rankingText(): Promise<string[]> {
    await expect(this.packageRows().first()).toBeVisible();
    return this.packageRows().allInnerTexts();
  }

  async setWeight(causeId: string, value: number): Promise<void> {
    const input = this.weightInput(causeId);
    await input.fill(String(value));
    await input.press('Enter');
    await input.blur();
  }

  /** Evidence screen: open one of its tabs. */
  async evidenceTab(
    tab: 'browse' | 'overview' | 'map' | 'cities' | 'import' | 'severity',
  ): Promise<void> {
    await this.page.getByTestId(`evidence-tab-${tab}`).click();
  }

  /** Map tab: show the provinces or the Northeast's cities, as a map or a table. */
  async showMap(scale: 'provinces' | 'cities', view: 'map' | 'table' = 'map'): Promise<Locator> {
    const seg = (id: string, n: number) =>
      this.page.getByTestId(id).locator('.ant-segmented-item').nth(n);
    await seg('map-scale', scale === 'provinces' ? 0 : 1).click();
    await seg('map-view', view === 'map' ? 0 : 1).click();
    const shown = this.page.getByTestId(view === 'map' ? `tile-map-${scale}` : 'map-table');
    await expect(shown).toBeVisible();
    return shown;
  }

  /** The text written in a map tile (its value, or the "no data" word). */
  tileValue(code: string): Locator {
    return this.page.getByTestId(`tile-value-${code}`);
  }

  /** Import wizard: choose a file; resolves once the host's validation report is shown. */
  async chooseImportFile(filePath: string): Promise<Locator> {
    await this.page.getByTestId('import-file').setInputFiles(filePath);
    const name = filePath.split(/[\\/]/).pop() ?? filePath;
    const report = this.page.locator(`[data-testid="import-report"][data-file="${name}"]`);
    await expect(report).toBeVisible({ timeout: 30_000 });
    return report;
  }

  /** Evidence screen: import one file through the wizard and wait until it is committed. */
  async importFile(filePath: string): Promise<void> {
    await this.goTo('evidence');
    await this.evidenceTab('import');
    const report = await this.chooseImportFile(filePath);
    await expect(report.getByTestId('import-errors')).toHaveCount(0);
    await report.getByTestId('import-commit').click();
    await expect(
      this.page.locator('[data-testid="import-report"][data-committed="true"]'),
    ).toBeVisible({ timeout: 30_000 });
  }

  /** The regional severity of a cause as the weights table shows it: its number, or null ("no indicator yet"). */
  async weightSeverity(causeId: string): Promise<number | null> {
    const text = await this.page
      .getByTestId(`weight-severity-${causeId}`)
      .getByTestId('severity-badge')
      .innerText();
    const n = /\d+\.\d+/.exec(text)?.[0];
    return n === undefined ? null : Number(n);
  }

  /** Briefing screen: open it and wait for the first preview from the host. */
  async openBriefing(): Promise<void> {
    await this.page.getByTestId('nav-briefing').click();
    await expect(this.page.locator('main[data-screen="briefing"]')).toBeVisible();
    await expect(this.briefingPreview()).toBeVisible({ timeout: 30_000 });
  }

  /** antd puts the test id on the hidden <input>; a planner clicks its label. */
  briefingOption(testId: string): Locator {
    return this.page.locator('label').filter({ has: this.page.getByTestId(testId) });
  }

  briefingPreview(): Locator {
    return this.page.getByTestId('briefing-preview');
  }

  /** The preview's page count as the screen states it ("13 pages" / "共 13 页"). */
  async briefingPreviewPages(): Promise<number> {
    const text = await this.page.getByTestId('briefing-preview-pages').innerText();
    return Number(/\d+/.exec(text)?.[0] ?? NaN);
  }

  /** Evidence screen: show one indicator's charts and table. */
  async showIndicator(code: string): Promise<void> {
    await this.page.getByTestId(`indicator-${code}`).click();
    await expect(
      this.page.locator(`[data-testid="indicator-view"][data-indicator="${code}"]`),
    ).toBeVisible();
  }

  /** Scenarios / Audit screens (workflow): reachable even without an open scenario. */
  async goToWorkflow(screen: 'scenarios' | 'audit'): Promise<void> {
    await this.page.getByTestId(`nav-${screen}`).click();
    await expect(this.page.locator(`main[data-screen="${screen}"]`)).toBeVisible();
  }

  /** The scenario table row showing `name`. */
  scenarioRow(name: string): Locator {
    return this.page
      .getByTestId('scenario-table')
      .locator('tr[data-row-key]')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Fills and confirms the name dialog opened by create / duplicate / rename. */
  async submitNameDialog(name: string): Promise<void> {
    const input = this.page.getByTestId('name-dialog-input');
    await this.settledDialog();
    await input.fill(name);
    await this.page.getByTestId('name-dialog-ok').click();
    await expect(input).toBeHidden();
  }

  /** A number field that saves on Enter (robustness settings): type it and confirm. */
  async setSavedNumber(testId: string, value: number): Promise<void> {
    const input = this.page.getByTestId(testId);
    await input.fill(String(value));
    await input.press('Enter');
  }

  /** Opens a scenario with the top-bar picker, as a planner would. */
  async selectScenario(name: string): Promise<void> {
    await this.page.getByTestId('scenario-picker').click();
    const list = await settledDropdown(this.page);
    await list.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    await expect(this.page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  }

  /** Sets the name edits are attributed to, through the settings dialog. */
  async setUserName(name: string): Promise<void> {
    // The dialog starts from the stored name: opened before it has loaded ("—"), the late answer
    // would replace what was typed.
    await expect(this.page.getByTestId('settings-open')).not.toContainText('—');
    await this.page.getByTestId('settings-open').click();
    // A click while the dialog is still zooming in can miss Save and leave the dialog open.
    const dialog = await this.settledDialog();
    const field = dialog.getByTestId('settings-user-name');
    await field.fill(name);
    await expect(field).toHaveValue(name);
    await dialog.getByTestId('settings-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('settings-open')).toContainText(name);
  }

  /** The open dialog, once its opening animation has finished (clicks land where they aim). */
  async settledDialog(): Promise<Locator> {
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
    await expect(
      this.page.locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter'),
    ).toHaveCount(0);
    return dialog;
  }

  /** Switches the interface language with the top-bar control. */
  async setLanguage(lang: 'zh' | 'en'): Promise<void> {
    await this.page
      .getByTestId('language-switch')
      .getByText(lang === 'zh' ? '中文' : 'English', { exact: true })
      .click();
    // Clicking the language already shown changes nothing, so check the visible text, not <html lang>.
    await expect(this.page.getByTestId('nav-weights')).toHaveText(
      lang === 'zh' ? '原因与权重' : 'Causes & weights',
    );
  }
  /** Analysis screens (weight methods, robustness, overview). */
  async goToAnalysis(screen: 'elicitation' | 'robustness' | 'overview'): Promise<void> {
    await this.page.getByTestId(`nav-${screen}`).click();
    await expect(this.page.locator(`main[data-screen="${screen}"]`)).toBeVisible();
  }

  /** Weight methods: choose a method in the segmented picker by its visible label. */
  async chooseWeightMethod(label: string): Promise<void> {
    await this.page.getByTestId('method-picker').getByText(label, { exact: true }).click();
  }

  /** AHP matrix: set judgement (i, j) to the option whose label ends with "(value)", e.g. "9" or "1/3". */
  async setAhpJudgement(i: number, j: number, value: string, matrix = 'ahp'): Promise<void> {
    // Closed dropdowns stay in the DOM, and a closing one is still visible while it animates:
    // wait for it to go, or the next judgement's click lands on the previous list.
    const openLists = this.page.locator('.ant-select-dropdown:visible');
    await expect(openLists).toHaveCount(0);
    const cell = this.page.getByTestId(`${matrix}-${i}-${j}`);
    await cell.click();
    const list = await settledDropdown(this.page);
    await list
      .locator('.ant-select-item-option')
      .filter({ hasText: `(${value})` })
      .first()
      .click();
    await expect(openLists).toHaveCount(0);
    await expect(cell).toContainText(value);
  }

  /**
   * AHP matrix, keyboard only: focus cell (i, j), open its list with ArrowDown, walk to the
   * option "(value)" with the arrow keys and choose it with Enter.
   */
  async setAhpJudgementByKeyboard(i: number, j: number, value: string): Promise<void> {
    const cell = this.page.getByTestId(`ahp-${i}-${j}`).getByRole('combobox');
    await cell.focus();
    await this.page.keyboard.press('ArrowDown');
    const list = this.page.locator('.ant-select-dropdown:visible');
    await expect(list).toHaveCount(1);
    const active = list.locator('.ant-select-item-option-active');
    for (let step = 0; step < 17; step++) {
      if (((await active.textContent()) ?? '').endsWith(`(${value})`)) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(active).toHaveText(new RegExp(`\\(${value.replace('/', '\\/')}\\)$`));
    await this.page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
  }

  /** The live consistency ratio shown beside the AHP matrix. */
  /** The CR of the plain AHP matrix, or of another by its test-id prefix ("hier-themes", "judge1"). */
  async ahpCr(matrix = 'ahp'): Promise<number> {
    return Number(await this.page.getByTestId(`${matrix}-cr`).getAttribute('data-cr'));
  }

  /** AHP hierarchy: puts a cause under another theme with its theme select. */
  async moveCauseToTheme(causeId: string, themeName: string): Promise<void> {
    const openLists = this.page.locator('.ant-select-dropdown:visible');
    await expect(openLists).toHaveCount(0);
    await this.page.getByTestId(`move-${causeId}`).click();
    await openLists.locator('.ant-select-item-option').filter({ hasText: themeName }).click();
    await expect(openLists).toHaveCount(0);
  }

  /**
   * The AHP confirmation, fully open. While Ant Design's modal is still zooming in, its buttons
   * move under the pointer and a click can miss them (seen on a loaded CI machine); a person
   * waits for the dialog to settle, and so does the test.
   */
  async ahpConfirmDialog(): Promise<Locator> {
    return this.settledDialog();
  }
}
