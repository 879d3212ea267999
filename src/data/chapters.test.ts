import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAPTERS } from './chapters';

const files = readdirSync(new URL('../../content/chapters/', import.meta.url)).filter((f) => f.endsWith('.mdx'));

describe('chapter plan', () => {
  it('is in order 1…N with unique slugs', () => {
    expect(CHAPTERS.map((c) => c.order)).toEqual(CHAPTERS.map((_, i) => i + 1));
    expect(new Set(CHAPTERS.map((c) => c.slug)).size).toBe(CHAPTERS.length);
  });
  it('marks exactly the chapters that have a file as published, with matching NN-slug names', () => {
    const published = CHAPTERS.filter((c) => c.published).map((c) => `${String(c.order).padStart(2, '0')}-${c.slug}.mdx`);
    expect(files.sort()).toEqual(published.sort());
  });
});
