// Read at a glance: what a phone reader takes in on one screen. The
// page's and the embed's heights against their budgets, the compact list
// (one line a statement, a tap opens it whole), and the desktop filter
// panel on an 800 px tall window. Heights are measured in the browser, at
// the reader's width; the budgets are the product's, not the machine's.
import { test, expect } from '@playwright/test';
import { open, ARTICLE, TOTAL, card, cards, expectSearch } from './helpers.mjs';

/** The page's height once every card has been laid out (cards out of view
 * skip layout until scrolled to, and would count their placeholder size). */
async function fullHeight(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(0, 0);
  });
  return page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the default page in the compact list is at most 4,000 px tall, and nothing is wider than the screen', async ({ page }) => {
    await open(page, '/?density=compact');
    await expect(cards(page)).toHaveCount(TOTAL);
    const height = await fullHeight(page);
    console.log(`[glance] default page, compact, 390 px: ${height} px`);
    expect(height).toBeLessThanOrEqual(4000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the default embed is at most 1,500 px tall', async ({ page }) => {
    await open(page, '/?embed=1');
    const height = await fullHeight(page);
    console.log(`[glance] default embed, 390 px: ${height} px`);
    expect(height).toBeLessThanOrEqual(1500);
  });

  test('a compact card is one line until tapped, then whole; tapped again, one line', async ({ page }) => {
    await open(page, '/?density=compact');
    const first = card(page, ARTICLE.statements[1].id);
    const expand = first.getByRole('button', { name: 'Whole statement' });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expect(first.locator('.card-foot')).toBeHidden();
    const closed = await first.evaluate((e) => e.getBoundingClientRect().height);
    expect(closed).toBeLessThan(110);
    // A tap anywhere on the card opens it.
    await first.click();
    await expect(expand).toHaveAttribute('aria-expanded', 'true');
    await expect(first.locator('.card-foot')).toBeVisible();
    await expect(first.getByRole('button', { name: 'In the article' })).toBeVisible();
    await expand.click();
    await expect(first.locator('.card-foot')).toBeHidden();
    // Opening a card is not a view of its own: the address stays.
    await expectSearch(page, '?density=compact');
  });

  test('the list switches density by a link, with a history entry', async ({ page }) => {
    await open(page);
    const density = page.getByRole('navigation', { name: 'How the list shows statements' });
    await density.getByRole('link', { name: 'One line each' }).click();
    await expectSearch(page, '?density=compact');
    await expect(cards(page).first().locator('.card-foot')).toBeHidden();
    await page.goBack();
    await expectSearch(page, '');
    await expect(cards(page).first().locator('.card-foot')).toBeVisible();
  });

  test('no statement is shown twice: the overview names who, never repeats what', async ({ page }) => {
    await open(page);
    const overview = page.getByRole('region', { name: 'At a glance' });
    const text = await overview.textContent();
    for (const s of ARTICLE.statements) {
      expect(text.includes(s.text.slice(0, 40)), s.id).toBe(false);
    }
  });

  test('an embed\'s static page is compact from its first paint, and a tap before the app starts opens a card', async ({ page }) => {
    // The app's module never loads: the static page is all there is.
    await page.route(/\/init\.js$/, (route) => route.abort());
    await page.goto('/?embed=1');
    await expect(page.locator('html')).toHaveClass(/\bqe-compact\b/);
    const first = card(page, ARTICLE.statements[0].id);
    await expect(first.locator('.card-foot')).toBeHidden();
    await first.click();
    await expect(first.locator('.card-foot')).toBeVisible();
  });
});

test('on a 1280 × 800 desktop the filter panel, pinned beside the list, shows every group, the stances included', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  // Past the masthead the panel stays in sight: all of it must fit.
  await page.evaluate(() => window.scrollTo(0, 600));
  const panel = page.getByRole('navigation', { name: 'Filters' });
  const lastStance = panel.getByRole('checkbox', { name: /^No response reported/ });
  await expect(lastStance).toBeInViewport();
  const fits = await panel.evaluate((e) => e.scrollHeight <= e.clientHeight + 1);
  expect(fits).toBe(true);
});
