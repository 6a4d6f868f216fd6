// A fixed view stays fixed: an embed with `controls=0` is a view the
// editor chose, and nothing in it changes its filters. Tested as an editor
// would: every visible element of the embed tapped in turn (links that
// leave the page only checked to open a new tab), and after each tap the
// address's filters and the count are what they were.
import { test, expect } from '@playwright/test';
import { open, count } from './helpers.mjs';

const FIXED = '/?topic=syria&stance=disputed&embed=1&cards=3&controls=0';
const FILTERS = ['speaker', 'topic', 'stance', 'q'];

function filtersOf(url) {
  const params = new URL(url).searchParams;
  return Object.fromEntries(FILTERS.map((key) => [key, params.getAll(key).join('|')]));
}

test('in a fixed embed no tap on any element changes the filters or the count', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await open(page, FIXED);
  const filters = filtersOf(page.url());
  const shown = await count(page).textContent();
  expect(filters).toEqual({ speaker: '', topic: 'syria', stance: 'disputed', q: '' });
  // What the view offers instead: pills in words, no chips, one way out.
  await expect(page.locator('.summary-bar button, .chip, .clear-all, .empty button')).toHaveCount(0);
  await expect(page.locator('.summary-bar .stance-pill')).toHaveCount(3);
  const out = page.getByRole('link', { name: 'Open the full explorer ↗' });
  await expect(out).toHaveAttribute('target', '_blank');
  await expect(out).toHaveAttribute('href', /\?topic=syria&stance=disputed$/);

  // Every element on screen, each found by its tag, class and words (and
  // its rank among equals), tapped once, again after each tap, as taps show
  // more (a card opened, "Show all", the article view) until none is new.
  const done = new Set();
  let tapped = 0;
  for (let round = 0; round < 600; round++) {
    const next = await page.evaluate(([done, round]) => {
      const seen = new Map();
      for (const e of document.querySelectorAll('#app *')) {
        const r = e.getBoundingClientRect();
        if (!e.checkVisibility({ visibilityProperty: true }) || r.width === 0 || r.height === 0) continue;
        const base = `${e.tagName.toLowerCase()}.${String(e.className).trim()} “${(e.textContent || '').trim().slice(0, 60)}”`;
        const rank = (seen.get(base) || 0) + 1;
        seen.set(base, rank);
        const key = `${base} #${rank}`;
        if (done.includes(key)) continue;
        e.setAttribute('data-tap', String(round));
        const link = e.closest('a[href]');
        // A link out (another page, or this one in a new tab); the app's
        // own links (a view tab, the density, a card) are tapped.
        const elsewhere = link && new URL(link.href).origin + new URL(link.href).pathname !== location.origin + location.pathname;
        const leaves = Boolean(link) && (link.target === '_blank' || Boolean(elsewhere));
        return { key, leaves, target: link && link.target };
      }
      return null;
    }, [[...done], round]);
    if (!next) break;
    done.add(next.key);
    if (next.leaves) {
      expect(next.target, `${next.key} leaves the page in a new tab`).toBe('_blank');
      continue;
    }
    const element = page.locator(`[data-tap="${round}"]`).first();
    await element.click({ timeout: 1_000 }).catch(() => element.dispatchEvent('click', {}, { timeout: 1_000 }).catch(() => {}));
    tapped++;
    expect(filtersOf(page.url()), `after tapping ${next.key}`).toEqual(filters);
    await expect(count(page), `after tapping ${next.key}`).toHaveText(shown);
  }
  console.log(`tapped ${tapped} elements, ${done.size - tapped} links out checked`);
  expect(tapped).toBeGreaterThan(30);
  expect(problems).toEqual([]);
});
