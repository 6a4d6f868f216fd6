// Search as readers expect it of a news site's search box: words match at
// their start, typographic quotes, apostrophes and periods do not matter,
// the best matches come first (switchable to article order, in the URL),
// and an empty result suggests the speaker or topic the reader was after.
import { test, expect } from '@playwright/test';
import { open, count, cards, expectSearch, ARTICLE } from './helpers.mjs';

const speakerOf = (id) => ARTICLE.speakers.find((p) => p.id === ARTICLE.statements.find((s) => s.id === id).speaker).name;

test('a pasted curly quote, a missing apostrophe and a word inside another word', async ({ page }) => {
  await open(page, `/?q=${encodeURIComponent('“unified')}`);
  await expect(count(page)).toHaveText('1 of 20 statements');
  await expect(cards(page)).toHaveAttribute('id', 'statement-tillerson-unified-syria');
  await open(page, '/?q=whats');
  const withoutApostrophe = await count(page).textContent();
  await open(page, `/?q=${encodeURIComponent('what’s')}`);
  await expect(count(page)).toHaveText(withoutApostrophe);
  expect(withoutApostrophe).not.toBe('20 statements');
  // "ssia" is inside "Russia", never at a word's start.
  await open(page, '/?q=ssia');
  await expect(page.getByText('No statements match these filters.')).toBeVisible();
});

test('the best matches come first, and the reader can switch to article order and back', async ({ page }) => {
  await open(page, '/?q=lavrov');
  await expect(page.locator('.sort-note')).toHaveText('Sorted by best match · Article order');
  const own = ARTICLE.statements.filter((s) => s.speaker === 'lavrov').length;
  const speakers = await cards(page).locator('.speaker').allTextContents();
  expect(speakers.slice(0, own)).toEqual(Array(own).fill('Sergey Lavrov'));
  expect(speakers.length).toBeGreaterThan(own);

  await page.getByRole('button', { name: 'Article order' }).click();
  await expectSearch(page, '?q=lavrov&sort=article');
  await expect(page.locator('.sort-note')).toHaveText('In article order · Best match first');
  const ids = await cards(page).evaluateAll((els) => els.map((e) => e.dataset.statementId));
  const order = ids.map((id) => ARTICLE.statements.findIndex((s) => s.id === id));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(speakerOf(ids[0])).not.toBe('Sergey Lavrov');

  await page.goBack();
  await expectSearch(page, '?q=lavrov');
  await expect(page.locator('.sort-note')).toHaveText('Sorted by best match · Article order');
});

test('an empty result suggests the nearest speaker, and taking it shows their statements', async ({ page }) => {
  await open(page, '/?q=lavrow');
  await expect(page.getByText('No statements match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Sergey Lavrov' }).click();
  await expectSearch(page, '?speaker=lavrov');
  await expect(count(page)).toHaveText('7 of 20 statements');
});
