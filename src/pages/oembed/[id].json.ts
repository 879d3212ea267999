// /oembed/<id>.json: a static oEmbed "rich" response whose html is the iframe alone.
import type { APIRoute, GetStaticPaths } from 'astro';
import { iframeSnippet } from '../../lib/embedSnippet';
import { WIDGETS } from '../../widgets/registry';
import type { WidgetMeta } from '../../widgets/types';
import { DEFAULT_ORIGIN, SITE_NAME } from '../../site';

export const getStaticPaths = (() => WIDGETS.map((meta) => ({ params: { id: meta.id }, props: { meta } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const meta = (props as { meta: WidgetMeta }).meta;
  const origin = String(site ?? DEFAULT_ORIGIN);
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: SITE_NAME,
    provider_url: new URL('/', origin).href,
    title: meta.title,
    html: iframeSnippet(meta, origin),
    width: 640,
    height: meta.height,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
