// View of vocab-tradeoff: model and vocabulary controls, the share-of-parameters curve with the three real
// tokenizers on it, and a table of what each vocabulary costs and saves on a sample (token counts measured
// live through the shared tokenizer layer, in a worker, once the widget is on screen).
import { useId, useState } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { AxisX, AxisY, DataTable, NumberField, Select, shownDraft, SliderField, type Draft, type Parsed } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { MODELS, type ModelId } from '../../data/models';
import { useFormat } from '../../i18n/react';
import { countCodePoints, parseNumber } from '../../lib/text';
import type { TokenizerId } from '../../tokenizers';
import { useTokenCounts, useTokenizer, type TokenizerStatus } from '../../tokenizers/react';
import type { ViewProps } from '../types';
import { meta, fields } from './meta';
import { shapeIssueMessage, vocabMessage } from './messages';
import {
  type Body, CUSTOM_DIM_MAX, CUSTOM_DIM_MIN, CUSTOM_LAYERS_MAX, CUSTOM_LAYERS_MIN, TOKENIZER_POINTS, TRADEOFF_MODELS, type TradeoffModel, type TradeoffRow,
  VOCAB_MAX, VOCAB_MIN, VOCAB_STOPS, bodyFor, chartGeometry, describe, nearestStop, sampleText,
  tradeoffRows, tradeoffSentence, vocabCost,
} from './model';
import { SAMPLE_IDS, SAMPLES, type SampleId } from './samples';
import './vocabTradeoff.css';

const CHART_HEIGHT = 260;
const MODEL_OPTIONS = TRADEOFF_MODELS.map((m) => ({ value: m, label: m === 'custom' ? 'Custom width' : MODELS[m as ModelId].name }));
const SAMPLE_OPTIONS = SAMPLE_IDS.map((s) => ({ value: s, label: SAMPLES[s].label }));

type Counts = Partial<Record<TokenizerId, number>>;
/** The tokenizers measured, in the table's order. */
const TOKENIZER_IDS = TOKENIZER_POINTS.map((p) => p.id);

export function VocabTradeoffView({ state, onChange }: ViewProps<typeof fields>) {
  const fmt = useFormat();
  const id = useId();
  // The width and layer fields keep their drafts here: text that is not a whole number means "no body", as the model
  // says, rather than the last valid shape.
  const [dimDraft, setDimDraft] = useState<Draft<number> | null>(null);
  const [layersDraft, setLayersDraft] = useState<Draft<number> | null>(null);
  const custom = state.model === 'custom';
  const typed = (d: Draft<number> | null, value: number, parse: (t: string) => Parsed<number>) => {
    const t = shownDraft(d, value, parse);
    return t !== null && !parse(t).ok ? Number.NaN : value;
  };
  const effective = {
    ...state,
    dim: custom ? typed(dimDraft, state.dim, parseWidth) : state.dim,
    layers: custom ? typed(layersDraft, state.layers, parseLayers) : state.layers,
  };
  const { body, error } = bodyFor(effective);
  const errorText = error ? shapeIssueMessage(error) : '';
  const text = sampleText(state.sample);
  // Counted in the shared tokenizer worker once the island is mounted (it hydrates when on screen).
  const tokenizers = useTokenizer(TOKENIZER_IDS);
  const { counts, status } = useTokenCounts(tokenizers, text, TOKENIZER_IDS, 'plain');
  const cost = body ? vocabCost(body, state.vocab) : null;
  // The result, spoken once the slider or field settles.
  useAnnounce(body && cost
    ? `V = ${fmt.int(cost.vocab)}: the embedding and the LM head are ${fmt.percent(cost.share)} of ${body.name}’s ${fmt.int(cost.total)} parameters.`
    : error && error.field !== 'dim' && error.field !== 'layers' ? errorText : ''); // a field's own error is spoken by its NumberField

  return (
    <div className="vt">
      <div className="vt-controls">
        <Select<TradeoffModel>
          label="Model"
          value={state.model}
          options={MODEL_OPTIONS}
          onChange={(m) => {
            // Custom starts from the shapes on screen.
            if (m === 'custom' && body) onChange({ model: m, dim: body.shape.dim, layers: body.shape.layers });
            else onChange({ model: m });
          }}
        />
        {custom && (
          <div className="vt-custom">
            <NumberField
              label="Width d"
              value={state.dim}
              parse={parseWidth}
              error={error?.field === 'dim' ? errorText : null}
              draft={dimDraft}
              onDraft={setDimDraft}
              onChange={(dim) => onChange({ dim })}
            />
            <NumberField
              label="Layers"
              value={state.layers}
              parse={parseLayers}
              error={error?.field === 'layers' ? errorText : null}
              draft={layersDraft}
              onDraft={setLayersDraft}
              onChange={(layers) => onChange({ layers })}
            />
            {body && (
              <p className="vt-note">
                {fmt.int(body.shape.heads)} heads of 128, {fmt.int(body.shape.kvHeads)} key/value heads, SwiGLU width{' '}
                {fmt.int(body.shape.ffnDim)} (Llama 3 8B’s rule).
              </p>
            )}
          </div>
        )}
        <Select<SampleId> label="Sample text" value={state.sample} options={SAMPLE_OPTIONS} onChange={(s) => onChange({ sample: s })} />
      </div>

      <SliderField
        className="vt-vocab"
        value={state.vocab}
        onChange={(vocab) => onChange({ vocab })}
        slider={{
          label: 'Vocabulary size V',
          min: 0,
          max: VOCAB_STOPS.length - 1,
          position: nearestStop,
          valueAt: (i) => VOCAB_STOPS[i] ?? state.vocab,
          format: (v) => `${fmt.int(v)} rows`,
          valueText: (v) => `${fmt.int(v)} embedding rows`,
        }}
        field={{ label: 'Exact V', parse: parseVocab, width: '10ch' }}
      >
        <div className="vt-picks" role="group" aria-label="Jump to a tokenizer’s vocabulary">
          {TOKENIZER_POINTS.map((p) => (
            <button key={p.id} type="button" aria-pressed={state.vocab === p.vocab} onClick={() => onChange({ vocab: p.vocab })}>
              {/* The space lives inside a text node with the name: a lone " " node is dropped from the accessible name. */}
              {`${p.name} `}<span className="vt-muted">{fmt.int(p.vocab)}</span>
            </button>
          ))}
        </div>
      </SliderField>

      {body ? (
        <>
          <Readout body={body} vocab={state.vocab} />
          <ShareChart body={body} vocab={state.vocab} counts={counts} text={text} />
          <TradeoffTable body={body} rows={tradeoffRows(body, text, counts)} status={status} sampleLabel={SAMPLES[state.sample].label} chars={countCodePoints(text)} tableId={`${id}-t`} />
        </>
      ) : (
        <p className="vt-error">{errorText}</p>
      )}
      <p className="visually-hidden">{describe(effective, counts)}</p>
    </div>
  );
}

function Readout({ body, vocab }: { body: Body; vocab: number }) {
  const fmt = useFormat();
  const c = vocabCost(body, vocab);
  return (
    <p className="vt-readout">
      <span className="vt-big">{fmt.int(c.embedAndHead)}</span> parameters in the embedding and the LM head:{' '}
      2 × {fmt.int(c.vocab)} × {fmt.int(body.shape.dim)}, which is <strong>{fmt.percent(c.share)}</strong> of{' '}
      {fmt.int(c.total)} ({body.name} with this vocabulary).
    </p>
  );
}

function ShareChart({ body, vocab, counts, text }: { body: Body; vocab: number; counts: Counts; text: string }) {
  const fmt = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const g = chartGeometry(body, vocab, width, CHART_HEIGHT, fmt);
  const iw = g.width - g.margin.left - g.margin.right;
  const ih = g.height - g.margin.top - g.margin.bottom;
  const chars = countCodePoints(text);
  return (
    <div className="vt-chart" ref={ref}>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width="100%" height={g.height} role="img"
        aria-label={`Share of ${body.name}’s parameters in the embedding and LM head, rising with vocabulary size from ${fmt.percent(vocabCost(body, g.domain[0]).share)} at ${fmt.int(Math.round(g.domain[0]))} rows to ${fmt.percent(vocabCost(body, g.domain[1]).share)} at ${fmt.int(Math.round(g.domain[1]))} rows.`}>
        <g transform={`translate(${g.margin.left},${g.margin.top})`}>
          <AxisY ticks={g.yTicks} x={0} gridTo={iw} />
          <AxisX ticks={g.xTicks} y={ih} span={[0, iw]} line title="vocabulary size V (embedding rows, log scale)" />
          <path className="vt-curve" d={g.path} />
          <line className="vt-now" x1={g.highlight.x} x2={g.highlight.x} y1={0} y2={ih} />
          <rect className="vt-now-mark" x={g.highlight.x - 5} y={g.highlight.y - 5} width={10} height={10} transform={`rotate(45 ${g.highlight.x} ${g.highlight.y})`} />
          {g.points.map((p) => {
            const n = counts[p.id];
            // Wide charts also carry the measured compression; narrow ones only the name.
            const cpt = n && iw >= 420 ? ` · ${fmt.decimal(chars / n)} chars/token` : '';
            return (
              <g key={p.id} className={`vt-point vt-${p.id}`}>
                <circle cx={p.x} cy={p.y} r={5} />
                <text x={p.x} y={p.y - 10} textAnchor={p.anchor} dx={p.anchor === 'end' ? 4 : -4}>
                  {p.name}{cpt}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <p className="vt-legend">
        Line: share of all parameters spent on the embedding and the LM head (2·V·d of them) if this model had V rows.
        Dots: the three tokenizers; diamond: the V you chose.
      </p>
    </div>
  );
}

function TradeoffTable({ body, rows, status, sampleLabel, chars, tableId }: {
  body: Body; rows: TradeoffRow[]; status: Partial<Record<TokenizerId, TokenizerStatus>>; sampleLabel: string; chars: number; tableId: string;
}) {
  const fmt = useFormat();
  // Loading until every tokenizer has either a count for this sample or has failed.
  const loading = rows.some((r) => r.tokens === null && status[r.point.id]?.state !== 'error');
  const failed = TOKENIZER_POINTS.filter((p) => status[p.id]?.state === 'error');
  const sentence = tradeoffSentence(body, rows);
  // The first counts arrive with the tokenizers' download, not from anything the reader did: not news.
  useAnnounce(!loading && failed.length === 0 ? sentence ?? '' : '', { late: loading });
  const cell = (r: TradeoffRow, v: string | null) =>
    v ?? (status[r.point.id]?.state === 'error' ? 'not loaded' : '…');
  return (
    <div className="vt-tradeoff" aria-busy={loading || undefined}>
      <WidgetHeading className="vt-h" id={`${tableId}-h`}>What each vocabulary costs and saves</WidgetHeading>
      <p className="vt-sample" id={`${tableId}-s`}>On the sample “{sampleLabel}” ({fmt.int(chars)} characters).</p>
      <p className="vt-status">
        {loading && 'Loading the three tokenizers to count the sample’s tokens… The parameter numbers above do not need them.'}
        {!loading && failed.length > 0 &&
          `Could not load ${failed.map((p) => p.name).join(', ')}: ${failed.length === TOKENIZER_POINTS.length ? 'no token counts, but' : 'those counts are missing;'} the parameter side is complete.`}
        {!loading && failed.length === 0 && sentence}
      </p>
      <DataTable className="vt-table" labelledBy={`${tableId}-h ${tableId}-s`}>
        <thead>
          <tr>
            <th scope="col">Tokenizer</th>
            <th scope="col">Rows V</th>
            <th scope="col">Embedding + head</th>
            <th scope="col">Share</th>
            <th scope="col">Tokens</th>
            <th scope="col">Chars per token</th>
            <th scope="col">Tokens vs Llama 3</th>
            <th scope="col">Forward FLOPs per char</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.point.id}>
              <th scope="row"><span className={`vt-swatch vt-${r.point.id}`} aria-hidden="true" />{r.point.name}</th>
              <td data-label="Rows V">{fmt.int(r.point.vocab)}</td>
              <td data-label="Embedding + head">{fmt.short(Number(r.cost.embedAndHead))}</td>
              <td data-label="Share">{fmt.percent(r.cost.share)}</td>
              <td data-label="Tokens">{cell(r, r.tokens === null ? null : fmt.int(r.tokens))}</td>
              <td data-label="Chars per token">{cell(r, r.charsPerToken === null ? null : fmt.decimal(r.charsPerToken))}</td>
              <td data-label="Tokens vs Llama 3">{cell(r, r.relativeTokens === null ? null : fmt.ratio(r.relativeTokens))}</td>
              <td data-label="Forward FLOPs per char">
                {cell(r, r.flopsPerChar === null ? null : `${fmt.short(r.flopsPerChar)}${r.relativeFlops === null ? '' : ` (${fmt.ratio(r.relativeFlops)})`}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="vt-legend">
        Every row prices {body.name}’s layers with that tokenizer’s vocabulary. Tokens are counted live in your browser
        (no BOS/EOS; Llama 2 includes SentencePiece’s leading space). Forward FLOPs per character ≈ 2 × (weights in matrix
        products: attention, feed-forward and LM head; not the embedding lookup or the norm gains) × tokens ÷ characters;
        attention over the context is left out, and it grows with the square of the sequence length. cl100k_base sits at its {fmt.int(TOKENIZER_POINTS[1]!.vocab)} regular
        tokens.
      </p>
      <p className="vt-legend">
        Sources: rows V: {TOKENIZER_POINTS.map((p, i) => (
          <span key={p.id}>{i > 0 ? '; ' : ''}{p.name} {fmt.int(p.vocab)}, <Cite text={p.cite} /></span>
        ))}. Shapes of {body.name}: <Cite text={body.source} />. Every other number is computed from these and the measured token counts.
      </p>
    </div>
  );
}

/** A whole number typed with optional thousands separators (nine digits at most, as the fields have always read), or NaN. */
function typedWhole(text: string): number {
  const p = parseNumber(text, { min: 0, max: 999_999_999 });
  return p.ok ? p.value : Number.NaN;
}

/**
 * A width or layer count as typed: any whole number goes to the state (the model then says which ones make a body);
 * other text fails with the model's sentence for a value outside the field's range.
 */
const wholeFor = (field: 'dim' | 'layers', min: number, max: number) => (text: string): Parsed<number> => {
  const n = typedWhole(text);
  return Number.isInteger(n) ? { ok: true, value: n } : { ok: false, error: shapeIssueMessage({ field, code: 'outOfRange', value: n, min, max }) };
};
const parseWidth = wholeFor('dim', CUSTOM_DIM_MIN, CUSTOM_DIM_MAX);
const parseLayers = wholeFor('layers', CUSTOM_LAYERS_MIN, CUSTOM_LAYERS_MAX);

/** "Exact V": a vocabulary size the widget can use, or the message under the field. */
function parseVocab(text: string): Parsed<number> {
  const p = parseNumber(text, { min: VOCAB_MIN, max: VOCAB_MAX });
  return p.ok ? p : { ok: false, error: vocabMessage(p.failure, { min: VOCAB_MIN, max: VOCAB_MAX }) };
}

export default island(meta, VocabTradeoffView);
