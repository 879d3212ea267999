// Tests only: render anything in a language, with every catalogue of that language provided (and any test-only
// catalogue passed as `extra`).
import type { ComponentType, ReactNode } from 'react';
import { allWords } from './catalogues';
import type { Locale } from './locale';
import { catalogueKey, LocaleProvider, words, type Words } from './react';
import type { WidgetWords } from '../widgets/types';

export function InLocale({ lang, extra = [], children }: { lang: Locale; extra?: readonly Words<unknown>[]; children: ReactNode }) {
  return <LocaleProvider lang={lang} all={[...allWords(lang), ...extra]}>{children}</LocaleProvider>;
}

/** A test widget's catalogue: a key and its English title and summary. */
export function testCatalogue(name: string, title: string, summary: string) {
  const key = catalogueKey<WidgetWords>(name);
  return { key, words: words(key, 'en', { title, summary }) };
}

/** An island of a test widget, in English with its test catalogue. */
export function inEnglish<P extends object>(Island: ComponentType<P>, own: Words<unknown>): ComponentType<P> {
  return function InEnglish(props: P) {
    return <InLocale lang="en" extra={[own]}><Island {...props} /></InLocale>;
  };
}
