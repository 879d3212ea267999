// View of kv-cache: model and attention controls, the exact cache size, a log–log chart of cache against context
// with weight and GPU memory lines, the bandwidth bound on decoding, and a data table.
import { useId } from 'react';
import { useAnnounce } from '../../components/announce';
import { CitedText } from '../../components/Cite';
import { GPUS, GPU_IDS, type GpuId } from '../../data/gpus';
import { MODELS, type ModelId } from '../../data/models';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, Segmented, Select, SliderField } from '../../components/kit';
import { shellMessages } from '../../components/messages';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useSvgTextWidth } from '../../components/useSvgTextWidth';
import { RichText, useFormat, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import { CHART_MARGIN, MIN_CHART_WIDTH, chartGeometry, type ChartGeometry } from './chart';
import { meta, fields } from './meta';
import { messages } from './messages';
import { DTYPE_IDS } from '../../lib/llama';
import {
  ATTENTION_KINDS, BYTE_UNITS, CUSTOM_FIELDS, LIMITS, MODEL_CHOICES, UNIT_SYSTEMS, cacheTable, computeKv, readCount, resolveShape,
  storedKvHeads, summarize, type CountKey, type KvOk, type KvState, type ModelChoice, type UnitSystem,
} from './model';
import './kvCache.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

/** Chart width before the container is measured (server render), px. */
const DEFAULT_CHART_WIDTH = 640;

const strong = (text: string) => <strong>{text}</strong>;

export function KvCacheView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const shell = useMessages(shellMessages);
  const fmt = useFormat();
  const result = computeKv(state);
  const { shape } = resolveShape(state);
  useAnnounce(result.ok
    ? t.announce(result, BYTE_UNITS[state.unit], fmt)
    : t.impossibleAnnounced(result.errors.map((i) => t.issue(i, fmt))));
  const modelLabel = (m: ModelChoice) => (m === 'custom' ? shell.customModel : MODELS[m as ModelId].name);

  function chooseModel(model: ModelChoice) {
    if (model === 'custom' && state.model !== 'custom') {
      const s = resolveShape(state).shape; // start the custom shape from the model on screen
      onChange({ model, layers: s.layers, heads: s.heads, kvHeads: s.kvHeads, headDim: s.headDim });
    } else {
      onChange({ model });
    }
  }

  return (
    <div className="kv-cache">
      <div className="kv-controls">
        <div className="kv-row">
          <Select
            label={t.modelLabel}
            value={state.model}
            options={MODEL_CHOICES.map((m) => ({ value: m, label: modelLabel(m) }))}
            onChange={chooseModel}
          />
          <Segmented
            legend={t.attentionLegend}
            value={state.attention}
            options={ATTENTION_KINDS.map((k) => ({ value: k, label: t.attentionOption(k, storedKvHeads(shape, k), fmt) }))}
            onChange={(attention) => onChange({ attention })}
          />
        </div>
        {state.model === 'custom' && <CustomShape state={state} onChange={onChange} />}
        <div className="kv-row kv-row-counts">
          <CountControl count="context" value={state.context} onChange={(context) => onChange({ context })} />
          <CountControl count="batch" value={state.batch} onChange={(batch) => onChange({ batch })} />
        </div>
        <div className="kv-row">
          <Segmented
            legend={t.precisionLegend}
            value={state.dtype}
            options={DTYPE_IDS.map((d) => ({ value: d, label: t.dtypeOption[d] }))}
            onChange={(dtype) => onChange({ dtype })}
          />
          <Segmented
            legend={t.gpuLegend}
            value={state.gpu}
            options={GPU_IDS.map((g) => ({ value: g, label: GPUS[g].short }))}
            onChange={(gpu: GpuId) => onChange({ gpu })}
          />
          <Segmented
            legend={t.unitsLegend}
            value={state.unit}
            options={UNIT_SYSTEMS.map((u) => ({ value: u, label: t.unitOption[u] }))}
            onChange={(unit) => onChange({ unit })}
          />
        </div>
      </div>
      {result.ok ? <Results r={result} state={state} /> : (
        <div className="kv-invalid">
          <p><strong>{t.impossible}</strong></p>
          <ul>{result.errors.map((i) => t.issue(i, fmt)).map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

/** A count edited on a powers-of-two slider or typed exactly (with K and M suffixes for the context). */
function CountControl({ count, value, onChange }: { count: CountKey; value: number; onChange: (v: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const words = t.count[count];
  const maxExp = Math.round(Math.log2(LIMITS[count].max));
  const shown = (v: number) => words.value(v, fmt);
  return (
    <SliderField
      className="kv-count"
      value={value}
      onChange={onChange}
      slider={{
        label: t.countSlider(words.label),
        min: 0,
        max: maxExp,
        position: (v) => Math.min(maxExp, Math.max(0, Math.round(Math.log2(v)))),
        valueAt: (e) => 2 ** e,
        format: shown,
        // Contexts are usually written in binary thousands: "65,536 tokens (64K)".
        valueText: (v) => (count === 'context' && v >= 1_024 ? t.countWithShort(shown(v), fmt.binaryShort(v)) : shown(v)),
      }}
      field={{
        label: words.fieldLabel, parse: (text) => readCount(text, count), errorText: (e) => t.countError(words.label, e, fmt),
        format: fmt.int, width: '10ch',
      }}
    />
  );
}

function CustomShape({ state, onChange }: { state: State; onChange: OnChange }) {
  const t = useMessages(messages);
  const shell = useMessages(shellMessages);
  const fmt = useFormat();
  return (
    <fieldset className="kv-custom">
      <legend>{shell.customModel}</legend>
      {CUSTOM_FIELDS.map((key) => (
        <NumberField key={key} label={t.customField[key]} value={state[key]} width="7ch" format={fmt.int}
          parse={(text) => readCount(text, key)} errorText={(e) => t.countError(t.customField[key], e, fmt)}
          onChange={(v) => onChange({ [key]: v })} />
      ))}
    </fieldset>
  );
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r, state }: { r: KvOk; state: KvState }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const unit = state.unit;
  const units = BYTE_UNITS[unit];
  const name = t.modelName(r.model, r.preset);
  return (
    <div className="kv-results">
      <div className="kv-headline">
        <p className="kv-label">{t.cacheHeading(r.batch, r.context, fmt)}</p>
        <p className="kv-total">
          <span className="kv-bytes">{t.exactBytes(r.totalBytes, fmt)}</span>{' '}
          <span className="kv-human">{t.sizeEquals(fmt.bytesExact(r.totalBytes, { units }))}</span>
        </p>
        <p className="kv-formula"><RichText parts={t.formula(r, units, fmt, strong)} /></p>
      </div>
      <Memory r={r} unit={unit} />
      <Chart r={r} unit={unit} label={t.describe(summarize(state, r), fmt)} />
      <Decode r={r} unit={unit} />
      {r.notes.length > 0 && (
        <ul className="kv-notes">{r.notes.map((n) => t.note(n, name, fmt)).map((n) => <li key={n}>{n}</li>)}</ul>
      )}
      <Data r={r} unit={unit} />
      <Sources r={r} />
    </div>
  );
}

/** Where every input number comes from; everything else on screen is computed from these. */
function Sources({ r }: { r: KvOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return <p className="kv-caveat kv-sources"><CitedText parts={t.sources(r, fmt)} /></p>;
}

function Memory({ r, unit }: { r: KvOk; unit: UnitSystem }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const units = BYTE_UNITS[unit];
  const { weightBytes, parameters, cacheToWeights } = r;
  if (weightBytes === null || parameters === null || cacheToWeights === null) {
    return <p className="kv-memory">{t.customMemory(r, fmt)}</p>;
  }
  return (
    <>
      <p className="kv-ratio"><RichText parts={t.cacheToWeights({ ...r, cacheToWeights }, fmt, strong)} /></p>
      <p className="kv-memory">{t.memory({ ...r, weightBytes, parameters }, units, fmt)}</p>
    </>
  );
}

function Decode({ r, unit }: { r: KvOk; unit: UnitSystem }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const units = BYTE_UNITS[unit];
  return (
    <div className="kv-decode">
      <p className="kv-subhead">{t.decodeHeading}</p>
      <p><RichText parts={t.decode(r, units, fmt, strong)} /></p>
      <p className="kv-caveat">{t.decodeCaveat(r, units, fmt)}</p>
    </div>
  );
}

// ── Chart ───────────────────────────────────────────────────────────────────────────────────────

function Chart({ r, unit, label }: { r: KvOk; unit: UnitSystem; label: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  // No minimum beyond what the geometry needs: the chart is as wide as its box, down to a 320 px screen.
  const [ref, width] = useWidth(DEFAULT_CHART_WIDTH, MIN_CHART_WIDTH);
  const narrow = width < 420;
  const height = narrow ? 262 : 290;
  const margin = narrow ? { ...CHART_MARGIN, bottom: CHART_MARGIN.bottom + 12 } : CHART_MARGIN;
  // The weights label starts after the widest GPU label as drawn (it grows with text-spacing settings).
  const [svgRef, gpuLabelW] = useSvgTextWidth('.kv-hlabel[data-gpu]');
  const g: ChartGeometry = chartGeometry(r, unit, fmt, width, height, margin, gpuLabelW);
  const titleId = useId();
  const plotBottom = height - margin.bottom;
  const axisX = margin.left + (width - margin.left - margin.right) / 2;
  return (
    <div className="kv-chart" ref={ref}>
      <ul className="kv-legend">
        {g.series.map((s) => (
          <li key={s.kind} className={s.selected ? 'is-selected' : undefined}>
            <svg viewBox="0 0 28 10" aria-hidden="true" focusable="false"><line x1="1" x2="27" y1="5" y2="5" className={`kv-line kv-${s.kind}`} /></svg>
            {t.legendSeries(s.kind, s.kvHeads, s.selected, fmt)}
          </li>
        ))}
        {r.weightBytes !== null && (
          <li><svg viewBox="0 0 28 10" aria-hidden="true" focusable="false"><line x1="1" x2="27" y1="5" y2="5" className="kv-hline kv-weights" /></svg>{t.legendWeights}</li>
        )}
        <li><svg viewBox="0 0 28 10" aria-hidden="true" focusable="false"><line x1="1" x2="27" y1="5" y2="5" className="kv-hline kv-gpu" /></svg>{t.legendGpu}</li>
      </ul>
      <svg ref={svgRef} className="kv-svg" viewBox={`0 0 ${width} ${height}`} height={height} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t.chartTitle(label)}</title>
        <AxisY ticks={g.yTicks} x={margin.left} gridTo={width - margin.right} />
        <AxisX ticks={g.xTicks} y={plotBottom} gridTo={margin.top} span={[margin.left, width - margin.right]}
          title={narrow
            ? <>{t.axisTitle[0]}<tspan x={axisX} dy="1.2em">{t.axisTitle[1]}</tspan></>
            : t.axisTitleLine} />
        {g.maxContextX !== null && (
          <g className="kv-maxctx" aria-hidden="true">
            <line x1={g.maxContextX} x2={g.maxContextX} y1={margin.top} y2={plotBottom} />
            <text x={g.maxContextX - 4} y={margin.top + 10} textAnchor="end">{t.maxContext(fmt.binaryShort(r.maxContext))}</text>
          </g>
        )}
        <g aria-hidden="true">
          {g.hlines.map((h) => (
            <g key={h.id} className={`kv-hgroup${h.selected ? ' is-selected' : ''}`}>
              <line x1={margin.left} x2={width - margin.right} y1={h.y} y2={h.y} className={`kv-hline ${h.id === 'weights' ? 'kv-weights' : 'kv-gpu'}`} />
              <text
                x={h.labelX}
                y={h.y} dy={h.labelSide === 'above' ? '-0.4em' : '1.05em'}
                className="kv-hlabel"
                data-gpu={h.id === 'weights' ? undefined : ''}
              >
                {h.id === 'weights' ? t.weightsLine(r.dtype) : t.gpuLine(h.id, fmt)}
              </text>
            </g>
          ))}
          {g.series.map((s) => (
            <line key={s.kind} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} className={`kv-line kv-${s.kind}${s.selected ? ' is-selected' : ''}`} />
          ))}
          <line className="kv-marker-line" x1={g.marker.x} x2={g.marker.x} y1={margin.top} y2={plotBottom} />
          <circle className={`kv-marker kv-fill-${r.attention}`} cx={g.marker.x} cy={g.marker.y} r={5} />
        </g>
      </svg>
    </div>
  );
}

function Data({ r, unit }: { r: KvOk; unit: UnitSystem }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <DataDetails className="kv-data" summary={t.dataSummary(r, fmt)}>
      <DataTable scroll={t.dataScroll(r, fmt)} caption={t.dataCaption(t.modelName(r.model, r.preset))}>
        <thead>
          <tr>
            <th scope="col">{t.contextColumn}</th>
            {ATTENTION_KINDS.map((k) => <th key={k} scope="col">{t.attentionColumn(k, r.variants[k].kvHeads, fmt)}</th>)}
          </tr>
        </thead>
        <tbody>
          {cacheTable(r).map((row) => (
            <tr key={row.context} className={row.chosen ? 'is-current' : undefined}>
              <th scope="row">{t.contextRow(row.context, row.chosen, fmt)}</th>
              {ATTENTION_KINDS.map((k) => (
                <td key={k}>{fmt.bytesExact(row.bytes[k], { units: BYTE_UNITS[unit] }).text}<span className="kv-exact">{t.bytesCell(row.bytes[k], fmt)}</span></td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="kv-table-note">{t.tableNote(r, GPU_IDS, fmt)}</p>
    </DataDetails>
  );
}

export default island(meta, KvCacheView, { messages });
