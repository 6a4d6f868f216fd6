// Browser measurements for benches/run.sh: headless Chromium (Debian's, driven
// by Playwright, launched as the end-to-end tests launch it) with the CPU
// throttled 4× over the DevTools Protocol, pages served from 127.0.0.1 by
// tests/e2e/server.mjs with the app's Content-Security-Policy.
//
//   node benches/browser.mjs startup --dist DIR [--against DIR2] [--loads 15] [--out FILE]
//     DIR/index.html (the app) against DIR/static.html (the same statements,
//     no script), loads interleaved. Per load: first statement card painted
//     (the first contentful paint when an `article.card` was in the DOM by
//     then, as the prerendered cards are; else the frame after the first card
//     arrived), and for the app the moment a facet checkbox, clicked as soon
//     as the app has rendered (`.view-switch a[href]`: the prerendered tabs have no address), has changed the count (painted).
//     With --against DIR2, another build's three ways in too, in the same
//     run, loads interleaved: a before/after on a noisy machine. With
//     --path P (--against-path P), the app's ways in are loaded under P,
//     e.g. site/tillerson/ for a story qe publish wrote into target/site.
//
//   node benches/browser.mjs trace --dist DIR [--loads 5] [--out FILE]
//     Where the main thread's time goes in each way in: a Chromium trace of
//     each load (4× throttle, the same probe and click as `startup`), its
//     main-thread time split by kind (HTML parsing, script and wasm, style,
//     layout, paint) in three spans: navigation → init.js runs → the app
//     rendered → interactive; and the first contentful paint. Medians over
//     loads.
//     The profiler's own cost lengthens every span a little.
//
//   node benches/browser.mjs scale --dist DIR [--reps 15] [--out FILE]
//     The app built on a large data file: start-up once, then checkbox click →
//     updated list painted, keystroke → updated list painted (with the 200 ms
//     debounce, and from the debounce firing), keystroke + Enter → painted,
//     and the longest task in each of these.
//
//   node benches/browser.mjs read --dist SITE --paths /a/,/b/ [--loads 5]
//     How long the app takes to read its story from each page's data block
//     (the User Timing marks qe-read-start and qe-read-end that app.rs sets).
//
// Times are milliseconds on the page's clock (performance.now(), zero at
// navigation start); an interaction starts at its input event's timeStamp.
// "Painted" is a message posted from the requestAnimationFrame callback of
// the first frame after the change, which runs once that frame's style,
// layout and paint are done; the callback is registered from the input on,
// ahead of any the app registers, so work the app defers until after that
// paint (the rest of a page of cards, the address bar) is not counted.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import e2eConfig from '../tests/e2e/playwright.config.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const mode = argv[0];
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i > 0 ? argv[i + 1] : fallback;
};
const dist = resolve(root, opt('dist', 'target/bench/dist-app'));
const defaultPort = Number(opt('port', 8095));
// `startup --against DIR`: another build's ways in, in the same run (loads interleaved).
const against = opt('against') && resolve(root, opt('against'));
const out = opt('out');
// `--path site/story/` (and `--against-path`): the ways in under that path
// of the server, e.g. a story `qe publish` wrote, served by server.mjs under
// /site/ (its --site folder, target/site).
const appPath = opt('path', '');
const againstPath = opt('against-path', '');
const THROTTLE = 4;
const DEBOUNCE_MS = 200; // src/components/search_box.rs
const SEARCH_PREFIX = 'sanction'; // benches/generate.mjs: "sanction" and "sanctions" both occur
const SEARCH_KEY = 's';

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const quantile = (xs, q) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(q * v.length))] : null;
};
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);
const summary = (xs) => ({ median: round(median(xs)), p90: round(quantile(xs, 0.9)), n: xs.filter(Number.isFinite).length, samples: xs.map(round) });

async function startServer(from = dist, port = defaultPort) {
  const child = spawn(process.execPath, ['tests/e2e/server.mjs', '--port', String(port), '--host-port', String(port + 1),
    '--third-port', String(port + 2), '--dist', from], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}static.html`, { method: 'HEAD' });
      if (res.status < 500) return { child, url };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the server on port ${port} did not start`);
}

async function launch() {
  const { executablePath, args } = e2eConfig.use.launchOptions;
  return chromium.launch({ executablePath, args });
}

async function throttledPage(browser, initScript) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

// Runs in every page before its own scripts (Playwright init scripts are not
// subject to the page's CSP). `click` says whether to click a facet as soon as
// the app has rendered.
function startupProbe(click, facet) {
  const marks = {};
  window.__qeMarks = marks;
  // Says "qe:done" on the console once every mark is in: the bench waits for
  // that message rather than polling the page, which would add tasks of its
  // own to what it measures.
  const check = () => {
    if (marks.said || marks.cardPainted == null || marks['first-contentful-paint'] == null) return;
    if (click && marks.interactive == null && !marks.error) return;
    marks.said = true;
    console.log('qe:done');
  };
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks[e.name] = e.startTime;
    check();
  }).observe({ type: 'paint', buffered: true });
  // init.js, the module that starts the wasm, marks <html> as its first step.
  new MutationObserver((_, watch) => {
    if (document.documentElement.classList.contains('qe-module')) { marks.moduleRan = performance.now(); watch.disconnect(); }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
  const status = () => document.querySelector('.result-count[role=status]') || document.querySelector('[role=status]');
  const clickFacet = () => {
    const box = document.querySelector(facet || 'fieldset.facet input[type=checkbox]:not(:disabled)');
    const s = status();
    if (!box || !s) { marks.error = 'no facet checkbox or status'; check(); return; }
    const before = s.textContent;
    const watch = new MutationObserver(() => {
      if (s.textContent !== before && !marks.statusChanged) {
        marks.statusChanged = performance.now();
        watch.disconnect();
        afterPaint((t) => { marks.interactive = t; check(); });
      }
    });
    watch.observe(s, { childList: true, subtree: true, characterData: true });
    marks.clicked = performance.now();
    box.click();
  };
  // A card of the view on screen: not the static default view's cards a
  // shared link to another view keeps hidden until the app draws its own.
  const viewCard = () => [...document.querySelectorAll('article.card')].some((c) => c.checkVisibility());
  const seen = new MutationObserver(() => {
    if (marks.cardInDom == null && viewCard()) {
      marks.cardInDom = performance.now();
      afterPaint((t) => { marks.cardPainted = t; check(); });
    }
    if (click && marks.appRendered == null && document.querySelector('.view-switch a[href]')) {
      marks.appRendered = performance.now();
      seen.disconnect();
      // A task of its own: the click lands after the render that added the switch.
      setTimeout(clickFacet, 0);
    }
  });
  seen.observe(document, { childList: true, subtree: true });
}

/** The ways in measured: the default page, a shared filtered link, an embed;
 * each with the facet click that changes its count (in the built-in article). */
const VIEWS = { app: '', filtered: '?topic=syria&stance=disputed', embed: '?embed=1&topic=ukraine' };
const CLICKS = { app: '#f-topic-syria', filtered: '#f-stance-disputed', embed: '#f-topic-syria' };

async function startup() {
  const loads = Number(opt('loads', 15));
  const { child, url } = await startServer();
  const other = against ? await startServer(against, defaultPort + 10) : null;
  const browser = await launch();
  const rows = { app: [], filtered: [], embed: [], static: [] };
  const ways = ['app', 'filtered', 'embed', 'static'];
  if (other) for (const w of ['app', 'filtered', 'embed']) { ways.push(`against_${w}`); rows[`against_${w}`] = []; }
  try {
    for (let i = 0; i < loads + 1; i++) {
      for (const which of ways) {
        const app = which !== 'static';
        const base = which.startsWith('against_') ? other.url : url;
        const view = which.replace('against_', '');
        const { context, page } = await throttledPage(browser, `(${startupProbe})(${app}, ${JSON.stringify(CLICKS[view] ?? null)})`);
        const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'qe:done', timeout: 60_000 });
        const path = which.startsWith('against_') ? againstPath : appPath;
        await page.goto(app ? `${base}${path}${VIEWS[view]}` : `${url}static.html`, { waitUntil: 'commit', timeout: 120_000 });
        try {
          await done;
        } catch (error) {
          const marks = await page.evaluate(() => window.__qeMarks).catch(() => null);
          throw new Error(`${which}: ${error.message}; marks so far: ${JSON.stringify(marks)}`);
        }
        const marks = await page.evaluate(() => window.__qeMarks);
        await context.close();
        if (marks.error) throw new Error(`${which}: ${marks.error}`);
        // The card was painted with the first contentful paint if it was in
        // the DOM by then (the prerendered cards); otherwise in the frame after
        // it arrived.
        const fcp = marks['first-contentful-paint'];
        marks.firstCard = fcp != null && marks.cardInDom <= fcp ? fcp : marks.cardPainted;
        // Per load: steadier than absolute times on a shared machine.
        marks.interactiveOverFcp = marks.interactive / fcp;
        if (i > 0) rows[which].push(marks); // the first round warms the server and the disk cache
      }
    }
  } finally {
    await browser.close();
    child.kill();
    other?.child.kill();
  }
  const pick = (list, key) => list.map((m) => m[key] ?? NaN);
  const way = (list) => ({
    first_card_painted: summary(pick(list, 'firstCard')),
    first_contentful_paint: summary(pick(list, 'first-contentful-paint')),
    card_in_dom: summary(pick(list, 'cardInDom')),
    app_rendered: summary(pick(list, 'appRendered')),
    interactive: summary(pick(list, 'interactive')),
    interactive_over_fcp: Math.round(median(pick(list, 'interactiveOverFcp')) * 100) / 100,
  });
  const result = {
    throttle: THROTTLE,
    loads,
    urls: VIEWS,
    app: way(rows.app),
    filtered: way(rows.filtered),
    embed: way(rows.embed),
    ...(other ? { against: { dist: against, app: way(rows.against_app), filtered: way(rows.against_filtered), embed: way(rows.against_embed) } } : {}),
    static: {
      first_card_painted: summary(pick(rows.static, 'firstCard')),
      first_contentful_paint: summary(pick(rows.static, 'first-contentful-paint')),
      card_in_dom: summary(pick(rows.static, 'cardInDom')),
    },
  };
  const s = result.static.first_card_painted.median;
  result.ratio_first_card = Math.round((result.app.first_card_painted.median / s) * 100) / 100;
  result.ratio_interactive = Math.round((result.app.interactive.median / s) * 100) / 100;
  return result;
}

// Installed in the large-data pages: the input event that starts each
// interaction, when the search debounce fires, and long tasks.
function scaleProbe() {
  const probe = { inputs: [], debounceFired: [], longTasks: [] };
  window.__qeProbe = probe;
  for (const type of ['click', 'keydown']) {
    window.addEventListener(type, (e) => {
      probe.inputs.push({ type, key: e.key, at: e.timeStamp });
      if (probe.frames) probe.frames();
    }, true);
  }
  // gloo's Timeout calls the global setTimeout: mark the debounce's firing.
  const setTimeoutOriginal = window.setTimeout;
  window.setTimeout = function (handler, delay, ...rest) {
    if (delay === 200 && typeof handler === 'function') {
      const wrapped = handler;
      handler = function (...a) {
        probe.debounceFired.push(performance.now());
        if (probe.frames) probe.frames();
        return wrapped.apply(this, a);
      };
    }
    return setTimeoutOriginal.call(window, handler, delay, ...rest);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe[e.name] = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  addEventListener('TrunkApplicationStarted', () => { probe.wasmStarted = performance.now(); });
  // Resolves with the time the count text changed and the time the frame
  // that shows it was done (or null after `timeout` ms of no change).
  //
  // "Done" is a message posted from that frame's requestAnimationFrame
  // callback, which runs once the frame's style, layout and paint are over.
  // The callback is registered from the input on (`probe.frames()`, called
  // before the page's own handlers), so it runs before any frame callback
  // the app registers while rendering, and its message is queued ahead of
  // work the app defers to after the paint: that work is not counted.
  probe.arm = (timeout) => {
    const s = document.querySelector('.result-count[role=status]') || document.querySelector('[role=status]');
    const before = s.textContent;
    let changed = null;
    let frameLoop = false;
    probe.pending = new Promise((resolveChange) => {
      const timer = setTimeoutOriginal(() => { watch.disconnect(); resolveChange(null); }, timeout);
      const watch = new MutationObserver(() => {
        if (changed != null || s.textContent === before) return;
        changed = performance.now();
        watch.disconnect();
      });
      watch.observe(s, { childList: true, subtree: true, characterData: true });
      const frame = () => {
        if (changed == null) { requestAnimationFrame(frame); return; }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { clearTimeout(timer); resolveChange({ changed, painted: performance.now(), text: s.textContent }); };
        channel.port2.postMessage(0);
      };
      probe.frames = () => { if (!frameLoop) { frameLoop = true; requestAnimationFrame(frame); } };
    });
  };
}

// The built index.html with its prerendered list cut to the first page of
// cards (the app shows 50 before "Show more"): at 100,000 statements the
// full prerender is ~86 MB of HTML, which a throttled browser does not even
// finish loading, while the interactions after start-up are the same.
const FIRST_PAGE = 50;
function writeFirstPage() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const open = html.indexOf('<ol class="cards">');
  const close = html.indexOf('</ol>', open);
  let cut = html;
  if (open >= 0 && close >= 0) {
    const items = html.slice(open, close).split('\n<li>');
    cut = html.slice(0, open) + items.slice(0, FIRST_PAGE + 1).join('\n<li>') + '\n' + html.slice(close);
  }
  writeFileSync(join(dist, 'first-page.html'), cut);
  return { index_html_bytes: html.length, first_page_html_bytes: cut.length };
}

// Loads `path` and waits until the app has rendered (or `timeout` ms).
async function load(browser, url, path, timeout) {
  const { context, page, cdp } = await throttledPage(browser, `(${scaleProbe})()`);
  page.setDefaultTimeout(300_000);
  const t0 = Date.now();
  let timedOut = false;
  try {
    await page.goto(url + path, { waitUntil: 'commit', timeout });
    await page.waitForSelector('.view-switch a[href]', { timeout: Math.max(1000, timeout - (Date.now() - t0)) });
    await page.waitForFunction(() => document.querySelector('.result-count[role=status]'), null, { polling: 100 });
  } catch (err) {
    if (err.name !== 'TimeoutError') throw err;
    timedOut = true;
  }
  const wall = (Date.now() - t0) / 1000;
  const start = timedOut ? null : await page.evaluate(() => {
    const p = window.__qeProbe;
    return { fcp: p['first-contentful-paint'], wasmStarted: p.wasmStarted, now: performance.now(),
      cards: document.querySelectorAll('ol.cards article.card').length,
      longest: Math.max(0, ...p.longTasks.map((t) => t.duration)) };
  });
  const startup = timedOut
    ? { timed_out_after_seconds: round(wall) }
    : { first_contentful_paint: round(start.fcp), wasm_started: round(start.wasmStarted), app_rendered_by: round(start.now),
      wall_seconds: round(wall), cards_rendered: start.cards, longest_task: round(start.longest) };
  return { context, page, cdp, startup };
}

// Median main-thread milliseconds per kind over a set of interactions
// (script = JS + wasm, style, layout, task = all main-thread work). Includes
// Playwright's own in-page work for the action, which is small.
const spentMedians = (list) => ({
  script: round(median(list.map((x) => x.spent.ScriptDuration))),
  style: round(median(list.map((x) => x.spent.RecalcStyleDuration))),
  layout: round(median(list.map((x) => x.spent.LayoutDuration))),
  task: round(median(list.map((x) => x.spent.TaskDuration))),
});

async function scale() {
  const reps = Number(opt('reps', 15));
  const asBuiltTimeout = Number(opt('startup-timeout', 120)) * 1000;
  const result = { throttle: THROTTLE, reps, ...writeFirstPage() };
  const { child, url } = await startServer();
  const browser = await launch();
  try {
    // Start-up as built (the whole prerendered list), once.
    const asBuilt = await load(browser, url, '', asBuiltTimeout);
    result.startup_as_built = asBuilt.startup;
    await asBuilt.context.close();

    const { context, page, cdp, startup } = await load(browser, url, 'first-page.html', 600_000);
    // Main-thread time by kind (Chrome's Performance.getMetrics, seconds, summed
    // over the page's life): the delta across an interaction says where it went.
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics
      .filter((m) => ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'].includes(m.name))
      .map((m) => [m.name, m.value * 1000]));
    result.startup = startup;
    if (startup.timed_out_after_seconds) throw new Error('the app did not start');
    await page.waitForTimeout(1000);

    // One interaction: arm the watch, act, read when the list changed and was painted.
    const interact = async (act, inputFilter) => {
      await page.evaluate(() => { const p = window.__qeProbe; p.inputs.length = 0; p.debounceFired.length = 0; p.longTasks.length = 0; p.arm(20_000); });
      const before = await metrics();
      await act();
      const r = await page.evaluate(async () => {
        const p = window.__qeProbe;
        const res = await p.pending;
        return { res, inputs: p.inputs.slice(), fired: p.debounceFired.slice(), longTasks: p.longTasks.slice() };
      });
      if (!r.res) throw new Error('the list did not change');
      const after = await metrics();
      const spent = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
      const input = r.inputs.filter(inputFilter).pop();
      const longest = Math.max(0, ...r.longTasks.filter((t) => t.start + t.duration >= input.at).map((t) => t.duration));
      return { total: r.res.painted - input.at, fromDebounce: r.fired.length ? r.res.painted - r.fired[r.fired.length - 1] : NaN, longest, spent };
    };

    // Checkbox: the first speaker, ticked then unticked, and so on.
    const box = page.locator('fieldset.facet input[type=checkbox]').first();
    const clicks = [];
    for (let i = 0; i < reps * 2; i++) clicks.push(await interact(() => box.click(), (e) => e.type === 'click'));
    result.checkbox = { ...summary(clicks.map((c) => c.total)), longest_task: round(Math.max(...clicks.map((c) => c.longest))), main_thread: spentMedians(clicks) };

    // Search: "sanction" typed and applied, then "s" / Backspace alternately.
    const q = page.locator('#q');
    await q.click();
    await q.fill(SEARCH_PREFIX);
    await q.press('Enter');
    await page.waitForTimeout(1500);
    const keys = [];
    for (let i = 0; i < reps * 2; i++) {
      const key = i % 2 ? 'Backspace' : SEARCH_KEY;
      keys.push(await interact(() => page.keyboard.press(key), (e) => e.type === 'keydown' && e.key === key));
    }
    result.keystroke_debounced = { ...summary(keys.map((k) => k.total)), longest_task: round(Math.max(...keys.map((k) => k.longest))), main_thread: spentMedians(keys) };
    result.after_debounce = summary(keys.map((k) => k.fromDebounce));
    result.debounce_ms = DEBOUNCE_MS;
    const enters = [];
    for (let i = 0; i < reps * 2; i++) {
      const key = i % 2 ? 'Backspace' : SEARCH_KEY;
      enters.push(await interact(async () => { await page.keyboard.press(key); await page.keyboard.press('Enter'); },
        (e) => e.type === 'keydown' && e.key === 'Enter'));
    }
    result.keystroke_enter = { ...summary(enters.map((k) => k.total)), longest_task: round(Math.max(...enters.map((k) => k.longest))), main_thread: spentMedians(enters) };
    await context.close();
  } finally {
    await browser.close();
    child.kill();
  }
  return result;
}

// Main-thread time by kind, from a trace's complete events: each event's
// self time (its length less its children's) goes to the kind of its name.
const KINDS = [
  ['parse', /^(ParseHTML|ParseAuthorStyleSheet)$/],
  ['wasm compile', /^(v8\.wasm\.|wasm\.)/],
  ['script', /^(EvaluateScript|FunctionCall|v8\.|V8\.|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|HandlePostMessage|XHRReadyStateChange|MajorGC|MinorGC|BlinkGC)/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/],
  ['layout', /^(Layout|UpdateLayout)$/],
  ['paint', /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|RasterTask)$/],
];
function kindOf(name) {
  for (const [kind, re] of KINDS) if (re.test(name)) return kind;
  return 'other';
}

function breakdown(events, spans, pid) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid);
  if (!main) throw new Error('no renderer main thread in the trace');
  const list = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time per event: subtract the children (events nested in its span).
  const stack = [];
  const out = spans.map(() => ({}));
  const credit = (e, from, to) => {
    const kind = kindOf(e.name);
    spans.forEach(([a, b], i) => {
      const t = Math.max(0, Math.min(to, b) - Math.max(from, a));
      if (t > 0) out[i][kind] = (out[i][kind] || 0) + t;
    });
  };
  // Walk the events in order, crediting each its own time between children.
  const walk = (e, children) => {
    let at = e.ts;
    for (const c of children) {
      if (c.ts > at) credit(e, at, c.ts);
      at = Math.max(at, c.ts + c.dur);
    }
    if (e.ts + e.dur > at) credit(e, at, e.ts + e.dur);
  };
  const tree = [];
  for (const e of list) {
    while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur <= e.ts) stack.pop();
    const node = { e, children: [] };
    (stack.length ? stack[stack.length - 1].children : tree).push(node);
    stack.push(node);
  }
  const visit = (node) => { walk(node.e, node.children.map((c) => c.e)); node.children.forEach(visit); };
  tree.forEach(visit);
  return out.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v / 1000])));
}

async function trace() {
  const loads = Number(opt('loads', 5));
  const { child, url } = await startServer();
  const browser = await launch();
  // Spans in the order they always come; the first paint falls in one of
  // them (before init.js for the default page, anywhere for the others).
  const names = ['navigation → init.js runs', 'init.js → app rendered', 'app rendered → interactive'];
  const result = { throttle: THROTTLE, loads, urls: VIEWS };
  try {
    for (const which of Object.keys(VIEWS)) {
      const rows = [];
      for (let i = 0; i < loads + 1; i++) {
        const { context, page } = await throttledPage(browser, `(${startupProbe})(true, ${JSON.stringify(CLICKS[which])})`);
        await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading'] });
        const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'qe:done', timeout: 60_000 });
        await page.goto(`${url}${VIEWS[which]}`, { waitUntil: 'commit', timeout: 120_000 });
        await done;
        const marks = await page.evaluate(() => window.__qeMarks);
        const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
        await context.close();
        if (i === 0) continue;
        const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame !== false);
        const t = (ms) => nav.ts + ms * 1000;
        const cuts = [0, marks.moduleRan, marks.appRendered, marks.interactive];
        const spans = names.map((_, k) => [t(cuts[k]), t(cuts[k + 1])]);
        rows.push({ cuts, fcp: marks['first-contentful-paint'], parts: breakdown(events, spans, nav.pid) });
      }
      const kinds = ['parse', 'script', 'wasm compile', 'style', 'layout', 'paint', 'other'];
      result[which + '_first_contentful_paint'] = round(median(rows.map((r) => r.fcp)));
      result[which] = names.map((name, k) => ({
        span: name,
        ends_at: round(median(rows.map((r) => r.cuts[k + 1]))),
        ...Object.fromEntries(kinds.map((kind) => [kind, round(median(rows.map((r) => r.parts[k][kind] || 0)))])),
      }));
    }
  } finally {
    await browser.close();
    child.kill();
  }
  return result;
}

// How long the app takes to read its story from the page's data block
// (`qe-read-start` to `qe-read-end`, User Timing marks app.rs sets), per
// story page of a published site (--dist SITE --paths /a/,/b/), 4× throttle.
async function read() {
  const paths = opt('paths', '/').split(',');
  const loads = Number(opt('loads', 5));
  const { child, url } = await startServer(dist);
  const browser = await launch();
  const result = { throttle: THROTTLE, loads };
  try {
    for (const path of paths) {
      const times = [];
      for (let i = 0; i < loads; i++) {
        const { context, page } = await throttledPage(browser);
        await page.goto(url + path.replace(/^\//, ''), { timeout: 300_000 });
        await page.waitForFunction(() => performance.getEntriesByName('qe-read-end').length, null, { timeout: 300_000 });
        times.push(await page.evaluate(() => performance.measure('qe-read', 'qe-read-start', 'qe-read-end').duration));
        await context.close();
      }
      result[path] = summary(times);
    }
  } finally {
    await browser.close();
    child.kill();
  }
  return result;
}

const modes = { startup, scale, trace, read };
if (!modes[mode]) {
  console.error('usage: node benches/browser.mjs startup|scale|trace|read --dist DIR [--loads N] [--reps N] [--paths /a/,/b/] [--out FILE]');
  process.exit(2);
}
const result = await modes[mode]();
const text = JSON.stringify(result, null, 1);
if (out) writeFileSync(resolve(root, out), text);
console.log(text);
