// Issue 19 in the built app: the masthead (and an embed) says where and
// when the reported events happened, from the data; the article's own
// framing (its narrator) reads as the article's, not as a voice on a side.
import { test, expect } from '@playwright/test';
import { open, count, TOTAL, ARTICLE, option, cards, expectSearch } from './helpers.mjs';

const narrator = ARTICLE.speakers.find((s) => s.narrator);
const narrated = ARTICLE.statements.filter((s) => s.speaker === narrator.id);

test('the masthead says where and when, from the data, before and after the app starts', async ({ page, request }) => {
  // The static first view already has it.
  const html = await (await request.get('/')).text();
  expect(html).toContain('<time datetime="2017-04-12">Wednesday, 12 April 2017</time>');
  expect(html).toMatch(/<meta name="description" content="[^"]*\(Moscow, Wednesday, 12 April 2017\)/);

  await open(page);
  const dateline = page.locator('.masthead .dateline');
  await expect(dateline).toHaveText('Moscow · Wednesday, 12 April 2017');
  await expect(dateline).toContainText('Moscow');
  await expect(dateline).toContainText('12 April 2017');
  await expect(dateline.locator('time')).toHaveAttribute('datetime', ARTICLE.article.event_date);
  // The data has no dek (the one it had repeated the headline), no byline.
  await expect(page.locator('.masthead .dek')).toHaveCount(0);
  await expect(page.locator('.masthead .byline')).toHaveCount(0);
});

test('an embed says where and when in one short line under its title', async ({ page }) => {
  await open(page, '/?embed=1');
  await expect(page.locator('.embed-title')).toHaveText(ARTICLE.article.headline);
  await expect(page.locator('.embed-dateline')).toHaveText('Moscow · Wednesday, 12 April 2017');
});

test("the narrator's cards carry no side, no avatar and no side label", async ({ page }) => {
  expect(narrated.length).toBe(3);
  await open(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  for (const s of narrated) {
    const card = page.locator(`#statement-${s.id}`);
    await expect(card).toHaveClass(/\bis-narrator\b/);
    expect(await card.getAttribute('class')).not.toMatch(/\bside-\d/);
    await expect(card.locator('.avatar')).toHaveCount(0);
    await expect(card.locator('.side')).toHaveCount(0);
    await expect(card.locator('.speaker')).toHaveText(narrator.name);
  }
  // Every other card has its side's colour and an avatar.
  await expect(page.locator('article.card:not(.is-narrator)')).toHaveCount(TOTAL - narrated.length);
  await expect(page.locator('article.card:not(.is-narrator) .avatar')).toHaveCount(TOTAL - narrated.length);
  const border = (id) => page.locator(`#statement-${id}`).evaluate((e) => getComputedStyle(e).borderLeftColor);
  const sided = ARTICLE.statements.find((s) => s.speaker === 'observers');
  expect(await border(narrated[0].id)).not.toBe(await border(sided.id));
});

test('the narrator is a speaker filter value of its own, after the sides, and ?speaker=article still works', async ({ page }) => {
  await open(page);
  const speakerFacet = page.getByRole('group', { name: 'Speaker', exact: true });
  await expect(speakerFacet.locator('.narrator-group label')).toHaveText(`${narrator.name} (${narrated.length})`);
  await expect(speakerFacet.locator('.side-group label', { hasText: narrator.name })).toHaveCount(0);
  // "Other" keeps the voices the article cites.
  await expect(page.getByRole('button', { name: 'Other: select all' })).toBeVisible();
  await page.getByRole('button', { name: 'Other: select all' }).click();
  await expectSearch(page, '?speaker=observers,previous-reports');

  await open(page, `/?speaker=${narrator.id}`);
  await expect(option(page, narrator.name)).toBeChecked();
  await expect(count(page)).toHaveText(`${narrated.length} of ${TOTAL} statements`);
  await expect(cards(page)).toHaveCount(narrated.length);
  await expect(page.locator('article.card.is-narrator')).toHaveCount(narrated.length);
});

for (const width of [390, 1280]) {
  test(`screenshots: the masthead and a narrator's card at ${width} px, light and dark`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await open(page, `/?speaker=${narrator.id},observers`);
      await expect(page.locator('.masthead .dateline')).toBeVisible();
      await page.screenshot({ path: info.outputPath(`masthead-${width}-${colorScheme}.png`) });
      const card = page.locator(`#statement-${narrated[0].id}`);
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: info.outputPath(`narrator-${width}-${colorScheme}.png`) });
      await open(page, '/?embed=1');
      await page.screenshot({ path: info.outputPath(`embed-${width}-${colorScheme}.png`) });
      const widest = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(widest).toBeLessThanOrEqual(width);
    }
  });
}
