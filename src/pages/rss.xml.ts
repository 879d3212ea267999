// RSS feed of published chapters.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { chapterBySlug } from '../data/chapters';
import { DEFAULT_ORIGIN, SITE_NAME } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const plan = (id: string) => chapterBySlug(id)!;
  const chapters = (await getCollection('chapters')).sort((a, b) => plan(a.id).order - plan(b.id).order);
  return rss({
    title: SITE_NAME,
    description: 'Chapters of an interactive companion to the Llama 3 technical report.',
    site: site ?? DEFAULT_ORIGIN,
    items: chapters.map((c) => ({
      title: plan(c.id).title,
      description: c.data.description,
      link: `/${c.id}/`,
      pubDate: c.data.published,
      categories: c.data.sections,
    })),
    customData: '<language>en</language>',
  });
};
