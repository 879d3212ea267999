// View of lr-schedule: the axis (tokens or steps), whose Table 3 peak is marked, a scrub slider with an exact field;
// the readout at the chosen point; two aligned panels sharing the x axis (learning rate; batch size with a
// sequence-length strip) with a cursor the pointer can drag too; the step-count check; the normalised comparison with
// the scaling-law runs; the notes on what the report does not give; a data table at the named points.
// The lines are memoised on axis, width, log scale and peak: scrubbing moves only the cursor.
import { memo, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, Segmented, SliderField, Toggle } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import {
  MARGIN, MIN_WIDTH, STRIP, atFromPointer, xTicks as xTicksFor, batchGeometry, compareGeometry, cursorX, lrGeometry, type Margin,
} from './chart';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  AXES, LR_PEAK, MARKS, STAGES, stepCheck, MODELS, computeSchedule, convertAt, fromTokens, nearestStop, readField, readingAt, sliderStops,
  toTokens, type Axis, type ModelId, type ScheduleResult,
} from './model';
import './lrSchedule.css';

type OnChange = ViewProps<typeof fields>['onChange'];

const CHECK = stepCheck();
/** Chart width before the container is measured (server render), px. */
const DEFAULT_WIDTH = 640;
/** The learning-rate panel has no tick labels under it: the batch panel below carries the shared x axis. */
const LR_MARGIN: Margin = { ...MARGIN, bottom: 8 };
const BATCH_MARGIN: Margin = { ...MARGIN, bottom: 46 };
const COMPARE_MARGIN: Margin = { ...MARGIN, bottom: 46 };

export function LrScheduleView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const r = useMemo(() => computeSchedule(state), [state]);
  const [log, setLog] = useState(false);
  useAnnounce(t.announce(r, fmt));
  return (
    <div className="lr-schedule">
      <Controls r={r} onChange={onChange} log={log} setLog={setLog} />
      {r.clamp && <p className="lrs-clamp">{t.clampMessage(r.clamp, fmt)}</p>}
      <Readout r={r} />
      <Charts r={r} log={log} onChange={onChange} />
      <StepCheckBlock r={r} />
      <Compare />
      <DataDetails className="lrs-more" summary={t.notesSummary}>
        <ul className="lrs-notes">{t.notes(r, fmt).map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <Data />
      <p className="lrs-sources">{t.sources(fmt)}</p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function Controls({ r, onChange, log, setLog }: { r: ScheduleResult; onChange: OnChange; log: boolean; setLog: (v: boolean) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { axis } = r;
  const stops = useMemo(() => sliderStops(axis), [axis]);
  return (
    <div className="lrs-controls">
      <SliderField
        className="lrs-at"
        value={r.at}
        onChange={(at) => onChange({ at })}
        slider={{
          label: t.atSlider(axis),
          min: 0,
          max: stops.length - 1,
          position: (v) => nearestStop(stops, v),
          valueAt: (p) => stops[p]!,
          format: (v) => t.atValue(v, axis, fmt),
          valueText: (v) => t.atValueText(v, axis, readingAt(toTokens(v, axis)), fmt),
          hint: t.chartHint,
        }}
        field={{
          label: t.atField(axis),
          parse: (text) => readField(text, axis),
          errorText: (e) => t.fieldError(e, fmt),
          format: (v) => (axis === 'tokens' ? fmt.int(Math.round(v)) : fmt.decimal(v, { digits: 1, trim: true })),
          width: '20ch',
          inputMode: 'decimal',
        }}
      />
      <div className="lrs-row">
        <Segmented
          legend={t.axisLegend}
          value={axis}
          options={AXES.map((a) => ({ value: a, label: t.axisOption(a) }))}
          onChange={(a: Axis) => onChange({ axis: a, at: convertAt(r.at, axis, a) })}
        />
        <Segmented
          legend={t.modelLegend}
          value={r.model}
          options={MODELS.map((m) => ({ value: m, label: t.modelOption(m) }))}
          onChange={(model: ModelId) => onChange({ model })}
        />
        <Toggle label={t.logToggle} checked={log} onChange={setLog} />
      </div>
    </div>
  );
}

// ── Readout ─────────────────────────────────────────────────────────────────────────────────────

function Readout({ r }: { r: ScheduleResult }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const g = r.reading;
  const rows = t.readoutRows;
  return (
    <div className="lrs-readout">
      <p className="lrs-readout-head">{t.readoutHeading}</p>
      <dl className="lrs-readout-list">
        <div><dt>{rows.tokens}</dt><dd>{t.tokensCell(g.tokens, false, fmt)}</dd></div>
        <div><dt>{rows.lr}</dt><dd className="lrs-big">{t.lrCell(g.lr, fmt)}</dd></div>
        <div><dt>{rows.step}</dt><dd>{t.stepCell(g.steps, fmt)}</dd></div>
        <div><dt>{rows.batch}</dt><dd>{t.batchCell(g.batchTokens, fmt)}</dd></div>
        <div><dt>{rows.stage}</dt><dd>{t.stageName(g.stage)}</dd></div>
        <div><dt>{rows.seq}</dt><dd>{t.seqCell(g.seqLen, r.stages, fmt)}</dd></div>
      </dl>
      {r.model !== 'llama3-405b' && <p className="lrs-model-note">{t.modelNote(r.model, r.peak, fmt)}</p>}
    </div>
  );
}

// ── Charts ──────────────────────────────────────────────────────────────────────────────────────

function Charts({ r, log, onChange }: { r: ScheduleResult; log: boolean; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const narrow = width < 420;
  const lrHeight = narrow ? 170 : 200;
  const batchHeight = BATCH_MARGIN.top + 70 + 4 + STRIP + BATCH_MARGIN.bottom;
  const { axis, peak, model } = r;
  const lines = useMemo(() => ({
    lr: lrGeometry(axis, width, lrHeight, log, peak, fmt, LR_MARGIN),
    batch: batchGeometry(axis, width, batchHeight, fmt, BATCH_MARGIN),
  }), [axis, width, lrHeight, log, peak, fmt, batchHeight]);
  const x = cursorX(axis, r.at, width);
  const dragging = useRef(false);
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    onChange({ at: atFromPointer(axis, ((e.clientX - box.left) * width) / box.width, width) });
  };
  const pointer = {
    onPointerDown: (e: PointerEvent<SVGSVGElement>) => { dragging.current = true; e.currentTarget.setPointerCapture?.(e.pointerId); move(e); },
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => { if (dragging.current) move(e); },
    onPointerUp: () => { dragging.current = false; },
    onPointerCancel: () => { dragging.current = false; },
  };
  const lrY = lines.lr.y(Math.max(r.reading.lr, log ? 1e-7 : 0));
  const batchY = lines.batch.y(r.reading.batchTokens);
  return (
    <div className="lrs-charts" ref={ref}>
      <Legend model={model} peak={peak} />
      <p className="lrs-panel-title">{t.lrTitle}</p>
      <svg className="lrs-svg" viewBox={`0 0 ${width} ${lrHeight}`} width="100%" height={lrHeight} role="img" aria-label={t.lrChartLabel(r, log, fmt)} {...pointer}>
        <LrLines g={lines.lr} width={width} height={lrHeight} axis={axis} />
        <g aria-hidden="true">
          {lines.lr.peakY !== null && (
            <text className="lrs-peak-label" x={width - MARGIN.right - 2} y={lines.lr.peakY - 4} textAnchor="end">{t.peakLabel(model, peak, fmt)}</text>
          )}
          <line className="lrs-cursor" x1={x} x2={x} y1={LR_MARGIN.top} y2={lrHeight - LR_MARGIN.bottom} />
          <circle className="lrs-dot" cx={x} cy={lrY} r={5} />
        </g>
      </svg>
      <p className="lrs-panel-title">{t.batchTitle}</p>
      <svg className="lrs-svg" viewBox={`0 0 ${width} ${batchHeight}`} width="100%" height={batchHeight} role="img" aria-label={t.batchChartLabel(r, fmt)} {...pointer}>
        <BatchLines g={lines.batch} width={width} height={batchHeight} title={t.axisTitle(axis)} axis={axis} />
        <g aria-hidden="true">
          <line className="lrs-cursor" x1={x} x2={x} y1={BATCH_MARGIN.top} y2={batchHeight - BATCH_MARGIN.bottom} />
          <rect className="lrs-dot" x={x - 4.5} y={batchY - 4.5} width={9} height={9} />
        </g>
      </svg>
    </div>
  );
}

const LrLines = memo(function LrLines({ g, width, height, axis }: { g: ReturnType<typeof lrGeometry>; width: number; height: number; axis: Axis }) {
  const bottom = height - LR_MARGIN.bottom;
  const ticks = useXTicks(axis, width);
  return (
    <>
      <AxisY ticks={g.yTicks} x={LR_MARGIN.left} gridTo={width - LR_MARGIN.right} />
      <AxisX ticks={ticks} y={bottom} gridTo={LR_MARGIN.top} labelGap={false} span={[LR_MARGIN.left, width - LR_MARGIN.right]} line />
      <g aria-hidden="true">
        <rect className="lrs-lc" x={g.longContext[0]} y={LR_MARGIN.top} width={Math.max(1, g.longContext[1] - g.longContext[0])} height={bottom - LR_MARGIN.top} />
        <line className="lrs-lc-edge" x1={g.longContext[0]} x2={g.longContext[0]} y1={LR_MARGIN.top} y2={bottom} />
        <line className="lrs-anneal" x1={g.anneal + 1.5} x2={g.anneal + 1.5} y1={LR_MARGIN.top} y2={bottom} />
        {g.peakY !== null && <line className="lrs-peak" x1={LR_MARGIN.left} x2={width - LR_MARGIN.right} y1={g.peakY} y2={g.peakY} />}
        <path className="lrs-lr" d={g.path} />
      </g>
    </>
  );
});

const BatchLines = memo(function BatchLines({ g, width, height, title, axis }: {
  g: ReturnType<typeof batchGeometry>; width: number; height: number; title: string; axis: Axis;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const bottom = height - BATCH_MARGIN.bottom;
  const ticks = useXTicks(axis, width);
  return (
    <>
      <AxisY ticks={g.yTicks} x={BATCH_MARGIN.left} gridTo={width - BATCH_MARGIN.right} />
      <AxisX ticks={ticks} y={bottom} gridTo={BATCH_MARGIN.top} span={[BATCH_MARGIN.left, width - BATCH_MARGIN.right]} line title={title} />
      <g aria-hidden="true">
        <path className="lrs-batch" d={g.path} />
        {g.strip.map((s) => (
          <g key={`${s.kind}${s.from}`}>
            <rect className={`lrs-strip lrs-strip-${s.kind}`} x={s.from} y={g.stripY} width={Math.max(1, s.to - s.from)} height={STRIP} />
            {s.seqLen !== null && s.fits(fmt.int(s.seqLen).length) && (
              <text className="lrs-strip-label" x={(s.from + s.to) / 2} y={g.stripY + STRIP / 2 + 4} textAnchor="middle">{t.stripLabel(s.seqLen, fmt)}</text>
            )}
          </g>
        ))}
      </g>
    </>
  );
});

function useXTicks(axis: Axis, width: number) {
  const fmt = useFormat();
  return useMemo(() => xTicksFor(axis, width, fmt), [axis, width, fmt]);
}

function Legend({ model, peak }: { model: ModelId; peak: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const sw = (child: ReactNode) => <svg className="lrs-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">{child}</svg>;
  return (
    <ul className="lrs-legend">
      <li>{sw(<line className="lrs-lr" x1="1" x2="27" y1="6" y2="6" />)}{t.legendLr}</li>
      <li>{sw(<><rect className="lrs-lc" x="8" y="0" width="12" height="12" /><line className="lrs-lc-edge" x1="8" x2="8" y1="0" y2="12" /></>)}{t.legendLongContext(fmt)}</li>
      <li>{sw(<line className="lrs-anneal" x1="14" x2="14" y1="0" y2="12" />)}{t.legendAnneal(fmt)}</li>
      <li>{sw(<><line className="lrs-cursor" x1="14" x2="14" y1="0" y2="12" /><circle className="lrs-dot" cx="14" cy="6" r="4" /></>)}{t.legendCursor}</li>
      {peak !== LR_PEAK && <li>{sw(<line className="lrs-peak" x1="1" x2="27" y1="6" y2="6" />)}{t.legendPeak(model, peak, fmt)}</li>}
      <li>{sw(<path className="lrs-batch" d="M1,10H12V3H27" />)}{t.legendBatch}</li>
      <li>{sw(<><rect className="lrs-strip lrs-strip-seq" x="1" y="1" width="12" height="10" /><rect className="lrs-strip lrs-strip-longContext" x="15" y="1" width="12" height="10" /></>)}{t.legendSeq(fmt)}</li>
    </ul>
  );
}

// ── Step-count check ────────────────────────────────────────────────────────────────────────────

const StepCheckBlock = memo(function StepCheckBlock({ r }: { r: ScheduleResult }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="lrs-check">
      <p className="lrs-check-head">{t.checkHeading}</p>
      <p className="lrs-assumption">{t.assumption(fmt)}</p>
      {t.checkBody(r.check, fmt).map((p) => <p key={p}>{p}</p>)}
    </div>
  );
}, (a, b) => a.r.check === b.r.check);

// ── Normalised comparison ───────────────────────────────────────────────────────────────────────

const Compare = memo(function Compare() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const height = COMPARE_MARGIN.top + 110 + COMPARE_MARGIN.bottom;
  const g = useMemo(() => compareGeometry(width, height, fmt, COMPARE_MARGIN), [width, height, fmt]);
  const bottom = height - COMPARE_MARGIN.bottom;
  const sw = (child: ReactNode) => <svg className="lrs-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">{child}</svg>;
  return (
    <div className="lrs-compare" ref={ref}>
      <p className="lrs-panel-title">{t.compareTitle}</p>
      <ul className="lrs-legend">
        <li>{sw(<line className="lrs-norm-llama" x1="1" x2="27" y1="6" y2="6" />)}{t.legendLlamaNorm(fmt)}</li>
        <li>{sw(<line className="lrs-norm-iso" x1="1" x2="27" y1="6" y2="6" />)}{t.legendIsoflop(fmt)}</li>
        <li>{sw(<line className="lrs-run-end" x1="14" x2="14" y1="0" y2="12" />)}{t.legendRunEnd(CHECK, fmt)}</li>
      </ul>
      <svg className="lrs-svg" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={t.compareChartLabel(CHECK, fmt)}>
        <AxisY ticks={g.yTicks} x={COMPARE_MARGIN.left} gridTo={width - COMPARE_MARGIN.right} />
        <AxisX ticks={g.xTicks} y={bottom} gridTo={COMPARE_MARGIN.top} span={[COMPARE_MARGIN.left, width - COMPARE_MARGIN.right]} line title={t.compareAxisTitle} />
        <g aria-hidden="true">
          <line className="lrs-run-end" x1={g.runEndX} x2={g.runEndX} y1={COMPARE_MARGIN.top} y2={bottom} />
          <path className="lrs-norm-iso" d={g.isoflop} />
          <path className="lrs-norm-llama" d={g.llama} />
        </g>
      </svg>
      <p className="lrs-note">{t.compareCaption}</p>
    </div>
  );
});

// ── Data table ──────────────────────────────────────────────────────────────────────────────────

const Data = memo(function Data() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.dataColumns;
  return (
    <DataDetails className="lrs-data" summary={t.dataSummary}>
      <DataTable scroll={t.dataLabel} caption={t.dataLabel}>
        <thead>
          <tr>{[c.point, c.tokens, c.step, c.lr, c.batch, c.seq].map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {MARKS.map((m) => {
            const g = readingAt(m.tokens);
            return (
              <tr key={m.id}>
                <th scope="row">{t.markName(m.id, fmt)}</th>
                <td>{t.tokensCell(m.tokens, true, fmt)}</td>
                <td>{t.stepCell(fromTokens(m.tokens, 'steps'), fmt)}</td>
                <td>{t.lrCell(g.lr, fmt)}</td>
                <td>{t.batchCell(g.batchTokens, fmt)}</td>
                <td>{t.seqCell(g.seqLen, STAGES, fmt)}</td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </DataDetails>
  );
});

export default island(meta, LrScheduleView, {
  messages,
  adjust: (state, t, f) => {
    const { clamp } = computeSchedule(state);
    return clamp ? [{ key: 'at', value: String(clamp.requested), to: String(clamp.to), reason: t.clampReason(clamp, f) }] : [];
  },
});
