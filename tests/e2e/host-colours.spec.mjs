// Host colours (issue 20): an embed takes the look of the story around it.
// `theme=light|dark|auto` picks its text and surface colours, and
// `background=transparent` lets the story's page show through. The code
// comes from the Embed dialog, as an editor copies it, and is pasted into a
// white and a black story page on another origin (HOST_ORIGIN). What the
// dialog calls readable must be: every piece of text straight on the page
// at 4.5:1 or more against the page's colour, and axe finding nothing;
// what it warns of must fail.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { APP_ORIGIN, HOST_ORIGIN, open, embeddedApp } from './helpers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = 'target/e2e-output/host-colours';
/** The story pages: their colour, and their own text's. */
const PAGES = { white: ['#ffffff', '#1d1d1b'], black: ['#000000', '#e8e8e8'] };
const THEMES = { light: 'Light', dark: 'Dark', auto: "Match the reader's setting" };

/** Opens the Embed dialog on `path`. */
async function openDialog(page, path = '/?topic=syria') {
  await open(page, path);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses a theme and the background in the dialog. */
async function chooseLook(dialog, theme, transparent) {
  await dialog.getByRole('radio', { name: THEMES[theme], exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Transparent background' }).setChecked(transparent);
}

/** The dialog's readability lines: each one's words, and whether it warns. */
async function checks(dialog) {
  return dialog.locator('.contrast-checks li').evaluateAll((lines) => lines.map((li) => ({
    text: li.textContent, warns: li.classList.contains('is-warning'),
  })));
}

/** The dialog's iframe code for `theme` and `transparent`. */
async function codeFor(page, theme, transparent) {
  const dialog = await openDialog(page);
  await chooseLook(dialog, theme, transparent);
  const code = dialog.getByLabel('Iframe with resize script');
  const param = `theme=${theme}`;
  if (theme !== 'light') await expect.poll(() => code.inputValue()).toContain(param);
  return { code: await code.inputValue(), lines: await checks(dialog) };
}

/**
 * A story page on the host origin, `colour` white or black, with `code`
 * pasted into its column. The page declares no color-scheme, as most do.
 */
async function story(page, code, colour, width = 640) {
  const [bg, fg] = PAGES[colour];
  await page.goto(`${HOST_ORIGIN}/blank.html`);
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>A story on a ${colour} page</title><style>body{margin:0;background:${bg};color:${fg};font:18px/1.6 Georgia,serif}` +
    `.column{width:${width}px;max-width:100%;margin:0 auto}</style></head><body><main class="column">` +
    `<h1>A story on a ${colour} page</h1><p>A paragraph of the story.</p>\n${code}\n<p>The end of the story.</p></main></body></html>`);
  const frame = await (await page.locator('main iframe').elementHandle()).contentFrame();
  await expect(frame.locator('.view-switch a[href]').first()).toBeVisible();
  return frame;
}

/** WCAG 2's contrast ratio of two `[r, g, b]` colours. */
function contrast(a, b) {
  const lum = (rgb) => rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const hexRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * Every visible piece of text in the frame with nothing but the host page
 * behind it (no element up to the root paints a background): its words,
 * where it is, and its colour.
 */
function textOnThePage(frame) {
  return frame.evaluate(() => {
    const painted = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.backgroundImage !== 'none' || !/^rgba\(.*, 0\)$|^transparent$/.test(s.backgroundColor)) return true;
      }
      return false;
    };
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      if (!own || !el.checkVisibility() || el.closest('.visually-hidden') || el.getBoundingClientRect().width <= 1) continue;
      if (painted(el)) continue;
      out.push({ text: own.slice(0, 40), where: `${el.tagName.toLowerCase()}.${el.className}`, colour: getComputedStyle(el).color });
    }
    return out;
  });
}

const rgbOf = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);

/** Axe on the story page and its frame, the frame's root painted the host's colour. */
async function audit(page, frame, colour) {
  // In a frame, axe flattens a transparent page onto white: it cannot see
  // the host page behind the frame. Painted on the frame's root (through
  // the CSSOM, which the CSP allows), that colour is what the reader sees.
  await frame.evaluate((bg) => { document.documentElement.style.backgroundColor = bg; }, PAGES[colour][0]);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await frame.evaluate(() => { document.documentElement.style.backgroundColor = ''; });
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')}`);
}

// The combinations the dialog calls readable, and the reader's setting for `auto`.
const SAFE = [
  { theme: 'light', colour: 'white', scheme: 'light' },
  { theme: 'dark', colour: 'black', scheme: 'light' },
  { theme: 'dark', colour: 'black', scheme: 'dark' },
  { theme: 'auto', colour: 'white', scheme: 'light' },
  { theme: 'auto', colour: 'black', scheme: 'dark' },
];

for (const { theme, colour, scheme } of SAFE) {
  test(`theme=${theme} on a transparent background over a ${colour} page (reader set to ${scheme}): every text at AA, no band, axe clean`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const { code, lines } = await codeFor(page, theme, true);
    expect(code).toContain('&amp;background=transparent');
    // What the dialog said of this page.
    const onThisPage = lines.find((l) => l.text.includes(colour === 'white' ? 'a light page' : 'a dark page'));
    if (theme === 'auto') {
      // Readable for this reader; the dialog warns of the other setting.
      expect(onThisPage.text).toContain(`set to ${scheme === 'light' ? 'dark' : 'light'} mode`);
    } else {
      expect(onThisPage).toMatchObject({ warns: false });
      expect(onThisPage.text).toMatch(/^✓ On a (light|dark) page: readable \(text contrast \d+\.\d:1 or more\)\.$/);
    }

    const frame = await story(page, code, colour);
    const host = hexRgb(PAGES[colour][0]);
    // The host's colour shows through: no page colour, and the frame element
    // has the frame's color-scheme, so the browser paints no canvas behind it.
    expect(await frame.evaluate(() => [document.documentElement, document.body].map((e) => getComputedStyle(e).backgroundColor)))
      .toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    const outer = await page.locator('main iframe').evaluate((el) => getComputedStyle(el).colorScheme);
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(outer);
    // The count bar, sticky and opaque on a phone-width page, is no band here.
    const bar = frame.locator('.results-head');
    await expect(bar).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(bar).toHaveCSS('position', 'static');

    const heading = await frame.locator('.embed-title a').evaluate((a) => getComputedStyle(a).color);
    expect(contrast(rgbOf(heading), host), `the heading's ${heading} on ${colour}`).toBeGreaterThanOrEqual(4.5);
    const texts = await textOnThePage(frame);
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Statements', 'Open the full explorer ↗']));
    const low = texts.map((t) => ({ ...t, ratio: contrast(rgbOf(t.colour), host) })).filter((t) => t.ratio < 4.5);
    expect(low, 'text straight on the page below 4.5:1').toEqual([]);
    expect(await audit(page, frame, colour)).toEqual([]);
    const least = Math.min(...texts.map((t) => contrast(rgbOf(t.colour), host)));
    console.log(`[host-colours] theme=${theme} transparent on ${colour} (${scheme} reader): heading ${contrast(rgbOf(heading), host).toFixed(2)}:1, ` +
      `${texts.length} texts on the page, the lowest ${least.toFixed(2)}:1`);
  });
}

test('what the dialog warns of fails: dark text on a black page, light text on a white one', async ({ page }) => {
  for (const [theme, colour, scheme] of [['light', 'black', 'light'], ['dark', 'white', 'light'], ['auto', 'black', 'light']]) {
    await page.emulateMedia({ colorScheme: scheme });
    const { code, lines } = await codeFor(page, theme, true);
    const warned = lines.find((l) => l.text.includes(colour === 'white' ? 'a light page' : 'a dark page'));
    expect(warned, `${theme} on ${colour}`).toMatchObject({ warns: true });
    const frame = await story(page, code, colour);
    const heading = await frame.locator('.embed-title a').evaluate((a) => getComputedStyle(a).color);
    expect(contrast(rgbOf(heading), hexRgb(PAGES[colour][0]))).toBeLessThan(2);
    expect((await audit(page, frame, colour)).join('\n')).toContain('color-contrast');
  }
});

test('the dialog warns of a transparent look only on the page it does not suit, and never of a solid one', async ({ page }) => {
  const dialog = await openDialog(page);
  const solid = await checks(dialog);
  expect(solid).toEqual([{ text: expect.stringMatching(/^✓ Its own background: readable on any page \(text contrast 5\.8:1 or more\)\.$/), warns: false }]);
  for (const theme of ['dark', 'auto']) {
    await chooseLook(dialog, theme, false);
    expect((await checks(dialog)).filter((l) => l.warns), theme).toEqual([]);
  }

  await chooseLook(dialog, 'light', true);
  expect(await checks(dialog)).toEqual([
    { text: '✓ On a light page: readable (text contrast 6.0:1 or more).', warns: false },
    { text: '⚠ Dark text on a dark page (1.2:1, below 4.5:1): choose the Dark theme or a solid background.', warns: true },
  ]);
  await chooseLook(dialog, 'dark', true);
  expect(await checks(dialog)).toEqual([
    { text: '⚠ Light text on a light page (1.1:1, below 4.5:1): choose the Light theme or a solid background.', warns: true },
    { text: '✓ On a dark page: readable (text contrast 10.1:1 or more).', warns: false },
  ]);
  const code = await dialog.getByLabel('Iframe with resize script').inputValue();
  expect(code).toMatch(/&amp;embedId=qe-syria-[0-9a-z]+&amp;theme=dark&amp;background=transparent" loading="lazy" style="width:100%;border:0;color-scheme:dark"/);
  const pym = await dialog.getByLabel('For pages that use pym.js').inputValue();
  expect(pym).toMatch(/^<div id="qe-syria-[0-9a-z]+" style="color-scheme:dark"><\/div>/);
  await chooseLook(dialog, 'auto', true);
  const auto = await checks(dialog);
  expect(auto.map((l) => l.warns)).toEqual([true, true]);
  expect(auto[0].text).toContain('⚠ Readers whose device is set to dark mode get light text on a light page');
  await chooseLook(dialog, 'light', false);
  expect((await checks(dialog)).filter((l) => l.warns)).toEqual([]);
});

test('the preview shows the chosen look on a light or a dark page', async ({ page }) => {
  const dialog = await openDialog(page);
  await chooseLook(dialog, 'dark', true);
  const previews = dialog.locator('.embed-previews');
  await expect(previews).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await dialog.getByRole('radio', { name: 'a dark page' }).check();
  await expect(previews).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  const preview = dialog.getByTitle('Preview of the embed, 320 px wide');
  await expect.poll(() => preview.getAttribute('src')).toContain('theme=dark&background=transparent');
  const frame = await (await preview.elementHandle()).contentFrame();
  await expect(frame.locator('.view-switch a[href]').first()).toBeVisible();
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  expect(await preview.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');
  // The captions stay readable on the page chosen.
  const caption = await dialog.locator('.embed-preview figcaption').first().evaluate((el) => getComputedStyle(el).color);
  expect(contrast(rgbOf(caption), [0, 0, 0])).toBeGreaterThanOrEqual(4.5);
});

test('the dark demo page carries the dialog code verbatim, and its page shows through the embed', async ({ page, request }) => {
  const dialog = await openDialog(page, '/');
  await chooseLook(dialog, 'dark', true);
  const code = dialog.getByLabel('Iframe with resize script');
  await expect.poll(() => code.inputValue()).toContain('theme=dark');
  // As in demo.html: the app at 127.0.0.1:8090, the id's suffix "demo".
  const asInDemo = (text) => text.replace(/qe-[0-9a-z]+/g, 'qe-demo').replaceAll(APP_ORIGIN, 'http://127.0.0.1:8090');
  expect(await (await request.get(`${HOST_ORIGIN}/dark.html`)).text()).toContain(asInDemo(await code.inputValue()));
  await page.goto(`${HOST_ORIGIN}/dark.html`);
  const frame = await embeddedApp(page, '#qe-demo');
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  const texts = await textOnThePage(frame);
  const least = Math.min(...texts.map((t) => contrast(rgbOf(t.colour), [0, 0, 0])));
  expect(least).toBeGreaterThanOrEqual(4.5);
  expect(await audit(page, frame, 'black')).toEqual([]);
});

test('links from before the theme keep their look: background=dark is the dark theme', async ({ page }) => {
  await open(page, '/?embed=1&background=dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 26)');
  expect(await page.evaluate(() => document.documentElement.className)).toContain('qe-theme-dark');
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/?embed=1&background=auto');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 23, 26)');
});

test.describe('screenshots', () => {
  for (const width of [390, 1280]) {
    test(`at ${width} px: transparent embeds on white and black pages, and the dialog's previews`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 900 });
      for (const [theme, colour] of [['light', 'white'], ['dark', 'black'], ['light', 'black']]) {
        const { code } = await codeFor(page, theme, true);
        const frame = await story(page, code, colour, Math.min(640, width));
        await frame.getByRole('button', { name: /^Filters/ }).click();
        await page.screenshot({ path: `${SHOTS}/${width}-${theme}-on-${colour}.png`, fullPage: true });
      }
      const dialog = await openDialog(page);
      await chooseLook(dialog, 'light', true);
      await dialog.getByRole('radio', { name: 'a dark page' }).check();
      await expect(dialog.getByTitle('Preview of the embed, 320 px wide')).toBeVisible();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${SHOTS}/${width}-dialog-light-on-dark-page.png` });
      await dialog.locator('.preview-host').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/${width}-dialog-preview.png` });
    });
  }
});
