// Number formatting for readers, one implementation per language: formatFor(locale) in pure code and pages,
// useFormat() (src/i18n/react.tsx) in views. The Chinese edition (issue #11) adds zh.ts and its line below.
import type { Locale } from '../../i18n/locale';
import { en } from './en';
import type { Format } from './types';

export type { ByteUnits, Format, Maybe } from './types';

const FORMATS: Readonly<Record<Locale, Format>> = { en };

/** The number formatting of a language. */
export function formatFor(locale: Locale): Format {
  return FORMATS[locale];
}
