// Shared steps of the end-to-end tests.
import { expect } from '@playwright/test';

export const TOTAL = 20;

/** Opens the app at `path` and waits until it has taken over from the static markup. */
export async function open(page, path = '/') {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(path);
  await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
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

// ---- Embedding and hostile environments (embed.spec.mjs, hardening.spec.mjs) ----
import { APP_PORT, HOST_PORT } from './playwright.config.mjs';

/**
 * The app, the publisher's page that embeds it, and a stranger to both (the
 * server's third port). E2E_APP_PORT / E2E_HOST_PORT move them (see
 * playwright.config.mjs).
 */
const appPort = APP_PORT;
const hostPort = HOST_PORT;
export const APP_ORIGIN = `http://127.0.0.1:${appPort}`;
export const HOST_ORIGIN = `http://127.0.0.1:${hostPort}`;
export const THIRD_ORIGIN = `http://127.0.0.1:${hostPort + 1}`;

/**
 * Before any page script runs, in every frame: the top window records each
 * `message` it receives (`window.__qeMessages`), and every frame records its
 * uncaught errors and rejections (`window.__qeErrors`), which cross-origin
 * and sandboxed frames cannot report to the test any other way.
 */
export async function recordFrames(page) {
  await page.addInitScript(() => {
    window.__qeErrors = [];
    window.addEventListener('error', (e) => window.__qeErrors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => window.__qeErrors.push(`unhandled rejection: ${e.reason}`));
    if (window === window.top) {
      window.__qeMessages = [];
      window.addEventListener('message', (e) => {
        window.__qeMessages.push({ origin: e.origin, data: e.data, at: performance.now() });
      });
    }
  });
}

/** Whether a posted message is a height report, in either protocol. */
export function heightOf(data) {
  if (data && typeof data === 'object' && data.type === 'quote-explorer:height') return data.height;
  const pym = typeof data === 'string' && /^pymxPYMx.+xPYMxheightxPYMx(\d+)$/.exec(data);
  return pym ? Number(pym[1]) : null;
}

/** The height reports the host page received from `origin`, in order. */
export async function heightsFrom(page, origin) {
  const messages = await page.evaluate(() => window.__qeMessages);
  return messages.filter((m) => m.origin === origin && heightOf(m.data) !== null).map((m) => heightOf(m.data));
}

/** Waits until the host page has received no message for `ms`. */
export async function messagesSettle(page, ms = 400) {
  await expect.poll(async () => page.evaluate((ms) => {
    const list = window.__qeMessages;
    const last = list.length ? list[list.length - 1].at : 0;
    return performance.now() - last >= ms;
  }, ms), { intervals: [100] }).toBe(true);
}

/** The explorer inside the host page's iframe, once the app has started there. */
export async function embeddedApp(page, iframe = 'iframe') {
  const handle = await page.locator(iframe).elementHandle();
  const frame = await handle.contentFrame();
  await expect(frame.locator('.view-switch a[href]').first()).toBeVisible();
  return frame;
}

/** The iframe's height on the host page and the height of the document inside it. */
export async function frameSizes(page, frame, iframe = 'iframe') {
  const outer = await page.locator(iframe).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  return { iframe: outer, document: inner };
}

/** Waits until the iframe is as tall as the document inside it (within 2 px). */
export async function expectFitted(page, frame, iframe = 'iframe') {
  await expect.poll(async () => {
    const { iframe: outer, document: inner } = await frameSizes(page, frame, iframe);
    return Math.abs(outer - inner);
  }, { message: 'the iframe height follows the embedded document', intervals: [100, 100, 200] }).toBeLessThanOrEqual(2);
  return frameSizes(page, frame, iframe);
}

/** Opens the folded filters of the embed and ticks one value. */
export async function tickInEmbed(frame, name) {
  const toggle = frame.getByRole('button', { name: /^Filters/ });
  if (await toggle.getAttribute('aria-expanded') !== 'true') await toggle.click();
  await frame.getByRole('checkbox', { name }).check();
}
