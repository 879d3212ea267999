// The chapters collection: content/chapters/<lang>/NN-slug.mdx, one chapter a file per language (id "en/gqa"). Titles and order live in
// src/data/chapters.ts (one place for every page that names a chapter); the front matter holds the rest.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters', generateId: ({ entry }) => entry.replace(/(^|\/)\d+-/, '$1').replace(/\.mdx$/, '') }),
  schema: z.object({
    /** One or two sentences for search results, social cards and the feed. */
    description: z.string().min(40).max(220),
    /** Sections of the report the chapter explains, e.g. ["§1", "§2"]. */
    sections: z.array(z.string().regex(/^(§\d+(\.\d+)*(–\d+(\.\d+)*)?|Table \d+|Figure \d+)$/)).min(1),
    /** Last substantive revision. */
    updated: z.coerce.date(),
    /** First publication. */
    published: z.coerce.date(),
  }),
});

export const collections = { chapters };
