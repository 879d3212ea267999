// View of bpe-stepper: training text, step/play controls, the text split into chunks and tokens,
// the merge table and the tokens-vs-merges chart (React draws; d3 computes in model.ts).
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Cite } from '../../components/Cite';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, capText, DataDetails, DataTable, Select, Slider, StepControls, TextArea } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { RichText, useFormat, useLocale, useMessages } from '../../i18n/react';
import { byteTokenText } from '../../tokenizers';
import type { ViewProps } from '../types';
import { LLAMA3_PAT_STR, type BpeTraining, type Merge, segmentationAt, trainBpe } from './bpe';
import { meta, fields } from './meta';
import { messages } from './messages';
import { CORPORA, CORPUS_IDS, type CorpusId } from './corpora';
import {
  MAX_MERGES, MAX_TEXT_CHARS, chartGeometry, chartTableRows, chunkLangs, clampStep, mergeShown, resolveCorpus, stepStats, summarize,
  tokenPartsCached,
} from './model';
import './bpeStepper.css';

/** Milliseconds between merges while playing. */
const PLAY_INTERVAL_MS = 700;
/** Merges listed in the table before "show all". */
const RECENT_MERGES = 6;
const CHART_HEIGHT = 190;

export function BpeStepperView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const f = useFormat();
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
  // The built-in English texts are English on a Chinese page too (WCAG 3.1.2); the reader's own text claims no language.
  const locale = useLocale();
  const corpusLang = locale !== 'en' && (state.corpus === 'prose' || state.corpus === 'rhyme' || state.corpus === 'code') ? 'en' : undefined;
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
  const latest = mergeShown(training, step);
  const stale = trainText !== resolved.text || shownStep !== step;
  const issue = resolved.issue ? t.corpusIssue(resolved.issue, f) : null;

  // Spoken once the step settles; while Play runs, only when it pauses or reaches the end.
  useAnnounce(t.announce(latest, trainText.length > 0 ? stats : null, f), { hold: playing });
  useAnnounce(issue ?? '');

  return (
    <div className="bpe" aria-busy={stale}>
      <div className="bpe-input">
        <Select label={t.corpusLabel} value={state.corpus} options={CORPUS_IDS.map((id) => ({ value: id, label: t.corpora[id] }))}
          onChange={setCorpus} />
        <TextArea className="bpe-textarea" label={<RichText parts={t.textBox(MAX_TEXT_CHARS, f)} />}
          value={shownText} onChange={setText} max={MAX_TEXT_CHARS} overCap="cut">
          {issue && <p className="bpe-warn">{issue}</p>}
        </TextArea>
      </div>

      <StepControls label={t.steps} className="bpe-steps" buttonsClassName="bpe-buttons" atStart={step === 0} atEnd={step >= available}
        nextLabel={t.merge} onBack={() => go(step - 1)} onNext={() => go(step + 1)} onReset={() => go(0)}
        playing={playing} onPlay={() => setPlaying((p) => !p && step < available)}>
        <Slider
          label={t.slider}
          value={step}
          min={0}
          max={Math.max(available, 1)}
          onChange={go}
          format={(v) => t.sliderValue(v, available, f)}
          valueText={(v) => t.sliderValueText(v, available, f)}
          hint={available < MAX_MERGES && trainText.length > 0 ? t.allows(available, f) : undefined}
        />
      </StepControls>

      <p className="bpe-status">
        {latest
          ? <RichText parts={t.status(latest, (which) => <Tok bytes={training.vocab[which === 'left' ? latest.merge.left : which === 'right' ? latest.merge.right : latest.merge.id]!} isNew={which === 'made'} />, f)} />
          : trainText.length > 0 ? t.noMerges : null}
        {trainText.length > 0 && (
          <span className="bpe-stats"><RichText parts={t.stats(stats, f)} /></span>
        )}
      </p>

      <div className="bpe-grid">
        <section className="bpe-seg" aria-labelledby={`${textId}-seg`}>
          <WidgetHeading id={`${textId}-seg`} className="bpe-h">{t.segHeading}</WidgetHeading>
          <p className="bpe-note"><RichText parts={t.segNote(stats, f)} /></p>
          {/* Scrolls, so it takes focus; named apart from the section around it (two landmarks, two names). */}
          <section className="bpe-text" tabIndex={0} aria-label={t.segRegion}>
            {segmentation.map((ids, i) => (
              <Chunk key={i} ids={ids} vocab={training.vocab} newId={ids.includes(newId) ? newId : -1} lang={langs?.[i] ?? corpusLang} />
            ))}
          </section>
        </section>

        <section className="bpe-side" aria-labelledby={`${textId}-merges`}>
          <div className="bpe-merges">
            <WidgetHeading id={`${textId}-merges`} className="bpe-h">{t.tableHeading}</WidgetHeading>
            <MergeTable merges={shownMerges} vocab={training.vocab} />
          </div>
          <TokenChart training={training} step={step} />
        </section>
      </div>

      <details className="bpe-how">
        <summary>{t.howSummary}</summary>
        <ol>
          {t.how({
            code: (text) => <code>{text}</code>,
            pattern: <code className="bpe-regex">{LLAMA3_PAT_STR}</code>,
            cite: <Cite text={t.reportCite} />,
            maxMerges: MAX_MERGES,
          }, f).map((parts, i) => <li key={i}><RichText parts={parts} /></li>)}
        </ol>
      </details>
      <p className="visually-hidden">{t.describe(summarize(state, training), f)}</p>
    </div>
  );
}

/** One token, drawn from its bytes (plain text tokens as a bare text node inside their span). */
const Tok = memo(function Tok({ bytes, isNew = false }: { bytes: Uint8Array; isNew?: boolean }) {
  const t = useMessages(messages);
  const parts = tokenPartsCached(bytes);
  const only = parts.length === 1 && parts[0]!.kind === 'text' ? parts[0]!.text : null;
  return (
    // A token is data, not prose: not for translation tools (and not a word of the page's language to a checker).
    <span className={isNew ? 'bpe-tok is-new' : 'bpe-tok'} translate="no">
      {only ?? parts.map((p, i) =>
        p.kind === 'text' ? <span key={i}>{p.text}</span>
          : p.kind === 'space' ? <span key={i} className="bpe-ws" title={t.whitespaceName(p.symbol, p.name)}>{p.symbol}</span>
            : <span key={i} className="bpe-bytes">{byteTokenText(p.bytes)}</span>,
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
  const t = useMessages(messages);
  const f = useFormat();
  const [all, setAll] = useState(false);
  if (merges.length === 0) return <p className="bpe-note">{t.noMergesTable}</p>;
  const rows = all ? [...merges].reverse() : merges.slice(-RECENT_MERGES).reverse();
  return (
    <>
      {/* Scrolls (and so takes focus, as a named region) only when it lists all merges. */}
      <DataTable className="bpe-table" scroll={all ? t.allMergesRegion : undefined} vertical scrollClassName="bpe-table-wrap is-all"
        caption={t.tableCaption(rows.length, all, f)}>
        <thead>
          <tr>
            <th scope="col">{t.columns.rank}</th><th scope="col">{t.columns.pair}</th><th scope="col">{t.columns.made}</th>
            <th scope="col">{t.columns.count}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.rank}>
              <td>{f.int(m.rank + 1)}</td>
              <td><Tok bytes={vocab[m.left]!} /> + <Tok bytes={vocab[m.right]!} /></td>
              <td><Tok bytes={vocab[m.id]!} /> <span className="bpe-id"><RichText parts={t.tokenId(m.id, f)} /></span></td>
              <td>{f.int(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {merges.length > RECENT_MERGES && (
        <button type="button" className="bpe-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t.showRecent(RECENT_MERGES, f) : t.showAll(merges.length, f)}
        </button>
      )}
    </>
  );
}

function TokenChart({ training, step }: { training: BpeTraining; step: number }) {
  const t = useMessages(messages);
  const f = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>(360);
  const g = chartGeometry(training.tokensAfter, step, width, CHART_HEIGHT, f);
  const rows = chartTableRows(training.tokensAfter, step);
  const iw = g.width - g.margin.left - g.margin.right;
  const ih = g.height - g.margin.top - g.margin.bottom;
  return (
    <div className="bpe-chart" ref={ref}>
      <WidgetHeading className="bpe-h">{t.chartHeading}</WidgetHeading>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width="100%" height={g.height} role="img"
        aria-label={t.chartLabel(training.tokensAfter[0] ?? 0, training.tokensAfter.at(-1) ?? 0, training.merges.length, step, f)}>
        <g transform={`translate(${g.margin.left},${g.margin.top})`}>
          <AxisY ticks={g.yTicks} x={0} gridTo={iw} />
          <AxisX ticks={g.xTicks} y={ih} span={[0, iw]} line title={t.chartAxis} />
          <path className="bpe-line" d={g.path} />
          <line className="bpe-now" x1={g.marker.x} x2={g.marker.x} y1={0} y2={ih} />
          <circle className="bpe-dot" cx={g.marker.x} cy={g.marker.y} r={4.5} />
        </g>
      </svg>
      <DataDetails className="bpe-data" summary={t.dataTable}>
        <DataTable className="bpe-table" caption={t.chartCaption}>
          <thead><tr><th scope="col">{t.chartColumns.merges}</th><th scope="col">{t.chartColumns.tokens}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.merges} className={r.current ? 'is-current' : undefined}>
                <td><RichText parts={t.chartRow(r.merges, r.current, f)} /></td>
                <td>{f.int(r.tokens)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </DataDetails>
    </div>
  );
}

export default island(meta, BpeStepperView, { messages });
