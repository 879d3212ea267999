// View of attention-cost: model, context, document length, throughput and counting; the per-token split at the chosen
// context; a log–log chart of the three sizes' weights and attention against context with where they meet; the score
// matrix a naive kernel stores against FlashAttention's statistics; the long-context stage's bill at both ends; a data
// table and the sources. The chart and tables are memoised on what they draw, so the throughput field does not
// redraw the chart.
import { memo, useId, useMemo } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite, CitedText } from '../../components/Cite';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, Segmented, SliderField } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { RichText, useFormat, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import { MARGIN, MIN_WIDTH, chartGeometry, pathOf, type LineKind } from './chart';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  COUNTINGS, LIMITS, MODEL_CHOICES, computeCost, readField, type Bill, type CostOk, type FieldRefusal, type LimitKey,
} from './model';
import './attentionCost.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

/** Chart width before the container is measured (server render), px. */
const DEFAULT_WIDTH = 640;
/** Context slider: powers of two 2¹⁰ … 2²⁰. */
const CONTEXT_EXP = [10, 20] as const;
/** Document slider: position 0 is no mask, positions 1 … 13 are 2⁸ … 2²⁰. */
const DOC_POSITIONS = 13;
const DOC_EXP0 = 7;

const name = (text: string) => <span translate="no">{text}</span>;

export function AttentionCostView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { model, context, docLen, tflops, count } = state;
  // Keyed on the fields (not the state object) so that a re-render with the same values keeps the memoised parts.
  const result = useMemo(() => computeCost({ model, context, docLen, tflops, count }), [model, context, docLen, tflops, count]);
  useAnnounce(result.ok ? t.announce(result, fmt) : `${t.impossible} ${result.errors.map((e) => t.issue(e, fmt)).join(' ')}`);
  return (
    <div className="attention-cost">
      <Controls state={state} onChange={onChange} />
      {result.ok ? <Results r={result} state={state} onChange={onChange} /> : (
        <div className="ac-invalid">
          <p><strong>{t.impossible}</strong></p>
          <ul>{result.errors.map((e) => t.issue(e, fmt)).map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function Controls({ state, onChange }: { state: State; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const field = (key: LimitKey, label: string, width: string) => ({
    label, parse: (text: string) => readField(text, key), errorText: (e: FieldRefusal) => t.fieldError(e, fmt), format: fmt.int, width,
  });
  const docAt = (p: number) => (p === 0 ? 0 : 2 ** (p + DOC_EXP0));
  const docPosition = (v: number) => (v === 0 ? 0 : Math.min(DOC_POSITIONS, Math.max(1, Math.round(Math.log2(v)) - DOC_EXP0)));
  return (
    <div className="ac-controls">
      <div className="ac-row">
        <Segmented
          legend={t.modelLegend}
          value={state.model}
          options={MODEL_CHOICES.map((m) => ({ value: m, label: t.modelOption(m) }))}
          onChange={(model) => onChange({ model })}
        />
        <Segmented
          legend={t.countLegend}
          value={state.count}
          options={COUNTINGS.map((c) => ({ value: c, label: t.countOption[c] }))}
          onChange={(count) => onChange({ count })}
        />
      </div>
      <div className="ac-sliders">
        <SliderField
          className="ac-context"
          value={state.context}
          onChange={(context) => onChange({ context })}
          slider={{
            label: t.contextSlider,
            min: CONTEXT_EXP[0],
            max: CONTEXT_EXP[1],
            position: (v) => Math.min(CONTEXT_EXP[1], Math.max(CONTEXT_EXP[0], Math.round(Math.log2(v)))),
            valueAt: (e) => 2 ** e,
            format: (v) => t.tokens(v, fmt),
            valueText: (v) => t.tokensText(v, fmt),
          }}
          field={field('context', t.contextField, '10ch')}
        />
        <SliderField
          className="ac-doc"
          value={state.docLen}
          onChange={(docLen) => onChange({ docLen })}
          slider={{
            label: t.docSlider,
            min: 0,
            max: DOC_POSITIONS,
            position: docPosition,
            valueAt: docAt,
            format: (v) => t.docValue(v, fmt),
            valueText: (v) => (v === 0 ? t.docValue(0, fmt) : t.tokensText(v, fmt)),
          }}
          field={field('docLen', t.docField, '10ch')}
        />
      </div>
    </div>
  );
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r, state, onChange }: { r: CostOk; state: State; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="ac-results">
      {r.docTooLong && <p className="ac-warn" role="note">{t.docTooLong(r.docTooLong, fmt)}</p>}
      <Readout r={r} />
      <Chart r={r} />
      <p className="ac-note"><RichText parts={t.conventionNote(r, fmt, name)} /></p>
      <Memory r={r} />
      <BillSection bill={r.bill} model={r.model} tflops={state.tflops} onTflops={(tflops) => onChange({ tflops })} />
      <Data r={r} />
      <p className="ac-sources">
        <RichText parts={t.sources(fmt, name).map((p, i) => (typeof p === 'object' && p !== null && 'cite' in p ? <Cite key={i} text={p.cite} /> : p))} />
      </p>
    </div>
  );
}

const flops = (n: bigint) => Number(n);

function Readout({ r }: { r: CostOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const rows = t.readoutRows;
  const sci = (n: bigint) => fmt.sci(flops(n), { digits: 4 });
  return (
    <div className="ac-readout">
      <p className="ac-readout-head">{t.readoutHeading(r, fmt)}</p>
      <dl className="ac-split">
        <div><dt>{rows.weights}</dt><dd>{sci(r.row.flops.weights)}</dd></div>
        <div><dt>{rows.attention}</dt><dd>{sci(r.row.flops.attention)}</dd></div>
        <div><dt>{rows.total}</dt><dd>{sci(r.row.flops.total)}</dd></div>
        <div className="ac-share"><dt>{rows.share}</dt><dd>{fmt.percent(r.row.share, { digits: 1 })}</dd></div>
        {r.row.masked && r.docLen !== null && (
          <div><dt>{rows.masked(r.docLen, fmt)}</dt><dd>{sci(r.row.masked.attention)} ({fmt.percent(flops(r.row.masked.attention) / flops(r.row.masked.total), { digits: 1 })})</dd></div>
        )}
      </dl>
      <p className="ac-formula">{t.formula(r, fmt)}</p>
      <p className="ac-crossover">{t.crossover(r, fmt)}</p>
    </div>
  );
}

// ── Chart ───────────────────────────────────────────────────────────────────────────────────────

function LineSwatch({ kind }: { kind: LineKind }) {
  return (
    <svg className="ac-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1="1" x2="27" y1="5" y2="5" className={`ac-line ac-${kind} is-selected`} />
    </svg>
  );
}

/** Same drawing inputs: the throughput (bill only) does not redraw the chart. */
const sameDrawing = (a: { r: CostOk }, b: { r: CostOk }) =>
  a.r.model === b.r.model && a.r.context === b.r.context && a.r.docLen === b.r.docLen && a.r.counting === b.r.counting;

const Chart = memo(function Chart({ r }: { r: CostOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const narrow = width < 420;
  const height = 280;
  const margin = useMemo(() => ({ ...MARGIN, right: MARGIN.right, bottom: narrow ? MARGIN.bottom + 12 : MARGIN.bottom }), [narrow]);
  const g = chartGeometry(r, fmt, width, height, margin);
  const titleId = useId();
  const plotBottom = height - margin.bottom;
  const axisX = margin.left + (width - margin.left - margin.right) / 2;
  return (
    <div className="ac-chart" ref={ref}>
      <p className="ac-chart-title">{t.chartTitle}</p>
      <ul className="ac-legend">
        <li><LineSwatch kind="weights" />{t.legend.weights}</li>
        <li><LineSwatch kind="attention" />{t.legend.attention}</li>
        {r.docLen !== null && <li><LineSwatch kind="masked" />{t.legend.masked(r.docLen, fmt)}</li>}
        <li>
          <svg className="ac-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false"><path className="ac-cross is-selected" d="M14,0l5,5l-5,5l-5,-5z" /></svg>
          {t.legend.crossover}
        </li>
        <li>
          <svg className="ac-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false"><line x1="14" x2="14" y1="0" y2="10" className="ac-chosen" /></svg>
          {t.legend.chosen}
        </li>
        <li className="ac-legend-note">{t.legend.selected}</li>
      </ul>
      <svg className="ac-svg" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t.chartLabel(r, fmt)}</title>
        <AxisY ticks={g.yTicks} x={margin.left} gridTo={width - margin.right} />
        <AxisX ticks={g.xTicks} y={plotBottom} gridTo={margin.top} span={[margin.left, width - margin.right]} line
          title={narrow ? <>{t.axisTitle[0]}<tspan x={axisX} dy="1.2em">{t.axisTitle[1]}</tspan></> : t.axisTitleLine} />
        <g aria-hidden="true">
          <line className="ac-chosen" x1={g.chosen.x} x2={g.chosen.x} y1={margin.top} y2={plotBottom} />
          {g.lines.map((l) => (
            <path key={`${l.model}-${l.kind}`} className={`ac-line ac-${l.kind}${l.selected ? ' is-selected' : ''}`} d={pathOf(l.points)} />
          ))}
          {g.chosen.points.map((p, i) => <circle key={i} className="ac-dot" cx={p.x} cy={p.y} r={4} />)}
          {g.crossovers.map((c) => (
            <g key={c.model} className={c.selected ? 'is-selected' : undefined}>
              <path className={`ac-cross${c.selected ? ' is-selected' : ''}`} d={`M${c.x.toFixed(2)},${(c.y - 6).toFixed(2)}l6,6l-6,6l-6,-6z`} />
              <text className="ac-cross-label" x={c.x - 8} y={c.y - 8} textAnchor="end">{t.modelOption(c.model)}</text>
            </g>
          ))}
          <text className="ac-chosen-label" x={g.chosen.x + 4} y={margin.top - 4}>{t.chosenLabel(r.context, fmt)}</text>
          {g.endLabels.map((e) => (
            <g key={e.kind}>
              <line className="ac-leader" x1={width - margin.right + 2} x2={width - margin.right + 8} y1={e.lineY} y2={e.y} />
              <text className="ac-end-label" x={width - margin.right + 10} y={e.y} dy="0.35em">{t.endLabel[e.kind]}</text>
            </g>
          ))}
        </g>
      </svg>
      {r.docLen !== null && <p className="ac-note">{t.chartNote(r, fmt)}</p>}
    </div>
  );
}, sameDrawing);

// ── Memory ──────────────────────────────────────────────────────────────────────────────────────

const Memory = memo(function Memory({ r }: { r: CostOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const m = r.memory;
  const rows = t.memoryRows;
  return (
    <section className="ac-section">
      <p className="ac-subhead">{t.memoryHeading}</p>
      <p>{t.memory(m, r, fmt)}</p>
      <DataTable className="ac-table" scroll={t.memoryHeading} caption={t.memoryHeading}>
        <thead>
          <tr><td /><th scope="col">{rows.perHead}</th><th scope="col">{rows.perLayer(m.heads, fmt)}</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">{rows.naive}</th><td>{fmt.bytes(m.naiveHead)}</td><td>{fmt.bytes(m.naiveLayer)}</td></tr>
          <tr><th scope="row">{rows.flash}</th><td>{fmt.bytes(m.flashHead)}</td><td>{fmt.bytes(m.flashLayer)}</td></tr>
        </tbody>
      </DataTable>
      <p className="ac-note"><RichText parts={t.memoryNote(name)} /></p>
    </section>
  );
}, (a, b) => a.r.model === b.r.model && a.r.context === b.r.context);

// ── Bill ────────────────────────────────────────────────────────────────────────────────────────

function BillSection({ bill, model, tflops, onTflops }: { bill: Bill; model: CostOk['model']; tflops: number; onTflops: (v: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.billColumns;
  const rows = [bill.short, bill.long, ...(bill.masked ? [bill.masked] : [])];
  return (
    <section className="ac-section">
      <p className="ac-subhead">{t.billHeading}</p>
      <p><CitedText parts={t.billIntro(bill, fmt)} /></p>
      <div className="ac-tflops">
        <NumberField
          value={tflops}
          onChange={onTflops}
          label={t.tflopsField}
          parse={(text) => readField(text, 'tflops')}
          errorText={(e: FieldRefusal) => t.fieldError(e, fmt)}
          format={fmt.int}
          width="7ch"
        />
        <p className="ac-hint">{t.tflopsHint(fmt)}</p>
      </div>
      <DataTable className="ac-table ac-bill" scroll={t.billHeading} caption={t.billHeading}>
        <thead>
          <tr><th scope="col">{c.context}</th><th scope="col">{c.perToken}</th><th scope="col">{c.flops}</th><th scope="col">{c.gpuDays(bill.tflops, fmt)}</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.context}-${row.docLen ?? 0}`}>
              <th scope="row">{t.billRow(row, fmt)}</th>
              <td>{fmt.sci(flops(row.perToken), { digits: 3 })}</td>
              <td>{fmt.sci(flops(row.flops), { digits: 3 })}</td>
              <td>{fmt.int(Math.round(row.gpuDays))}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p>{t.billDelta(bill, fmt)}</p>
      <p className="ac-note"><CitedText parts={t.billHonesty(fmt)} /></p>
      {model !== bill.model && <p className="ac-note">{t.billOtherModel(model)}</p>}
    </section>
  );
}

// ── Data ────────────────────────────────────────────────────────────────────────────────────────

const Data = memo(function Data({ r }: { r: CostOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.dataColumns;
  return (
    <DataDetails className="ac-data" summary={t.dataSummary}>
      <DataTable className="ac-table" scroll={t.dataCaption(r.context, r.counting, fmt)} caption={t.dataCaption(r.context, r.counting, fmt)}>
        <thead>
          <tr>
            <th scope="col">{c.model}</th><th scope="col">{c.weights}</th><th scope="col">{c.attention}</th>
            <th scope="col">{c.share}</th><th scope="col">{c.crossover}</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={row.model} className={row.model === r.model ? 'is-current' : undefined}>
              <th scope="row">{t.dataRow(row, row.model === r.model)}</th>
              <td>{fmt.sci(flops(row.flops.weights), { digits: 3 })}</td>
              <td>{fmt.sci(flops(row.flops.attention), { digits: 3 })}</td>
              <td>{fmt.percent(row.share, { digits: 1 })}</td>
              <td>{fmt.int(Math.round(row.crossover))}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </DataDetails>
  );
});

export default island(meta, AttentionCostView, {
  messages,
  adjust: (state, t, f) => (state.docLen > state.context && state.docLen <= LIMITS.docLen.max
    ? [{ key: 'docLen', value: String(state.docLen), to: null, reason: t.docTooLongReason(state.context, f) }]
    : []),
});
