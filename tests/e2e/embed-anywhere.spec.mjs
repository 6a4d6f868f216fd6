// Embeds a newsroom can put anywhere (issue 14): the Embed dialog's code,
// pasted as a CMS would into a story page on another origin (HOST_ORIGIN),
// several times over, sandboxed without CORS, in the host's own look.
import { test, expect } from '@playwright/test';
import {
  APP_ORIGIN, HOST_ORIGIN, open, recordFrames, heightsFrom, messagesSettle, frameSizes,
} from './helpers.mjs';

const PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

/** Opens the app at `path`, sets the dialog's options, and returns the code under `label`. */
async function dialogCode(page, path, label, choose = async () => {}) {
  await open(page, path);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await choose(dialog);
  return dialog.getByLabel(label).inputValue();
}

/**
 * A story page on the host origin with `codes` pasted into a column of
 * `width` px, written as a CMS would (parsed with the page, scripts inline;
 * the host server's blank page, so the browser counts it as a local page
 * allowed to frame the local app); pym.js from the host server instead of
 * its CDN.
 */
async function story(page, codes, width = 640) {
  const body = codes.map((code) => `<p>A paragraph of the story.</p>\n${code.replaceAll(PYM_CDN, '/pym.v1.min.js')}`).join('\n');
  await page.goto(`${HOST_ORIGIN}/blank.html`);
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A story</title>` +
    `<style>body{margin:0;font:18px/1.6 Georgia,serif}.column{width:${width}px;margin:0 auto}</style>` +
    // Writing the page drops recordFrames' listener: the story records the messages it gets itself.
    `<script>window.__qeMessages = []; addEventListener('message', function (e) { __qeMessages.push({ origin: e.origin, data: e.data, at: performance.now() }); });</script></head>` +
    `<body><main class="column">${body}<p>The end of the story.</p></main></body></html>`);
}

/** Every explorer frame on the page, once its app has started. */
async function startedFrames(page, count) {
  const frames = page.locator('main iframe');
  await expect(frames).toHaveCount(count);
  const started = [];
  for (let i = 0; i < count; i++) {
    const frame = await (await frames.nth(i).elementHandle()).contentFrame();
    await expect(frame.locator('.view-switch a[href]').first()).toBeVisible();
    started.push(frame);
  }
  return started;
}

/** Each frame's height and its document's, once each fits within 2 px. */
async function fittedSizes(page, frames) {
  await messagesSettle(page);
  const sizes = [];
  for (let i = 0; i < frames.length; i++) {
    const selector = `main iframe >> nth=${i}`;
    await expect.poll(async () => {
      const { iframe, document } = await frameSizes(page, frames[i], selector);
      return Math.abs(iframe - document);
    }, { message: `frame ${i + 1} of ${frames.length} fits its content` }).toBeLessThanOrEqual(2);
    sizes.push(await frameSizes(page, frames[i], selector));
  }
  return sizes;
}

const show = (sizes) => sizes.map((s) => `${s.iframe}/${Math.round(s.document)}`).join(', ');

test.beforeEach(async ({ page }) => {
  await recordFrames(page);
});

test('two snippets of different views on one page each size to their own content', async ({ page }) => {
  const syria = await dialogCode(page, '/?topic=syria', 'Iframe with resize script');
  const ukraine = await dialogCode(page, '/?topic=ukraine', 'Iframe with resize script');
  await story(page, [syria, ukraine]);
  const frames = await startedFrames(page, 2);
  expect(new URL(frames[0].url()).searchParams.get('topic')).toBe('syria');
  expect(new URL(frames[1].url()).searchParams.get('topic')).toBe('ukraine');
  const sizes = await fittedSizes(page, frames);
  for (const size of sizes) expect(size.iframe, 'no frame stays at 900 px').not.toBe(900);
  expect(sizes[0].iframe).not.toBe(sizes[1].iframe);
  console.log(`[embed-anywhere] two views (iframe/document px): ${show(sizes)}`);
});

test('three snippets, the same one pasted twice, each size to their own content and follow their own filters', async ({ page }) => {
  const syria = await dialogCode(page, '/?topic=syria', 'Iframe with resize script');
  const ukraine = await dialogCode(page, '/?topic=ukraine', 'Iframe with resize script');
  await story(page, [syria, ukraine, syria]);
  const frames = await startedFrames(page, 3);
  const before = await fittedSizes(page, frames);
  expect(before[2].iframe).toBe(before[0].iframe);

  // The reader unfolds the filters in the second copy of the Syria view:
  // only that frame grows.
  await frames[2].getByRole('button', { name: /^Filters/ }).click();
  const after = await fittedSizes(page, frames);
  expect(after[2].iframe).toBeGreaterThan(before[2].iframe + 100);
  expect(after[0].iframe).toBe(before[0].iframe);
  expect(after[1].iframe).toBe(before[1].iframe);
  console.log(`[embed-anywhere] three snippets (iframe/document px): ${show(before)}; after unfolding the third's filters: ${show(after)}`);
});

test('the pym.js snippet pasted twice gives each frame its own id and height', async ({ page }) => {
  const code = await dialogCode(page, '/?topic=syria', 'For pages that use pym.js');
  const ukraine = await dialogCode(page, '/?topic=ukraine', 'For pages that use pym.js');
  await story(page, [code, ukraine, code]);
  const frames = await startedFrames(page, 3);
  const ids = frames.map((f) => new URL(f.url()).searchParams.get('childId'));
  expect(new Set(ids).size, `pym.js child ids ${ids}`).toBe(3);
  await frames[2].getByRole('button', { name: /^Filters/ }).click();
  const sizes = await fittedSizes(page, frames);
  expect(sizes[2].iframe).toBeGreaterThan(sizes[0].iframe + 100);
  console.log(`[embed-anywhere] pym.js twice + another view (iframe/document px): ${show(sizes)}`);
});

test('a sandboxed frame from a host without CORS shows the notice in the embed layout and reports its height', async ({ page }) => {
  // The dialog of the build served without CORS headers (the server's /no-cors/).
  const code = await dialogCode(page, '/no-cors/?topic=syria', /^Sandboxed iframe/);
  expect(code).toContain(`src="${APP_ORIGIN}/no-cors/?topic=syria&amp;embed=1`);
  await story(page, [code], 320);
  const frame = await (await page.locator('main iframe').elementHandle()).contentFrame();
  const notice = frame.getByRole('alert');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not start');
  expect(await frame.evaluate(() => window.origin), 'an opaque origin').toBe('null');
  // The embed layout, not the full page: no masthead tools, the first five cards.
  expect(await frame.evaluate(() => document.documentElement.className)).toContain('qe-embed');
  await expect(frame.locator('.tools')).toBeHidden();
  await expect(frame.locator('article.card:visible')).toHaveCount(5);
  await expect(frame.getByRole('button', { name: 'Show all 20' })).toBeVisible();

  await messagesSettle(page);
  const heights = await heightsFrom(page, 'null');
  expect(heights.length).toBeGreaterThan(0);
  const [fitted] = await fittedSizes(page, [frame]);
  expect(fitted.iframe).toBe(heights.at(-1));

  // Its "Show all" works without the app, and the height follows.
  await frame.getByRole('button', { name: 'Show all 20' }).click();
  await expect(frame.locator('article.card:visible')).toHaveCount(20);
  const [all] = await fittedSizes(page, [frame]);
  expect(all.iframe).toBeGreaterThan(fitted.iframe + 1000);
  console.log(`[embed-anywhere] sandboxed without CORS: heights ${JSON.stringify(await heightsFrom(page, 'null'))}; fitted ${show([fitted])} → all cards ${show([all])}`);
});

test('without WebAssembly a filtered embed shows the notice in the embed layout and reports its height', async ({ page }) => {
  const code = await dialogCode(page, '/?topic=syria', 'Iframe with resize script');
  // In every frame from now on: a browser without WebAssembly.
  await page.addInitScript(() => { delete window.WebAssembly; });
  await story(page, [code], 320);
  const frame = await (await page.locator('main iframe').elementHandle()).contentFrame();
  await expect(frame.getByRole('alert')).toContainText('could not start');
  expect(await frame.evaluate(() => document.documentElement.className)).toContain('qe-embed');
  await expect(frame.locator('article.card:visible')).toHaveCount(5);
  const [fitted] = await fittedSizes(page, [frame]);
  const heights = await heightsFrom(page, APP_ORIGIN);
  expect(heights.at(-1)).toBe(fitted.iframe);
  console.log(`[embed-anywhere] no WebAssembly, ?topic=syria at 320 px: heights ${JSON.stringify(heights)}; fitted ${show([fitted])}`);
});

for (const [what, blocked] of [['the wasm', /_bg\.wasm$/], ['the module script', /\/init\.js$/]]) {
  test(`when ${what} fails to load, the embed shows the notice in its layout and reports its height`, async ({ page }) => {
    const code = await dialogCode(page, '/?topic=ukraine', 'Iframe with resize script');
    await page.route(blocked, (route) => route.abort('failed'));
    await story(page, [code], 320);
    const frame = await (await page.locator('main iframe').elementHandle()).contentFrame();
    await expect(frame.getByRole('alert')).toContainText('could not start');
    expect(await frame.evaluate(() => document.documentElement.className)).toContain('qe-embed');
    const [fitted] = await fittedSizes(page, [frame]);
    expect((await heightsFrom(page, APP_ORIGIN)).at(-1)).toBe(fitted.iframe);
    console.log(`[embed-anywhere] ${what} not loaded, ?topic=ukraine at 320 px: heights ${JSON.stringify(await heightsFrom(page, APP_ORIGIN))}; fitted ${show([fitted])}`);
  });
}

test('links out of the sandboxed variant open a new tab that is not sandboxed', async ({ page }) => {
  const code = await dialogCode(page, '/?topic=syria', /^Sandboxed iframe/);
  await story(page, [code]);
  const [frame] = await startedFrames(page, 1);
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    frame.getByRole('link', { name: /Open the full explorer/ }).click(),
  ]);
  await expect(popup).toHaveURL(`${APP_ORIGIN}/?topic=syria`);
  await expect(popup.locator('.view-switch a[href]').first()).toBeVisible();
  expect(await popup.evaluate(() => window.origin), 'the new tab escaped the sandbox').toBe(APP_ORIGIN);
});

/** The dialog's preview frame at `width`, and its height attribute once it has settled. */
async function previewHeight(dialog, width) {
  const preview = dialog.getByTitle(`Preview of the embed, ${width} px wide`);
  let last = null;
  await expect.poll(async () => {
    const now = Number(await preview.getAttribute('height'));
    const settled = now === last && now !== 600;
    last = now;
    return settled;
  }, { intervals: [300] }).toBe(true);
  return last;
}

async function previewFrame(dialog, width) {
  const handle = await dialog.getByTitle(`Preview of the embed, ${width} px wide`).elementHandle();
  const frame = await handle.contentFrame();
  await expect(frame.locator('.view-switch a[href]').first()).toBeVisible();
  return frame;
}

test('each option changes the code, the look and the height of the preview', async ({ page }) => {
  await open(page, '/?topic=syria');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const code = () => dialog.getByLabel('Iframe with resize script').inputValue();
  const src = async () => new URL((/src="([^"]+)"/.exec(await code()))[1].replaceAll('&amp;', '&'));

  // The defaults: light, five cards and "Show all", the filters.
  expect((await src()).search).toMatch(/^\?topic=syria&embed=1&embedId=qe-syria-[0-9a-z]+$/);
  let frame = await previewFrame(dialog, 320);
  const light = await previewHeight(dialog, 320);
  expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
  await expect(frame.locator('article.card')).toHaveCount(5);
  await expect(frame.getByRole('button', { name: /^Show all \d+$/ })).toBeVisible();
  await expect(frame.getByRole('button', { name: /^Filters/ })).toBeVisible();
  const log = [`default ${light}`];

  const options = [
    ['Transparent background', 'background=transparent', async (f) => {
      expect(await f.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    }, false],
    // Dark on a transparent background: light text, still no background.
    ['Dark', 'theme=dark', async (f) => {
      expect(await f.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
      expect(await f.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(236, 236, 236)');
    }, false],
    ['3', 'cards=3', async (f) => {
      await expect(f.locator('article.card')).toHaveCount(3);
    }, true],
    ['All', 'cards=all', async (f) => {
      await expect(f.locator('article.card')).toHaveCount(Number((await f.getByRole('status').textContent()).split(' ')[0]));
      await expect(f.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
    }, true],
    ['Show the filter panel', 'controls=0', async (f) => {
      await expect(f.getByRole('button', { name: /^Filters/ })).toBeHidden();
    }, true],
  ];
  let height = light;
  for (const [label, param, looks, changesHeight] of options) {
    const choice = dialog.getByLabel(label, { exact: true });
    // The filter panel is on by default: its checkbox is the one unticked.
    if (label === 'Show the filter panel') await choice.uncheck(); else await choice.check();
    await expect.poll(async () => (await src()).search).toContain(param);
    frame = await previewFrame(dialog, 320);
    await expect.poll(async () => frame.url()).toContain(param);
    await looks(frame);
    const now = await previewHeight(dialog, 320);
    if (changesHeight) expect(now, `${label} changes the height`).not.toBe(height);
    log.push(`${param} ${now}`);
    height = now;
  }
  // "Match the reader's setting" follows the reader's system: light here,
  // then dark.
  await dialog.getByLabel("Match the reader's setting").check();
  await expect.poll(async () => (await src()).search).toContain('theme=auto');
  frame = await previewFrame(dialog, 320);
  await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(27, 27, 27)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(236, 236, 236)');
  expect((await src()).search).toMatch(/&theme=auto&background=transparent&cards=all&controls=0$/);
  console.log(`[embed-anywhere] preview heights at 320 px: ${log.join(', ')}`);
});

test('the preview at 320 and 640 px is as tall as the real embed in a column that wide', async ({ page }) => {
  await open(page, '/?stance=disputed');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByLabel('3', { exact: true }).check();
  await previewFrame(dialog, 320);
  await previewFrame(dialog, 640);
  const previews = { 320: await previewHeight(dialog, 320), 640: await previewHeight(dialog, 640) };
  const code = await dialog.getByLabel('Iframe with resize script').inputValue();
  const real = {};
  for (const width of [320, 640]) {
    await story(page, [code], width);
    const frames = await startedFrames(page, 1);
    real[width] = (await fittedSizes(page, frames))[0].iframe;
    expect(Math.abs(real[width] - previews[width]), `at ${width} px`).toBeLessThanOrEqual(2);
  }
  expect(previews[320]).toBeGreaterThan(previews[640]);
  console.log(`[embed-anywhere] preview vs real embed: 320 px ${previews[320]} / ${real[320]}; 640 px ${previews[640]} / ${real[640]}`);
});

/** The height messages `page` got from the app, and when, in the frame's own clock. */
async function heightTimes(page, frame) {
  const messages = (await page.evaluate(() => window.__qeMessages)).filter((m) => m.origin === APP_ORIGIN);
  const hostStart = await page.evaluate(() => performance.timeOrigin);
  const paint = await frame.evaluate(() => ({
    origin: performance.timeOrigin,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  return {
    heights: messages.map((m) => m.data.height),
    at: messages.map((m) => Math.round(hostStart + m.at - paint.origin)),
    paint: Math.round(paint.fcp),
  };
}

test('the first height is sent at the first paint, and is the app\'s height', async ({ page }) => {
  // The default view: the static page is the app's first view, so its height
  // goes out at the first paint, before the app has started.
  const all = await dialogCode(page, '/', 'Iframe with resize script');
  const log = [];
  for (const width of [320, 640]) {
    await story(page, [all], width);
    const [frame] = await startedFrames(page, 1);
    const [fitted] = await fittedSizes(page, [frame]);
    const early = await heightTimes(page, frame);
    expect(early.paint).toBeGreaterThan(0);
    expect(early.at[0] - early.paint, 'the first height within a frame or two of the first paint').toBeLessThan(100);
    expect(Math.abs(early.heights[0] - fitted.iframe), `at ${width} px the first height is the app's, within 2 px`).toBeLessThanOrEqual(2);
    log.push(`default view at ${width} px: heights ${JSON.stringify(early.heights)} at ${JSON.stringify(early.at)} ms, first paint ${early.paint} ms`);
  }

  // A filtered view: the static page is not what the app shows first, so the
  // first height is the app's own, sent when it has rendered.
  const syria = await dialogCode(page, '/?topic=syria', 'Iframe with resize script');
  await story(page, [syria]);
  const [frame] = await startedFrames(page, 1);
  const [filtered] = await fittedSizes(page, [frame]);
  const later = await heightTimes(page, frame);
  expect(later.heights, 'one height, the right one').toEqual([filtered.iframe]);
  console.log(`[embed-anywhere] ${log.join('; ')}; ` +
    `?topic=syria at 640 px: heights ${JSON.stringify(later.heights)} at ${JSON.stringify(later.at)} ms, first paint ${later.paint} ms (frame time)`);
});
