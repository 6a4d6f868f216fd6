// Serves the built app for the end-to-end tests and the demo, with no
// dependencies: the app from dist/ at `/` and again under
// `/interactives/quotes/` (a publisher's sub-path), the published site of
// several stories under `/site/`, every response carrying
// the strict Content-Security-Policy documented in docs/hosting.md. A
// second port serves tests/e2e/hosts/ as a different origin: the pages that
// embed us; a third port serves the same pages as a third origin, a stranger
// to both (the page that posts fake heights at the host).
//
//   node tests/e2e/server.mjs [--port 8080] [--host-port 8081] [--third-port 8082] [--dist dist] [--site target/site]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('--port', process.env.PORT || 8080));
const hostPort = Number(arg('--host-port', process.env.HOST_PORT || 8081));
const thirdPort = Number(arg('--third-port', process.env.THIRD_PORT || hostPort + 1));
const dist = resolve(root, arg('--dist', 'dist'));
// The site `qe publish` wrote (scripts/dev.sh test): the built-in article,
// the invented four-side one from its spreadsheet folder and from its JSON
// twin, and the hostile one (markup in every field), one folder each, all
// loading the one app from the site's root.
const site = resolve(root, arg('--site', 'target/site'));
const hosts = join(root, 'tests', 'e2e', 'hosts');
const pym = join(root, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js');

// frame-src 'self': the embed dialog previews the embed in frames of the app itself.
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

async function file(res, path, headers = {}) {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] || 'application/octet-stream', 'cache-control': 'no-store', ...headers });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

function inside(base, relative) {
  const path = normalize(join(base, decodeURIComponent(relative)));
  return path.startsWith(base) ? path : null;
}

function app(req, res) {
  const url = new URL(req.url, 'http://x');
  let path = url.pathname;
  let base = dist;
  // /no-cors/: the same build from a host that sends no CORS headers (most
  // do not by default): a sandboxed frame cannot load its module or wasm.
  const cors = !path.startsWith('/no-cors/');
  for (const [prefix, dir] of [
    ['/site/', site], ['/interactives/quotes/', dist], ['/no-cors/', dist], ['/', dist],
  ]) {
    if (path.startsWith(prefix)) { path = path.slice(prefix.length); base = dir; break; }
  }
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const target = inside(base, path);
  // A frame sandboxed without allow-same-origin has the origin "null": its
  // module scripts and the wasm are cross-origin requests that need CORS, or
  // the embed stays a static page. The stylesheet and boot.js carry no
  // integrity or crossorigin attribute, so they load without it.
  const headers = { 'content-security-policy': CSP, ...(cors && { 'access-control-allow-origin': '*' }) };
  (target ? file(res, target, headers) : Promise.resolve(false)).then(async (ok) => {
    if (ok) return;
    if (!extname(path)) {
      // Unknown paths without an extension get the app, as Trunk serves them.
      if (await file(res, join(base, 'index.html'), headers)) return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
}

function hostPages(req, res) {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/pym.v1.min.js') return void file(res, pym);
  const path = url.pathname === '/' ? 'demo.html' : url.pathname.slice(1);
  const target = inside(hosts, path);
  (target ? file(res, target) : Promise.resolve(false)).then((ok) => {
    if (!ok) { res.writeHead(404); res.end('not found'); }
  });
}

createServer(app).listen(port, '127.0.0.1', () => console.log(`Quote Explorer: http://127.0.0.1:${port}/`));
createServer(hostPages).listen(hostPort, '127.0.0.1', () => console.log(`Embed demo host: http://127.0.0.1:${hostPort}/`));
createServer(hostPages).listen(thirdPort, '127.0.0.1', () => console.log(`Third origin: http://127.0.0.1:${thirdPort}/`));
