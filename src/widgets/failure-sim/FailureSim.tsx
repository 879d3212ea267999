// View of failure-sim: four sliders (rate, τ, δ, R), the GPU multiple and the seed; the closed-form readout (spoken);
// the seed's run and the spread over many runs, computed by a Web Worker (client.ts) after the first render, so the
// server's HTML equals the client's first render (a pending line of the same height until they arrive); the chart of
// efficiency against τ (memoised on the inputs and the width, not on the seed); the run's timeline; Table 5 as a
// table with bars, grouped by category; notes in a closed disclosure.
import { memo, useMemo } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, ScrollRegion, Segmented, Slider, type Parsed } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat, useMessages } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { readBoundedField, type FieldRefusal } from '../../lib/text';
import type { ViewProps } from '../types';
import { MARGIN, MIN_WIDTH, TIMELINE, effGeometry, runPoints, timelineGeometry } from './chart';
import { createBatchClient } from './client';
import { useLatestResult } from '../../components/useLatestResult';
import { messages, type FailureSimMessages } from './messages';
import { meta, type fields } from './meta';
import {
  LIMITS, REPORT_RATE, RUNS, SCALES, STOPS, batchKey, closedEfficiency, closedForm, nearestStop, table5,
  type Batch, type Closed, type Run, type Scale, type SimState, type Spread,
} from './model';
import './failureSim.css';

type OnChange = ViewProps<typeof fields>['onChange'];
const DEFAULT_WIDTH = 640;
const T5 = table5();

/** The batch of the current state from the worker (or the main-thread fallback); the last one is kept, marked stale, until the new one arrives. */
function useBatch(s: SimState): { batch: Batch | null; fresh: boolean } {
  const { result, fresh } = useLatestResult(s, batchKey(s), createBatchClient);
  return { batch: result, fresh };
}

export function FailureSimView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const s: SimState = { rate: state.rate, ckpt: state.ckpt, write: state.write, restart: state.restart, scale: state.scale, seed: state.seed };
  const closed = useMemo(() => closedForm(s), [s.rate, s.ckpt, s.write, s.restart, s.scale, s.seed]); // eslint-disable-line react-hooks/exhaustive-deps
  const { batch, fresh } = useBatch(s);
  useAnnounce(t.announce(closed, s, fmt));
  return (
    <div className="failure-sim">
      <Controls s={s} onChange={onChange} />
      <ClosedReadout c={closed} s={s} />
      <Runs batch={batch} fresh={fresh} c={closed} seed={s.seed} />
      <EfficiencyChart s={s} c={closed} batch={fresh ? batch : null} />
      <Timeline run={fresh && batch ? batch.run : null} seed={s.seed} />
      <Table5Block />
      <DataDetails className="fs-more" summary={t.notesSummary}>
        <ul className="fs-notes">{t.notes(s, closed, fmt).map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <p className="fs-sources">{t.sources}</p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function StopSlider({ label, stops, value, format, onChange }: {
  label: string; stops: readonly number[]; value: number; format: (v: number) => string; onChange: (v: number) => void;
}) {
  return (
    <Slider label={label} min={0} max={stops.length - 1} value={nearestStop(stops, value)}
      onChange={(p) => onChange(stops[p]!)} format={() => format(value)} />
  );
}

function Controls({ s, onChange }: { s: SimState; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="fs-controls">
      <div className="fs-sliders">
        <StopSlider label={t.rateLabel} stops={STOPS.rate} value={s.rate} onChange={(rate) => onChange({ rate })}
          format={(v) => t.rateValue(v, v === REPORT_RATE, fmt)} />
        <StopSlider label={t.ckptLabel} stops={STOPS.ckpt} value={s.ckpt} onChange={(ckpt) => onChange({ ckpt })} format={(v) => t.minutes(v, fmt)} />
        <StopSlider label={t.writeLabel} stops={STOPS.write} value={s.write} onChange={(write) => onChange({ write })} format={(v) => t.seconds(v, fmt)} />
        <StopSlider label={t.restartLabel} stops={STOPS.restart} value={s.restart} onChange={(restart) => onChange({ restart })} format={(v) => t.minutes(v, fmt)} />
      </div>
      <div className="fs-row">
        <Segmented legend={t.scaleLegend} value={s.scale} options={SCALES.map((v) => ({ value: v, label: t.scaleOption(v) }))}
          onChange={(scale: Scale) => onChange({ scale })} />
        <div className="fs-seed">
          <NumberField<number, FieldRefusal<'seed'>> label={t.seedLabel} value={s.seed} onChange={(seed) => onChange({ seed })}
            parse={readSeed} errorText={(e) => t.seedError(e, fmt)} width="9ch" />
          <button type="button" className="fs-another" onClick={() => onChange({ seed: s.seed >= LIMITS.seed.max ? 0 : s.seed + 1 })}>{t.anotherRun}</button>
        </div>
      </div>
    </div>
  );
}

function readSeed(text: string): Parsed<number, FieldRefusal<'seed'>> {
  return readBoundedField(text, 'seed', LIMITS.seed);
}

// ── Readouts ────────────────────────────────────────────────────────────────────────────────────

function ClosedReadout({ c, s }: { c: Closed; s: SimState }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="fs-readout">
      <p className="fs-head">{t.closedHeading}</p>
      {t.closedLines(c, s, fmt).map((l, i) => <p key={i} className={i === 1 ? 'fs-big' : undefined}>{l}</p>)}
      {c.codes.map((code) => <p key={code} className="fs-code">{t.codeMessage(code, c, s, fmt)}</p>)}
    </div>
  );
}

const SHARES = ['useful', 'lost', 'writing', 'restarting'] as const;

// Until the worker answers, each line of the runs block is laid out with an invisible sizing copy of a result (wide
// digits, never shown or read) under the visible "Simulating…", so the block does not grow when the numbers arrive.
const SIZER_RUN: Run = { useful: 0.888, lost: 0.088, writing: 0.018, restarting: 0.028, days: 54, failures: 888, planned: 88, events: [], worstLoss: 8.88 };
const SIZER_SPREAD: Spread = { mean: 0.888, min: 0.888, max: 0.888, p5: 0.888, p95: 0.888, aboveTarget: 0.88 };

function Pending({ sizer, text, className }: { sizer: string; text: string; className?: string }) {
  return (
    <p className={className ? `fs-ph ${className}` : 'fs-ph'}>
      <span className="fs-ph-size" aria-hidden="true">{sizer}</span>
      <span>{text}</span>
    </p>
  );
}

function Runs({ batch, fresh, c, seed }: { batch: Batch | null; fresh: boolean; c: Closed; seed: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className={fresh ? 'fs-runs' : 'fs-runs fs-stale'} aria-busy={!fresh}>
      <p className="fs-head">{t.runHeading(seed, fmt)}</p>
      <RunBody run={batch?.run ?? null} t={t} fmt={fmt} />
      <p className="fs-head">{t.spreadHeading(RUNS, fmt)}</p>
      {batch
        ? <p className="fs-spread">{t.spreadLine(batch.spread, c, fmt)}</p>
        : <Pending className="fs-spread" sizer={t.spreadLine(SIZER_SPREAD, c, fmt)} text={t.pending} />}
    </div>
  );
}

function RunBody({ run, t, fmt }: { run: Run | null; t: FailureSimMessages; fmt: Format }) {
  return (
    <>
      <div className="fs-stack" aria-hidden="true">
        {run && SHARES.map((k) => <span key={k} className={`fs-seg fs-seg-${k}`} style={{ width: `${(run[k] * 100).toFixed(2)}%` }} />)}
      </div>
      <ul className="fs-key">
        {SHARES.map((k) => (
          <li key={k}>
            <span className={`fs-sw fs-seg-${k}`} aria-hidden="true" />
            {run ? t.shareItem(t.shareNames[k], run[k], fmt) : (
              <span className="fs-ph">
                <span className="fs-ph-size" aria-hidden="true">{t.shareItem(t.shareNames[k], SIZER_RUN[k], fmt)}</span>
                <span>{t.shareNames[k]}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
      {run
        ? <p className="fs-runline">{t.runLine(run, fmt)}</p>
        : <Pending className="fs-runline" sizer={t.runLine(SIZER_RUN, fmt)} text={t.pending} />}
    </>
  );
}

// ── Efficiency chart ────────────────────────────────────────────────────────────────────────────

function EfficiencyChart({ s, c, batch }: { s: SimState; c: Closed; batch: Batch | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  // One height at every width: the server renders at the default width, and the chart must not change height on hydration.
  const height = 220;
  const g = useMemo(
    () => effGeometry(s, c, width, height, (m) => t.minutesShort(m, fmt), (v) => fmt.percent(v, { digits: 0 })),
    [s.rate, s.ckpt, s.write, s.restart, s.scale, width, height, t, fmt], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const pts = useMemo(() => (batch ? runPoints(batch, s, g) : null), [batch, g]); // eslint-disable-line react-hooks/exhaustive-deps
  const bottom = height - MARGIN.bottom;
  return (
    <div className="fs-chart" ref={ref}>
      <p className="fs-title">{t.chartTitle}</p>
      <ul className="fs-legend">
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="fs-curve" x1="1" x2="27" y1="6" y2="6" /></svg>{t.legendCurve}</li>
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><circle className="fs-run" cx="10" cy="6" r="2.2" /><circle className="fs-run" cx="18" cy="6" r="2.2" /></svg>{t.legendRuns(RUNS, fmt)}</li>
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><circle className="fs-sweep" cx="10" cy="6" r="2.4" /><circle className="fs-sweep" cx="18" cy="6" r="2.4" /></svg>{t.legendSweep}</li>
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="fs-tau" x1="14" x2="14" y1="0" y2="12" /></svg>{t.legendTau}</li>
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="fs-young" x1="14" x2="14" y1="0" y2="12" /></svg>{t.legendYoung}</li>
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="fs-target" x1="1" x2="27" y1="6" y2="6" /></svg>{t.legendTarget}</li>
      </ul>
      <svg className="fs-svg" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={t.chartLabel(c, s, fmt)}>
        <AxisY ticks={g.yTicks} x={MARGIN.left} gridTo={width - MARGIN.right} />
        <AxisX ticks={g.xTicks} y={bottom} gridTo={MARGIN.top} span={[MARGIN.left, width - MARGIN.right]} line title={t.axisTitle} />
        <g aria-hidden="true">
          <line className="fs-target" x1={MARGIN.left} x2={width - MARGIN.right} y1={g.targetY} y2={g.targetY} />
          <text className="fs-label" x={width - MARGIN.right - 2} y={g.targetY - 4} textAnchor="end">{t.targetLabel}</text>
          {g.youngShown && <line className="fs-young" x1={g.youngX} x2={g.youngX} y1={MARGIN.top} y2={bottom} />}
          {g.youngShown && <text className="fs-label" x={g.youngX + 4} y={MARGIN.top + 10}>{t.youngLabel}</text>}
          <line className="fs-tau" x1={g.tauX} x2={g.tauX} y1={MARGIN.top} y2={bottom} />
          <path className="fs-curve" d={g.path} />
          {pts?.sweep.map((p, i) => <circle key={`w${i}`} className="fs-sweep" cx={p.cx.toFixed(1)} cy={p.cy.toFixed(1)} r={2.4} />)}
          {pts?.at.map((p, i) => <circle key={`a${i}`} className="fs-run" cx={p.cx.toFixed(1)} cy={p.cy.toFixed(1)} r={2.2} />)}
          <circle className="fs-dot" cx={g.tauX} cy={g.tauY} r={5} />
        </g>
      </svg>
      <EffData s={s} c={c} batch={batch} />
    </div>
  );
}

function EffData({ s, c, batch }: { s: SimState; c: Closed; batch: Batch | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const cols = t.dataColumns;
  const pct = (v: number) => fmt.percent(v, { digits: 1 });
  const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const rows: { key: string; name: string; closed: number; sim: number | null }[] = [
    { key: 'tau', name: t.dataRow('tau', s.ckpt, fmt), closed: c.efficiency, sim: batch ? batch.spread.mean : null },
    { key: 'young', name: t.dataRow('young', c.youngUsedMinutes, fmt), closed: c.atYoung, sim: null },
    ...(batch?.sweep ?? []).map((p) => ({ key: `w${p.minutes}`, name: t.dataRow('sweep', p.minutes, fmt), closed: closedEfficiency(s, p.minutes / 60), sim: mean(p.runs) })),
  ];
  return (
    <DataDetails className="fs-data" summary={t.dataSummary}>
      <DataTable caption={t.dataSummary} scroll={t.dataSummary}>
        <thead><tr><th scope="col">{cols.interval}</th><th scope="col">{cols.closed}</th><th scope="col">{cols.simulated}</th></tr></thead>
        <tbody>{rows.map((r) => <tr key={r.key}><th scope="row">{r.name}</th><td>{pct(r.closed)}</td><td>{r.sim === null ? '–' : pct(r.sim)}</td></tr>)}</tbody>
      </DataTable>
    </DataDetails>
  );
}

// ── Timeline ────────────────────────────────────────────────────────────────────────────────────

function Timeline({ run, seed }: { run: Run | null; seed: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const g = useMemo(() => (run ? timelineGeometry(run, width, (d) => t.dayLabel(d, fmt)) : null), [run, width, t, fmt]);
  const h = TIMELINE.height;
  return (
    <div className="fs-timeline" ref={ref}>
      <p className="fs-title">{t.timelineTitle(seed, fmt)}</p>
      <ul className="fs-legend">
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="fs-fail" x1="14" x2="14" y1="0" y2="12" /></svg>{t.legendFailure}</li>
        <li><svg className="fs-swatch" viewBox="0 0 28 12" aria-hidden="true"><path className="fs-planned" d="M14,2 L18.5,10 L9.5,10 Z" /></svg>{t.legendPlanned}</li>
      </ul>
      <svg className="fs-svg" viewBox={`0 0 ${width} ${h}`} width="100%" height={h} role="img" aria-label={run ? t.timelineLabel(run, fmt) : t.pending}>
        {g && (
          <>
            <AxisX ticks={g.ticks} y={g.axisY} gridTo={g.axisY} span={[TIMELINE.left, width - TIMELINE.right]} line labelGap={14} />
            <g aria-hidden="true">
              <path className="fs-fail" d={g.failures.map((x) => `M${x},${g.failureY - TIMELINE.lane / 2 + 1}v${TIMELINE.lane - 2}`).join('')} />
              <path className="fs-planned" d={g.planned.map((x) => `M${x},${g.plannedY - 4}l4.5,8h-9z`).join('')} />
            </g>
          </>
        )}
      </svg>
    </div>
  );
}

// ── Table 5 ─────────────────────────────────────────────────────────────────────────────────────

const Table5Block = memo(function Table5Block() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const cols = t.t5Columns;
  const pct = (v: number) => fmt.percent(v, { digits: 1 });
  return (
    <div className="fs-t5">
      <p className="fs-title" id="fs-t5-h">{t.t5Heading}</p>
      <ScrollRegion label={t.t5Heading}>
        <table className="fs-t5-table" aria-labelledby="fs-t5-h">
          <thead><tr><th scope="col">{cols.component}</th><th scope="col">{cols.count}</th><th scope="col">{cols.share}</th><th scope="col">{cols.printed}</th></tr></thead>
          {T5.categories.map((cat) => (
            <tbody key={cat.category}>
              <tr className="fs-cat"><th scope="rowgroup" colSpan={4}>{t.categoryRow(cat.category, cat.count, cat.share, cat.printedPercent, fmt)}</th></tr>
              {T5.rows.filter((r) => r.category === cat.category).map((r) => (
                <tr key={r.id} className={r.typo ? 'fs-typo' : undefined}>
                  <th scope="row">{t.component[r.id]}</th>
                  <td className="fs-count">
                    <span className="fs-bar" aria-hidden="true" style={{ width: `${((r.count / T5.maxCount) * 100).toFixed(1)}%` }} />
                    <span className="fs-num">{fmt.int(r.count)}</span>
                  </td>
                  <td>{pct(r.share)}</td>
                  <td>{fmt.percent(r.printed, { digits: 1 })}{r.typo && <strong className="fs-typo-mark"> ✗ {t.typoMark}</strong>}</td>
                </tr>
              ))}
            </tbody>
          ))}
          <tfoot><tr><th scope="row">{t.totalRow}</th><td>{fmt.int(T5.total)}</td><td>{pct(1)}</td><td>{fmt.percent(T5.printedSum / 100, { digits: 1 })}</td></tr></tfoot>
        </table>
      </ScrollRegion>
      <p className="fs-typo-note">{t.typoNote(fmt)}</p>
    </div>
  );
});

export default island(meta, FailureSimView, { messages });
