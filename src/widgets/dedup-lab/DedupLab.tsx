// View of dedup-lab: the corpus (built-in pages or the reader's own), the MinHash / LSH / line parameters; the outcome
// line (spoken once per change); the three levels with the report's words, what this lab does and what each removed;
// the flagged pairs with estimate and exact Jaccard; the documents with struck-through removals and reasons; the LSH
// S-curve with every pair on it and a table; notes. The pipeline is model.ts; signatures are cached per text, k, perms
// and seed, so moving bands or lineT recomputes none. The reader's text is run through useDeferredValue and capped
// (model PASTE_CAPS), so typing never waits for the pipeline (worst case measured in model.test.ts).
import { memo, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, ScrollRegion, Segmented, Select, Slider, TextArea } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { RichText, useFormat, useLocale, useMessages } from '../../i18n/react';
import { parseNumber } from '../../lib/text';
import type { ViewProps } from '../types';
import { curveGeometry, MIN_WIDTH } from './chart';
import { CORPUS, type CorpusDoc } from './corpus';
import { messages, type CorpusChoice } from './messages';
import { meta, type fields } from './meta';
import {
  DEFAULTS, divisors, LIMITS, nearestBands, PASTE_CAPS, parsePasted, PERMS_STEPS, REPORT_BUCKET_DOCS, REPORT_LINE_T,
  runDedup, SignatureCache, tablePairs, type DedupResult, type DocResult, type PasteResult,
} from './model';
import './dedupLab.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

/** Chart width before the container is measured (server render), px. */
const DEFAULT_WIDTH = 640;
const CORPUS_CHOICES: readonly CorpusChoice[] = ['bundled', 'pasted'];

const name = (text: string) => <span translate="no">{text}</span>;

export interface DedupLabViewProps extends ViewProps<typeof fields> {
  /** The reader's documents to start with (tests and examples; the URL never carries them). */
  initialText?: string | undefined;
}

export function DedupLabView({ state, onChange, initialText }: DedupLabViewProps) {
  const t = useMessages(messages);
  const f = useFormat();
  const [corpus, setCorpus] = useState<CorpusChoice>(initialText === undefined ? 'bundled' : 'pasted');
  const [text, setText] = useState(initialText ?? '');
  // Typing updates the box at once; the pipeline follows the deferred text.
  const deferred = useDeferredValue(text);
  const [cache] = useState(() => new SignatureCache());
  const paste = useMemo<PasteResult | null>(() => (corpus === 'pasted' ? parsePasted(deferred) : null), [corpus, deferred]);
  const docs: readonly CorpusDoc[] | null = corpus === 'bundled' ? CORPUS : paste?.ok ? paste.docs : null;
  const { shingle, perms, bands, lineT, seed } = state;
  const outcome = useMemo(
    () => (docs ? runDedup(docs, { shingle, perms, bands, lineT, seed }, cache) : null),
    [docs, shingle, perms, bands, lineT, seed, cache],
  );
  const pasteProblem = paste && !paste.ok ? paste.issue : null;
  // The box speaks its own refusal past the character cap; everything else is said here, once per change.
  const spoken = outcome === null
    ? (pasteProblem && pasteProblem.code !== 'tooManyChars' ? t.pasteIssue(pasteProblem, f) : '')
    : outcome.ok ? [t.outcome(outcome.result, f), ...outcome.result.issues.map((i) => t.issue(i, f))].join(' ')
      : [t.impossible, ...outcome.issues.map((i) => t.issue(i, f))].join(' ');
  useAnnounce(spoken);

  return (
    <div className="dedup-lab">
      <Controls state={state} onChange={onChange} effectiveBands={outcome?.ok ? outcome.result.params.bands : nearestBands(perms, bands)}>
        <Segmented legend={t.corpusLegend} value={corpus}
          options={CORPUS_CHOICES.map((c) => ({ value: c, label: t.corpusOption(c, CORPUS.length, f) }))} onChange={setCorpus} />
      </Controls>
      <div className="dl-corpus">
        {corpus === 'pasted' && (
          <TextArea className="dl-paste" label={t.pasteLabel} value={text} rows={6} max={PASTE_CAPS.chars} overCap="refuse"
            refused={(chars, max) => t.tooLong(chars, max, f)} onChange={setText}>
            <p className="dl-hint">{t.pasteHint(PASTE_CAPS.docs, PASTE_CAPS.chars, f)}</p>
          </TextArea>
        )}
      </div>
      {pasteProblem && pasteProblem.code !== 'tooManyChars' && <p className="dl-problem">{t.pasteIssue(pasteProblem, f)}</p>}
      {outcome && !outcome.ok && (
        <div className="dl-invalid">
          <p><strong>{t.impossible}</strong></p>
          <ul>{outcome.issues.map((i) => t.issue(i, f)).map((s) => <li key={s}>{s}</li>)}</ul>
        </div>
      )}
      {outcome?.ok && <Results r={outcome.result} pasted={corpus === 'pasted'} />}
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function readSeed(text: string) {
  const p = parseNumber(text, { min: LIMITS.seed.min, max: LIMITS.seed.max, maxLength: 16 });
  return p.ok && Number.isInteger(p.value) ? { ok: true as const, value: p.value } : { ok: false as const, error: 'seed' };
}

const Controls = memo(function Controls({ state, onChange, effectiveBands, children }: {
  state: State; onChange: OnChange; effectiveBands: number; children: ReactNode;
}) {
  const t = useMessages(messages);
  const f = useFormat();
  const permsSteps = (PERMS_STEPS as readonly number[]).includes(state.perms) ? PERMS_STEPS : [...PERMS_STEPS, state.perms].sort((a, b) => a - b);
  const lineMax = Math.max(12, state.lineT);
  return (
    <div className="dl-controls">
      <Slider label={t.shingleLabel} value={state.shingle} min={LIMITS.shingle.min} max={LIMITS.shingle.max}
        onChange={(shingle) => onChange({ shingle })} format={(k) => t.shingleValue(k, f)} />
      <Slider label={t.lineTLabel} value={state.lineT} min={LIMITS.lineT.min} max={lineMax}
        onChange={(lineT) => onChange({ lineT })} format={(v) => t.lineTValue(v, f)} />
      <Select label={t.permsLabel} value={String(state.perms)}
        options={permsSteps.map((p) => ({ value: String(p), label: t.permsOption(p, f) }))}
        onChange={(v) => { const p = Number(v); onChange({ perms: p, bands: nearestBands(p, effectiveBands) }); }} />
      <Select label={t.bandsLabel} value={String(effectiveBands)}
        options={divisors(state.perms).map((b) => ({ value: String(b), label: t.bandsOption(b, state.perms / b, f) }))}
        onChange={(v) => onChange({ bands: Number(v) })} />
      <NumberField label={t.seedLabel} value={state.seed} parse={readSeed} onChange={(seed) => onChange({ seed })}
        format={(v) => String(v)} errorText={() => t.seedError(LIMITS.seed.min, LIMITS.seed.max, f)} inputMode="numeric" width="12ch" />
      {children}
    </div>
  );
});

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

const Results = memo(function Results({ r, pasted }: { r: DedupResult; pasted: boolean }) {
  const t = useMessages(messages);
  const f = useFormat();
  const locale = useLocale();
  const c = r.counts;
  return (
    <div className="dl-results">
      <p className="dl-outcome">{t.outcome(r, f)}</p>
      {r.issues.length > 0 && <ul className="dl-issues">{r.issues.map((i) => <li key={i.code}>{t.issue(i, f)}</li>)}</ul>}
      <ol className="dl-levels">
        <Level level="url" how={t.levelHow.url} removed={t.levelRemoved.url(c.url, f)} />
        <Level level="doc" how={<RichText parts={t.levelHow.doc(r, f, name)} />} removed={t.levelRemoved.doc(c.doc, c.flagged, f)}>
          <FlaggedPairs r={r} />
        </Level>
        <Level level="line" how={<RichText parts={t.levelHow.line(r, f, name)} />} removed={t.levelRemoved.line(c.linesRemoved, c.lines, c.emptied, f)}>
          <RemovedLines r={r} />
          <p className="dl-small">{t.noteScale(REPORT_LINE_T, REPORT_BUCKET_DOCS, r.params.lineT, DEFAULTS.lineT, c.docs, f)}</p>
        </Level>
      </ol>
      <Documents r={r} />
      <Curve r={r} />
      <details className="dl-notes">
        <summary>{t.notesHeading}</summary>
        <ul>
          <li><RichText parts={t.noteParams(name)} /></li>
          <li>{t.noteKeep}</li>
          <li>{t.pairsNote(r.params.perms, f)}</li>
          {(r.cjkDocs > 0 || locale !== 'en') && <li>{t.noteCjk(r.cjkDocs, f)}</li>}
          {!pasted && <li>{t.noteLanguages}</li>}
          {!pasted && <li>{t.noteCorpus}</li>}
          {!pasted && t.noteCorpusLanguage && <li>{t.noteCorpusLanguage}</li>}
        </ul>
      </details>
    </div>
  );
});

function Level({ level, how, removed, children }: { level: 'url' | 'doc' | 'line'; how: ReactNode; removed: string; children?: ReactNode }) {
  const t = useMessages(messages);
  const rendering = t.quoteRendering?.[level];
  return (
    <li className="dl-level">
      <WidgetHeading className="dl-h">{t.levelHeading[level]}</WidgetHeading>
      <blockquote className="dl-quote">
        <p lang="en">“{t.reportQuote[level]}”</p>
        {rendering && <p className="dl-rendering">{rendering}</p>}
      </blockquote>
      <p className="dl-how">{how}</p>
      <p className="dl-removed"><strong>{removed}</strong></p>
      {children}
    </li>
  );
}

function FlaggedPairs({ r }: { r: DedupResult }) {
  const t = useMessages(messages);
  const f = useFormat();
  const flagged = r.pairs.filter((q) => q.flagged).sort((x, y) => y.exact - x.exact || x.a - y.a);
  if (flagged.length === 0) return <p className="dl-none">{t.noPairs}</p>;
  const col = t.pairColumns;
  return (
    <>
      <DataTable className="dl-table" scroll={t.pairsCaption} caption={t.pairsCaption}>
        <thead><tr><th scope="col">{col.pair}</th><th scope="col">{col.estimate}</th><th scope="col">{col.exact}</th><th scope="col">{col.probability}</th></tr></thead>
        <tbody>
          {flagged.map((q) => (
            <tr key={`${q.a}-${q.b}`}>
              <th scope="row">{t.pairName(q.a + 1, q.b + 1, f)}</th>
              <td>{f.decimal(q.estimate, { digits: 3 })}</td>
              <td>{f.decimal(q.exact, { digits: 3 })}</td>
              <td>{f.percent(q.probability, { digits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

function RemovedLines({ r }: { r: DedupResult }) {
  const t = useMessages(messages);
  const f = useFormat();
  const seen = new Map<string, { text: string; count: number; lang: string }>();
  for (const d of r.docs) for (const l of d.lines) if (l.removed && !seen.has(l.text.trim())) seen.set(l.text.trim(), { text: l.text.trim(), count: l.count, lang: d.doc.lang });
  if (seen.size === 0) return null;
  return (
    <ul className="dl-lines">
      {[...seen.values()].map((l) => (
        <li key={l.text}><del lang={l.lang}>{l.text}</del> <span className="dl-count">{t.lineCount(l.count, f)}</span></li>
      ))}
    </ul>
  );
}

// ── Documents ───────────────────────────────────────────────────────────────────────────────────

const Documents = memo(function Documents({ r }: { r: DedupResult }) {
  const t = useMessages(messages);
  return (
    <div className="dl-docs-wrap">
      <WidgetHeading className="dl-h">{t.docsHeading}</WidgetHeading>
      <p className="dl-small">{t.docsKey}</p>
      <ScrollRegion label={t.docsLabel} vertical className="dl-docs">
        <ol className="dl-doc-list">{r.docs.map((d) => <Doc key={d.doc.id} d={d} r={r} />)}</ol>
      </ScrollRegion>
    </div>
  );
});

function Doc({ d, r }: { d: DocResult; r: DedupResult }) {
  const t = useMessages(messages);
  const f = useFormat();
  const { fate, doc } = d;
  const otherIndex = fate.level === 'kept' ? null : fate.keptIndex;
  const other = otherIndex === null ? null : { number: otherIndex + 1, date: r.docs[otherIndex]!.doc.date };
  const removed = fate.level !== 'kept';
  const state = removed || (fate.level === 'kept' && fate.emptied) ? 'removed' : fate.level === 'kept' && fate.linesRemoved > 0 ? 'trimmed' : 'kept';
  return (
    <li className={`dl-doc dl-doc-${state}`}>
      <p className="dl-doc-head">
        <span className="dl-num">{t.docNumber(d.index + 1, f)}</span>
        <span className={`dl-badge dl-badge-${state}`}>{t.fateBadge(fate)}</span>
        {doc.url ? <code className="dl-url">{doc.url}</code> : <span className="dl-url">{t.noUrl}</span>}
        <span className="dl-date">{doc.date ?? t.noDate}</span>
      </p>
      <p className="dl-reason">{t.fateReason(fate, other, f)}</p>
      <div className="dl-body" lang={doc.lang}>
        {d.lines.map((l, i) => {
          if (removed) return <del key={i} className="dl-line">{l.text}</del>;
          if (l.removed) return <span key={i} className="dl-line"><del>{l.text}</del> <span className="dl-count">{t.lineCount(l.count, f)}</span></span>;
          return <span key={i} className="dl-line">{l.text}</span>;
        })}
      </div>
    </li>
  );
}

// ── The S-curve ─────────────────────────────────────────────────────────────────────────────────

const Curve = memo(function Curve({ r }: { r: DedupResult }) {
  const t = useMessages(messages);
  const f = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const height = width < 420 ? 190 : 200;
  const g = useMemo(() => curveGeometry(r, width, height, (v) => f.decimal(v, { digits: 1, trim: true }), (v) => f.percent(v, { digits: 0 })), [r, width, height, f]);
  const zero = r.pairs.filter((q) => q.exact === 0).length;
  const rows = tablePairs(r.pairs);
  const col = t.pairColumns;
  return (
    <div className="dl-curve" ref={ref}>
      <WidgetHeading className="dl-h">{t.curveHeading}</WidgetHeading>
      <ul className="dl-legend">
        <li><svg className="dl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line x1="1" x2="27" y1="6" y2="6" className="dl-s" /></svg>{t.legendCurve(r.params.bands, r.rows, f)}</li>
        <li><svg className="dl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><Mark flagged p={{ x: 14, y: 6 }} /></svg>{t.legendFlagged}</li>
        <li><svg className="dl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><Mark flagged={false} p={{ x: 14, y: 6 }} /></svg>{t.legendMissed}</li>
        <li><svg className="dl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line x1="14" x2="14" y1="0" y2="12" className="dl-threshold" /></svg>{t.legendThreshold(r.threshold, f)}</li>
      </ul>
      <svg className="dl-svg" viewBox={`0 0 ${g.width} ${g.height}`} width="100%" height={g.height} role="img" aria-label={t.curveLabel(r, f)}>
        <AxisY ticks={g.yTicks} x={g.plot.left} gridTo={g.plot.right} />
        <AxisX ticks={g.xTicks} y={g.plot.bottom} gridTo={g.plot.top} span={[g.plot.left, g.plot.right]} line title={t.axisX} />
        <g aria-hidden="true">
          <text className="dl-axis-y" x={4} y={12}>{t.axisY}</text>
          <line className="dl-threshold" x1={g.thresholdX} x2={g.thresholdX} y1={g.plot.top} y2={g.plot.bottom} />
          <path className="dl-s" d={g.path} />
          {g.marks.map((m) => <Mark key={`${m.a}-${m.b}`} flagged={m.flagged} p={m} />)}
        </g>
      </svg>
      {zero > 0 && <p className="dl-small">{t.zeroPairs(zero, f)}</p>}
      <DataDetails className="dl-data" summary={t.curveDataSummary}>
        <DataTable className="dl-table" scroll={t.curveDataCaption} caption={t.curveDataCaption}>
          <thead><tr><th scope="col">{col.pair}</th><th scope="col">{col.exact}</th><th scope="col">{col.estimate}</th><th scope="col">{col.probability}</th><th scope="col">{col.flagged}</th></tr></thead>
          <tbody>
            {rows.map((q) => (
              <tr key={`${q.a}-${q.b}`} className={q.flagged ? 'is-flagged' : undefined}>
                <th scope="row">{t.pairName(q.a + 1, q.b + 1, f)}</th>
                <td>{f.decimal(q.exact, { digits: 3 })}</td>
                <td>{f.decimal(q.estimate, { digits: 3 })}</td>
                <td>{f.percent(q.probability, { digits: 1 })}</td>
                <td>{t.flaggedCell(q.flagged)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </DataDetails>
    </div>
  );
});

function Mark({ flagged, p }: { flagged: boolean; p: { x: number; y: number } }) {
  return flagged
    ? <rect className="dl-mark dl-mark-flagged" x={p.x - 4} y={p.y - 4} width={8} height={8} />
    : <circle className="dl-mark dl-mark-missed" cx={p.x} cy={p.y} r={4} />;
}

export default island(meta, DedupLabView, { messages });
