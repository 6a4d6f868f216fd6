// One app, many stories (`qe publish`): the site scripts/dev.sh test
// publishes into target/site/ (served under /site/) holds the built-in
// article, the invented four-side one (from its folder and its JSON) and
// the hostile one, each in its own folder with its own data in its page,
// all loading one set of app files from the site's root. The first-view and
// no-jump specs run their ways in on /site/tillerson/ too.
import { test, expect } from '@playwright/test';
import { APP_ORIGIN, HOST_ORIGIN, open, count, option, expectSearch, messagesSettle, frameSizes } from './helpers.mjs';

/** The app files (wasm, scripts, stylesheet) a page at `path` loads. */
async function appFiles(page, path) {
  const files = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/\.(wasm|js|css)$/.test(url.pathname) && !/\/boot-[0-9a-f]+\.js$/.test(url.pathname)) files.push(url.pathname);
  });
  await open(page, path);
  return files.sort();
}

test('two stories of one site load the same app files, from the site, and each shows its own story', async ({ page }) => {
  const tillerson = await appFiles(page, '/site/tillerson/');
  await expect(count(page)).toHaveText('20 statements');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tillerson Meets Putin');
  page.removeAllListeners('request');
  const other = await appFiles(page, '/site/other-article/');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Tillerson');
  await expect(page.locator('html')).not.toContainText('Lavrov');
  expect(tillerson.length).toBeGreaterThanOrEqual(4);
  expect(other).toEqual(tillerson);
  for (const file of tillerson) expect(file).toMatch(/^\/site\/[^/]+$/);
});

test('a published story filters, puts the view in its own address, and Back returns', async ({ page }) => {
  const problems = await open(page, '/site/tillerson/');
  await option(page, 'Syria').check();
  await expectSearch(page, '?topic=syria');
  expect(new URL(page.url()).pathname).toBe('/site/tillerson/');
  await expect(count(page)).toHaveText(/^\d+ of 20 statements$/);
  await expect(page.locator("article.card")).toHaveCount(Number((await count(page).textContent()).split(" ")[0]));
  await page.goBack();
  await expect(count(page)).toHaveText('20 statements');
  await page.goto('/site/tillerson/?topic=syria&stance=disputed');
  await expect(count(page)).toHaveText(/^\d+ of 20 statements/);
  expect(problems).toEqual([]);
});

test("a published story's embed code points at its own folder, and the frame sizes itself in a story on another origin", async ({ page }) => {
  await open(page, '/site/other-article/?stance=disputed');
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('dialog', { name: 'Embed this view' }).getByLabel('Iframe with resize script').inputValue();
  expect(code).toContain(`${APP_ORIGIN}/site/other-article/?stance=disputed`);
  expect(code).not.toContain(`${APP_ORIGIN}/?`);
  await page.goto(`${HOST_ORIGIN}/blank.html`);
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>' +
    '<script>window.__qeMessages = []; addEventListener("message", function (e) { __qeMessages.push({ origin: e.origin, data: e.data, at: performance.now() }); });</script></head>' +
    `<body><main style="width:640px">${code}</main></body></html>`);
  const frame = await (await page.locator('main iframe').elementHandle()).contentFrame();
  await expect(frame.locator('.view-switch a[href]').first()).toBeVisible();
  await expect(frame.getByRole('status')).toHaveText(/ of \d+ statements/);
  await messagesSettle(page);
  await expect.poll(async () => {
    const { iframe, document } = await frameSizes(page, frame, 'main iframe');
    return Math.abs(iframe - document);
  }).toBeLessThanOrEqual(2);
});

test('a page whose data block is damaged keeps its statements and says the explorer could not start', async ({ page }) => {
  await page.route('**/site/tillerson/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<script type="application/json" id="qe-data">[3,', '<script type="application/json" id="qe-data">[3,,');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/site/tillerson/');
  await expect(page.getByRole('alert')).toContainText(/could not start|went wrong/);
  await expect(page.locator('article.card').first()).toBeVisible();
});
