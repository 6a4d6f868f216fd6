// Quote Explorer's module script, which starts the app: Trunk's inline
// loader (<script type="module">) as a file of its own, so the page runs
// under a Content-Security-Policy without 'unsafe-inline', and made to say
// when the app cannot start. The post-build hook (qe-prerender, page.rs)
// takes from Trunk's loader only the two names that change with each build
// and writes them, as JavaScript strings, in place of the strings QE_GLUE
// (the wasm-bindgen glue module) and QE_WASM (the wasm) below, and serves
// this file as init.js, without its comments and indentation.
//
// What Trunk's loader does, it does too: it starts the app with the wasm,
// puts the glue's exports on window.wasmBindings (the end-to-end suite calls
// wasmBindings.panic_for_test) and dispatches TrunkApplicationStarted.
import init, * as bindings from 'QE_GLUE';

// boot.js reads the mark: a page whose module never ran (blocked, not
// loaded, no module support) shows the notice on `load`.
document.documentElement.classList.add('qe-module');
try {
  // When the static page is the view (no qe-pending), it is painted before
  // the app starts: with the wasm compiled during parsing, the app would
  // otherwise take the main thread first and the reader would wait for its
  // paint. The timer starts it where frames do not come (a frame out of
  // sight). Nothing to wait for once the paint is on record.
  if (!document.documentElement.classList.contains('qe-pending') && !performance.getEntriesByName('first-contentful-paint').length) {
    await new Promise((painted) => {
      requestAnimationFrame(() => setTimeout(painted));
      setTimeout(painted, 200);
    });
  }
  // The wasm module boot.js began compiling during parsing, else the file,
  // beside this one (a published story's page is in a folder below it).
  const wasm = await init({ module_or_path: await window.qeWasm || new URL('QE_WASM', import.meta.url) });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  // No WebAssembly, a failed fetch, a panic while starting: the static
  // statements stay, with the notice over them.
  console.error('Quote Explorer could not start:', error);
  document.documentElement.classList.remove('qe-pending');
  const notice = document.getElementById('app-failed');
  if (notice) notice.hidden = false;
}
