// The npm package's component for one widget (README "Use it as a component"): the widget's island in the language
// of its `lang` prop, its other props read as the embed page reads its URL (the shell's `params`), inside the root
// that scopes the package's one stylesheet (`.l3x`, scripts/package.mjs) and sets the theme. Both languages' words
// ship with it: a host page renders either, on the server or in the browser.
import { createElement, type ComponentType } from 'react';
import { LANG_TAG, type Locale } from '../i18n/locale';
import { THEMES, type Theme } from '../lib/urlState';
import type { IslandProps } from '../components/WidgetShell';

/** The language and theme props every component takes besides its widget's fields. */
export interface PackageProps {
  /** The widget's language: English (default) or Chinese. */
  lang?: Locale;
  /** light, dark, or auto (default): the reader's OS setting. */
  theme?: Theme;
}

type Localized = ComponentType<IslandProps>;

/**
 * This site's origin, for the widgets' links to its chapters: scripts/package.mjs writes SITE_URL's origin here
 * when it is set; without it the widgets link nowhere on this site (a host has none of its pages).
 */
const SITE_ORIGIN = '';

/** The root's class: every rule of the package's stylesheet is scoped under it. */
export const ROOT_CLASS = 'l3x';

export function packaged(id: string, name: string, islands: Readonly<Record<Locale, Localized>>) {
  function Component(props: Readonly<Record<string, unknown>>) {
    // An invalid lang or theme falls back here and is named by the island, with the widget's other props.
    const lang: Locale = props.lang === 'zh' ? 'zh' : 'en';
    const theme: Theme = (THEMES as readonly unknown[]).includes(props.theme) ? (props.theme as Theme) : 'auto';
    return createElement(
      'div',
      { className: ROOT_CLASS, lang: LANG_TAG[lang], 'data-theme': theme, 'data-l3x-widget': id },
      createElement(islands[lang], { params: props, site: SITE_ORIGIN }),
    );
  }
  Component.displayName = name;
  return Component;
}
