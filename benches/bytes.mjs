// Brotli (quality 11, the `brotli` CLI) sizes of everything a build's first
// view loads: index.html, the stylesheet, the scripts (Trunk's loader, moved
// to init.js by the post-build hook, and the wasm-bindgen glue) and the wasm.
// share.png (the share card, for link previews) and static.html (the benchmark's reference
// page) are not loaded by the first view.
//
//   node benches/bytes.mjs NAME=DIST[=LABEL] ... > target/bench/part-bytes.json
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const brotli = (file) => execFileSync('brotli', ['-q', '11', '-c', file], { maxBuffer: 1 << 30 }).length;

function kindOf(name) {
  if (name === 'index.html') return 'html';
  if (name.endsWith('.css')) return 'css';
  if (name.endsWith('.js')) return 'js';
  if (name.endsWith('.wasm')) return 'wasm';
  return null;
}

function measure(dist) {
  const files = {};
  const sums = { html: 0, css: 0, js: 0, wasm: 0 };
  let raw = 0;
  for (const name of readdirSync(dist).sort()) {
    const kind = kindOf(name);
    if (!kind) continue;
    const path = join(dist, name);
    const size = statSync(path).size;
    const br = brotli(path);
    files[name] = { raw: size, brotli: br };
    sums[kind] += br;
    raw += size;
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return { ...sums, total: sums.html + sums.css + sums.js + sums.wasm, raw_total: raw, files,
    prerendered: /class="?card\b/.test(html), inline_script: /<script type=\"?module\"?>/.test(html) };
}

const builds = {};
for (const arg of process.argv.slice(2)) {
  const [name, dist, label] = arg.split('=');
  builds[name] = { label: label || name, ...measure(resolve(root, dist)) };
}
// The smallest mix the variants offer: each kind of file from the build where it is smallest.
const parts = ['html', 'css', 'js', 'wasm'];
const apps = Object.entries(builds).filter(([name]) => !name.startsWith('reference'));
const best = Object.fromEntries(parts.map((k) => {
  // The HTML only from builds that kept the prerendered statements.
  const [from, b] = apps.filter(([, v]) => k !== 'html' || v.prerendered).sort((x, y) => x[1][k] - y[1][k])[0];
  return [k, { from, brotli: b[k] }];
}));
for (const [name, b] of Object.entries(builds)) {
  if (name.startsWith('reference')) continue;
  if (!b.prerendered) b.note = 'index.html lost the prerendered cards: the post-build hook did not run';
  else if (b.inline_script) b.note = 'the loader stayed inline: the post-build hook did not move it into init.js';
}
console.log(JSON.stringify({ measured: new Date().toISOString(), builds, best_mix: { ...best, total: parts.reduce((s, k) => s + best[k].brotli, 0) } }, null, 1));
