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

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`at ${width} px the app replaces the prerendered page without moving anything`, async ({ browser }) => {
    // Where the parts of the first screen are: the prerendered page as it
    // shows before the app starts (its loader held back), then the app once
    // it has taken over.
    const places = async (app) => {
      const context = await browser.newContext({ viewport: { width, height } });
      // Held back with the boot script, which would otherwise say that the app failed to start.
      if (!app) await context.route(/\/(init|boot-[0-9a-f]+)\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto('/');
      if (app) await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
      // What the reader sees of each part: its box cut to the first screen.
      // A card below it has only an estimated height until it is drawn
      // (content-visibility: auto), and whether the browser has drawn it yet
      // is a matter of timing, so below the screen is all that is compared.
      const boxes = await page.evaluate(() => Object.fromEntries(
        ['h1', '.tools', '.filters', '.filters-toggle', '.view-switch', '.result-count', '.summary-bar', '.overview', 'ol.cards > li:nth-child(1)', 'ol.cards > li:nth-child(2)']
          .map((selector) => {
            const r = document.querySelector(selector).getBoundingClientRect();
            if (r.top >= innerHeight) return [selector, 'below the first screen'];
            const shown = Math.min(r.bottom, innerHeight) - r.top;
            return [selector, [r.x, r.y, r.width, shown].map(Math.round)];
          })));
      await context.close();
      return boxes;
    };
    const prerendered = await places(false);
    expect(await places(true)).toEqual(prerendered);
  });
}

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
