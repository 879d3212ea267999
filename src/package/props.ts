// A package component's props, read as the embed page reads its URL (src/lib/urlState.ts parseProps): the state the
// island starts from, the props it refused (named, with what they accept) or adjusted (the widget's own `adjust`,
// named only when a prop asked for it), and the props that are no parameter of it. Pure: no React.
import type { AdjustedField, UrlSchema, UrlState } from '../lib/urlState';
import { enumField, parseProps } from '../lib/urlState';
import { LOCALES, type Locale } from '../i18n/locale';
import type { Format } from '../lib/format';
import type { GivenProps } from '../components/WidgetShell';
import { PROP_HEADS } from './messages';

/** Props the components take besides the widget's fields: checked and named, not part of the state. */
const PACKAGE_FIELDS = { lang: enumField(LOCALES, 'en') };

/** What an island built by island() (src/components/WidgetShell.tsx) says about its state. */
export interface IslandRules<S extends UrlSchema, M> {
  /** Its meta: the fields, and defaults that depend on the language (meta.localDefaults). */
  meta: { fields: S; localDefaults?(words: M): Partial<UrlState<S>> };
  adjust?: ((state: UrlState<S>, t: M, f: Format) => AdjustedField[]) | undefined;
}

/** Changes when a prop's value does (props compared as a URL would carry them). */
export function propsKey(props: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.entries(props).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v, String(v)]));
}

export function readProps<S extends UrlSchema, M>(
  island: IslandRules<S, M>, props: Readonly<Record<string, unknown>>, words: M, f: Format, lang: Locale,
): GivenProps {
  const parsed = parseProps(island.meta.fields, props, PACKAGE_FIELDS);
  const given = new Set(parsed.given);
  // A field no prop set validly takes this language's default (the tokenizer's sample text), as on an embed page.
  const local = Object.fromEntries(Object.entries(island.meta.localDefaults?.(words) ?? {}).filter(([k]) => !given.has(k)));
  const state = { ...parsed.state, ...local } as UrlState<S>;
  return {
    key: propsKey(props),
    state,
    ignored: parsed.ignored,
    // Only what a prop asked for: a default the widget adjusts to fit it is not the blogger's doing.
    adjusted: (island.adjust?.(state, words, f) ?? []).filter((a) => given.has(a.key)),
    unknown: parsed.unknown,
    heads: PROP_HEADS[lang],
  };
}
