// View of param-counter: a preset or a custom shape → exact total, breakdown bars and table,
// weight memory per precision, forward FLOPs per token and training FLOPs (6·N·D).
import { useId, useState, type ReactNode } from 'react';
import { useAnnounce } from '../../components/announce';
import { CitedText } from '../../components/Cite';
import { MODELS } from '../../data/models';
import { AxisX, DataDetails, DataTable, NumberField, Segmented, Select, shownDraft, Toggle, type Draft, type Parsed } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { useSvgTextWidth } from '../../components/useSvgTextWidth';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat, useMessages } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { NumberFailure } from '../../lib/text';
import type { AdjustedField } from '../../lib/urlState';
import type { ViewProps } from '../types';
import { AXIS_H, BAR_H, breakdownChart, ROW_H, type BreakdownView } from './chart';
import { meta, fields, VIEWS } from './meta';
import { messages, type ParamCounterMessages } from './messages';
import {
  evaluate, MODEL_CHOICES, presetFields, readField, resolvedRun, runDefaults, runSources, shapeOf, SHAPE_FIELDS,
  summarize, unusedFields, type Component, type CounterState, type InputField, type ModelChoice, type Report, type ShapeField, type ShapeInput,
} from './model';
import './paramCounter.css';

type Drafts = Partial<Record<InputField, Draft<number>>>;

/** Reads a field's typed text (the model's rules; the catalogue words a failure). */
const parseField = (field: InputField) => (text: string): Parsed<number, NumberFailure> => {
  const r = readField(field, text);
  return r.ok ? r : { ok: false, error: r.failure };
};
const PARSE = Object.fromEntries((['ctx', 'tokens', ...SHAPE_FIELDS] as InputField[]).map((f) => [f, parseField(f)])) as Record<InputField, (text: string) => Parsed<number, NumberFailure>>;

/** A field's parse function and the words for its failures, for NumberField. */
function fieldParsing(t: ParamCounterMessages, fmt: Format, field: InputField) {
  return { parse: PARSE[field], errorText: (failure: NumberFailure) => t.fieldError(field, { kind: 'parse', failure }, fmt) };
}

export function ParamCounterView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [drafts, setDrafts] = useState<Drafts>({});

  // The model evaluates what the fields show: the reader's drafts where they apply (NumberField's rule), else the state.
  const base = shapeOf(state);
  const shape: ShapeInput = { ...base };
  for (const f of SHAPE_FIELDS) shape[f] = shownDraft(drafts[f], base[f] as number, PARSE[f]) ?? base[f];
  const run = resolvedRun(state);
  const result = evaluate(state.model, shape, shownDraft(drafts.ctx, run.ctx, PARSE.ctx) ?? run.ctx, shownDraft(drafts.tokens, run.tokens, PARSE.tokens) ?? run.tokens);
  const errors = result.ok ? {} : result.errors;
  const errorOf = (field: ShapeField) => {
    const problem = errors[field];
    return problem ? t.fieldError(field, problem, fmt) : null;
  };
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
  useAnnounce(result.ok ? t.announceTotal(state.model, result.report.total, fmt) : t.announceInvalid);

  return (
    <div className="param-counter">
      <p className="visually-hidden">{t.describe(summarize(state.model, result), fmt)}</p>
      <div className="pc-config">
        <Select
          label={t.modelLabel}
          value={state.model}
          options={MODEL_CHOICES.map((c) => ({ value: c, label: t.modelName(c) }))}
          onChange={chooseModel}
        />
        <p className="pc-hint">
          {preset ? <CitedText parts={t.presetHint(preset)} /> : t.customHint}
        </p>
        <div className="pc-fields">
          {SHAPE_FIELDS.map((f) => (
            <NumberField key={f} label={t.fieldLabel[f]} value={base[f] as number} {...fieldParsing(t, fmt, f)} error={errorOf(f)} width="100%" {...shapeField(f)} />
          ))}
        </div>
        <Toggle label={t.tiedLabel} checked={base.tied} onChange={setTied} />
      </div>

      <div className="pc-total">
        {result.ok ? (
          <>
            <span className="pc-total-label">{t.modelName(state.model)}</span>
            <span className="pc-total-n">{fmt.int(result.report.total)}</span>
            <span className="pc-total-unit">{`${t.parametersUnit} `}<span className="pc-total-short">{t.totalShort(result.report.total, fmt)}</span></span>
            <span className="pc-derived">{t.derived(result.report.headDim, result.report.groupSize, fmt)}</span>
          </>
        ) : (
          <span className="pc-invalid">{t.invalid}</span>
        )}
      </div>

      {result.ok && <Details report={result.report} view={state.view} onView={(view) => onChange({ view })}
        ctx={{ value: run.ctx, ...draftOf('ctx'), onChange: (ctx: number) => onChange({ ctx }) }}
        tokens={{ value: run.tokens, ...draftOf('tokens'), onChange: (tokens: number) => onChange({ tokens }) }}
        state={state} />}
    </div>
  );
}

/** A token count as the field shows it: exact with separators (a fraction from the URL is shown as given, and refused). */
function tokensText(n: number, fmt: Format): string {
  return Number.isInteger(n) ? fmt.int(n) : String(n);
}

/** A run field (context, tokens): its value, the draft the view keeps for it and what a valid text sets. */
interface RunField {
  value: number;
  draft: Draft<number> | null;
  onDraft: (d: Draft<number>) => void;
  onChange: (v: number) => void;
}

function Details({ report, view, onView, ctx, tokens, state }: {
  report: Report;
  view: BreakdownView;
  onView: (v: BreakdownView) => void;
  ctx: RunField;
  tokens: RunField;
  /** The state: its model, and whether its context and token count are the model's defaults (runSources). */
  state: CounterState;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { shape } = report;
  const id = useId();
  const model = state.model;
  const defaults = runDefaults(model);
  const sources = runSources(state);
  return (
    <>
      <section className="pc-section" aria-labelledby={`${id}-breakdown`}>
        <WidgetHeading id={`${id}-breakdown`} className="pc-h">{t.breakdownHeading}</WidgetHeading>
        <Segmented legend={t.viewLegend} value={view} options={VIEWS.map((v) => ({ value: v, label: t.view[v] }))} onChange={onView} />
        <Chart items={report.components} view={view} />
        <DataDetails className="pc-data" summary={t.breakdownSummary}>
          <BreakdownTable report={report} />
        </DataDetails>
      </section>

      <section className="pc-section" aria-labelledby={`${id}-memory`}>
        <WidgetHeading id={`${id}-memory`} className="pc-h">{t.memoryHeading}</WidgetHeading>
        <DataTable className="pc-table" scroll={t.memoryScroll} caption={t.memoryCaption}>
            <thead>
              <tr>
                <th scope="col">{t.memoryColumns.precision}</th>
                <th scope="col" className="num">{t.memoryColumns.bytes}</th>
                <th scope="col" className="num">{t.memoryColumns.size}</th>
              </tr>
            </thead>
            <tbody>
              {report.memory.map(({ dtype, bytes }) => (
                <tr key={dtype.id}>
                  <th scope="row">
                    {dtype.label}
                    <span className="pc-sub">{t.bytesPerParam(dtype.bits / 8, fmt)}</span>
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
        <p className="pc-note">{t.memoryNote}</p>
      </section>

      <section className="pc-section" aria-labelledby={`${id}-flops`}>
        <WidgetHeading id={`${id}-flops`} className="pc-h">{t.computeHeading}</WidgetHeading>
        <WidgetHeading sub className="pc-h pc-h-sub">{t.forwardHeading}</WidgetHeading>
        <NumberField label={t.ctxLabel} {...ctx} {...fieldParsing(t, fmt, 'ctx')} format={fmt.int} width="12ch"
          error={report.forward.ok ? null : t.fieldError('ctx', { kind: 'parse', failure: report.forward.failure }, fmt)} />
        <p className="pc-note"><CitedText parts={t.ctxNote(sources.ctx, model, defaults.from, defaults.ctx, fmt)} /></p>
        {report.forward.ok && (
          <div className="pc-eqs">
            <Eq>{t.eqLinear(report.forward.flops.matmulParams, fmt)}<Num>{fmt.int(report.forward.flops.linear)}</Num></Eq>
            <Eq>{t.eqAttention(shape.layers, report.forward.ctx, shape.dim, fmt)}<Num>{fmt.int(report.forward.flops.attention)}</Num>{t.eqAttentionAfter}</Eq>
            <Eq strong>{t.eqForwardTotal(report.forward.flops.total, fmt)}</Eq>
            <p className="pc-note"><CitedText parts={t.forwardNote(2n * report.total, fmt)} /></p>
          </div>
        )}
        <WidgetHeading sub className="pc-h pc-h-sub">{t.trainingHeading}</WidgetHeading>
        <NumberField label={t.tokensLabel} {...tokens} {...fieldParsing(t, fmt, 'tokens')} format={(n) => tokensText(n, fmt)} width="22ch" inputMode="decimal"
          error={report.training.ok ? null : t.fieldError('tokens', { kind: 'parse', failure: report.training.failure }, fmt)} />
        <p className="pc-note"><CitedText parts={t.tokensNote(sources.tokens, model, defaults.tokens, fmt)} /></p>
        {report.training.ok && (
          <div className="pc-eqs">
            <Eq>{t.eqTrainingProduct(report.total, report.training.tokens, fmt)}</Eq>
            <Eq>{t.eqTrainingExact.before}<Num>{fmt.int(report.training.flops)}</Num>{t.eqTrainingExact.after}</Eq>
            <Eq strong>{t.eqTrainingApprox(report.training.flops, fmt)}</Eq>
            {report.training.check && <p className="pc-note pc-check"><CitedText parts={t.reportCheck(report.training.check, fmt)} /></p>}
            <p className="pc-note">{t.trainingNote}</p>
          </div>
        )}
      </section>
    </>
  );
}

function Eq({ children, strong = false }: { children: ReactNode; strong?: boolean }) {
  return <p className={strong ? 'pc-eq pc-eq-result' : 'pc-eq'}>{children}</p>;
}

function Num({ children }: { children: ReactNode }) {
  return <span className="pc-exact">{children}</span>;
}

function BreakdownTable({ report }: { report: Report }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <DataTable className="pc-table" scroll={t.breakdownCaption} caption={t.breakdownCaption}>
        <thead>
          <tr>
            <th scope="col">{t.breakdownColumns.component}</th>
            <th scope="col">{t.breakdownColumns.shape}</th>
            <th scope="col" className="num">{t.breakdownColumns.params}</th>
            <th scope="col" className="num">{t.breakdownColumns.share}</th>
          </tr>
        </thead>
        <tbody>
          {report.components.map((c) => (
            <tr key={c.id}>
              <th scope="row">{t.component[c.id]}</th>
              <td>{c.shared ? t.sharedFormula : c.formula}</td>
              <td className="num pc-nowrap">{fmt.int(c.params)}</td>
              <td className="num">{fmt.percent(c.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.total}</th>
            <td />
            <td className="num pc-nowrap">{fmt.int(report.total)}</td>
            <td className="num">{fmt.percent(1, { digits: 0 })}</td>
          </tr>
        </tfoot>
    </DataTable>
  );
}

function Chart({ items, view }: { items: Component[]; view: BreakdownView }) {
  const t = useMessages(messages);
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
            <text className="pc-label" x={0} y={r.y + BAR_H / 2} dominantBaseline="central">{t.component[r.id]}</text>
            <rect className={`pc-bar pc-g-${r.group}`} x={r.x} y={r.y} width={r.width} height={BAR_H} rx={2} />
            <text className="pc-value" x={r.valueX} y={r.y + BAR_H / 2} dominantBaseline="central">{r.valueText}</text>
          </g>
        ))}
      </svg>
    </div>
  );
}

/** Shape fields and tied in an embed URL with a preset model are named as unused in the shell's URL notice. */
export function adjust(state: CounterState, t: ParamCounterMessages): AdjustedField[] {
  return unusedFields(state).map((key) => ({ key, value: String(state[key]), to: null, reason: t.unusedReason(state.model) }));
}

export default island(meta, ParamCounterView, { messages, adjust });
