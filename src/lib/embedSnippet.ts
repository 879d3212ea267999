// The iframe snippet a blogger pastes, and the URLs of a widget's embed page.
import type { WidgetMeta } from '../widgets/types';

/** /embed/<id>/ with an optional query (no hash: WordPress appends #?secret=…). */
export function embedPath(id: string, query = ''): string {
  return `/embed/${id}/${query ? `?${query}` : ''}`;
}

/** Absolute embed URL on `origin` (e.g. https://example.org). */
export function embedUrl(origin: string, id: string, query = ''): string {
  return new URL(embedPath(id, query), origin).href;
}

/** Escape for an HTML attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe-only snippet: works with no script; embed.js (optional) resizes it to fit. */
export function iframeSnippet(meta: Pick<WidgetMeta, 'id' | 'title' | 'height'>, origin: string, query = ''): string {
  const src = embedUrl(origin, meta.id, query);
  return (
    `<iframe data-l3x src="${escapeAttr(src)}" title="${escapeAttr(`${meta.title} (Llama 3 Explained)`)}" ` +
    `width="100%" height="${meta.height}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`
  );
}

/** The snippet plus the resize helper script. */
export function fullSnippet(meta: Pick<WidgetMeta, 'id' | 'title' | 'height'>, origin: string, query = ''): string {
  return `${iframeSnippet(meta, origin, query)}\n<script async src="${escapeAttr(new URL('/embed.js', origin).href)}"></script>`;
}
