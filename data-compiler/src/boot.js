// Quote Explorer's first script (written into dist/ by the post-build hook, qe-prerender). A classic
// script from the app's own site, loaded without `crossorigin`, so it runs
// even where the app's module script cannot (a sandboxed frame served
// without CORS, a browser without modules), before the first paint. It does
// what a page that never starts the app still needs:
//
// 1. In an embed (`?embed=1`), it puts the embed's layout and the host's
//    choice of look on <html> (qe-embed, qe-theme-<theme>, qe-bg-transparent,
//    qe-no-controls)
//    and shows the first cards (`cards=`), as the app does, so the static
//    page and the app look alike and the first height is close to the last.
//    It draws nothing itself: the embed footer and "Show all" are the
//    app's own markup, which the prerender wrote hidden; this shows them.
// 2. It reports the page's height to the host page, in the app's two
//    protocols, until the app starts and reports its own: from the first
//    paint when the static page is the app's first view (no filters in the
//    URL), else once the app has failed (no WebAssembly, no module).
// 3. If the app's module has not run by the page's `load` event, it shows
//    the #app-failed notice over the static statements.
// 4. On the full page, it sizes the Embed dialog's previews from their
//    height messages, as the embed code does on a story page.
// 5. A shared link to another view than the default (filters, a search,
//    the article view) first paints no statements of the wrong view: it
//    marks <html> qe-pending, which shows "Loading this view…" in their
//    place until the app draws the view (or fails, and the static list
//    shows with the notice).
// 6. No tap is lost: the static filters are live form controls, ticked to
//    the URL's view here; the panel opens, side headings and stance pills
//    work; what the reader changes is marked (data-qe-touched) and the app
//    takes it over when it starts.
//
// 7. It starts compiling the wasm at once, while the page is parsed and
//    painted, rather than when the deferred module runs after parsing:
//    init.js takes the compiled module from window.qeWasm (or fetches the
//    file itself when this failed: no streaming compile, a wrong MIME type).
//
// It reads the URL only through `qeReadUrl` (url.js), which reads it as
// src/location.rs does and judges nothing: the app, once started, reports
// what it ignored. The post-build hook serves this file with, right after
// 'use strict' below, `var qeFilterIds = {…};` (the data's filter values)
// and url.js: inside this function, so the page gets no new global.
(function () {
  'use strict';
  var root = document.documentElement;
  // Trunk's preload of the wasm is in <head>, above this script; the same
  // request (CORS mode and credentials alike) takes the preloaded response.
  // No `integrity`, as wasm-bindgen's own fetch has none (and browsers ignore
  // it on a fetch preload): checked, the file would be hashed on the main
  // thread and compiled only once the last byte has arrived (1.3 s of one
  // task at 4× for the 48 MB wasm of a 100,000-statement article).
  var wasm = document.querySelector('link[rel=preload][href$=".wasm"]');
  if (wasm && window.WebAssembly && WebAssembly.compileStreaming && window.fetch) {
    window.qeWasm = WebAssembly.compileStreaming(fetch(wasm.href, { credentials: 'same-origin' }))
      .catch(function () { return null; });
  }
  var url = qeReadUrl(location.search, location.href, qeFilterIds);
  var embed = url.embed;
  var id = url.embedId;
  var child = url.childId;
  // What an embed shows before "Show all" (location::FIRST_CARDS unless
  // the URL says otherwise).
  var first = url.cards === null ? Infinity : url.cards;
  if (embed) {
    root.classList.add('qe-embed');
    if (url.theme !== 'light') root.classList.add('qe-theme-' + url.theme);
    if (url.transparent) root.classList.add('qe-bg-transparent');
    if (!url.controls) root.classList.add('qe-no-controls');
  }
  // The article view's tab looks current from the first paint, the page
  // half parsed (preset() below then moves the tab's marks).
  if (/[?&]view=article(&|$)/.test(url.fullView)) root.classList.add('qe-view-article');
  // The list one line a statement (an embed's default), as the app shows it.
  if (url.compact) root.classList.add('qe-compact');

  // The app replaces #app's static page, and with it #app-failed.
  function started() {
    return !document.getElementById('app-failed');
  }

  // The static page is the app's first view only when the URL chooses no
  // statements: then its height goes to the host from the first paint,
  // before the app starts. A filtered view's static page is not what the
  // app will show, so its height goes out only once the app has failed
  // (the notice shows), and the host never resizes to a height the app
  // then changes.
  var unfiltered = url.defaultView;
  function failed() {
    var notice = document.getElementById('app-failed');
    return notice && !notice.hidden;
  }
  if (!unfiltered) root.classList.add('qe-pending');

  var sent = -1;
  function report() {
    if (started() || !document.body || !(unfiltered || failed())) return;
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === sent || window.parent === window) return;
    sent = height;
    window.parent.postMessage(child !== null
      ? 'pymxPYMx' + child + 'xPYMxheightxPYMx' + height
      : { type: 'quote-explorer:height', height: height, embedId: id }, '*');
  }

  // The static page in the embed's shape, from markup the prerender wrote
  // for it: the embed footer (its way out pointing at this view) in place
  // of the page's, links out opening a new tab, and the first cards with
  // the "Show all" button for the rest.
  function shapeEmbed() {
    var footer = document.querySelector('#app .embed-footer');
    if (footer) {
      footer.querySelector('a').href = url.fullView;
      footer.hidden = false;
      var page = document.querySelector('#app .site-footer');
      if (page) page.hidden = true;
    }
    // A fixed view's pills say, and do nothing (the app's are text).
    if (!url.controls) {
      var pills = document.querySelectorAll('#app .stance-pill');
      for (var p = 0; p < pills.length; p++) pills[p].disabled = true;
    }
    var links = document.querySelectorAll('#app a[href^="http"]');
    for (var i = 0; i < links.length; i++) {
      links[i].target = '_blank';
      links[i].rel = 'noopener';
    }
    var list = document.querySelector('#app .cards');
    var more = document.querySelector('#app .show-more');
    var items = list ? list.children : [];
    if (!more || items.length <= first) return;
    for (var k = first; k < items.length; k++) items[k].hidden = true;
    more.hidden = false;
    more.addEventListener('click', function () {
      for (var k = 0; k < items.length; k++) items[k].hidden = false;
      more.hidden = true;
    });
  }

  // Every height change, including the notice appearing (shown by init.js
  // when the wasm fails, or below when the module never ran).
  function watch() {
    if (!embed && child === null) return;
    report();
    if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);
    else window.addEventListener('resize', report);
  }

  // The static filters as the URL sets them, so that a reader's change
  // before the app starts starts from the view on screen.
  function preset() {
    url.filters.forEach(function (control) {
      var box = document.getElementById(control);
      if (box) box.checked = true;
    });
    var q = document.getElementById('q');
    if (q && url.q) q.value = url.q;
    // The article view's tab is the current one, as the app has it.
    var tabs = document.querySelectorAll('#app .view-tab');
    if (tabs.length === 2 && root.classList.contains('qe-view-article')) {
      tabs[0].classList.remove('is-current');
      tabs[0].removeAttribute('aria-current');
      tabs[1].classList.add('is-current');
      tabs[1].setAttribute('aria-current', 'page');
    }
  }

  function touched() {
    root.setAttribute('data-qe-touched', '');
  }

  function setPressed(button, on) {
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  // The static page's controls until the app takes over (then started()
  // is true and the app's own handlers answer).
  function live() {
    var app = document.getElementById('app');
    if (!app) return;
    app.addEventListener('change', function () { if (!started()) touched(); });
    app.addEventListener('input', function () { if (!started()) touched(); });
    app.addEventListener('submit', function (event) {
      if (!started()) { event.preventDefault(); touched(); }
    });
    app.addEventListener('click', function (event) {
      if (started() || !event.target.closest) return;
      var target = event.target.closest('button');
      if (!target) return;
      var filters = target.closest('.filters');
      if (target.classList.contains('filters-toggle') || target.classList.contains('show-results')) {
        var open = target.classList.contains('filters-toggle') && !filters.classList.contains('is-open');
        filters.classList.toggle('is-open', open);
        filters.querySelector('.filters-toggle').setAttribute('aria-expanded', String(open));
        if (!open && target.classList.contains('show-results')) document.getElementById('results').scrollIntoView();
      } else if (target.classList.contains('card-expand')) {
        var whole = target.closest('.card').classList.toggle('is-open');
        target.setAttribute('aria-expanded', String(whole));
      } else if (target.classList.contains('side-heading')) {
        var boxes = target.parentNode.querySelectorAll('input[type=checkbox]:not(:disabled)');
        var all = Array.prototype.every.call(boxes, function (box) { return box.checked; });
        Array.prototype.forEach.call(boxes, function (box) { box.checked = !all; });
        setPressed(target, !all);
        touched();
      } else if (target.classList.contains('stance-pill') && !root.classList.contains('qe-no-controls')) {
        var stance = target.className.match(/stance-(agreed|disputed|unchallenged)/);
        var box = stance && document.getElementById('f-stance-' + stance[1]);
        if (box) {
          box.checked = !box.checked;
          setPressed(target, box.checked);
          touched();
        }
      }
    });
  }

  // As soon as the page is parsed, before the deferred module runs (which
  // DOMContentLoaded would wait for), so the first paint is already shaped.
  function parsed() {
    if (started()) return;
    if (embed) shapeEmbed();
    preset();
    live();
    watch();
  }
  if (document.readyState !== 'loading') parsed();
  else document.addEventListener('readystatechange', parsed, { once: true });

  // The Embed dialog's previews (frames of this app with the ids
  // preview-*, which they send as their embedId): sized from their height
  // messages as a story page's snippet sizes the embed, so the wasm carries
  // no message listener.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== location.origin || !data || data.type !== 'quote-explorer:height' || typeof data.height !== 'number') return;
    var frame = /^preview-/.test(data.embedId) && document.getElementById(data.embedId);
    if (frame && frame.contentWindow === event.source) frame.height = String(Math.ceil(data.height));
  });

  // Module scripts run before `load`; init.js marks <html> as soon as it
  // runs. Without the mark it was blocked or never loaded: say so.
  window.addEventListener('load', function () {
    if (started() || root.classList.contains('qe-module')) return;
    console.error('Quote Explorer could not start: its module script did not run (blocked, not loaded, or no module support).');
    root.classList.remove('qe-pending');
    document.getElementById('app-failed').hidden = false;
    report();
  });
})();
