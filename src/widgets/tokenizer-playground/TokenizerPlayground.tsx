// View of tokenizer-playground: the reader's text split by Llama 3 and Llama 2 (or cl100k_base), token
// by token. Vocabularies load only once the widget is on screen (dynamic import of the client, which
// starts a Web Worker); results arrive in a transition so typing never waits for the token spans.
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { ScrollRegion, Segmented, Select, StepControls, TextArea } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { useFormat } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { keyIntent, moveInList } from '../../lib/keys';
import { countCodePoints, hexBytes, visibleGlyphs, visibleText, type Glyph, type VisibleOptions } from '../../lib/text';
import { TOKENIZER_NAMES, type ByteRun, type TokenizerId, type TokenizerResult, type TokenLook } from '../../tokenizers';
import { useEncode, useTokenCounts, useTokenizer, type TokenizerStatus } from '../../tokenizers/react';
import type { ViewProps } from '../types';
import { meta, fields } from './meta';
import {
  checkText, chunkTokens, CHUNK_TOKENS, columnsFor, endsLine, columnStats, compareColumns, describe, FIRST_LLAMA3_ONLY_ID,
  MAX_SPANS, MAX_TEXT_CHARS, PAGE_TOKENS, PAPER_CHARS_PER_TOKEN, resolveText, sampleOfText, savingNote, sharedWithCl100k, specialTokenNote,
  tokenizersFor, tokenLangs,
} from './model';
import { SAMPLES, sampleById, type Sample, type SampleId } from './samples';
import './tokenizerPlayground.css';

/** Download of the tokenizer worker with its vocabularies (gzip, measured on the build), shown while it loads. */
const DOWNLOAD_HINT = 'about 1 MB';

const SAMPLE_OPTIONS = [
  ...SAMPLES.map((s) => ({ value: s.id as SampleId, label: s.label })),
  { value: 'custom' as SampleId, label: 'Your own text' },
];

export function TokenizerPlaygroundView({ state, onChange }: ViewProps<typeof fields>) {
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
  const failure = session.codeError !== null ? `The tokenizer code could not be loaded (${session.codeError}).`
    : encoded.error !== null ? `Tokenizing failed: ${encoded.error}` : null;

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
  useAnnounce(comparison?.sentence ?? '', { hold: !fresh });
  // A preset sample in one language carries its language (WCAG 3.1.2); typed text and mixed samples do not.
  const lang = state.text ? undefined : sampleById(state.sample)?.lang;

  return (
    <div className="tokplay" data-tokenized-chars={done ? doneChars : undefined} data-fresh={fresh ? 'true' : 'false'}
      data-runs-in={done ? encoded.runsIn ?? undefined : undefined}>
      <p className="visually-hidden">{describe(state, fresh ? counts : undefined)}</p>
      <div className="tp-controls">
        <Select label="Text" value={state.text ? 'custom' : state.sample} options={SAMPLE_OPTIONS}
          onChange={(sample) => onChange({ sample, text: '' })} />
        <Segmented legend="Text like <|eot_id|> is read as" value={state.specials}
          options={[{ value: 'special', label: 'a special token' }, { value: 'plain', label: 'plain text' }]}
          onChange={(specials) => onChange({ specials })} />
        <Segmented legend="Compare Llama 3 with" value={state.compare}
          options={[{ value: 'llama2', label: 'Llama 2' }, { value: 'cl100k', label: 'cl100k_base' }, { value: 'none', label: 'nothing' }]}
          onChange={(compare) => onChange({ compare })} />
      </div>
      {/* Past the cap the text is kept but refused (not tokenized), with the model's sentence; the kit speaks it. */}
      <TextArea className="tp-text" label="Text to tokenize" value={text} rows={5} lang={lang} max={MAX_TEXT_CHARS} overCap="refuse"
        refused={() => (check.ok ? '' : check.message)} onChange={(t) => onChange({ text: t, sample: 'custom' })} />

      {failure && (
        <div className="tp-error" role="alert">
          <p>{failure}</p>
          <button type="button" onClick={session.retry}>Try again</button>
        </div>
      )}
      {anyError && !failure && (
        <div className="tp-error" role="alert">
          <p>The {TOKENIZER_NAMES[anyError]} vocabulary could not be loaded{status[anyError]?.message ? ` (${status[anyError]!.message})` : ''}.</p>
          <button type="button" onClick={session.retry}>Try again</button>
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
        <p className={fresh ? 'tp-compare' : 'tp-compare stale'}>{comparison?.sentence ?? ''}</p>
        {/* Not a live region: it changes with every keystroke and is in the screen-reader summary already. */}
        {split && <p className="tp-split">{split}</p>}
        <p className="tp-paper">
          On Meta’s English sample the report measured {PAPER_CHARS_PER_TOKEN.llama2.value} characters per token for Llama 2
          and {PAPER_CHARS_PER_TOKEN.llama3.value} for Llama 3 (<Cite text={PAPER_CHARS_PER_TOKEN.llama3.cite} />), whose vocabulary “combines
          100K tokens from the tiktoken tokenizer with 28K additional tokens” (same section). Your text gives its own numbers:
          they depend on the language, the subject and the formatting. Token ids come from the real vocabularies (Meta’s Llama 3
          and Llama 2 tokenizer files, OpenAI’s cl100k_base). Characters are Unicode code points; counts leave out
          the begin- and end-of-text tokens.{state.compare === 'llama2' ? ' Llama 2’s first token starts with the space SentencePiece adds in front of every text.' : ''}
        </p>
      </div>
      <p className="tp-license">
        Built with Meta Llama 3. Meta Llama 3 is licensed under the{' '}
        <a href="/licenses/META-LLAMA-3-COMMUNITY-LICENSE.txt" target="_blank" rel="noopener">Meta Llama 3 Community License</a>,
        Copyright © Meta Platforms, Inc. All Rights Reserved. Llama 2 is licensed under the{' '}
        <a href="/licenses/LLAMA-2-COMMUNITY-LICENSE.txt" target="_blank" rel="noopener">LLAMA 2 Community License</a>, Copyright ©
        Meta Platforms, Inc. All Rights Reserved. <a href="/NOTICE.txt" target="_blank" rel="noopener">Notices</a>
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
  const fmt = useFormat();
  const name = TOKENIZER_NAMES[tokenizer];
  const headId = useId();
  const stats = result ? columnStats(tokenizer, result.count, chars) : null;
  const added = markAdded && result ? sharedWithCl100k(result.ids) : null;
  return (
    <section className={`tp-col tp-${tokenizer}${fresh ? '' : ' stale'}`} aria-labelledby={headId} aria-busy={fresh || refused ? undefined : true}>
      {/* The heading names the column; its counts change with every keystroke, so they are not part of it. */}
      <div className="tp-col-head">
        <WidgetHeading id={headId} className="tp-name">{name}</WidgetHeading>
        <p className="tp-stats">
          <span className="tp-stat">{stats ? `${fmt.int(stats.tokens)} tokens` : '… tokens'}</span>
          <span className="tp-stat">{stats ? `${fmt.decimal(stats.charsPerToken)} characters per token` : '… characters per token'}</span>
        </p>
      </div>
      {refused ? (
        <p className="tp-status">Not tokenized: the text is over the limit.</p>
      ) : !result ? (
        // Same boxes as the token view below (token area, detail line, ids summary), so nothing moves when tokens arrive.
        <div className="tp-tokens-wrap">
          <p className="tp-status" role="status">
            {status === 'waiting' ? `The ${name} tokenizer loads when this figure is on screen (vocabularies: ${DOWNLOAD_HINT}, once).`
              : status === 'error' ? `The ${name} tokenizer did not load.`
                : status === 'ready' ? `Tokenizing with ${name}…`
                  : `Loading the ${name} vocabulary (all vocabularies together: ${DOWNLOAD_HINT}, once)…`}
          </p>
          <div className="tp-pick" aria-hidden="true"><div className="tp-step" /><p className="tp-detail">{'\u00a0'}</p></div>
          <p className="tp-ids-placeholder" aria-hidden="true">Token ids</p>
        </div>
      ) : (
        <>
          {added && (
            <p className="tp-added-note">
              <span className="tp-added-key" aria-hidden="true">abc</span> Underlined: {fmt.int(added.added)} of these
              {result.count > result.ids.length ? ` first ${fmt.int(result.ids.length)}` : ''} tokens have ids of {fmt.int(FIRST_LLAMA3_ONLY_ID)} or
              more, which Llama 3 added to cl100k_base’s vocabulary; the other {fmt.int(added.shared)} are cl100k_base tokens with the same ids.
            </p>
          )}
          <TokenList result={result} name={name} markAdded={markAdded} stale={!fresh} sample={sample} />
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
function TokenList({ result, name, markAdded, stale, sample }: {
  result: TokenizerResult; name: string; markAdded: boolean; stale: boolean; sample: Sample | undefined;
}) {
  const fmt = useFormat();
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

  const detail = current !== null ? tokenDetail(result, current, name, fmt) : null;
  useAnnounce(byButton ? detail ?? '' : '');

  return (
    <div className={stale ? 'tp-tokens-wrap stale' : 'tp-tokens-wrap'}>
      <div ref={listRef} className="tp-tokens" role="listbox" aria-label={`${name} tokens, in order`} lang={sample?.lang}
        aria-describedby={detailId} onKeyDown={onKeyDown} onClick={onPick} onFocus={onPick} onPointerOver={onPick}>
        {n === 0 ? <span className="tp-empty">No tokens: the text is empty.</span> : chunks.map(([from, to]) => (
          <TokenChunk key={from} from={from} to={to} ids={result.ids} shapes={shown} tabbable={current ?? 0}
            selected={current} markAdded={markAdded} langs={langs} />
        ))}
      </div>
      {result.count > n && (
        <p className="tp-note">Showing the first {fmt.int(n)} of {fmt.int(result.count)} tokens; the counts cover the whole text.</p>
      )}
      <div className="tp-pick">
        <StepControls className="tp-step" label={`Pick a ${name} token`} atStart={n === 0 || current === 0} atEnd={n === 0 || current === n - 1}
          backLabel="Previous" nextLabel="Next" onBack={() => step(-1)} onNext={() => step(1)} />
        <p id={detailId} className="tp-detail">
          {detail ?? 'Pick a token (Tab to the tokens, then the arrow keys; click one; or Previous and Next) to see its id and bytes.'}
        </p>
      </div>
      <details className="tp-ids" onToggle={(e) => setShowIds(e.currentTarget.open)}>
        <summary>Token ids{result.count > n ? ` (first ${fmt.int(n)})` : ''}</summary>
        {showIds && (
          <ScrollRegion vertical label={`${name} token ids`} className="tp-ids-list">
            <p>[{result.ids.join(', ')}]</p>
          </ScrollRegion>
        )}
      </details>
    </div>
  );
}

function tokenDetail(result: TokenizerResult, i: number, name: string, fmt: Format): string {
  const id = result.ids[i]!;
  const look = result.looks[id]!;
  const where = `${name} token ${fmt.int(i + 1)} of ${fmt.int(result.count)}: id ${fmt.int(id)}`;
  if (look.special) {
    const note = specialTokenNote(result.tokenizer, id);
    return `${where}, the special token ${runsText(look.runs)}.${note ? ` ${note}` : ''}`;
  }
  const bytes = look.runs.flatMap((r) => (r.kind === 'bytes' ? r.bytes : [...new TextEncoder().encode(r.text)]));
  const partial = look.runs.some((r) => r.kind === 'bytes');
  return `${where}, “${runsText(look.runs)}”, bytes ${hexBytes(bytes)}${partial ? ' (part of a character: its other bytes are in the neighbouring tokens)' : ''}.`;
}

/** A token's text as drawn in its box: spaces as "␣" too (src/lib/text.ts); a mark that starts a token stays readable. */
const TOKEN_TEXT: VisibleOptions = { space: 'symbol' };

/** A token's raw bytes as the tokenizers name byte tokens: "<0xF0 0x9F>". */
function byteRunText(bytes: readonly number[]): string {
  return `<${hexBytes(bytes, { prefix: '0x' })}>`;
}

function runsText(runs: readonly ByteRun[]): string {
  return runs.map((r) => (r.kind === 'text' ? visibleText(r.text, TOKEN_TEXT) : byteRunText(r.bytes))).join('');
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
        ? <span key={k} className="g-bytes">{byteRunText(r.bytes)}</span>
        : glyphs[k]!.map((g, j) => g.kind === 'text'
          ? g.text
          // A line feed also breaks the line, so the tokens keep the text's layout.
          : g.kind === 'space' && g.char === '\n'
            ? <span key={`${k}.${j}`} className="g-newline" title={g.title}>{`${g.text}\n`}</span>
            : <span key={`${k}.${j}`} className={`g-${g.kind}`} title={g.title}>{g.text}</span>))}
    </span>
  );
});

export default island(meta, TokenizerPlaygroundView);
