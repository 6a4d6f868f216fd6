// Issue 4 in the built app: each statement in its place in the article, the
// story's exchanges, the stance summary, keyboard and motion preferences,
// print, and screenshots of both views at phone and desktop widths.
import { test, expect } from '@playwright/test';
import { open, count, TOTAL, ARTICLE, option, card, cards, expectSearch } from './helpers.mjs';

const speakerName = (s) => ARTICLE.speakers.find((p) => p.id === s.speaker).name;
const quotes = ARTICLE.statements.filter((s) => s.kind === 'quote');
const paraphrases = ARTICLE.statements.filter((s) => s.kind === 'paraphrase');

const articleText = (page) => page.locator('.article-text');
const paragraphs = (page) => articleText(page).locator('.article-paragraph');
/** The quoted words as the article highlights them (closing punctuation stays outside). */
const words = (s) => s.text.replace(/[\s,.;:]+$/u, '');
/** A quote's highlight: a link whose whole text is the quoted words. */
const highlight = (page, s) => articleText(page).getByRole('link', { name: words(s), exact: true });
const viewTab = (page, name) => page.getByRole('navigation', { name: 'View' }).getByRole('link', { name, exact: true });

test.describe('the article view', () => {
  test('"In the article" writes view=article after the filters, and the view survives a reload', async ({ page }) => {
    await open(page, '/?stance=disputed&q=attack');
    await viewTab(page, 'In the article').click();
    await expectSearch(page, '?stance=disputed&q=attack&view=article');
    await expect(viewTab(page, 'In the article')).toHaveAttribute('aria-current', 'page');
    await expect(articleText(page)).toBeVisible();
    await expect(cards(page)).toHaveCount(0);

    await page.reload();
    await expect(articleText(page)).toBeVisible();
    await expect(viewTab(page, 'In the article')).toHaveAttribute('aria-current', 'page');
    await expect(option(page, 'In a dispute')).toBeChecked();
    await expect(count(page)).toHaveText('5 of 20 statements');

    await viewTab(page, 'Statements').click();
    await expectSearch(page, '?stance=disputed&q=attack');
    await expect(cards(page)).toHaveCount(5);
    // Each switch is a history entry: Back returns to the article, Forward to the list.
    await page.goBack();
    await expect(articleText(page)).toBeVisible();
    await expectSearch(page, '?stance=disputed&q=attack&view=article');
    await page.goForward();
    await expect(cards(page)).toHaveCount(5);
    await expect(articleText(page)).toHaveCount(0);
  });

  test('every quote is highlighted in its own paragraph and every paraphrase is listed there', async ({ page }) => {
    await open(page, '/?view=article');
    await expect(paragraphs(page)).toHaveCount(ARTICLE.article.paragraphs.length);
    for (const s of quotes) {
      const inPlace = paragraphs(page).nth(s.paragraph).getByRole('link', { name: words(s), exact: true });
      await expect(inPlace, `quote ${s.id} highlighted in paragraph ${s.paragraph}`).toBeVisible();
      const background = await inPlace.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background, `quote ${s.id} has a highlight colour`).not.toBe('rgba(0, 0, 0, 0)');
      await expect(inPlace).toHaveAttribute('title', new RegExp(`^${speakerName(s)} · `));
    }
    for (const s of paraphrases) {
      const ref = paragraphs(page).nth(s.paragraph).getByRole('link', { name: `Paraphrase · ${speakerName(s)}: ${s.text}` });
      await expect(ref, `paraphrase ${s.id} listed under paragraph ${s.paragraph}`).toBeVisible();
    }
    await expect(articleText(page).getByRole('link')).toHaveCount(TOTAL);
  });

  test('statements the filters hide are not highlighted', async ({ page }) => {
    await open(page, '/?speaker=lavrov&view=article');
    await expect(count(page)).toHaveText('7 of 20 statements');
    await expect(articleText(page).getByRole('link')).toHaveCount(7);
    const lavrovQuote = quotes.find((s) => s.id === 'lavrov-unlawful');
    await expect(highlight(page, lavrovQuote)).toBeVisible();
    const tillersonQuote = quotes.find((s) => s.id === 'tillerson-low-trust');
    // The words are still in the article, but not as a highlight.
    await expect(paragraphs(page).nth(tillersonQuote.paragraph)).toContainText(words(tillersonQuote));
    await expect(highlight(page, tillersonQuote)).toHaveCount(0);
    await expect(articleText(page).getByText(/^Paraphrase · Rex Tillerson/)).toHaveCount(0);
  });

  test('with nothing left to highlight, the article view says so and offers to clear the filters', async ({ page }) => {
    await open(page, '/?q=zzzz&view=article');
    await expect(count(page)).toHaveText('0 of 20 statements');
    await expect(page.getByText('No statements match these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(count(page)).toHaveText(`${TOTAL} statements`);
    await expect(articleText(page).getByRole('link')).toHaveCount(TOTAL);
    await expectSearch(page, '?view=article');
  });

  test('a card’s "In the article" button jumps to its highlight', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page);
    await card(page, 'lavrov-ambiguous-ideas').getByRole('button', { name: 'In the article' }).click();
    await expect(page).toHaveURL(/\?view=article#statement-lavrov-ambiguous-ideas$/);
    const target = highlight(page, quotes.find((s) => s.id === 'lavrov-ambiguous-ideas'));
    await expect(target).toHaveClass(/\bis-target\b/);
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
  });

  test('a shared link to a statement in the article view opens at its highlight', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, '/?view=article#statement-lavrov-not-again');
    const target = highlight(page, quotes.find((s) => s.id === 'lavrov-not-again'));
    await expect(target).toHaveClass(/\bis-target\b/);
    await expect(target).toBeInViewport();
    await expect(articleText(page).locator('.is-target')).toHaveCount(1);
  });

  test('clicking a highlight selects its card in the list', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, '/?topic=syria&view=article');
    await highlight(page, quotes.find((s) => s.id === 'lavrov-unlawful')).click();
    await expect(page).toHaveURL(/\?topic=syria#statement-lavrov-unlawful$/);
    await expect(articleText(page)).toHaveCount(0);
    const target = card(page, 'lavrov-unlawful');
    await expect(target).toHaveClass(/\bis-target\b/);
    await expect(target).toBeInViewport();
    await expect(count(page)).toHaveText('12 of 20 statements');
  });

  test('Enter on a highlight selects its card in the list', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, '/?view=article');
    const paraphrase = paragraphs(page).nth(7).getByRole('link', { name: /^Paraphrase · Sergey Lavrov: All the vacancies/ });
    await paraphrase.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/#statement-lavrov-state-vacancies$/);
    const target = card(page, 'lavrov-state-vacancies');
    await expect(target).toHaveClass(/\bis-target\b/);
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
  });
});

test.describe('the list view', () => {
  test('"At a glance" says who answers whom above the cards, and each card of a pair says which way it goes, never the other\'s words', async ({ page }) => {
    await open(page);
    const section = page.getByRole('region', { name: 'At a glance' });
    // Above the first card, so the disputes are the first thing read.
    const [overviewTop, firstCardTop] = await Promise.all([
      section.evaluate((e) => e.getBoundingClientRect().top),
      cards(page).first().evaluate((e) => e.getBoundingClientRect().top),
    ]);
    expect(overviewTop).toBeLessThan(firstCardTop);
    const answers = ARTICLE.statements.filter((s) => s.responds_to);
    const rows = section.locator('.exchange-row');
    await expect(rows).toHaveCount(answers.length);
    for (const response of answers) {
      const claim = ARTICLE.statements.find((s) => s.id === response.responds_to);
      const confirms = response.relation === 'confirms';
      const [does, done] = confirms ? ['Confirms', 'Confirmed by'] : ['Disputes', 'Disputed by'];
      await expect(rows.filter({ hasText: `${speakerName(response)} ${does.toLowerCase()} ${speakerName(claim)}` })).toHaveCount(1);
      // The answer says what it does; the claim what happened to it.
      const answerCard = card(page, response.id);
      const claimCard = card(page, claim.id);
      await expect(answerCard.locator('.stance-badge')).toHaveText(new RegExp(`${does} ${speakerName(claim)}$`));
      await expect(claimCard.locator('.stance-badge')).toContainText(`${done} ${speakerName(response)}`);
      await expect(answerCard).not.toContainText(done);
      await expect(claimCard.locator('.stance-badge')).not.toContainText(`${does} `);
      // Both keep their link to the other statement, in words.
      await expect(answerCard.locator('.responds')).toContainText(`${does} ${speakerName(claim)}: `);
      await expect(claimCard.locator('.answered')).toContainText(`${done} ${speakerName(response)}: `);
    }
    // A linked quote reads as a quote, a fragment as a fragment.
    await expect(card(page, 'lavrov-investigation-agreement').locator('.answered'))
      .toContainText('Tillerson’s spokesman: “…no agreement was reached.”');
    // The cards alone carry the statements' ids.
    expect(await section.locator('[id^="statement-"], [data-statement-id]').count()).toBe(0);

    await open(page, '/?stance=agreed');
    await expect(page.getByRole('region', { name: 'At a glance' }).locator('.exchange-row')).toHaveCount(0);
    await open(page, '/?speaker=tillerson-spokesman');
    await expect(page.getByRole('region', { name: 'At a glance' }).locator('.exchange-row')).toHaveCount(1);
  });

  test('every row and cell of "At a glance" is a link to the view it names, and Back returns', async ({ page }) => {
    await open(page);
    const section = page.getByRole('region', { name: 'At a glance' });
    await section.getByRole('link', { name: 'Sergey Lavrov disputes Rex Tillerson' }).click();
    await expectSearch(page, '?speaker=tillerson,lavrov&stance=disputed');
    await expect(card(page, 'lavrov-no-evidence')).toBeVisible();
    await expect(card(page, 'tillerson-assad-behind-attack')).toBeVisible();
    await page.goBack();
    await expectSearch(page, '');
    await expect(count(page)).toHaveText(`${TOTAL} statements`);

    // Each count is the number of cards its view shows.
    const table = page.getByRole('table', { name: /by speaker and topic/ });
    const links = table.locator('td a');
    const n = await links.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i += 1) {
      await open(page);
      const link = page.getByRole('table', { name: /by speaker and topic/ }).locator('td a').nth(i);
      const said = Number(await link.textContent());
      const href = new URL(await link.getAttribute('href'));
      await link.click();
      await expectSearch(page, href.search);
      await expect(cards(page)).toHaveCount(said);
      expect(href.searchParams.get('speaker')).toBeTruthy();
      expect(href.searchParams.get('topic')).toBeTruthy();
    }
    await page.goBack();
    await expectSearch(page, '');
  });

  test('a card\'s "Disputes" and "Disputed by" links open the statement\'s card, each with a history entry; Ctrl+click is left to the browser', async ({ page, context }) => {
    await open(page);
    const response = ARTICLE.statements.find((s) => s.responds_to);
    const claim = ARTICLE.statements.find((s) => s.id === response.responds_to);
    const before = await page.evaluate(() => history.length);
    await card(page, response.id).getByRole('link', { name: new RegExp(`^${speakerName(claim)}:`) }).click();
    await expect(card(page, claim.id)).toHaveClass(/is-target/);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#statement-${claim.id}`);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);

    await card(page, claim.id).getByRole('link', { name: new RegExp(`^${speakerName(response)}:`) }).click();
    await expect(card(page, response.id)).toHaveClass(/is-target/);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#statement-${response.id}`);

    // With Ctrl held, the link opens in a new tab and this page stays as it is.
    const tab = context.waitForEvent('page');
    await card(page, response.id).getByRole('link', { name: new RegExp(`^${speakerName(claim)}:`) }).click({ modifiers: ['Control'] });
    const opened = await tab;
    await opened.waitForLoadState();
    expect(new URL(opened.url()).hash).toBe(`#statement-${claim.id}`);
    await opened.close();
    await expect(card(page, response.id)).toHaveClass(/is-target/);
    expect(new URL(page.url()).hash).toBe(`#statement-${response.id}`);
  });

  test('a filter change paints the first cards with the exact count, and the rest of the page right after', async ({ page }) => {
    await open(page, '/?stance=disputed');
    await expect(cards(page)).toHaveCount(6);
    // What the page holds when the count changes: the first frame's cards.
    const atCount = page.evaluate(() => new Promise((resolve) => {
      const status = document.querySelector('[role=status]');
      const before = status.textContent;
      new MutationObserver((_, observer) => {
        if (status.textContent === before) return;
        observer.disconnect();
        resolve({ text: status.textContent, cards: document.querySelectorAll('ol.cards > li').length });
      }).observe(status, { childList: true, subtree: true, characterData: true });
    }));
    await page.getByRole('button', { name: 'Clear all' }).click();
    expect(await atCount).toEqual({ text: `${TOTAL} statements`, cards: 4 });
    await expect(cards(page)).toHaveCount(TOTAL);
    await expect(cards(page).first()).toHaveAttribute('id', `statement-${ARTICLE.statements[0].id}`);
    await expect(cards(page).last()).toHaveAttribute('id', `statement-${ARTICLE.statements[TOTAL - 1].id}`);
  });

  test('the stance summary counts the stances on screen, and its buttons filter, marked with aria-pressed', async ({ page }) => {
    await open(page);
    const bar = page.getByRole('list', { name: /^Stances of the statements shown/ });
    const buttons = bar.getByRole('button');
    // A dispute is a claim and its answer: counted once, its statements said.
    await expect(buttons).toHaveText(['✓Agreed · 2', '⚡\ufe0eDisputes · 3 (6 statements)', '–No response reported · 12']);
    const disputed = bar.getByRole('button', { name: /^Disputes/ });
    await expect(disputed).toHaveAttribute('aria-pressed', 'false');
    await disputed.click();
    await expect(disputed).toHaveAttribute('aria-pressed', 'true');
    await expect(count(page)).toHaveText('6 of 20 statements');
    await expect(option(page, 'In a dispute')).toBeChecked();
    await expectSearch(page, '?stance=disputed');
    // What is shown: the other stances are not, though pressing adds them.
    await expect(buttons).toHaveText(['✓Agreed · 0', '⚡\ufe0eDisputes · 3 (6 statements)', '–No response reported · 0']);
    await bar.getByRole('button', { name: 'Agreed · 0' }).click();
    await expect(count(page)).toHaveText('8 of 20 statements');
    await expectSearch(page, '?stance=agreed,disputed');
    await disputed.click();
    await expect(count(page)).toHaveText('2 of 20 statements');

    // A stance with nothing to add cannot empty the page.
    await open(page, '/?speaker=lavrov');
    await expect(page.getByRole('list', { name: /^Stances of the statements shown/ }).getByRole('button', { name: 'Agreed · 0' })).toBeDisabled();
    // The legend says what each word means, here and in an embed.
    for (const path of ['/', '/?embed=1']) {
      await open(page, path);
      const legend = page.getByRole('list', { name: 'What the stance words mean' });
      await expect(legend).toBeVisible();
      await expect(legend).toContainText('No response reported: the article gives no answer (which is not agreement).');
      await expect(page.locator('body')).not.toContainText(/unchallenged/i);
    }
  });

  test('the stance summary always adds up to the cards on screen', async ({ page }) => {
    for (const query of ['', '?speaker=lavrov&stance=disputed', '?topic=syria', '?speaker=tillerson,lavrov&topic=us-russia',
      '?stance=agreed,unchallenged', '?q=agreement', '?speaker=article&stance=unchallenged']) {
      await open(page, `/${query}`);
      const onScreen = await cards(page).evaluateAll((els) => els.map((e) => e.className.match(/stance-(\w+)/)[1]));
      const pills = await page.getByRole('list', { name: /^Stances of the statements shown/ }).getByRole('button').allTextContents();
      // "Disputes · 3 (6 statements)" shows 6 cards; "Disputes · 2" two.
      const shown = (t) => { const m = t.match(/· (\d+)(?: \((\d+) statements?\))?$/); return Number(m[2] ?? m[1]); };
      const said = { agreed: shown(pills[0]), disputed: shown(pills[1]), unchallenged: shown(pills[2]) };
      for (const stance of ['agreed', 'disputed', 'unchallenged']) {
        expect(said[stance], `${query}: ${stance}`).toBe(onScreen.filter((s) => s === stance).length);
      }
    }
  });
});

test.describe('keyboard and motion', () => {
  test('keyboard only: Tab to a topic checkbox, Space toggles it, the count changes and focus stays', async ({ page }) => {
    await open(page);
    const syria = option(page, 'Syria');
    let presses = 0;
    while (!(await syria.evaluate((el) => el === document.activeElement)) && presses < 30) {
      await page.keyboard.press('Tab');
      presses++;
    }
    await expect(syria).toBeFocused();
    const ring = await syria.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring, 'a visible focus ring').not.toBe('none');
    await page.keyboard.press('Space');
    await expect(syria).toBeChecked();
    await expect(count(page)).toHaveText('12 of 20 statements');
    await expectSearch(page, '?topic=syria');
    await expect(syria).toBeFocused();
    await page.keyboard.press('Space');
    await expect(syria).not.toBeChecked();
    await expect(count(page)).toHaveText(`${TOTAL} statements`);
    await expect(syria).toBeFocused();
  });

  test('the skip link is the first Tab stop and moves focus to the results', async ({ page }) => {
    await open(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the statements' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main').contains(document.activeElement)
      && document.activeElement !== document.querySelector('main'))).toBe(true);
  });

  /** scrollY on each frame after a click on a far-away link to the first Syria card. */
  async function scrollTrace(page) {
    await open(page);
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    return page.evaluate(async () => {
      const link = document.querySelector('#statement-lavrov-no-evidence .statement-link');
      const trace = [window.scrollY];
      link.click();
      for (let i = 0; i < 45; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        trace.push(window.scrollY);
      }
      return trace;
    });
  }

  test('with prefers-reduced-motion, jumping to a card scrolls there at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const trace = await scrollTrace(page);
    const positions = [...new Set(trace)];
    expect(positions.length, `scroll positions: ${positions.join(', ')}`).toBe(2);
    await expect(card(page, 'tillerson-assad-behind-attack')).toBeInViewport();
  });

  test('without that preference, the same jump animates (the check above can tell them apart)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // A very busy machine can drop every frame of a short animation: try thrice.
    let positions = [];
    for (let attempt = 0; attempt < 3 && positions.length <= 2; attempt++) {
      positions = [...new Set(await scrollTrace(page))];
    }
    expect(positions.length, `scroll positions: ${positions.join(', ')}`).toBeGreaterThan(2);
    await expect(card(page, 'tillerson-assad-behind-attack')).toBeInViewport();
  });
});

test('print shows the filtered statements and what filters them, without the controls', async ({ page }) => {
  await open(page, '/?stance=disputed');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'View' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  // What the printout shows is named, but nothing to click is left.
  await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveText(/In a dispute/);
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeHidden();
  await expect(page.getByRole('list', { name: 'Stances of the statements shown' })).toBeHidden();
  const jumps = page.getByRole('button', { name: 'In the article', exact: true, includeHidden: true });
  await expect(jumps).toHaveCount(6);
  for (const button of await jumps.all()) await expect(button).toBeHidden();
  await expect(cards(page)).toHaveCount(6);
  for (const c of await cards(page).all()) await expect(c).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
});

for (const view of ['list', 'article']) {
  for (const width of [390, 1280]) {
    test(`screenshots: ${view} view at ${width} px, light and dark, fit the width`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await open(page, view === 'article' ? '/?view=article' : '/');
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
        // The theme follows the reader's colour scheme.
        const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g).map(Number);
        const lightness = (r + g + b) / 3;
        if (colorScheme === 'dark') expect(lightness).toBeLessThan(60);
        else expect(lightness).toBeGreaterThan(200);
        // The first screen, as a reader sees it (and as docs/ shows it).
        await page.screenshot({ path: info.outputPath(`${view}-${width}-${colorScheme}.png`) });
      }
    });
  }
}
