// No jumps: from the first paint to the app's first render nothing above
// the cards moves. Two measures, each way in on a phone and a desktop, the
// CPU throttled 4× (so the static page stays up long enough to be seen):
// - Cumulative Layout Shift, the `layout-shift` entries a
//   PerformanceObserver sees (those right after a reader's input excluded);
// - the place of each part above the cards at every animation frame: the
//   app replaces the static page's nodes with its own, and a node drawn
//   anew is not a "shift" to the browser's measure, though a reader sees it
//   jump all the same.
import { test, expect } from '@playwright/test';

/** Sums the layout shifts from the start, buffered entries included. */
function observeShifts() {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push({
        value: entry.value,
        sources: (entry.sources || []).map((s) => {
          const n = s.node;
          const name = n && n.nodeType === 1 ? `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}` : String(n && n.nodeName);
          const r = (b) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;
          return `${name} ${r(s.previousRect)} → ${r(s.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The parts above the cards, each the first of its kind on screen, and
 * the tab that looks current (underlined): the static page must show the
 * one the app will. */
const ABOVE_CARDS = ['.masthead h1', '.embed-title', '.tools .tool-button', '.tools button[aria-haspopup]',
  '.filters-toggle', '.view-switch', '.view-tab', '.view-tab + .view-tab', '.results-head', '.summary-bar',
  '.view-pending', '.article-view', '.overview', '.cards'];

/** Records, at every animation frame, where each part above the cards is. */
function samplePlaces(selectors) {
  window.__places = [];
  const sample = () => {
    const frame = {};
    for (const selector of selectors) {
      const e = [...document.querySelectorAll(selector)].find((n) => n.checkVisibility());
      if (!e) continue;
      const r = e.getBoundingClientRect();
      frame[selector] = [Math.round(r.left + scrollX), Math.round(r.top + scrollY)];
    }
    const current = [...document.querySelectorAll('.view-tab')]
      .find((e) => e.checkVisibility() && getComputedStyle(e).borderBottomColor !== 'rgba(0, 0, 0, 0)');
    if (current) frame['the current tab'] = [Math.round(current.getBoundingClientRect().left + scrollX), 0];
    window.__places.push(frame);
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** Every part that was on screen in one frame and elsewhere in the next. */
function moves(frames) {
  const out = [];
  for (let k = 1; k < frames.length; k++) {
    for (const [selector, [x, y]] of Object.entries(frames[k])) {
      const before = frames[k - 1][selector];
      if (before && (Math.abs(before[0] - x) > 1 || Math.abs(before[1] - y) > 1)) {
        out.push(`frame ${k}: ${selector} ${before} → ${x},${y}`);
      }
    }
  }
  return out;
}

// The app at the site's root, and the same story as `qe publish` writes it
// into a folder of a site that shares the app (scripts/dev.sh test).
const WAYS_IN = ['/', '/site/tillerson/'].flatMap((base) =>
  ['', '?topic=syria&stance=disputed', '?view=article&q=evidence', '?embed=1'].map((way) => base + way));

for (const width of [390, 1280]) {
  for (const path of WAYS_IN) {
    test(`${path} at ${width} px: nothing moves from the first paint to the app's first render (4× throttle)`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await page.addInitScript(observeShifts);
      await page.addInitScript(`(${samplePlaces})(${JSON.stringify(ABOVE_CARDS)})`);
      await page.goto(path);
      await expect(page.locator('.view-switch a[href]').first()).toBeVisible({ timeout: 20_000 });
      // The app's effects (the reveal, the height reporter) have run.
      await page.waitForTimeout(500);
      const { cls, shifts, frames } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts, frames: window.__places }));
      console.log(`CLS ${path} at ${width} px: ${cls.toFixed(4)} over ${frames.length} frames`);
      expect(frames.length).toBeGreaterThan(3);
      expect(moves(frames)).toEqual([]);
      expect(cls <= 0.001 ? [] : shifts, `CLS ${cls}`).toEqual([]);
    });
  }
}
