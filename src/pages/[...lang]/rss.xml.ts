// The feed of published chapters, one per language: /rss.xml and /zh/rss.xml.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { chapterBySlug } from '../../data/chapters';
import { DEFAULT_ORIGIN } from '../../site';
import { LANG_TAG, type Locale } from '../../i18n/locale';
import { localeParams, localePath } from '../../i18n/paths';
import { SITE_MESSAGES } from '../../i18n/site';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Locale };
  const t = SITE_MESSAGES[lang];
  const plan = (id: string) => chapterBySlug(id.slice(lang.length + 1))!;
  const chapters = (await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) => plan(a.id).order - plan(b.id).order);
  return rss({
    title: t.siteName,
    description: t.feedDescription,
    site: site ?? DEFAULT_ORIGIN,
    items: chapters.map((c) => ({
      title: plan(c.id).title[lang],
      description: c.data.description,
      link: localePath(lang, `/${plan(c.id).slug}/`),
      pubDate: c.data.published,
      categories: c.data.sections,
    })),
    customData: `<language>${LANG_TAG[lang]}</language>`,
  });
};
