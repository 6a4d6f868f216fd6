// WCAG 2.2 AA in the built app: axe-core finds no violation on any page
// and state a reader can reach, in the light and the dark theme; and the
// structure a screen-reader user navigates by (landmarks, headings).
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { open, count, cards, searchBox } from './helpers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES = [
  { name: 'the default view', path: '/', ready: (page) => expect(count(page)).toHaveText('20 statements') },
  {
    name: 'a filtered view',
    path: '/?speaker=lavrov,tillerson&topic=syria&stance=disputed&q=attack',
    ready: (page) => expect(count(page)).toHaveText('4 of 20 statements'),
  },
  { name: 'the article view', path: '/?view=article', ready: (page) => expect(page.locator('.article-text')).toBeVisible() },
  { name: 'the embed view', path: '/?embed=1', ready: (page) => expect(page.getByRole('link', { name: 'Open the full explorer ↗' })).toBeVisible() },
  {
    name: 'the empty result',
    path: '/?q=zzzz',
    ready: (page) => expect(page.getByText('No statements match these filters.')).toBeVisible(),
  },
];

/** One line per violation and per offending node, for the test output. */
function describe(violations) {
  return violations.map((v) => [
    `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`),
  ].join('\n')).join('\n');
}

// One page load per page, audited in both colour schemes: 10 audits.
for (const { name, path, ready } of PAGES) {
  test(`axe finds no WCAG 2.2 AA violation on ${name}, light and dark`, async ({ page }, info) => {
    await open(page, path);
    await ready(page);
    const found = {};
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      found[colorScheme] = describe(results.violations);
      info.annotations.push({
        type: 'axe',
        description: `${name} (${colorScheme}): ${results.violations.length} violations, `
          + `${results.passes.length} rules passed, ${results.incomplete.length} to review`,
      });
      if (found[colorScheme]) console.log(`axe on ${name} (${colorScheme}):\n${found[colorScheme]}`);
    }
    expect(found, 'violations per colour scheme').toEqual({ light: '', dark: '' });
  });
}

test('the audit is live: a planted low-contrast line is reported as a violation', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'planted';
    p.textContent = 'Barely readable grey on white';
    p.style.cssText = 'color: #bbbbbb; background: #ffffff';
    document.querySelector('main').prepend(p);
  });
  // The same tags as the audits above, on the planted line only (quick).
  const results = await new AxeBuilder({ page }).withTags(TAGS).include('#planted').analyze();
  const contrast = results.violations.find((v) => v.id === 'color-contrast');
  expect(contrast?.nodes.map((n) => n.target.join(' '))).toEqual(['#planted']);
});

test('landmarks: banner, main, the filters as navigation holding a search', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  const filters = page.getByRole('navigation', { name: 'Filters' });
  await expect(filters).toHaveCount(1);
  await expect(filters.getByRole('search')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('status')).toHaveCount(1);
});

test('heading levels start at one h1 and never skip a level, in both views', async ({ page }) => {
  for (const path of ['/', '/?view=article']) {
    await open(page, path);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs
      .filter((h) => !h.closest('dialog:not([open])'))
      .map((h) => Number(h.tagName[1])));
    expect(levels[0], path).toBe(1);
    expect(levels.filter((l) => l === 1), path).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i] - levels[i - 1], `${path}: heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(1);
    }
  }
});

test('stance is written out on every card, never shown by colour alone', async ({ page }) => {
  await open(page);
  const badges = cards(page).locator('.stance-badge');
  await expect(badges).toHaveCount(20);
  for (const text of await badges.allTextContents()) {
    // A word for the stance, after a symbol that never stands alone.
    expect(text.trim()).toMatch(/^\S+\s*(Agreed|Disputed|Disputes .+|Disputed by .+|Confirms .+|Confirmed by .+|No response reported)$/);
  }
});

test('exactly one polite live region announces the count, and a filter change keeps focus', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('status')).toHaveCount(1);
  await expect(page.locator('[aria-live="assertive"], [role="alert"]')).toHaveCount(0);
  const disputed = page.getByRole('checkbox', { name: /^In a dispute/ });
  await disputed.focus();
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('6 of 20 statements');
  await expect(page.getByRole('status')).toHaveCount(1);
  await expect(disputed).toBeFocused();
});

test('the count’s live region stays in place through an empty result and a view switch, so each change is heard', async ({ page }) => {
  // Screen readers announce changes inside an existing live region; a region
  // that is replaced along with its text is usually not read at all.
  await open(page);
  const mark = () => page.evaluate(() => { document.querySelector('[role="status"]').dataset.seen = 'yes'; });
  const same = () => page.evaluate(() => document.querySelector('[role="status"]')?.dataset.seen === 'yes');
  await mark();
  await searchBox(page).fill('zzzz');
  await expect(count(page)).toHaveText('0 of 20 statements');
  expect(await same(), 'after the list became empty').toBe(true);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(count(page)).toHaveText('20 statements');
  expect(await same(), 'after the empty result was cleared').toBe(true);
  await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'In the article' }).click();
  await expect(page.locator('.article-text')).toBeVisible();
  expect(await same(), 'after switching to the article view').toBe(true);
});

test('on a short desktop window every filter checkbox reached with Tab is in sight', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await open(page);
  await page.evaluate(() => window.scrollTo(0, 2500));
  await searchBox(page).focus();
  const boxes = await page.getByRole('checkbox').count();
  for (let i = 0; i < boxes; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { what: el.labels?.[0]?.textContent ?? el.outerHTML.slice(0, 60), inSight: r.top >= 0 && r.bottom <= window.innerHeight };
    });
    expect(seen.inSight, `${seen.what} is focused but out of sight`).toBe(true);
  }
});
