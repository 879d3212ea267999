// Turns a controlled widget view into an island: owns its state, reads the embed page's URL,
// reports the parameters it ignored or adjusted, wraps the view in an error boundary and offers Embed / Open.
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import {
  defaultsOf, parseUrl, shareQuery, THEMES, type AdjustedField, type IgnoredField, type UrlSchema, type UrlState, type Theme,
} from '../lib/urlState';
import { embedPath, fullSnippet } from '../lib/embedSnippet';
import { DEFAULT_ORIGIN } from '../site';
import type { ViewProps, WidgetMeta, WidgetWords } from '../widgets/types';
import { useFormat, useLocale, useMessages, type CatalogueKey } from '../i18n/react';
import type { Format } from '../lib/format';
import { Announcer } from './announce';
import { Segmented } from './kit';
import { ErrorBoundary } from './ErrorBoundary';
import { WidgetHeadingLevel } from './heading';
import { shellMessages } from './messages';
import { InPackage } from './inPackage';
import { localePath } from '../i18n/paths';

export interface IslandProps {
  /** Rendered on /embed/<id>/: read state from the URL, no Embed/Open toolbar. */
  embed?: boolean;
  /** Origin used in snippets before hydration (the configured site URL). */
  site?: string;
  /** Link back to the chapter (embed pages), or null while the chapter is unpublished. */
  chapterHref?: string | null;
  /**
   * The npm package (src/package/): the state its component's props give, already read (src/package/props.ts), and
   * what they asked for and did not get. No Embed/Open toolbar; `site` is then this site's origin, or '' when the
   * package does not know it.
   */
  given?: GivenProps;
}

/** A package component's props as the island takes them (src/package/props.ts reads them). */
export interface GivenProps {
  /** Changes when a prop's value does: the state is then read again. */
  key: string;
  state: Readonly<Record<string, unknown>>;
  ignored: IgnoredField[];
  adjusted: AdjustedField[];
  /** Props that are no parameter of the widget. */
  unknown: string[];
  /** The notice's headings, which speak of props rather than URL parameters. */
  heads: { ignored: (n: number) => string; adjusted: (n: number) => string; unknown: (n: number) => string };
}

// useLayoutEffect warns on the server in some React builds; the URL state must apply before paint on the client.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

export interface IslandOptions<S extends UrlSchema, M extends WidgetWords> {
  /** The widget's catalogue (its messages.ts): title and summary, and the view's words. */
  messages: CatalogueKey<M>;
  /**
   * The fields of a state that the widget changes or does not use, from its model (e.g. gqa-heads: kvHeads
   * must divide heads). On an embed page, those the URL set are listed beside the ignored ones. `reason` is in
   * the reader's language: the model gives codes, the widget's catalogue `t` words them.
   */
  adjust?: (state: UrlState<S>, t: M, f: Format) => AdjustedField[];
}

export function island<S extends UrlSchema, M extends WidgetWords>(meta: WidgetMeta<S>, View: ComponentType<ViewProps<S>>, options: IslandOptions<S, M>) {
  function Island({ embed = false, site = DEFAULT_ORIGIN, chapterHref = null, given }: IslandProps) {
    const words = useMessages(options.messages);
    const fmt = useFormat();
    const lang = useLocale();
    const defaults = useMemo(() => ({ ...defaultsOf(meta.fields), ...meta.localDefaults?.(words) }), [words]);
    const [state, setState] = useState<UrlState<S>>(() => (given?.state as UrlState<S> | undefined) ?? defaults);
    const [ignored, setIgnored] = useState<IgnoredField[]>([]);
    const [adjusted, setAdjusted] = useState<AdjustedField[]>([]);
    const [hydrated, setHydrated] = useState(false);
    // The package: its props are the state on the server's render, and again whenever they change.
    const appliedKey = useRef(given?.key);
    useEffect(() => {
      if (given && given.key !== appliedKey.current) { appliedKey.current = given.key; setState(given.state as UrlState<S>); }
    }, [given]);
    const packageHost = useMemo(() => (given ? { site: site || null } : null), [given !== undefined, site]);

    useClientLayoutEffect(() => {
      if (embed && !given) {
        const parsed = parseUrl(meta.fields, window.location.search);
        const given = new Set(parsed.given);
        // A field the URL does not set, or sets to something invalid, takes this language's default.
        const valid = new Set(parsed.given.filter((k) => !parsed.ignored.some((i) => i.key === k)));
        const local = Object.fromEntries(Object.entries(meta.localDefaults?.(words) ?? {}).filter(([k]) => !valid.has(k)));
        parsed.state = { ...parsed.state, ...local };
        setState(parsed.state);
        setIgnored(parsed.ignored);
        // Only what the URL asked for: a default the widget adjusts to fit it is not the blogger's doing.
        setAdjusted((options.adjust?.(parsed.state, words, fmt) ?? []).filter((a) => given.has(a.key)));
      }
      setHydrated(true);
    }, []);

    const onChange = useCallback((patch: Partial<UrlState<S>>) => setState((s) => ({ ...s, ...patch })), []);
    const reset = useCallback(() => setState(defaults), [defaults]);
    const shell = useMessages(shellMessages);

    return (
      <div className="widget" data-widget={meta.id} data-hydrated={hydrated ? 'true' : 'false'}>
          {given
            ? (given.ignored.length > 0 || given.adjusted.length > 0 || given.unknown.length > 0) && (
              <UrlNotice ignored={given.ignored} adjusted={given.adjusted} unknown={given.unknown} heads={given.heads} />
            )
            : (ignored.length > 0 || adjusted.length > 0) && <UrlNotice ignored={ignored} adjusted={adjusted} />}
          <Announcer>
            <WidgetHeadingLevel.Provider value={embed ? 3 : 4}>
              <ErrorBoundary title={words.title} onReset={reset} words={shell}>
                <InPackage.Provider value={packageHost}>
                  <View state={state} onChange={onChange} embed={embed} />
                </InPackage.Provider>
              </ErrorBoundary>
            </WidgetHeadingLevel.Provider>
          </Announcer>
          {given ? (
            <p className="embed-credit">{words.title} · {shell.siteName}</p>
          ) : embed ? (
            <p className="embed-credit">
              <a href={chapterHref ? `${chapterHref}#fig-${meta.id}` : localePath(lang, '/')} target="_blank" rel="noopener">
                {words.title} · {shell.siteName}<span className="visually-hidden">{shell.newTab}</span> ↗
              </a>
            </p>
          ) : (
            <EmbedToolbar meta={meta} title={words.title} state={state} defaults={defaults} site={site} />
          )}
        </div>
    );
  }
  Island.displayName = `Island(${meta.id})`;
  // The contract tests render the view alone (named examples) and check the island belongs to its meta; the
  // language entries (en.ts, zh.ts) bind it to its catalogue through `messages`.
  return Object.assign(Island, { meta, View, messages: options.messages, adjust: options.adjust });
}

/** What the embed URL asked for and did not get: values ignored (invalid), and values adjusted or not used. */
function UrlNotice({ ignored, adjusted, unknown = [], heads }: {
  ignored: IgnoredField[]; adjusted: AdjustedField[]; unknown?: string[];
  /** The package's headings (props, not URL parameters). */
  heads?: GivenProps['heads'];
}) {
  const t = useMessages(shellMessages);
  const f = useFormat();
  return (
    <div className="widget-notice" role="status">
      {unknown.length > 0 && heads && <p>{heads.unknown(unknown.length)} {unknown.map((k, i) => <span key={k}>{i > 0 && ', '}<code>{k}</code></span>)}</p>}
      {ignored.length > 0 && (
        <>
          <p>{(heads?.ignored ?? t.ignoredHead)(ignored.length)}</p>
          <ul>
            {ignored.map((p) => (
              <li key={p.key}>
                <code>{p.key}</code> = <code>{p.value}</code> ({t.expected} {t.accepts(p.expected, f)})
              </li>
            ))}
          </ul>
        </>
      )}
      {adjusted.length > 0 && (
        <>
          <p>{(heads?.adjusted ?? t.adjustedHead)(adjusted.length)}</p>
          <ul>
            {adjusted.map((p) => (
              <li key={p.key}>
                <code>{p.key}</code> = <code>{p.value}</code>{' '}
                {p.to === null ? <>{t.notUsed}</> : <>→ <code>{p.to}</code></>} ({p.reason})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function EmbedToolbar<S extends UrlSchema>({ meta, title, state, defaults, site }: {
  meta: WidgetMeta<S>; title: string; state: UrlState<S>; defaults: UrlState<S>; site: string;
}) {
  const lang = useLocale();
  const fmt = useFormat();
  const t = useMessages(shellMessages);
  const themeOptions = THEMES.map((value) => ({ value, label: t.theme[value] }));
  // Deferred: a long typed text is cut to fit a link (shareQuery) after the keystroke has painted.
  const shareState = useDeferredValue(state);
  // The host page's look decides the theme; the default, "auto", follows each reader's OS setting.
  const [theme, setTheme] = useState<Theme>('auto');
  const { query, shortened } = useMemo(() => shareQuery(meta.fields, { ...shareState, theme }, defaults), [meta, shareState, theme, defaults]);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [origin, setOrigin] = useState(site);
  const panelId = useId();
  useEffect(() => setOrigin(window.location.origin), []);
  const snippet = useMemo(() => fullSnippet({ id: meta.id, title, height: meta.height[lang], siteName: t.siteName, lang }, origin, query), [meta, title, t, lang, origin, query]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="widget-actions">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => { setOpen(!open); setCopied('idle'); }}>
        {t.embed}
      </button>
      <a href={embedPath(meta.id, query, lang)} target="_blank" rel="noopener">
        {t.open}<span className="visually-hidden">{t.openHidden(title)}</span>
      </a>
      <div id={panelId} className="embed-panel" hidden={!open}>
        <Segmented legend={t.themeLegend} value={theme} options={themeOptions} onChange={(t) => { setTheme(t); setCopied('idle'); }} />
        <label>
          <span>{t.pasteHint}</span>
          <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()}
            aria-describedby={shortened.length > 0 ? `${panelId}-cut` : undefined} />
        </label>
        {shortened.length > 0 && (
          <div id={`${panelId}-cut`} className="embed-shortened">
            {shortened.map((p) => (
              <p key={p.key}>{t.shortened(p.key, fmt.int(p.kept), fmt.int(p.total))}</p>
            ))}
          </div>
        )}
        <button type="button" onClick={copy}>{t.copy}</button>
        <span role="status" className="copy-status">
          {copied === 'copied' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}
