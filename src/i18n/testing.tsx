// Tests only: render anything in a language, with every catalogue of that language provided.
import type { ReactNode } from 'react';
import { allWords } from './catalogues';
import type { Locale } from './locale';
import { LocaleProvider } from './react';

export function InLocale({ lang, children }: { lang: Locale; children: ReactNode }) {
  return <LocaleProvider lang={lang} all={allWords(lang)}>{children}</LocaleProvider>;
}
