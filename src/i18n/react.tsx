// The reader's language inside a widget: the island provides it, views read their words with useMessages and
// print numbers with useFormat.
import { createContext, createElement, Fragment, useContext, type ReactElement, type ReactNode } from 'react';
import { formatFor, type Format } from '../lib/format';
import { DEFAULT_LOCALE, type Catalogue, type Locale, type Rich } from './locale';

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

/** A catalogue's sentence with inline parts (locale.ts Rich) as one node: its pieces in reading order. */
export function rich(pieces: Rich<ReactNode>): ReactElement {
  return createElement(Fragment, null, ...pieces);
}
