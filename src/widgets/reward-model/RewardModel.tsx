// View of reward-model: the controls (features one by one, margin, annotator noise, Llama 3's filter, gold reward,
// pairs, seed); then, from a Web Worker (client.ts) after the first render, so the server's HTML equals the client's
// first render: the strength levels of the pairs with what the filter keeps, the fitted values as text, loss and
// accuracy by step, the learned reward against the gold reward, and the held-out pairs it gets wrong. Until the fit
// arrives every block holds its height (invisible sizing copies, fixed chart heights); a stale result stays, dimmed,
// until the new one comes. Notes in a closed disclosure.
import { memo, useId, useMemo } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, Reserve, ScrollRegion, Segmented, Slider, Toggle, type Parsed } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useLatestResult } from '../../components/useLatestResult';
import { useWidth } from '../../components/useWidth';
import { STRENGTH_LEVELS } from '../../data/postTraining';
import { useFormat, useMessages } from '../../i18n/react';
import { RM_FEATURES, STRENGTH_THRESHOLDS, responseLabel, responseOf, type GoldPreset, type MarginVariant, type RmFeature, type RmTracePoint } from '../../lib/toyLm';
import { readBoundedField, type FieldRefusal } from '../../lib/text';
import type { ViewProps } from '../types';
import {
  MARGIN, MIN_WIDTH, PROMPT_MARKS, SCATTER_HEIGHT, TRACE_HEIGHT, accuracyGeometry, lossGeometry, scatterGeometry,
} from './chart';
import { createFitClient } from './client';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  GOLDS, HELD_OUT, LIMITS, MARGINS, NOISES, NOISE_K, SCATTER_PER_PROMPT, WRONG_ROWS, parseFeatures, stateKey, toggleFeature, weightSlots,
  type Noise, type RmResult, type RmState, type ScatterPoint, type WrongPair,
} from './model';
import './rewardModel.css';

type OnChange = ViewProps<typeof fields>['onChange'];
const DEFAULT_WIDTH = 640;
/** Stops of the pairs slider (the URL may hold any whole number in range; the slider shows the nearest stop). */
const PAIR_STOPS = [20, 50, 100, 200, 300, 400, 600, 800, 1_000, 1_500, 2_000] as const;

function nearestStop(stops: readonly number[], v: number): number {
  let best = 0;
  stops.forEach((s, i) => { if (Math.abs(s - v) < Math.abs(stops[best]! - v)) best = i; });
  return best;
}

export function RewardModelView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const s: RmState = {
    margin: state.margin, noise: state.noise, features: state.features, pairs: state.pairs, seed: state.seed,
    levels: state.levels, gold: state.gold,
  };
  const { result, fresh } = useLatestResult(s, stateKey(s), createFitClient);
  useAnnounce(result ? t.announce(result, fmt) : '', { hold: !fresh, late: result === null });
  const r = result;
  // The empty feature set is known before any fit: say so at once (also in the server's HTML).
  const empty = parseFeatures(s.features).length === 0;
  return (
    <div className="reward-model">
      <p className="rm-toy">{t.toyLine}</p>
      <Controls s={s} onChange={onChange} />
      <div className={fresh ? 'rm-results' : 'rm-results rm-stale'} aria-busy={!fresh}>
        <Levels r={r} levels={s.levels} />
        <Readout r={r} empty={empty} features={parseFeatures(s.features)} />
        {!empty && (r === null || r.codes.length === 0) && (
          <>
            <TraceCharts trace={r?.trace ?? null} r={r} />
            <Scatter points={r?.scatter ?? null} r={r} />
            <Wrong r={r} />
          </>
        )}
      </div>
      <DataDetails className="rm-more" summary={t.notesSummary}>
        <ul className="rm-notes">{t.notes(fmt).map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <p className="rm-sources">{t.sources}</p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function Controls({ s, onChange }: { s: RmState; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const on = parseFeatures(s.features);
  return (
    <div className="rm-controls">
      <fieldset className="rm-features">
        <legend>{t.featuresLegend}</legend>
        <div className="rm-feature-list">
          {RM_FEATURES.map((f: RmFeature) => (
            <Toggle key={f} label={t.featureName[f]} checked={on.includes(f)}
              onChange={(checked) => onChange({ features: toggleFeature(s.features, f, checked) })} />
          ))}
        </div>
        <p className="rm-hint">{t.featuresHint}</p>
      </fieldset>
      <div className="rm-choices">
        <Segmented legend={t.marginLegend} value={s.margin} options={MARGINS.map((v) => ({ value: v, label: t.marginOption[v] }))}
          onChange={(margin: MarginVariant) => onChange({ margin })} />
        <Segmented legend={t.goldLegend} value={s.gold} options={GOLDS.map((v) => ({ value: v, label: t.goldOption[v] }))}
          onChange={(gold: GoldPreset) => onChange({ gold })} />
        <Segmented legend={t.noiseLegend} value={s.noise} options={NOISES.map((v) => ({ value: v, label: t.noiseOption(v, NOISE_K[v], fmt) }))}
          onChange={(noise: Noise) => onChange({ noise })} />
      </div>
      <Toggle label={t.levelsToggle} checked={s.levels === 'llama3'} onChange={(c) => onChange({ levels: c ? 'llama3' : 'all' })} />
      <div className="rm-row">
        <div className="rm-pairs">
          <Slider label={t.pairsLabel} min={0} max={PAIR_STOPS.length - 1} value={nearestStop(PAIR_STOPS, s.pairs)}
            onChange={(i) => onChange({ pairs: PAIR_STOPS[i]! })} format={() => t.pairsValue(s.pairs, fmt)} />
        </div>
        <div className="rm-seed">
          <NumberField<number, FieldRefusal<'seed'>> label={t.seedLabel} value={s.seed} onChange={(seed) => onChange({ seed })}
            parse={readSeed} errorText={(e) => t.seedError(e, fmt)} width="9ch" />
          <button type="button" className="rm-another" onClick={() => onChange({ seed: s.seed >= LIMITS.seed.max ? 0 : s.seed + 1 })}>{t.anotherSeed}</button>
        </div>
      </div>
    </div>
  );
}

function readSeed(text: string): Parsed<number, FieldRefusal<'seed'>> {
  return readBoundedField(text, 'seed', LIMITS.seed);
}

// ── Levels and readout ──────────────────────────────────────────────────────────────────────────

function Levels({ r, levels }: { r: RmResult | null; levels: RmState['levels'] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const heading = t.levelsHeading(r?.drawn ?? 0, fmt);
  const id = useId();
  return (
    <div className="rm-levels">
      <Reserve sizer={<p className="rm-head">{heading}</p>}>
        <p className="rm-head" id={id}>{r ? heading : <span className="rm-pending">{t.pending}</span>}</p>
      </Reserve>
      <ul className="rm-level-list" aria-labelledby={id}>
        {STRENGTH_LEVELS.map((level, i) => {
          const c = r?.levelCounts[i];
          return (
            <li key={level} className={c && !c.kept ? 'rm-dropped' : undefined}>
              <span className="rm-level-name">{t.levelName[level]}</span>
              <span className="rm-rule">{t.levelRule(level, STRENGTH_THRESHOLDS[i] ?? null, fmt)}</span>
              <span className="rm-num">{c ? fmt.int(c.count) : '–'}</span>
              <span className="rm-kept">{c ? <><span aria-hidden="true">{c.kept ? '✓' : '✗'}</span><span className="visually-hidden">{t.levelKept(c.kept)}</span></> : '–'}</span>
            </li>
          );
        })}
      </ul>
      <Reserve sizer={<p className="rm-used">{t.levelsUsed(SIZER.used, SIZER.drawn, levels, fmt)}</p>}>
        <p className="rm-used">{r ? t.levelsUsed(r.used, r.drawn, levels, fmt) : '\u00a0'}</p>
      </Reserve>
    </div>
  );
}

const SIZER: RmResult = {
  key: '', codes: [], features: [], levelCounts: [], drawn: 2_000, used: 2_000, trace: [], loss: 0.888, trainAccuracy: 0.888,
  heldOutAccuracy: 0.888, goldOrderAccuracy: 0.888, weights: [], scatter: [], correlation: 0.88, wrongCount: 88, wrong: [], wrongNoisy: 88,
};

function Readout({ r, empty, features }: { r: RmResult | null; empty: boolean; features: readonly RmFeature[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  if (empty) return <div className="rm-readout"><p className="rm-code">{t.codeMessage('noFeatures')}</p></div>;
  if (r && r.codes.length > 0) {
    return <div className="rm-readout">{r.codes.map((c) => <p key={c} className="rm-code">{t.codeMessage(c)}</p>)}</div>;
  }
  return (
    <div className="rm-readout">
      <p className="rm-head">{t.resultsHeading}</p>
      {/* The sizer holds the lines at their widest numbers and the weights line as it wraps, so nothing moves. */}
      <Reserve sizer={(
        <>
          {t.resultLines(SIZER, HELD_OUT, fmt).map((l, i) => <p key={i} className={i === 1 ? 'rm-big' : undefined}>{l}</p>)}
          <p className="rm-weights">{t.weightsLine({ ...SIZER, weights: weightSlots(features).map((w) => ({ ...w, value: -8.88 })) }, fmt)}</p>
        </>
      )}>
        {r
          ? (
            <>
              {t.resultLines(r, HELD_OUT, fmt).map((l, i) => <p key={i} className={i === 1 ? 'rm-big' : undefined}>{l}</p>)}
              <p className="rm-weights">{t.weightsLine(r, fmt)}</p>
            </>
          )
          : <p className="rm-pending">{t.pending}</p>}
      </Reserve>
    </div>
  );
}

// ── Loss and accuracy by step ───────────────────────────────────────────────────────────────────

const TraceCharts = memo(function TraceCharts({ trace, r }: { trace: readonly RmTracePoint[] | null; r: RmResult | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [lossRef, lossWidth] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const [accRef, accWidth] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const num = (v: number) => fmt.decimal(v, { digits: 2, trim: true });
  const pct = (v: number) => fmt.percent(v, { digits: 0 });
  const loss = useMemo(() => (trace && trace.length > 0 ? lossGeometry(trace, lossWidth, TRACE_HEIGHT, num) : null), [trace, lossWidth, fmt]); // eslint-disable-line react-hooks/exhaustive-deps
  const acc = useMemo(() => (trace && trace.length > 0 ? accuracyGeometry(trace, accWidth, TRACE_HEIGHT, num, pct) : null), [trace, accWidth, fmt]); // eslint-disable-line react-hooks/exhaustive-deps
  const bottom = TRACE_HEIGHT - MARGIN.bottom;
  return (
    <div className="rm-chart rm-traces">
      <div className="rm-trace" ref={lossRef}>
      <p className="rm-title">{t.lossTitle}</p>
      <ul className="rm-legend" aria-hidden="true"><li>&nbsp;</li></ul>
      <svg className="rm-svg" viewBox={`0 0 ${lossWidth} ${TRACE_HEIGHT}`} width="100%" height={TRACE_HEIGHT} role="img" aria-label={r ? t.lossLabel(r, fmt) : t.pending}>
        {loss && (
          <>
            <AxisY ticks={loss.yTicks} x={MARGIN.left} gridTo={lossWidth - MARGIN.right} />
            <AxisX ticks={loss.xTicks} y={bottom} span={[MARGIN.left, lossWidth - MARGIN.right]} line title={t.stepAxis} titleGap={30} />
            <path className="rm-loss" d={loss.paths[0]} aria-hidden="true" />
          </>
        )}
      </svg>
      </div>
      <div className="rm-trace" ref={accRef}>
      <p className="rm-title">{t.accuracyTitle}</p>
      <ul className="rm-legend">
        <li><svg className="rm-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="rm-train" x1="1" x2="27" y1="6" y2="6" /></svg>{t.legendTrain}</li>
        <li><svg className="rm-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="rm-held" x1="1" x2="27" y1="6" y2="6" /></svg>{t.legendHeldOut}</li>
      </ul>
      <svg className="rm-svg" viewBox={`0 0 ${accWidth} ${TRACE_HEIGHT}`} width="100%" height={TRACE_HEIGHT} role="img" aria-label={r ? t.accuracyLabel(r, fmt) : t.pending}>
        {acc && (
          <>
            <AxisY ticks={acc.yTicks} x={MARGIN.left} gridTo={accWidth - MARGIN.right} />
            <AxisX ticks={acc.xTicks} y={bottom} span={[MARGIN.left, accWidth - MARGIN.right]} line title={t.stepAxis} titleGap={30} />
            <g aria-hidden="true">
              <path className="rm-train" d={acc.paths[0]} />
              <path className="rm-held" d={acc.paths[1]} />
            </g>
          </>
        )}
      </svg>
      </div>
      <TraceData trace={trace} />
    </div>
  );
});

function TraceData({ trace }: { trace: readonly RmTracePoint[] | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.traceColumns;
  return (
    <DataDetails className="rm-data" summary={t.traceSummary}>
      <DataTable caption={t.traceSummary} scroll={t.traceSummary}>
        <thead><tr><th scope="col">{c.step}</th><th scope="col">{c.loss}</th><th scope="col">{c.train}</th><th scope="col">{c.heldOut}</th></tr></thead>
        <tbody>
          {(trace ?? []).map((p) => (
            <tr key={p.step}>
              <th scope="row">{fmt.int(p.step)}</th><td>{fmt.decimal(p.loss, { digits: 3 })}</td>
              <td>{fmt.percent(p.trainAccuracy, { digits: 1 })}</td><td>{fmt.percent(p.heldOutAccuracy, { digits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </DataDetails>
  );
}

// ── Learned against gold ────────────────────────────────────────────────────────────────────────

const Scatter = memo(function Scatter({ points, r }: { points: readonly ScatterPoint[] | null; r: RmResult | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const g = useMemo(() => (points && points.length > 0
    ? scatterGeometry(points, width, SCATTER_HEIGHT, (v) => fmt.decimal(v, { digits: 1, trim: true })) : null), [points, width, fmt]);
  const bottom = SCATTER_HEIGHT - MARGIN.bottom;
  return (
    <div className="rm-chart" ref={ref}>
      <p className="rm-title">{t.scatterTitle(SCATTER_PER_PROMPT, fmt)}</p>
      <ul className="rm-legend">
        {PROMPT_MARKS.map((d, p) => (
          <li key={p}><svg className="rm-swatch rm-swatch-sq" viewBox="-6 -6 12 12" aria-hidden="true"><path className={`rm-mark rm-mark-${p}`} d={d} /></svg>{t.promptName(p)}</li>
        ))}
      </ul>
      <svg className="rm-svg" viewBox={`0 0 ${width} ${SCATTER_HEIGHT}`} width="100%" height={SCATTER_HEIGHT} role="img" aria-label={r ? t.scatterLabel(r, fmt) : t.pending}>
        {g && (
          <>
            <AxisY ticks={g.yTicks} x={MARGIN.left} gridTo={width - MARGIN.right} />
            <AxisX ticks={g.xTicks} y={bottom} gridTo={MARGIN.top} span={[MARGIN.left, width - MARGIN.right]} line title={t.goldAxis} titleGap={30} />
            <text className="rm-axis-y" x={MARGIN.left + 4} y={MARGIN.top + 10} aria-hidden="true">{t.rmAxis}</text>
            <g aria-hidden="true">
              {g.points.map((p) => <path key={p.key} className={`rm-mark rm-mark-${p.prompt}`} d={PROMPT_MARKS[p.prompt]} transform={`translate(${p.cx.toFixed(1)},${p.cy.toFixed(1)})`} />)}
            </g>
          </>
        )}
      </svg>
      <p className="rm-note">{t.scatterNote}</p>
    </div>
  );
});

// ── Held-out pairs it gets wrong ────────────────────────────────────────────────────────────────

function Wrong({ r }: { r: RmResult | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.wrongColumns;
  const rows: (WrongPair | null)[] = r ? r.wrong : Array.from({ length: WRONG_ROWS }, () => null);
  const heading = t.wrongHeading(r ?? SIZER, HELD_OUT, fmt);
  const id = useId();
  return (
    <div className="rm-wrong">
      <Reserve sizer={<p className="rm-head">{heading}</p>}>
        <p className="rm-head" id={id}>{r ? heading : <span className="rm-pending">{t.pending}</span>}</p>
      </Reserve>
      {r && r.wrong.length === 0
        ? <p>{t.noneWrong}</p>
        : (
          <ScrollRegion label={r ? heading : t.pending}>
            <table className="rm-wrong-table" aria-labelledby={id}>
              <thead><tr><th scope="col">{c.prompt}</th><th scope="col">{c.chosen}</th><th scope="col">{c.rejected}</th><th scope="col">{c.goldGap}</th><th scope="col">{c.rmGap}</th></tr></thead>
              <tbody>
                {rows.map((w, i) => (w
                  ? (
                    <tr key={i}>
                      <th scope="row">{fmt.int(w.prompt + 1)}</th>
                      <td className="rm-resp">{responseLabel(responseOf(w.chosen))}</td>
                      <td className="rm-resp">{responseLabel(responseOf(w.rejected))}</td>
                      <td className={w.goldGap < 0 ? 'rm-num rm-noisy' : 'rm-num'}>{fmt.signed(w.goldGap, { digits: 2 })}</td>
                      <td className="rm-num">{fmt.signed(w.rmGap, { digits: 2 })}</td>
                    </tr>
                  )
                  : <tr key={i}><th scope="row">–</th><td>–</td><td>–</td><td>–</td><td>–</td></tr>))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      <p className="rm-note">{t.wrongNote}</p>
    </div>
  );
}

export default island(meta, RewardModelView, { messages });
