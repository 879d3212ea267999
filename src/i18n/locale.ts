// The site's languages, in one place. Plain TypeScript with no imports: models, scripts and pages use it.
// Every catalogue holds every language here: one that lacks a key or a language fails the type check.

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag of a locale, for `lang` attributes and Intl. */
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/**
 * A widget's (or the site's) words in every language: one object per locale, all of one type `M`, so a
 * missing key or a missing language is a type error. `M` holds strings and functions of numbers/strings
 * that build sentences; the view picks the catalogue with useMessages.
 */
export type Catalogue<M> = Readonly<Record<Locale, M>>;

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}
