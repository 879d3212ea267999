// Turns a controlled widget view into an island: owns its state, reads the embed page's URL,
// reports the parameters it ignored or adjusted, wraps the view in an error boundary and offers Embed / Open.
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useState, type ComponentType } from 'react';
import {
  defaultsOf, parseUrl, shareQuery, THEMES, type AdjustedField, type IgnoredField, type UrlSchema, type UrlState, type Theme,
} from '../lib/urlState';
import { embedPath, fullSnippet } from '../lib/embedSnippet';
import { DEFAULT_ORIGIN, SITE_NAME } from '../site';
import type { ViewProps, WidgetMeta } from '../widgets/types';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { LocaleContext, useFormat, useMessages } from '../i18n/react';
import { Announcer } from './announce';
import { Segmented } from './kit';
import { ErrorBoundary } from './ErrorBoundary';
import { WidgetHeadingLevel } from './heading';
import { shellMessages } from './messages';

export interface IslandProps {
  /** Rendered on /embed/<id>/: read state from the URL, no Embed/Open toolbar. */
  embed?: boolean;
  /** Origin used in snippets before hydration (the configured site URL). */
  site?: string;
  /** Link back to the chapter (embed pages), or null while the chapter is unpublished. */
  chapterHref?: string | null;
  /** The reader's language: the view's words (useMessages) and numbers (useFormat) follow it. */
  lang?: Locale;
}

// useLayoutEffect warns on the server in some React builds; the URL state must apply before paint on the client.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

export interface IslandOptions<S extends UrlSchema> {
  /**
   * The fields of a state that the widget changes or does not use, from its model (e.g. gqa-heads: kvHeads
   * must divide heads). On an embed page, those the URL set are listed beside the ignored ones. `reason` is in
   * the reader's language: the model gives codes, the widget's catalogue words them for `lang`.
   */
  adjust?: (state: UrlState<S>, lang: Locale) => AdjustedField[];
}

export function island<S extends UrlSchema>(meta: WidgetMeta<S>, View: ComponentType<ViewProps<S>>, options: IslandOptions<S> = {}) {
  function Island({ embed = false, site = DEFAULT_ORIGIN, chapterHref = null, lang = DEFAULT_LOCALE }: IslandProps) {
    const [state, setState] = useState<UrlState<S>>(() => defaultsOf(meta.fields));
    const [ignored, setIgnored] = useState<IgnoredField[]>([]);
    const [adjusted, setAdjusted] = useState<AdjustedField[]>([]);
    const [hydrated, setHydrated] = useState(false);

    useClientLayoutEffect(() => {
      if (embed) {
        const parsed = parseUrl(meta.fields, window.location.search);
        setState(parsed.state);
        setIgnored(parsed.ignored);
        // Only what the URL asked for: a default the widget adjusts to fit it is not the blogger's doing.
        const given = new Set(parsed.given);
        setAdjusted((options.adjust?.(parsed.state, lang) ?? []).filter((a) => given.has(a.key)));
      }
      setHydrated(true);
    }, []);

    const onChange = useCallback((patch: Partial<UrlState<S>>) => setState((s) => ({ ...s, ...patch })), []);
    const reset = useCallback(() => setState(defaultsOf(meta.fields)), []);

    return (
      <LocaleContext.Provider value={lang}>
        <div className="widget" data-widget={meta.id} data-hydrated={hydrated ? 'true' : 'false'}>
          {(ignored.length > 0 || adjusted.length > 0) && <UrlNotice ignored={ignored} adjusted={adjusted} />}
          <Announcer>
            <WidgetHeadingLevel.Provider value={embed ? 3 : 4}>
              <ErrorBoundary title={meta.title} onReset={reset} words={shellMessages[lang]}>
                <View state={state} onChange={onChange} embed={embed} />
              </ErrorBoundary>
            </WidgetHeadingLevel.Provider>
          </Announcer>
          {embed ? (
            <p className="embed-credit">
              <a href={chapterHref ? `${chapterHref}#fig-${meta.id}` : '/'} target="_blank" rel="noopener">
                {meta.title} · {SITE_NAME}<span className="visually-hidden">{shellMessages[lang].newTab}</span> ↗
              </a>
            </p>
          ) : (
            <EmbedToolbar meta={meta} state={state} site={site} />
          )}
        </div>
      </LocaleContext.Provider>
    );
  }
  Island.displayName = `Island(${meta.id})`;
  // The contract tests render the view alone (named examples) and check the island belongs to its meta.
  return Object.assign(Island, { meta, View });
}

/** What the embed URL asked for and did not get: values ignored (invalid), and values adjusted or not used. */
function UrlNotice({ ignored, adjusted }: { ignored: IgnoredField[]; adjusted: AdjustedField[] }) {
  const t = useMessages(shellMessages);
  const f = useFormat();
  return (
    <div className="widget-notice" role="status">
      {ignored.length > 0 && (
        <>
          <p>{t.ignoredHead(ignored.length)}</p>
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
          <p>{t.adjustedHead(adjusted.length)}</p>
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

function EmbedToolbar<S extends UrlSchema>({ meta, state, site }: { meta: WidgetMeta<S>; state: UrlState<S>; site: string }) {
  const fmt = useFormat();
  const t = useMessages(shellMessages);
  const themeOptions = THEMES.map((value) => ({ value, label: t.theme[value] }));
  // Deferred: a long typed text is cut to fit a link (shareQuery) after the keystroke has painted.
  const shareState = useDeferredValue(state);
  // The host page's look decides the theme; the default, "auto", follows each reader's OS setting.
  const [theme, setTheme] = useState<Theme>('auto');
  const { query, shortened } = useMemo(() => shareQuery(meta.fields, { ...shareState, theme }), [meta, shareState, theme]);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [origin, setOrigin] = useState(site);
  const panelId = useId();
  useEffect(() => setOrigin(window.location.origin), []);
  const snippet = useMemo(() => fullSnippet(meta, origin, query), [meta, origin, query]);

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
      <a href={embedPath(meta.id, query)} target="_blank" rel="noopener">
        {t.open}<span className="visually-hidden">{t.openHidden(meta.title)}</span>
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
