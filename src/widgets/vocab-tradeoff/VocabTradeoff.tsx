// View of vocab-tradeoff: model and vocabulary controls, the share-of-parameters curve with the three real
// tokenizers on it, and a table of what each vocabulary costs and saves on a sample (token counts measured
// live through the shared tokenizer layer, in a worker, once the widget is on screen).
import { useId, useState } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { shellMessages } from '../../components/messages';
import { AxisX, AxisY, DataTable, NumberField, Select, shownDraft, SliderField, type Draft, type Parsed } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { MODELS, type ModelId } from '../../data/models';
import { useFormat, useMessages } from '../../i18n/react';
import type { ShapeIssue } from '../../lib/llama';
import { countCodePoints, parseNumber, type NumberFailure } from '../../lib/text';
import type { TokenizerId } from '../../tokenizers';
import { useTokenCounts, useTokenizer, type TokenizerStatus } from '../../tokenizers/react';
import type { ViewProps } from '../types';
import { meta, fields } from './meta';
import { messages } from './messages';
import {
  type Body, CUSTOM_DIM_MAX, CUSTOM_DIM_MIN, CUSTOM_LAYERS_MAX, CUSTOM_LAYERS_MIN, HEAD_DIM, TOKENIZER_POINTS, TRADEOFF_MODELS, type TradeoffModel,
  type TradeoffRow, VOCAB_MAX, VOCAB_MIN, VOCAB_STOPS, bodyFor, chartGeometry, nearestStop, sampleOf, sampleText, summarize,
  tradeoffComparison, tradeoffRows, vocabCost,
} from './model';
import { SAMPLE_IDS, type SampleId } from './samples';
import './vocabTradeoff.css';

const CHART_HEIGHT = 260;

/** The tokenizers measured, in the table's order. */
const TOKENIZER_IDS = TOKENIZER_POINTS.map((p) => p.id);

export function VocabTradeoffView({ state, onChange }: ViewProps<typeof fields>) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const customModel = useMessages(shellMessages).customModel;
  const id = useId();
  // The width and layer fields keep their drafts here: text that is not a whole number means "no body", as the model
  // says, rather than the last valid shape.
  const [dimDraft, setDimDraft] = useState<Draft<number> | null>(null);
  const [layersDraft, setLayersDraft] = useState<Draft<number> | null>(null);
  const custom = state.model === 'custom';
  const typed = (d: Draft<number> | null, value: number, read: (text: string) => Parsed<number, ShapeIssue>) => {
    const shown = shownDraft(d, value, read);
    return shown !== null && !read(shown).ok ? Number.NaN : value;
  };
  const effective = {
    ...state,
    dim: custom ? typed(dimDraft, state.dim, parseWidth) : state.dim,
    layers: custom ? typed(layersDraft, state.layers, parseLayers) : state.layers,
  };
  const issueText = (issue: ShapeIssue) => t.shapeIssue(issue, fmt);
  const { body, error } = bodyFor(effective);
  const errorText = error ? t.shapeIssue(error, fmt) : '';
  const text = sampleText(state.sample);
  // Counted in the shared tokenizer worker once the island is mounted (it hydrates when on screen).
  const tokenizers = useTokenizer(TOKENIZER_IDS);
  const { counts, status } = useTokenCounts(tokenizers, text, TOKENIZER_IDS, 'plain');
  const cost = body ? vocabCost(body, state.vocab) : null;
  const rows = body ? tradeoffRows(body, text, counts) : [];
  // The result, spoken once the slider or field settles.
  useAnnounce(body && cost
    ? t.announce(cost, body, fmt)
    : error && error.field !== 'dim' && error.field !== 'layers' ? errorText : ''); // a field's own error is spoken by its NumberField

  return (
    <div className="vt">
      <div className="vt-controls">
        <Select<TradeoffModel>
          label={t.model}
          value={state.model}
          options={TRADEOFF_MODELS.map((m) => ({ value: m, label: m === 'custom' ? customModel : MODELS[m as ModelId].name }))}
          onChange={(m) => {
            // Custom starts from the shapes on screen.
            if (m === 'custom' && body) onChange({ model: m, dim: body.shape.dim, layers: body.shape.layers });
            else onChange({ model: m });
          }}
        />
        {custom && (
          <div className="vt-custom">
            <NumberField
              label={t.width}
              value={state.dim}
              parse={parseWidth}
              errorText={issueText}
              error={error?.field === 'dim' ? errorText : null}
              draft={dimDraft}
              onDraft={setDimDraft}
              onChange={(dim) => onChange({ dim })}
            />
            <NumberField
              label={t.layers}
              value={state.layers}
              parse={parseLayers}
              errorText={issueText}
              error={error?.field === 'layers' ? errorText : null}
              draft={layersDraft}
              onDraft={setLayersDraft}
              onChange={(layers) => onChange({ layers })}
            />
            {body && <p className="vt-note">{t.customNote(body.shape, HEAD_DIM, fmt)}</p>}
          </div>
        )}
        <Select<SampleId> label={t.sample} value={state.sample} options={SAMPLE_IDS.map((s) => ({ value: s, label: t.samples[s] }))}
          onChange={(s) => onChange({ sample: s })} />
      </div>

      <SliderField
        className="vt-vocab"
        value={state.vocab}
        onChange={(vocab) => onChange({ vocab })}
        slider={{
          label: t.vocabSlider,
          min: 0,
          max: VOCAB_STOPS.length - 1,
          position: nearestStop,
          valueAt: (i) => VOCAB_STOPS[i] ?? state.vocab,
          format: (v) => t.vocabValue(v, fmt),
          valueText: (v) => t.vocabValueText(v, fmt),
        }}
        field={{
          label: t.exactVocab, parse: parseVocab, width: '10ch',
          errorText: (failure) => t.vocabError(failure, { min: VOCAB_MIN, max: VOCAB_MAX }, fmt),
        }}
      >
        <div className="vt-picks" role="group" aria-label={t.picks}>
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
          <ShareChart body={body} vocab={state.vocab} rows={rows} />
          <TradeoffTable body={body} rows={rows} status={status} sample={sampleOf(state.sample)} chars={countCodePoints(text)} tableId={`${id}-t`} />
        </>
      ) : (
        <p className="vt-error">{errorText}</p>
      )}
      <p className="visually-hidden">{t.describe(summarize(effective, counts), fmt)}</p>
    </div>
  );
}

function Readout({ body, vocab }: { body: Body; vocab: number }) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const c = vocabCost(body, vocab);
  return (
    <p className="vt-readout">
      {t.readout({
        params: <span key="params" className="vt-big">{fmt.int(c.embedAndHead)}</span>,
        share: <strong key="share">{fmt.percent(c.share)}</strong>,
      }, c, body, fmt)}
    </p>
  );
}

function ShareChart({ body, vocab, rows }: { body: Body; vocab: number; rows: readonly TradeoffRow[] }) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const g = chartGeometry(body, vocab, width, CHART_HEIGHT, fmt);
  const iw = g.width - g.margin.left - g.margin.right;
  const ih = g.height - g.margin.top - g.margin.bottom;
  return (
    <div className="vt-chart" ref={ref}>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width="100%" height={g.height} role="img" aria-label={t.chartLabel(body, g.ends, fmt)}>
        <g transform={`translate(${g.margin.left},${g.margin.top})`}>
          <AxisY ticks={g.yTicks} x={0} gridTo={iw} />
          <AxisX ticks={g.xTicks} y={ih} span={[0, iw]} line title={t.chartAxis} />
          <path className="vt-curve" d={g.path} />
          <line className="vt-now" x1={g.highlight.x} x2={g.highlight.x} y1={0} y2={ih} />
          <rect className="vt-now-mark" x={g.highlight.x - 5} y={g.highlight.y - 5} width={10} height={10} transform={`rotate(45 ${g.highlight.x} ${g.highlight.y})`} />
          {g.points.map((p) => {
            const cpt = rows.find((r) => r.point.id === p.id)?.charsPerToken ?? null;
            // Wide charts also carry the measured compression; narrow ones only the name.
            const label = cpt !== null && iw >= 420 ? t.pointCharsPerToken(cpt, fmt) : '';
            return (
              <g key={p.id} className={`vt-point vt-${p.id}`}>
                <circle cx={p.x} cy={p.y} r={5} />
                <text x={p.x} y={p.y - 10} textAnchor={p.anchor} dx={p.anchor === 'end' ? 4 : -4}>
                  {p.name}{label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <p className="vt-legend">{t.chartLegend}</p>
    </div>
  );
}

function TradeoffTable({ body, rows, status, sample, chars, tableId }: {
  body: Body; rows: TradeoffRow[]; status: Partial<Record<TokenizerId, TokenizerStatus>>; sample: SampleId; chars: number; tableId: string;
}) {
  const fmt = useFormat();
  const t = useMessages(messages);
  // Loading until every tokenizer has either a count for this sample or has failed.
  const loading = rows.some((r) => r.tokens === null && status[r.point.id]?.state !== 'error');
  const failed = TOKENIZER_POINTS.filter((p) => status[p.id]?.state === 'error');
  const comparison = tradeoffComparison(rows);
  const sentence = comparison && t.tradeoff(comparison, body, fmt);
  // The first counts arrive with the tokenizers' download, not from anything the reader did: not news.
  useAnnounce(!loading && failed.length === 0 ? sentence ?? '' : '', { late: loading });
  const cell = (r: TradeoffRow, v: string | null) =>
    v ?? (status[r.point.id]?.state === 'error' ? t.notLoaded : t.pending);
  const col = t.columns;
  return (
    <div className="vt-tradeoff" aria-busy={loading || undefined}>
      <WidgetHeading className="vt-h" id={`${tableId}-h`}>{t.tableHeading}</WidgetHeading>
      <p className="vt-sample" id={`${tableId}-s`}>{t.tableSample(sample, chars, fmt)}</p>
      <p className="vt-status">
        {loading && t.loading}
        {!loading && failed.length > 0 && t.loadFailed(failed.map((p) => p.name), failed.length === TOKENIZER_POINTS.length)}
        {!loading && failed.length === 0 && sentence}
      </p>
      <DataTable className="vt-table" labelledBy={`${tableId}-h ${tableId}-s`}>
        <thead>
          <tr>
            <th scope="col">{col.tokenizer}</th>
            <th scope="col">{col.rows}</th>
            <th scope="col">{col.params}</th>
            <th scope="col">{col.share}</th>
            <th scope="col">{col.tokens}</th>
            <th scope="col">{col.charsPerToken}</th>
            <th scope="col">{col.relativeTokens}</th>
            <th scope="col">{col.flopsPerChar}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.point.id}>
              <th scope="row"><span className={`vt-swatch vt-${r.point.id}`} aria-hidden="true" />{r.point.name}</th>
              <td data-label={col.rows}>{fmt.int(r.point.vocab)}</td>
              <td data-label={col.params}>{fmt.short(Number(r.cost.embedAndHead))}</td>
              <td data-label={col.share}>{fmt.percent(r.cost.share)}</td>
              <td data-label={col.tokens}>{cell(r, r.tokens === null ? null : fmt.int(r.tokens))}</td>
              <td data-label={col.charsPerToken}>{cell(r, r.charsPerToken === null ? null : fmt.decimal(r.charsPerToken))}</td>
              <td data-label={col.relativeTokens}>{cell(r, r.relativeTokens === null ? null : fmt.ratio(r.relativeTokens))}</td>
              <td data-label={col.flopsPerChar}>
                {cell(r, r.flopsPerChar === null ? null : `${fmt.short(r.flopsPerChar)}${r.relativeFlops === null ? '' : ` (${fmt.ratio(r.relativeFlops)})`}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="vt-legend">{t.tableNote(body, TOKENIZER_POINTS.find((p) => p.id === 'cl100k')!.vocab, fmt)}</p>
      <p className="vt-legend">
        {t.sources(
          TOKENIZER_POINTS.map((p) => [<span key={p.id}>{t.sourceRow(p.name, p.vocab, <Cite key="cite" text={t.tokenizerCite[p.id]} />, fmt)}</span>]),
          body,
          <Cite key="shapes" text={body.model === 'custom' ? t.customSource : MODELS[body.model].source} />,
          fmt,
        )}
      </p>
    </div>
  );
}

/**
 * A width or layer count as typed: any whole number (with optional thousands separators, nine digits at most, as the
 * fields have always read) goes to the state, and the model then says which ones make a body; other text fails as a
 * value outside the field's range.
 */
const wholeFor = (field: 'dim' | 'layers', min: number, max: number) => (text: string): Parsed<number, ShapeIssue> => {
  const p = parseNumber(text, { min: 0, max: 999_999_999 });
  return p.ok ? p : { ok: false, error: { field, code: 'outOfRange', value: Number.NaN, min, max } };
};
const parseWidth = wholeFor('dim', CUSTOM_DIM_MIN, CUSTOM_DIM_MAX);
const parseLayers = wholeFor('layers', CUSTOM_LAYERS_MIN, CUSTOM_LAYERS_MAX);

/** "Exact V": a vocabulary size the widget can use, or why not. */
function parseVocab(text: string): Parsed<number, NumberFailure> {
  const p = parseNumber(text, { min: VOCAB_MIN, max: VOCAB_MAX });
  return p.ok ? p : { ok: false, error: p.failure };
}

export default island(meta, VocabTradeoffView, { messages });
