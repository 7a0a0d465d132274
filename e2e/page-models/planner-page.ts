import { expect, type Locator, type Page } from '@playwright/test';

/** The planner's main window, addressed the way a user sees it (Actual's page-model pattern). */
export class PlannerPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  }

  async goTo(screen: 'weights' | 'impacts' | 'packages'): Promise<void> {
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
}
