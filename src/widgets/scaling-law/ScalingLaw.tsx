// View of scaling-law: the caveat (Chinchilla's surface, not Llama 3's measurements), the budget and the reader's own
// law; every law's split at the budget; the IsoFLOP curves (constant: the re-enactment is cached per surface and its
// chart memoised); the law chart; flatness; the Llama models by compute; notes; a data table of the runs; sources.
import { memo, useId, useMemo } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, SliderField } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { RichText, useFormat, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import { MARGIN, MIN_WIDTH, Y_TITLE_Y, isoGeometry, lawGeometry, type Point } from './chart';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  BUDGET_STEPS, LAW_IDS, PENALTY_FACTOR, PLACEMENTS, computeScaling, nearestStep, readField,
  type FieldRefusal, type LawId, type LimitKey, type Reenactment, type ScalingOk,
} from './model';
import './scalingLaw.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

/** Chart width before the container is measured (server render), px. */
const DEFAULT_WIDTH = 640;

const name = (text: string) => <span translate="no">{text}</span>;

export function ScalingLawView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const result = computeScaling(state);
  useAnnounce(result.ok ? t.announce(result, fmt) : `${t.impossible} ${result.errors.map((e) => t.issue(e, fmt)).join(' ')}`);
  return (
    <div className="scaling-law">
      <p className="sl-caveat"><RichText parts={t.caveat(name)} /></p>
      <Controls state={state} onChange={onChange} />
      {result.ok ? <Results r={result} /> : (
        <div className="sl-invalid">
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
    label, parse: (text: string) => readField(text, key), errorText: (e: FieldRefusal) => t.fieldError(e, fmt),
    format: key === 'budget' ? exponential : plain, width, inputMode: 'decimal' as const,
  });
  return (
    <div className="sl-controls">
      <SliderField
        className="sl-budget"
        value={state.budget}
        onChange={(budget) => onChange({ budget })}
        slider={{
          label: t.budgetSlider,
          min: 0,
          max: BUDGET_STEPS.length - 1,
          position: (v) => nearestStep(BUDGET_STEPS, v),
          valueAt: (p) => BUDGET_STEPS[p]!,
          format: (v) => t.budgetValue(v, fmt),
        }}
        field={field('budget', t.budgetField, '12ch')}
      />
      <fieldset className="sl-custom">
        <legend>{t.customLegend}</legend>
        <div className="sl-custom-row">
          <NumberField<number, FieldRefusal> {...field('alpha', t.alphaField, '8ch')} value={state.alpha} onChange={(alpha) => onChange({ alpha })} />
          <NumberField<number, FieldRefusal> {...field('A', t.AField, '8ch')} value={state.A} onChange={(A) => onChange({ A })} />
        </div>
      </fieldset>
    </div>
  );
}

/** How a number is written in a field: as JavaScript writes it, "3.8e+25" without the plus ("3.8e25"), "0.53"; empty if not finite. */
function plain(v: number): string {
  return Number.isFinite(v) ? String(v).replace('e+', 'e') : '';
}

/** The budget in a field: always in exponent form, as few digits as read back exactly ("3.8e25", "1e18"). */
function exponential(v: number): string {
  return Number.isFinite(v) ? v.toExponential().replace('e+', 'e') : '';
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r }: { r: ScalingOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="sl-results">
      <p className="sl-surface"><RichText parts={t.surfaceLine(fmt, name)} /></p>
      <Readout r={r} />
      <IsoChart reenactment={r.reenactment} />
      <LawChart r={r} />
      <Flatness r={r} />
      <Llamas />
      <details className="sl-notes-details">
        <summary>{t.notesSummary}</summary>
        <ul className="sl-notes">
          <li>{t.statedNote(r, fmt)}</li>
          <li>{t.exponentNote(r, fmt)}</li>
          {r.beyondRuns !== null && <li>{t.beyondNote(r, fmt)}</li>}
          {r.belowRuns && <li>{t.belowNote(fmt)}</li>}
        </ul>
      </details>
      <Data reenactment={r.reenactment} />
      <p className="sl-sources"><RichText parts={t.sources(name)} /></p>
    </div>
  );
}

const tok = (fmt: ReturnType<typeof useFormat>, n: number) => fmt.short(n, { digits: 4, trim: true });

function Readout({ r }: { r: ScalingOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.readoutColumns;
  return (
    <div className="sl-readout">
      <p className="sl-heading" aria-hidden="true">{t.readoutHeading(r.budget, fmt)}</p>
      <DataTable className="sl-readout-table" scroll={t.readoutHeading(r.budget, fmt)} caption={t.readoutHeading(r.budget, fmt)}>
        <thead>
          <tr><th scope="col">{c.law}</th><th scope="col">{c.tokens}</th><th scope="col">{c.params}</th></tr>
        </thead>
        <tbody>
          {LAW_IDS.map((id) => {
            const l = r.laws[id];
            return (
              <tr key={id} className={`sl-row-${id}`}>
                <th scope="row">
                  <LawSwatch id={id} />
                  <span className="sl-law-name">{t.lawName[id]}</span>{' '}
                  <span className="sl-law-source">{t.lawSource(id, r.customIsText)}</span>
                </th>
                {l.ok ? (
                  <>
                    <td>{tok(fmt, l.tokens)}</td>
                    <td>{fmt.short(l.params, { digits: 3 })}</td>
                  </>
                ) : <td colSpan={2} className="sl-law-issue">{t.lawIssue(l.issue, fmt)}</td>}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <p className="sl-key">{t.readoutKey}</p>
    </div>
  );
}

/** A law's line sample: each law has its own dash pattern (and the fit a solid line), so none rests on colour. */
function LawSwatch({ id }: { id: LawId }) {
  return (
    <svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      <line x1="1" x2="27" y1="6" y2="6" className={`sl-law sl-law-${id}`} />
    </svg>
  );
}

function Diamond({ p, className, r = 5 }: { p: Point; className: string; r?: number }) {
  return <path className={className} d={`M${p.x},${p.y - r}l${r},${r}l${-r},${r}l${-r},${-r}z`} />;
}

const IsoChart = memo(function IsoChart({ reenactment }: { reenactment: Reenactment }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const height = width < 420 ? 210 : 220;
  const g = useMemo(() => isoGeometry(reenactment, width, height, fmt), [reenactment, width, height, fmt]);
  const bottom = height - MARGIN.bottom;
  return (
    <div className="sl-panel" ref={ref}>
      <p className="sl-panel-title">{t.isoTitle}</p>
      <ul className="sl-legend">
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><circle className="sl-run" cx="14" cy="6" r="3" /></svg>{t.isoLegend.run}</li>
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line className="sl-parabola" x1="1" x2="27" y1="6" y2="6" /></svg>{t.isoLegend.parabola}</li>
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><Diamond className="sl-min" p={{ x: 14, y: 6 }} /></svg>{t.isoLegend.minimum}</li>
      </ul>
      <svg className="sl-svg" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={t.isoLabel(reenactment, fmt)}>
        <AxisY ticks={g.yTicks} x={MARGIN.left} gridTo={width - MARGIN.right} />
        <AxisX ticks={g.xTicks} y={bottom} gridTo={MARGIN.top} span={[MARGIN.left, width - MARGIN.right]} line title={t.isoAxisX} />
        <text className="sl-axis-y" x={4} y={Y_TITLE_Y}>{t.isoAxisY}</text>
        <g aria-hidden="true">
          {g.curves.map((c) => <path key={c.flops} className="sl-parabola" d={c.path} />)}
          {g.curves.map((c) => c.points.map((p, i) => <circle key={`${c.flops}-${i}`} className="sl-run" cx={p.x} cy={p.y} r={2.5} />))}
          {g.curves.map((c) => c.minimum && <Diamond key={c.flops} className="sl-min" p={c.minimum} />)}
          {g.curves.map((c) => c.label && (
            <text key={c.flops} className="sl-label" x={c.label.x} y={c.label.y} textAnchor={c.label.anchor}>{t.isoBudget(c.flops, fmt)}</text>
          ))}
        </g>
      </svg>
    </div>
  );
});

function LawChart({ r }: { r: ScalingOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const clip = useId();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const height = width < 420 ? 250 : 270;
  const g = lawGeometry(r, width, height, fmt);
  const bottom = height - MARGIN.bottom;
  const L = t.lawLegend;
  return (
    <div className="sl-panel" ref={ref}>
      <p className="sl-panel-title">{t.lawTitle}</p>
      <ul className="sl-legend">
        {g.lines.map((l) => <li key={l.id}><LawSwatch id={l.id} />{t.lawName[l.id]}</li>)}
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><circle className="sl-minimum" cx="14" cy="6" r="3.5" /></svg>{L.minima}</li>
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><Diamond className="sl-stated" p={{ x: 14, y: 6 }} /></svg>{L.stated}</li>
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><rect className="sl-llama" x="10" y="2" width="8" height="8" /></svg>{L.llama}</li>
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><rect className="sl-runs" x="2" y="0" width="24" height="12" /></svg>{L.runs}</li>
        <li><svg className="sl-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line className="sl-budget-line" x1="14" x2="14" y1="0" y2="12" /></svg>{L.budget}</li>
      </ul>
      <svg className="sl-svg" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={t.lawLabel(r, fmt)}>
        <defs>
          <clipPath id={clip}><rect x={MARGIN.left} y={MARGIN.top} width={width - MARGIN.left - MARGIN.right} height={bottom - MARGIN.top} /></clipPath>
        </defs>
        <rect className="sl-runs" x={g.runs.x0} y={MARGIN.top} width={g.runs.x1 - g.runs.x0} height={bottom - MARGIN.top} aria-hidden="true" />
        <AxisY ticks={g.yTicks} x={MARGIN.left} gridTo={width - MARGIN.right} />
        <AxisX ticks={g.xTicks} y={bottom} gridTo={MARGIN.top} span={[MARGIN.left, width - MARGIN.right]} line title={t.lawAxisX} />
        <text className="sl-axis-y" x={4} y={Y_TITLE_Y}>{t.lawAxisY}</text>
        <g aria-hidden="true">
          <g clipPath={`url(#${clip})`}>
            {g.lines.map((l) => <path key={l.id} className={`sl-law sl-law-${l.id}`} d={l.path} />)}
          </g>
          <line className="sl-budget-line" x1={g.budget.x} x2={g.budget.x} y1={MARGIN.top} y2={bottom} />
          {g.minima.map((p, i) => <circle key={i} className="sl-minimum" cx={p.x} cy={p.y} r={3.5} />)}
          {g.budget.readings.map((b) => <circle key={b.id} className={`sl-reading sl-reading-${b.id}`} cx={b.p.x} cy={b.p.y} r={3} />)}
          <Diamond className="sl-stated" p={g.stated} r={6} />
          {g.placements.map((p) => <rect key={p.key} className="sl-llama" x={p.p.x - 4} y={p.p.y - 4} width={8} height={8} />)}
          {g.placements.map((p) => {
            const pl = PLACEMENTS.find((q) => q.key === p.key)!;
            return p.label && (
              <text key={p.key} className="sl-label" x={p.p.x + (p.anchor === 'end' ? -7 : p.anchor === 'start' ? 7 : 0)} y={p.p.y + p.dy} textAnchor={p.anchor}>{t.placementLabel(pl)}</text>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

function Flatness({ r }: { r: ScalingOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="sl-flat">
      <p className="sl-heading">{t.flatHeading}</p>
      <p className="sl-intro">{t.flatText(r, PENALTY_FACTOR, fmt)}</p>
    </div>
  );
}

const Llamas = memo(function Llamas() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.llamaColumns;
  return (
    <div className="sl-llamas">
      <p className="sl-heading">{t.llamaHeading}</p>
      <DataTable className="sl-table" scroll={t.llamaHeading} caption={t.llamaHeading}>
        <thead>
          <tr>
            <th scope="col">{c.model}</th><th scope="col">{c.tokens}</th><th scope="col">{c.flops}</th>
            <th scope="col">{c.perParam}</th><th scope="col">{c.over}</th>
          </tr>
        </thead>
        <tbody>
          {PLACEMENTS.map((p) => (
            <tr key={p.key}>
              <th scope="row"><span className="sl-law-name">{t.placementName(p)}</span> <span className="sl-law-source">{t.placementSource(p)}</span></th>
              <td>{t.placementTokens(p, fmt)}</td>
              <td>{fmt.sci(p.flops, { digits: 3 })}</td>
              <td>{fmt.decimal(p.tokensPerParam, { digits: p.tokensPerParam >= 100 ? 0 : 1 })}</td>
              <td>{fmt.ratio(p.overTrained, { digits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="sl-intro">{t.llamaNote(fmt)}</p>
    </div>
  );
});

const Data = memo(function Data({ reenactment }: { reenactment: Reenactment }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.dataColumns;
  return (
    <DataDetails className="sl-data" summary={t.dataSummary}>
      <p className="sl-intro">{t.procedureNote(fmt)}</p>
      <DataTable scroll={t.dataLabel} caption={t.dataLabel}>
        <thead>
          <tr>
            <th scope="col">{c.budget}</th><th scope="col">{c.sizes}</th><th scope="col">{c.fitted}</th>
            <th scope="col">{c.fittedTokens}</th><th scope="col">{c.exact}</th><th scope="col">{c.loss}</th>
            <th scope="col">{c.smaller(PENALTY_FACTOR, fmt)}</th><th scope="col">{c.larger(PENALTY_FACTOR, fmt)}</th>
          </tr>
        </thead>
        <tbody>
          {reenactment.curves.map((b) => (
            <tr key={b.flops}>
              <th scope="row">{fmt.sci(b.flops, { digits: 3 })}</th>
              <td>{`${fmt.short(b.points[0]!.params, { digits: 2 })}–${fmt.short(b.points[b.points.length - 1]!.params, { digits: 2 })}`}</td>
              <td>{fmt.short(b.optimumParams, { digits: 3 })}</td>
              <td>{fmt.short(b.optimumTokens, { digits: 3 })}</td>
              <td>{fmt.short(b.exact.params, { digits: 3 })}</td>
              <td>{fmt.decimal(b.fittedLoss, { digits: 3 })}</td>
              <td>{`+${fmt.decimal(b.penalty.smaller, { digits: 4 })}`}</td>
              <td>{`+${fmt.decimal(b.penalty.larger, { digits: 4 })}`}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </DataDetails>
  );
});

export default island(meta, ScalingLawView, { messages });
