// View of rope-frequencies: the spectrum of wavelengths (log axis) against pair index with context lines and counts,
// the schedule's and the scaling's controls, the ratio θ′/θ with the bands, the phase error of a port that forgets
// the scaling, and every pair's exact inverse frequency. React draws; d3 computes scales and paths (chart.ts).
import { Fragment, useId, useMemo, type ReactNode } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { WidgetHeading } from '../../components/heading';
import {
  AxisX, AxisY, DataDetails, DataTable, HatchPattern, NumberField, Segmented, Select, SliderField, Swatch, svgId,
} from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat, useMessages } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { ViewProps } from '../types';
import {
  MIN_CHART_WIDTH, STRIP_H, errorGeometry, ratioGeometry, spectrumGeometry, type Margin, type SeriesPath,
} from './chart';
import { messages, type Parts } from './messages';
import { meta, fields } from './meta';
import {
  BANDS, HEAD_DIMS, LIMITS, METHODS, RAMPS, computeRope, methodsUsing, readNumber, summarize, unusedFields, usesField,
  type Curve, type LimitKey, type RopeResult, type RopeState, type Scaled,
} from './model';
import './ropeFrequencies.css';

type OnChange = ViewProps<typeof fields>['onChange'];

/** Chart width before the container is measured (server render), px. */
const DEFAULT_CHART_WIDTH = 640;
/** The bases of the Llama models (src/data: ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3), offered as buttons. */
const BASE_PRESETS = [10_000, 500_000] as const;
/** Positions offered as buttons: Llama 3's context, and the last position of Llama 3.1's window (the default). */
const POSITION_PRESETS = [8_192, 131_071] as const;

/** A sentence with inline parts (messages.ts Part). */
export function PartsText({ parts }: { parts: Parts }) {
  return (
    <>
      {parts.map((p, i) => {
        if (typeof p === 'string') return <Fragment key={i}>{p}</Fragment>;
        if ('cite' in p) return <Cite key={i} text={p.cite} />;
        if ('code' in p) return <code key={i}>{p.code}</code>;
        if ('math' in p) return <span key={i} className="rf-math" translate="no">{p.math}</span>;
        return <strong key={i}>{p.strong}</strong>;
      })}
    </>
  );
}

/** How a setting is written in its field: whole numbers with separators, others as typed. */
const settingText = (fmt: Format) => (v: number) => (Number.isInteger(v) ? fmt.int(v) : fmt.decimal(v, { digits: 6, trim: true }));

export function RopeFrequenciesView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const result = useMemo(() => computeRope(state), [state]);
  const summary = result ? summarize(result) : null;
  const scaling = result?.scaling ?? null;
  const issues = scaling && !scaling.ok ? scaling.issues.map((i) => t.issue(i, fmt)) : [];
  useAnnounce(!summary ? '' : issues.length ? t.impossibleAnnounced(issues) : t.announce(summary, state.position, fmt));

  if (!result || !summary) {
    // Only a state no URL or field can give (the schema bounds base, head dimension and the line).
    return <div className="rf-invalid"><p>{t.impossible}</p></div>;
  }
  const ok = scaling?.ok ? scaling : null;
  const curves = ok?.curves ?? [];
  return (
    <div className="rope-freq">
      <p className="rf-headline"><PartsText parts={t.headline(summary, fmt)} /></p>
      <Spectrum r={result} curves={curves} label={t.describe(summary, fmt)} />
      <LinesTable r={result} curves={curves} />
      <div className="rf-controls">
        <ScheduleControls state={state} onChange={onChange} />
        <ScalingControls state={state} onChange={onChange} />
      </div>
      {issues.length > 0 && (
        <div className="rf-invalid">
          <p><strong>{t.impossible}</strong></p>
          <ul>{issues.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      {ok && <ScalingResult r={result} s={ok} state={state} />}
      {result.notes.length > 0 && <ul className="rf-notes">{result.notes.map((n) => t.note(n, fmt)).map((n) => <li key={n}>{n}</li>)}</ul>}
      <Forgot r={result} s={ok} state={state} onChange={onChange} />
      <PairsTable r={result} curves={curves} factor={state.factor} />
      {/* Closed by default (the embed stays short); a native disclosure, so the text is in the page and found by search. */}
      <details className="rf-sources">
        <summary>{t.sourcesSummary}</summary>
        <p><PartsText parts={t.sources(state.method, fmt)} /></p>
      </details>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

/** A typed number of the state (LIMITS key), read by model.ts readNumber and worded by the catalogue. */
function Field({ field, value, onChange, width = '9ch' }: { field: LimitKey; value: number; onChange: (v: number) => void; width?: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const whole = field === 'original' || field === 'seqLen' || field === 'context' || field === 'position';
  return (
    <NumberField label={t.fieldLabel[field]} value={value} width={width} format={settingText(fmt)} inputMode={whole ? 'numeric' : 'decimal'}
      parse={(text) => readNumber(text, field)} errorText={(e) => t.numberError(e, fmt)} onChange={onChange} />
  );
}

/** A length on a powers-of-two slider (2⁰ … 2²⁴) with its exact field. */
function LengthControl({ field, slider, value, onChange, children }: {
  field: 'seqLen' | 'position'; slider: string; value: number; onChange: (v: number) => void; children?: ReactNode;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const maxExp = Math.round(Math.log2(LIMITS[field].max));
  const shown = (v: number) => (field === 'position' ? t.positionValue(v, fmt) : t.tokens(v, fmt));
  return (
    <SliderField
      className="rf-length"
      value={value}
      onChange={onChange}
      slider={{
        label: slider, min: 0, max: maxExp,
        position: (v) => (v < 1 ? 0 : Math.min(maxExp, Math.round(Math.log2(v)))),
        valueAt: (e) => 2 ** e,
        format: shown,
      }}
      field={{
        label: t.fieldLabel[field], parse: (text) => readNumber(text, field), errorText: (e) => t.numberError(e, fmt),
        format: fmt.int, width: '11ch',
      }}
    >
      {children}
    </SliderField>
  );
}

function ScheduleControls({ state, onChange }: { state: RopeState; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const presetsId = useId();
  return (
    <fieldset className="rf-group">
      <legend>{t.scheduleLegend}</legend>
      <div className="rf-row">
        <div className="rf-base">
          <Field field="base" value={state.base} onChange={(base) => onChange({ base })} width="11ch" />
          <div className="rf-presets" role="group" aria-labelledby={presetsId}>
            <span id={presetsId} className="visually-hidden">{t.basePresetsLabel}</span>
            {BASE_PRESETS.map((b) => (
              <button key={b} type="button" aria-pressed={state.base === b} onClick={() => onChange({ base: b })}>{t.basePreset(b, fmt)}</button>
            ))}
          </div>
        </div>
        <Segmented
          legend={t.headDimLegend}
          value={state.headDim}
          options={HEAD_DIMS.map((d) => ({ value: d, label: t.headDimOption(Number(d), fmt) }))}
          onChange={(headDim) => onChange({ headDim })}
        />
        <Field field="context" value={state.context} onChange={(context) => onChange({ context })} width="11ch" />
      </div>
    </fieldset>
  );
}

function ScalingControls({ state, onChange }: { state: RopeState; onChange: OnChange }) {
  const t = useMessages(messages);
  const m = state.method;
  return (
    <fieldset className="rf-group">
      <legend>{t.scalingLegend}</legend>
      <div className="rf-row">
        <Select label={t.methodLabel} value={m} options={METHODS.map((v) => ({ value: v, label: t.methodOption[v] }))} onChange={(method) => onChange({ method })} />
        {usesField(m, 'ramp') && (
          <Segmented legend={t.rampLegend} value={state.ramp} options={RAMPS.map((r) => ({ value: r, label: t.rampOption[r] }))} onChange={(ramp) => onChange({ ramp })} />
        )}
      </div>
      {m !== 'none' && (
        <div className="rf-row rf-fields">
          {usesField(m, 'factor') && <Field field="factor" value={state.factor} onChange={(factor) => onChange({ factor })} width="7ch" />}
          {usesField(m, 'low') && <Field field="low" value={state.low} onChange={(low) => onChange({ low })} width="7ch" />}
          {usesField(m, 'high') && <Field field="high" value={state.high} onChange={(high) => onChange({ high })} width="7ch" />}
          {usesField(m, 'original') && <Field field="original" value={state.original} onChange={(original) => onChange({ original })} width="11ch" />}
        </div>
      )}
      {usesField(m, 'seqLen') && (
        <LengthControl field="seqLen" slider={t.seqLenSlider} value={state.seqLen} onChange={(seqLen) => onChange({ seqLen })} />
      )}
    </fieldset>
  );
}

// ── Charts ──────────────────────────────────────────────────────────────────────────────────────

/** The line style of a series: the original, the (first) scaled curve, or YaRN's code ramp beside its paper ramp. */
const seriesClass = (id: SeriesPath['id']) => (id === 'original' ? 'rf-s-original' : id === 'yarnCode' ? 'rf-s-second' : 'rf-s-scaled');

function Markers({ s }: { s: SeriesPath }) {
  if (!s.points.length) return null;
  const cls = `rf-marker ${seriesClass(s.id)}`;
  if (s.id === 'original') return <g className={cls}>{s.points.map((p, i) => <circle key={i} cx={p.x} cy={p.y} r={2.6} />)}</g>;
  if (s.id === 'yarnCode') return <g className={cls}>{s.points.map((p, i) => <path key={i} d={`M${p.x},${p.y - 3.4}L${p.x + 3.2},${p.y + 2.4}L${p.x - 3.2},${p.y + 2.4}Z`} />)}</g>;
  return <g className={cls}>{s.points.map((p, i) => <rect key={i} x={p.x - 2.5} y={p.y - 2.5} width={5} height={5} />)}</g>;
}

/** A legend line: the series' stroke and marker, drawn in SVG (kept in forced colours). */
function LegendMark({ id }: { id: SeriesPath['id'] }) {
  return (
    <svg viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1="1" x2="27" y1="5" y2="5" className={`rf-series ${seriesClass(id)}`} />
      <Markers s={{ id, d: '', points: [{ x: 14, y: 5 }] }} />
    </svg>
  );
}

/** The legend above a chart: its series, then the chart's other marks (`children`, list items). */
function SeriesLegend({ curves, original = true, children }: { curves: readonly Curve[]; original?: boolean; children?: ReactNode }) {
  const t = useMessages(messages);
  return (
    <ul className="rf-legend" aria-hidden="true">
      {original && <li><LegendMark id="original" />{t.legendOriginal}</li>}
      {curves.map((c) => <li key={c.id}><LegendMark id={c.id} />{t.curveName[c.id]}</li>)}
      {children}
    </ul>
  );
}

function Spectrum({ r, curves, label }: { r: RopeResult; curves: readonly Curve[]; label: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_CHART_WIDTH, MIN_CHART_WIDTH);
  // Taller on wide screens, but never so tall that the figure outgrows a laptop screen (or an embed).
  // The same 230 px from 220 px to ~680 px wide, so the server's 640 px render and a narrower embed agree (no shift).
  const height = Math.round(Math.min(360, Math.max(230, width * 0.34)));
  const margin: Margin = { top: 24, right: 42, bottom: 40, left: 40 };
  const g = spectrumGeometry(r, curves, fmt, width, height, margin);
  const titleId = useId();
  const bottom = height - margin.bottom;
  return (
    <div className="rf-chart" ref={ref}>
      <SeriesLegend curves={curves} />
      <svg className="rf-svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t.spectrumTitle(label)}</title>
        <g aria-hidden="true">
          <text className="axis-title" x={2} y={11}>{t.axisWavelength}</text>
          <text className="axis-title" x={width - 2} y={11} textAnchor="end">{t.axisTheta}</text>
        </g>
        <AxisY ticks={g.yTicks} x={margin.left} gridTo={width - margin.right} />
        <AxisY ticks={g.thetaTicks} x={width} labelGap={1} />
        <AxisX ticks={g.xTicks} y={bottom} span={[margin.left, width - margin.right]} title={t.axisPair} titleGap={32} />
        <g aria-hidden="true">
          {g.lines.map((m) => {
            const boundary = m.line.ids.every((id) => id === 'highBoundary' || id === 'lowBoundary');
            return (
              <g key={m.line.tokens} className={boundary ? 'rf-ref rf-ref-bound' : m.line.ids.includes('custom') ? 'rf-ref rf-ref-custom' : 'rf-ref'}>
                <line x1={margin.left} x2={width - margin.right} y1={m.y} y2={m.y} />
                <text x={margin.left + 4} y={m.labelY}>{t.lineLabel(m.line, fmt)}</text>
              </g>
            );
          })}
          {g.series.map((s) => <path key={s.id} d={s.d} className={`rf-series ${seriesClass(s.id)}`} />)}
          {g.series.map((s) => <Markers key={s.id} s={s} />)}
        </g>
      </svg>
    </div>
  );
}

function LinesTable({ r, curves }: { r: RopeResult; curves: readonly Curve[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <DataTable className="rf-lines" caption={t.linesCaption} scroll={t.linesCaption}>
      <thead>
        <tr>
          <th scope="col">{t.lineColumn}</th>
          <th scope="col">{t.longerColumn(r.pairs, fmt)}</th>
          {curves.map((c) => <th key={c.id} scope="col">{t.longerScaledColumn(c.id)}</th>)}
        </tr>
      </thead>
      <tbody>
        {r.lines.map((l) => (
          <tr key={l.tokens}>
            <th scope="row">{t.lineName(l, fmt)}</th>
            <td>{fmt.int(l.longer)}</td>
            {l.longerScaled.map((n, k) => <td key={curves[k]!.id}>{fmt.int(n)}</td>)}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function ScalingResult({ r, s, state }: { r: RopeResult; s: Scaled; state: RopeState }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const summary = summarize(r);
  const banded = s.curves.filter((c) => c.bandCounts);
  return (
    <section className="rf-section">
      <p className="rf-detail">
        <PartsText parts={t.detail(s.detail, r.pairs, fmt)} />
        {banded.length > 0 && <span className="rf-bandcounts">{t.bandSummary(banded.map((c) => ({ id: c.id, counts: c.bandCounts! })), state.factor, fmt)}</span>}
      </p>
      <WidgetHeading className="rf-subhead">{t.ratioHeading}</WidgetHeading>
      <RatioChart r={r} curves={s.curves} factor={state.factor} label={t.describeRatio(summary, fmt)} />
    </section>
  );
}

/** Approximate width of a label in the 11 px chart font: Chinese characters are square, Latin ones about 0.58 em. */
const labelWidth = (text: string) => [...text].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 11 : 6.4), 0);

function RatioChart({ r, curves, factor, label }: { r: RopeResult; curves: readonly Curve[]; factor: number; label: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_CHART_WIDTH, MIN_CHART_WIDTH);
  const margin: Margin = { top: 8, right: 12, bottom: 36, left: 44 };
  // 1 → 1/8 is three octaves: ~30 px each is enough to read the bands' ratios.
  const g = ratioGeometry(r.pairs, curves, factor, fmt, width, width < 420 ? 96 : 100, margin);
  const titleId = useId();
  const hatch = svgId(useId(), 'rf-hatch');
  const bottom = g.height - g.margin.bottom;
  const bandsShown = BANDS.filter((b) => curves.some((c) => c.bands?.includes(b)));
  return (
    <div className="rf-chart" ref={ref}>
      <SeriesLegend curves={curves} original={false}>
        {bandsShown.map((b) => (
          <li key={b}><Swatch className={`rf-band-${b}`} hatchId={b === 'blend' ? hatch : undefined} />{t.bandLegend(b, factor, fmt)}</li>
        ))}
      </SeriesLegend>
      <svg className="rf-svg" viewBox={`0 0 ${width} ${g.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t.ratioTitle(label)}</title>
        <defs><HatchPattern id={hatch} /></defs>
        <g aria-hidden="true">
          {g.strips.map((strip) => (
            <g key={strip.id} className="rf-strip">
              <text className="rf-strip-label" x={g.margin.left - 4} y={strip.y + STRIP_H / 2} dy="0.32em" textAnchor="end">{t.stripLabel[strip.id]}</text>
              {strip.runs.map((run) => {
                const name = t.bandRun(run.band, run.last - run.first + 1, factor, fmt);
                const count = fmt.int(run.last - run.first + 1);
                const text = labelWidth(name) + 6 <= run.w ? name : labelWidth(count) + 4 <= run.w ? count : null;
                return (
                  <g key={run.first}>
                    <rect className={`rf-band-${run.band}`} x={run.x} y={strip.y} width={run.w} height={STRIP_H} />
                    {run.band === 'blend' && <rect x={run.x} y={strip.y} width={run.w} height={STRIP_H} fill={`url(#${hatch})`} />}
                    {text && <text className={`rf-run-label rf-run-${run.band}`} x={run.x + run.w / 2} y={strip.y + STRIP_H / 2} dy="0.32em" textAnchor="middle">{text}</text>}
                  </g>
                );
              })}
            </g>
          ))}
        </g>
        <text className="axis-title" x={2} y={g.margin.top - 6} aria-hidden="true">{t.axisRatio}</text>
        <AxisY ticks={g.yTicks} x={g.margin.left} gridTo={width - g.margin.right} />
        <AxisX ticks={g.xTicks} y={bottom} span={[g.margin.left, width - g.margin.right]} title={t.axisPair} titleGap={30} />
        <g aria-hidden="true">
          {g.divideY !== null && (
            <g className="rf-ref rf-ref-bound">
              <line x1={g.margin.left} x2={width - g.margin.right} y1={g.divideY} y2={g.divideY} />
              <text x={width - g.margin.right - 2} y={g.divideY - 3} textAnchor="end">{t.divideLine(factor, fmt)}</text>
            </g>
          )}
          {g.series.map((s) => <path key={s.id} d={s.d} className={`rf-series ${seriesClass(s.id)}`} />)}
          {g.series.map((s) => <Markers key={s.id} s={s} />)}
        </g>
      </svg>
    </div>
  );
}

function Forgot({ r, s, state, onChange }: { r: RopeResult; s: Scaled | null; state: RopeState; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const presetsId = useId();
  return (
    <section className="rf-section rf-forgot">
      <WidgetHeading className="rf-subhead"><PartsText parts={t.forgotHeading} /></WidgetHeading>
      {!s ? <p>{t.forgotNothing}</p> : (
        <>
          <p><PartsText parts={t.forgotWhat(s.method, s.llama31AsShipped)} /></p>
          <LengthControl field="position" slider={t.positionSlider} value={state.position} onChange={(position) => onChange({ position })}>
            <div className="rf-presets" role="group" aria-labelledby={presetsId}>
              <span id={presetsId} className="visually-hidden">{t.positionPresetsLabel}</span>
              {POSITION_PRESETS.map((p) => (
                <button key={p} type="button" aria-pressed={state.position === p} onClick={() => onChange({ position: p })}>{t.positionPreset(p, fmt)}</button>
              ))}
            </div>
          </LengthControl>
          {s.curves.map((c) => (
            <p key={c.id} className="rf-result"><PartsText parts={t.forgotResult(c.error, r.pairs, s.curves.length > 1 ? c.id : null, fmt)} /></p>
          ))}
          <ErrorChart r={r} curves={s.curves} label={t.describeErrors(summarize(r), fmt)} />
          <p><PartsText parts={t.forgotWhy(s.curves[0]!.error, s.llama31AsShipped, fmt)} /></p>
        </>
      )}
    </section>
  );
}

function ErrorChart({ r, curves, label }: { r: RopeResult; curves: readonly Curve[]; label: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_CHART_WIDTH, MIN_CHART_WIDTH);
  const margin: Margin = { top: 16, right: 12, bottom: 36, left: 44 };
  const height = width < 420 ? 150 : 160;
  const g = errorGeometry(r.pairs, curves, fmt, width, height, margin);
  const titleId = useId();
  const hatch = svgId(useId(), 'rf-pi');
  const bottom = height - margin.bottom;
  return (
    <div className="rf-chart" ref={ref}>
      {/* One curve: the paragraphs above name it, and the hatched zone is labelled inside the plot; two: a legend. */}
      {curves.length > 1 && (
        <SeriesLegend curves={curves} original={false}>
          <li><Swatch className="rf-past-pi" hatchId={hatch} />{t.piLegend}</li>
        </SeriesLegend>
      )}
      <svg className="rf-svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t.errorTitle(label)}</title>
        <defs><HatchPattern id={hatch} /></defs>
        <g aria-hidden="true">
          <rect className="rf-past-pi" x={margin.left} y={margin.top} width={width - margin.left - margin.right} height={Math.max(0, g.piY - margin.top)} />
          <rect x={margin.left} y={margin.top} width={width - margin.left - margin.right} height={Math.max(0, g.piY - margin.top)} fill={`url(#${hatch})`} />
          <text className="axis-title" x={2} y={10}>{t.axisError}</text>
        </g>
        <AxisY ticks={g.yTicks} x={margin.left} gridTo={width - margin.right} />
        <AxisX ticks={g.xTicks} y={bottom} span={[margin.left, width - margin.right]} title={t.axisPair} titleGap={30} />
        <g aria-hidden="true">
          <g className="rf-ref rf-ref-pi">
            <line x1={margin.left} x2={width - margin.right} y1={g.piY} y2={g.piY} />
            <text x={margin.left + 4} y={g.piY - 4}>{t.piLabel}</text>
            {curves.length === 1 && g.piY - margin.top >= 16 && (
              <text className="rf-pi-zone" x={margin.left + 6} y={margin.top + 12}>{t.piLegend}</text>
            )}
          </g>
          {g.series.map((s) => <path key={s.id} d={s.d} className={`rf-series ${seriesClass(s.id)}`} />)}
          {g.series.map((s) => <Markers key={s.id} s={s} />)}
        </g>
      </svg>
    </div>
  );
}

// ── The data table ──────────────────────────────────────────────────────────────────────────────

/** θ as the facts sheet prints it: 13 significant digits (%.12e), in the reader's scientific form. */
const exact = (fmt: Format, v: number) => fmt.sci(v, { digits: 13, trim: false });
/** θ′/θ: six decimals as §B.6 prints them ("0.828168", "0.125", "1"), scientific below 10⁻⁴. */
const ratioText = (fmt: Format, v: number) => (v >= 1e-4 ? fmt.decimal(v, { digits: 6, trim: true }) : fmt.sci(v, { digits: 7 }));

function PairsTable({ r, curves, factor }: { r: RopeResult; curves: readonly Curve[]; factor: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const rows = useMemo(() => Array.from(r.inv, (_, i) => i), [r.inv]);
  return (
    <DataDetails className="rf-data" summary={t.tableSummary(r.pairs, curves.length > 0, fmt)}>
      <DataTable className="rf-table" caption={t.tableCaption} scroll={t.tableScroll(r.pairs, fmt)} vertical scrollClassName="rf-table-scroll">
        <thead>
          <tr>
            <th scope="col">{t.colPair}</th>
            <th scope="col">{t.colWavelength}</th>
            <th scope="col">{t.colOriginal}</th>
            {curves.map((c) => (
              <Fragment key={c.id}>
                <th scope="col">{t.colScaled(c.id)}</th>
                <th scope="col">{t.colRatio(c.id)}</th>
                {c.bands && <th scope="col">{t.colBand(c.id)}</th>}
                {c.bands && <th scope="col">{t.colGamma(c.id)}</th>}
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i}>
              <th scope="row">{fmt.int(i)}</th>
              <td>{fmt.decimal(r.wavelengths[i]!, { digits: 3 })}</td>
              <td>{exact(fmt, r.inv[i]!)}</td>
              {curves.map((c) => (
                <Fragment key={c.id}>
                  <td>{exact(fmt, c.inv[i]!)}</td>
                  <td>{ratioText(fmt, c.ratio[i]!)}</td>
                  {c.bands && <td className={`rf-cell-${c.bands[i]}`}>{t.bandName(c.bands[i]!, factor, fmt)}</td>}
                  {c.bands && <td>{c.bands[i] === 'blend' ? fmt.decimal(c.gamma![i]!, { digits: 4 }) : '—'}</td>}
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="rf-caveat">{t.tableNote}</p>
    </DataDetails>
  );
}

export default island(meta, RopeFrequenciesView, {
  messages,
  // URL fields the chosen method does not read are named on the embed page (only those the URL set).
  adjust: (state, t) => unusedFields(state).map((key) => ({
    key, value: String(state[key]), to: null, reason: t.unusedReason(key, methodsUsing(key)),
  })),
});

