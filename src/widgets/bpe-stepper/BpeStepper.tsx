// View of bpe-stepper: training text, step/play controls, the text split into chunks and tokens,
// the merge table and the tokens-vs-merges chart (React draws; d3 computes in model.ts).
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Cite } from '../../components/Cite';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, capText, DataDetails, DataTable, Select, Slider, StepControls, TextArea } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat } from '../../i18n/react';
import type { ViewProps } from '../types';
import { LLAMA3_PAT_STR, type BpeTraining, type Merge, segmentationAt, trainBpe } from './bpe';
import { meta, fields } from './meta';
import {
  CORPORA, CORPUS_IDS, type CorpusId, MAX_MERGES, MAX_TEXT_CHARS, chartGeometry, chartTableRows, chunkLangs, clampStep,
  describe, resolveCorpus, stepStats, tokenPartsCached, tokenSpoken,
} from './model';
import './bpeStepper.css';

/** Milliseconds between merges while playing. */
const PLAY_INTERVAL_MS = 700;
/** Merges listed in the table before "show all". */
const RECENT_MERGES = 6;
const CHART_HEIGHT = 190;

const CORPUS_OPTIONS = CORPUS_IDS.map((id) => ({ value: id, label: id === 'custom' ? 'Your own text' : CORPORA[id].label }));

export function BpeStepperView({ state, onChange }: ViewProps<typeof fields>) {
  const fmt = useFormat();
  const shownText = state.corpus === 'custom' ? state.text : CORPORA[state.corpus].text;
  const resolved = resolveCorpus(state);
  // Training runs on a deferred copy of the text, so a keystroke paints before the (few ms) retraining.
  const trainText = useDeferredValue(resolved.text);
  const training = useMemo(() => trainBpe(trainText, MAX_MERGES), [trainText]);
  const step = clampStep(training, state.merges);
  const available = training.merges.length;
  const stats = stepStats(trainText, training, step);
  // The text, the table and the chart follow a deferred step: dragging the slider moves the thumb and the
  // status at once, and React redraws the hundreds of token spans in interruptible slices.
  const shownStep = useDeferredValue(step);
  const segmentation = useMemo(() => segmentationAt(training, shownStep), [training, shownStep]);
  const langs = useMemo(() => chunkLangs(trainText, training), [trainText, training]);
  const shownMerges = useMemo(() => training.merges.slice(0, shownStep), [training, shownStep]);
  const [playing, setPlaying] = useState(false);
  const textId = useId();

  // Play: one merge every PLAY_INTERVAL_MS until the last one; any other control pauses it.
  const live = useRef({ step, available, onChange });
  live.current = { step, available, onChange };
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { step: s, available: a, onChange: change } = live.current;
      if (s >= a) { setPlaying(false); return; }
      change({ merges: s + 1 });
      if (s + 1 >= a) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const go = useCallback((k: number) => { setPlaying(false); onChange({ merges: Math.max(0, Math.min(available, k)) }); }, [available, onChange]);

  function setCorpus(c: CorpusId) {
    setPlaying(false);
    // "Your own text" starts from the text on screen; a preset drops the custom text (and its URL parameter).
    onChange(c === 'custom' ? { corpus: c, text: capText(shownText, MAX_TEXT_CHARS).text } : { corpus: c, text: '' });
  }

  /** Typed text, already cut to MAX_TEXT_CHARS by the TextArea. */
  function setText(value: string) {
    setPlaying(false);
    onChange({ corpus: 'custom', text: value });
  }

  const newId = shownStep > 0 ? training.merges[shownStep - 1]?.id ?? -1 : -1;
  const latest = step > 0 ? training.merges[step - 1]! : null;
  const stale = trainText !== resolved.text || shownStep !== step;

  // Spoken once the step settles; while Play runs, only when it pauses or reaches the end.
  const statsText = trainText.length > 0
    ? `${fmt.int(stats.tokens)} tokens for ${fmt.int(stats.chars)} characters: ${fmt.decimal(stats.charsPerToken)} characters per token.`
    : '';
  useAnnounce(latest
    ? `Merge ${fmt.int(step)}: ${tokenSpoken(training.vocab[latest.left]!)} plus ${tokenSpoken(training.vocab[latest.right]!)} becomes ${tokenSpoken(training.vocab[latest.id]!)}. ${statsText}`
    : trainText.length > 0 ? `No merges yet: every byte is a token. ${statsText}` : '', { hold: playing });
  useAnnounce(resolved.message ?? '');

  return (
    <div className="bpe" aria-busy={stale}>
      <div className="bpe-input">
        <Select label="Training text" value={state.corpus} options={CORPUS_OPTIONS} onChange={setCorpus} />
        <TextArea className="bpe-textarea" label={<>Text (edit it to train on your own; at most {fmt.int(MAX_TEXT_CHARS)} characters)</>}
          value={shownText} onChange={setText} max={MAX_TEXT_CHARS} overCap="cut">
          {resolved.message && <p className="bpe-warn">{resolved.message}</p>}
        </TextArea>
      </div>

      <StepControls label="Training steps" className="bpe-steps" buttonsClassName="bpe-buttons" atStart={step === 0} atEnd={step >= available}
        nextLabel="Merge" onBack={() => go(step - 1)} onNext={() => go(step + 1)} onReset={() => go(0)}
        playing={playing} onPlay={() => setPlaying((p) => !p && step < available)}>
        <Slider
          label="Merges done"
          value={step}
          min={0}
          max={Math.max(available, 1)}
          onChange={go}
          format={(v) => `${fmt.int(v)} of ${fmt.int(available)}`}
          valueText={(v) => `${fmt.int(v)} merges of ${fmt.int(available)}`}
          hint={available < MAX_MERGES && trainText.length > 0
            ? `This text allows ${fmt.int(available)} merges: after that every chunk is a single token.`
            : undefined}
        />
      </StepControls>

      <p className="bpe-status">
        {latest
          ? <>Merge {fmt.int(step)}: <Tok bytes={training.vocab[latest.left]!} /> + <Tok bytes={training.vocab[latest.right]!} /> → <Tok bytes={training.vocab[latest.id]!} isNew /> ({fmt.int(latest.count)} times). </>
          : trainText.length > 0 ? 'No merges yet: every byte is a token. ' : null}
        {trainText.length > 0 && (
          <span className="bpe-stats">
            {fmt.int(stats.tokens)} tokens for {fmt.int(stats.chars)} characters ({fmt.int(stats.bytes)} bytes):{' '}
            {fmt.decimal(stats.charsPerToken)} characters per token.
          </span>
        )}
      </p>

      <div className="bpe-grid">
        <section className="bpe-seg" aria-labelledby={`${textId}-seg`}>
          <WidgetHeading id={`${textId}-seg`} className="bpe-h">The text, in chunks and tokens</WidgetHeading>
          <p className="bpe-note">
            {fmt.int(stats.chunks)} chunks, {fmt.int(stats.tokens)} tokens. Dashed boxes are the chunks cut by Llama 3’s regex; merges
            never cross them. Each solid box inside is a token; ␣ is a space, ↵ a newline, and ⟨E4 BD⟩ shows bytes that are not a
            whole printable character.
          </p>
          {/* Scrolls, so it takes focus; named apart from the section around it (two landmarks, two names). */}
          <section className="bpe-text" tabIndex={0} aria-label="The text, chunk by chunk">
            {segmentation.map((ids, i) => (
              <Chunk key={i} ids={ids} vocab={training.vocab} newId={ids.includes(newId) ? newId : -1} lang={langs?.[i]} />
            ))}
          </section>
        </section>

        <section className="bpe-side" aria-labelledby={`${textId}-merges`}>
          <div className="bpe-merges">
            <WidgetHeading id={`${textId}-merges`} className="bpe-h">Merge table</WidgetHeading>
            <MergeTable merges={shownMerges} vocab={training.vocab} />
          </div>
          <TokenChart training={training} step={step} />
        </section>
      </div>

      <details className="bpe-how">
        <summary>How this trainer works</summary>
        <ol>
          <li>
            The text is split with Llama 3’s pre-tokenization pattern, <code>pat_str</code> in Meta’s tokenizer code
            (<Cite text="Report §3.2" /> describes the tokenizer, not this pattern):
            <code className="bpe-regex">{LLAMA3_PAT_STR}</code>
            In JavaScript it runs with the <code>u</code> flag, with <code>\s</code> replaced by <code>{'\\p{White_Space}'}</code>:
            JavaScript’s <code>\s</code> counts U+FEFF as space and misses U+0085, unlike Meta’s tokenizer.
          </li>
          <li>
            Each chunk becomes its UTF-8 bytes: tokens 0–255. The ids here are this trainer’s own, numbered in the order it
            learns its merges; they are not Llama 3’s ids (the tokenizer playground shows those).
          </li>
          <li>
            Every adjacent pair inside a chunk is counted, weighted by how often the chunk occurs. The most frequent pair
            becomes a new token (256, 257, …) and is replaced everywhere, left to right.
          </li>
          <li>
            Ties go to the pair with the smaller token ids (first token, then second), as in Hugging Face’s trainer, so
            raw bytes win over merged tokens and a lower byte value wins over a higher one.
          </li>
          <li>Training stops after {fmt.int(MAX_MERGES)} merges or when every chunk is a single token.</li>
        </ol>
      </details>
      <p className="visually-hidden">{describe(state, training)}</p>
    </div>
  );
}

/** One token, drawn from its bytes (plain text tokens as a bare text node inside their span). */
const Tok = memo(function Tok({ bytes, isNew = false }: { bytes: Uint8Array; isNew?: boolean }) {
  const parts = tokenPartsCached(bytes);
  const only = parts.length === 1 && parts[0]!.kind === 'text' ? parts[0]!.text : null;
  return (
    <span className={isNew ? 'bpe-tok is-new' : 'bpe-tok'}>
      {only ?? parts.map((p, i) =>
        p.kind === 'text' ? <span key={i}>{p.text}</span>
          : p.kind === 'space' ? <span key={i} className="bpe-ws" title={p.name}>{p.symbol}</span>
            : <span key={i} className="bpe-bytes">{`⟨${p.hex}⟩`}</span>,
      )}
    </span>
  );
});

/** One chunk: a box of token spans. Memoised: a step redraws only the chunks whose tokens changed. */
const Chunk = memo(function Chunk({ ids, vocab, newId, lang }: { ids: number[]; vocab: Uint8Array[]; newId: number; lang: string | undefined }) {
  return (
    <span className="bpe-chunk" lang={lang}>
      {ids.map((id, j) => <Tok key={j} bytes={vocab[id]!} isNew={id === newId} />)}
    </span>
  );
});

function MergeTable({ merges, vocab }: { merges: Merge[]; vocab: Uint8Array[] }) {
  const fmt = useFormat();
  const [all, setAll] = useState(false);
  if (merges.length === 0) return <p className="bpe-note">No merges yet. Press Merge or Play.</p>;
  const rows = all ? [...merges].reverse() : merges.slice(-RECENT_MERGES).reverse();
  return (
    <>
      {/* Scrolls (and so takes focus, as a named region) only when it lists all merges. */}
      <DataTable className="bpe-table" scroll={all ? 'All merges' : undefined} vertical scrollClassName="bpe-table-wrap is-all"
        caption={all ? `All ${merges.length} merges, newest first` : `The ${rows.length} most recent merges, newest first`}>
        <thead>
          <tr><th scope="col">#</th><th scope="col">Pair</th><th scope="col">New token</th><th scope="col">Count</th></tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.rank}>
              <td>{m.rank + 1}</td>
              <td><Tok bytes={vocab[m.left]!} /> + <Tok bytes={vocab[m.right]!} /></td>
              <td><Tok bytes={vocab[m.id]!} /> <span className="bpe-id">id {m.id}</span></td>
              <td>{fmt.int(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {merges.length > RECENT_MERGES && (
        <button type="button" className="bpe-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the last ${RECENT_MERGES} only` : `Show all ${fmt.int(merges.length)} merges`}
        </button>
      )}
    </>
  );
}

function TokenChart({ training, step }: { training: BpeTraining; step: number }) {
  const fmt = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>(360);
  const g = chartGeometry(training.tokensAfter, step, width, CHART_HEIGHT);
  const rows = chartTableRows(training.tokensAfter, step);
  const iw = g.width - g.margin.left - g.margin.right;
  const ih = g.height - g.margin.top - g.margin.bottom;
  return (
    <div className="bpe-chart" ref={ref}>
      <WidgetHeading className="bpe-h">Tokens in the text after each merge</WidgetHeading>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width="100%" height={g.height} role="img"
        aria-label={`Line chart: ${fmt.int(training.tokensAfter[0] ?? 0)} tokens before any merge, ${fmt.int(training.tokensAfter.at(-1) ?? 0)} after ${fmt.int(training.merges.length)} merges; now at ${fmt.int(step)}.`}>
        <g transform={`translate(${g.margin.left},${g.margin.top})`}>
          <AxisY ticks={g.yTicks} x={0} gridTo={iw} />
          <AxisX ticks={g.xTicks} y={ih} span={[0, iw]} line title="merges" />
          <path className="bpe-line" d={g.path} />
          <line className="bpe-now" x1={g.marker.x} x2={g.marker.x} y1={0} y2={ih} />
          <circle className="bpe-dot" cx={g.marker.x} cy={g.marker.y} r={4.5} />
        </g>
      </svg>
      <DataDetails className="bpe-data" summary="Data table">
        <DataTable className="bpe-table" caption="Tokens in the text after a number of merges">
          <thead><tr><th scope="col">Merges</th><th scope="col">Tokens</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.merges} className={r.current ? 'is-current' : undefined}>
                <td>{fmt.int(r.merges)}{r.current ? ' (shown)' : ''}</td>
                <td>{fmt.int(r.tokens)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </DataDetails>
    </div>
  );
}

export default island(meta, BpeStepperView);
