// Number formatting for readers, one implementation per language: formatFor(locale) in pure code and pages,
// useFormat() (src/i18n/react.tsx) in views.
import type { Locale } from '../../i18n/locale';
import { en } from './en';
import { zh } from './zh';
import type { Format } from './types';

export type { ByteUnits, Format, Maybe } from './types';

const FORMATS: Readonly<Record<Locale, Format>> = { en, zh };

/** The number formatting of a language. */
export function formatFor(locale: Locale): Format {
  return FORMATS[locale];
}
