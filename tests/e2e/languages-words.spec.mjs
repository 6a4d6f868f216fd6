// The Spanish and Arabic stories speak their language everywhere a reader
// or a machine reading for them looks: the text, the attributes that name
// things (aria-label, title, placeholder, alt), the words the stylesheet
// draws, the title and the share meta, in the static page and in every
// state the app reaches (the list, the article, an embed, the embed
// dialog, an empty result, a link with values it ignored). Their counts
// take each language's plural forms, and the pages are photographed at
// 390 and 1280 px, light and dark.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open, count, APP_ORIGIN, HOST_ORIGIN, recordFrames, expectFitted } from './helpers.mjs';

// Interface words an English build shows, and English's own small words:
// none may be left in a Spanish or Arabic page. The fixtures' articles and
// names (John Smith is a name) contain none of them.
const ENGLISH = [
  'statements?', 'filters?', 'speakers?', 'topics?', 'stances?', 'agreed', 'disputed?', 'disputes',
  'confirm(s|ed)', 'quotes?', 'paraphrase', 'search', 'show', 'all', 'share', 'cop(y|ied)', 'embed',
  'clear', 'select', 'loading', 'article', 'response', 'reported', 'glance', 'exchanges?',
  'disagree', 'previous', 'next', 'match(es)?', 'read', 'links?', 'sides?', 'compact', 'close',
  'open', 'results?', 'views?', 'list', 'ignored', 'words?', 'the', 'and', 'of', 'by', 'with',
  'from', 'this', 'who', 'what', 'said', 'only', 'more', 'none', 'answers?', 'page',
];
const LEAK = new RegExp(`(?<!\\p{L})(${ENGLISH.join('|')})(?!\\p{L})`, 'iu');

/** Every string of `page` a reader, a screen reader or a link preview
 *  meets, each with where it was found. Code the editor pastes (`code`,
 *  `textarea`) and the data block are not words of the interface. */
function wordsOnPage(page) {
  return page.evaluate(() => {
    const found = [];
    const skip = new Set(['SCRIPT', 'STYLE', 'CODE', 'TEXTAREA', 'NOSCRIPT']);
    const named = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext',
      'aria-placeholder', 'title', 'placeholder', 'alt', 'label',
      // The words the stylesheet draws from the markup (content: attr(…)).
      'data-hint', 'data-hint-pressed', 'data-label'];
    const where = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
    found.push(['<title>', document.title]);
    for (const meta of document.querySelectorAll('meta[content]')) {
      const key = meta.getAttribute('name') || meta.getAttribute('property') || '';
      if (/description|title|alt|site_name/.test(key)) found.push([`meta ${key}`, meta.content]);
    }
    const walk = (el) => {
      if (skip.has(el.tagName)) return;
      for (const name of named) {
        const value = el.getAttribute(name);
        if (value) found.push([`${where(el)}[${name}]`, value]);
      }
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content;
        if (content && content !== 'none' && content !== 'normal') found.push([`${where(el)}${pseudo}`, content]);
      }
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) found.push([where(el), child.textContent.trim()]);
        else if (child.nodeType === Node.ELEMENT_NODE) walk(child);
      }
    };
    walk(document.body);
    return found;
  });
}

// The fixtures' own text (an article may quote anything, and these say
// they are test files "de Quote Explorer"): not the interface's words.
const ARTICLES = ['es', 'ar'].map((lang) =>
  readFileSync(new URL(`../fixtures/${lang}-article/article.txt`, import.meta.url), 'utf8'));
const fromArticle = (text) => ARTICLES.some((article) => article.includes(text));

async function expectNoEnglish(page, state) {
  const leaks = (await wordsOnPage(page))
    .filter(([, text]) => !fromArticle(text))
    .map(([where, text]) => [where, text, text.match(LEAK)?.[0]])
    .filter(([, , word]) => word)
    .map(([where, text, word]) => `${state}: ${where}: “${word}” in “${text.slice(0, 120)}”`);
  expect(leaks).toEqual([]);
}

const STORIES = [
  { lang: 'es', base: '/site/es-article/', speaker: 'ferrandez', statements: '12 declaraciones' },
  { lang: 'ar', base: '/site/ar-article/', speaker: 'nassar', statements: '12 تصريحًا' },
];

for (const { lang, base, speaker, statements } of STORIES) {
  test(`${base}: no English word in the static page a reader or a link preview first gets`, async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(base);
    await expect(page.locator('.card').first()).toBeVisible();
    // The share meta is written, in the story's language.
    for (const meta of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[property="og:image:alt"]']) {
      expect(await page.locator(meta).getAttribute('content'), meta).toContain(statements);
    }
    await expectNoEnglish(page, 'static page');
  });

  test(`${base}: no English word in any state the app reaches`, async ({ page }) => {
    const states = [
      ['list', base],
      ['compact list', `${base}?density=compact`],
      ['article', `${base}?view=article`],
      ['a speaker', `${base}?speaker=${speaker}`],
      ['a search with no result', `${base}?q=zzzzqq`],
      ['ignored values', `${base}?speaker=nobody&stance=sideways&topic=x`],
      ['embed', `${base}?embed=1`],
    ];
    for (const [state, path] of states) {
      await open(page, path);
      await expectNoEnglish(page, state);
    }
    await open(page, base);
    await page.locator('button[aria-haspopup="dialog"]').click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    await expectNoEnglish(page, 'embed dialog');
  });
}

// Arabic's plural forms on screen: the notice that names what a link's
// address asked for and the app ignored lists five items, then "and N
// more", whose noun takes CLDR's form for N: one (1), two (2), few (3–10),
// many (11–99) and other (100). Zero is never shown there ("and 0 more"
// is not said); the catalogue's zero forms are tested natively.
test('/site/ar-article/: "and N more" in the notice takes the plural form of each count', async ({ page }) => {
  const expected = {
    1: 'وعنصر آخر',
    2: 'وعنصران آخران',
    3: 'و3 عناصر أخرى',
    11: 'و11 عنصرًا آخر',
    100: 'و100 عنصر آخر',
  };
  for (const n of Object.keys(expected).map(Number)) {
    const unknown = Array.from({ length: 5 + n }, (_, i) => `nobody${i}`).join(',');
    await open(page, `/site/ar-article/?speaker=${unknown}`);
    const notice = (await page.locator('.notice[role="note"] p').textContent()).replace(/[\u2068\u2069]/g, '');
    expect(notice.endsWith(`${expected[n]}.`), `${n}: ${notice}`).toBe(true);
    expect(notice).not.toMatch(LEAK);
  }
});

for (const { lang, base } of STORIES) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${base}: screenshot at ${width} px, ${colorScheme}`, async ({ page }, info) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await open(page, base);
        await page.screenshot({ path: info.outputPath(`${lang}-${width}-${colorScheme}.png`) });
        // The filter panel sits at the start of the reading direction.
        if (width === 1280) {
          const panel = await page.locator('.filters').boundingBox();
          const list = await page.locator('.cards').first().boundingBox();
          if (lang === 'ar') expect(panel.x).toBeGreaterThan(list.x);
          else expect(panel.x).toBeLessThan(list.x);
        }
      });
    }
  }
}

// The embed code of the Arabic story, pasted into an Arabic page on
// another origin: its iframe is titled in Arabic, the frame sizes itself
// as an English one does, and a filter inside it changes its height.
test('/site/ar-article/: its embed code works unchanged in a right-to-left story on another origin', async ({ page }) => {
  await recordFrames(page);
  await open(page, '/site/ar-article/');
  await page.locator('button[aria-haspopup="dialog"]').click();
  const code = await page.locator('dialog[open] .code-block textarea').first().inputValue();
  expect(code).toContain(`${APP_ORIGIN}/site/ar-article/`);
  const title = code.match(/title="([^"]*)"/)?.[1] ?? '';
  expect(title).toMatch(/\p{Script=Arabic}/u);
  expect(title).not.toMatch(LEAK);
  await page.goto(`${HOST_ORIGIN}/blank.html`);
  await page.setContent('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>قصة</title>' +
    '<script>window.__qeMessages = []; addEventListener("message", function (e) { __qeMessages.push({ origin: e.origin, data: e.data, at: performance.now() }); });</script></head>' +
    `<body><main style="width:640px">${code}</main></body></html>`);
  const frame = await (await page.locator('main iframe').elementHandle()).contentFrame();
  await expect(frame.locator('.view-switch a[href]').first()).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  const before = await expectFitted(page, frame, 'main iframe');
  await frame.locator('.filters-toggle').click();
  await frame.locator('input[type="checkbox"]').first().check();
  await expect.poll(async () => (await expectFitted(page, frame, 'main iframe')).iframe).not.toBe(before.iframe);
});
