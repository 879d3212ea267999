// RSS feed of published chapters.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { DEFAULT_ORIGIN, SITE_NAME } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  return rss({
    title: SITE_NAME,
    description: 'Chapters of an interactive companion to the Llama 3 technical report.',
    site: site ?? DEFAULT_ORIGIN,
    items: chapters.map((c) => ({
      title: c.data.title,
      description: c.data.description,
      link: `/${c.id}/`,
      pubDate: c.data.published,
      categories: c.data.sections,
    })),
    customData: '<language>en</language>',
  });
};
