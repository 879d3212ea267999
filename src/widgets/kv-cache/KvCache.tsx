// View of kv-cache: model and attention controls, the exact cache size, a log–log chart of cache against context
// with weight and GPU memory lines, the bandwidth bound on decoding, and a data table.
import { useId } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { GPUS, GPU_IDS, GPU_MEMORY_NOTE, type GpuId } from '../../data/gpus';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, MODELS } from '../../data/models';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, Segmented, Select, SliderField } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useSvgTextWidth } from '../../components/useSvgTextWidth';
import { useFormat } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { ViewProps } from '../types';
import { CHART_MARGIN, MIN_CHART_WIDTH, chartGeometry, type ChartGeometry } from './chart';
import { meta, fields } from './meta';
import { DTYPE_IDS, DTYPES, type DtypeId } from '../../lib/llama';
import {
  ATTENTION_KINDS, BYTE_UNITS, LIMITS, MODEL_CHOICES, computeKv, describe, readCount, resolveShape, tableContexts,
  type AttentionKind, type KvOk, type KvState, type ModelChoice, type UnitSystem,
} from './model';
import './kvCache.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

const MODEL_LABEL: Record<ModelChoice, string> = {
  'llama3-8b': MODELS['llama3-8b'].name,
  'llama3-70b': MODELS['llama3-70b'].name,
  'llama3-405b': MODELS['llama3-405b'].name,
  'llama2-7b': MODELS['llama2-7b'].name,
  'llama2-70b': MODELS['llama2-70b'].name,
  custom: 'Custom shape',
};
const ATTENTION_SHORT: Record<AttentionKind, string> = { mha: 'MHA', gqa: 'GQA', mqa: 'MQA' };
const DTYPE_LABEL: Record<DtypeId, string> = { fp32: 'fp32 · 4 B', bf16: 'bf16 · 2 B', fp8: 'fp8 · 1 B', int4: 'int4 · ½ B' };
const UNIT_LABEL: Record<UnitSystem, string> = { gib: 'GiB (2³⁰ B)', gb: 'GB (10⁹ B)' };

/** The URL's default context (meta.ts) is Llama 3.1's window; Llama 3 (April 2024) had 8,192. */
const DEFAULT_CONTEXT = CONTEXT_LLAMA31;
const LLAMA3_APRIL_CONTEXT = CONTEXT_LLAMA3;

/** Chart width before the container is measured (server render), px. */
const DEFAULT_CHART_WIDTH = 640;

export function KvCacheView({ state, onChange }: ViewProps<typeof fields>) {
  const fmt = useFormat();
  const result = computeKv(state);
  const { shape } = resolveShape(state);
  useAnnounce(result.ok ? resultSentence(result, state.unit, fmt) : `This shape is impossible: ${result.errors.join(' ')}`);

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
            label="Model"
            value={state.model}
            options={MODEL_CHOICES.map((m) => ({ value: m, label: MODEL_LABEL[m] }))}
            onChange={chooseModel}
          />
          <Segmented
            legend="Attention (KV heads stored)"
            value={state.attention}
            options={ATTENTION_KINDS.map((k) => ({ value: k, label: `${ATTENTION_SHORT[k]} · ${headsLabel(shape, k, fmt)}` }))}
            onChange={(attention) => onChange({ attention })}
          />
        </div>
        {state.model === 'custom' && <CustomShape state={state} onChange={onChange} />}
        <div className="kv-row kv-row-counts">
          <CountControl
            label="Context" unitWord="tokens" value={state.context} limit={LIMITS.context} suffixes
            fieldLabel="Context, exact tokens" onChange={(context) => onChange({ context })}
          />
          <CountControl
            label="Batch" unitWord="sequences" value={state.batch} limit={LIMITS.batch}
            fieldLabel="Batch, exact sequences" onChange={(batch) => onChange({ batch })}
          />
        </div>
        <div className="kv-row">
          <Segmented
            legend="Precision of cache and weights"
            value={state.dtype}
            options={DTYPE_IDS.map((d) => ({ value: d, label: DTYPE_LABEL[d] }))}
            onChange={(dtype) => onChange({ dtype })}
          />
          <Segmented
            legend="GPU"
            value={state.gpu}
            options={GPU_IDS.map((g) => ({ value: g, label: GPUS[g].short }))}
            onChange={(gpu: GpuId) => onChange({ gpu })}
          />
          <Segmented
            legend="Units"
            value={state.unit}
            options={(['gib', 'gb'] as const).map((u) => ({ value: u, label: UNIT_LABEL[u] }))}
            onChange={(unit) => onChange({ unit })}
          />
        </div>
      </div>
      {result.ok ? <Results r={result} state={state} /> : (
        <div className="kv-invalid">
          <p><strong>This shape is impossible, so nothing is computed.</strong></p>
          <ul>{result.errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

/** The result in one sentence, spoken once the controls settle: the size, its ratio to the weights, what holds it. */
function resultSentence(r: KvOk, unit: UnitSystem, fmt: Format): string {
  const size = `KV cache for ${fmt.int(r.batch)} × ${fmt.int(r.context)} tokens: ${fmt.bytesExact(r.totalBytes, { units: BYTE_UNITS[unit] }).text} (${fmt.int(r.totalBytes)} bytes).`;
  const ratio = r.weightBytes === null ? '' : ` ${fmt.rate(Number(r.totalBytes) / Number(r.weightBytes))} times the weights.`;
  const what = r.weightBytes === null ? 'The cache alone' : 'Weights and cache';
  const hold = r.gpusToHold <= 1 ? ` ${what} fit in one ${r.gpu.short}.` : ` ${what} need at least ${fmt.int(r.gpusToHold)} ${r.gpu.short}s.`;
  return size + ratio + hold;
}

/** "= 16 GiB" when exact, "≈15.0 GiB" when rounded (never "= ≈"). */
function approxEq(b: { text: string; exact: boolean }): string {
  return b.exact ? `= ${b.text}` : b.text;
}

function headsLabel(shape: { heads: number; kvHeads: number }, k: AttentionKind, fmt: Format): string {
  const n = k === 'mha' ? shape.heads : k === 'mqa' ? 1 : shape.kvHeads;
  return Number.isInteger(n) && n > 0 ? fmt.int(n) : '?';
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

/** A count edited on a powers-of-two slider or typed exactly (with K and M suffixes for the context). */
function CountControl({ label, unitWord, value, limit, suffixes = false, fieldLabel, onChange }: {
  label: string;
  unitWord: string;
  value: number;
  limit: { min: number; max: number };
  suffixes?: boolean;
  fieldLabel: string;
  onChange: (v: number) => void;
}) {
  const fmt = useFormat();
  const maxExp = Math.round(Math.log2(limit.max));
  const shown = (v: number) => `${fmt.int(v)} ${v === 1 ? unitWord.replace(/s$/, '') : unitWord}`;
  return (
    <SliderField
      className="kv-count"
      value={value}
      onChange={onChange}
      slider={{
        label: `${label} (powers of two)`,
        min: 0,
        max: maxExp,
        position: (v) => Math.min(maxExp, Math.max(0, Math.round(Math.log2(v)))),
        valueAt: (e) => 2 ** e,
        format: shown,
        valueText: (v) => (suffixes && v >= 1_024 ? `${shown(v)} (${fmt.binaryShort(v)})` : shown(v)),
      }}
      field={{ label: fieldLabel, parse: (t) => readCount(t, label, limit.min, limit.max, suffixes), format: fmt.int, width: '10ch' }}
    />
  );
}

const CUSTOM_FIELDS = [
  { key: 'layers', label: 'Layers' },
  { key: 'heads', label: 'Query heads' },
  { key: 'kvHeads', label: 'KV heads (GQA)' },
  { key: 'headDim', label: 'Head dimension' },
] as const;

function CustomShape({ state, onChange }: { state: State; onChange: OnChange }) {
  const fmt = useFormat();
  return (
    <fieldset className="kv-custom">
      <legend>Custom shape</legend>
      {CUSTOM_FIELDS.map((f) => (
        <NumberField key={f.key} label={f.label} value={state[f.key]} width="7ch" format={fmt.int}
          parse={(t) => readCount(t, f.label, LIMITS[f.key].min, LIMITS[f.key].max)} onChange={(v) => onChange({ [f.key]: v })} />
      ))}
    </fieldset>
  );
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r, state }: { r: KvOk; state: KvState }) {
  const fmt = useFormat();
  const unit = state.unit;
  const units = BYTE_UNITS[unit];
  const total = fmt.bytesExact(r.totalBytes, { units });
  const perToken = fmt.bytesExact(r.bytesPerToken, { units });
  const bytesPerElement = DTYPES[r.dtype].bits / 8;
  return (
    <div className="kv-results">
      <div className="kv-headline">
        <p className="kv-label">KV cache, {fmt.int(r.batch)} × {fmt.int(r.context)} tokens</p>
        <p className="kv-total">
          <span className="kv-bytes">{fmt.int(r.totalBytes)}&nbsp;bytes</span>{' '}
          <span className="kv-human">{approxEq(total)}</span>
        </p>
        <p className="kv-formula">
          2 (K and V) × {fmt.int(r.shape.layers)} layers × {fmt.int(r.kvHeads)} KV {r.kvHeads === 1 ? 'head' : 'heads'} × {fmt.int(r.shape.headDim)} dims
          × {bytesPerElement} {bytesPerElement === 1 ? 'byte' : 'bytes'} = <strong>{fmt.int(r.bytesPerToken)} bytes per token</strong> ({perToken.text}),
          then × {fmt.int(r.context)} tokens × {fmt.int(r.batch)} {r.batch === 1 ? 'sequence' : 'sequences'}.
          {r.groupSize > 1 && <> Each KV head serves {fmt.int(r.groupSize)} query heads.</>}
        </p>
      </div>
      <Memory r={r} unit={unit} />
      <Chart r={r} unit={unit} label={describe(state)} />
      <Decode r={r} unit={unit} />
      {r.notes.length > 0 && (
        <ul className="kv-notes">{r.notes.map((n) => <li key={n}>{n}</li>)}</ul>
      )}
      <Data r={r} unit={unit} />
      <Sources r={r} />
    </div>
  );
}

/** Where every input number comes from; everything else on screen is computed from these. */
function Sources({ r }: { r: KvOk }) {
  const fmt = useFormat();
  const m = r.preset;
  return (
    <p className="kv-caveat kv-sources">
      Sources: {m ? (
        <>
          shapes of {m.name}: <Cite text={m.source} />; its window, {fmt.int(m.contextTokens)} tokens: <Cite text={m.contextCite} />
          {m.earlier && <> ({m.earlier.name}, {m.earlier.date}: {fmt.int(m.earlier.contextTokens)}, <Cite text={m.earlier.contextCite} />)</>}
        </>
      ) : 'the custom shape is yours'}; {r.gpu.short}: <Cite text={r.gpu.cite} />. {GPU_MEMORY_NOTE} The default context,
      {' '}{fmt.int(DEFAULT_CONTEXT)} tokens, is the Llama 3.1 window; the April 2024 Llama 3 models had {fmt.int(LLAMA3_APRIL_CONTEXT)}.
      Every other number is computed from these and the controls above.
    </p>
  );
}

function Memory({ r, unit }: { r: KvOk; unit: UnitSystem }) {
  const fmt = useFormat();
  const units = BYTE_UNITS[unit];
  const gpu = r.gpu;
  const capacity = gpu.memoryLabel;
  if (r.weightBytes === null || r.parameters === null || r.cacheToWeights === null) {
    return (
      <p className="kv-memory">
        Weights are not shown for a custom shape (its width, feed-forward size and vocabulary are not given).
        The cache alone {r.gpusToHold <= 1 ? <>fits in one {gpu.short} ({capacity})</> : <>needs at least {fmt.int(r.gpusToHold)} {gpu.short}s ({capacity} each) just to be held</>}.
      </p>
    );
  }
  const ratio = r.cacheToWeights;
  return (
    <>
      <p className="kv-ratio">
        KV cache ÷ weights: <strong>{fmt.ratio(ratio)}</strong>{' '}
        {ratio > 1 ? '(the cache is larger than the weights)' : ratio < 1 ? '(the weights are larger than the cache)' : '(as large as the weights)'}
        {' '}for {fmt.int(r.batch)} × {fmt.int(r.context)} tokens in {r.dtype}.
      </p>
      <p className="kv-memory">
        Weights in {r.dtype} ({fmt.int(r.parameters)} parameters): {fmt.int(r.weightBytes)} bytes ({fmt.bytesExact(r.weightBytes, { units }).text}).
        Weights + cache {approxEq(fmt.bytesExact(r.residentBytes, { units }))}:{' '}
        {r.gpusToHold <= 1
          ? <>fits in one {gpu.short} ({capacity}).</>
          : <>needs at least {fmt.int(r.gpusToHold)} {gpu.short}s ({capacity} each) just to be held.</>}
      </p>
    </>
  );
}

function Decode({ r, unit }: { r: KvOk; unit: UnitSystem }) {
  const fmt = useFormat();
  const units = BYTE_UNITS[unit];
  const d = r.decode;
  const gpu = r.gpu;
  const tbps = `${fmt.bytes(gpu.bandwidthBytesPerSecond, { units: 'decimal' })}/s`;
  const cacheRead = fmt.bytesExact(r.totalBytes, { units }).text;
  return (
    <div className="kv-decode">
      <p className="kv-subhead">Decoding speed, bounded by memory bandwidth</p>
      <p>
        Each decode step produces one token per sequence and reads {d.includesWeights && r.weightBytes !== null
          ? <>all weights ({fmt.bytesExact(r.weightBytes, { units }).text}) and the whole cache ({cacheRead})</>
          : <>the whole cache ({cacheRead}; weights unknown for a custom shape)</>}: {fmt.int(d.bytesPerStep)} bytes.
        At the {gpu.name}’s {tbps} that takes at least {fmt.duration(d.secondsPerStep)}, so at most{' '}
        <strong>{fmt.rate(d.tokensPerSecondPerSequence)} tokens/s per sequence</strong>
        {r.batch > 1 && <> ({fmt.rate(d.tokensPerSecond)} tokens/s over the batch of {fmt.int(r.batch)})</>}.
      </p>
      <p className="kv-caveat">
        An idealised upper bound: every step reads all weights once and the cache once at peak bandwidth; compute,
        kernel overheads, activations and communication between GPUs are ignored
        {r.gpusToHold > 1 ? <>, and it pretends one {gpu.short} could hold all {fmt.bytesExact(r.residentBytes, { units }).text} (it cannot: real deployments split the model over several GPUs)</> : ''}.
        Bandwidth: NVIDIA’s published peak for the {gpu.short}.
      </p>
    </div>
  );
}

// ── Chart ───────────────────────────────────────────────────────────────────────────────────────

const KIND_NAME: Record<AttentionKind, string> = { mha: 'MHA', gqa: 'GQA', mqa: 'MQA' };

function Chart({ r, unit, label }: { r: KvOk; unit: UnitSystem; label: string }) {
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
            {KIND_NAME[s.kind]} ({fmt.int(s.kvHeads)} KV {s.kvHeads === 1 ? 'head' : 'heads'}){s.selected ? ', chosen' : ''}
          </li>
        ))}
        {r.weightBytes !== null && (
          <li><svg viewBox="0 0 28 10" aria-hidden="true" focusable="false"><line x1="1" x2="27" y1="5" y2="5" className="kv-hline kv-weights" /></svg>weights</li>
        )}
        <li><svg viewBox="0 0 28 10" aria-hidden="true" focusable="false"><line x1="1" x2="27" y1="5" y2="5" className="kv-hline kv-gpu" /></svg>GPU memory (nominal)</li>
      </ul>
      <svg ref={svgRef} className="kv-svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`Chart of KV-cache size against context, log scales. ${label}`}</title>
        <AxisY ticks={g.yTicks} x={margin.left} gridTo={width - margin.right} />
        <AxisX ticks={g.xTicks} y={plotBottom} gridTo={margin.top} span={[margin.left, width - margin.right]}
          title={narrow
            ? <>context, tokens per sequence<tspan x={axisX} dy="1.2em">(log scale; K = 1,024)</tspan></>
            : 'context, tokens per sequence (log scale; K = 1,024)'} />
        {g.maxContextX !== null && (
          <g className="kv-maxctx" aria-hidden="true">
            <line x1={g.maxContextX} x2={g.maxContextX} y1={margin.top} y2={plotBottom} />
            <text x={g.maxContextX - 4} y={margin.top + 10} textAnchor="end">max {fmt.binaryShort(r.maxContext)}</text>
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
                {h.label}
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
  const fmt = useFormat();
  const contexts = tableContexts(r.context);
  return (
    <DataDetails className="kv-data" summary={<>Data: cache size by context ({r.dtype}, batch {fmt.int(r.batch)})</>}>
      <DataTable scroll={`KV-cache size by context, ${r.dtype}, batch ${fmt.int(r.batch)}`}
        caption={<>KV-cache size of {r.name} for each attention kind and context</>}>
        <thead>
          <tr>
            <th scope="col">Context (tokens)</th>
            {ATTENTION_KINDS.map((k) => <th key={k} scope="col">{KIND_NAME[k]} ({fmt.int(r.variants[k].kvHeads)} KV)</th>)}
          </tr>
        </thead>
        <tbody>
          {contexts.map((c) => (
            <tr key={c} className={c === r.context ? 'is-current' : undefined}>
              <th scope="row">{fmt.int(c)}{c === r.context ? ' (chosen)' : ''}</th>
              {ATTENTION_KINDS.map((k) => {
                const bytes = r.variants[k].bytesPerToken * BigInt(c) * BigInt(r.batch);
                return <td key={k}>{fmt.bytesExact(bytes, { units: BYTE_UNITS[unit] }).text}<span className="kv-exact">{fmt.int(bytes)} B</span></td>;
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="kv-table-note">
        Per token: {ATTENTION_KINDS.map((k) => `${KIND_NAME[k]} ${fmt.int(r.variants[k].bytesPerToken)} B`).join(', ')}.
        {r.weightBytes !== null && <> Weights: {fmt.int(r.weightBytes)} B.</>}
        {' '}GPU memory (nominal): {GPU_IDS.map((g) => `${GPUS[g].short} ${fmt.int(GPUS[g].memoryBytes)} B`).join(', ')}.
      </p>
    </DataDetails>
  );
}

export default island(meta, KvCacheView);
