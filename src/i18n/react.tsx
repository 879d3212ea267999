// The reader's language inside a widget: the island provides it, views read their words with useMessages.
import { createContext, useContext } from 'react';
import { DEFAULT_LOCALE, type Catalogue, type Locale } from './locale';

export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The catalogue of the reader's language. */
export function useMessages<M>(catalogue: Catalogue<M>): M {
  return catalogue[useLocale()];
}
