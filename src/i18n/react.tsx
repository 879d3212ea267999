// The reader's language inside a widget: the island provides it, views read their words with useMessages and
// print numbers with useFormat.
import { createContext, createElement, Fragment, useContext, type ReactElement, type ReactNode } from 'react';
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
 * A catalogue's sentence with inline parts (a bold number, a citation), given as its pieces in reading order: text and
 * the parts the view made, as one node. The catalogue stays free of React: it returns the pieces, the view joins them.
 */
export function rich(pieces: readonly ReactNode[]): ReactElement {
  return createElement(Fragment, null, ...pieces);
}
