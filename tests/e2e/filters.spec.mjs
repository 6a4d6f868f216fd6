// Issue 3 in the built app: a reader narrows the statements with the facet
// checkboxes and the search field, and shares exactly that view by URL.
import { test, expect } from '@playwright/test';
import {
  open, count, TOTAL, option, optionLabel, facet, searchBox, expectSearch, historyLength, cards, card,
} from './helpers.mjs';

const HEADLINE = 'Tillerson Meets Putin in Moscow With U.S.-Russia Relations at ‘Low Point’';

test.describe('facets', () => {
  test('each value is labelled "<name> (<count>)" under its legend', async ({ page }) => {
    await open(page);
    const labels = async (legend) => (await facet(page, legend).locator('label').allTextContents()).map((t) => t.trim());
    expect(await labels('Speaker')).toEqual([
      'Rex Tillerson (6)', 'Tillerson’s spokesman (1)', 'Sergey Lavrov (7)', 'Russian officials (1)',
      'Some observers (1)', 'Previous reports (1)', 'The article (3)',
    ]);
    expect(await labels('Topic')).toEqual(['Syria (12)', 'North Korea (1)', 'Ukraine (1)', 'U.S.–Russia relations (17)']);
    expect(await labels('Stance')).toEqual(['Agreed (2)', 'In a dispute (6)', 'No response reported (12)']);
  });

  test('clicking a label filters the list, writes the URL and announces the count', async ({ page }) => {
    await open(page);
    await optionLabel(page, 'In a dispute').click();
    await expect(option(page, 'In a dispute')).toBeChecked();
    await expect(count(page)).toHaveText('6 of 20 statements');
    await expect(cards(page)).toHaveCount(6);
    await expectSearch(page, '?stance=disputed');
    for (const badge of await cards(page).locator('.stance-badge').allTextContents()) {
      expect(badge).toMatch(/Disput(es|ed)/);
    }
  });

  test('values combine with OR within a facet and AND across facets, in canonical URL order', async ({ page }) => {
    await open(page);
    // Clicked in the "wrong" order: the URL still reads speaker, topic, stance.
    await optionLabel(page, 'In a dispute').click();
    await expect(count(page)).toHaveText('6 of 20 statements');
    await optionLabel(page, 'Sergey Lavrov').click();
    await expect(count(page)).toHaveText('2 of 20 statements');
    await optionLabel(page, 'Rex Tillerson').click();
    await expect(count(page)).toHaveText('4 of 20 statements');
    await optionLabel(page, 'Syria').click();
    await expect(count(page)).toHaveText('4 of 20 statements');
    await expectSearch(page, '?speaker=tillerson,lavrov&topic=syria&stance=disputed');
    const speakers = await cards(page).locator('.speaker').allTextContents();
    expect(new Set(speakers)).toEqual(new Set(['Rex Tillerson', 'Sergey Lavrov']));
  });

  test('counts are disjunctive: a facet’s own choice leaves its counts, other facets change them', async ({ page }) => {
    await open(page);
    await optionLabel(page, 'Sergey Lavrov').click();
    await expect(count(page)).toHaveText('7 of 20 statements');
    // Same facet: each speaker still shows what ticking it would add.
    await expect(option(page, 'Rex Tillerson')).toHaveAccessibleName('Rex Tillerson (6)');
    await expect(option(page, 'Sergey Lavrov')).toHaveAccessibleName('Sergey Lavrov (7)');
    // Other facets: counted within Lavrov's statements.
    await expect(option(page, 'Syria')).toHaveAccessibleName('Syria (5)');
    await expect(option(page, 'U.S.–Russia relations')).toHaveAccessibleName('U.S.–Russia relations (6)');
    await expect(option(page, 'In a dispute')).toHaveAccessibleName('In a dispute (2)');
    await expect(option(page, 'No response reported')).toHaveAccessibleName('No response reported (5)');

    await optionLabel(page, 'Syria').click();
    await expect(count(page)).toHaveText('5 of 20 statements');
    await expect(option(page, 'Rex Tillerson')).toHaveAccessibleName('Rex Tillerson (3)');
    await expect(option(page, 'Sergey Lavrov')).toHaveAccessibleName('Sergey Lavrov (5)');
    await expect(option(page, 'Syria')).toHaveAccessibleName('Syria (5)');
  });

  test('a value with no statements left is shown but disabled, and can be unticked once ticked', async ({ page }) => {
    await open(page, '/?speaker=lavrov');
    const northKorea = option(page, 'North Korea');
    await expect(northKorea).toHaveAccessibleName('North Korea (0)');
    await expect(northKorea).toBeVisible();
    await expect(northKorea).toBeDisabled();
    await expect(option(page, 'Agreed')).toBeDisabled();
    await expect(option(page, 'Syria')).toBeEnabled();
    await optionLabel(page, 'North Korea').click({ force: true });
    await expect(count(page)).toHaveText('7 of 20 statements');
    await expectSearch(page, '?speaker=lavrov');

    // Reached by URL, a ticked 0-count value stays operable so the reader can leave.
    await open(page, '/?speaker=lavrov&topic=north-korea');
    await expect(count(page)).toHaveText('0 of 20 statements');
    await expect(option(page, 'North Korea')).toBeChecked();
    await expect(option(page, 'North Korea')).toBeEnabled();
    await optionLabel(page, 'North Korea').click();
    await expect(count(page)).toHaveText('7 of 20 statements');
  });
});

test.describe('search', () => {
  test('typing filters case- and accent-insensitively and marks the matches', async ({ page }) => {
    await open(page);
    await searchBox(page).pressSequentially('ÉVIDENCE', { delay: 30 });
    await expect(count(page)).toHaveText('2 of 20 statements');
    await expectSearch(page, '?q=%C3%89VIDENCE');
    const marks = cards(page).locator('mark');
    await expect(marks).toHaveCount(2);
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('evidence');
    await expect(card(page, 'lavrov-no-evidence').locator('mark')).toHaveText('evidence');
  });

  test('a burst of keystrokes updates the list and announces the count once, after the pause', async ({ page }, info) => {
    await open(page);
    // Types "evidence" one key per 25 ms inside the page (so a busy machine
    // cannot stretch the gaps past the pause), recording each text the live
    // region shows; returns the texts and the longest gap between keys.
    const burst = () => page.evaluate(async () => {
      const input = document.querySelector('input[type="search"]');
      const read = () => document.querySelector('[role="status"]')?.textContent ?? '';
      const texts = [];
      let last = read();
      const observer = new MutationObserver(() => {
        const now = read();
        if (now !== last) texts.push((last = now));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      let gap = 0;
      let at = performance.now();
      for (const ch of 'evidence') {
        input.value += ch;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
        await new Promise((r) => setTimeout(r, 25));
        const now = performance.now();
        gap = Math.max(gap, now - at);
        at = now;
      }
      await new Promise((r) => setTimeout(r, 600));
      observer.disconnect();
      return { texts, gap };
    });
    let result;
    for (let attempt = 0; attempt < 3; attempt++) {
      result = await burst();
      if (result.gap < 150) break;
      info.annotations.push({ type: 'retry', description: `keys were ${result.gap.toFixed(0)} ms apart; typing again` });
      await page.getByRole('button', { name: 'Clear all' }).click();
      await expect(count(page)).toHaveText(`${TOTAL} statements`);
    }
    expect(result.gap, 'the machine was too busy to type a burst').toBeLessThan(150);
    expect(result.texts).toEqual(['2 of 20 statements']);
    await expectSearch(page, '?q=evidence');
  });

  test('search also finds a speaker by name, and the statements with every word come first', async ({ page }) => {
    await open(page, '/?q=lavrov+syria');
    await expect(searchBox(page)).toHaveValue('lavrov syria');
    const speakers = await cards(page).locator('.speaker').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers[0]).toBe('Sergey Lavrov');
    const first = (await cards(page).first().textContent()).toLowerCase();
    expect(first).toContain('syria');
  });

  test('typing replaces the current history entry instead of adding one', async ({ page }) => {
    await open(page);
    await optionLabel(page, 'Sergey Lavrov').click();
    await expectSearch(page, '?speaker=lavrov');
    const before = await historyLength(page);
    await searchBox(page).pressSequentially('attack', { delay: 40 });
    await expectSearch(page, '?speaker=lavrov&q=attack');
    await searchBox(page).press('End');
    await searchBox(page).pressSequentially(' syria', { delay: 40 });
    await expectSearch(page, '?speaker=lavrov&q=attack+syria');
    expect(await historyLength(page)).toBe(before);
    await page.goBack();
    await expectSearch(page, '');
    await expect(count(page)).toHaveText('20 statements');
  });
});

test.describe('active filters', () => {
  test('each chip removes its own filter and "Clear all" removes the rest', async ({ page }) => {
    await open(page, '/?speaker=lavrov&topic=syria&stance=disputed&q=attack');
    const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button');
    await expect(chips).toHaveText(['Sergey Lavrov×', 'Syria×', 'In a dispute×', '“attack”×']);

    await page.getByRole('button', { name: 'Remove filter Topic: Syria' }).click();
    await expectSearch(page, '?speaker=lavrov&stance=disputed&q=attack');
    await expect(option(page, 'Syria')).not.toBeChecked();
    await expect(chips).toHaveCount(3);

    await page.getByRole('button', { name: 'Remove filter search: attack' }).click();
    await expectSearch(page, '?speaker=lavrov&stance=disputed');
    await expect(searchBox(page)).toHaveValue('');
    await expect(count(page)).toHaveText('2 of 20 statements');

    await page.getByRole('button', { name: 'Clear all' }).click();
    await expectSearch(page, '');
    await expect(count(page)).toHaveText(`${TOTAL} statements`);
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  test('an empty result says so, and its button clears every filter', async ({ page }) => {
    await open(page, '/?stance=disputed&q=zzzz');
    await expect(count(page)).toHaveText('0 of 20 statements');
    await expect(cards(page)).toHaveCount(0);
    await expect(page.getByText('No statements match these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(count(page)).toHaveText(`${TOTAL} statements`);
    await expect(cards(page)).toHaveCount(TOTAL);
    await expect(searchBox(page)).toHaveValue('');
    await expect(option(page, 'In a dispute')).not.toBeChecked();
    await expectSearch(page, '');
  });
});

test.describe('URLs', () => {
  test('a pasted URL restores the checkboxes, the query and the count', async ({ page }) => {
    await open(page, '/?speaker=tillerson,lavrov&topic=syria&stance=disputed&q=attack');
    for (const name of ['Rex Tillerson', 'Sergey Lavrov', 'Syria', 'In a dispute']) {
      await expect(option(page, name)).toBeChecked();
    }
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(4);
    await expect(searchBox(page)).toHaveValue('attack');
    await expect(count(page)).toHaveText('4 of 20 statements');
    await expect(cards(page)).toHaveCount(4);
  });

  test('Back and Forward walk through three changes and back, adding no entries', async ({ page }) => {
    await open(page);
    const states = [];
    const snapshot = async () => ({
      search: new URL(page.url()).search,
      count: await count(page).textContent(),
      checked: await page.getByRole('checkbox', { checked: true }).evaluateAll((els) => els.map((e) => e.id)),
      query: await searchBox(page).inputValue(),
    });
    states.push(await snapshot());
    await optionLabel(page, 'Sergey Lavrov').click();
    await searchBox(page).fill('attack');
    await expectSearch(page, '?speaker=lavrov&q=attack');
    states.push(await snapshot());
    await optionLabel(page, 'Syria').click();
    await expectSearch(page, '?speaker=lavrov&topic=syria&q=attack');
    states.push(await snapshot());
    await optionLabel(page, 'In a dispute').click();
    await expectSearch(page, '?speaker=lavrov&topic=syria&stance=disputed&q=attack');
    states.push(await snapshot());
    expect(states.map((s) => s.count)).toEqual(['20 statements', '3 of 20 statements', '3 of 20 statements', '2 of 20 statements']);
    const entries = await historyLength(page);

    const expectState = async (s) => {
      await expectSearch(page, s.search);
      await expect(count(page)).toHaveText(s.count);
      await expect(searchBox(page)).toHaveValue(s.query);
      await expect.poll(async () => (await snapshot()).checked).toEqual(s.checked);
    };
    for (let i = states.length - 2; i >= 0; i--) {
      await page.goBack();
      await expectState(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      await page.goForward();
      await expectState(states[i]);
    }
    expect(await historyLength(page)).toBe(entries);
  });

  test('#statement-<id> on first load scrolls its card into view and marks it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, '/#statement-lavrov-ambiguous-ideas');
    const target = card(page, 'lavrov-ambiguous-ideas');
    await expect(target).toHaveClass(/\bis-target\b/);
    await expect(target).toBeInViewport();
    await expect(page.locator('.card.is-target')).toHaveCount(1);
  });

  test('#statement-<id> works together with filters in the same URL', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, '/?topic=us-russia#statement-lavrov-state-vacancies');
    await expect(count(page)).toHaveText('17 of 20 statements');
    await expect(option(page, 'U.S.–Russia relations')).toBeChecked();
    const target = card(page, 'lavrov-state-vacancies');
    await expect(target).toHaveClass(/\bis-target\b/);
    await expect(target).toBeInViewport();
    await expect(page).toHaveURL(/\?topic=us-russia#statement-lavrov-state-vacancies$/);
  });

  test('a deep link to a statement the URL’s filters hide still shows and marks that statement', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, '/?stance=agreed#statement-lavrov-ambiguous-ideas');
    const target = card(page, 'lavrov-ambiguous-ideas');
    await expect(target).toBeVisible();
    await expect(target).toHaveClass(/\bis-target\b/);
    await expect(target).toBeInViewport();
  });

  test('?speaker=nobody shows a dismissible notice naming it, every statement, and a URL without it', async ({ page }) => {
    const problems = await open(page, '/?speaker=nobody');
    const notice = page.getByRole('note');
    await expect(notice).toContainText('speaker “nobody”');
    await expect(count(page)).toHaveText(`${TOTAL} statements`);
    await expect(cards(page)).toHaveCount(TOTAL);
    await expectSearch(page, '');
    await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(page.getByRole('note')).toHaveCount(0);
    expect(problems).toEqual([]);

    // Known values beside it are kept; unknown parameters are ignored without a word.
    await open(page, '/?speaker=nobody,lavrov&colour=blue');
    await expect(page.getByRole('note')).toContainText('speaker “nobody”');
    await expect(page.getByRole('note')).not.toContainText('colour');
    await expect(count(page)).toHaveText('7 of 20 statements');
    await expectSearch(page, '?speaker=lavrov');
  });

  test('the document title names the active filters', async ({ page }) => {
    await open(page);
    await expect(page).toHaveTitle(`${HEADLINE} · Quote Explorer`);
    await optionLabel(page, 'Sergey Lavrov').click();
    await optionLabel(page, 'In a dispute').click();
    await expect(page).toHaveTitle(`Sergey Lavrov · In a dispute — ${HEADLINE} · Quote Explorer`);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).toHaveTitle(`${HEADLINE} · Quote Explorer`);
  });
});

test.describe('sharing', () => {
  test('"Copy link" puts the current view’s URL on the clipboard and confirms it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await optionLabel(page, 'Syria').click();
    await optionLabel(page, 'In a dispute').click();
    await expectSearch(page, '?topic=syria&stance=disputed');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe('?topic=syria&stance=disputed');
  });

  test('without a Clipboard API, "Copy link" shows the link selected for copying by hand', async ({ page }) => {
    await page.addInitScript(() => {
      delete Navigator.prototype.clipboard;
      delete navigator.clipboard;
    });
    await open(page, '/?speaker=lavrov');
    expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Copy this link:' });
    await expect(field).toHaveValue(page.url());
    await expect.poll(() => field.evaluate((el) => [el.selectionStart, el.selectionEnd, el.value.length]))
      .toEqual([0, page.url().length, page.url().length]);
    await expect(field).toBeFocused();
  });
});

test('each card links to itself within the current view', async ({ page }) => {
  await open(page, '/?topic=syria');
  const link = card(page, 'lavrov-unlawful').getByRole('link', { name: 'Link to this statement' });
  // What a reader copies ("Copy link address") is the resolved address.
  expect(await link.evaluate((a) => a.href)).toBe(new URL('/?topic=syria#statement-lavrov-unlawful', page.url()).href);
  await link.click();
  await expect(page).toHaveURL(/\?topic=syria#statement-lavrov-unlawful$/);
  await expect(card(page, 'lavrov-unlawful')).toHaveClass(/\bis-target\b/);
  await expect(count(page)).toHaveText('12 of 20 statements');
});

test.describe('phones', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters fold behind a button that counts the active ones, and the list comes first', async ({ page }) => {
    await open(page, '/?speaker=lavrov&stance=disputed');
    const toggle = page.getByRole('button', { name: 'Filters (2 active)' });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(option(page, 'Sergey Lavrov')).toBeHidden();
    await expect(searchBox(page)).toBeHidden();
    // The results come first: the count and who disputes whom.
    await expect(count(page)).toBeInViewport();
    await expect(page.getByRole('region', { name: 'At a glance' })).toBeInViewport();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(option(page, 'Sergey Lavrov')).toBeVisible();
    await optionLabel(page, 'No response reported').click();
    await expect(page.getByRole('button', { name: 'Filters (3 active)' })).toBeVisible();
    await expect(count(page)).toHaveText('7 of 20 statements');
  });
});

test('click-to-updated-list time (measured, not asserted)', async ({ page }, info) => {
  await open(page);
  const runs = 15;
  const times = await page.evaluate(async (runs) => {
    const label = [...document.querySelectorAll('label')].find((l) => /^Sergey Lavrov \(/.test(l.textContent));
    const status = () => document.querySelector('[role="status"]')?.textContent;
    const out = [];
    for (let i = 0; i < runs; i++) {
      const before = status();
      const t = await new Promise((resolve) => {
        let t0;
        const observer = new MutationObserver(() => {
          if (status() !== before) {
            const dom = performance.now() - t0;
            observer.disconnect();
            // The next frame is when the reader sees it.
            requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now() - t0 })));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        t0 = performance.now();
        label.click();
      });
      out.push(t);
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  }, runs);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const dom = times.map((t) => t.dom);
  const frame = times.map((t) => t.frame);
  const line = `click → updated list over ${runs} clicks: median ${median(dom).toFixed(2)} ms to the DOM `
    + `(min ${Math.min(...dom).toFixed(2)}, max ${Math.max(...dom).toFixed(2)}); `
    + `median ${median(frame).toFixed(2)} ms to the next frame`;
  console.log(line);
  info.annotations.push({ type: 'click-to-list', description: line });
  expect(times).toHaveLength(runs);
});
