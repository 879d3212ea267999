// View of tokenizer-playground: the reader's text split by Llama 3 and Llama 2 (or cl100k_base), token
// by token. Vocabularies load only once the widget is on screen (dynamic import of the client, which
// starts a Web Worker); results arrive in a transition so typing never waits for the token spans.
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { ScrollRegion, Segmented, Select, StepControls, TextArea } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { RichText, useFormat, useLocale, useMessages } from '../../i18n/react';
import { keyIntent, moveInList } from '../../lib/keys';
import { countCodePoints, visibleGlyphs, type Glyph } from '../../lib/text';
import { byteTokenText, TOKENIZER_NAMES, type TokenizerId, type TokenizerResult, type TokenLook } from '../../tokenizers';
import { useEncode, useTokenCounts, useTokenizer, type TokenizerStatus } from '../../tokenizers/react';
import type { ViewProps } from '../types';
import { meta, fields } from './meta';
import { messages, type LicenseLink } from './messages';
import {
  checkText, chunkTokens, CHUNK_TOKENS, columnsFor, endsLine, columnStats, compareColumns, FIRST_LLAMA3_ONLY_ID, MAX_SPANS,
  MAX_TEXT_CHARS, PAGE_TOKENS, PAPER_CHARS_PER_TOKEN, resolveText, sampleOfText, savingNote, sharedWithCl100k, summarize, TOKEN_TEXT,
  tokenDetail, tokenizersFor, tokenLangs,
} from './model';
import { SAMPLE_IDS, sampleById, type Sample } from './samples';
import { useInPackage } from '../../components/inPackage';
import './tokenizerPlayground.css';

/** Where the licence notes link: this site's copies (files in public/). */
const LICENSE_HREF: Record<LicenseLink, string> = {
  llama3License: '/licenses/META-LLAMA-3-COMMUNITY-LICENSE.txt',
  llama2License: '/licenses/LLAMA-2-COMMUNITY-LICENSE.txt',
  notice: '/NOTICE.txt',
};
/**
 * On a host's page (the npm package) there are no such files: the agreements' copies in Meta's repositories, and
 * no notices link (the notices travel in the package's NOTICE.txt).
 */
const PACKAGE_LICENSE_HREF: Record<LicenseLink, string | null> = {
  llama3License: 'https://github.com/meta-llama/llama3/blob/main/LICENSE',
  llama2License: 'https://github.com/meta-llama/llama/blob/main/LICENSE',
  notice: null,
};

export function TokenizerPlaygroundView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const locale = useLocale();
  const inPackage = useInPackage();
  const f = useFormat();
  // Typed text of any length lives in the state; the Embed button cuts what a link cannot carry (shareQuery).
  const { text } = resolveText(state);
  const check = checkText(text);
  const columns = columnsFor(state.compare);
  // Comparing also counts the third tokenizer's tokens, after the columns are drawn, to split the saving (savingNote).
  const thirdId: TokenizerId | undefined = tokenizersFor(state.compare)[2];

  // Vocabularies load once the island is mounted: it hydrates only when on screen or reached (client:widget).
  const session = useTokenizer(columns);
  const { status } = session;
  const encoded = useEncode(session, check.ok ? { text, specials: state.specials, tokenizers: columns, maxTokens: MAX_SPANS } : null);
  const { done } = encoded;
  // The third count has its own queue, so it never replaces a column request; no split without it, and nothing said.
  const third = useTokenCounts(session, done ? done.request.text : null, thirdId ? [thirdId] : [], done ? done.request.specials : state.specials);
  const failure = session.codeError !== null ? t.codeError(session.codeError)
    : encoded.error !== null ? t.encodeError(encoded.error) : null;

  const fresh = done !== null && done.request.text === text && done.request.specials === state.specials;
  // While a new result is on its way the last one stays on screen (dimmed), with its own character count.
  const doneChars = useMemo(() => (done ? countCodePoints(done.request.text) : 0), [done]);
  // The language(s) of the tokenized text, when it is one of the samples (tokens carry `lang`, WCAG 3.1.2).
  const doneSample = useMemo(() => (done ? sampleOfText(done.request.text) : undefined), [done]);
  const counts: Partial<Record<TokenizerId, number>> = {};
  if (fresh) for (const r of done.results) counts[r.tokenizer] = r.count;
  if (fresh && thirdId && third.counts[thirdId] !== undefined) counts[thirdId] = third.counts[thirdId];
  const results = done ? columns.map((c) => done.results.find((r) => r.tokenizer === c) ?? null) : columns.map(() => null);
  const llama3 = results[0];
  const other = results[1];
  const comparison = llama3 && other
    ? compareColumns(columnStats('llama3', llama3.count, doneChars), columnStats(other.tokenizer, other.count, doneChars))
    : null;
  const anyError = columns.find((c) => status[c]?.state === 'error');
  const split = fresh && state.compare !== 'none' ? savingNote(text, state.specials, counts) : null;
  // The comparison is spoken once the typing settles and the fresh result is in; the length check likewise.
  const comparisonText = comparison ? t.comparison(comparison, f) : '';
  useAnnounce(comparisonText, { hold: !fresh });
  // A preset sample in one language carries its language (WCAG 3.1.2); typed text and mixed samples do not.
  const lang = state.text ? undefined : sampleById(state.sample)?.lang;

  return (
    <div className="tokplay" data-tokenized-chars={done ? doneChars : undefined} data-fresh={fresh ? 'true' : 'false'}
      data-runs-in={done ? encoded.runsIn ?? undefined : undefined}>
      <p className="visually-hidden">{t.describe(summarize(state, fresh ? counts : undefined), f)}</p>
      <div className="tp-controls">
        <Select label={t.textLabel} value={state.text ? 'custom' : state.sample}
          options={SAMPLE_IDS.map((id) => ({ value: id, label: t.samples[id] }))} onChange={(sample) => onChange({ sample, text: '' })} />
        <Segmented legend={t.specialsLegend} value={state.specials}
          options={(['special', 'plain'] as const).map((v) => ({ value: v, label: t.specials[v] }))}
          onChange={(specials) => onChange({ specials })} />
        <Segmented legend={t.compareLegend} value={state.compare}
          options={(['llama2', 'cl100k', 'none'] as const).map((v) => ({ value: v, label: t.compare[v] }))}
          onChange={(compare) => onChange({ compare })} />
      </div>
      {/* Past the cap the text is kept but refused (not tokenized), with the widget's sentence; the kit speaks it. */}
      <TextArea className="tp-text" label={t.textBox} value={text} rows={5} lang={lang} max={MAX_TEXT_CHARS} overCap="refuse"
        refused={(chars, max) => t.tooLong(chars, max, f)} onChange={(typed) => onChange({ text: typed, sample: 'custom' })} />

      {failure && (
        <div className="tp-error" role="alert">
          <p>{failure}</p>
          <button type="button" onClick={session.retry}>{t.retry}</button>
        </div>
      )}
      {anyError && !failure && (
        <div className="tp-error" role="alert">
          <p>{t.vocabularyError(anyError, status[anyError]?.message)}</p>
          <button type="button" onClick={session.retry}>{t.retry}</button>
        </div>
      )}

      <div className={`tp-columns n${columns.length}`}>
        {columns.map((c, i) => (
          <Column key={c} tokenizer={c} result={results[i] ?? null} fresh={fresh} chars={doneChars} refused={!check.ok}
            status={status[c]?.state ?? 'waiting'}
            markAdded={c === 'llama3' && state.compare === 'cl100k'} sample={doneSample} />
        ))}
      </div>

      <div className="tp-summary">
        <p className={fresh ? 'tp-compare' : 'tp-compare stale'}>{comparisonText}</p>
        {/* Not a live region: it changes with every keystroke and is in the screen-reader summary already. */}
        {split && <p className="tp-split">{t.saving(split, f)}</p>}
        <p className="tp-paper">
          <RichText parts={t.paper(<Cite text={PAPER_CHARS_PER_TOKEN.llama3.cite} />, {
            llama2: PAPER_CHARS_PER_TOKEN.llama2.value, llama3: PAPER_CHARS_PER_TOKEN.llama3.value, llama2Space: state.compare === 'llama2',
          }, f)} />
        </p>
      </div>
      <p className="tp-license">
        <RichText parts={t.license(
          // The licences' names are English on every page.
          (to, label) => {
            const href = inPackage ? PACKAGE_LICENSE_HREF[to] : LICENSE_HREF[to];
            return href === null ? null : <a href={href} target="_blank" rel="noopener" lang={locale !== 'en' && to !== 'notice' ? 'en' : undefined}>{label}</a>;
          },
          (text) => <span lang="en">{text}</span>,
        )} />
      </p>
    </div>
  );
}

interface ColumnProps {
  tokenizer: TokenizerId;
  result: TokenizerResult | null;
  fresh: boolean;
  /** Characters of the text the result belongs to. */
  chars: number;
  refused: boolean;
  status: TokenizerStatus['state'];
  /** Mark Llama 3 ids that cl100k_base does not have. */
  markAdded: boolean;
  /** The sample the tokenized text is, if any (its language). */
  sample: Sample | undefined;
}

function Column({ tokenizer, result, fresh, chars, refused, status, markAdded, sample }: ColumnProps) {
  const t = useMessages(messages);
  const f = useFormat();
  const headId = useId();
  const stats = result ? columnStats(tokenizer, result.count, chars) : null;
  const added = markAdded && result ? sharedWithCl100k(result.ids) : null;
  return (
    <section className={`tp-col tp-${tokenizer}${fresh ? '' : ' stale'}`} aria-labelledby={headId} aria-busy={fresh || refused ? undefined : true}>
      {/* The heading names the column; its counts change with every keystroke, so they are not part of it. */}
      <div className="tp-col-head">
        <WidgetHeading id={headId} className="tp-name">{TOKENIZER_NAMES[tokenizer]}</WidgetHeading>
        <p className="tp-stats">
          <span className="tp-stat">{t.tokens(stats, f)}</span>
          <span className="tp-stat">{t.charsPerToken(stats, f)}</span>
        </p>
      </div>
      {refused ? (
        <p className="tp-status">{t.notTokenized}</p>
      ) : !result ? (
        // Same boxes as the token view below (token area, detail line, ids summary), so nothing moves when tokens arrive.
        <div className="tp-tokens-wrap">
          <p className="tp-status" role="status">{t.status(status, tokenizer)}</p>
          <div className="tp-pick" aria-hidden="true"><div className="tp-step" /><p className="tp-detail">{'\u00a0'}</p></div>
          <p className="tp-ids-placeholder" aria-hidden="true">{t.idsSummary(null, f)}</p>
        </div>
      ) : (
        <>
          {added && (
            <p className="tp-added-note">
              <span className="tp-added-key" aria-hidden="true">{t.addedKey}</span>{' '}
              {t.addedNote({ ...added, shown: result.count > result.ids.length ? result.ids.length : null }, f)}
            </p>
          )}
          <TokenList result={result} markAdded={markAdded} stale={!fresh} sample={sample} />
        </>
      )}
    </section>
  );
}

/**
 * Roving focus over the spans: one tab stop; arrows, Home/End and PageUp/PageDown move. Chips as narrow as one
 * character cannot be 24 px wide without spreading the text apart, so Previous/Next buttons of full size pick
 * tokens too (WCAG 2.5.8, the "equivalent control" exception); the chips themselves are 24 px tall.
 */
function TokenList({ result, markAdded, stale, sample }: {
  result: TokenizerResult; markAdded: boolean; stale: boolean; sample: Sample | undefined;
}) {
  const t = useMessages(messages);
  const f = useFormat();
  const { tokenizer } = result;
  const [active, setActive] = useState<number | null>(null);
  // Picked with Previous/Next (focus stays on the button, so the detail is announced) or on the list itself
  // (the focused token's name and the list's description already say it: announcing it too would say it twice).
  const [byButton, setByButton] = useState(false);
  const [showIds, setShowIds] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const detailId = useId();
  const n = result.ids.length;
  const current = active !== null && active < n ? active : null;
  const shown = useMemo(() => stableTokens(result), [result]);
  const chunks = useMemo(() => chunkTokens(shown.map((t) => endsLine(t.look)), CHUNK_TOKENS), [shown]);
  const langs = useMemo(() => tokenLangs(sample, result), [sample, result]);
  const focusIndex = (i: number) => {
    setActive(i);
    setByButton(false);
    const el = listRef.current?.querySelector<HTMLElement>(`[data-i="${i}"]`);
    el?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const intent = keyIntent(e);
    const next = intent === null ? null : moveInList(current ?? 0, n, intent, PAGE_TOKENS);
    if (next === null) return;
    e.preventDefault();
    focusIndex(next);
  };

  const onPick = (e: { target: EventTarget }) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-i]');
    if (el) { setActive(Number(el.dataset.i)); setByButton(false); }
  };

  /** Previous/Next: select without moving focus from the button, and bring the token into view. */
  const step = (delta: number) => {
    if (n === 0) return;
    const i = Math.min(n - 1, Math.max(0, (current ?? (delta > 0 ? -1 : n)) + delta));
    setActive(i);
    setByButton(true);
    listRef.current?.querySelector<HTMLElement>(`[data-i="${i}"]`)?.scrollIntoView?.({ block: 'nearest' });
  };

  const detail = current !== null ? t.tokenDetail(tokenDetail(result, current), f) : null;
  useAnnounce(byButton ? detail ?? '' : '');

  return (
    <div className={stale ? 'tp-tokens-wrap stale' : 'tp-tokens-wrap'}>
      <div ref={listRef} className="tp-tokens" role="listbox" aria-label={t.tokenList(tokenizer)} lang={sample?.lang}
        aria-describedby={detailId} onKeyDown={onKeyDown} onClick={onPick} onFocus={onPick} onPointerOver={onPick}>
        {n === 0 ? <span className="tp-empty">{t.noTokens}</span> : chunks.map(([from, to]) => (
          <TokenChunk key={from} from={from} to={to} ids={result.ids} shapes={shown} tabbable={current ?? 0}
            selected={current} markAdded={markAdded} langs={langs} />
        ))}
      </div>
      {result.count > n && (
        <p className="tp-note">{t.firstTokens(n, result.count, f)}</p>
      )}
      <div className="tp-pick">
        <StepControls className="tp-step" label={t.pickGroup(tokenizer)} atStart={n === 0 || current === 0} atEnd={n === 0 || current === n - 1}
          backLabel={t.previous} nextLabel={t.next} onBack={() => step(-1)} onNext={() => step(1)} />
        <p id={detailId} className="tp-detail">{detail ?? t.pickHint}</p>
      </div>
      <details className="tp-ids" onToggle={(e) => setShowIds(e.currentTarget.open)}>
        <summary>{t.idsSummary(result.count > n ? n : null, f)}</summary>
        {showIds && (
          <ScrollRegion vertical label={t.idsRegion(tokenizer)} className="tp-ids-list">
            <p>[{result.ids.join(', ')}]</p>
          </ScrollRegion>
        )}
      </details>
    </div>
  );
}

/** A token's look and its visible glyphs, computed once per tokenizer and id (so spans can skip re-rendering). */
interface Shape {
  look: TokenLook;
  glyphs: Glyph[][];
}

const SHAPE_CACHE_LIMIT = 50_000;
const shapeCache = new Map<TokenizerId, Map<number, Shape>>();

/** The shape of every shown token, reusing the objects of earlier results for ids seen before. */
function stableTokens(result: TokenizerResult): Shape[] {
  let cache = shapeCache.get(result.tokenizer);
  if (!cache || cache.size > SHAPE_CACHE_LIMIT) { cache = new Map(); shapeCache.set(result.tokenizer, cache); }
  return result.ids.map((id) => {
    let shape = cache.get(id);
    if (!shape) {
      const look = result.looks[id] ?? { runs: [], special: false };
      shape = { look, glyphs: look.runs.map((r) => (r.kind === 'text' ? visibleGlyphs(r.text, TOKEN_TEXT) : [])) };
      cache.set(id, shape);
    }
    return shape;
  });
}

interface ChunkProps {
  from: number;
  to: number;
  ids: readonly number[];
  shapes: readonly Shape[];
  /** Index of the token that is the list's tab stop. */
  tabbable: number;
  selected: number | null;
  markAdded: boolean;
  /** `lang` of each token (a text in several languages), or null. */
  langs: readonly (string | undefined)[] | null;
}

/**
 * A block of tokens [from, to). Blocks (split after line breaks) let the browser lay out and paint only what
 * changed or is on screen (content-visibility), and a block whose tokens did not change skips rendering.
 */
const TokenChunk = memo(function TokenChunk({ from, to, ids, shapes, tabbable, selected, markAdded, langs }: ChunkProps) {
  const spans = [];
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    const shape = shapes[i]!;
    spans.push(
      <TokenSpan key={i} i={i} id={id} shape={shape} tabbable={i === tabbable} selected={i === selected}
        added={markAdded && id >= FIRST_LLAMA3_ONLY_ID && !shape.look.special} lang={langs?.[i]} />,
    );
  }
  return <div role="none" className="tp-chunk">{spans}</div>;
}, (a, b) => {
  if (a.from !== b.from || a.to !== b.to || a.markAdded !== b.markAdded || a.langs !== b.langs) return false;
  const inA = (i: number | null) => i !== null && i >= a.from && i < a.to;
  if ((inA(a.tabbable) || inA(b.tabbable)) && a.tabbable !== b.tabbable) return false;
  if ((inA(a.selected) || inA(b.selected)) && a.selected !== b.selected) return false;
  for (let i = a.from; i < a.to; i++) if (a.ids[i] !== b.ids[i] || a.shapes[i] !== b.shapes[i]) return false;
  return true;
});

interface SpanProps {
  i: number;
  id: number;
  shape: Shape;
  tabbable: boolean;
  selected: boolean;
  added: boolean;
  lang: string | undefined;
}

const TokenSpan = memo(function TokenSpan({ i, id, shape, tabbable, selected, added, lang }: SpanProps) {
  const { look, glyphs } = shape;
  const cls = `tok c${i % 4}${look.special ? ' special' : ''}${added ? ' added' : ''}`;
  return (
    <span className={cls} role="option" aria-selected={selected} tabIndex={tabbable ? 0 : -1} data-i={i} data-id={id} lang={lang}>
      {look.runs.map((r, k) => r.kind === 'bytes'
        ? <span key={k} className="g-bytes">{byteTokenText(r.bytes)}</span>
        : glyphs[k]!.map((g, j) => g.kind === 'text'
          ? g.text
          // A line feed also breaks the line, so the tokens keep the text's layout.
          : g.kind === 'space' && g.char === '\n'
            ? <span key={`${k}.${j}`} className="g-newline" title={g.title}>{`${g.text}\n`}</span>
            : <span key={`${k}.${j}`} className={`g-${g.kind}`} title={g.title}>{g.text}</span>))}
    </span>
  );
});

export default island(meta, TokenizerPlaygroundView, { messages });
