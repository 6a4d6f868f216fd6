// The explorer built for another newsroom's article: the invented fixture
// in tests/fixtures/other-article/ (a spreadsheet folder) and its JSON twin
// (other-article.json), each published by `qe publish` into one site with
// the default app (scripts/dev.sh test) and served under
// /site/other-article/ and /site/other-article-json/. The page is that article's
// alone: its four sides with their labels and colours, its topics, its
// provenance, and not one word of the default story.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { open, count, option, expectSearch } from './helpers.mjs';

const SIDES = ['Northport', 'Ferry company', 'Southbay', 'Residents'];
const DEFAULT_STORY = /Tillerson|Lavrov|Putin|Russia|U\.S\.|Syria|Moscow|Ukraine|North Korea/;

for (const base of ['/site/other-article/', '/site/other-article-json/']) {
  test(`${base}: its sides head the speaker filter in their own colours, and a side heading selects its speakers`, async ({ page }) => {
    await open(page, base);
    await expect(count(page)).toHaveText('7 statements');
    const headings = page.locator('.side-heading');
    await expect(headings).toHaveText(SIDES);
    for (const side of SIDES) await expect(page.getByRole('button', { name: `${side}: select all` })).toBeVisible();
    const colours = await headings.evaluateAll((els) => els.map((e) => getComputedStyle(e).color));
    expect(new Set(colours).size, `four colours: ${colours}`).toBe(4);
    const borders = await page.locator('.card').evaluateAll((els) => els.map((e) => getComputedStyle(e).borderLeftColor));
    expect(new Set(borders).size).toBe(4);

    await page.getByRole('button', { name: 'Southbay: select all' }).click();
    await expect(count(page)).toHaveText('2 of 7 statements');
    await expectSearch(page, '?speaker=ortiz');
    await expect(page.getByRole('button', { name: 'Southbay: clear all' })).toHaveAttribute('aria-pressed', 'true');
    await option(page, 'Safety').check();
    await expect(count(page)).toHaveText('1 of 7 statements');
    // The address follows after the frame is painted: Back once it has.
    await expectSearch(page, '?speaker=ortiz&topic=safety');
    await page.goBack();
    await expect(count(page)).toHaveText('2 of 7 statements');
    await page.goBack();
    await expect(count(page)).toHaveText('7 statements');
  });

  test(`${base}: answers say whether they dispute or confirm, and the provenance is the article's`, async ({ page }) => {
    await open(page, base);
    const counts = page.locator('#statement-ortiz-counts');
    await expect(counts.locator('.responds')).toHaveText(/^Confirms Olaf Wen: /);
    await expect(page.locator('#statement-wen-few-passengers .answered')).toHaveText(/^Confirmed by Nell Ortiz: /);
    await expect(page.locator('#statement-wen-few-passengers .responds')).toHaveText(/^Disputes Ida Brandt: /);
    await expect(page.locator('#statement-brandt-stranded .answered')).toHaveText(/^Disputed by Olaf Wen: /);
    await expect(page.locator('.byline')).toHaveText('By Ana Ruiz · The Harbour Gazette (invented for tests) · 5 March 2024 · Original article ↗');
    await expect(page.locator('.byline a')).toHaveAttribute('href', 'https://news.example/harbour-ferry');
    // No place or date of the events in the data: no dateline.
    await expect(page.locator('.dateline')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toContainText('Statements from “Harbour Towns Split Over Ferry Timetable”, The Harbour Gazette (invented for tests), by Ana Ruiz, published 5 March 2024.');
    await expect(page.getByRole('searchbox', { name: 'Search statements' })).toHaveAttribute('placeholder', 'e.g. Timetable, Brandt');
  });

  test(`${base}: no word of the default story, in the page, its title, meta or share image`, async ({ page, request }) => {
    const html = await (await request.get(base)).text();
    expect(html).not.toMatch(DEFAULT_STORY);
    expect(html).not.toContain('preview.png');
    await open(page, base);
    expect(await page.locator('body').innerText()).not.toMatch(DEFAULT_STORY);
    const attributes = await page.evaluate(() => [...document.querySelectorAll('*')]
      .flatMap((e) => [...e.attributes].map((a) => a.value)).join(' '));
    expect(attributes).not.toMatch(DEFAULT_STORY);
    expect(await page.title()).toBe('Harbour Towns Split Over Ferry Timetable · Quote Explorer');
  });

  test(`${base}: axe finds no WCAG 2.2 AA violation, light and dark`, async ({ page }) => {
    await open(page, base);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });

  test(`${base}: the editor's words for a statement nobody answers, on its card, in the filter and the legend; each answer and claim says its direction`, async ({ page }) => {
    await open(page, base);
    const unanswered = page.locator('.card.stance-unchallenged');
    await expect(unanswered).toHaveCount(1);
    await expect(unanswered.locator('.stance-badge')).toHaveText('–No reply in the report');
    await expect(option(page, 'No reply in the report')).toHaveAccessibleName('No reply in the report (1)');
    await expect(page.getByRole('list', { name: 'What the stance words mean' })).toContainText('No reply in the report:');
    expect(await page.locator('body').innerText()).not.toMatch(/unchallenged|No response reported/i);
    // Every answer's card says what it does; every claim's what happened to it.
    for (const badge of await page.locator('.card .stance-badge').allTextContents()) {
      expect(badge).toMatch(/^\S+(Agreed|Disputed|(Disputes|Confirms|Disputed by|Confirmed by) .+|No reply in the report)$/);
    }
    const rows = page.getByRole('region', { name: 'At a glance' }).locator('.exchange-row');
    expect(await rows.count()).toBeGreaterThan(0);
  });
}
