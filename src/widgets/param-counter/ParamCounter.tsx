// View of param-counter: a preset or a custom shape → exact total, breakdown bars and table,
// weight memory per precision, forward FLOPs per token and training FLOPs (6·N·D).
import { useId, useState, type ReactNode } from 'react';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { COMPUTE_405B_FLOPS } from '../../data/facts';
import { MODELS } from '../../data/models';
import { AxisX, DataDetails, DataTable, NumberField, Segmented, Select, shownDraft, Toggle, type Draft, type Parsed } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { useSvgTextWidth } from '../../components/useSvgTextWidth';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { ViewProps } from '../types';
import { AXIS_H, BAR_H, breakdownChart, ROW_H, type BreakdownView } from './chart';
import { meta, fields, VIEWS } from './meta';
import {
  describeEvaluation, evaluate, MODEL_CHOICES, modelName, presetFields, readField, resolvedRun, runDefaults,
  shapeOf, SHAPE_FIELDS, unusedFields, type Component, type InputField, type ModelChoice, type Report, type ShapeField, type ShapeInput,
} from './model';
import './paramCounter.css';

type Drafts = Partial<Record<InputField, Draft<number>>>;

const FIELD_LABEL: Record<ShapeField, string> = {
  dim: 'dim (width d)',
  layers: 'layers (L)',
  heads: 'heads (H)',
  kvHeads: 'kvHeads (H_kv)',
  ffnDim: 'ffnDim (d_ff)',
  vocab: 'vocab (n_vocab)',
};

const VIEW_LABEL: Record<BreakdownView, string> = { absolute: 'Parameters', share: 'Share of total' };

/** Reads a field's typed text (the model's rules and words). */
const parseField = (field: InputField) => (text: string): Parsed<number> => {
  const r = readField(field, text);
  return r.ok ? r : { ok: false, error: r.message };
};
const PARSE = Object.fromEntries((['ctx', 'tokens', ...SHAPE_FIELDS] as InputField[]).map((f) => [f, parseField(f)])) as Record<InputField, (text: string) => Parsed<number>>;

export function ParamCounterView({ state, onChange }: ViewProps<typeof fields>) {
  const fmt = useFormat();
  const [drafts, setDrafts] = useState<Drafts>({});

  // The model evaluates what the fields show: the reader's drafts where they apply (NumberField's rule), else the state.
  const base = shapeOf(state);
  const shape: ShapeInput = { ...base };
  for (const f of SHAPE_FIELDS) shape[f] = shownDraft(drafts[f], base[f] as number, PARSE[f]) ?? base[f];
  const run = resolvedRun(state);
  const result = evaluate(state.model, shape, shownDraft(drafts.ctx, run.ctx, PARSE.ctx) ?? run.ctx, shownDraft(drafts.tokens, run.tokens, PARSE.tokens) ?? run.tokens);
  const errors = result.ok ? {} : result.errors;
  const draftOf = (field: InputField) => ({ draft: drafts[field] ?? null, onDraft: (d: Draft<number>) => setDrafts((old) => ({ ...old, [field]: d })) });

  /** Leaving a preset for Custom keeps its shapes and the token count and context on screen. */
  const toCustom = (): Partial<typeof state> => (state.model === 'custom' ? {} : { model: 'custom', ...presetFields(state.model), ...run });

  /** Any keystroke in a shape field of a preset switches to Custom (with the preset's shapes); a valid one sets the field. */
  function shapeField(field: ShapeField) {
    const { onDraft } = draftOf(field);
    return {
      draft: drafts[field] ?? null,
      onDraft: (d: Draft<number>) => {
        onDraft(d);
        const patch = toCustom();
        if (Object.keys(patch).length > 0) onChange(patch);
      },
      onChange: (v: number) => onChange({ [field]: v }),
    };
  }
  function chooseModel(choice: ModelChoice) {
    setDrafts({});
    // A preset brings its own documented token count and pre-training context.
    if (choice === 'custom') onChange(toCustom());
    else onChange({ model: choice, tokens: undefined, ctx: undefined });
  }
  function setTied(tied: boolean) {
    onChange({ ...toCustom(), tied });
  }

  const preset = state.model === 'custom' ? null : MODELS[state.model];
  // The total, spoken once the fields settle (a field's own error is spoken by its NumberField).
  useAnnounce(result.ok
    ? `${result.report.name}: ${fmt.int(result.report.total)} parameters, about ${fmt.params(result.report.total)}.`
    : 'No numbers: this configuration is not valid.');

  return (
    <div className="param-counter">
      <p className="visually-hidden">{describeEvaluation(result)}</p>
      <div className="pc-config">
        <Select
          label="Model"
          value={state.model}
          options={MODEL_CHOICES.map((c) => ({ value: c, label: c === 'custom' ? 'Custom' : modelName(c) }))}
          onChange={chooseModel}
        />
        <p className="pc-hint">
          {preset
            ? <>The fields show this model’s published shapes{preset.earlier ? <> (the same as {preset.earlier.name}, {preset.earlier.date})</> : null}.
              Editing any field switches to Custom. Source: <Cite text={preset.source} />.</>
            : 'Type any shape. Counts stay exact at every size.'}
        </p>
        <div className="pc-fields">
          {SHAPE_FIELDS.map((f) => (
            <NumberField key={f} label={FIELD_LABEL[f]} value={base[f] as number} parse={PARSE[f]} error={errors[f] ?? null} width="100%" {...shapeField(f)} />
          ))}
        </div>
        <Toggle label="Tie the LM head to the embedding (one shared n_vocab × d matrix)" checked={base.tied} onChange={setTied} />
      </div>

      <div className="pc-total">
        {result.ok ? (
          <>
            <span className="pc-total-label">{result.report.name}</span>
            <span className="pc-total-n">{fmt.int(result.report.total)}</span>
            <span className="pc-total-unit">parameters <span className="pc-total-short">{`≈ ${fmt.params(result.report.total)}`}</span></span>
            <span className="pc-derived">{derivedText(result.report, fmt)}</span>
          </>
        ) : (
          <span className="pc-invalid">No numbers: this configuration is not valid. Fix the fields marked above.</span>
        )}
      </div>

      {result.ok && <Details report={result.report} view={state.view} onView={(view) => onChange({ view })}
        ctx={{ value: run.ctx, ...draftOf('ctx'), onChange: (ctx: number) => onChange({ ctx }) }}
        tokens={{ value: run.tokens, ...draftOf('tokens'), onChange: (tokens: number) => onChange({ tokens }) }}
        model={state.model} ownCtx={state.ctx} ownTokens={state.tokens} />}
    </div>
  );
}

function derivedText(r: Report, fmt: Format): string {
  const g = r.groupSize;
  const kind = g === 1 ? 'multi-head attention' : 'grouped-query attention';
  return `Head dimension d_h = d ÷ H = ${fmt.int(r.headDim)}; ${fmt.int(g)} query head${g === 1 ? '' : 's'} per key/value head (${kind}).`;
}

function tokensText(t: number, fmt: Format): string {
  return Number.isInteger(t) ? fmt.int(t) : String(t);
}

/** A run field (context, tokens): its value, the draft the view keeps for it and what a valid text sets. */
interface RunField {
  value: number;
  draft: Draft<number> | null;
  onDraft: (d: Draft<number>) => void;
  onChange: (v: number) => void;
}

function Details({ report, view, onView, ctx, tokens, model, ownCtx, ownTokens }: {
  report: Report;
  view: BreakdownView;
  onView: (v: BreakdownView) => void;
  ctx: RunField;
  tokens: RunField;
  model: ModelChoice;
  /** The state's own context and token count (undefined: the model's, see runDefaults). */
  ownCtx: number | undefined;
  ownTokens: number | undefined;
}) {
  const fmt = useFormat();
  const { shape } = report;
  const id = useId();
  const defaults = runDefaults(model);
  const name = modelName(model);
  return (
    <>
      <section className="pc-section" aria-labelledby={`${id}-breakdown`}>
        <WidgetHeading id={`${id}-breakdown`} className="pc-h">Where the parameters are</WidgetHeading>
        <Segmented legend="Show" value={view} options={VIEWS.map((v) => ({ value: v, label: VIEW_LABEL[v] }))} onChange={onView} />
        <Chart items={report.components} view={view} />
        <DataDetails className="pc-data" summary="Data table: exact count per component">
          <BreakdownTable report={report} />
        </DataDetails>
      </section>

      <section className="pc-section" aria-labelledby={`${id}-memory`}>
        <WidgetHeading id={`${id}-memory`} className="pc-h">Memory for the weights</WidgetHeading>
        <DataTable className="pc-table" scroll="Memory for the weights, by precision" caption="Bytes needed to store the weights at each precision">
            <thead>
              <tr>
                <th scope="col">Precision</th>
                <th scope="col" className="num">Bytes, exact</th>
                <th scope="col" className="num">Size</th>
              </tr>
            </thead>
            <tbody>
              {report.memory.map(({ dtype, bytes }) => (
                <tr key={dtype.id}>
                  <th scope="row">
                    {dtype.label}
                    <span className="pc-sub">{`${dtype.bits / 8} byte${dtype.bits === 8 ? '' : 's'} per parameter`}</span>
                  </th>
                  <td className="num pc-nowrap">{fmt.int(bytes)}</td>
                  <td className="num">
                    <span className="pc-line">{fmt.bytes(bytes, { digits: 4 })}</span>
                    <span className="pc-line pc-muted">{fmt.bytes(bytes, { units: 'decimal', digits: 4 })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
        </DataTable>
        <p className="pc-note">Computed: the exact parameter count × bytes per parameter. Weights only: the KV cache, activations and optimizer state come on top.</p>
      </section>

      <section className="pc-section" aria-labelledby={`${id}-flops`}>
        <WidgetHeading id={`${id}-flops`} className="pc-h">Compute</WidgetHeading>
        <WidgetHeading sub className="pc-h pc-h-sub">Forward pass, per token</WidgetHeading>
        <NumberField label="Context T (tokens)" {...ctx} parse={PARSE.ctx} format={fmt.int} width="12ch" error={report.forward.ok ? null : report.forward.message} />
        <p className="pc-note">
          {ownCtx === undefined || ownCtx === defaults.ctx
            ? <>{fmt.int(defaults.ctx)} tokens{model === 'custom' ? ' (the default)' : ''}: {defaults.ctxText}. Source: <Cite text={defaults.ctxCite} />.</>
            : <>Your own context; {model === 'custom' ? 'the default' : `${name}’s default`} is {fmt.int(defaults.ctx)}, {defaults.ctxText} (<Cite text={defaults.ctxCite} />).</>}
        </p>
        {report.forward.ok && (
          <div className="pc-eqs">
            <Eq>{`2 × ${fmt.int(report.forward.flops.matmulParams)} weights in matrix products = `}<Num>{fmt.int(report.forward.flops.linear)}</Num></Eq>
            <Eq>{`+ 2 × L × T × d = 2 × ${fmt.int(shape.layers)} × ${fmt.int(report.forward.ctx)} × ${fmt.int(shape.dim)} = `}<Num>{fmt.int(report.forward.flops.attention)}</Num>{' for attention over the context'}</Eq>
            <Eq strong>{`= ${fmt.int(report.forward.flops.total)} FLOPs per token ≈ ${fmt.sci(Number(report.forward.flops.total), { digits: 3 })}`}</Eq>
            <p className="pc-note">
              After Kaplan et al. (2020), Table 1: two FLOPs per weight in a matrix product (attention, feed-forward, LM
              head), plus the QKᵀ and AV products averaged over a causal sequence. The embedding lookup and the norm gains
              are not matrix products. {`For comparison, 2N = ${fmt.int(2n * report.total)}.`}
            </p>
          </div>
        )}
        <WidgetHeading sub className="pc-h pc-h-sub">Training, C = 6 · N · D</WidgetHeading>
        <NumberField label="Training tokens D" {...tokens} parse={PARSE.tokens} format={(t) => tokensText(t, fmt)} width="22ch" inputMode="decimal" error={report.training.ok ? null : report.training.message} />
        <p className="pc-note">
          {model === 'custom'
            ? <>A custom shape has no documented token count{ownTokens === undefined ? <>; the default is Llama 3’s {defaults.tokens.text} (<Cite text={defaults.tokens.cite} />)</> : ''}.</>
            : ownTokens === undefined || ownTokens === defaults.tokens.value
              ? <>{name} was pre-trained on {defaults.tokens.text} tokens{defaults.tokens.note ? ` (${defaults.tokens.note})` : ''}. Source: <Cite text={defaults.tokens.cite} />.</>
              : <>Your own count; {name} was pre-trained on {defaults.tokens.text} tokens (<Cite text={defaults.tokens.cite} />).</>}
        </p>
        {report.training.ok && (
          <div className="pc-eqs">
            <Eq>{`6 × ${fmt.int(report.total)} × ${fmt.int(report.training.tokens)}`}</Eq>
            <Eq>= <Num>{fmt.int(report.training.flops)}</Num> FLOPs</Eq>
            <Eq strong>{`≈ ${fmt.sci(Number(report.training.flops), { digits: 3 })} FLOPs`}</Eq>
            <ReportCheck model={model} tokens={report.training.tokens} flops={report.training.flops} />
            <p className="pc-note">Computed here: 6 × the exact parameter count above × D (forward and backward pass, after Kaplan et al. 2020): an estimate, not a figure from the report.</p>
          </div>
        )}
      </section>
    </>
  );
}

function ReportCheck({ model, tokens, flops }: { model: ModelChoice; tokens: number; flops: bigint }) {
  const fmt = useFormat();
  if (model !== 'llama3-405b' || tokens !== MODELS[model].trainingTokens.value) return null;
  const rel = (Number(flops) - COMPUTE_405B_FLOPS.value) / COMPUTE_405B_FLOPS.value;
  return (
    <p className="pc-note pc-check">
      The report gives {fmt.sci(COMPUTE_405B_FLOPS.value)} FLOPs for this run (<Cite text={COMPUTE_405B_FLOPS.cite} />); 6·N·D with the exact count is {fmt.percent(Math.abs(rel))} {rel < 0 ? 'below' : 'above'} it.
    </p>
  );
}

function Eq({ children, strong = false }: { children: ReactNode; strong?: boolean }) {
  return <p className={strong ? 'pc-eq pc-eq-result' : 'pc-eq'}>{children}</p>;
}

function Num({ children }: { children: ReactNode }) {
  return <span className="pc-exact">{children}</span>;
}

function BreakdownTable({ report }: { report: Report }) {
  const fmt = useFormat();
  return (
    <DataTable className="pc-table" scroll="Parameters by component" caption="Parameters by component">
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Shape</th>
            <th scope="col" className="num">Parameters</th>
            <th scope="col" className="num">Share</th>
          </tr>
        </thead>
        <tbody>
          {report.components.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              <td>{c.formula}</td>
              <td className="num pc-nowrap">{fmt.int(c.params)}</td>
              <td className="num">{fmt.percent(c.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td className="num pc-nowrap">{fmt.int(report.total)}</td>
            <td className="num">{fmt.percent(1, { digits: 0 })}</td>
          </tr>
        </tfoot>
    </DataTable>
  );
}

function Chart({ items, view }: { items: Component[]; view: BreakdownView }) {
  const fmt = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>(560);
  // Label and value columns as wide as their text is drawn (+ a gap), so nothing overlaps at any text spacing.
  const [svgRef, labelW] = useSvgTextWidth('.pc-label');
  const [, valueW] = useSvgTextWidth('.pc-value', svgRef);
  const g = breakdownChart(items, view, width, fmt, labelW === undefined ? undefined : labelW + 8, valueW === undefined ? undefined : valueW + 6);
  return (
    <div ref={ref} className="pc-chart">
      <svg ref={svgRef} viewBox={`0 0 ${g.width} ${g.height}`} width={g.width} height={g.height} aria-hidden="true" focusable="false">
        <AxisX ticks={g.ticks} y={items.length * ROW_H} gridTo={0} labelGap={AXIS_H - 6} />
        {g.rows.map((r) => (
          <g key={r.id}>
            <text className="pc-label" x={0} y={r.y + BAR_H / 2} dominantBaseline="central">{r.label}</text>
            <rect className={`pc-bar pc-g-${r.group}`} x={r.x} y={r.y} width={r.width} height={BAR_H} rx={2} />
            <text className="pc-value" x={r.valueX} y={r.y + BAR_H / 2} dominantBaseline="central">{r.valueText}</text>
          </g>
        ))}
      </svg>
    </div>
  );
}

// Shape fields and tied in an embed URL with a preset model are named as unused in the shell's URL notice.
export default island(meta, ParamCounterView, { adjust: unusedFields });
