// View of best-of-k: K (slider), the scorer, the selection rule and the seed; the toy's label; everything about the toy
// comes from a Web Worker (client.ts: fit the reward model, best-of-K exactly for K = 1…64, the shown prompt, the
// sampled selection rounds) after the first render, so the server's HTML equals the client's first render (pending
// lines and empty chart frames of the same height until the result arrives; a stale result is outlined). The generation
// cost is arithmetic on Table 6 and is drawn at once. Charts are memoised on their data, K and the width.
import { memo, useMemo, useRef } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, Reserve, Segmented, Slider, type Parsed } from '../../components/kit';
import { useLatestResult } from '../../components/useLatestResult';
import { useWidth } from '../../components/useWidth';
import { island } from '../../components/WidgetShell';
import { useFormat, useMessages } from '../../i18n/react';
import { readBoundedField, type FieldRefusal } from '../../lib/text';
import type { ViewProps } from '../types';
import { CDF_HEIGHT, CURVE_HEIGHT, MIN_WIDTH, cdfGeometry, curveGeometry, domainOf, seriesOf } from './chart';
import { createBokClient } from './client';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  LIMITS, RM_KINDS, SELECTIONS, TOY, costOf, notesFor, resultKey,
  type BokResult, type BokState, type CurvePoint, type RmKind, type RuleSummary, type Selection,
} from './model';
import './bestOfK.css';

type OnChange = ViewProps<typeof fields>['onChange'];
const DEFAULT_WIDTH = 640;

export function BestOfKView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  // One object per state, so the memoised parts below see an unchanged `s` when nothing of it changed.
  const s: BokState = useMemo(() => ({ k: state.k, rm: state.rm, selection: state.selection, seed: state.seed }),
    [state.k, state.rm, state.selection, state.seed]);
  const { result, fresh } = useLatestResult(s, resultKey(s), createBokClient);
  const r = fresh ? result : null;
  // While a new result is computed the last one's sentence stays (nothing new is said until the new one arrives).
  const spoken = useRef('');
  if (r) spoken.current = t.announce(r, s, fmt);
  useAnnounce(spoken.current);
  return (
    <div className="best-of-k">
      <Controls s={s} onChange={onChange} />
      <p className="bk-toy">{t.toyLine}</p>
      <Readout r={result} fresh={fresh} s={s} />
      <div className="bk-pair">
        <KlChart curve={result?.curve ?? null} k={s.k} r={result} s={s} />
        <WinChart curve={result?.curve ?? null} k={s.k} r={result} s={s} />
      </div>
      <p className="bk-title bk-pair-title">{t.rewardTitle}</p>
      <div className="bk-pair">
        <RewardPanel curve={result?.curve ?? null} k={s.k} r={result} s={s} which="proxy" />
        <RewardPanel curve={result?.curve ?? null} k={s.k} r={result} s={s} which="gold" />
      </div>
      <CurveTable curve={result?.curve ?? null} k={s.k} />
      <PromptBlock r={result} s={s} />
      <SelectionBlock r={result} s={s} fresh={fresh} />
      <CostBlock k={s.k} />
      <DataDetails className="bk-more" summary={t.notesSummary}>
        <ul className="bk-notes">{t.notes(fmt).map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <p className="bk-sources">{t.sources}</p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function readSeed(text: string): Parsed<number, FieldRefusal<'seed'>> {
  return readBoundedField(text, 'seed', LIMITS.seed);
}

function Controls({ s, onChange }: { s: BokState; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="bk-controls">
      <Slider label={t.kLabel} min={LIMITS.k.min} max={LIMITS.k.max} value={s.k} onChange={(k) => onChange({ k })}
        format={(k) => t.kValue(k, fmt)} />
      <div className="bk-row">
        <Segmented legend={t.rmLegend} value={s.rm} options={RM_KINDS.map((v) => ({ value: v, label: t.rmOption[v] }))}
          onChange={(rm: RmKind) => onChange({ rm })} />
        <Segmented legend={t.selectionLegend} value={s.selection} options={SELECTIONS.map((v) => ({ value: v, label: t.selectionOption[v] }))}
          onChange={(selection: Selection) => onChange({ selection })} />
        <div className="bk-seed">
          <NumberField<number, FieldRefusal<'seed'>> label={t.seedLabel} value={s.seed} onChange={(seed) => onChange({ seed })}
            parse={readSeed} errorText={(e) => t.seedError(e, fmt)} width="9ch" />
          <button type="button" className="bk-another" onClick={() => onChange({ seed: s.seed >= LIMITS.seed.max ? 0 : s.seed + 1 })}>{t.anotherSeed}</button>
        </div>
      </div>
    </div>
  );
}

// ── Readout ─────────────────────────────────────────────────────────────────────────────────────

/** A result whose every number prints as wide as a real one can (−8.88, 8.888 nats, 100.0%): the blocks below lay it out
 *  invisibly under the real lines (kit Reserve), so nothing moves when the worker's answer arrives or changes. */
const SIZER_POINT: CurvePoint = { k: 64, kl: 8.888, klBound: 8.888, winRate: 0.99999, winBound: 0.99999, proxy: -8.88, gold: -8.88, length: 8.88 };
const SIZER_RULE: RuleSummary = { gold: -8.88, proxy: -8.88, empty: 0.99999, anyEmpty: 0.99999 };
const SIZER: BokResult = {
  curve: [SIZER_POINT], at: SIZER_POINT, peak: { k: 64, gold: -8.88, fallsAfter: true }, heldOut: 0.99999, labelAgreement: 0.99999,
  top: Array.from({ length: TOY.topRows }, (_, id) => ({ id, label: '', score: 0, gold: 0, pi: 0, bon: 0, tied: 1 })),
  topMass: { pi: 0.99999, bon: 0.99999 }, cdf: [],
  selection: { repeats: TOY.repeats, perPrompt: SIZER_RULE, topOverall: SIZER_RULE, round: { 'per-prompt': [], 'top-overall': [] } },
};

function Readout({ r, fresh, s }: { r: BokResult | null; fresh: boolean; s: BokState }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const notes = notesFor(s, fresh ? r : null);
  // The sizer holds the longer of the two notes a result can add (the gold falls after its peak, or keeps rising).
  const sizerNotes = notesFor(s, null).map((code) => t.note(code, SIZER, s, fmt));
  if (s.rm !== 'gold') {
    const [a, b] = (['overOptimised', 'stillRising'] as const).map((code) => t.note(code, SIZER, s, fmt));
    sizerNotes.push(a!.length >= b!.length ? a! : b!);
  }
  return (
    <div className={fresh ? 'bk-readout' : 'bk-readout bk-stale'} aria-busy={!fresh}>
      <p className="bk-head">{t.readoutHeading(s.k, fmt)}</p>
      <Reserve sizer={(
        <>
          {t.readoutLines(SIZER, s, fmt).map((l, i) => <p key={i} className={i < 2 ? 'bk-big' : undefined}>{l}</p>)}
          <div className="bk-codes">{sizerNotes.map((n) => <p key={n} className="bk-code">{n}</p>)}</div>
        </>
      )}>
        {r
          ? t.readoutLines(r, s, fmt).map((l, i) => <p key={i} className={i < 2 ? 'bk-big' : undefined}>{l}</p>)
          : <p className="bk-pending">{t.pending}</p>}
        <div className="bk-codes">
          {notes.map((code) => <p key={code} className="bk-code">{t.note(code, fresh ? r : null, s, fmt)}</p>)}
        </div>
      </Reserve>
    </div>
  );
}

// ── Curves over K ───────────────────────────────────────────────────────────────────────────────

function Swatch({ kind }: { kind: string }) {
  return (
    <svg className="bk-swatch" viewBox="0 0 28 12" aria-hidden="true">
      {kind === 'band'
        ? <rect className="bk-band" x="2" y="1" width="24" height="10" />
        : kind === 'k'
          ? <line className="bk-k" x1="14" x2="14" y1="0" y2="12" />
          : <line className={`bk-${kind}`} x1="1" x2="27" y1="6" y2="6" />}
    </svg>
  );
}

interface ChartProps { curve: CurvePoint[] | null; k: number; r: BokResult | null; s: BokState }

function CurveFrame({ title, legend, label, g, children }: {
  title: string; legend: { kind: string; text: string }[]; label: string;
  g: ReturnType<typeof curveGeometry>; children: React.ReactNode;
}) {
  const t = useMessages(messages);
  const width = g.right + 14;
  return (
    <>
      {title && <p className="bk-title">{title}</p>}
      <ul className="bk-legend">{legend.map((l) => <li key={l.kind}><Swatch kind={l.kind} />{l.text}</li>)}</ul>
      <svg className="bk-svg" viewBox={`0 0 ${width} ${CURVE_HEIGHT}`} width="100%" height={CURVE_HEIGHT} role="img" aria-label={label}>
        <rect className="bk-band" x={g.band.x0} y={g.top} width={g.band.x1 - g.band.x0} height={g.bottom - g.top} aria-hidden="true" />
        <AxisY ticks={g.yTicks} x={g.left} gridTo={g.right} />
        <AxisX ticks={g.xTicks} y={g.bottom} gridTo={g.top} span={[g.left, g.right]} line title={t.kAxis} />
        <g aria-hidden="true">
          <line className="bk-k" x1={g.kX} x2={g.kX} y1={g.top} y2={g.bottom} />
          {children}
        </g>
      </svg>
    </>
  );
}

const KlChart = memo(function KlChart({ curve, k, r, s }: ChartProps) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH / 2, MIN_WIDTH);
  const g = useMemo(() => curveGeometry(curve ? [seriesOf(curve, 'klBound'), seriesOf(curve, 'kl')] : [], k, width, CURVE_HEIGHT,
    [0, 3.5], [0, 1, 2, 3], (v) => fmt.int(v), (v) => fmt.int(v)), [curve, k, width, fmt]);
  return (
    <div className="bk-chart" ref={ref}>
      <CurveFrame title={t.klTitle} g={g} label={r ? t.klLabel(r, s, fmt) : t.pending}
        legend={[{ kind: 'bound', text: t.klBound }, { kind: 'exact', text: t.klExact }]}>
        <path className="bk-bound" d={g.paths[0] ?? ''} />
        <path className="bk-exact" d={g.paths[1] ?? ''} />
        {g.dots[1] && <circle className="bk-dot" cx={g.dots[1].cx} cy={g.dots[1].cy} r={4} />}
      </CurveFrame>
    </div>
  );
});

const WinChart = memo(function WinChart({ curve, k, r, s }: ChartProps) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH / 2, MIN_WIDTH);
  const g = useMemo(() => curveGeometry(curve ? [seriesOf(curve, 'winBound'), seriesOf(curve, 'winRate')] : [], k, width, CURVE_HEIGHT,
    [0.5, 1], [0.5, 0.75, 1], (v) => fmt.percent(v, { digits: 0 }), (v) => fmt.int(v)), [curve, k, width, fmt]);
  return (
    <div className="bk-chart" ref={ref}>
      <CurveFrame title={t.winTitle} g={g} label={r ? t.winLabel(r, s, fmt) : t.pending}
        legend={[{ kind: 'bound', text: t.winBound }, { kind: 'exact', text: t.winExact }]}>
        <path className="bk-bound" d={g.paths[0] ?? ''} />
        <path className="bk-exact" d={g.paths[1] ?? ''} />
        {g.dots[1] && <circle className="bk-dot" cx={g.dots[1].cx} cy={g.dots[1].cy} r={4} />}
      </CurveFrame>
    </div>
  );
});

const RewardPanel = memo(function RewardPanel({ curve, k, r, s, which }: ChartProps & { which: 'proxy' | 'gold' }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH / 2, MIN_WIDTH);
  const g = useMemo(() => {
    const label = (v: number) => fmt.decimal(v, { digits: 1, trim: true });
    if (!curve) return curveGeometry([], k, width, CURVE_HEIGHT, [0, 1], [], label, (v) => fmt.int(v));
    const series = seriesOf(curve, which);
    return curveGeometry([series], k, width, CURVE_HEIGHT, domainOf(series), null, label, (v) => fmt.int(v));
  }, [curve, k, width, fmt, which]);
  const cls = which === 'gold' ? 'bk-gold' : 'bk-proxy';
  return (
    <div className="bk-chart" ref={ref}>
      <CurveFrame title="" g={g} label={r ? (which === 'gold' ? t.goldLabel(r, s, fmt) : t.proxyLabel(r, s, fmt)) : t.pending}
        legend={[{ kind: which, text: which === 'gold' ? t.goldLegend : t.proxyLegend(s.rm) }]}>
        <path className={cls} d={g.paths[0] ?? ''} />
        {g.dots[0] && <circle className={which === 'gold' ? 'bk-dot' : 'bk-dot-hollow'} cx={g.dots[0].cx} cy={g.dots[0].cy} r={4} />}
      </CurveFrame>
    </div>
  );
});

const CurveTable = memo(function CurveTable({ curve, k }: { curve: CurvePoint[] | null; k: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.curveColumns;
  const d3 = (v: number) => fmt.decimal(v, { digits: 3 });
  const p1 = (v: number) => fmt.percent(v, { digits: 1 });
  // The 64 rows are made once per curve; a new K re-marks one row, and React skips the others (same elements).
  const rows = useMemo(() => curve?.map((p) => (
    <tr key={p.k}>
      <th scope="row">{fmt.int(p.k)}</th><td>{d3(p.kl)}</td><td>{d3(p.klBound)}</td><td>{p1(p.winRate)}</td><td>{p1(p.winBound)}</td>
      <td>{d3(p.proxy)}</td><td>{d3(p.gold)}</td><td>{fmt.decimal(p.length, { digits: 2 })}</td>
    </tr>
  )), [curve, fmt]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <DataDetails className="bk-data" summary={t.curveData}>
      {curve && (
        <DataTable caption={t.curveData} scroll={t.curveData} className="bk-table">
          <thead><tr>{[c.k, c.kl, c.klBound, c.win, c.winBound, c.proxy, c.gold, c.length].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{rows!.map((row, i) => (i === k - 1 ? <tr key={row.key} className="bk-current">{row.props.children}</tr> : row))}</tbody>
        </DataTable>
      )}
    </DataDetails>
  );
});

// ── One prompt ──────────────────────────────────────────────────────────────────────────────────

function PromptBlock({ r, s }: { r: BokResult | null; s: BokState }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const cdf = r?.cdf ?? null;
  const g = useMemo(() => cdfGeometry(cdf ?? [], width, CDF_HEIGHT, (v) => fmt.percent(v, { digits: 0 }),
    (v) => fmt.decimal(v, { digits: 1, trim: true })), [cdf, width, fmt]);
  const c = t.topColumns;
  const d2 = (v: number) => fmt.decimal(v, { digits: 2 });
  return (
    <div className="bk-chart bk-prompt" ref={ref}>
      <p className="bk-title">{t.promptTitle(s.k, fmt)}</p>
      <ul className="bk-legend">
        <li><Swatch kind="bound" />{t.cdfPi}</li>
        <li><Swatch kind="exact" />{t.cdfBon(s.k, fmt)}</li>
      </ul>
      <svg className="bk-svg" viewBox={`0 0 ${width} ${CDF_HEIGHT}`} width="100%" height={CDF_HEIGHT} role="img" aria-label={r ? t.cdfLabel(r, s, fmt) : t.pending}>
        <AxisY ticks={g.yTicks} x={g.left} gridTo={g.right} />
        <AxisX ticks={g.xTicks} y={g.bottom} gridTo={g.top} span={[g.left, g.right]} line title={t.cdfAxis(s.rm)} />
        <g aria-hidden="true">
          <path className="bk-bound" d={g.f} />
          <path className="bk-exact" d={g.fk} />
        </g>
      </svg>
      <DataDetails className="bk-data" summary={t.topSummary(TOY.topRows, fmt)}>
      <DataTable caption={t.topCaption(TOY.topRows, fmt)} scroll={t.topCaption(TOY.topRows, fmt)} className="bk-table bk-top">
        <thead><tr><th scope="col">{c.response}</th><th scope="col">{c.score}</th><th scope="col">{c.gold}</th><th scope="col">{c.pi}</th><th scope="col">{c.bon}</th></tr></thead>
        <tbody>
          {r
            ? r.top.map((row) => (
              <tr key={row.id}>
                <th scope="row"><code>{row.label}</code></th>
                <td>{d2(row.score)}{row.tied > 1 && <span className="bk-tied"> {t.tied(row.tied, fmt)}</span>}</td>
                <td>{d2(row.gold)}</td>
                <td>{fmt.percent(row.pi)}</td>
                <td>{fmt.percent(row.bon)}</td>
              </tr>
            ))
            : Array.from({ length: TOY.topRows }, (_, i) => <tr key={i}><th scope="row">–</th><td>–</td><td>–</td><td>–</td><td>–</td></tr>)}
        </tbody>
      </DataTable>
      </DataDetails>
      <Reserve sizer={<p className="bk-small">{t.topMassLine(SIZER, s, fmt)}</p>}>
        <p className="bk-small">{r ? t.topMassLine(r, s, fmt) : t.pending}</p>
      </Reserve>
    </div>
  );
}

// ── Selection rules ─────────────────────────────────────────────────────────────────────────────

function SelectionBlock({ r, s, fresh }: { r: BokResult | null; s: BokState; fresh: boolean }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.selectionColumns;
  const sel = r?.selection ?? null;
  const d2 = (v: number) => fmt.decimal(v, { digits: 2 });
  const p1 = (v: number) => fmt.percent(v, { digits: 1 });
  const other: Selection = s.selection === 'per-prompt' ? 'top-overall' : 'per-prompt';
  const sum = (rule: Selection) => (rule === 'per-prompt' ? sel!.perPrompt : sel!.topOverall);
  return (
    <div className={fresh ? 'bk-selection' : 'bk-selection bk-stale'} aria-busy={!fresh}>
      <p className="bk-title">{t.selectionTitle}</p>
      <p className="bk-small">{t.selectionIntro(TOY.repeats, s.k, fmt)}</p>
      <DataTable caption={t.selectionTitle} scroll={t.selectionTitle} className="bk-table">
        <thead><tr><th scope="col">{c.rule}</th><th scope="col">{c.gold}</th><th scope="col">{c.proxy}</th><th scope="col">{c.empty}</th></tr></thead>
        <tbody>{SELECTIONS.map((rule) => (
          <tr key={rule} className={rule === s.selection ? 'bk-current' : undefined}>
            <th scope="row">{t.ruleName[rule]}{rule === s.selection && <strong> {t.chosenMark}</strong>}</th>
            {sel
              ? <><td>{d2(sum(rule).gold)}</td><td>{d2(sum(rule).proxy)}</td><td>{p1(sum(rule).empty)}</td></>
              : <><td>–</td><td>–</td><td>–</td></>}
          </tr>
        ))}</tbody>
      </DataTable>
      <Reserve sizer={<p className="bk-line">{t.ruleLine(s.selection, SIZER_RULE, SIZER_RULE, -8.88, fmt)}</p>}>
        <p className="bk-line">{sel && r ? t.ruleLine(s.selection, sum(s.selection), sum(other), r.at.gold, fmt) : t.pending}</p>
      </Reserve>
      <DataDetails className="bk-data" summary={t.roundCaption(s.selection)}>
      <ul className="bk-round">
        {[0, 1, 2, 3].map((p) => {
          const kept = sel ? sel.round[s.selection].filter((x) => x.prompt === p) : null;
          return (
            <li key={p}>
              <span className="bk-round-p">{t.promptName(p, fmt)}</span>{' '}
              {kept === null ? '–' : kept.length === 0 ? <em>{t.noneKept}</em>
                : kept.map((x, i) => <span key={i} className="bk-kept"><code>{x.label}</code> ({t.keptItem(x.gold, fmt)})</span>)}
            </li>
          );
        })}
      </ul>
      </DataDetails>
    </div>
  );
}

// ── Generation cost ─────────────────────────────────────────────────────────────────────────────

const CostBlock = memo(function CostBlock({ k }: { k: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = costOf(k);
  const bars = [
    { key: 'copies', label: t.cacheBars.copies, value: c.cacheCopies, prompt: k * c.promptTokens },
    { key: 'shared', label: t.cacheBars.shared, value: c.cacheShared, prompt: c.promptTokens },
  ];
  return (
    <div className="bk-cost">
      <p className="bk-title">{t.costTitle}</p>
      {t.costLines(c, fmt).map((l) => <p key={l} className="bk-line">{l}</p>)}
      <ul className="bk-legend" aria-hidden="true">
        <li><span className="bk-sw bk-bar-prompt" />{t.cacheBars.prompt}</li>
        <li><span className="bk-sw bk-bar-resp" />{t.cacheBars.response}</li>
      </ul>
      <ul className="bk-bars" aria-hidden="true">
        {bars.map((b) => (
          <li key={b.key}>
            <span className="bk-bar-label">{b.label}: {t.tokens(b.value, fmt)}</span>
            <span className="bk-bar-track">
              <span className="bk-bar-prompt" style={{ width: `${((b.prompt / c.cacheCopies) * 100).toFixed(2)}%` }} />
              <span className="bk-bar-resp" style={{ width: `${(((b.value - b.prompt) / c.cacheCopies) * 100).toFixed(2)}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <p className="bk-small">{t.costNote(c, fmt)}</p>
    </div>
  );
});

export default island(meta, BestOfKView, { messages });
