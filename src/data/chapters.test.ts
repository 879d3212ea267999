import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../widgets/registry';
import { CHAPTERS } from './chapters';

const dir = new URL('../../content/chapters/en/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

describe('chapter plan', () => {
  it('is in order 1…N with unique slugs: the eleven chapters of DESIGN.md', () => {
    expect(CHAPTERS.map((c) => c.order)).toEqual(CHAPTERS.map((_, i) => i + 1));
    expect(new Set(CHAPTERS.map((c) => c.slug)).size).toBe(CHAPTERS.length);
    expect(CHAPTERS.map((c) => c.slug)).toEqual([
      'overview', 'architecture', 'tokenizer', 'gqa', 'rope', 'long-context', 'pretraining', 'training-at-scale', 'post-training', 'dpo-vs-ppo', 'multimodal',
    ]);
  });
  it('marks exactly the chapters that have a file as published, with matching NN-slug names', () => {
    const published = CHAPTERS.filter((c) => c.published).map((c) => `${String(c.order).padStart(2, '0')}-${c.slug}.mdx`);
    expect(files.sort()).toEqual(published.sort());
  });
  it('holds every chapter title: no front matter repeats a title or an order', () => {
    for (const c of CHAPTERS) {
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.short.length).toBeGreaterThan(3);
      expect(c.title.length).toBeLessThanOrEqual(90);
    }
    for (const f of files) {
      const front = readFileSync(new URL(f, dir), 'utf8').split('\n---\n')[0]!;
      expect(front, f).not.toMatch(/^(title|order|widgets):/m);
    }
  });
  it('each published chapter shows exactly its own widgets as figures, each once', () => {
    for (const c of CHAPTERS.filter((x) => x.published)) {
      const mdx = readFileSync(new URL(`${String(c.order).padStart(2, '0')}-${c.slug}.mdx`, dir), 'utf8');
      const figures = [...mdx.matchAll(/<Figure id="([a-z0-9-]+)"/g)].map((m) => m[1]);
      const own = WIDGETS.filter((w) => w.chapter === c.slug).map((w) => w.id);
      expect(figures, c.slug).toEqual(own);
    }
  });
});
