import { expect, type Locator, type Page } from '@playwright/test';

/** The element lies wholly inside the window as the page stands: nothing is scrolled for it. */
export async function expectInViewport(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  expect(box, 'element is rendered').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(view!.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(view!.height);
}
