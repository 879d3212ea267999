// Where each language lives: English at the root (/gqa/), Chinese under /zh/ (/zh/gqa/). One module for every page,
// script and test that builds or reads a path. Plain TypeScript with no imports beyond locale.ts.
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale';

/** The path prefix of a language: '' for English, '/zh' for Chinese. */
export function localePrefix(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '' : `/${lang}`;
}

/** A site path (starting with '/') in a language: localePath('zh', '/gqa/') → '/zh/gqa/'. */
export function localePath(lang: Locale, path: string): string {
  return `${localePrefix(lang)}${path}`;
}

/** The language of a site path: '/zh/…' is Chinese, anything else English. */
export function localeOfPath(pathname: string): Locale {
  for (const lang of LOCALES) if (lang !== DEFAULT_LOCALE && (pathname === `/${lang}` || pathname.startsWith(`/${lang}/`))) return lang;
  return DEFAULT_LOCALE;
}

/** A path without its language prefix: '/zh/gqa/' → '/gqa/'. */
export function unlocalizedPath(pathname: string): string {
  const prefix = localePrefix(localeOfPath(pathname));
  const rest = pathname.slice(prefix.length);
  return rest === '' ? '/' : rest;
}

/** The same page in another language. */
export function alternatePath(pathname: string, lang: Locale): string {
  return localePath(lang, unlocalizedPath(pathname));
}

/** getStaticPaths entries for a page that exists in every language, through a `[...lang]` route segment. */
export function localeParams(): { params: { lang: string | undefined }; props: { lang: Locale } }[] {
  return LOCALES.map((lang) => ({ params: { lang: lang === DEFAULT_LOCALE ? undefined : lang }, props: { lang } }));
}
