// init.js (data-compiler/src/init.js), the module that starts the app, as
// the post-build hook serves it (page.rs: comment lines, blank lines and
// indentation dropped; the glue module's and the wasm's names written in),
// run in Node against stubs of what it touches in the page: <html>'s class
// list, #app-failed, performance's paint entries, frames, and a fake
// wasm-bindgen glue module written to a temporary folder.
//
// Run with `node --test tests/js/` (scripts/dev.sh test does).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOURCE = readFileSync(new URL('../../data-compiler/src/init.js', import.meta.url), 'utf8');
const WASM = './quote-explorer-1a2b_bg.wasm';
const folder = mkdtempSync(join(tmpdir(), 'qe-init-'));
// The wasm's file as init.js passes it: beside init.js itself (a published
// story's page is in a folder below it), not beside the page.
const WASM_URL = new URL(WASM, pathToFileURL(join(folder, 'init.js'))).href;
after(() => rmSync(folder, { recursive: true, force: true }));

/** init.js as served, importing `glue` (page.rs's strip_comments and names). */
function served(glue) {
  const lines = SOURCE.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('//'));
  const script = lines.join('\n') + '\n';
  assert.equal(script.split("'QE_GLUE'").length, 2, 'one glue placeholder');
  assert.equal(script.split("'QE_WASM'").length, 2, 'one wasm placeholder');
  return script.replace("'QE_GLUE'", JSON.stringify(glue)).replace("'QE_WASM'", JSON.stringify(WASM));
}

/** The page init.js runs in: what it touches, recorded in `log`. */
function stubPage({ pending = false, painted = false, frames = true } = {}) {
  const log = [];
  const classes = new Set(pending ? ['qe-pending'] : []);
  const notice = { hidden: true };
  const page = {
    log,
    classes,
    notice,
    frame: null,
    document: {
      documentElement: {
        classList: {
          add: (name) => { log.push(`add ${name}`); classes.add(name); },
          remove: (name) => { log.push(`remove ${name}`); classes.delete(name); },
          contains: (name) => classes.has(name),
        },
      },
      getElementById: (id) => (id === 'app-failed' ? notice : null),
    },
    performance: {
      getEntriesByName: (name) => (painted && name === 'first-contentful-paint' ? [{ name, startTime: 12 }] : []),
    },
    requestAnimationFrame: (callback) => {
      log.push('frame requested');
      if (frames) page.frame = callback;
    },
    dispatchEvent: (event) => { log.push(`dispatch ${event.type}`); page.dispatched = event; },
    errors: [],
  };
  return page;
}

const GLOBALS = ['window', 'document', 'performance', 'requestAnimationFrame', 'dispatchEvent'];

let runs = 0;
/**
 * Runs init.js once in `page`, with a glue module whose default export is
 * `init` (the source of a function taking init's argument); resolves when the
 * module has finished. `during(page)` runs while the module may still wait.
 */
async function run(page, init, { qeWasm, during } = {}) {
  const n = ++runs;
  const glue = join(folder, `glue-${n}.mjs`);
  writeFileSync(glue, `export default ${init};\nexport function panic_for_test() {}\n`);
  const file = join(folder, `init-${n}.mjs`);
  writeFileSync(file, served(`./glue-${n}.mjs`));

  const saved = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  const window = { qeWasm };
  const define = (name, value) => Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  define('window', window);
  define('document', page.document);
  define('performance', page.performance);
  define('requestAnimationFrame', page.requestAnimationFrame);
  define('dispatchEvent', page.dispatchEvent);
  globalThis.qeTest = { page, log: (what) => page.log.push(what) };
  const error = console.error;
  console.error = (...args) => { page.log.push('console.error'); page.errors.push(args); };
  try {
    const done = import(pathToFileURL(file).href);
    if (during) await during(page);
    await done;
  } finally {
    console.error = error;
    delete globalThis.qeTest;
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete globalThis[name];
    }
  }
  page.window = window;
  return page;
}

/** A glue `init` that records what it was given and what the page was then. */
const RECORDING_INIT = `async function init(options) {
  const { page, log } = globalThis.qeTest;
  log('init');
  page.initWith = options;
  page.markedAtInit = page.classes.has('qe-module');
  return { exports: 'the wasm' };
}`;

const ticks = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('init.js marks <html> before the app starts, starts it with the wasm file, and does what Trunk\'s loader does', async () => {
  const page = await run(stubPage({ painted: true }), RECORDING_INIT);
  assert.deepEqual(page.log, ['add qe-module', 'init', 'dispatch TrunkApplicationStarted']);
  assert.equal(page.markedAtInit, true);
  assert.equal(String(page.initWith.module_or_path), WASM_URL);
  assert.deepEqual(Object.keys(page.initWith), ['module_or_path']);
  assert.equal(typeof page.window.wasmBindings.panic_for_test, 'function', 'window.wasmBindings is the glue module');
  assert.equal(typeof page.window.wasmBindings.default, 'function');
  assert.deepEqual(page.dispatched.detail, { wasm: { exports: 'the wasm' } });
  assert.equal(page.notice.hidden, true);
  assert.deepEqual(page.errors, []);
});

test('a failed start logs the error, shows the notice and takes the placeholder away', async () => {
  const page = await run(stubPage({ pending: true }), `async function init() {
    globalThis.qeTest.log('init');
    throw new Error('no WebAssembly here');
  }`);
  assert.deepEqual(page.log, ['add qe-module', 'init', 'console.error', 'remove qe-pending']);
  assert.equal(page.errors.length, 1);
  assert.equal(page.errors[0][0], 'Quote Explorer could not start:');
  assert.equal(page.errors[0][1].message, 'no WebAssembly here');
  assert.equal(page.notice.hidden, false);
  assert.equal(page.classes.has('qe-pending'), false);
  assert.equal(page.classes.has('qe-module'), true);
  assert.equal(page.window.wasmBindings, undefined, 'as Trunk\'s loader: no bindings after a failed init');
  assert.equal(page.dispatched, undefined);
});

test('a failing early compile (window.qeWasm rejects) shows the notice too', async () => {
  const rejected = Promise.reject(new Error('compile'));
  rejected.catch(() => {});
  const page = await run(stubPage({ painted: true }), RECORDING_INIT, { qeWasm: rejected });
  assert.deepEqual(page.log, ['add qe-module', 'console.error', 'remove qe-pending']);
  assert.equal(page.notice.hidden, false);
  assert.equal(page.errors[0][1].message, 'compile');
});

test('the paint wait is skipped once the first contentful paint is on record', async () => {
  const page = await run(stubPage({ painted: true }), RECORDING_INIT);
  assert.ok(!page.log.includes('frame requested'), page.log.join(', '));
  assert.ok(page.log.includes('init'));
});

test('the paint wait is skipped for a view the static page is not (qe-pending)', async () => {
  const page = await run(stubPage({ pending: true }), RECORDING_INIT);
  assert.deepEqual(page.log, ['add qe-module', 'init', 'dispatch TrunkApplicationStarted']);
  assert.equal(page.classes.has('qe-pending'), true, 'the app takes the placeholder away, not init.js');
});

test('otherwise the app starts after a frame and the task after it', async () => {
  const page = await run(stubPage(), RECORDING_INIT, {
    during: async (page) => {
      await ticks(30);
      assert.deepEqual(page.log, ['add qe-module', 'frame requested'], 'no start before the frame');
      page.frame();
      await ticks(30);
      assert.ok(page.log.includes('init'), 'started after the frame');
    },
  });
  assert.deepEqual(page.log, ['add qe-module', 'frame requested', 'init', 'dispatch TrunkApplicationStarted']);
});

test('or after 200 ms where frames do not come', async () => {
  const started = performance.now();
  const page = await run(stubPage({ frames: false }), RECORDING_INIT);
  const waited = performance.now() - started;
  assert.ok(waited >= 190, `started after ${waited} ms`);
  assert.deepEqual(page.log, ['add qe-module', 'frame requested', 'init', 'dispatch TrunkApplicationStarted']);
});

test('the module boot.js compiled is passed when there is one, the file name otherwise', async () => {
  const module = { compiled: 'by boot.js' };
  const compiled = await run(stubPage({ painted: true }), RECORDING_INIT, { qeWasm: Promise.resolve(module) });
  assert.equal(compiled.initWith.module_or_path, module);
  // boot.js's compile failed (it resolves to null) or never began.
  const failed = await run(stubPage({ painted: true }), RECORDING_INIT, { qeWasm: Promise.resolve(null) });
  assert.equal(String(failed.initWith.module_or_path), WASM_URL);
  const none = await run(stubPage({ painted: true }), RECORDING_INIT);
  assert.equal(String(none.initWith.module_or_path), WASM_URL);
});
