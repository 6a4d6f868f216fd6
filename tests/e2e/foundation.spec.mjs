// The first screen: every statement, in order, with nothing broken.
import { test, expect } from '@playwright/test';
import { open, count, TOTAL } from './helpers.mjs';

test('the page loads with no console error and shows every statement', async ({ page }) => {
  const problems = await open(page);
  await expect(count(page)).toHaveText(`${TOTAL} statements`);
  await expect(page.locator('article.card')).toHaveCount(TOTAL);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tillerson Meets Putin');
  expect(problems).toEqual([]);
});

test('a response links to the card it answers, which scrolls into view', async ({ page }) => {
  await open(page);
  const denial = page.locator('#statement-spokesman-no-agreement');
  await denial.getByRole('link', { name: /Sergey Lavrov/ }).click();
  const claim = page.locator('#statement-lavrov-investigation-agreement');
  await expect(claim).toHaveClass(/is-target/);
  await expect(claim).toBeInViewport();
  await expect(page).toHaveURL(/#statement-lavrov-investigation-agreement$/);
});

for (const width of [390, 1280]) {
  test(`a full-page screenshot at ${width} px`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await page.screenshot({ path: info.outputPath(`list-${width}.png`), fullPage: true });
  });
}
