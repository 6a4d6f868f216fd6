// A reader on a phone (390 × 844): the filters open as a sheet whose
// "Show N statements" button stays in sight and lands on the results, every
// control is a 44 × 44 px tap target (WCAG 2.5.5), and the count stays in
// sight while the list scrolls.
import { test, expect } from '@playwright/test';
import { open, count, option, cards } from './helpers.mjs';

test.use({ viewport: { width: 390, height: 844 } });

test('the open filters end in a "Show N statements" button that stays in sight, closes them and lands on the results', async ({ page }) => {
  await open(page);
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.locator('label', { hasText: /^Sergey Lavrov \(7\)$/ }).click();
  await expect(option(page, 'Sergey Lavrov')).toBeChecked();
  const show = page.getByRole('button', { name: 'Show 7 statements' });
  await expect(show).toBeInViewport();
  // Still in sight with the last filter on screen, far down the sheet.
  await option(page, 'No response reported').scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: /^Show \d+ statements?$/ })).toBeInViewport();
  await show.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(count(page)).toHaveText('7 of 20 statements');
  await expect(count(page)).toBeInViewport();
  // Landed at the top of the results, not somewhere in the list.
  await expect.poll(() => page.getByRole('main').evaluate((e) => Math.round(e.getBoundingClientRect().top)))
    .toBeGreaterThanOrEqual(-2);
  await expect(page.getByRole('main').getByRole('tab', { name: 'Statements' }).or(page.getByRole('link', { name: 'Statements', exact: true }))).toBeInViewport();
});

test('every control a reader taps is at least 44 × 44 px', async ({ page }) => {
  await open(page, '/?speaker=lavrov');
  await page.getByRole('button', { name: /^Filters/ }).click();
  const small = await page.evaluate(() => {
    const selectors = ['.option', '.side-heading', '.stance-pill', '.chip', '.clear-all', '.filters-toggle',
      '.view-tab', '.tool-button', '.card-actions .link-button', '.card-actions .permalink', '.statement-link',
      '.exchange-row', '.cell-link', '.density-switch a', '.show-results'];
    return selectors.flatMap((selector) => [...document.querySelectorAll(selector)]
      .map((e) => [selector, e.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
      .map(([s, r]) => `${s} ${Math.round(r.width)}×${Math.round(r.height)}`));
  });
  expect(small).toEqual([]);
});

test('the count and the active filters stay in sight while the list scrolls', async ({ page }) => {
  await open(page, '/?topic=syria&stance=disputed');
  await cards(page).nth(4).scrollIntoViewIfNeeded();
  await expect(cards(page).nth(4)).toBeInViewport();
  await expect(page.getByRole('list', { name: 'Active filters' })).not.toBeInViewport();
  await expect(count(page)).toBeInViewport();
  await expect(count(page)).toHaveText('6 of 20 statements');
  await expect(page.locator('.active-summary')).toBeInViewport();
  await expect(page.locator('.active-summary')).toHaveText('Syria · In a dispute');
});
