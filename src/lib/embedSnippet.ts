// The snippets a blogger pastes, and the URLs of a widget's embed page.
// No style="" anywhere: a host page whose CSP has no 'unsafe-inline' in style-src would block it (and
// WordPress strips it from oEmbed HTML); width, height and frameborder attributes do the same job.
// The e2e harness (a plain Node server) imports this file, hence the explicit .ts extension.
// Plain TypeScript with relative .ts imports only (Node strips the types).
import { SITE_NAME } from '../site.ts';
import type { Locale } from '../i18n/locale.ts';

/** What a snippet needs of a widget, in one language: its title and the site's name in that language. */
export interface SnippetMeta {
  id: string;
  title: string;
  height: number;
  /** Default: the English site name. */
  siteName?: string;
  /** The embed page's language (default English): /zh/embed/<id>/ for Chinese. */
  lang?: Locale;
}

/** /embed/<id>/ (or /zh/embed/<id>/) with an optional query (no hash: WordPress appends #?secret=…). */
export function embedPath(id: string, query = '', lang: Locale = 'en'): string {
  return `${lang === 'en' ? '' : `/${lang}`}/embed/${id}/${query ? `?${query}` : ''}`;
}

/** Absolute embed URL on `origin` (e.g. https://example.org). */
export function embedUrl(origin: string, id: string, query = '', lang: Locale = 'en'): string {
  return new URL(embedPath(id, query, lang), origin).href;
}

/** Escape for an HTML attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape for HTML text. */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The frame's accessible name: the widget's title and the site's. */
export function frameTitle(meta: Pick<SnippetMeta, 'title' | 'siteName'>): string {
  return `${meta.title} (${meta.siteName ?? SITE_NAME})`;
}

/** The iframe-only snippet: works with no script; embed.js (optional) resizes it to fit. */
export function iframeSnippet(meta: SnippetMeta, origin: string, query = ''): string {
  const src = embedUrl(origin, meta.id, query, meta.lang);
  return (
    `<iframe data-l3x src="${escapeAttr(src)}" title="${escapeAttr(frameTitle(meta))}" ` +
    `width="100%" height="${meta.height}" frameborder="0" loading="lazy"></iframe>`
  );
}

/** The helper script line: resizes the frames above to fit, and defines <l3x-embed>. */
export function scriptSnippet(origin: string): string {
  return `<script async src="${escapeAttr(new URL('/embed.js', origin).href)}"></script>`;
}

/** The snippet plus the resize helper script. */
export function fullSnippet(meta: SnippetMeta, origin: string, query = ''): string {
  return `${iframeSnippet(meta, origin, query)}\n${scriptSnippet(origin)}`;
}

/**
 * The custom-element form: embed.js turns it into the iframe. Until then, or if the host blocks the
 * script, the element shows its content: a link to the widget's own page.
 */
export function elementSnippet(meta: SnippetMeta, origin: string, query = ''): string {
  const params = query ? ` params="${escapeAttr(query)}"` : '';
  const lang = meta.lang && meta.lang !== 'en' ? ` lang="${escapeAttr(meta.lang)}"` : '';
  return (
    `<l3x-embed widget="${escapeAttr(meta.id)}"${lang}${params} height="${meta.height}">` +
    `<a href="${escapeAttr(embedUrl(origin, meta.id, query, meta.lang))}">${escapeText(frameTitle(meta))}</a></l3x-embed>\n` +
    scriptSnippet(origin)
  );
}
