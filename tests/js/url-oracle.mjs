// boot.js's URL reader as a command, for tests/boot_reader.rs, which compares
// it with src/location.rs's `parse` on fuzzed addresses. Not a test itself
// (`node --test tests/js/` runs only *.test.mjs).
//
// Loads data-compiler/src/url.js (or the file named as the first argument)
// in a fresh `node:vm` context holding nothing but URLSearchParams, in strict
// mode as boot.js's function runs it, and checks that it defines only
// `qeReadUrl`. Reads standard input, one JSON value a line: first
// { "ids": { "speaker": [...], "topic": [...], "stance": [...] } }, the
// data's filter values, then { "search": "...", "href": "..." } per address;
// writes one JSON line per address, what qeReadUrl(search, href, ids)
// returned, or { "error": "..." } if it threw.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import vm from 'node:vm';

const file = process.argv[2] ?? new URL('../../data-compiler/src/url.js', import.meta.url);
const context = vm.createContext({ URLSearchParams });
vm.runInContext(`'use strict';\n${readFileSync(file, 'utf8')}`, context, { filename: String(file) });
const defined = Object.keys(context).filter((name) => name !== 'URLSearchParams');
if (defined.join() !== 'qeReadUrl' || typeof context.qeReadUrl !== 'function') {
  console.error(`url-oracle: url.js must define the one function qeReadUrl (served inside boot.js's function), not: ${defined.join(', ')}`);
  process.exit(2);
}

let ids = null;
const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const input = JSON.parse(line);
  if (ids === null) {
    ids = input.ids;
    continue;
  }
  let reading;
  try {
    reading = context.qeReadUrl(input.search, input.href, ids);
  } catch (error) {
    reading = { error: String(error && error.stack || error) };
  }
  out.push(JSON.stringify(reading));
  if (out.length >= 1000) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
