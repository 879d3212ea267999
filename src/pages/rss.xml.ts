// RSS feed of published chapters.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async ({ site }) => {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  return rss({
    title: 'Llama 3 Explained',
    description: 'Chapters of an interactive companion to the Llama 3 technical report.',
    site: site ?? 'http://localhost:4321',
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
