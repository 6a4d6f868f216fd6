// The explorer embedded in a news page (issue 6): a host page on another
// origin (tests/e2e/hosts/, served on HOST_PORT) frames the app, and the
// iframe must follow the height of the document inside it, with the embed
// dialog's own snippet, with pym.js's Parent and inside a sandbox.
import { test, expect } from '@playwright/test';
import {
  APP_ORIGIN, HOST_ORIGIN, THIRD_ORIGIN, TOTAL, count, open,
  recordFrames, heightsFrom, messagesSettle, embeddedApp, expectFitted, frameSizes, tickInEmbed,
} from './helpers.mjs';

// The id the demo pages' code carries (the dialog's code for the default
// view, its random suffix fixed as "demo").
const EMBED_ID = 'qe-demo';

/** Uncaught errors in the host page and in every frame it holds. */
async function frameErrors(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...await frame.evaluate(() => window.__qeErrors || []).catch(() => []));
  }
  return all;
}

test.beforeEach(async ({ page }) => {
  await recordFrames(page);
});

test('the embed snippet sizes the iframe to the embedded page after load and after a filter change', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/demo.html`);
  const frame = await embeddedApp(page, `#${EMBED_ID}`);
  expect(new URL(frame.url()).searchParams.get('embedId')).toBe(EMBED_ID);

  await messagesSettle(page);
  const loaded = await expectFitted(page, frame, `#${EMBED_ID}`);
  const atLoad = await heightsFrom(page, APP_ORIGIN);
  expect(loaded.iframe, 'the iframe left its initial 900 px').not.toBe(900);
  expect(atLoad.at(-1)).toBe(Math.ceil(loaded.document));

  // Unfolding the filters is a height change of its own…
  await frame.getByRole('button', { name: /^Filters/ }).click();
  await messagesSettle(page);
  const unfolded = await expectFitted(page, frame, `#${EMBED_ID}`);
  const onUnfold = (await heightsFrom(page, APP_ORIGIN)).slice(atLoad.length);

  // …and so is one filter change.
  await tickInEmbed(frame, /^In a dispute \(\d+\)$/);
  await expect(count(frame)).toHaveText(/^\d+ of 20 statements$/);
  await messagesSettle(page);
  const filtered = await expectFitted(page, frame, `#${EMBED_ID}`);
  const onFilter = (await heightsFrom(page, APP_ORIGIN)).slice(atLoad.length + onUnfold.length);
  expect(filtered.iframe).not.toBe(unfolded.iframe);
  expect(onFilter, 'one filter change sends its one new height').toEqual([Math.ceil(filtered.document)]);

  console.log(`[embed] snippet: load ${JSON.stringify(atLoad)} (${atLoad.length} messages); ` +
    `unfolding the filters ${JSON.stringify(onUnfold)} (${onUnfold.length}); ticking "Disputed" ${JSON.stringify(onFilter)} (${onFilter.length}); ` +
    `document ${loaded.document} → ${unfolded.document} → ${filtered.document} px, iframe ${loaded.iframe} → ${unfolded.iframe} → ${filtered.iframe} px`);
  expect(await frameErrors(page)).toEqual([]);
});

test('the reported height follows the column width, not the frame\'s own height', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/demo.html`);
  const frame = await embeddedApp(page, `#${EMBED_ID}`);
  await messagesSettle(page);
  const before = await expectFitted(page, frame, `#${EMBED_ID}`);
  const sent = (await heightsFrom(page, APP_ORIGIN)).length;

  // The host makes the frame much taller than its content (a CMS's min-height).
  await page.locator(`#${EMBED_ID}`).evaluate((el) => { el.style.minHeight = '9000px'; });
  await page.waitForTimeout(500);
  const after = await frameSizes(page, frame, `#${EMBED_ID}`);
  expect(after.iframe).toBe(9000);
  expect(after.document, 'no 100vh or growing margin in embed mode').toBe(before.document);
  expect(await heightsFrom(page, APP_ORIGIN)).toHaveLength(sent);

  // A narrower column wraps the text: the ResizeObserver reports it.
  await page.locator(`#${EMBED_ID}`).evaluate((el) => { el.style.minHeight = ''; el.style.width = '320px'; });
  await messagesSettle(page);
  const narrow = await expectFitted(page, frame, `#${EMBED_ID}`);
  expect(narrow.document).toBeGreaterThan(before.document);
  expect((await heightsFrom(page, APP_ORIGIN)).length).toBeGreaterThan(sent);
});

test('the real pym.js Parent resizes the iframe after load and after a filter change', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/pym.html`);
  const frame = await embeddedApp(page, `#${EMBED_ID} iframe`);
  const url = new URL(frame.url());
  expect(url.searchParams.get('childId'), 'pym.js named its child').toBe(EMBED_ID);

  await messagesSettle(page);
  const loaded = await expectFitted(page, frame, `#${EMBED_ID} iframe`);
  const raw = (await page.evaluate(() => window.__qeMessages)).filter((m) => m.origin === APP_ORIGIN).map((m) => m.data);
  expect(raw.length).toBeGreaterThan(0);
  for (const message of raw) expect(message).toMatch(new RegExp(`^pymxPYMx${EMBED_ID}xPYMxheightxPYMx\\d+$`));
  const atLoad = await heightsFrom(page, APP_ORIGIN);

  await frame.getByRole('button', { name: /^Filters/ }).click();
  await messagesSettle(page);
  await expectFitted(page, frame, `#${EMBED_ID} iframe`);
  const beforeFilter = (await heightsFrom(page, APP_ORIGIN)).length;
  await tickInEmbed(frame, /^In a dispute \(\d+\)$/);
  await messagesSettle(page);
  const filtered = await expectFitted(page, frame, `#${EMBED_ID} iframe`);
  expect(filtered.iframe).not.toBe(loaded.iframe);
  const onFilter = (await heightsFrom(page, APP_ORIGIN)).slice(beforeFilter);
  expect(onFilter).toEqual([Math.ceil(filtered.document)]);
  console.log(`[embed] pym.js: load ${JSON.stringify(atLoad)} (${atLoad.length} messages); ticking "Disputed" ${JSON.stringify(onFilter)} (${onFilter.length})`);
  expect(await frameErrors(page)).toEqual([]);
});

test('inside sandbox="allow-scripts" the embed is styled, filters work and heights still arrive', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${HOST_ORIGIN}/sandboxed.html`);
  const frame = await embeddedApp(page, `#${EMBED_ID}`);
  expect(await frame.evaluate(() => window.origin), 'the frame has an opaque origin').toBe('null');
  // The app's stylesheet applies (it is not blocked as a cross-origin resource).
  expect(await frame.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  await expect(frame.locator('.embed-title a')).toHaveCSS('font-weight', '700');

  await messagesSettle(page);
  await expectFitted(page, frame, `#${EMBED_ID}`);
  const atLoad = await heightsFrom(page, 'null');
  expect(atLoad.length, 'heights arrive from the opaque origin').toBeGreaterThan(0);

  await tickInEmbed(frame, /^In a dispute \(\d+\)$/);
  await expect(count(frame)).toHaveText(/^\d+ of 20 statements$/);
  await expect(frame.locator('article.card.stance-disputed')).toHaveCount(await frame.locator('article.card').count());
  await tickInEmbed(frame, /^Syria \(\d+\)$/);
  await expect(frame.locator('.chip')).toHaveCount(2);
  await messagesSettle(page);
  await expectFitted(page, frame, `#${EMBED_ID}`);
  expect((await heightsFrom(page, 'null')).length).toBeGreaterThan(atLoad.length);
  expect(await frameErrors(page)).toEqual([]);
  console.log(`[embed] sandboxed: heights ${JSON.stringify(await heightsFrom(page, 'null'))}; warnings: ${JSON.stringify(warnings.filter((w) => w.startsWith('Quote Explorer')))}`);
});

test('the embed snippet ignores height messages from a third origin', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/demo.html`);
  const frame = await embeddedApp(page, `#${EMBED_ID}`);
  await messagesSettle(page);
  const before = await expectFitted(page, frame, `#${EMBED_ID}`);

  await page.evaluate((src) => {
    const stranger = document.createElement('iframe');
    stranger.src = src;
    stranger.title = 'advertisement';
    document.body.append(stranger);
  }, `${THIRD_ORIGIN}/third-origin.html?height=4321`);
  // The forged messages did reach the host page…
  await expect.poll(async () => (await heightsFrom(page, THIRD_ORIGIN)).length).toBe(3);
  await messagesSettle(page);
  // …and changed nothing.
  const after = await frameSizes(page, frame, `#${EMBED_ID}`);
  expect(after.iframe).toBe(before.iframe);
  expect(Math.abs(after.iframe - after.document)).toBeLessThanOrEqual(2);
});

test('the embed snippet ignores messages of the wrong shape, even from the explorer frame', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/demo.html`);
  const frame = await embeddedApp(page, `#${EMBED_ID}`);
  await messagesSettle(page);
  const before = await expectFitted(page, frame, `#${EMBED_ID}`);
  const received = (await page.evaluate(() => window.__qeMessages)).length;

  await frame.evaluate(() => {
    for (const message of [
      { type: 'quote-explorer:size', height: 4321 },
      { type: 'quote-explorer:height', height: '4321px' },
      { height: 4321 },
      '{"type":"quote-explorer:height","height":4321}',
      null,
    ]) window.parent.postMessage(message, '*');
  });
  await expect.poll(async () => (await page.evaluate(() => window.__qeMessages)).length).toBe(received + 5);
  await page.waitForTimeout(100);
  expect((await frameSizes(page, frame, `#${EMBED_ID}`)).iframe).toBe(before.iframe);
});

test('embed mode is compact: no masthead, a title link and an "Open the full explorer" link that open new tabs', async ({ page }) => {
  const problems = await open(page, '/?topic=syria&embed=1&embedId=story-7');
  await expect(page.locator('.masthead')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  const filters = page.getByRole('button', { name: /^Filters/ });
  await expect(filters, 'the filters fold behind one button').toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: /^Disputed/ })).toBeHidden();

  const fullView = `${APP_ORIGIN}/?topic=syria`;
  const title = page.locator('.embed-title a');
  await expect(title).toHaveText(/Tillerson Meets Putin/);
  const footer = page.getByRole('link', { name: /Open the full explorer/ });
  for (const link of [title, footer]) {
    await expect(link).toHaveAttribute('href', fullView);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  }
  // Every link that leaves the embed opens a new tab; the ones that stay are
  // its own views and statements (in embed mode, embed=1).
  const leaving = await page.locator('#app a[href]').evaluateAll((links) => links
    .filter((a) => new URL(a.href).searchParams.get('embed') !== '1')
    .map((a) => ({ href: a.href, target: a.target, rel: a.rel })));
  expect(leaving.length).toBeGreaterThanOrEqual(2);
  for (const link of leaving) {
    expect(link.target, link.href).toBe('_blank');
    expect(link.rel, link.href).toMatch(/\bnoopener\b/);
  }
  const [popup] = await Promise.all([page.waitForEvent('popup'), footer.click()]);
  expect(popup.url()).toBe(fullView);
  expect(page.url()).toContain('embed=1');
  expect(problems).toEqual([]);
});

test('the embed dialog shows the iframe, sandboxed and pym.js code for the current view, and each copy button copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await open(page, '/?topic=syria');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();

  const iframe = await dialog.getByLabel('Iframe with resize script').inputValue();
  const sandboxed = await dialog.getByLabel(/^Sandboxed iframe/).inputValue();
  const pym = await dialog.getByLabel('For pages that use pym.js').inputValue();
  const id = /^<iframe id="(qe-syria-[0-9a-z]+)"/.exec(iframe)?.[1];
  expect(id, 'the id names the view').toBeTruthy();
  expect(iframe).toContain(`src="${APP_ORIGIN}/?topic=syria&amp;embed=1&amp;embedId=${id}"`);
  expect(iframe).toContain('loading="lazy" style="width:100%;border:0"');
  expect(iframe).toContain(`event.origin !== "${APP_ORIGIN}"`);
  expect(iframe).toContain('event.source !== frame.contentWindow');
  expect(iframe.split('\n').length).toBeLessThan(20);
  expect(sandboxed).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
  expect(sandboxed).toContain('event.origin !== "null"');
  expect(pym).toContain(`<div id="${id}"></div>`);
  expect(pym).toContain(`new pym.Parent(el.id, "${APP_ORIGIN}/?topic=syria&embed=1"`);

  const copies = dialog.getByRole('button', { name: 'Copy code' });
  await expect(copies).toHaveCount(3);
  const ids = new Set();
  for (const [i, label] of [[0, 'Iframe with resize script'], [1, /^Sandboxed iframe/], [2, 'For pages that use pym.js']]) {
    const code = await dialog.getByLabel(label).inputValue();
    await copies.nth(i).click();
    await expect(dialog.locator('.copy-status').nth(i)).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    ids.add(/id="([^"]+)"/.exec(code)[1]);
  }
  expect(ids.size, 'each copy gets an id of its own').toBe(3);
});

test('the demo host pages carry the embed dialog code verbatim', async ({ page, request }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  // The demo pages are written for the app at 127.0.0.1:8090 (embed-loader.js
  // re-points them), with the id's random suffix fixed as "demo".
  const asInDemo = (code) => code.replace(/qe-[0-9a-z]+/g, EMBED_ID).replaceAll(APP_ORIGIN, 'http://127.0.0.1:8090');
  const iframe = asInDemo(await dialog.getByLabel('Iframe with resize script').inputValue());
  const sandboxed = asInDemo(await dialog.getByLabel(/^Sandboxed iframe/).inputValue());
  const pym = asInDemo(await dialog.getByLabel('For pages that use pym.js').inputValue());
  const demo = await (await request.get(`${HOST_ORIGIN}/demo.html`)).text();
  const sandboxedPage = await (await request.get(`${HOST_ORIGIN}/sandboxed.html`)).text();
  const pymPage = await (await request.get(`${HOST_ORIGIN}/pym.html`)).text();
  expect(demo).toContain(iframe);
  expect(sandboxedPage).toContain(sandboxed);
  expect(pymPage).toContain(pym);
});

test('the build served under /interactives/quotes/ works and links to that path', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  const base = `${APP_ORIGIN}/interactives/quotes/`;
  const problems = await open(page, base);
  await expect(page.locator('article.card')).toHaveCount(TOTAL);
  await expect(count(page)).toHaveText(`${TOTAL} statements`);

  await page.getByRole('checkbox', { name: /^Syria \(\d+\)$/ }).check();
  await expect(page).toHaveURL(`${base}?topic=syria`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-link')).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}?topic=syria`);

  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  expect(await dialog.getByLabel('Iframe with resize script').inputValue())
    .toMatch(new RegExp(`src="${base.replace(/[.?]/g, '\\$&')}\\?topic=syria&amp;embed=1&amp;embedId=qe-syria-[0-9a-z]+"`));
  expect(await dialog.getByLabel('For pages that use pym.js').inputValue())
    .toContain(`"${base}?topic=syria&embed=1"`);
  expect(failed).toEqual([]);
  expect(problems).toEqual([]);
});
