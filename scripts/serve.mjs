// Static server for dist/ that applies public/_headers the way Cloudflare Pages does (rules in file
// order, `! Header` detaches an inherited header), so local runs, tests and benchmarks see the same
// framing and CORS headers as production. Usage: node scripts/serve.mjs [--port 4321] [--host localhost] [--dir dist]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { PREVIEW_PORT } from '../src/site.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** Parses Cloudflare-style _headers into [{ pattern: RegExp, set: [name, value][], detach: name[] }]. */
export function parseHeaders(text) {
  const rules = [];
  let current = null;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const glob = raw.trim();
      const re = new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
      current = { glob, pattern: re, set: [], detach: [] };
      rules.push(current);
    } else if (current) {
      const line = raw.trim();
      if (line.startsWith('!')) current.detach.push(line.slice(1).trim().toLowerCase());
      else {
        const i = line.indexOf(':');
        current.set.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
      }
    }
  }
  return rules;
}

/** Headers for a path: later matching rules add to (or, with !, remove) what earlier ones set. */
export function headersFor(rules, path) {
  const out = new Map();
  for (const r of rules) {
    if (!r.pattern.test(path)) continue;
    for (const name of r.detach) out.delete(name);
    for (const [name, value] of r.set) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? [...out.get(key), value] : [value]);
    }
  }
  return out;
}

export function startServer({ dir = 'dist', port = PREVIEW_PORT, host = '127.0.0.1', quiet = false } = {}) {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    let path;
    try { path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { res.writeHead(400).end('Bad request'); return; }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end('Forbidden'); return; }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) { res.writeHead(301, { Location: path + '/' }).end(); return; }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || path.endsWith('/_headers')) { status = 404; file = join(root, '404.html'); path = '/404.html'; }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    for (const [k, v] of headersFor(rules, path)) headers[k] = v.join(', ');
    if (!existsSync(file)) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'); return; }
    // Compress text like any production static host does (Lighthouse and the byte figures assume it).
    const compress = /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|javascript|json|xml|svg/.test(headers['Content-Type']);
    if (compress) { headers['Content-Encoding'] = 'gzip'; headers['Vary'] = 'Accept-Encoding'; }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') { res.end(); return; }
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      if (!quiet) console.log(`Serving ${dir}/ at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
      resolveStart(server);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dir = arg('dir', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  await startServer({ dir, port: Number(arg('port', PREVIEW_PORT)), host: arg('host', '127.0.0.1') });
}
