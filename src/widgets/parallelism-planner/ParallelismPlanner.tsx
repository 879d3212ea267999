// View of parallelism-planner: model, Table 4 presets, GPUs with TP/CP/PP from the sizes that keep DP whole, batch and
// schedule; per-GPU memory (stacked bar against 80 GB, a table, the editable assumptions); the pipeline bubble and the
// step; the time to train; the rank layout (a keyboard-selectable grid up to 64 GPUs, strides in words above).
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { useAnnounce } from '../../components/announce';
import { DataTable, HatchPattern, NumberField, Select, Swatch, Toggle, svgId, LatinTerms } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import { messages, type MemoryTerm } from './messages';
import { meta, type fields } from './meta';
import {
  FFN_SAVED, GRADS, LAYOUT_DIMS, OPT_BYTES, PARAMS, PLAN_MODELS, PRESETS, choicesFor, computePlan, coordsOf, dpAdjustment,
  groupSummary, groupsOf, readField, withDim, withGpus, type FieldKey, type LayoutDim, type PlanOk,
} from './model';
import type { Layout } from '../../lib/llama';
import './parallelismPlanner.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

const TERMS: MemoryTerm[] = ['weights', 'gradients', 'optimizer', 'activations'];
/** Terms drawn striped as well as coloured (neighbours differ by pattern, not hue alone). */
const STRIPED: ReadonlySet<MemoryTerm> = new Set(['gradients', 'activations']);
const DEFAULT_WIDTH = 640;

/** A catalogue string with its language's Latin names marked translate="no" (kit LatinTerms). */
function L({ text }: { text: string }) {
  return <LatinTerms text={text} terms={useMessages(messages).latinTerms} />;
}

export function ParallelismPlannerView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const plan = useMemo(() => computePlan(state), [state]);
  const rowsText = plan.ok ? t.rowsMatch(plan.rows, fmt) : '';
  const line = plan.ok ? `${t.resultLine(plan, fmt)}${rowsText ? ` ${rowsText}` : ''}` : t.impossibleAnnounced(plan.errors.map((e) => t.issue(e, fmt)));
  useAnnounce(line);
  return (
    <div className="parallelism-planner">
      <Controls state={state} onChange={onChange} rows={plan.ok ? plan.rows : []} />
      {plan.ok ? (
        <>
          <p className="pp-result"><L text={line} /></p>
          {plan.warnings.map((w) => <p key={w.code} className="pp-warning"><L text={t.issue(w, fmt)} /></p>)}
          <Memory r={plan} state={state} onChange={onChange} />
          <Step r={plan} />
          <Train r={plan} attn={state.attnFlops} onChange={onChange} />
          <RankLayout r={plan} />
        </>
      ) : (
        <div className="pp-invalid">
          <p><strong>{t.impossible}</strong></p>
          <ul>{plan.errors.map((e) => <li key={e.code}><L text={t.issue(e, fmt)} /></li>)}</ul>
          {plan.errors.map((e) => (e.code === 'product' && e.fixDp !== null ? (
            <p key="fix"><button type="button" className="pp-fix" onClick={() => onChange({ dp: e.fixDp! })}><L text={t.fixDp(e.fixDp, fmt)} /></button></p>
          ) : null))}
        </div>
      )}
      <details className="pp-notes">
        <summary>{t.notesSummary}</summary>
        <ul>{t.notes.map((n) => <li key={n}><L text={n} /></li>)}</ul>
      </details>
      <p className="pp-sources"><L text={t.sources} /></p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function Controls({ state, onChange, rows }: { state: State; onChange: OnChange; rows: number[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const field = (key: FieldKey, label: string, width: string) => ({
    label, parse: (text: string) => readField(text, key), errorText: (e: Parameters<typeof t.fieldError>[0]) => t.fieldError(e, fmt),
    format: fmt.int, width, inputMode: 'numeric' as const,
  });
  const consistent = state.tp * state.cp * state.pp * state.dp === state.gpus;
  return (
    <div className="pp-controls">
      <div className="pp-row">
        <Select label={t.modelLabel} value={state.model} options={PLAN_MODELS.map((m) => ({ value: m, label: t.modelOption(m, PARAMS[m], fmt) }))}
          onChange={(model) => onChange({ model })} />
      </div>
      <fieldset className="pp-presets">
        <legend>{t.presetsLegend}</legend>
        {PRESETS.map((p) => (
          <button key={p.row} type="button" aria-pressed={rows.includes(p.row)} onClick={() => onChange(p.state)}>
            {t.presetButton(p.row, p.printed, fmt)}
          </button>
        ))}
      </fieldset>
      <fieldset className="pp-group">
        <legend><L text={t.layoutLegend} /></legend>
        <div className="pp-fields">
          <NumberField {...field('gpus', t.gpusField, '8ch')} value={state.gpus}
            onChange={(gpus) => onChange(withGpus(state, gpus))} />
          {(['tp', 'cp', 'pp'] as const).map((d) => (
            <Select key={d} label={t.dimLabel[d]} value={String(state[d])}
              options={choicesFor(state, d).map((n) => ({ value: String(n), label: fmt.int(n) }))}
              onChange={(v) => onChange(withDim(state, d, Number(v)))} />
          ))}
          <div className={consistent ? 'ctl pp-dp' : 'ctl pp-dp is-bad'}>
            <span className="ctl-label"><L text={t.dpLabel} /></span>
            <span className="pp-dp-value"><L text={t.dpValue(state.dp, consistent, fmt)} /></span>
          </div>
        </div>
      </fieldset>
      <fieldset className="pp-group">
        <legend>{t.batchLegend}</legend>
        <div className="pp-fields">
          <NumberField {...field('seqLen', t.fieldLabel.seqLen, '9ch')} value={state.seqLen} onChange={(seqLen) => onChange({ seqLen })} />
          <NumberField {...field('mbs', t.fieldLabel.mbs, '7ch')} value={state.mbs} onChange={(mbs) => onChange({ mbs })} />
          <NumberField {...field('m', t.fieldLabel.m, '7ch')} value={state.m} onChange={(m) => onChange({ m })} />
          <NumberField {...field('v', t.fieldLabel.v, '5ch')} value={state.v} onChange={(v) => onChange({ v })} />
          <NumberField {...field('mfu', t.fieldLabel.mfu, '6ch')} inputMode="decimal" value={state.mfu}
            format={(x: number) => fmt.decimal(x * 100, { digits: 2, trim: true })} onChange={(mfu) => onChange({ mfu })} />
        </div>
      </fieldset>
    </div>
  );
}

// ── Memory ──────────────────────────────────────────────────────────────────────────────────────

function Memory({ r, state, onChange }: { r: PlanOk; state: State; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const gb = (b: number) => fmt.bytes(b, { units: 'decimal' });
  return (
    <section className="pp-section" aria-labelledby="pp-mem-h">
      <h3 className="pp-subhead" id="pp-mem-h">{t.memHeading}: <span className={r.fits ? 'pp-fits' : 'pp-over'}><L text={t.memTotal(r, fmt)} /></span></h3>
      <MemoryBar weights={r.memory.weights} gradients={r.memory.gradients} optimizer={r.memory.optimizer}
        activations={r.memory.activations} total={r.memory.total} capacity={r.capacity} />
      <DataTable className="pp-table" scroll={t.memTableLabel}>
        <tbody>
          {TERMS.map((k) => (
            <tr key={k} data-term={k}>
              <th scope="row">
                <Swatch className={`pp-seg pp-seg-${k}`} hatchId={STRIPED.has(k) ? 'pp-hatch-key' : undefined} /> {t.memTerm[k]}
                <span className="pp-formula"><L text={t.memFormula(k, r, fmt)} /></span>
              </th>
              <td>{gb(r.memory[k])}</td>
            </tr>
          ))}
          <tr className="pp-total"><th scope="row">{t.memTotalRow}</th><td>{gb(r.memory.total)}</td></tr>
          <tr><th scope="row">{t.memCapacityRow}</th><td>{gb(r.capacity)}</td></tr>
        </tbody>
      </DataTable>
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="pp-defs"><defs><HatchPattern id="pp-hatch-key" /></defs></svg>
      <fieldset className="pp-group pp-assumptions">
        <legend>{t.assumptionsLegend}</legend>
        <Select label={t.optLegend} value={state.optBytes} options={OPT_BYTES.map((v) => ({ value: v, label: t.optOption[v] }))}
          onChange={(optBytes) => onChange({ optBytes })} />
        <Select label={t.gradsLegend} value={state.grads} options={GRADS.map((v) => ({ value: v, label: t.gradsOption[v] }))}
          onChange={(grads) => onChange({ grads })} />
        <Select label={t.ffnLegend} value={state.ffnSaved} options={FFN_SAVED.map((v) => ({ value: v, label: t.ffnOption[v] }))}
          onChange={(ffnSaved) => onChange({ ffnSaved })} />
      </fieldset>
      <p className="pp-key"><L text={t.memScope} /></p>
    </section>
  );
}

/** The bar takes only the bytes it draws, so a control that does not change them (MFU, the FLOPs toggle) does not redraw it. */
type Bytes = Record<MemoryTerm | 'total', number>;

const MemoryBar = memo(function MemoryBar({ weights, gradients, optimizer, activations, total, capacity }: Bytes & { capacity: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const memory: Bytes = { weights, gradients, optimizer, activations, total };
  const [ref, width] = useWidth(DEFAULT_WIDTH, 240);
  const hatch = svgId(useId(), 'pp-hatch');
  const descId = useId();
  const height = 44, barY = 4, barH = 22;
  const x = scaleLinear().domain([0, Math.max(total, capacity) * 1.02]).range([1, width - 1]);
  let at = 0;
  const segs = TERMS.map((k) => { const from = at; at += memory[k]; return { k, from, to: at }; });
  const capX = x(capacity);
  return (
    <div ref={ref} className="pp-bar">
      <p id={descId} className="visually-hidden"><L text={t.memDescribe(memory, capacity, fmt)} /></p>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={descId} className="pp-svg">
        <defs><HatchPattern id={hatch} /></defs>
        <g aria-hidden="true">
          {segs.map(({ k, from, to }) => (
            <g key={k}>
              <rect className={`pp-seg pp-seg-${k}`} x={x(from)} y={barY} width={Math.max(0, x(to) - x(from))} height={barH} />
              {STRIPED.has(k) && <rect x={x(from)} y={barY} width={Math.max(0, x(to) - x(from))} height={barH} fill={`url(#${hatch})`} />}
            </g>
          ))}
          <line className="pp-cap" x1={capX} x2={capX} y1={0} y2={barY + barH + 4} />
          <text className="pp-cap-label" x={capX} y={height - 2} textAnchor={capX > width - 40 ? 'end' : 'middle'}>{t.capacityLabel(capacity, fmt)}</text>
        </g>
      </svg>
    </div>
  );
});

// ── Step and time to train ──────────────────────────────────────────────────────────────────────

const Step = memo(function Step({ r }: { r: PlanOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <section className="pp-section" aria-labelledby="pp-step-h">
      <h3 className="pp-subhead" id="pp-step-h">{t.stepHeading}</h3>
      <dl className="pp-kv">{t.stepRows(r, fmt).map(([k, v]) => <div key={k}><dt><L text={k} /></dt><dd><L text={v} /></dd></div>)}</dl>
    </section>
  );
});

function Train({ r, attn, onChange }: { r: PlanOk; attn: boolean; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <section className="pp-section" aria-labelledby="pp-train-h">
      <h3 className="pp-subhead" id="pp-train-h">{t.trainHeading}</h3>
      <Toggle label={t.attnToggle} checked={attn} onChange={(attnFlops) => onChange({ attnFlops })} />
      <dl className="pp-kv">{t.trainRows(r, fmt).map(([k, v]) => <div key={k}><dt><L text={k} /></dt><dd><L text={v} /></dd></div>)}</dl>
      <p className="pp-key"><L text={t.peakNote} /></p>
    </section>
  );
}

// ── Rank layout ─────────────────────────────────────────────────────────────────────────────────

function RankLayout({ r }: { r: PlanOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <section className="pp-section" aria-labelledby="pp-layout-h">
      <h3 className="pp-subhead" id="pp-layout-h"><L text={t.layoutHeading} /></h3>
      <p className="pp-strides"><L text={t.strides(r, fmt)} /></p>
      {r.grid ? <Grid {...r.layout} key={`${r.layout.tp}.${r.layout.cp}.${r.layout.pp}.${r.layout.dp}`} /> : (
        <ul className="pp-groups">
          {LAYOUT_DIMS.map((d) => <li key={d}><L text={t.groupSummary(d, groupSummary(0, d, r.layout), fmt)} /></li>)}
        </ul>
      )}
      <p className="pp-key"><L text={t.fig5Note} /></p>
    </section>
  );
}

/** Columns of the grid: the largest of TP, TP·CP, TP·CP·PP that is at most 8 (so a row is whole groups), at least 2. */
function gridColumns(l: Layout): number {
  const c = [l.tp * l.cp * l.pp, l.tp * l.cp, l.tp].find((x) => x <= 8) ?? 8;
  return Math.max(2, c);
}

/** Every GPU with its coordinates; the chosen one's four groups outlined. Takes only the layout (memoised). */
const Grid = memo(function Grid({ tp, cp, pp, dp }: Layout) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [sel, setSel] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const layout = useMemo(() => ({ tp, cp, pp, dp }), [tp, cp, pp, dp]);
  const groups = groupsOf(sel, layout);
  const lines = LAYOUT_DIMS.map((d) => t.groupLine(d, sel, groups[d], fmt));
  useAnnounce(lines.join('. '));
  const n = tp * cp * pp * dp;
  const move = (to: number) => { const k = Math.max(0, Math.min(n - 1, to)); setSel(k); refs.current[k]?.focus(); };
  const onKey = (e: KeyboardEvent) => {
    // Up and down move by the columns drawn (counted from the layout; jsdom draws nothing, so fall back to the model's).
    const top = refs.current[0]?.offsetTop ?? 0;
    const drawn = refs.current.findIndex((b) => b !== null && b.offsetTop !== top);
    const cols = drawn > 0 ? drawn : gridColumns(layout);
    const next: Record<string, number> = { ArrowRight: sel + 1, ArrowLeft: sel - 1, ArrowDown: sel + cols, ArrowUp: sel - cols, Home: 0, End: n - 1 };
    if (e.key in next) { e.preventDefault(); move(next[e.key]!); }
  };
  return (
    <>
      <p className="pp-key"><L text={t.gridHelp} /></p>
      <div className={`pp-grid pp-cols-${gridColumns(layout)}`} role="group" aria-label={t.gridLabel} onKeyDown={onKey}>
        {Array.from({ length: n }, (_, k) => {
          const c = coordsOf(k, layout);
          const inGroups = LAYOUT_DIMS.filter((d) => groups[d].includes(k) && (layout[d] > 1 || k === sel));
          const cls = ['pp-gpu', k === sel ? 'is-selected' : '', ...inGroups.map((d) => `in-${d}`)].filter(Boolean).join(' ');
          return (
            <button key={k} ref={(el) => { refs.current[k] = el; }} type="button" className={cls} aria-pressed={k === sel}
              tabIndex={k === sel ? 0 : -1} aria-label={t.gpuName(k, c, fmt)} onClick={() => setSel(k)}>
              <span className="pp-gpu-name">GPU{fmt.int(k)}</span>
              <span className="pp-gpu-coords" translate="no">[{c.tp},{c.cp},{c.pp},{c.dp}]</span>
              <span className="pp-gpu-marks" aria-hidden="true" translate="no">{inGroups.filter((d) => layout[d] > 1).map((d) => t.groupMark[d]).join('')}</span>
            </button>
          );
        })}
      </div>
      <ul className="pp-groups">{lines.map((l) => <li key={l}><L text={l} /></li>)}</ul>
    </>
  );
});

export default island(meta, ParallelismPlannerView, {
  messages,
  adjust: (state, t, f) => {
    const a = dpAdjustment(state);
    return a === null ? [] : [{ key: 'dp', value: String(state.dp), to: null, reason: t.dpAdjusted(a.fixDp, f) }];
  },
});

export type { LayoutDim };
