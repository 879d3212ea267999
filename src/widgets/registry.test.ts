// The widget contract, checked for every registered widget.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../data/chapters';
import { defaultsOf, paramDescription, parseParams, serializeParams } from '../lib/urlState';
import { WIDGETS } from './registry';

const islandFile = readFileSync(new URL('../components/WidgetIsland.astro', import.meta.url), 'utf8');

describe.each(WIDGETS.map((w) => [w.id, w] as const))('widget %s', (id, meta) => {
  it('has a kebab-case id, a chapter in the plan and a sane default height', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(CHAPTERS.some((c) => c.slug === meta.chapter)).toBe(true);
    expect(meta.height).toBeGreaterThanOrEqual(200);
    expect(meta.height).toBeLessThanOrEqual(2000);
    expect(meta.title.length).toBeGreaterThan(5);
    expect(meta.summary.length).toBeGreaterThan(20);
  });
  it('is mapped to its island in WidgetIsland.astro', () => {
    expect(islandFile).toContain(`id === '${id}'`);
  });
  it('accepts theme and gives every URL field a default and a description', () => {
    expect(Object.keys(meta.params.shape)).toContain('theme');
    expect(() => defaultsOf(meta.params)).not.toThrow();
    for (const [key, field] of Object.entries(meta.params.shape)) {
      expect(paramDescription(field), `${id}.${key} has no description`).not.toBe('a valid value');
    }
  });
  it('parses any query without throwing, and round-trips what it parses', () => {
    const keys = Object.keys(meta.params.shape);
    const query = fc.dictionary(fc.constantFrom(...keys, 'unknown'), fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer().map(String), fc.constantFrom('true', 'false', '')));
    fc.assert(fc.property(query, (rec) => {
      const first = parseParams(meta.params, new URLSearchParams(rec));
      const second = parseParams(meta.params, serializeParams(meta.params, first.state));
      expect(second.ignored).toEqual([]);
      expect(second.state).toEqual(first.state);
    }));
  });
});

it('widget ids are unique', () => {
  expect(new Set(WIDGETS.map((w) => w.id)).size).toBe(WIDGETS.length);
});
