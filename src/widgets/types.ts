// The widget contract (DESIGN.md "Widget contract"): what every widget's meta.ts declares.
import type { Locale } from '../i18n/locale';
import type { UrlSchema, UrlState } from '../lib/urlState';

export interface WidgetMeta<S extends UrlSchema = UrlSchema> {
  /** kebab-case; also the embed slug: /embed/<id>/ (and /zh/embed/<id>/). Its title and summary are words: its catalogue's. */
  id: string;
  /** Slug of the chapter the widget belongs to. */
  chapter: string;
  /** Its place among its chapter's widgets, from 1 (the reading order of the gallery and the registry). */
  position: number;
  /** Report section(s) or table(s) the widget computes from, e.g. "§3.2, Table 3". */
  reportRef: string;
  /** Default iframe height in CSS px for each language's embed page, measured at 640 px wide with the default state. */
  height: Readonly<Record<Locale, number>>;
  /** URL parameters: flat zod schema, every field with a default, bounds and length caps. */
  fields: S;
  /**
   * Defaults that depend on the language, from the widget's catalogue (tokenizer-playground: the Chinese sample on
   * Chinese pages and with the package's lang="zh"). The island applies them (src/components/WidgetShell.tsx); the
   * package page lists them beside the schema's. They are the state a link without parameters shows, so shared links
   * leave them out as they leave out the schema's defaults.
   */
  localDefaults?(words: WidgetWords): Partial<UrlState<S>>;
}

/** What every widget's catalogue holds besides the view's words (messages.ts extends it). */
export interface WidgetWords {
  /** Short title, used for the figure, the gallery and the iframe title. */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
}

/** Props of every widget view: it is controlled, the shell owns the state. */
export interface ViewProps<S extends UrlSchema> {
  state: UrlState<S>;
  onChange: (patch: Partial<UrlState<S>>) => void;
  /** True inside /embed/<id>/ (no site chrome around it). */
  embed: boolean;
}

/** What WidgetIsland.astro passes to a widget's Island.astro (which hands all but `hydrate` to the island). */
export interface IslandMountProps {
  /** false: server-rendered HTML only, no JavaScript (gallery previews). */
  hydrate: boolean;
  embed: boolean;
  lang: Locale;
  site: string;
  chapterHref: string | null;
}

/**
 * A widget's named examples (examples.ts): states worth a snapshot of the view, each a partial URL state over
 * the defaults. `default: {}` is the default state.
 */
export type Examples<S extends UrlSchema> = Record<string, Partial<UrlState<S>>>;

export function defineWidget<S extends UrlSchema>(meta: WidgetMeta<S>): WidgetMeta<S> {
  return meta;
}
