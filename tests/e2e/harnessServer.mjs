// A blogger's page on another origin (127.0.0.1:4400) embedding the site's widgets (127.0.0.1:4321):
//   /embed-test?widget=<id>&variant=plain|script|wp|element&params=<query>
// plain: the bare iframe snippet; script: snippet + /embed.js; element: <l3x-embed> via embed.js;
// wp: WordPress's oEmbed treatment (sandbox="allow-scripts", #?secret=…, a copy of wp-embed.js's height listener).
import { createServer } from 'node:http';

const SITE = process.env.SITE ?? 'http://127.0.0.1:4321';
const PORT = Number(process.env.HARNESS_PORT ?? 4400);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(widget, variant, params) {
  const src = `${SITE}/embed/${widget}/${params ? `?${params}` : ''}`;
  const recorder = `<script>
    window.__messages = [];
    addEventListener('message', (e) => { window.__messages.push({ origin: e.origin, data: e.data }); });
  </script>`;
  const frame = (extra = '', url = src) =>
    `<iframe id="frame" data-l3x src="${esc(url)}" title="${esc(widget)} (Llama 3 Explained)" width="100%" height="300" style="border:0;width:100%" ${extra}></iframe>`;
  let body;
  if (variant === 'plain') body = frame();
  else if (variant === 'script') body = `${frame()}<script async src="${SITE}/embed.js"></script>`;
  else if (variant === 'element') body = `<l3x-embed widget="${esc(widget)}" params="${esc(params)}" height="300"></l3x-embed><script src="${SITE}/embed.js"></script>`;
  else if (variant === 'wp') {
    body = `${frame('class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="abcdef1234"', `${src}#?secret=abcdef1234`)}
    <script>
      // The height part of WordPress's wp-embed.js: match secret and source, clamp to 200–1000 px.
      addEventListener('message', (e) => {
        const d = e.data; if (!d || !d.secret || d.message !== 'height') return;
        const f = document.querySelector('iframe[data-secret="' + d.secret + '"]');
        if (!f || f.contentWindow !== e.source) return;
        let h = parseInt(d.value, 10); h = Math.min(1000, Math.max(200, h));
        f.height = String(h); window.__wpHeight = h;
      });
    </script>`;
  } else body = '<p>unknown variant</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed harness</title>${recorder}</head>
  <body style="max-width:640px;margin:20px auto;font-family:sans-serif"><h1>A blog post</h1><p>Some text before the widget.</p>${body}<p>Text after.</p></body></html>`;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  if (url.pathname === '/health') { res.writeHead(200).end('ok'); return; }
  if (url.pathname === '/embed-test') {
    const widget = url.searchParams.get('widget') ?? '';
    if (!/^[a-z0-9-]+$/.test(widget)) { res.writeHead(400).end('bad widget'); return; }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page(widget, url.searchParams.get('variant') ?? 'plain', url.searchParams.get('params') ?? ''));
    return;
  }
  res.writeHead(404).end('not found');
}).listen(PORT, '127.0.0.1');
