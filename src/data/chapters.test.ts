// The plan of the book against the chapter files, in every language, and the languages against each other: a
// translated chapter has the English chapter's sections, figures, report references, citations and math.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../widgets/registry';
import { LOCALES, type Locale } from '../i18n/locale';
import { headingIds } from '../lib/rehypeChapterLocale.mjs';
import { CHAPTERS, chapterHref, isPublished, type ChapterPlan } from './chapters';

const dir = (lang: Locale) => new URL(`../../content/chapters/${lang}/`, import.meta.url);
const files = (lang: Locale) => (existsSync(dir(lang)) ? readdirSync(dir(lang)).filter((f) => f.endsWith('.mdx')) : []);
const fileName = (c: ChapterPlan) => `${String(c.order).padStart(2, '0')}-${c.slug}.mdx`;
const source = (c: ChapterPlan, lang: Locale) => readFileSync(new URL(fileName(c), dir(lang)), 'utf8');
const front = (text: string) => text.split('\n---\n')[0]!;
const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);

describe('chapter plan', () => {
  it('is in order 1…N with unique slugs: the eleven chapters of DESIGN.md', () => {
    expect(CHAPTERS.map((c) => c.order)).toEqual(CHAPTERS.map((_, i) => i + 1));
    expect(new Set(CHAPTERS.map((c) => c.slug)).size).toBe(CHAPTERS.length);
    expect(CHAPTERS.map((c) => c.slug)).toEqual([
      'overview', 'architecture', 'tokenizer', 'gqa', 'rope', 'long-context', 'pretraining', 'training-at-scale', 'post-training', 'dpo-vs-ppo', 'multimodal',
    ]);
  });
  for (const lang of LOCALES) {
    it(`${lang}: marks exactly the chapters that have a file as published, with matching NN-slug names`, () => {
      const published = CHAPTERS.filter((c) => isPublished(c, lang)).map(fileName);
      expect(files(lang).sort()).toEqual(published.sort());
    });
  }
  it('a chapter is published in Chinese exactly when it is in English (a chapter is done only in both languages)', () => {
    for (const c of CHAPTERS) expect(isPublished(c, 'zh'), c.slug).toBe(isPublished(c, 'en'));
  });
  it('links a chapter only where it is published: an unpublished one is "coming soon", never a broken link', () => {
    for (const c of CHAPTERS) {
      expect(chapterHref(c.slug, 'en')).toBe(isPublished(c, 'en') ? `/${c.slug}/` : null);
      expect(chapterHref(c.slug, 'zh')).toBe(isPublished(c, 'zh') ? `/zh/${c.slug}/` : null);
    }
  });
  it('holds every chapter title in every language: no front matter repeats a title or an order', () => {
    for (const c of CHAPTERS) {
      for (const lang of LOCALES) {
        expect(c.title[lang].length, `${c.slug} ${lang}`).toBeGreaterThan(1);
        expect(c.short[lang].length, `${c.slug} ${lang}`).toBeGreaterThan(1);
        expect(c.title[lang].length).toBeLessThanOrEqual(90);
      }
      expect(c.title.zh, c.slug).toMatch(/\p{Script=Han}/u);
    }
    for (const lang of LOCALES) for (const f of files(lang)) expect(front(readFileSync(new URL(f, dir(lang)), 'utf8')), f).not.toMatch(/^(title|order|widgets):/m);
  });
  for (const lang of LOCALES) {
    it(`${lang}: each published chapter shows exactly its own widgets as figures, each once`, () => {
      for (const c of CHAPTERS.filter((x) => isPublished(x, lang))) {
        const figures = [...source(c, lang).matchAll(/<Figure id="([a-z0-9-]+)"/g)].map((m) => m[1]);
        expect(figures, `${lang}/${c.slug}`).toEqual(WIDGETS.filter((w) => w.chapter === c.slug).map((w) => w.id));
      }
    });
  }
});

describe('the Chinese chapters keep in step with the English ones', () => {
  const pairs = CHAPTERS.filter((c) => isPublished(c, 'zh') && isPublished(c, 'en')).map((c) => ({ c, en: source(c, 'en'), zh: source(c, 'zh') }));
  it('finds the pairs', () => expect(pairs.length).toBeGreaterThanOrEqual(4));
  for (const { c, en, zh } of pairs) {
    it(`${c.slug}: the same sections (## and ###, in order and depth), so a section's anchor is the same in both`, () => {
      expect(headingIds(zh).map((h) => h.depth)).toEqual(headingIds(en).map((h) => h.depth));
    });
    it(`${c.slug}: the same report sections in the front matter, and its own Chinese description`, () => {
      const sections = (t: string) => /^sections:(.*)$/m.exec(front(t))?.[1]?.trim();
      expect(sections(zh)).toBe(sections(en));
      expect(/^description:(.*)$/m.exec(front(zh))?.[1], c.slug).toMatch(/\p{Script=Han}/u);
    });
    it(`${c.slug}: the same works cited and the same display equations`, () => {
      const cites = (t: string) => [...new Set([...t.matchAll(/@([a-z][\w-]*\d{4}[\w-]*)/g)].map((m) => m[1]))].sort();
      expect(cites(body(zh))).toEqual(cites(body(en)));
      const display = (t: string) => [...t.matchAll(/\$\$([\s\S]+?)\$\$/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
      expect(display(zh)).toEqual(display(en));
    });
    it(`${c.slug}: the same footnotes`, () => {
      const notes = (t: string) => [...t.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]).sort();
      expect(notes(zh)).toEqual(notes(en));
    });
    it(`${c.slug}: numbers come from the same modules: every @/ module the English imports, the Chinese imports`, () => {
      const modules = (t: string) => new Set([...t.matchAll(/^import .* from '(@\/[^']+)';$/gm)].map((m) => m[1]));
      const zhModules = modules(zh);
      for (const m of modules(en)) expect(zhModules.has(m), `${c.slug}: ${m}`).toBe(true);
      expect(zh, c.slug).toMatch(/formatFor\('zh'\)/);
      expect(zh, c.slug).not.toMatch(/formatFor\('en'\)/);
    });
    it(`${c.slug}: links to other chapters stay in Chinese`, () => {
      const links = [...body(zh).matchAll(/\]\((\/[^)#\s]*)/g)].map((m) => m[1]!);
      for (const href of links) if (CHAPTERS.some((x) => href === `/${x.slug}/`)) throw new Error(`${c.slug}: links to the English ${href}`);
    });
  }
});
