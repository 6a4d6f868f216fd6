// Every way in is right from its first paint, and no tap is lost: a shared
// filtered link, an embed and a link to one statement never paint a card of
// another view (sampled at every animation frame from navigation until the
// app is interactive, the CPU throttled 4×), and what a reader ticks or
// types before the app has started is what the app shows once it has.
import { test, expect } from '@playwright/test';
import { count, cards, expectSearch } from './helpers.mjs';

/** The statements shown on screen: the cards and the marked passages of
 * the article view. */
function shownStatements(onScreen) {
  return [...document.querySelectorAll('article.card, [id^="in-article-"]')]
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return !onScreen || (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && e.checkVisibility());
    })
    .map((e) => e.dataset.statementId || (e.id.startsWith('in-article-') ? e.id.slice(11)
      : decodeURIComponent(e.getAttribute('href')).replace(/^.*#statement-/, '')));
}

/** Records, at every animation frame, the statements on screen. */
function sampleFrames(shown) {
  window.__frames = [];
  const sample = () => {
    window.__frames.push(shown(true));
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

// The app at the site's root, and the same story published by `qe publish`
// into a folder of a site that shares the app (scripts/dev.sh test).
const BASES = ['/', '/site/tillerson/'];
const WAYS_IN = ['?topic=syria&stance=disputed', '?embed=1&topic=ukraine', '?speaker=lavrov#statement-lavrov-unlawful', '?q=evidence&view=article'];

for (const path of BASES.flatMap((base) => WAYS_IN.map((way) => base + way))) {
  test(`${path}: no frame from navigation to interactive shows a card of another view (4× throttle)`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Tall enough that the first cards are on screen below the overview.
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.addInitScript(`(${sampleFrames})(${shownStatements})`);
    await page.goto(path);
    await expect(page.locator('.view-switch a[href]').first()).toBeVisible({ timeout: 20_000 });
    // The view's own statements, as the app shows them once it runs.
    await page.waitForTimeout(300);
    const view = new Set(await page.evaluate(`(${shownStatements})(false)`));
    const frames = await page.evaluate(() => window.__frames);
    expect(frames.length).toBeGreaterThan(3);
    // Frames before the app drew the view did show something: the test sees.
    expect(frames.filter((ids) => ids.length > 0).length).toBeGreaterThan(0);
    const strays = frames.flatMap((ids, frame) => ids.filter((id) => !view.has(id)).map((id) => `frame ${frame}: ${id}`));
    expect(strays).toEqual([]);
  });
}

for (const base of BASES) test(`${base}: a checkbox ticked and a search typed before the app starts are the view, the count and the URL once it has`, async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/init.js', async (route) => { await held; await route.continue(); });
  // Not waiting for `load`: it waits for the held module script.
  await page.goto(`${base}?stance=disputed`, { waitUntil: 'commit' });
  // The static page: live controls, the URL's filters already ticked.
  const disputed = page.locator('#f-stance-disputed');
  await expect(disputed).toBeChecked();
  await page.locator('label[for="f-speaker-lavrov"]').click();
  await page.locator('#q').fill('evidence');
  release();
  await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
  await expectSearch(page, '?speaker=lavrov&stance=disputed&q=evidence');
  await expect(count(page)).toHaveText('1 of 20 statements');
  await expect(cards(page)).toHaveAttribute('id', 'statement-lavrov-no-evidence');
  await expect(page.getByRole('searchbox', { name: 'Search statements' })).toHaveValue('evidence');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filter panel opened and a side heading pressed before the app starts stay so once it has', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/init.js', async (route) => { await held; await route.continue(); });
    await page.goto('/', { waitUntil: 'commit' });
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Russia: select all' }).click();
    release();
    await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
    await expectSearch(page, '?speaker=lavrov,russian-officials');
    await expect(count(page)).toHaveText('8 of 20 statements');
    await expect(page.getByRole('button', { name: /^Filters \(2 active\)/ })).toHaveAttribute('aria-expanded', 'true');
  });
});

test('when the app cannot start, a filtered link shows the statements and says why, not a placeholder', async ({ page }) => {
  await page.route('**/init.js', (route) => route.abort());
  await page.goto('/?topic=syria');
  await expect(page.getByRole('alert')).toContainText('could not start');
  await expect(page.locator('article.card').first()).toBeVisible();
  await expect(page.getByText('Loading this view…')).toBeHidden();
});

test('the default view is painted whole from the first frame: no placeholder', async ({ page }) => {
  await page.route('**/init.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('article.card').first()).toBeVisible();
  await expect(page.getByText('Loading this view…')).toBeHidden();
});

test('the wasm is fetched once, by the preload, and compiled while the page is parsed', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) fetched.push(request.url()); });
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text()); });
  await page.goto('/?topic=syria');
  await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
  // boot.js's compile, which init.js took: a module, not a fetch of its own.
  expect(await page.evaluate(async () => (await window.qeWasm) instanceof WebAssembly.Module)).toBe(true);
  expect(fetched).toHaveLength(1);
  expect(warnings.filter((w) => /preloaded|not used|instantiateStreaming/.test(w))).toEqual([]);
});

for (const base of BASES) test(`${base}: when the early compile fails (the wasm served as text), the app fetches and starts it itself`, async ({ page }) => {
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
  });
  await page.goto(`${base}?speaker=lavrov`);
  await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
  expect(await page.evaluate(async () => window.qeWasm && await window.qeWasm)).toBe(null);
  const before = await count(page).textContent();
  await page.locator('#f-speaker-tillerson').check();
  await expectSearch(page, '?speaker=tillerson,lavrov');
  await expect(count(page)).not.toHaveText(before);
});
