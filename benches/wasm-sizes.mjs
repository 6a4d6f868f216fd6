// Where a wasm file's bytes go: code size per function, grouped by crate,
// read from the name section of cargo's output before wasm-bindgen and
// wasm-opt (which strip the names). A guide for what to slim, not a budget:
// wasm-opt shrinks everything afterwards, roughly in proportion.
//
//   node benches/wasm-sizes.mjs target/bench/app/wasm32-unknown-unknown/release/quote-explorer.wasm [TOP]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const bytes = readFileSync(file);
let at = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
};
const name = () => {
  const len = u32();
  const s = bytes.toString('utf8', at, at + len);
  at += len;
  return s;
};

let imports = 0;
const bodies = [];
const names = new Map();
let data = 0;
const sections = {};
while (at < bytes.length) {
  const id = bytes[at++];
  const size = u32();
  const end = at + size;
  sections[id] = (sections[id] || 0) + size;
  if (id === 2) {
    for (let n = u32(); n > 0; n--) {
      name(); name();
      const kind = bytes[at++];
      if (kind === 0) { u32(); imports++; } else if (kind === 1) { at++; const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n--) {
      const len = u32();
      bodies.push(len);
      at += len;
    }
  } else if (id === 11) {
    data += size;
  } else if (id === 0) {
    const custom = name();
    if (custom === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subSize = u32();
        const subEnd = at + subSize;
        if (sub === 1) {
          for (let n = u32(); n > 0; n--) { const index = u32(); names.set(index, name()); }
        }
        at = subEnd;
      }
    }
  }
  at = end;
}

// The crate a (mangled) symbol belongs to: the first path segment, or for
// `<Type as Trait>::f` the type's crate. Yew's `CompStateInner<COMP>::view`
// is listed apart: each copy holds one function component's body, inlined.
const crateOf = (symbol) => {
  if (symbol.includes('CompStateInner') && symbol.includes('Stateful') && /4view/.test(symbol)) return 'yew::CompStateInner::view (inlined components)';
  if (symbol.startsWith('_ZN')) {
    const m = symbol.match(/^_ZN(\d+)/);
    const first = m ? symbol.slice(3 + m[1].length, 3 + m[1].length + Number(m[1])) : '';
    const inner = first.match(/^_?\$LT\$([a-z_][a-z0-9_]*)\.\./);
    if (inner) return inner[1];
    return first || '(other)';
  }
  if (symbol.startsWith('_R')) {
    const m = symbol.match(/Cs[0-9A-Za-z]*_\d+([a-z_][a-z0-9_]*)/);
    if (m) return m[1].replace(/^(\d+)/, '');
  }
  return '(runtime and wasm-bindgen)';
};
const byCrate = new Map();
const unknown = [];
const functions = [];
bodies.forEach((len, i) => {
  const symbol = names.get(imports + i) || `func${imports + i}`;
  functions.push([symbol, len]);
  const crate = crateOf(symbol);
  if (crate.startsWith('(runtime')) unknown.push([symbol, len]);
  byCrate.set(crate, (byCrate.get(crate) || 0) + len);
});
const code = bodies.reduce((a, b) => a + b, 0);
console.log(`${file}: ${bytes.length} bytes; code ${code} in ${bodies.length} functions; data ${data}`);
console.log('\ncode by crate (bytes before wasm-opt):');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${String(size).padStart(9)}  ${(100 * size / code).toFixed(1).padStart(5)}%  ${crate}`);
}
const top = Number(topArg || 30);
console.log(`\nlargest ${top} functions:`);
for (const [symbol, size] of functions.sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${String(size).padStart(9)}  ${symbol.slice(0, 150)}`);
}
