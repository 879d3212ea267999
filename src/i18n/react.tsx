// The reader's language inside a widget: the island provides it, views read their words with useMessages and
// print numbers with useFormat.
import { createContext, createElement, Fragment, useContext, type ReactNode } from 'react';
import { formatFor, type Format } from '../lib/format';
import { DEFAULT_LOCALE, type Catalogue, type Locale } from './locale';

export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The catalogue of the reader's language. */
export function useMessages<M>(catalogue: Catalogue<M>): M {
  return catalogue[useLocale()];
}

/** Number formatting in the reader's language (src/lib/format). */
export function useFormat(): Format {
  return formatFor(useLocale());
}

/**
 * A catalogue's sentence with elements in it (a link, a citation, a token): the catalogue returns its pieces in
 * order, strings and the elements the view passed in, and they are drawn as siblings, as if written inline.
 */
export function RichText({ parts }: { parts: readonly ReactNode[] }) {
  return createElement(Fragment, null, ...parts);
}
