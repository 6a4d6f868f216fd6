// Stories in other languages, published with the one app (scripts/dev.sh
// test): the invented Spanish and Arabic fixtures in tests/fixtures/. Each
// page names its language and direction from the data's `language:` line,
// carries its catalogue in its data block, and its search folds the
// article's accents and Arabic letter forms and harakat.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { open, count, expectSearch } from './helpers.mjs';

const STORIES = [
  // A word typed without its accent or harakat finds the one statement
  // that has it (demolición, قَطْرَةٍ).
  { base: '/site/es-article/', lang: 'es', dir: 'ltr', folded: 'demolicion', speaker: 'Andrés Ibáñez', spoke: 3, of: (n) => `${n} de 12 declaraciones` },
  { base: '/site/ar-article/', lang: 'ar', dir: 'rtl', folded: 'قطرة', speaker: 'John Smith', spoke: 2, of: (n) => `${n} من أصل 12 تصريحًا` },
];

for (const { base, lang, dir, folded, speaker, spoke, of } of STORIES) {
  test(`${base}: the page says its language and direction, and its block carries its catalogue`, async ({ page }) => {
    await open(page, base);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const block = await page.locator('#qe-data').textContent();
    expect(block.startsWith('[3,')).toBe(true);
    // The language, its direction, then its plural categories (Arabic's
    // six: zero, one, two, then few from 3).
    expect(block).toContain(`["${lang}",${dir === 'rtl' ? 1 : 0},"${lang === 'ar' ? '01233' : ''}`);
    await expect(count(page)).toContainText('12');
  });

  test(`${base}: a search without accents or harakat finds its statement, and its address finds it again`, async ({ page }) => {
    await open(page, base);
    await page.getByRole('searchbox').fill(folded);
    await expect(count(page)).toHaveText(of(1));
    await expectSearch(page, `?q=${encodeURIComponent(folded)}`);
    // Typing replaces the history entry; the address is the round trip.
    await page.goto(page.url());
    await expect(page.getByRole('searchbox')).toHaveValue(folded);
    await expect(count(page)).toHaveText(of(1));
    await page.getByRole('searchbox').fill('');
    await expect(count(page)).toContainText('12');
    await expect(page.locator('.card').first()).toBeVisible();
  });

  test(`${base}: a speaker filter round-trips through the address`, async ({ page }) => {
    await open(page, base);
    await page.getByRole('checkbox', { name: new RegExp(speaker) }).first().check();
    await expect(count(page)).toHaveText(of(spoke));
    // The address follows the render (an effect): wait for it, not the count.
    await expect(page).toHaveURL(/[?&]speaker=/);
    const url = page.url();
    await page.goto(url);
    await expect(count(page)).toHaveText(of(spoke));
    await expect(page.getByRole('checkbox', { name: new RegExp(speaker) }).first()).toBeChecked();
  });

  test(`${base}: axe finds no violations`, async ({ page }) => {
    await open(page, base);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}
