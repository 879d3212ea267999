// View of rope-rotation: positions m and n, the base and the pair; one pair of q and k drawn as 2-D vectors at (m, n)
// and at (m + Δ, n + Δ); the full-head scores that shifting both leaves unchanged; the 64 pairs at position m as dials
// (one radio group, arrow keys step); a data table of every pair. React draws; the model and geometry.ts compute.
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAnnounce } from '../../components/announce';
import { CitedText } from '../../components/Cite';
import { DataDetails, DataTable, NumberField, Segmented, Slider, SliderField, useHydrated } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat, useMessages } from '../../i18n/react';
import { keyIntent } from '../../lib/keys';
import type { ViewProps } from '../types';
import { dialDrawing, pairDrawing } from './geometry';
import { messages } from './messages';
import { meta, fields } from './meta';
import {
  BASE_CHOICES, BASE_LIMITS, BASE_PRESETS, DIALS_PER_ROW, MAX_POSITION, PAIRS, baseChoiceOf, baseEdges, computeRotation, movePair, nextSeed,
  readBase, readPosition, readSeed, readShift, toDegrees, type BaseChoice, type PairView, type RotationOk,
} from './model';
import './ropeRotation.css';

/** What the bounds of a custom base mean (computed once). */
const BASE_EDGES = baseEdges();

type OnChange = ViewProps<typeof fields>['onChange'];

export function RopeRotationView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const result = useMemo(() => computeRotation(state), [state.m, state.n, state.pair, state.base, state.seed, state.shift]);
  useAnnounce(result.ok ? t.announce(result, fmt) : t.impossibleAnnounced(result.errors.map((i) => t.issue(i, fmt))));
  const wavelengthOf = (i: number) => (result.ok ? result.dials[i]?.wavelength ?? Number.NaN : Number.NaN);

  return (
    <div className="rope-rotation">
      <div className="rr-controls">
        <PositionControl which="m" value={state.m} onChange={(m) => onChange({ m })} />
        <PositionControl which="n" value={state.n} onChange={(n) => onChange({ n })} />
        <BaseControl base={state.base} onChange={(base) => onChange({ base })} />
        <Slider
          label={t.pairLabel}
          value={state.pair}
          min={0}
          max={PAIRS - 1}
          onChange={(pair) => onChange({ pair })}
          format={(i) => t.pairValue(i, fmt)}
          valueText={(i) => t.pairValueText(i, wavelengthOf(i), fmt)}
        />
        <SeedField seed={state.seed} onSeed={(seed) => onChange({ seed })} />
      </div>
      {result.ok ? <Results r={result} onChange={onChange} /> : (
        <div className="rr-invalid">
          <p><strong>{t.impossible}</strong></p>
          <ul>{result.errors.map((i) => t.issue(i, fmt)).map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function PositionControl({ which, value, onChange }: { which: 'm' | 'n'; value: number; onChange: (v: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const words = t.position[which];
  return (
    <SliderField
      className="rr-position"
      value={value}
      onChange={onChange}
      slider={{
        label: words.label, min: 0, max: MAX_POSITION, position: (v) => v, valueAt: (p) => p,
        format: fmt.int, valueText: (v) => t.positionValue(v, fmt),
      }}
      field={{ label: words.fieldLabel, parse: readPosition, errorText: (e) => t.fieldError(which, e, fmt), format: fmt.int, width: '9ch' }}
    />
  );
}

/** The base: Llama 2's, Llama 3's, or a custom one typed in (kept open while the reader is on "custom"). */
function BaseControl({ base, onChange }: { base: number; onChange: (b: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [customOpen, setCustomOpen] = useState(false);
  const choice: BaseChoice = customOpen ? 'custom' : baseChoiceOf(base);
  const choose = (c: BaseChoice) => {
    if (c === 'custom') { setCustomOpen(true); return; }
    setCustomOpen(false);
    onChange(BASE_PRESETS.find((p) => p.id === c)!.base);
  };
  const shown = (b: number) => (Number.isInteger(b) ? fmt.int(b) : fmt.decimal(b, { digits: 6, trim: true }));
  return (
    <div className="rr-base">
      <Segmented legend={t.baseLegend} value={choice} options={BASE_CHOICES.map((c) => ({ value: c, label: t.baseOption(c, fmt) }))} onChange={choose} />
      {choice === 'custom' && (
        <div className="rr-custom-base">
          <NumberField label={t.customBaseLabel} value={base} parse={readBase} format={shown} inputMode="decimal" width="14ch"
            errorText={(e) => t.fieldError('base', e, fmt)} onChange={onChange} />
          <p className="ctl-hint">{t.customBaseHint(BASE_LIMITS.min, BASE_LIMITS.max, BASE_EDGES, fmt)}</p>
        </div>
      )}
    </div>
  );
}

function SeedField({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="rr-seed">
      <NumberField label={t.seedLabel} value={seed} width="11ch" parse={readSeed} errorText={(e) => t.fieldError('seed', e, fmt)} onChange={onSeed} />
      <button type="button" onClick={() => onSeed(nextSeed(seed))}>{t.newSeed}</button>
    </div>
  );
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r, onChange }: { r: RotationOk; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const onPair = useMemo(() => (pair: number) => onChange({ pair }), [onChange]);
  return (
    <div className="rr-results">
      <section className="rr-section" aria-label={t.pairHeading(r, fmt)}>
        <p className="rr-subhead">{t.pairHeading(r, fmt)}</p>
        <p className="rr-facts">{t.pairFrequency(r, fmt)}</p>
        <p className="rr-facts">{t.pairTurns(r, fmt)}</p>
        <p className="rr-facts">{t.pairLengths(r, fmt)}</p>
        <Diagrams r={r} />
        <p className="rr-legend">{t.legend}</p>
      </section>
      <ShiftBoth r={r} onChange={onChange} />
      <Dials r={r} onPair={onPair} />
      <Data r={r} />
      <p className="rr-fineprint"><CitedText parts={t.sources(r, fmt)} /></p>
    </div>
  );
}

/** Largest drawing, px; two sit side by side down to a 320 px screen. */
const MAX_DIAGRAM = 200;

function Diagrams({ r }: { r: RotationOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>(2 * MAX_DIAGRAM + 16);
  // Two columns down to a 320 px screen; the drawing is as wide as its column (at most MAX_DIAGRAM).
  const size = Math.max(110, Math.min(MAX_DIAGRAM, Math.floor((width - 16) / 2)));
  return (
    <div className="rr-diagrams" ref={ref}>
      <PairDiagram r={r} v={r.at} size={size} title={t.diagramAt(r.at, fmt)} />
      <PairDiagram r={r} v={r.shifted} size={size} title={t.diagramShifted(r.shifted, r.shift, fmt)} />
    </div>
  );
}

function PairDiagram({ r, v, size, title }: { r: RotationOk; v: PairView; size: number; title: string }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const descId = useId();
  const c = { x: size / 2, y: size / 2 };
  const radius = size / 2 - 16;
  const d = pairDrawing(c, radius, v, { q: r.q0, k: r.k0 }, Math.max(8, size / 20), 9);
  return (
    <figure className="rr-diagram">
      <figcaption>{title}</figcaption>
      <p id={descId} className="visually-hidden">{t.describeDiagram(r, v, fmt)}</p>
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby={descId}>
        <circle cx={c.x} cy={c.y} r={radius} className="rr-rim" />
        <line x1={c.x} y1={c.y} x2={c.x + radius} y2={c.y} className="rr-zero" />
        <line x1={c.x} y1={c.y} x2={d.q0.to.x} y2={d.q0.to.y} className="rr-before rr-before-q" />
        <line x1={c.x} y1={c.y} x2={d.k0.to.x} y2={d.k0.to.y} className="rr-before rr-before-k" />
        <path d={d.between} className="rr-between" />
        <path d={d.k.shaft} className="rr-k" />
        <path d={d.k.head} className="rr-k-head" />
        <path d={d.q.shaft} className="rr-q" />
        <path d={d.q.head} className="rr-q-head" />
        <text x={d.q.label.x} y={d.q.label.y} className="rr-vlabel" textAnchor="middle" dominantBaseline="central">{t.qLabel}</text>
        <text x={d.k.label.x} y={d.k.label.y} className="rr-vlabel" textAnchor="middle" dominantBaseline="central">{t.kLabel}</text>
      </svg>
      <p className="rr-readout">{t.diagramReadout(v, fmt)}</p>
      <p className="rr-angle">{t.diagramBetween(v, fmt)}</p>
    </figure>
  );
}

// ── Shift both ──────────────────────────────────────────────────────────────────────────────────

function ShiftBoth({ r, onChange }: { r: RotationOk; onChange: OnChange }) {
  const t = useMessages(messages);
  const hydrated = useHydrated();
  // 12 decimals, so that float rounding would show, once the page runs. The server's HTML (and the render that
  // hydrates it) prints 6: sin, cos and pow differ in the last bits between engines (Node's V8 and Chromium's give
  // scores 4 × 10⁻¹² apart here), and 12 printed decimals would not match.
  const score = (s: number) => fmt.decimal(s, { digits: hydrated ? 12 : 6 });
  const fmt = useFormat();
  const { scores, shiftRange } = r;
  return (
    <section className="rr-section rr-shift" aria-label={t.shiftHeading}>
      <p className="rr-subhead">{t.shiftHeading}</p>
      <p>{t.shiftIntro(fmt)}</p>
      <div className="rr-shift-control">
        <Slider
          label={t.shiftLabel}
          value={r.shift}
          min={shiftRange.min}
          max={shiftRange.max}
          onChange={(shift) => onChange({ shift })}
          format={(d) => t.shiftValue(d, fmt)}
        />
        <NumberField label={t.shiftFieldLabel} value={r.shift} parse={readShift} errorText={(e) => t.fieldError('shift', e, fmt)}
          format={fmt.int} width="9ch" onChange={(shift) => onChange({ shift })} />
      </div>
      <DataTable className="rr-scores" caption={t.scoresCaption(fmt)}>
        <tbody>
          <tr><th scope="row">{t.scoreAt(r, fmt)}</th><td>{score(scores.at)}</td></tr>
          <tr><th scope="row">{t.scoreShifted(r, fmt)}</th><td>{score(scores.shifted)}</td></tr>
          <tr className="rr-diff"><th scope="row">{t.scoreDifference}</th><td>{t.difference(hydrated ? scores.difference : null, fmt)}</td></tr>
          <tr><th scope="row">{t.scoreOffsetOnly(r, fmt)}</th><td>{score(scores.offsetOnly)}</td></tr>
          <tr className="rr-keyonly">
            <th scope="row">{t.scoreKeyOnly(r, fmt)}</th>
            <td>{score(scores.keyOnly.score)}<span className="rr-change">{t.keyOnlyChange(scores.keyOnly.change, fmt)}</span></td>
          </tr>
        </tbody>
      </DataTable>
      <p className="rr-verdict">{t.verdict(r, fmt, hydrated)}</p>
      {r.notes.length > 0 && (
        <ul className="rr-notes">{r.notes.map((n) => t.note(n, fmt)).map((n) => <li key={n}>{n}</li>)}</ul>
      )}
    </section>
  );
}

// ── The 64 pairs at position m ──────────────────────────────────────────────────────────────────

/**
 * The dials are drawn in one SVG of 8 × 8 cells, DIAL_W × DIAL_H units each, over a grid of 64 radio buttons with the
 * same cells (ropeRotation.css keeps the grid's aspect ratio at DIAL_W : DIAL_H per cell).
 */
const DIAL_W = 100;
const DIAL_H = 120;
const DIAL_R = 32;
/** Where a dial's centre sits in its cell (the pair number goes below it). */
const DIAL_CY = 44;
/** Width (px) from which the dials go 16 to a row, each cell then at least 30 px wide. */
const WIDE_DIALS_MIN_WIDTH = 480;
/**
 * The server renders 8 to a row: a phone's first paint then has targets of 40 px or more (16 to a row in a 360 px
 * column would be 22 px, under WCAG 2.5.8's 24 px, and Lighthouse flagged it); a wide column switches once measured.
 */
const DEFAULT_DIALS_WIDTH = 360;

/**
 * The dials depend only on m, the base and the selected pair: moving n, the shift or the seed does not redraw them
 * (64 native radio buttons with their names: one Tab stop, the browser's radio-group semantics; the arrow keys move
 * by pair and by row of dials here, not by the browser's ±1 with wrap-around). `onPair` is the shell's stable onChange, wrapped.
 */
const Dials = memo(DialsView, (a, b) => a.r.m === b.r.m && a.r.base === b.r.base && a.r.pair === b.r.pair && a.onPair === b.onPair);

function DialsView({ r, onPair }: { r: RotationOk; onPair: (pair: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const headId = useId();
  const hintId = useId();
  const groupName = useId();
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    refs.current[r.pair]?.focus();
  }, [r.pair]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const intent = keyIntent(e);
    const next = intent === null ? null : movePair(r.pair, intent, perRow);
    if (next === null) return;
    e.preventDefault();
    if (next !== r.pair) {
      wantFocus.current = true;
      onPair(next);
    }
  };
  // 16 dials a row where they fit at 30 px or more each, else 8 (the arrow keys' rows follow).
  const [boxRef, boxWidth] = useWidth<HTMLDivElement>(DEFAULT_DIALS_WIDTH);
  const perRow = boxWidth >= WIDE_DIALS_MIN_WIDTH ? 2 * DIALS_PER_ROW : DIALS_PER_ROW;
  const width = perRow * DIAL_W;
  const height = (PAIRS / perRow) * DIAL_H;
  return (
    <section className="rr-section rr-dials-section" aria-labelledby={headId}>
      <p className="rr-subhead" id={headId}>{t.dialsHeading(r.m, fmt)}</p>
      <p className="rr-hint" id={hintId}>{t.dialsHint}</p>
      <div ref={boxRef} className={perRow > DIALS_PER_ROW ? 'rr-dials-box is-wide' : 'rr-dials-box'}>
      <div className="rr-dials" role="radiogroup" aria-label={t.dialsLabel(r.m, fmt)} aria-describedby={hintId} onKeyDown={onKeyDown}>
        {r.dials.map((d, i) => {
          const selected = i === r.pair;
          return (
            <label key={i} className={selected ? 'rr-dial is-selected' : 'rr-dial'}>
              <input
                ref={(el) => { refs.current[i] = el; }}
                type="radio"
                name={groupName}
                value={i}
                checked={selected}
                aria-label={t.dialName(i, d, r.m, fmt)}
                onChange={() => onPair(i)}
              />
              <span className="rr-dial-num" aria-hidden="true">{fmt.int(i)}</span>
            </label>
          );
        })}
        {/* One drawing for all 64 (64 separate SVGs cost a layout each on every move of m). */}
        <svg className="rr-dials-art" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
          {r.dials.map((d, i) => {
            const c = { x: (i % perRow) * DIAL_W + DIAL_W / 2, y: Math.floor(i / perRow) * DIAL_H + DIAL_CY };
            const g = dialDrawing(c, DIAL_R, d.angle);
            return (
              <g key={i} className={i === r.pair ? 'is-selected' : undefined}>
                <circle cx={c.x} cy={c.y} r={DIAL_R} className="rr-dial-rim" />
                {g.wedge && <path d={g.wedge} className="rr-dial-wedge" />}
                <line x1={c.x} y1={c.y} x2={c.x + DIAL_R} y2={c.y} className="rr-dial-zero" />
                <line x1={c.x} y1={c.y} x2={g.hand.x} y2={g.hand.y} className="rr-dial-hand" />
              </g>
            );
          })}
        </svg>
      </div>
      </div>
    </section>
  );
}

// ── Data table ──────────────────────────────────────────────────────────────────────────────────

function Data({ r }: { r: RotationOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <DataDetails className="rr-data" summary={t.dataSummary(r.m, r.n, fmt)}>
      <DataTable className="rr-table" scroll={t.dataScroll} caption={t.dataCaption(r, fmt)}>
        <thead><tr>{t.dataColumns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>
          {r.dials.map((d, i) => (
            <tr key={i} className={i === r.pair ? 'is-current' : undefined}>
              <th scope="row">{fmt.int(i)}</th>
              <td>{t.dimsCell(i, fmt)}</td>
              <td>{t.frequency(r.invFreqs[i]!, fmt)}</td>
              <td>{t.wavelength(d.wavelength, fmt)}</td>
              <td>{t.turns(d.turns, fmt)}</td>
              <td>{fmt.decimal(toDegrees(d.angle), { digits: 1 })}</td>
              <td>{fmt.decimal(r.terms[i]!, { digits: 6 })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row" colSpan={6}>{t.dataTotal}</th><td>{fmt.decimal(r.scores.at, { digits: 6 })}</td></tr>
        </tfoot>
      </DataTable>
    </DataDetails>
  );
}

// A URL's shift that would move a position past 0 … 131,071 is listed in the shell's URL notice, with the range used.
export default island(meta, RopeRotationView, {
  messages,
  adjust: (state, t, f) => {
    const r = computeRotation(state);
    if (!r.ok) return [];
    return r.notes.flatMap((n) => (n.code === 'shiftLimited'
      ? [{ key: 'shift', value: String(n.asked), to: String(n.used), reason: t.adjustShift(n.min, n.max, f) }]
      : []));
  },
});
