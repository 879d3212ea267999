// View of context-parallel: model, split, CP and length (with Table 4's rows as presets); the sequence in 2·CP chunks
// labelled by rank; per-rank causal work for both splits as bars; one layer on one GPU (K/V all-gathered, local Q,
// FLOPs) and why the all-gather is cheap; Figure 5's rank layout with a group picker; Table 4 checked; a data table.
import { memo, useId, useMemo, useState } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useAnnounce } from '../../components/announce';
import { Cite, type Cited } from '../../components/Cite';
import { AxisY, DataDetails, DataTable, Segmented, Select, SliderField, scaleTicks, LatinTerms } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { MODELS } from '../../data/models';
import { useFormat, useMessages } from '../../i18n/react';
import type { CpSplit } from '../../lib/llama';
import type { ViewProps } from '../types';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  CP_MODELS, CP_STEPS, DIMS, FIGURE_5, SEQ_STEPS, SPLITS, computeCp, coordsOf, gpuCount, groupOf, nearestStep, readField,
  table4Checks, type CpOk, type Dim, type LimitKey, type Table4Check,
} from './model';
import './contextParallel.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

/** Chart width before the container is measured (server render), px. */
const DEFAULT_WIDTH = 640;
const CHECKS = table4Checks();

/**
 * A catalogue string with the Latin abbreviations its language keeps (t.latinTerms) marked translate="no", so a
 * translator or reader of the Chinese page treats "CP" or "rank" as a name, not as an English word.
 */
/** A catalogue string with its language's Latin names marked translate="no" (kit LatinTerms). */
function L({ text }: { text: string }) {
  return <LatinTerms text={text} terms={useMessages(messages).latinTerms} />;
}

/** A catalogue sentence with source notes (Cite) whose text parts go through L. */
function CitedL({ parts }: { parts: Cited }) {
  return <>{parts.map((p, i) => (typeof p === 'string' ? <L key={i} text={p} /> : <Cite key={i} text={p.cite} />))}</>;
}

export function ContextParallelView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const result = useMemo(() => computeCp(state), [state.cp, state.seqLen, state.model, state.split]); // eslint-disable-line react-hooks/exhaustive-deps
  useAnnounce(result.ok ? t.announce(result, fmt) : t.impossibleAnnounced(result.errors.map((e) => t.issue(e, fmt))));
  return (
    <div className="context-parallel">
      <Controls state={state} onChange={onChange} rows={result.ok ? result.rows : []} />
      {result.ok ? <Results r={result} /> : (
        <div className="cp-invalid">
          <p><strong>{t.impossible}</strong></p>
          <ul>{result.errors.map((e) => t.issue(e, fmt)).map((e) => <li key={e}><L text={e} /></li>)}</ul>
          {result.errors.map((e) => (e.code === 'notMultiple' ? (
            <p key="fix" className="cp-fix">
              {[e.lower, e.upper].filter((v): v is number => v !== null).map((v) => (
                <button key={v} type="button" onClick={() => onChange({ seqLen: v })}>{t.useLength(v, fmt)}</button>
              ))}
            </p>
          ) : null))}
        </div>
      )}
      <Figure5 />
      <Table4 />
      {result.ok && <Data r={result} />}
      <p className="cp-sources"><CitedL parts={t.sources} /></p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function Controls({ state, onChange, rows }: { state: State; onChange: OnChange; rows: number[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const field = (key: LimitKey, label: string, width: string) => ({
    label, parse: (text: string) => readField(text, key), errorText: (e: Parameters<typeof t.fieldError>[0]) => t.fieldError(e, fmt),
    format: fmt.int, width,
  });
  return (
    <div className="cp-controls">
      <div className="cp-row">
        <Select label={t.modelLabel} value={state.model} options={CP_MODELS.map((m) => ({ value: m, label: MODELS[m].name }))}
          onChange={(model) => onChange({ model })} />
        <Segmented legend={t.splitLegend} value={state.split} options={SPLITS.map((s) => ({ value: s, label: t.splitOption[s] }))}
          onChange={(split) => onChange({ split })} />
      </div>
      <div className="cp-sliders">
        <SliderField
          className="cp-cp"
          value={state.cp}
          onChange={(cp) => onChange({ cp })}
          slider={{
            label: t.cpSlider, min: 0, max: CP_STEPS.length - 1,
            position: (v) => nearestStep(CP_STEPS, v), valueAt: (p) => CP_STEPS[p]!,
            format: (v) => t.cpValue(v, fmt),
          }}
          field={field('cp', t.cpField, '5ch')}
        />
        <SliderField
          className="cp-seq"
          value={state.seqLen}
          onChange={(seqLen) => onChange({ seqLen })}
          slider={{
            label: t.seqSlider, min: 0, max: SEQ_STEPS.length - 1,
            position: (v) => nearestStep(SEQ_STEPS, v), valueAt: (p) => SEQ_STEPS[p]!,
            format: (v) => t.seqValue(v, fmt), valueText: (v) => t.seqValueText(v, fmt),
          }}
          field={field('seqLen', t.seqField, '10ch')}
        />
      </div>
      <fieldset className="cp-presets">
        <legend>{t.presetsLegend}</legend>
        {CHECKS.map((c) => (
          <button key={c.row} type="button" aria-pressed={state.model === 'llama3-405b' && rows.includes(c.row)}
            onClick={() => onChange({ cp: c.printed.cp, seqLen: c.printed.seqLen, model: 'llama3-405b' })}>
            <L text={t.presetButton(c, fmt)} />
          </button>
        ))}
      </fieldset>
    </div>
  );
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r }: { r: CpOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="cp-results">
      <Chunks owners={r.owners} r={r} />
      <section className="cp-section" aria-labelledby="cp-work-h">
        <h3 className="cp-subhead" id="cp-work-h"><L text={t.workHeading} /></h3>
        <WorkChart r={r} />
      </section>
      <Layer r={r} />
      {r.notes.length > 0 && <ul className="cp-notes">{r.notes.map((n) => t.note(n, fmt)).map((n) => <li key={n}><L text={n} /></li>)}</ul>}
    </div>
  );
}

const Chunks = memo(function Chunks({ owners, r }: { owners: number[]; r: CpOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const descId = useId();
  return (
    <section className="cp-section" aria-labelledby={`${descId}-h`}>
      <h3 className="cp-subhead" id={`${descId}-h`}><L text={t.chunksHeading(r, fmt)} /></h3>
      <p className="cp-describe"><L text={`${t.chunksDescribe(r, fmt)} ${t.chunksKey}`} /></p>
      <ol className={`cp-strip cp-strip-${r.split}`} aria-hidden="true">
        {owners.map((rank, j) => (
          // Odd ranks are striped, even ones plain: neighbours differ by pattern as well as by their number.
          <li key={j} className={rank % 2 ? 'cp-chunk is-odd' : 'cp-chunk'}>
            <span className="cp-chunk-rank">{fmt.int(rank)}</span>
            <span className="cp-chunk-index">{fmt.int(j)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
});

const WorkChart = memo(function WorkChart({ r }: { r: CpOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, 240);
  const descId = useId();
  const cp = r.cp;
  const height = 150;
  const m = { left: 50, right: 8, top: 8, bottom: 22 };
  // One band per rank, two bars in it: zigzag (solid) on the left, naive (outlined) on the right.
  const x = scaleBand<number>().domain(r.work.zigzag.pairs.map((_, i) => i)).range([m.left, width - m.right]).paddingInner(cp > 32 ? 0.1 : 0.25);
  const half = x.bandwidth() / 2;
  const y = scaleLinear().domain([0, r.work.naive.max]).range([height - m.bottom, m.top]).nice(3);
  const yTicks = scaleTicks(y, 3, (v) => fmt.short(v));
  // Label every k-th rank so labels stay ≥ 26 px apart (and always the last).
  const step = [1, 2, 4, 8, 16, 32].find((k) => x.step() * k >= 26) ?? 32;
  const equalY = y(r.totalPairs / cp);
  const labelled = (i: number) => i === cp - 1 || (i % step === 0 && cp - 1 - i >= step);
  return (
    <div className="cp-chart" ref={ref}>
      {[r.split, r.other].map((s) => <p key={s} className="cp-workline"><L text={t.workLine(r.work[s], fmt)} /></p>)}
      <ul className="cp-legend" aria-hidden="true">
        {SPLITS.map((s) => (
          <li key={s}>
            <svg viewBox="0 0 14 14" focusable="false"><rect x="1" y="1" width="12" height="12" className={`cp-bar cp-bar-${s}`} /></svg>
            <L text={t.splitName[s]} />{s === r.split && <> {t.chosenMark}</>}
          </li>
        ))}
        <li><svg viewBox="0 0 24 14" focusable="false"><line x1="1" x2="23" y1="7" y2="7" className="cp-equal" /></svg>{t.equalShare}</li>
      </ul>
      <p id={descId} className="visually-hidden">{SPLITS.map((s) => <L key={s} text={`${t.workDescribe(r.work[s], r, fmt)} `} />)}</p>
      <svg className="cp-svg" viewBox={`0 0 ${width} ${height}`} height={height} role="img" aria-labelledby={descId}>
        <AxisY ticks={yTicks} x={m.left} gridTo={width - m.right} />
        <g aria-hidden="true">
          {r.work.zigzag.pairs.map((p, i) => (
            <rect key={`z${i}`} className="cp-bar cp-bar-zigzag" x={x(i)} width={half} y={y(p)} height={Math.max(0, y(0) - y(p))} />
          ))}
          {r.work.naive.pairs.map((p, i) => (
            <rect key={`n${i}`} className="cp-bar cp-bar-naive" x={x(i)! + half} width={half} y={y(p)} height={Math.max(0, y(0) - y(p))} />
          ))}
          <line className="cp-equal" x1={m.left} x2={width - m.right} y1={equalY} y2={equalY} />
          <line className="cp-baseline" x1={m.left} x2={width - m.right} y1={y(0)} y2={y(0)} />
          {r.work.zigzag.pairs.map((_, i) => (labelled(i) ? (
            <text key={i} className="axis-tick" x={x(i)! + x.bandwidth() / 2} y={height - m.bottom + 14} textAnchor="middle">{fmt.int(i)}</text>
          ) : null))}
        </g>
      </svg>
    </div>
  );
});

const Layer = memo(function Layer({ r }: { r: CpOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const b = r.bytes, s = r.shape;
  const i = fmt.int;
  const rows: [string, string, string][] = [
    [t.layerRows.gathered, `S·2·(KV/TP)·d_h·2 B = ${i(r.seqLen)}·2·${i(b.kvHeadsPerGpu)}·${i(s.headDim)}·2`, t.bytesValue(b.gathered, fmt)],
    [t.layerRows.received, `× (CP−1)/CP = ${i(r.cp - 1)}/${i(r.cp)}`, t.bytesValue(b.received, fmt)],
    [t.layerRows.localQ, `(S/CP)·(H/TP)·d_h·2 B = ${i(r.seqLen / r.cp)}·${i(b.headsPerGpu)}·${i(s.headDim)}·2`, t.bytesValue(b.localQ, fmt)],
    [t.layerRows.flops, `4·(H/TP)·d_h·${t.pairsSymbol} = 4·${i(r.width)}·${t.pairsSymbol}`, t.flopsValue(r, fmt)],
  ];
  return (
    <section className="cp-section" aria-labelledby="cp-layer-h">
      <h3 className="cp-subhead" id="cp-layer-h"><L text={t.layerHeading(r, fmt)} /></h3>
      <p className="cp-tp"><L text={t.layerTp(r, fmt)} /></p>
      <table className="cp-layer" aria-labelledby="cp-layer-h">
        <tbody>
          {rows.map(([what, formula, value]) => (
            <tr key={what}>
              <th scope="row"><L text={what} />{formula && <span className="cp-formula" translate="no">{formula}</span>}</th>
              <td><L text={value} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="cp-subsub"><L text={t.whyHeading} /></h4>
      <ul className="cp-why">
        <li><L text={t.whyGqa(r, fmt)} /></li>
        <li><L text={t.whyScaling(r, fmt)} /></li>
        <li><CitedL parts={t.whyRing} /></li>
      </ul>
      <DataDetails className="cp-scaling-details" summary={<L text={t.scalingLabel} />}>
      <DataTable className="cp-scaling" scroll={t.scalingLabel}>
        <thead>
          <tr>
            <th scope="col">{t.scalingColumns.seqLen}</th>
            <th scope="col">{t.scalingColumns.gathered}</th>
            <th scope="col"><L text={t.scalingColumns.flops} /></th>
            <th scope="col">{t.scalingColumns.perByte}</th>
          </tr>
        </thead>
        <tbody>
          {r.scaling.map((row) => (
            <tr key={row.seqLen} className={row.chosen ? 'is-current' : undefined}>
              <th scope="row">{t.scalingSeqLen(row, fmt)}</th>
              <td>{fmt.bytes(row.gathered, { units: 'binary' })}</td>
              <td>{fmt.sci(row.flopsPerRank, { digits: 3 })}</td>
              <td>{fmt.int(Math.round(row.flopsPerByte))}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      </DataDetails>
    </section>
  );
});

// ── Figure 5 ────────────────────────────────────────────────────────────────────────────────────

/** The partner GPU of GPU0 in each of the report's four statements: the stride of that dimension. */
const PARTNER: Record<Dim, number> = { tp: 1, cp: FIGURE_5.tp, pp: FIGURE_5.tp * FIGURE_5.cp, dp: FIGURE_5.tp * FIGURE_5.cp * FIGURE_5.pp };

const Figure5 = memo(function Figure5() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [gpu, setGpu] = useState(0);
  const [dim, setDim] = useState<Dim>('cp');
  const members = groupOf(gpu, dim, FIGURE_5);
  const holds = groupOf(0, dim, FIGURE_5).includes(PARTNER[dim]);
  const n = gpuCount(FIGURE_5);
  const line = t.groupLine(gpu, dim, members, fmt);
  // Spoken through the widget's one live region, once per change of GPU or dimension.
  useAnnounce(line);
  return (
    // Closed by default (the widget's height); its content is in the server HTML, so a reader without JavaScript can open it.
    <details className="cp-section cp-fig5">
      <summary><span className="cp-subhead"><L text={t.fig5Heading} /></span></summary>
      <p className="cp-describe"><L text={t.fig5Intro} /></p>
      <div className="cp-row">
        <Select label={t.gpuLabel} value={String(gpu)} options={Array.from({ length: n }, (_, k) => ({ value: String(k), label: t.gpuOption(k, fmt) }))}
          onChange={(v) => setGpu(Number(v))} />
        <Segmented legend={t.dimLegend} value={dim} options={DIMS.map((d) => ({ value: d, label: t.dimOption[d] }))} onChange={setDim} />
      </div>
      <p className="cp-group"><L text={line} /> <L text={t.fig5Check(dim, PARTNER[dim], holds, fmt)} /></p>
      <ul className="cp-grid" aria-label={t.gridLabel}>
        {Array.from({ length: n }, (_, k) => {
          const c = coordsOf(k, FIGURE_5);
          const inGroup = members.includes(k);
          return (
            <li key={k} className={`cp-gpu${inGroup ? ' in-group' : ''}${k === gpu ? ' is-chosen' : ''}`}>
              <span className="cp-gpu-name"><span translate="no">GPU{fmt.int(k)}</span>{inGroup && <> ✓<span className="visually-hidden"> {t.inGroup}</span></>}</span>
              <span className="cp-gpu-coords" translate="no">[TP{c.tp}, CP{c.cp}, PP{c.pp}, DP{c.dp}]</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
});

// ── Table 4 ─────────────────────────────────────────────────────────────────────────────────────

const Table4 = memo(function Table4() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.t4Columns;
  const bad = CHECKS.filter((k: Table4Check) => !k.gpusOk || !k.tokensOk);
  return (
    <section className="cp-section" aria-labelledby="cp-t4-h">
      <h3 className="cp-subhead" id="cp-t4-h"><L text={t.t4Heading} /></h3>
      <DataTable className="cp-t4" scroll={t.t4Label}>
        <thead>
          <tr>
            <th scope="col">{c.row}</th>
            <th scope="col"><L text={c.product} /></th>
            <th scope="col"><L text={c.computed} /></th>
          </tr>
        </thead>
        <tbody>
          {CHECKS.map((k) => (
            <tr key={k.row} className={k.gpusOk && k.tokensOk ? undefined : 'is-flagged'}>
              <th scope="row"><L text={t.t4Row(k, fmt)} /></th>
              <td><span><L text={t.t4Product(k, fmt)} /></span><span className="cp-printed">{t.t4Printed(k.printed.gpus, k.gpusOk, fmt)}</span></td>
              <td><span><L text={t.t4Tokens(k, fmt)} /></span><span className="cp-printed">{t.t4Printed(k.printed.tokensPerBatch, k.tokensOk, fmt)}</span></td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {bad.map((k) => <p key={k.row} className="cp-t4-note"><L text={t.t4Note(k, fmt)} /></p>)}
      <p className="cp-key"><L text={t.t4Uses(fmt)} /></p>
    </section>
  );
});

// ── Data ────────────────────────────────────────────────────────────────────────────────────────

function Data({ r }: { r: CpOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const col = t.dataColumns;
  const order: CpSplit[] = ['zigzag', 'naive'];
  return (
    <DataDetails className="cp-data" summary={<L text={t.dataSummary} />}>
      <DataTable className="cp-data-table" scroll={t.dataLabel}>
        <thead>
          <tr>
            <th scope="col"><L text={col.rank} /></th>
            {order.map((s) => <th key={`c${s}`} scope="col"><L text={col.chunks(t.splitName[s])} /></th>)}
            {order.map((s) => <th key={`p${s}`} scope="col"><L text={col.pairs(t.splitName[s])} /></th>)}
            <th scope="col"><L text={col.flops} /></th>
          </tr>
        </thead>
        <tbody>
          {r.work.zigzag.pairs.map((_, k) => (
            <tr key={k}>
              <th scope="row">{fmt.int(k)}</th>
              {order.map((s) => <td key={`c${s}`}>{t.chunkPair(r.work[s].chunks[k]!, fmt)}</td>)}
              {order.map((s) => <td key={`p${s}`}>{fmt.int(r.work[s].pairs[k])}</td>)}
              <td>{fmt.int(r.flops[r.split].perRank[k])}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </DataDetails>
  );
}

export default island(meta, ContextParallelView, { messages });
