// /oembed/<id>.json and /zh/oembed/<id>.json: a static oEmbed "rich" response whose html is the iframe alone (of the
// embed page in the same language).
import type { APIRoute, GetStaticPaths } from 'astro';
import { iframeSnippet } from '../../../lib/embedSnippet';
import { WIDGETS } from '../../../widgets/registry';
import type { WidgetMeta } from '../../../widgets/types';
import { DEFAULT_ORIGIN } from '../../../site';
import type { Locale } from '../../../i18n/locale';
import { localeParams, localePath } from '../../../i18n/paths';
import { widgetWords } from '../../../i18n/catalogues';
import { SITE_MESSAGES } from '../../../i18n/site';

export const getStaticPaths = (() => localeParams().flatMap(({ params, props }) =>
  WIDGETS.map((meta) => ({ params: { ...params, id: meta.id }, props: { ...props, meta } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { meta, lang } = props as { meta: WidgetMeta; lang: Locale };
  const origin = String(site ?? DEFAULT_ORIGIN);
  const siteName = SITE_MESSAGES[lang].siteName;
  const title = widgetWords(meta.id, lang).title;
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: siteName,
    provider_url: new URL(localePath(lang, '/'), origin).href,
    title,
    html: iframeSnippet({ id: meta.id, title, height: meta.height[lang], siteName, lang }, origin),
    width: 640,
    height: meta.height[lang],
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
