// Search as readers expect it of a news site's search box: words match at
// their start, typographic quotes, apostrophes and periods do not matter,
// several words find the statements with any of them (those with all first,
// and a note says how they matched), the best matches come first (switchable
// to article order, in the URL), an empty result says what emptied it and
// suggests the speaker or topic the reader was after, and the article view
// marks the words and steps through them.
import { test, expect } from '@playwright/test';
import { open, count, cards, expectSearch, ARTICLE, searchBox } from './helpers.mjs';

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

const ids = (page) => cards(page).evaluateAll((els) => els.map((e) => e.dataset.statementId));
const mentioning = (word) => ARTICLE.statements.filter((s) => `${s.text} ${s.note ?? ''}`.toLowerCase().includes(word));

test('several words find the statements with any of them, those with all first, and a note says how they matched', async ({ page }) => {
  // Nobody says "weapons": the four "chemical" statements, not nothing.
  await open(page, `/?q=${encodeURIComponent('chemical weapons')}`);
  const chemical = mentioning('chemical');
  expect(chemical).toHaveLength(4);
  await expect(count(page)).toHaveText('4 of 20 statements');
  await expect(page.locator('.word-note')).toHaveText('No statement has both words; 4 have ‘chemical’.');
  expect((await ids(page)).sort()).toEqual(chemical.map((s) => s.id).sort());
  await expect(cards(page).locator('mark', { hasText: /^chemical$/i })).toHaveCount(4);

  // Two statements have both words: they come first, then the two with one.
  await searchBox(page).fill('Chemical evidence');
  await searchBox(page).press('Enter');
  await expectSearch(page, `?q=${encodeURIComponent('Chemical evidence').replace(/%20/g, '+')}`);
  await expect(page.locator('.word-note')).toHaveText('2 statements have both words; 2 more have one of them.');
  const both = mentioning('chemical').filter((s) => mentioning('evidence').includes(s)).map((s) => s.id);
  expect(both).toHaveLength(2);
  expect((await ids(page)).slice(0, 2).sort()).toEqual(both.sort());

  // In article order, the same statements.
  await page.getByRole('button', { name: 'Article order' }).click();
  const order = (await ids(page)).map((id) => ARTICLE.statements.findIndex((s) => s.id === id));
  expect(order).toHaveLength(4);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  await expect(page.locator('.word-note')).toBeVisible();

  // One word, or every statement with every word: no note.
  await searchBox(page).fill('chemical');
  await searchBox(page).press('Enter');
  await expect(count(page)).toHaveText('4 of 20 statements');
  await expect(page.locator('.word-note')).toHaveCount(0);
});

test('an empty result says which choices emptied it', async ({ page }) => {
  await open(page, '/?speaker=lavrov&topic=ukraine');
  await expect(count(page)).toHaveText('0 of 20 statements');
  await expect(page.locator('.empty-reason')).toHaveText('No statement by Sergey Lavrov is about Ukraine.');
  // The words are not the trouble: no suggestion.
  await expect(page.getByText(/^Did you mean/)).toHaveCount(0);

  await open(page, '/?stance=disputed&q=Zebra');
  await expect(page.locator('.empty-reason')).toHaveText('No statement has ‘Zebra’.');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expectSearch(page, '');

  await open(page, '/?speaker=lavrov&q=nuclear');
  await expect(page.locator('.empty-reason')).toHaveText('No statement by Sergey Lavrov has ‘nuclear’.');
});

test.describe('the article view follows the search', () => {
  const status = (page) => page.locator('.match-status');
  const announced = (page) => page.locator('.match-nav [aria-live="polite"]');

  test('it opens at the first match, marked, and Next and Previous step through them, wrapping around', async ({ page }) => {
    await open(page, '/?view=article&q=evidence');
    await expect(count(page)).toHaveText('2 of 20 statements');
    await expect(status(page)).toHaveText('Match 1 of 2');
    const first = page.locator('#match-1');
    await expect(first).toHaveText('evidence');
    await expect(first).toHaveJSProperty('tagName', 'MARK');
    await expect(first).toHaveClass(/is-current/);
    await expect(first).toBeInViewport();
    await expect(page.locator('.article-text mark')).toHaveCount(2);
    // Nothing announced before the reader steps.
    await expect(announced(page)).toHaveText('');

    // Keyboard: the buttons are real buttons, and the focus stays on Next.
    const next = page.getByRole('button', { name: 'Next match' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Match 2 of 2');
    const second = page.locator('#match-2');
    await expect(second).toHaveClass(/is-current/);
    await expect(first).not.toHaveClass(/is-current/);
    await expect(second).toBeInViewport();
    await expect(announced(page)).toHaveText(/^Match 2 of 2: .*evidence/);
    await expect(next).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Match 1 of 2');
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect(status(page)).toHaveText('Match 2 of 2');
  });

  test('the same folding as the cards, a new search starts again, and a link to a statement wins', async ({ page }) => {
    await open(page, `/?view=article&q=${encodeURIComponent('U.S')}`);
    await expect(page.locator('#match-1')).toHaveText('U.S');
    await searchBox(page).fill('chemical');
    await searchBox(page).press('Enter');
    await expect(status(page)).toHaveText(/^\d+ matches in the text$/);
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect(status(page)).toHaveText(/^Match 1 of \d+$/);
    await expect(page.locator('#match-1')).toHaveText('chemical');

    // A link to a statement opens there, not at the first match.
    await open(page, '/?view=article&q=attack#statement-lavrov-unlawful');
    await expect(page.locator('#in-article-lavrov-unlawful')).toBeInViewport();
    await expect(page.locator('#in-article-lavrov-unlawful mark')).toHaveText('attack');
    await expect(status(page)).toHaveText(/^\d+ matches in the text$/);
    await expect(page.locator('.article-text mark.is-current')).toHaveCount(0);
  });

  test('an embed opens where it is, so the story around it does not jump', async ({ page }) => {
    await open(page, '/?view=article&q=evidence&embed=1');
    await expect(status(page)).toHaveText('2 matches in the text');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('on a phone the steps are 44 px tall and stay in sight', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '/?view=article&q=attack');
    for (const name of ['Previous match', 'Next match']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    const next = page.getByRole('button', { name: 'Next match' });
    for (let i = 0; i < 4; i++) await next.click();
    await expect(status(page)).toHaveText(/^Match 5 of \d+$/);
    await expect(page.locator('#match-5')).toBeInViewport();
    await expect(next).toBeInViewport();
  });
});
