// Collects the parts benches/run.sh measured (target/bench/part-*.json) into
// target/bench/results.json and prints them as a Markdown table for
// docs/performance.md, each number beside its budget.
//
//   node benches/report.mjs            report what the parts hold
//   node benches/report.mjs engine     first turn criterion's estimates into part-engine.json
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg, cpus } from 'node:os';
import { execFileSync } from 'node:child_process';

// The first view's bytes against a minimal Yew app: Yew's own machinery
// alone is 1.16× (benches/reference-app/src/bin/machinery.rs).
const BYTES_BUDGET = 1.65;

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bench = join(root, 'target', 'bench');
const read = (name) => {
  const file = join(bench, `part-${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};
const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (x) => (x == null || !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/// Engine times: microseconds below 0.1 ms.
const engineTime = (x) => (x == null ? '–' : x < 0.1 ? `${(x * 1000).toPrecision(2)} µs` : `${ms(x)} ms`);
const verdict = (ok) => (ok ? 'met' : '**missed**');

/// Criterion's medians (ms) from CARGO_TARGET_DIR/criterion/<group>/<bench>/new/estimates.json.
function engineFromCriterion() {
  const dir = join(bench, 'criterion');
  const out = {};
  const walk = (d, rel) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'report' || entry.name === 'base' || entry.name === 'change') continue;
      const next = join(d, entry.name);
      if (entry.name === 'new') {
        const estimates = JSON.parse(readFileSync(join(next, 'estimates.json'), 'utf8'));
        out[rel.join('/')] = {
          median_ms: estimates.median.point_estimate / 1e6,
          low_ms: estimates.median.confidence_interval.lower_bound / 1e6,
          high_ms: estimates.median.confidence_interval.upper_bound / 1e6,
        };
      } else {
        walk(next, [...rel, entry.name]);
      }
    }
  };
  if (existsSync(dir)) walk(dir, []);
  return out;
}

if (process.argv[2] === 'engine') {
  writeFileSync(join(bench, 'part-engine.json'), JSON.stringify({ measured: new Date().toISOString(), benches: engineFromCriterion() }, null, 1));
}

const git = (...args) => {
  try { return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim(); } catch { return null; }
};
const results = {
  generated: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  dirty: Boolean(git('status', '--porcelain', '--untracked-files=no')),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, loadavg_at_report: loadavg().map((x) => Math.round(x * 100) / 100) },
  bytes: read('bytes'),
  startup: read('startup'),
  scale: Object.fromEntries([1000, 10000, 100000].map((n) => {
    const part = read(`scale-${n}`);
    const build = join(bench, `build-${n}.json`);
    return [n, part && { ...part, build: existsSync(build) ? JSON.parse(readFileSync(build, 'utf8')) : null }];
  }).filter(([, v]) => v)),
  engine: read('engine'),
  // The commit each part measured (benches/run.sh stamps it when the part starts).
  parts: Object.fromEntries(['bytes', 'startup', 'scale', 'engine'].map((p) => {
    const file = join(bench, `stamp-${p}.json`);
    return [p, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null];
  }).filter(([, v]) => v)),
};
writeFileSync(join(bench, 'results.json'), JSON.stringify(results, null, 1));

const lines = [];
const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
const stamps = Object.entries(results.parts)
  .map(([p, v]) => `${p} ${v.started.slice(0, 16).replace('T', ' ')} UTC at ${v.commit}${v.dirty ? '+changes' : ''}`).join('; ');
lines.push(`Measured on ${results.machine.cpus} cores (${results.machine.cpu}): ${stamps || `at ${results.commit}`}. ` +
  `Load average when reported ${results.machine.loadavg_at_report.join(' / ')}.`, '');
row('measure', 'result', 'reference / budget', 'verdict');
row('---', '---', '---', '---');

const b = results.bytes;
if (b) {
  const app = b.builds.app;
  const ref = b.builds.reference;
  const ratio = app.total / ref.total;
  row('first-view bytes, brotli -q 11 (HTML+CSS+JS+wasm)', `${kb(app.total)} KB (wasm ${kb(app.wasm)}, JS ${kb(app.js)}, HTML ${kb(app.html)}, CSS ${kb(app.css)})`,
    `minimal Yew app ${kb(ref.total)} KB (wasm ${kb(ref.wasm)}, JS ${kb(ref.js)}); budget ≤ ${BYTES_BUDGET}× = ${kb(ref.total * BYTES_BUDGET)} KB`,
    `${ratio.toFixed(2)}× ${verdict(ratio <= BYTES_BUDGET)}`);
  for (const [name, v] of Object.entries(b.builds)) {
    if (name === 'app' || name === 'reference') continue;
    if (name.startsWith('reference')) {
      const unminified = b.builds.unminified;
      const versus = name === 'reference_machinery'
        ? `${(v.total / ref.total).toFixed(2)}× the minimal app: the budget leaves ${kb(ref.total * BYTES_BUDGET - v.total)} KB beyond this for the app itself`
        : unminified ? `the app not minified: ${(unminified.total / v.total).toFixed(2)}× this` : '';
      row(`  reference variant: ${v.label}`, `${kb(v.total)} KB (wasm ${kb(v.wasm)}, JS ${kb(v.js)}, HTML ${kb(v.html)})`, versus, '');
      continue;
    }
    row(`  variant: ${v.label}`, `${kb(v.total)} KB (wasm ${kb(v.wasm)}, JS ${kb(v.js)}, HTML ${kb(v.html)}, CSS ${kb(v.css)})`,
      v.note || '', `${(v.total / ref.total).toFixed(2)}×`);
  }
  const mix = b.best_mix;
  if (mix) {
    row('  smallest mix of the variants', `${kb(mix.total)} KB: ${['html', 'css', 'js', 'wasm'].map((k) => `${k} from ${b.builds[mix[k].from].label}`).join(', ')}`,
      '', `${(mix.total / ref.total).toFixed(2)}× ${verdict(mix.total / ref.total <= BYTES_BUDGET)}`);
  }
}
const s = results.startup;
if (s) {
  row(`start-up: first statement card painted (median of ${s.loads}, 4× throttle)`, `${ms(s.app.first_card_painted.median)} ms`,
    `static page ${ms(s.static.first_card_painted.median)} ms; budget ≤ 1.5×`, `${s.ratio_first_card}× ${verdict(s.ratio_first_card <= 1.5)}`);
  row('start-up: interactive (a facet click has changed the count, painted)', `${ms(s.app.interactive.median)} ms (app rendered at ${ms(s.app.app_rendered.median)} ms)`,
    `static page ${ms(s.static.first_card_painted.median)} ms`, `${s.ratio_interactive}×`);
  for (const [key, name] of [['app', 'the default page'], ['filtered', `a shared filtered link (${s.urls?.filtered})`], ['embed', `an embed (${s.urls?.embed})`]]) {
    const w = s[key];
    if (!w || w.interactive_over_fcp == null) continue;
    row(`start-up, ${name}: first card of its view painted / interactive`, `${ms(w.first_card_painted.median)} / ${ms(w.interactive.median)} ms (first contentful paint ${ms(w.first_contentful_paint.median)} ms)`,
      `interactive ≤ 1.5× the first contentful paint of the same load (median of per-load ratios)`, `${w.interactive_over_fcp}× ${verdict(w.interactive_over_fcp <= 1.5)}`);
  }
}
const budgets = { 1000: null, 10000: 50, 100000: 100 };
for (const [n, r] of Object.entries(results.scale)) {
  const budget = budgets[n];
  const where = (x) => (x.main_thread ? `; main thread: script ${ms(x.main_thread.script)}, style ${ms(x.main_thread.style)}, layout ${ms(x.main_thread.layout)} ms` : '');
  const judge = (x) => (budget == null ? '' : `${verdict(x <= budget)}${x > budget ? ` (${(x / budget).toFixed(1)}×)` : ''}`);
  const size = Number(n).toLocaleString('en-US');
  if (r.error) {
    row(`${size} statements`, `${r.error}${r.build ? ` after ${r.build.seconds} s` : ''}`, budget ? `≤ ${budget} ms` : '', budget ? '**missed**' : '');
    continue;
  }
  row(`${size}: checkbox click → list painted (median of ${r.checkbox.n})`, `${ms(r.checkbox.median)} ms (p90 ${ms(r.checkbox.p90)}, longest task ${ms(r.checkbox.longest_task)}${where(r.checkbox)})`,
    budget ? `≤ ${budget} ms` : '–', judge(r.checkbox.median));
  row(`${size}: keystroke + Enter → list painted`, `${ms(r.keystroke_enter.median)} ms (p90 ${ms(r.keystroke_enter.p90)}, longest task ${ms(r.keystroke_enter.longest_task)}${where(r.keystroke_enter)})`,
    budget ? `≤ ${budget} ms` : '–', judge(r.keystroke_enter.median));
  row(`${size}: keystroke → list painted, with the ${r.debounce_ms} ms debounce`, `${ms(r.keystroke_debounced.median)} ms (${ms(r.after_debounce.median)} ms after the debounce fires)`,
    budget ? `≤ ${budget} ms after the debounce` : '–', judge(r.after_debounce.median));
  row(`${size}: start-up (one load)`, `first paint ${ms(r.startup.first_contentful_paint)} ms, wasm started ${ms(r.startup.wasm_started)} ms, app rendered by ${ms(r.startup.app_rendered_by)} ms; longest task ${ms(r.startup.longest_task)} ms`,
    r.build ? `build ${r.build.seconds} s; wasm ${kb(r.build.wasm_raw)} KB, index.html ${kb(r.build.html_raw)} KB (raw)` : '', '');
}
const e = results.engine?.benches;
if (e) {
  const sizes = [1000, 10000, 100000];
  const names = [['index_new', 'Index::new', null], ['first_query', 'Index::new + the first query (start-up; nothing is folded at run time)', null], ['evaluate/none', 'evaluate, nothing chosen', 1], ['evaluate/facets', 'evaluate, 2 speakers + topic + stance', 1],
    ['evaluate/query', 'evaluate, query "sanctions"', 10], ['evaluate/query_facets', 'evaluate, "geneva talks" + facets', 10]];
  for (const [key, label, budget] of names) {
    const vals = sizes.map((n) => e[`${key}/${n}`]?.median_ms);
    if (vals.every((v) => v == null)) continue;
    const growth = vals[2] != null && vals[1] ? ` (×${(vals[1] / vals[0]).toFixed(0)}, ×${(vals[2] / vals[1]).toFixed(0)} per 10× data)` : '';
    row(`engine (native): ${label}, 1k / 10k / 100k`, `${vals.map(engineTime).join(' / ')}${growth}`,
      budget ? `≤ ${budget} ms at 100k` : '–', budget && vals[2] != null ? verdict(vals[2] <= budget) : '');
  }
}
console.log(lines.join('\n'));
