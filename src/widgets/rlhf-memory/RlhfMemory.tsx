// View of rlhf-memory: the controls (model, highlighted method, weight dtype, optimizer, DPO's cached reference,
// GRPO's KL term), the highlighted method's result line (announced), the three methods side by side as cards with a
// stacked bar per resident model (weights solid, gradients striped, optimizer state dotted, all on one scale), the
// exact bytes in a table, and the notes on what is counted. Everything is arithmetic on the main thread (well under a
// millisecond), so there is no worker and no pending state.
import { memo, useId, useMemo } from 'react';
import { useAnnounce } from '../../components/announce';
import { DataDetails, DataTable, HatchPattern, NumberField, Segmented, Select, Swatch, Toggle, svgId, LatinTerms, type Parsed } from '../../components/kit';
import { shellMessages } from '../../components/messages';
import type { AdjustedField } from '../../lib/urlState';
import type { NumberFailure } from '../../lib/text';
import { readField } from '../param-counter/model';
import { useWidth } from '../../components/useWidth';
import { island } from '../../components/WidgetShell';
import { useFormat, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import { messages, type RlhfMemoryMessages, type StateKind } from './messages';
import { meta, type fields } from './meta';
import {
  MAX_CUSTOM_PARAMS, METHODS, MODEL_CHOICES, OPTIMIZERS, SHAPE_FIELDS, WEIGHT_DTYPES, checkMemory, presetFields, unusedFields,
  type MemResult, type MemState, type MethodResult, type ModelChoice, type ShapeField,
} from './model';
import type { FieldProblem } from '../param-counter/model';
import { MODELS } from '../../data/models';
import './rlhfMemory.css';

const KINDS: StateKind[] = ['weights', 'gradients', 'optimizer'];
const BAR_H = 16;

/** A catalogue string with its language's Latin names marked translate="no" (kit LatinTerms). */
function L({ text }: { text: string }) {
  return <LatinTerms text={text} terms={useMessages(messages).latinTerms} />;
}

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

export function RlhfMemoryView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const shell = useMessages(shellMessages);
  const fmt = useFormat();
  const { model, method, dtype, optimizer, cached, grpokl, dim, layers, heads, kvHeads, ffnDim, vocab, tied } = state;
  const check = useMemo(() => checkMemory({
    model, method, dtype, optimizer, cached, grpokl,
    ...(model === 'custom' ? { custom: { dim, layers, heads, kvHeads, ffnDim, vocab, tied } } : {}),
  } satisfies MemState), [model, method, dtype, optimizer, cached, grpokl, dim, layers, heads, kvHeads, ffnDim, vocab, tied]);
  const line = check.ok ? t.result(check.result, fmt) : check.tooLarge ? t.tooLarge(check.tooLarge.params, check.tooLarge.max, fmt) : t.invalid;
  useAnnounce(line);
  const uid = useId();
  const hatch = svgId(uid, 'rlm-hatch');
  const dots = svgId(uid, 'rlm-dots');

  function chooseModel(next: ModelChoice) {
    // The custom shape starts from the model on screen.
    if (next === 'custom' && model !== 'custom') onChange({ model: next, ...presetFields(model) });
    else onChange({ model: next });
  }

  return (
    <div className="rlhf-memory">
      <p className="rlm-intro">{t.intro}</p>
      <div className="rlm-controls">
        <div className="rlm-row">
          <Select label={t.modelLabel} value={model}
            options={MODEL_CHOICES.map((id) => ({ value: id, label: id === 'custom' ? shell.customModel : t.modelOption(id, MODELS[id].name) }))}
            onChange={chooseModel} />
          <Segmented legend={t.methodLegend} value={method} options={METHODS.map((m) => ({ value: m, label: t.methodName[m] }))}
            onChange={(v) => onChange({ method: v })} />
          <Segmented legend={t.dtypeLegend} value={dtype} options={WEIGHT_DTYPES.map((d) => ({ value: d, label: t.dtypeOption[d] }))}
            onChange={(v) => onChange({ dtype: v })} />
        </div>
        {model === 'custom' && <CustomShape state={state} errors={check.ok ? {} : check.errors} onChange={onChange} />}
        <div className="rlm-row">
          <Select label={t.optimizerLabel} value={optimizer} options={OPTIMIZERS.map((o) => ({ value: o, label: t.optimizerOption[o] }))}
            onChange={(v) => onChange({ optimizer: v })} />
        </div>
        <Toggle label={t.cachedLabel} checked={cached} onChange={(v) => onChange({ cached: v })} />
        <Toggle label={t.grpoklLabel} checked={grpokl} onChange={(v) => onChange({ grpokl: v })} />
      </div>
      {check.ok ? <Results r={check.result} line={line} hatch={hatch} dots={dots} /> : <p className="rlm-invalid">{line}</p>}
      <p className="rlm-sources"><L text={t.sources} /></p>
    </div>
  );
}

function Results({ r, line, hatch, dots }: { r: MemResult; line: string; hatch: string; dots: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <>
      <p className="rlm-result"><L text={line} /></p>
      <p className="rlm-precision">{t.precisionLine(r, fmt)}</p>
      {r.notes.map((n) => <p key={n} className="rlm-note">{t.note(n)}</p>)}
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="rlm-defs">
        <defs>
          <HatchPattern id={hatch} />
          <pattern id={dots} patternUnits="userSpaceOnUse" width={5} height={5}>
            <circle className="rlm-dot" cx={2.5} cy={2.5} r={1.2} />
          </pattern>
        </defs>
      </svg>
      <Side r={r} hatch={hatch} dots={dots} />
      <ExactTable r={r} />
      <DataDetails className="rlm-notes" summary={t.notesSummary}>
        <ul>{t.notes(r, fmt).map((n) => <li key={n}><L text={n} /></li>)}</ul>
      </DataDetails>
    </>
  );
}

// ── A custom shape ──────────────────────────────────────────────────────────────────────────────

/** Reads a typed shape field with param-counter's rules (its FIELD_LIMITS); the catalogue words a failure. */
const PARSE = Object.fromEntries(SHAPE_FIELDS.map((f) => [f, (text: string): Parsed<number, NumberFailure> => {
  const r = readField(f, text);
  return r.ok ? r : { ok: false, error: r.failure };
}])) as Record<ShapeField, (text: string) => Parsed<number, NumberFailure>>;

function CustomShape({ state, errors, onChange }: { state: State; errors: Partial<Record<ShapeField, FieldProblem>>; onChange: OnChange }) {
  const t = useMessages(messages);
  const shell = useMessages(shellMessages);
  const fmt = useFormat();
  const hintId = useId();
  return (
    <fieldset className="rlm-custom" aria-describedby={hintId}>
      <legend>{shell.customModel}</legend>
      <p className="rlm-custom-hint" id={hintId}>{t.customHint(MAX_CUSTOM_PARAMS, fmt)}</p>
      <div className="rlm-custom-fields">
        {SHAPE_FIELDS.map((f) => {
          const problem = errors[f];
          return (
            <NumberField key={f} label={t.fieldLabel[f]} value={state[f]} width="100%" format={fmt.int} parse={PARSE[f]}
              errorText={(failure: NumberFailure) => t.fieldError(f, { kind: 'parse', failure }, fmt)}
              error={problem ? t.fieldError(f, problem, fmt) : null}
              onChange={(v) => onChange({ [f]: v })} />
          );
        })}
      </div>
      <Toggle label={t.tiedLabel} checked={state.tied} onChange={(v) => onChange({ tied: v })} />
    </fieldset>
  );
}

// ── The three methods side by side ──────────────────────────────────────────────────────────────

const Side = memo(function Side({ r, hatch, dots }: { r: MemResult; hatch: string; dots: string }) {
  const t = useMessages(messages);
  const shell = useMessages(shellMessages);
  const headId = useId();
  const pattern: Record<StateKind, string | undefined> = { weights: undefined, gradients: hatch, optimizer: dots };
  // One scale for every bar, a model's or a method's total: the largest method's total.
  const scaleMax = r.maxTotal;
  return (
    <section className="rlm-side" aria-labelledby={headId}>
      <h3 className="rlm-subhead" id={headId}>{t.sideHeading(r.modelName ?? shell.customModel)}</h3>
      <ul className="rlm-key">
        {KINDS.map((k) => (
          <li key={k}><Swatch className={`rlm-seg rlm-seg-${k}`} hatchId={pattern[k]} /> {t.keyLabel(k)}</li>
        ))}
      </ul>
      <p className="rlm-scale">{t.scaleNote}</p>
      <div className="rlm-cards">
        {METHODS.map((m) => <Card key={m} m={r.methods[m]} highlighted={m === r.state.method} scaleMax={scaleMax} pattern={pattern} />)}
      </div>
    </section>
  );
});

function Card({ m, highlighted, scaleMax, pattern }: { m: MethodResult; highlighted: boolean; scaleMax: number; pattern: Record<StateKind, string | undefined> }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const headId = useId();
  return (
    <article className={highlighted ? 'rlm-card is-highlighted' : 'rlm-card'} aria-labelledby={headId} data-method={m.method}>
      <h4 className="rlm-card-head" id={headId}>
        <L text={t.methodName[m.method]} />
        {highlighted && <span className="rlm-badge">{t.highlighted}</span>}
      </h4>
      <p className="rlm-gen">{t.generates(m.memory.generates)}</p>
      <ul className="rlm-models">
        {m.memory.models.map((x) => (
          <li key={x.role}>
            <p className="rlm-model-line">
              <span>{t.role[x.role]} · {t.trained(x.trained)}</span>
              <span className="rlm-num">{fmt.bytes(x.total, { units: 'decimal' })}</span>
            </p>
            <Bar label={t.barLabel(x.role, x.trained, x.weights, x.gradients, x.optimizer, fmt)}
              parts={{ weights: x.weights, gradients: x.gradients, optimizer: x.optimizer }} scaleMax={scaleMax} pattern={pattern} />
          </li>
        ))}
      </ul>
      <p className="rlm-card-total">{t.cardTotal(m, fmt)}</p>
      <Bar label={t.totalBarLabel(m, fmt)} parts={{ weights: m.weights, gradients: m.gradients, optimizer: m.optimizer }} scaleMax={scaleMax} pattern={pattern} />
      <p className="rlm-card-gpus">{t.cardGpus(m, fmt)}</p>
      <p className="rlm-passes">{t.passes(m, fmt)}</p>
    </article>
  );
}

function Bar({ label, parts, scaleMax, pattern }: { label: string; parts: Record<StateKind, number>; scaleMax: number; pattern: Record<StateKind, string | undefined> }) {
  const [ref, width] = useWidth(200, 60);
  const x = (b: number) => (scaleMax > 0 ? (b / scaleMax) * (width - 2) : 0);
  let at = 1;
  const segs = KINDS.filter((k) => parts[k] > 0).map((k) => { const from = at; at += x(parts[k]); return { k, from, w: at - from }; });
  return (
    <div ref={ref} className="rlm-bar">
      <svg viewBox={`0 0 ${width} ${BAR_H}`} width="100%" height={BAR_H} role="img" aria-label={label} className="rlm-svg">
        {segs.map(({ k, from, w }) => (
          <g key={k}>
            <rect className={`rlm-seg rlm-seg-${k}`} x={from} y={1} width={Math.max(0, w)} height={BAR_H - 2} />
            {pattern[k] && <rect x={from} y={1} width={Math.max(0, w)} height={BAR_H - 2} fill={`url(#${pattern[k]})`} />}
          </g>
        ))}
      </svg>
    </div>
  );
}

// ── Exact bytes ─────────────────────────────────────────────────────────────────────────────────

const ExactTable = memo(function ExactTable({ r }: { r: MemResult }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.columns;
  return (
    <DataDetails className="rlm-data" summary={t.tableSummary}>
      <DataTable caption={t.tableSummary} scroll={t.tableSummary} className="rlm-table">
        <thead><tr>{[c.method, c.role, c.params, c.weights, c.gradients, c.optimizer, c.total].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {METHODS.flatMap((m) => {
            const res = r.methods[m];
            const rows = res.memory.models.map((x) => (
              <tr key={`${m}-${x.role}`}>
                <th scope="row"><L text={t.methodName[m]} /></th><td>{t.role[x.role]}</td><td>{fmt.int(x.params)}</td>
                <td>{fmt.int(x.weights)}</td><td>{fmt.int(x.gradients)}</td><td>{fmt.int(x.optimizer)}</td><td>{fmt.int(x.total)}</td>
              </tr>
            ));
            rows.push(
              <tr key={`${m}-total`} className="rlm-total-row">
                <th scope="row" colSpan={3}><L text={t.totalRow(t.methodName[m])} /></th>
                <td>{fmt.int(res.weights)}</td><td>{fmt.int(res.gradients)}</td><td>{fmt.int(res.optimizer)}</td><td>{fmt.int(res.total)}</td>
              </tr>,
            );
            return rows;
          })}
        </tbody>
      </DataTable>
    </DataDetails>
  );
});

/** Shape fields and tied in an embed URL with a released model are named as unused in the shell's URL notice. */
export function adjust(state: State, t: RlhfMemoryMessages): AdjustedField[] {
  return unusedFields(state).map((key) => ({ key, value: String(state[key]), to: null, reason: t.unusedReason(state.model) }));
}

export default island(meta, RlhfMemoryView, { messages, adjust });
