// View of rope-decay: the second base, Llama 3.1's scaling, the head dimension and a distance; the values at that
// distance; two log-distance panels (RoFormer's bound, the all-ones score) with one line per base, the longest-wavelength
// lines and where the bound stops falling at every step; notes, the caveat on what decay explains, a data table.
// Curves are cached (model.ts curveCache): moving the distance recomputes no curve, changing one base recomputes one.
import { useMemo, useState } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { AxisX, AxisY, DataDetails, DataTable, Segmented, SliderField } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { RichText, useFormat, useMessages } from '../../i18n/react';
import { wavelength } from '../../lib/llama';
import type { ViewProps } from '../types';
import { MARGIN, MEASURES, MIN_WIDTH, SERIES_IDS, panelDomain, panelGeometry, panelPaths, type Measure, type Point } from './chart';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  BASE_STEPS, DISTANCE_STEPS, HEAD_DIMS, PLOT_DISTANCES, REFERENCE_BASE, SCALINGS, computeDecay, curveCache, nearestStep,
  readField, tableRows, type DecayOk, type FieldRefusal, type LimitKey, type SeriesId,
} from './model';
import './ropeDecay.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

/** Chart width before the container is measured (server render), px. */
const DEFAULT_WIDTH = 640;

const name = (text: string) => <span translate="no">{text}</span>;

export function RopeDecayView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  // One cache per widget on the page: a slider drag reuses the curves, a new base computes one.
  const [curves] = useState(() => curveCache());
  const result = computeDecay(state, curves);
  useAnnounce(result.ok ? t.announce(result, fmt) : `${t.impossible} ${result.errors.map((e) => t.issue(e, fmt)).join(' ')}`);
  return (
    <div className="rope-decay">
      <Controls state={state} onChange={onChange} />
      {result.ok ? <Results r={result} /> : (
        <div className="rd-invalid">
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
  return (
    <div className="rd-controls">
      <div className="rd-sliders">
        <SliderField
          className="rd-base"
          value={state.base}
          onChange={(base) => onChange({ base })}
          slider={{
            label: t.baseSlider(REFERENCE_BASE, fmt),
            min: 0,
            max: BASE_STEPS.length - 1,
            position: (v) => nearestStep(BASE_STEPS, v),
            valueAt: (p) => BASE_STEPS[p]!,
            format: (v) => t.baseValue(v, fmt),
          }}
          field={field('base', t.baseField, '13ch')}
        />
        <SliderField
          className="rd-distance"
          value={state.distance}
          onChange={(distance) => onChange({ distance })}
          slider={{
            label: t.distanceSlider,
            min: 0,
            max: DISTANCE_STEPS.length - 1,
            position: (v) => nearestStep(DISTANCE_STEPS, v),
            valueAt: (p) => DISTANCE_STEPS[p]!,
            format: (v) => t.distanceValue(v, fmt),
            valueText: (v) => t.distanceValueText(v, fmt),
          }}
          field={field('distance', t.distanceField, '10ch')}
        />
      </div>
      <div className="rd-row">
        <Segmented
          legend={t.scalingLegend}
          value={state.scaling}
          options={SCALINGS.map((s) => ({ value: s, label: t.scalingOption(s, fmt) }))}
          onChange={(scaling) => onChange({ scaling })}
        />
        <Segmented
          legend={t.headDimLegend}
          value={state.headDim}
          options={HEAD_DIMS.map((h) => ({ value: h, label: t.headDimOption(Number(h), fmt) }))}
          onChange={(headDim) => onChange({ headDim })}
        />
      </div>
    </div>
  );
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r }: { r: DecayOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="rd-results">
      <Readout r={r} />
      <Legend r={r} />
      {MEASURES.map((m) => <Panel key={m} r={r} measure={m} />)}
      <ul className="rd-notes">
        <li>{t.wrapNote(r, fmt)}</li>
        <li>{t.fallNote(r, fmt)}</li>
        {r.scaling === 'llama31' && <li>{t.scalingNote(fmt)}</li>}
        {r.notes.map((n) => t.note(n, fmt)).map((n) => <li key={n}>{n}</li>)}
        <li>{t.samplingNote(PLOT_DISTANCES.length, r.pairs, wavelength(r.reference.invFreqs[0]!), fmt)}</li>
      </ul>
      <div className="rd-caveat">
        <p className="rd-caveat-head">{t.caveatHeading}</p>
        <p><RichText parts={t.caveat(name)} /></p>
      </div>
      <Data r={r} />
      <p className="rd-sources">
        <RichText parts={t.sources(fmt, name).map((p, i) => (typeof p === 'object' && p !== null && 'cite' in p ? <Cite key={i} text={p.cite} /> : p))} />
      </p>
    </div>
  );
}

function Readout({ r }: { r: DecayOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.readoutColumns;
  const curves = [r.reference, r.compared];
  // One column per curve and one row per measure: three columns fit a 320 px screen.
  return (
    <div className="rd-readout">
      <p className="rd-readout-head">{t.readoutHeading(r.distance, fmt)}</p>
      <DataTable className="rd-readout-table" scroll={t.readoutLabel(r.distance, fmt)} caption={t.readoutLabel(r.distance, fmt)}>
        <thead>
          <tr>
            <td />
            {curves.map((s) => <th key={s.id} scope="col"><SeriesSwatch id={s.id} />{t.seriesName(s, fmt)}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{c.bound}</th>
            {curves.map((s) => <td key={s.id}>{fmt.decimal(s.reading.bound, { digits: 2 })}</td>)}
          </tr>
          <tr>
            <th scope="row">{c.ones}</th>
            {curves.map((s) => <td key={s.id}>{fmt.decimal(s.reading.ones, { digits: 3 })}</td>)}
          </tr>
          <tr>
            <th scope="row">{c.unturned}</th>
            {curves.map((s) => <td key={s.id}>{t.unturnedCell(s.reading.unturned, r.pairs, fmt)}</td>)}
          </tr>
        </tbody>
      </DataTable>
      <p className="rd-key">{t.readoutKey}</p>
    </div>
  );
}

/** A line with its marker shape: circle for the 10,000 line, square for the other. */
function SeriesSwatch({ id }: { id: SeriesId }) {
  return (
    <svg className="rd-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      <line x1="1" x2="27" y1="6" y2="6" className={`rd-line rd-${id}`} />
      <Marker id={id} p={{ x: 14, y: 6 }} />
    </svg>
  );
}

function Marker({ id, p }: { id: SeriesId; p: Point }) {
  return id === 'reference'
    ? <circle className={`rd-mark rd-mark-${id}`} cx={p.x} cy={p.y} r={4} />
    : <rect className={`rd-mark rd-mark-${id}`} x={p.x - 4} y={p.y - 4} width={8} height={8} />;
}

/** The fall marker: a triangle pointing up (the bound rises next), hollow, in the line's colour. */
function Fall({ id, p }: { id: SeriesId; p: Point }) {
  return <path className={`rd-fall rd-fall-${id}`} d={`M${p.x},${p.y - 9}l5,8h-10z`} />;
}

function Legend({ r }: { r: DecayOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <ul className="rd-legend">
      {[r.reference, r.compared].map((s) => <li key={s.id}><SeriesSwatch id={s.id} />{t.seriesName(s, fmt)}</li>)}
      <li>
        <svg className="rd-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line x1="14" x2="14" y1="0" y2="12" className="rd-wrap" /></svg>
        {t.legendWrap}
      </li>
      <li>
        <svg className="rd-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><Fall id="reference" p={{ x: 14, y: 11 }} /></svg>
        {t.legendFall}
      </li>
      <li>
        <svg className="rd-swatch" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line x1="14" x2="14" y1="0" y2="12" className="rd-chosen" /></svg>
        {t.legendDistance}
      </li>
    </ul>
  );
}

function Panel({ r, measure }: { r: DecayOk; measure: Measure }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const narrow = width < 420;
  const height = narrow ? 180 : 184;
  const bottom = narrow ? MARGIN.bottom + 12 : MARGIN.bottom;
  const margin = useMemo(() => ({ ...MARGIN, bottom }), [bottom]);
  const [lo, hi] = panelDomain(r, measure);
  // The lines change only with the curves (cached), the size or the domain: moving the distance keeps them.
  const { reference, compared } = r;
  const paths = useMemo(
    () => panelPaths({ reference: reference.curve, compared: compared.curve }, measure, width, height, margin, [lo, hi]),
    [reference.curve, compared.curve, measure, width, height, margin, lo, hi],
  );
  const g = panelGeometry(r, measure, width, height, fmt, margin, paths);
  const plotBottom = height - margin.bottom;
  const axisX = margin.left + (width - margin.left - margin.right) / 2;
  const series = { reference: r.reference, compared: r.compared };
  return (
    <div className="rd-panel" ref={ref}>
      <p className="rd-panel-title">{t.panelTitle[measure]}</p>
      <svg className="rd-svg" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={t.chartLabel(measure, r, fmt)}>
        <AxisY ticks={g.yTicks} x={margin.left} gridTo={width - margin.right} />
        <AxisX ticks={g.xTicks} y={plotBottom} gridTo={margin.top} span={[margin.left, width - margin.right]} line
          title={narrow ? <>{t.axisTitle[0]}<tspan x={axisX} dy="1.2em">{t.axisTitle[1]}</tspan></> : t.axisTitleLine} />
        <g aria-hidden="true">
          {g.zeroY !== null && <line className="rd-zero" x1={margin.left} x2={width - margin.right} y1={g.zeroY} y2={g.zeroY} />}
          {g.wraps.map((w) => <line key={w.id} className={`rd-wrap rd-wrap-${w.id}`} x1={w.x} x2={w.x} y1={margin.top} y2={plotBottom} />)}
          <line className="rd-chosen" x1={g.chosen.x} x2={g.chosen.x} y1={margin.top} y2={plotBottom} />
          {SERIES_IDS.map((id) => <path key={id} className={`rd-line rd-${id}`} d={g.paths[id]} />)}
          {SERIES_IDS.map((id) => g.markers[id].map((p, i) => <Marker key={`${id}${i}`} id={id} p={p} />))}
          {g.falls.map((f) => <Fall key={f.id} id={f.id} p={f} />)}
          {SERIES_IDS.map((id) => <circle key={id} className={`rd-dot rd-dot-${id}`} cx={g.chosen.points[id].x} cy={g.chosen.points[id].y} r={5.5} />)}
          {/* Labels last, so their halo keeps them readable over the lines. */}
          {measure === 'bound' && g.wraps.map((w) => (
            <text key={w.id} className="rd-wrap-label" x={w.x + (w.anchor === 'end' ? -4 : 4)} y={margin.top + 10 + w.row * 13} textAnchor={w.anchor}>
              {`${w.id === 'reference' ? '●' : '■'} ${t.wrapLabel(series[w.id].longestWavelength, fmt)}`}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}

function Data({ r }: { r: DecayOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const names = { reference: t.seriesName(r.reference, fmt), compared: t.seriesName(r.compared, fmt) };
  return (
    <DataDetails className="rd-data" summary={t.dataSummary}>
      <DataTable scroll={t.dataLabel} caption={t.dataLabel}>
        <thead>
          <tr>
            <th scope="col">{t.distanceColumn}</th>
            {MEASURES.flatMap((m) => SERIES_IDS.map((id) => <th key={`${m}${id}`} scope="col">{t.measureColumn(m, names[id])}</th>))}
          </tr>
        </thead>
        <tbody>
          {tableRows(r).map((row) => (
            <tr key={row.distance} className={row.chosen ? 'is-current' : undefined}>
              <th scope="row">{t.distanceRow(row.distance, row.chosen, fmt)}</th>
              {SERIES_IDS.map((id) => <td key={`b${id}`}>{fmt.decimal(row.bound[id], { digits: 2 })}</td>)}
              {SERIES_IDS.map((id) => <td key={`o${id}`}>{fmt.decimal(row.ones[id], { digits: 3 })}</td>)}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="rd-table-note">{t.tableNote(fmt)}</p>
    </DataDetails>
  );
}

export default island(meta, RopeDecayView, { messages });
