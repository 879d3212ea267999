// The reader's language inside a widget. An island is bound to one language by its entry file (src/widgets/<id>/
// en.ts, zh.ts — Island.astro picks the page's), which provides that language's catalogues and nothing else: a page
// ships only its own language's words. Views read their words with useMessages(key) and print numbers with
// useFormat().
//
// A catalogue key (catalogueKey, declared beside a catalogue's interface in messages.ts) names a catalogue without
// holding its words; each language's words live in messages.<lang>.ts, whose default export pairs the key with
// them (`words(key, catalogue)`), so the type check refuses a catalogue of the wrong shape.
import { createContext, createElement, Fragment, useContext, type ComponentType, type ReactNode } from 'react';
import { formatFor, type Format } from '../lib/format';
import { DEFAULT_LOCALE, type Locale } from './locale';

/** Names a catalogue of type M; holds no words. */
export interface CatalogueKey<M> {
  readonly name: string;
  /** Type only: never set. */
  readonly __messages?: M;
}

export function catalogueKey<M>(name: string): CatalogueKey<M> {
  return { name };
}

/** One language's words for one catalogue: the default export of a messages.<lang>.ts. */
export interface Words<M> {
  readonly key: CatalogueKey<M>;
  readonly lang: Locale;
  readonly messages: M;
}

export function words<M>(key: CatalogueKey<M>, lang: Locale, messages: M): Words<M> {
  return { key, lang, messages };
}

interface LocaleValue {
  lang: Locale;
  catalogues: ReadonlyMap<CatalogueKey<unknown>, unknown>;
}

let fallback: LocaleValue = { lang: DEFAULT_LOCALE, catalogues: new Map() };

/**
 * Tests only (vitest.setup.ts): the words used when nothing provides a language, so a test can render a view on
 * its own. Pages never rely on it: every island is rendered through its language's entry.
 */
export function setFallbackWords(lang: Locale, all: readonly Words<unknown>[]): void {
  fallback = { lang, catalogues: new Map(all.map((w) => [w.key, w.messages])) };
}

const LocaleContext = createContext<LocaleValue | null>(null);

function useLocaleValue(): LocaleValue {
  return useContext(LocaleContext) ?? fallback;
}

export function useLocale(): Locale {
  return useLocaleValue().lang;
}

/** The words of a catalogue in the reader's language. */
export function useMessages<M>(key: CatalogueKey<M>): M {
  const { lang, catalogues } = useLocaleValue();
  const m = catalogues.get(key as CatalogueKey<unknown>);
  if (m === undefined) throw new Error(`No ${lang} words for the catalogue "${key.name}": its messages.${lang}.ts is not in this island's entry`);
  return m as M;
}

/** Number formatting in the reader's language (src/lib/format). */
export function useFormat(): Format {
  return formatFor(useLocale());
}

/** Provides a language and its catalogues to everything below. */
export function LocaleProvider({ lang, all, children }: { lang: Locale; all: readonly Words<unknown>[]; children: ReactNode }) {
  for (const w of all) if (w.lang !== lang) throw new Error(`The ${lang} island was given the ${w.lang} words of "${w.key.name}"`);
  const value: LocaleValue = { lang, catalogues: new Map(all.map((w) => [w.key, w.messages])) };
  return createElement(LocaleContext.Provider, { value }, children);
}

/** An island that reads a catalogue of type M (island() in src/components/WidgetShell.tsx attaches the key). */
export type LocalizableIsland<P, M> = ComponentType<P> & { messages: CatalogueKey<M> };

/**
 * The binder of one language: given the words every island of that language shares (the shell's and the kit's),
 * it binds an island to its own catalogue. src/i18n/<lang>.ts makes one; each widget's <lang>.ts entry uses it.
 */
export function localizer(lang: Locale, shared: readonly Words<unknown>[]) {
  return function localize<P extends object, M, I extends LocalizableIsland<P, M>>(Island: I & LocalizableIsland<P, M>, own: Words<M>) {
    if (own.key !== Island.messages) throw new Error(`localize: the words of "${own.key.name}" do not belong to this island ("${Island.messages.name}")`);
    const all = [...shared, own as Words<unknown>];
    function Localized(props: P) {
      return createElement(LocaleProvider, { lang, all, children: createElement(Island as ComponentType<P>, props) });
    }
    Localized.displayName = `${lang}(${Island.displayName ?? Island.messages.name})`;
    return Object.assign(Localized, { lang, island: Island as I, words: all });
  };
}

/**
 * A catalogue's sentence with elements in it (a link, a citation, a token): the catalogue returns its pieces in
 * order, strings and the elements the view passed in, and they are drawn as siblings, as if written inline.
 */
export function RichText({ parts }: { parts: readonly ReactNode[] }) {
  return createElement(Fragment, null, ...parts);
}
