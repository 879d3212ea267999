// The npm package's component for one widget (README "Use it as a component"): the widget's island in the language
// of its `lang` prop, its other props read as the embed page reads its URL (props.ts), inside the root that scopes the
// package's one stylesheet (`.l3x`, scripts/package.mjs) and sets the theme. Both languages' words ship with it: a
// host page renders either, on the server or in the browser.
import { createElement, useMemo, type ComponentType } from 'react';
import { LANG_TAG, type Locale } from '../i18n/locale';
import { LocaleProvider, useFormat, useMessages, type CatalogueKey, type Words } from '../i18n/react';
import { THEMES, type Theme, type UrlSchema } from '../lib/urlState';
import type { IslandProps } from '../components/WidgetShell';
import { propsKey, readProps, type IslandRules } from './props';

/** The language and theme props every component takes besides its widget's fields. */
export interface PackageProps {
  /** The widget's language: English (default) or Chinese. */
  lang?: Locale;
  /** light, dark, or auto (default): the reader's OS setting. */
  theme?: Theme;
}

/** A widget's language entry (src/widgets/<id>/en.ts, zh.ts): its island bound to that language's words. */
export interface Localized {
  lang: Locale;
  island: ComponentType<IslandProps> & IslandRules<UrlSchema, unknown> & { messages: CatalogueKey<unknown> };
  words: readonly Words<unknown>[];
}

/**
 * This site's origin, for the widgets' links to its chapters: scripts/package.mjs writes SITE_URL's origin here
 * when it is set; without it the widgets link nowhere on this site (a host has none of its pages).
 */
const SITE_ORIGIN = '';

/** The root's class: every rule of the package's stylesheet is scoped under it. */
export const ROOT_CLASS = 'l3x';

/** Reads the props inside the language's provider (the widget's words word its adjustments), then draws the island. */
function Reader({ entry, props }: { entry: Localized; props: Readonly<Record<string, unknown>> }) {
  const words = useMessages(entry.island.messages);
  const f = useFormat();
  const key = propsKey(props);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `props`
  const given = useMemo(() => readProps(entry.island, props, words, f, entry.lang), [entry, key, words, f]);
  return createElement(entry.island, { given, site: SITE_ORIGIN });
}

export function packaged(id: string, name: string, entries: Readonly<Record<Locale, Localized>>) {
  function Component(props: Readonly<Record<string, unknown>>) {
    // An invalid lang or theme falls back here and is named by the island, with the widget's other props.
    const lang: Locale = props.lang === 'zh' ? 'zh' : 'en';
    const theme: Theme = (THEMES as readonly unknown[]).includes(props.theme) ? (props.theme as Theme) : 'auto';
    const entry = entries[lang];
    return createElement(
      'div',
      { className: ROOT_CLASS, lang: LANG_TAG[lang], 'data-theme': theme, 'data-l3x-widget': id },
      createElement(LocaleProvider, { lang, all: entry.words, children: createElement(Reader, { entry, props }) }),
    );
  }
  Component.displayName = name;
  return Component;
}
