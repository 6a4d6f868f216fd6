// Hostile URLs, the strict Content-Security-Policy, and browsers that lack
// or refuse what the app uses (issue 5, the browser part): the reader always
// gets a working page or a clear message, and nothing runs that we did not write.
import { test, expect } from '@playwright/test';
import { PAYLOADS, decodeComponent, clip } from './payloads.mjs';
import {
  APP_ORIGIN, HOST_ORIGIN, ARTICLE, TOTAL, count, open,
  recordFrames, heightsFrom, messagesSettle, embeddedApp, expectFitted, tickInEmbed,
} from './helpers.mjs';

/** The policy issue 5 asks publishers (and our servers) to send, word for word. */
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

/** The app clips what it repeats of an ignored value, and a search. */
const SHOWN_CHARS = 40;
const MAX_QUERY_CHARS = 200;

/**
 * Markup the app itself never renders inside #app, attributes that run code,
 * `javascript:` links anywhere, and any script that is not one of our files
 * or the page's data block.
 */
function injected() {
  const app = document.getElementById('app');
  const found = [];
  const tags = 'script, img, svg, math, iframe, frame, object, embed, video, audio, source, style, link, meta, base';
  for (const el of app.querySelectorAll(tags)) found.push(`element ${el.outerHTML.slice(0, 80)}`);
  for (const el of app.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || ['srcdoc', 'formaction'].includes(attr.name)) found.push(`attribute ${attr.name}= on <${el.localName}>`);
    }
  }
  for (const el of document.querySelectorAll('[href], [src], [action], [data]')) {
    for (const name of ['href', 'src', 'action', 'data']) {
      const url = (el.getAttribute(name) ?? '').replace(/[\u0000-\u0020]/g, '');
      // The page's own favicon is `data:,`; nothing in #app links to data.
      const scheme = app.contains(el) ? /^(javascript|vbscript|data):/i : /^(javascript|vbscript):/i;
      if (scheme.test(url)) found.push(`URL ${url.slice(0, 60)} in ${name}= on <${el.localName}>`);
    }
  }
  // Ours: the files from our origin, and the page's one data block (JSON,
  // which never runs), written at build time right after #app.
  const block = document.getElementById('qe-data');
  const ownBlock = block && block.type === 'application/json' && block.previousElementSibling === app
    && document.querySelectorAll('script:not([src])').length === 1;
  for (const s of document.scripts) {
    if (s === block && ownBlock) continue;
    if (!s.src || new URL(s.src).origin !== location.origin) found.push(`script ${s.outerHTML.slice(0, 80)}`);
  }
  return found;
}

test.describe('hostile text in the URL', () => {
  // Without the CSP's protection, so that injected markup would really run:
  // the app itself must not inject it.
  test.use({ bypassCSP: true });

  for (const payload of PAYLOADS) {
    test(`payload "${payload.name}" in the search, a facet, the fragment and embedId runs nothing and shows as text`, async ({ page }) => {
      const dialogs = [];
      const errors = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
      page.on('pageerror', (e) => errors.push(e.message));
      const text = decodeComponent(payload.url);

      const load = async (path) => {
        await page.goto(path);
        await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
        await expect(count(page)).toHaveText(/^(\d+ of )?\d+ statements$/);
        expect(await page.evaluate(injected), path).toEqual([]);
        expect(await page.evaluate(() => window.__pwned), path).toBeUndefined();
      };
      const noticeText = () => page.locator('.notice').textContent();

      // A facet value that names no speaker and a link to a statement that
      // does not exist: both dropped, every statement shown, both named.
      await load(`/?speaker=${payload.url}#statement-${payload.url}`);
      await expect(page.locator('article.card')).toHaveCount(TOTAL);
      const pieces = text.split(',').map((p) => p.trim()).filter(Boolean).slice(0, 4);
      for (const piece of pieces) expect(await noticeText()).toContain(`speaker “${clip(piece, SHOWN_CHARS)}”`);
      expect(await noticeText()).toContain(`link to statement “${clip(text, SHOWN_CHARS)}”`);

      // The search, in the embed, with an embed id the host page could not
      // have chosen: the field and the chip carry the text itself, the id is
      // refused and named.
      await load(`/?q=${payload.url}&embed=1&embedId=${payload.url}`);
      await expect(page.locator('.embed-title')).toBeVisible();
      const query = clip(text, MAX_QUERY_CHARS);
      expect(await page.locator('#q').inputValue()).toBe(query);
      if (query.trim()) {
        expect(await page.locator('.chips').textContent()).toContain(`“${query.trim()}”`);
      }
      expect(await noticeText()).toContain(`embedId “${clip(text, SHOWN_CHARS)}”`);

      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('hostile text in the embed code', () => {
  test.use({ bypassCSP: true });

  // The payloads aimed at the snippet's own contexts: an attribute, a
  // <textarea>, a <script> and a JavaScript string.
  const aimed = PAYLOADS.filter((p) => [
    'attribute breakout, double quote', 'attribute breakout, single quote', 'textarea breakout (embed code box)',
    'script end in a JS string (embed snippet)', 'line and paragraph separators',
  ].includes(p.name));

  test(`the embed code for a view searching ${aimed.length} hostile texts runs nothing on the host page`, async ({ page }) => {
    expect(aimed).toHaveLength(5);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    for (const payload of aimed) {
      await page.goto(`/?q=${payload.url}`);
      await page.getByRole('button', { name: 'Embed' }).click();
      const iframeCode = await page.getByLabel('Iframe with resize script').inputValue();
      const pymCode = await page.getByLabel('For pages that use pym.js').inputValue();
      expect(iframeCode.match(/<\/script/gi), payload.name).toHaveLength(1);
      expect(pymCode.match(/<\/script/gi), payload.name).toHaveLength(2);

      // Pasted into a publisher's page, the code frames the same search.
      await page.goto(`${HOST_ORIGIN}/blank.html`);
      await page.setContent(`<!doctype html><title>story</title><body>${iframeCode}</body>`);
      const frame = await embeddedApp(page, 'iframe');
      expect(await frame.locator('#q').inputValue(), payload.name).toBe(clip(decodeComponent(payload.url), MAX_QUERY_CHARS));
      expect(await page.evaluate(() => [window.__pwned, document.querySelectorAll('script').length]), payload.name).toEqual([undefined, 1]);
      expect(await frame.evaluate(injected), payload.name).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });
});

test.describe('the strict Content-Security-Policy', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
  });

  test('every view of the app runs under it with no violation', async ({ page }) => {
    const refused = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
    const response = await page.goto('/');
    expect(response.headers()['content-security-policy']).toBe(CSP);
    expect(CSP).not.toContain('unsafe-inline');
    await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
    await expect(page.locator('article.card')).toHaveCount(TOTAL);
    await expect(count(page)).toHaveText(`${TOTAL} statements`);

    // A filtered view, typed search, the embed dialog, the article view.
    await page.goto('/?topic=syria&stance=disputed');
    await expect(count(page)).toHaveText(/^\d+ of 20 statements$/);
    const shown = Number((await count(page).textContent()).split(' ')[0]);
    await expect(page.locator('article.card')).toHaveCount(shown);
    await page.getByRole('searchbox', { name: 'Search statements' }).fill('evidence');
    await expect(page.locator('.chip')).toHaveCount(3);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('dialog', { name: 'Embed this view' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('link', { name: 'In the article' }).click();
    await expect(page).toHaveURL(/view=article/);

    // The compact embed, framed by a page on another origin (frame-ancestors *).
    await page.goto(`${HOST_ORIGIN}/demo.html`);
    const frame = await embeddedApp(page, '#qe-demo');
    // An embed shows its first 5 cards (location::FIRST_CARDS).
    await expect(frame.locator('article.card')).toHaveCount(5);

    const violations = [await page.evaluate(() => window.__cspViolations)];
    violations.push(await frame.evaluate(() => window.__cspViolations));
    console.log(`[hardening] CSP violations: ${violations.flat().length}; console refusals: ${refused.length}`);
    expect(violations.flat()).toEqual([]);
    expect(refused).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the headline, every statement as static markup and the noscript message', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.article.headline);
    await expect(page.locator('article.card')).toHaveCount(TOTAL);
    for (const statement of ARTICLE.statements.slice(0, 3)) {
      await expect(page.locator(`#statement-${statement.id}`)).toContainText(statement.text);
    }
    const notice = page.locator('.notice', { hasText: 'Filtering needs JavaScript and WebAssembly' });
    await expect(notice).toBeVisible();
    if (ARTICLE.article.source_url) {
      await expect(notice.getByRole('link')).toHaveAttribute('href', ARTICLE.article.source_url);
    }
  });
});

test('a panic replaces the app with a styled message and logs the panic text', async ({ page }) => {
  const logged = [];
  page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
  await open(page, '/');
  const thrown = await page.evaluate(() => {
    try {
      window.wasmBindings.panic_for_test();
      return 'returned';
    } catch (e) {
      return String(e);
    }
  });
  expect(thrown).not.toBe('returned');
  const crash = page.getByRole('alert');
  await expect(crash).toBeVisible();
  await expect(crash).toContainText('Something went wrong');
  await expect(crash).toHaveCSS('font-weight', '600');
  await expect(page.locator('#app .view-switch a[href]'), 'the dead app is gone, not left frozen').toHaveCount(0);
  expect(logged.join('\n')).toContain('panic_for_test was called');
});

test.describe('missing or refused browser APIs', () => {
  test('with no navigator.clipboard, Copy link shows the link selected for a manual copy', async ({ page }) => {
    await page.addInitScript(() => { delete Navigator.prototype.clipboard; });
    const problems = await open(page, '/?topic=syria');
    expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Copy this link:' });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(`${APP_ORIGIN}/?topic=syria`);
    await expect.poll(() => field.evaluate((el) => [el.selectionStart, el.selectionEnd, document.activeElement === el]))
      .toEqual([0, `${APP_ORIGIN}/?topic=syria`.length, true]);

    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('button', { name: 'Copy code' }).first().click();
    await expect(dialog.locator('.copy-status').first()).toHaveText(/Selected: press Ctrl\+C/);
    const code = dialog.getByLabel('Iframe with resize script');
    await expect.poll(() => code.evaluate((el) => el.selectionEnd - el.selectionStart)).toBe((await code.inputValue()).length);
    expect(problems).toEqual([]);
  });

  test('a clipboard that refuses to write gets the same manual-copy fallback', async ({ page }) => {
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const problems = await open(page, '/?stance=agreed');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('textbox', { name: 'Copy this link:' })).toHaveValue(`${APP_ORIGIN}/?stance=agreed`);
    await expect(page.locator('.copy-link')).not.toContainText('Link copied');
    expect(problems).toEqual([]);
  });

  test('when history.pushState and replaceState throw, filters still work and a warning is logged', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      History.prototype.pushState = refuse;
      History.prototype.replaceState = refuse;
    });
    const warnings = [];
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    const problems = await open(page, '/');
    await page.getByRole('checkbox', { name: /^In a dispute \(\d+\)$/ }).check();
    await expect(count(page)).toHaveText(/^\d+ of 20 statements$/);
    const disputed = await count(page).textContent();
    await page.getByRole('checkbox', { name: /^Sergey Lavrov \(\d+\)$/ }).check();
    await expect(count(page)).not.toHaveText(disputed);
    await page.getByRole('searchbox', { name: 'Search statements' }).fill('evidence');
    await expect(page.locator('.chip')).toHaveCount(3);
    await expect(page.locator('article.card')).toHaveCount(Number((await count(page).textContent()).split(' ')[0]));
    expect(page.url(), 'the address bar stays behind').toBe(`${APP_ORIGIN}/`);
    expect(warnings.filter((w) => w.startsWith('Quote Explorer')).length).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('without ResizeObserver the embed still sends its height on load, on filter changes and on resize', async ({ page }) => {
    await recordFrames(page);
    await page.addInitScript(() => { delete window.ResizeObserver; });
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`${HOST_ORIGIN}/demo.html`);
    const frame = await embeddedApp(page, '#qe-demo');
    expect(await frame.evaluate(() => typeof window.ResizeObserver)).toBe('undefined');
    await messagesSettle(page);
    const loaded = await expectFitted(page, frame, '#qe-demo');
    expect(loaded.iframe).not.toBe(900);

    await tickInEmbed(frame, /^Agreed \(\d+\)$/);
    await messagesSettle(page);
    const filtered = await expectFitted(page, frame, '#qe-demo');
    expect(filtered.iframe).not.toBe(loaded.iframe);

    // A narrower column wraps the text: only the window's resize event tells.
    await page.locator('#qe-demo').evaluate((el) => { el.style.width = '320px'; });
    await messagesSettle(page);
    const narrow = await expectFitted(page, frame, '#qe-demo');
    expect(narrow.iframe).toBeGreaterThan(filtered.iframe);

    expect((await heightsFrom(page, APP_ORIGIN)).length).toBeGreaterThanOrEqual(3);
    expect(await frame.evaluate(() => window.__qeErrors)).toEqual([]);
    expect(warnings.some((w) => /ResizeObserver/.test(w))).toBe(true);
  });

  test('without WebAssembly the static statements stay, with a visible message', async ({ page }) => {
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto('/');
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.article.headline);
    await expect(page.locator('article.card')).toHaveCount(TOTAL);
    const message = page.locator('.notice', { hasText: /WebAssembly/ });
    await expect(message).toBeVisible();
    if (ARTICLE.article.source_url) {
      await expect(message.getByRole('link')).toHaveAttribute('href', ARTICLE.article.source_url);
    }
  });
});
