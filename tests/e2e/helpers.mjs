// Shared steps of the end-to-end tests.
import { expect } from '@playwright/test';

export const TOTAL = 20;

/** Opens the app at `path` and waits until it has taken over from the static markup. */
export async function open(page, path = '/') {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(path);
  await expect(page.locator('.view-switch')).toBeVisible();
  return problems;
}

/** The text of the one live region that counts the statements. */
export function count(page) {
  return page.getByRole('status');
}

// ---- Steps shared by filters.spec, reader.spec and a11y.spec ----

import { readFileSync } from 'node:fs';

/** The article the app is built from: what a reader should find on the page. */
export const ARTICLE = JSON.parse(readFileSync(new URL('../../data/article.json', import.meta.url), 'utf8'));

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A facet's checkbox by the value's name, whatever its count: "Syria (12)". */
export function option(page, name) {
  return page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)} \\(\\d+\\)$`) });
}

/** The label a reader clicks for a facet value, e.g. "Sergey Lavrov (7)". */
export function optionLabel(page, name) {
  return page.locator('label').filter({ hasText: new RegExp(`^${escapeRegExp(name)} \\(\\d+\\)$`) });
}

/** The facet's fieldset, found by its legend ("Speaker", "Topic", "Stance"). */
export function facet(page, legend) {
  return page.getByRole('group', { name: legend, exact: true });
}

/** The search field. */
export function searchBox(page) {
  return page.getByRole('searchbox', { name: 'Search statements' });
}

/** Waits until the address bar's query string is exactly `search` ('' for none). */
export async function expectSearch(page, search) {
  await expect.poll(() => new URL(page.url()).search, { message: `the URL's query should be "${search}"` }).toBe(search);
}

/** How many entries this tab's session history holds. */
export function historyLength(page) {
  return page.evaluate(() => history.length);
}

/** The statement cards on screen, by speaker heading, in order. */
export function cards(page) {
  return page.locator('article.card');
}

/** One statement's card, by the data's id (the `#statement-<id>` anchor readers share). */
export function card(page, id) {
  return page.locator(`#statement-${id}`);
}
