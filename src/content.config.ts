// The chapters collection: content/chapters/NN-slug.mdx, one chapter a file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { WIDGETS } from './widgets/registry';

const widgetIds = WIDGETS.map((w) => w.id);

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters', generateId: ({ entry }) => entry.replace(/^\d+-|\.mdx$/g, '') }),
  schema: z.object({
    /** Page title (also the <title> and the Open Graph title). */
    title: z.string().min(3).max(90),
    /** One or two sentences for search results, social cards and the feed. */
    description: z.string().min(40).max(220),
    /** Position in the book; must match src/data/chapters.ts. */
    order: z.number().int().min(1),
    /** Sections of the report the chapter explains, e.g. ["§1", "§2"]. */
    sections: z.array(z.string().regex(/^(§\d+(\.\d+)*(–\d+(\.\d+)*)?|Table \d+|Figure \d+)$/)).min(1),
    /** Widgets shown as figures, by registry id. */
    widgets: z.array(z.string().refine((id) => widgetIds.includes(id), { message: 'unknown widget id (see src/widgets/registry.ts)' })).default([]),
    /** Last substantive revision. */
    updated: z.coerce.date(),
    /** First publication. */
    published: z.coerce.date(),
  }),
});

export const collections = { chapters };
