// Every catalogue in every language, for code that runs at build time or in tests (pages, oEmbed, the contract
// tests): found by their file names, src/**/messages.<lang>.ts. Never import this from a view or an island: it
// holds every word of the site.
import type { Locale } from './locale';
import type { CatalogueKey, Words } from './react';
import type { WidgetWords } from '../widgets/types';

const modules = import.meta.glob<{ default: Words<unknown> }>(['../**/messages.*.ts', '!../**/*.test.ts'], { eager: true });

const ALL: readonly Words<unknown>[] = Object.entries(modules).map(([path, m]) => {
  if (!m.default?.key) throw new Error(`${path}: a messages.<lang>.ts must export default words(key, lang, catalogue)`);
  const lang = /messages\.([a-z]+)\.ts$/.exec(path)?.[1];
  if (m.default.lang !== lang) throw new Error(`${path}: its words are marked "${m.default.lang}"`);
  return m.default;
});

/** Every catalogue's words in a language. */
export function allWords(lang: Locale): readonly Words<unknown>[] {
  return ALL.filter((w) => w.lang === lang);
}

/** One catalogue in one language. */
export function catalogue<M>(key: CatalogueKey<M>, lang: Locale): M {
  const w = ALL.find((x) => x.key === key && x.lang === lang);
  if (!w) throw new Error(`No ${lang} words for the catalogue "${key.name}"`);
  return w.messages as M;
}

/** A widget's catalogue in a language (by folder: src/widgets/<id>/messages.<lang>.ts): its title, summary, words. */
export function widgetWords(id: string, lang: Locale): WidgetWords {
  const m = modules[`../widgets/${id}/messages.${lang}.ts`];
  if (!m) throw new Error(`Widget "${id}" has no src/widgets/${id}/messages.${lang}.ts`);
  return m.default.messages as WidgetWords;
}

/** Source files of the catalogues, for tests that check each language has them. */
export const CATALOGUE_FILES: readonly string[] = Object.keys(modules);
