// A blogger's page on another origin (127.0.0.1:4400) embedding the site's widgets (127.0.0.1:4321):
//   /embed-test?widget=<id>&variant=plain|script|wp|element|element-noscript&params=<query>[&csp=strict][&scroll=1][&lang=zh]
// The snippets are the site's own (src/lib/embedSnippet.ts), so this page holds exactly what a blogger pastes:
// plain: the bare iframe snippet; script: snippet + /embed.js; element: <l3x-embed> + embed.js;
// element-noscript: <l3x-embed> where embed.js never runs (its fallback link must show);
// wp: WordPress's oEmbed treatment (sandbox="allow-scripts", #?secret=…, a copy of wp-embed.js's listener).
// csp=strict: the page sends a strict CSP (no inline styles; scripts and frames only from the site);
// scroll=1: a long article after the widget, so a test can scroll the frame out of view.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { elementSnippet, fullSnippet, iframeSnippet } from '../../src/lib/embedSnippet.ts';

const SITE = process.env.SITE ?? 'http://127.0.0.1:4321';
const PORT = Number(process.env.HARNESS_PORT ?? 4400);
/** The initial height in every snippet here: well below any widget's, so a resize is visible. */
const HEIGHT = 300;

/** What WordPress keeps of an oEmbed iframe (wp_filter_oembed_result's allowed attributes), plus what it adds. */
function wordPressFrame(html) {
  const keep = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];
  const attrs = [...html.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].filter(([, name]) => keep.includes(name));
  const secret = 'abcdef1234';
  const out = attrs.map(([, name, value]) => (name === 'src' ? ` src="${value}#?secret=${secret}"` : ` ${name}="${value}"`)).join('');
  return `<iframe${out} class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="${secret}"></iframe>`;
}

// The listener part of WordPress's wp-embed.js (wp-includes/js/wp-embed.js), unchanged in what it checks:
// the secret and the source window; heights clamped to 200–1000 px; a link only to the frame's own host,
// only while the frame has focus, and then the whole page navigates.
const WP_EMBED = `
  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
    for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
      if (e.source !== f.contentWindow) continue;
      if (d.message === 'height') {
        let h = parseInt(d.value, 10); h = h > 1000 ? 1000 : ~~h < 200 ? 200 : h;
        f.height = String(h); window.__wpHeight = h;
      }
      if (d.message === 'link') {
        const source = new URL(f.getAttribute('src')), target = new URL(d.value);
        window.__wpLink = d.value;
        if (/^https?:$/i.test(target.protocol) && target.host === source.host && document.activeElement === f) window.top.location.href = d.value;
      }
    }
  });`;

function page(widget, variant, params, { nonce, scroll, lang }) {
  const meta = { id: widget, title: widget, height: HEIGHT, lang };
  const n = nonce ? ` nonce="${nonce}"` : '';
  const recorder = `<script${n}>
    window.__messages = [];
    addEventListener('message', (e) => { window.__messages.push({ origin: e.origin, data: e.data }); });
  </script>`;
  let body;
  if (variant === 'plain') body = iframeSnippet(meta, SITE, params);
  else if (variant === 'script') body = fullSnippet(meta, SITE, params);
  else if (variant === 'element') body = elementSnippet(meta, SITE, params);
  else if (variant === 'element-noscript') body = elementSnippet(meta, SITE, params).split('\n')[0];
  else if (variant === 'wp') body = `${wordPressFrame(iframeSnippet(meta, SITE, params))}<script${n}>${WP_EMBED}</script>`;
  else body = '<p>unknown variant</p>';
  const article = scroll ? '<div class="long">The rest of a long post.</div>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed harness</title>${recorder}
  <style${n}>body { max-width: 640px; margin: 20px auto; font-family: sans-serif } .long { height: 4000px }</style></head>
  <body><h1>A blog post</h1><p>Some text before the widget.</p>${body}<p>Text after.</p>${article}</body></html>`;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  if (url.pathname === '/health') { res.writeHead(200).end('ok'); return; }
  if (url.pathname === '/embed-test') {
    const widget = url.searchParams.get('widget') ?? '';
    if (!/^[a-z0-9-]+$/.test(widget)) { res.writeHead(400).end('bad widget'); return; }
    const strict = url.searchParams.get('csp') === 'strict';
    const nonce = strict ? randomBytes(12).toString('base64') : null;
    const headers = { 'Content-Type': 'text/html; charset=utf-8' };
    // The CSP a careful blogger runs: nothing inline without a nonce, no style attributes at all, scripts and
    // frames only from the widget site (the README's "host CSP").
    if (strict) headers['Content-Security-Policy'] = `default-src 'self'; script-src 'nonce-${nonce}' ${SITE}; style-src 'nonce-${nonce}'; frame-src ${SITE}; img-src 'self'`;
    res.writeHead(200, headers);
    res.end(page(widget, url.searchParams.get('variant') ?? 'plain', url.searchParams.get('params') ?? '', { nonce, scroll: url.searchParams.get('scroll') === '1', lang: url.searchParams.get('lang') === 'zh' ? 'zh' : 'en' }));
    return;
  }
  res.writeHead(404).end('not found');
}).listen(PORT, '127.0.0.1');
