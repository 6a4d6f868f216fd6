// A newsroom's data file cannot inject markup: the story published from
// tests/fixtures/hostile-article.json (at /site/hostile-data/) (script tags, event handlers, SVG,
// javascript: URLs in every field) shows all of it as text and runs none of it.
import { test, expect } from '@playwright/test';

const FIELDS = [
  '<script>window.__pwned=14</script> in a paraphrase',
  '<img src=x onerror=window.__pwned=15> in a note',
  '<img src=x onerror=window.__pwned=9>Mallory',
  '<style>body{display:none}</style>Markup',
];

for (const view of ['', '?view=article', '?embed=1']) {
  test(`markup in the data is shown as text and never runs (${view || 'list'})`, async ({ page }) => {
    const problems = [];
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`/site/hostile-data/${view}`);
    await expect(page.locator('.view-switch a[href]').first()).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('3 statements');
    const app = page.locator('#app');
    if (view === '') {
      for (const text of FIELDS) await expect(app).toContainText(text);
      await app.getByRole('button', { name: 'Embed' }).click();
      await expect(page.locator('#embed-iframe')).toHaveValue(/Quote Explorer: &lt;script&gt;window.__pwned=5&lt;\/script&gt;Headline/);
      // Closed, the dialog holds no frames (its previews are ours, not the data's).
      await page.getByRole('button', { name: 'Close' }).click();
    }
    await page.waitForTimeout(300);
    expect(await app.locator('script, img, svg, iframe, style, b').count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('a javascript: quote in the data is highlighted as text, not a link target', async ({ page }) => {
  await page.goto('/site/hostile-data/?view=article');
  const highlight = page.locator('#in-article-payload-js-url');
  await expect(highlight).toHaveText('javascript:window.__pwned=4');
  await expect(highlight).toHaveAttribute('href', '#statement-payload-js-url');
});

// The first view is the app's own render, made at build time: the fields
// are escaped in the HTML itself, and a reader without script sees them as
// text, with the links they give as plain addresses.
test.describe('the static first view, without script', () => {
  test.use({ javaScriptEnabled: false });

  test('shows markup in the data as text', async ({ page, request }) => {
    const html = await (await request.get('/site/hostile-data/')).text();
    const block = '<script type="application/json" id="qe-data">';
    const app = html.slice(html.search(/<div id="?app"?>/), html.indexOf(block));
    for (const raw of ['<script', '<img', '<svg', '<iframe', '<style', '<b ', '<a href=javascript']) {
      expect(app, raw).not.toContain(raw);
    }
    // The page's data block holds the same fields as JSON, with no "<" that
    // could close it or open a tag, and the page has no other block.
    const data = html.slice(html.indexOf(block) + block.length);
    expect(data.slice(0, data.indexOf('</script>'))).not.toContain('<');
    expect(html.split(block)).toHaveLength(2);
    await page.goto('/site/hostile-data/');
    const view = page.locator('#app');
    for (const text of FIELDS) await expect(view).toContainText(text);
    await expect(view.locator('.result-count')).toHaveText('3 statements');
    await expect(page.locator('noscript').first()).toBeAttached();
    const source = page.locator('#app-failed a');
    await expect(source).toHaveAttribute('href', 'https://example.org/article?x="><script>window.__pwned=8</script>');
    expect(await view.locator('script, img, svg, iframe, style, b').count()).toBe(0);
  });
});
