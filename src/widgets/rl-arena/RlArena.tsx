// View of rl-arena: the methods (checkboxes), the task (RM, gold, noise, seed, iterations), DPO's settings and those of
// PPO and GRPO; the toy's label; then, from the Web Worker (client.ts), as each method finishes (best-of-n first): the
// final gold per method, gold and the RM's score against exact KL, DPO's log-probability shifts by step, where DPO's
// probability mass went and the length histograms, and GRPO's first group. The cost per update is rlhfMemory's counts
// and is drawn at once. The server's HTML equals the client's first render (empty chart frames and pending cells of
// the final size); a stale result is outlined (dashed), never dimmed.
import { memo, useMemo, useRef } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, Reserve, Segmented, Select, Slider, Toggle, type Parsed } from '../../components/kit';
import { useLatestResult } from '../../components/useLatestResult';
import { useWidth } from '../../components/useWidth';
import { island } from '../../components/WidgetShell';
import { useFormat, useMessages } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { readBoundedField, type FieldRefusal } from '../../lib/text';
import type { ViewProps } from '../types';
import { KL_HEIGHT, MIN_WIDTH, SMALL_HEIGHT, domainOf, lineGeometry, type LineGeometry, type SeriesIn } from './chart';
import { createArenaClient } from './client';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  ARENA_RMS, GOLDS, GRPO_VARIANTS, LIMITS, METHODS, NLL_NORMS, NOISES, costRows, finalRows, hackingOf, sizerHacking, notesFor, parseMethods, resultKey,
  runShape, toggleMethod, type ArenaResult, type Hacking as HackingRow, type ArenaState, type Method,
} from './model';
import './rlArena.css';

type OnChange = ViewProps<typeof fields>['onChange'];
const DEFAULT_WIDTH = 640;

export function RlArenaView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const s: ArenaState = useMemo(() => ({
    methods: state.methods, beta: state.beta, kl: state.kl, clip: state.clip, group: state.group, mask: state.mask, nll: state.nll,
    nllnorm: state.nllnorm, noise: state.noise, gold: state.gold, steps: state.steps, seed: state.seed, rm: state.rm, variant: state.variant,
  }), [state.methods, state.beta, state.kl, state.clip, state.group, state.mask, state.nll, state.nllnorm, state.noise, state.gold,
    state.steps, state.seed, state.rm, state.variant]);
  const methods = parseMethods(s.methods);
  const { result, fresh, done } = useLatestResult(s, resultKey(s), createArenaClient);
  // Spoken once per finished computation; while a new one runs the last sentence stays.
  const spoken = useRef('');
  if (result && fresh && done && methods.length > 0) spoken.current = t.announce(result, s, fmt);
  useAnnounce(spoken.current);
  const stale = !fresh;
  return (
    <div className="rl-arena">
      <Controls s={s} onChange={onChange} />
      <p className="ra-toy">{t.toyLine(fmt)}</p>
      {methods.length === 0
        ? <p className="ra-none" role="status">{t.noMethods}</p>
        : (
          <>
            <Status r={result} stale={stale} s={s} methods={methods} />
            <GoldChart r={result} stale={stale} s={s} methods={methods} />
            <p className="ra-title ra-pair-title">{t.dpoTitle}</p>
            <ul className="ra-legend">
              <li><StyleSwatch kind="chosen" />{t.dpoChosen}</li>
              <li><StyleSwatch kind="rejected" />{t.dpoRejected}</li>
              <li><StyleSwatch kind="margin" />{t.dpoMargin}</li>
            </ul>
            <div className="ra-pair">
              <DpoChart r={result} stale={stale} s={s} which="dpo" shown={methods.includes('dpo')} />
              <DpoChart r={result} stale={stale} s={s} which="llama3" shown={methods.includes('llama3')} />
            </div>
            <p className="ra-small">{t.dpoNote}</p>
            <div className="ra-pair">
              <MassBlock r={result} stale={stale} methods={methods} />
              <LengthChart r={result} stale={stale} methods={methods} />
            </div>
          </>
        )}
      <CostBlock s={s} />
      {methods.length > 0 && <GroupBlock r={result} stale={stale} s={s} shown={methods.includes('grpo')} />}
      <DataDetails className="ra-more" summary={t.notesSummary}>
        <ul className="ra-notes">{t.notes(fmt).map((n) => <li key={n}><Names text={n} /></li>)}</ul>
      </DataDetails>
      <p className="ra-sources"><Names text={t.sources} /></p>
    </div>
  );
}

/** Authors' names are names: marked translate="no" so no translator (machine or reader's tool) rewrites them. */
const AUTHORS = /\b(Razin|Rafailov|Schulman|Shao|Liu|Yu|Pang|Hilton|Beirami)\b/;
function Names({ text }: { text: string }) {
  const parts = text.split(AUTHORS);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <span key={i} translate="no">{p}</span> : p))}</>;
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function readSeed(text: string): Parsed<number, FieldRefusal<'seed'>> {
  return readBoundedField(text, 'seed', LIMITS.seed);
}

function Controls({ s, onChange }: { s: ArenaState; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const on = parseMethods(s.methods);
  const d2 = (v: number) => fmt.decimal(v, { digits: 2 });
  const d3 = (v: number) => fmt.decimal(v, { digits: 3, trim: true });
  const shape = runShape(s);
  return (
    <div className="ra-controls">
      <fieldset className="ra-methods">
        <legend>{t.methodsLegend}</legend>
        {METHODS.map((m) => (
          <Toggle key={m} label={t.methodName[m]} checked={on.includes(m)} onChange={(c) => onChange({ methods: toggleMethod(s.methods, m, c) })} />
        ))}
      </fieldset>
      <div className="ra-row ra-main">
        <Segmented legend={t.rmLegend} value={s.rm} options={ARENA_RMS.map((v) => ({ value: v, label: t.rmOption[v] }))}
          onChange={(rm) => onChange({ rm })} />
      </div>
      <details className="ra-settings">
      <summary>{t.settingsSummary(s, fmt)}</summary>
      <div className="ra-groups">
        <fieldset className="ra-group">
          <legend>{t.taskLegend}</legend>
          <Slider label={t.stepsLabel} min={LIMITS.steps.min} max={LIMITS.steps.max} step={10} value={s.steps}
            onChange={(steps) => onChange({ steps })} format={() => t.stepsValue(shape.rlSteps, shape.dpoSteps, fmt)} />
          <div className="ra-row">
            <Select label={t.goldLabel} value={s.gold} options={GOLDS.map((v) => ({ value: v, label: t.goldOption[v] }))}
              onChange={(gold) => onChange({ gold })} />
            <Select label={t.noiseLabel} value={s.noise} options={NOISES.map((v) => ({ value: v, label: t.noiseOption[v] }))}
              onChange={(noise) => onChange({ noise })} />
            <NumberField<number, FieldRefusal<'seed'>> label={t.seedLabel} value={s.seed} onChange={(seed) => onChange({ seed })}
              parse={readSeed} errorText={(e) => t.seedError(e, fmt)} width="9ch" />
          </div>
        </fieldset>
        <fieldset className="ra-group">
          <legend>{t.dpoLegend}</legend>
          <Slider label={t.betaLabel} min={LIMITS.beta.min} max={LIMITS.beta.max} step={0.01} value={s.beta}
            onChange={(beta) => onChange({ beta })} format={d2} />
          <Toggle label={t.maskLabel} checked={s.mask} onChange={(mask) => onChange({ mask })} />
          <Slider label={t.nllLabel} min={LIMITS.nll.min} max={LIMITS.nll.max} step={0.05} value={s.nll}
            onChange={(nll) => onChange({ nll })} format={d2} />
          <Segmented legend={t.nllNormLegend} value={s.nllnorm} options={NLL_NORMS.map((v) => ({ value: v, label: t.nllNormOption[v] }))}
            onChange={(nllnorm) => onChange({ nllnorm })} />
        </fieldset>
        <fieldset className="ra-group">
          <legend>{t.rlLegend}</legend>
          <Slider label={t.klLabel} min={LIMITS.kl.min} max={LIMITS.kl.max} step={0.005} value={s.kl}
            onChange={(kl) => onChange({ kl })} format={(v) => t.klValue(v, fmt)} valueText={d3} />
          <Slider label={t.clipLabel} min={LIMITS.clip.min} max={LIMITS.clip.max} step={0.05} value={s.clip}
            onChange={(clip) => onChange({ clip })} format={d2} />
          <Slider label={t.groupLabel} min={LIMITS.group.min} max={LIMITS.group.max} value={s.group}
            onChange={(group) => onChange({ group })} format={(v) => fmt.int(v)} />
          <Segmented legend={t.variantLegend} value={s.variant} options={GRPO_VARIANTS.map((v) => ({ value: v, label: t.variantOption[v] }))}
            onChange={(variant) => onChange({ variant })} />
        </fieldset>
      </div>
      </details>
      {notesFor(s).filter((c) => c !== 'noMethods').map((c) => <p key={c} className="ra-code">{t.note(c, s, fmt)}</p>)}
    </div>
  );
}

// ── Status: the end of each run ─────────────────────────────────────────────────────────────────

interface Part { r: ArenaResult | null; stale: boolean }

function Status({ r, stale, s, methods }: Part & { s: ArenaState; methods: Method[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.finalColumns;
  const rows = r ? finalRows(r) : [];
  const d2 = (v: number) => fmt.decimal(v, { digits: 2 });
  return (
    <div className={stale ? 'ra-status ra-stale' : 'ra-status'} aria-busy={stale || (r?.pending.length ?? 1) > 0}>
      <p className="ra-title">{t.statusTitle(s.rm)}</p>
      <DataTable caption={t.statusTitle(s.rm)} scroll={t.statusTitle(s.rm)} className="ra-table">
        <thead><tr>{[c.method, c.at, c.gold, c.proxy, c.kl, c.truncated].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>{methods.map((m) => {
          const row = rows.find((x) => x.method === m);
          return (
            <tr key={m}>
              <th scope="row"><span className="ra-name"><Marker method={m} inline />{t.methodName[m]}</span></th>
              {row
                ? <><td>{t.atText(m, row.at, fmt)}</td><td>{d2(row.gold)}</td><td>{row.proxy === null ? t.notUsed : d2(row.proxy)}</td>
                  <td>{d2(row.kl)}</td><td>{Number.isFinite(row.truncated) ? fmt.percent(row.truncated, { digits: 1 }) : t.notUsed}</td></>
                : <><td>{t.training}</td><td>–</td><td>–</td><td>–</td><td>–</td></>}
            </tr>
          );
        })}</tbody>
      </DataTable>
    </div>
  );
}

// ── Markers: one shape per method (never colour alone) ──────────────────────────────────────────

const SHAPE: Record<Method, string> = { bon: 'square', dpo: 'circle', llama3: 'triangle', ppo: 'diamond', grpo: 'cross' };

function markerPath(shape: string, x: number, y: number, r = 4): string {
  switch (shape) {
    case 'square': return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle': return `M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z`;
    case 'diamond': return `M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`;
    case 'cross': return `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`;
    default: return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

function Marker({ method, inline = false }: { method: Method; inline?: boolean }) {
  return (
    <svg className={inline ? 'ra-swatch ra-inline' : 'ra-swatch'} width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      <line className={`ra-line-${method}`} x1="1" x2="27" y1="6" y2="6" />
      <path className={`ra-mark ra-mark-${method}`} d={markerPath(SHAPE[method], 14, 6, 3.5)} />
    </svg>
  );
}

function StyleSwatch({ kind }: { kind: 'gold' | 'proxy' | 'bound' | 'chosen' | 'rejected' | 'margin' | 'ref' }) {
  return (
    <svg className="ra-swatch" viewBox="0 0 28 12" aria-hidden="true">
      <line className={`ra-style-${kind}`} x1="1" x2="27" y1="6" y2="6" />
    </svg>
  );
}

function Frame({ g, height, label, xTitle, children }: { g: LineGeometry; height: number; label: string; xTitle: string; children: React.ReactNode }) {
  return (
    <svg className="ra-svg" viewBox={`0 0 ${g.width} ${height}`} width="100%" height={height} role="img" aria-label={label}>
      <AxisY ticks={g.yTicks} x={g.left} gridTo={g.right} />
      <AxisX ticks={g.xTicks} y={g.bottom} gridTo={g.top} span={[g.left, g.right]} line title={xTitle} />
      <g aria-hidden="true">{children}</g>
    </svg>
  );
}

// ── 1. Gold and the RM's score against exact KL: two panels, one KL scale, a y scale each ──────────

const GOLD_FALLBACK: [number, number] = [-1.5, 0];
const PROXY_FALLBACK: [number, number] = [0, 3];

type Kind = 'gold' | 'proxy' | 'bound';
type KindSeries = SeriesIn & { kind: Kind; method: Method };

/** The two panels' series: gold for every method (best-of-n also at its KL bound); the RM's score for best-of-n (exact KL
 *  and the bound), PPO and GRPO. End labels on the exact curves; marks on every curve but the bound. */
function klSeries(r: ArenaResult | null, methods: readonly Method[], short: Record<Method, string>): { gold: KindSeries[]; proxy: KindSeries[] } {
  const gold: KindSeries[] = [], proxy: KindSeries[] = [];
  if (!r) return { gold, proxy };
  for (const m of methods) {
    if (m === 'bon') {
      if (!r.bon) continue;
      gold.push({ id: 'bon-gold', kind: 'gold', method: m, points: r.bon.map((p) => [p.kl, p.gold] as const), label: short.bon });
      gold.push({ id: 'bon-bound', kind: 'bound', method: m, points: r.bon.map((p) => [p.klBound, p.gold] as const) });
      proxy.push({ id: 'bon-proxy', kind: 'proxy', method: m, points: r.bon.map((p) => [p.kl, p.proxy] as const), label: short.bon });
      proxy.push({ id: 'bon-proxy-bound', kind: 'bound', method: m, points: r.bon.map((p) => [p.klBound, p.proxy] as const) });
      continue;
    }
    const run = r[m];
    if (!run) continue;
    gold.push({ id: `${m}-gold`, kind: 'gold', method: m, points: run.points.map((p) => [p.kl, p.gold] as const), label: short[m] });
    if (m === 'ppo' || m === 'grpo') {
      proxy.push({ id: `${m}-proxy`, kind: 'proxy', method: m, points: run.points.map((p) => [p.kl, p.proxy] as const), label: short[m] });
    }
  }
  return { gold, proxy };
}

const GoldChart = memo(function GoldChart({ r, stale, s, methods }: Part & { s: ArenaState; methods: Method[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const series = useMemo(() => klSeries(r, methods, t.methodShort), [r, methods, t]);
  // One KL scale for both panels (the bound's KL included).
  const xs = [...series.gold, ...series.proxy].flatMap((x) => x.points.map((p) => p[0]));
  const xMax = xs.length ? Math.max(...xs) * 1.02 || 1 : 3;
  const readsRm = methods.some((m) => m === 'bon' || m === 'ppo' || m === 'grpo');
  const hacking = r ? hackingOf(r) : [];
  return (
    <div className={stale ? 'ra-chart ra-stale' : 'ra-chart'}>
      <p className="ra-title">{t.goldTitle}</p>
      <ul className="ra-legend">
        {methods.map((m) => <li key={m}><Marker method={m} />{t.methodShort[m]}</li>)}
      </ul>
      <div className="ra-kl-pair">
        <KlPanel series={series.gold} xMax={xMax} kind="gold" title={t.goldPanelTitle} bound={methods.includes('bon') ? t.legendBound : null} label={r ? t.goldChartLabel(r, s, fmt) : t.pending} fallback={GOLD_FALLBACK} />
        {readsRm && (
          <KlPanel series={series.proxy} xMax={xMax} kind="proxy" title={t.proxyPanelTitle} bound={null} label={r ? t.proxyChartLabel(r, s, fmt) : t.pending} fallback={PROXY_FALLBACK} />
        )}
      </div>
      {readsRm && (
        <Reserve sizer={<Hacking xs={sizerHacking(methods)} />}>
          {hacking.length ? <Hacking xs={hacking} /> : <p className="ra-line ra-pending">{t.pending}</p>}
        </Reserve>
      )}
      <p className="ra-small">{t.goldAxisNote}</p>
      <GoldTable r={r} methods={methods} />
    </div>
  );
});

/** The reward-hacking reading: a lead (does gold fall back anywhere?) and one line per method that reads the RM. */
function Hacking({ xs }: { xs: HackingRow[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="ra-hacking">
      <p className="ra-line ra-hacking-lead">{t.hackingLead(xs)}</p>
      {xs.map((x) => <p key={x.method} className="ra-line"><Marker method={x.method} inline />{t.hackingLine(x, fmt)}</p>)}
    </div>
  );
}

/** One panel; its title names its line style (solid gold, dashed RM score) and, over the gold panel, the bound's. */
function KlPanel({ series, xMax, kind: panelKind, title, bound, label, fallback }: {
  series: KindSeries[]; xMax: number; kind: 'gold' | 'proxy'; title: string; bound: string | null; label: string; fallback: [number, number];
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const geo = useMemo(() => {
    const ys = series.flatMap((x) => x.points.map((p) => p[1]));
    return lineGeometry(series, width, KL_HEIGHT, [0, xMax], domainOf(ys, fallback),
      (v) => fmt.decimal(v, { digits: 1, trim: true }), (v) => fmt.decimal(v, { digits: 1, trim: true }), { labelRoom: width < 420 ? 62 : 84 });
  }, [series, xMax, width, fmt, fallback]);
  return (
    <div className="ra-kl-panel" ref={ref}>
      <p className="ra-subtitle ra-kl-title">
        <span><StyleSwatch kind={panelKind} />{title}</span>
        {bound && <span className="ra-kl-bound"><StyleSwatch kind="bound" />{bound}</span>}
      </p>
      <Frame g={geo} height={KL_HEIGHT} label={label} xTitle={t.klAxis(fmt)}>
        {geo.series.map((x, i) => {
          const { kind, method } = series[i]!;
          return (
            <g key={x.id} className={`ra-series ra-${method}`}>
              <path className={`ra-style-${kind} ra-line-${method}`} d={x.path} />
              {kind !== 'bound' && x.points.map((p, j) => (
                <path key={j} className={kind === 'proxy' ? `ra-mark ra-hollow ra-mark-${method}` : `ra-mark ra-mark-${method}`} d={markerPath(SHAPE[method], p.x, p.y, kind === 'proxy' ? 3 : 3.5)} />
              ))}
            </g>
          );
        })}
        {/* End labels last, with a halo: no later curve draws over them. */}
        {geo.series.map((x) => x.label && <text key={x.id} className="ra-end ra-halo" x={x.label.x} y={x.label.y}>{x.label.text}</text>)}
      </Frame>
    </div>
  );
}

function GoldTable({ r, methods }: { r: ArenaResult | null; methods: Method[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.goldColumns;
  const d3 = (v: number) => fmt.decimal(v, { digits: 3 });
  const rows: { key: string; m: Method; at: string; kl: number; gold: number; proxy: number | null }[] = [];
  if (r) {
    for (const m of methods) {
      if (m === 'bon') r.bon?.forEach((p) => rows.push({ key: `bon${p.n}`, m, at: t.atText('bon', p.n, fmt), kl: p.kl, gold: p.gold, proxy: p.proxy }));
      else r[m]?.points.forEach((p) => rows.push({ key: `${m}${p.step}`, m, at: t.atText(m, p.step, fmt), kl: p.kl, gold: p.gold, proxy: m === 'dpo' || m === 'llama3' ? null : p.proxy }));
    }
  }
  return (
    <DataDetails className="ra-data" summary={t.goldData}>
      {r && (
        <DataTable caption={t.goldData} scroll={t.goldData} className="ra-table">
          <thead><tr>{[c.method, c.at, c.kl, c.gold, c.proxy].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{rows.map((x) => (
            <tr key={x.key}><th scope="row">{t.methodName[x.m]}</th><td>{x.at}</td><td>{d3(x.kl)}</td><td>{d3(x.gold)}</td><td>{x.proxy === null ? t.notUsed : d3(x.proxy)}</td></tr>
          ))}</tbody>
        </DataTable>
      )}
    </DataDetails>
  );
}

// ── 2. DPO: β·Δlog π of chosen and rejected, and the margin, by step ────────────────────────────

const DpoChart = memo(function DpoChart({ r, stale, s, which, shown }: Part & { s: ArenaState; which: 'dpo' | 'llama3'; shown: boolean }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH / 2, MIN_WIDTH);
  const run = shown ? r?.[which] ?? null : null;
  // Both panels share one y range (the two runs compared at a glance).
  const other = r?.[which === 'dpo' ? 'llama3' : 'dpo'] ?? null;
  const g = useMemo(() => {
    const series: SeriesIn[] = run ? [
      { id: 'chosen', points: run.points.map((p) => [p.step, s.beta * p.chosenShift] as const) },
      { id: 'rejected', points: run.points.map((p) => [p.step, s.beta * p.rejectedShift] as const) },
      { id: 'margin', points: run.points.map((p) => [p.step, p.margin] as const) },
    ] : [];
    const all = [run, other].flatMap((x) => x?.points.flatMap((p) => [s.beta * p.chosenShift, s.beta * p.rejectedShift, p.margin]) ?? []);
    const steps = runShape(s).dpoSteps;
    const geo = lineGeometry(series, width, SMALL_HEIGHT, [0, steps], domainOf(all, [-2, 1]), (v) => fmt.int(v),
      (v) => fmt.decimal(v, { digits: 1, trim: true }));
    return geo;
  }, [run, other, width, fmt, s]);
  const last = run?.points[run.points.length - 1] ?? null;
  return (
    <div className={stale ? 'ra-chart ra-stale' : 'ra-chart'} ref={ref}>
      <p className="ra-subtitle">{t.methodName[which]}</p>
      <Frame g={g} height={SMALL_HEIGHT} label={!shown ? t.notChosen : run && last ? t.dpoChartLabel(which, last, s, fmt) : t.pending} xTitle={t.stepAxis}>
        {g.series.map((x) => (
          <g key={x.id}>
            <path className={`ra-style-${x.id}`} d={x.path} />
            {x.id !== 'margin' && x.points.filter((_, i) => i % 4 === 0).map((p, j) => (
              <path key={j} className={`ra-mark ra-dpo-${x.id}`} d={markerPath(x.id === 'chosen' ? 'circle' : 'triangle', p.x, p.y, 3)} />
            ))}
          </g>
        ))}
      </Frame>
      <Reserve sizer={<p className="ra-small">{t.dpoSizer}</p>}>
        <p className="ra-small">{!shown ? t.notChosen : last ? t.dpoLine(which, last, s, fmt) : t.pending}</p>
      </Reserve>
    </div>
  );
});

// ── 3. Where DPO's probability mass went; length histograms ─────────────────────────────────────

function MassBlock({ r, stale, methods }: Part & { methods: Method[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const runs = (['dpo', 'llama3'] as const).filter((m) => methods.includes(m));
  const start = runs.map((m) => r?.[m]?.points[0]).find((p) => p) ?? null;
  const bars = [
    { key: 'ref', label: t.massReference, p: start },
    ...runs.map((m) => { const run = r?.[m]; return { key: m, label: t.massEnd(m), p: run ? run.points[run.points.length - 1]! : null }; }),
  ];
  return (
    <div className={stale ? 'ra-chart ra-mass ra-stale' : 'ra-chart ra-mass'}>
      <p className="ra-title">{t.massTitle}</p>
      {runs.length === 0 ? <p className="ra-small">{t.massNone}</p> : (
        <>
          <ul className="ra-legend" aria-hidden="true">
            <li><span className="ra-sw ra-bar-chosen" />{t.massParts.chosen}</li>
            <li><span className="ra-sw ra-bar-rejected" />{t.massParts.rejected}</li>
            <li><span className="ra-sw ra-bar-unseen" />{t.massParts.unseen}</li>
          </ul>
          <ul className="ra-bars">
            {bars.map((b) => (
              <li key={b.key}>
                <span className="ra-bar-label">{b.label}: {b.p ? t.massText(b.p.chosenMass, b.p.rejectedMass, b.p.unseenMass, fmt) : t.training}</span>
                <span className="ra-bar-track" aria-hidden="true">
                  {b.p && <>
                    <span className="ra-bar-chosen" style={{ width: `${(b.p.chosenMass * 100).toFixed(2)}%` }} />
                    <span className="ra-bar-rejected" style={{ width: `${(b.p.rejectedMass * 100).toFixed(2)}%` }} />
                  </>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const BINS = [0, 1, 2, 3, 4, 5, 6];

const LengthChart = memo(function LengthChart({ r, stale, methods }: Part & { methods: Method[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH / 2, MIN_WIDTH);
  const trained = (['dpo', 'llama3', 'ppo', 'grpo'] as const).filter((m) => methods.includes(m));
  const g = useMemo(() => {
    const series: SeriesIn[] = [];
    if (r) {
      series.push({ id: 'ref', points: r.reference.map((v, k) => [k, v] as const) });
      for (const m of trained) { const run = r[m]; if (run) series.push({ id: m, points: run.lengths.map((v, k) => [k, v] as const) }); }
    }
    const ys = series.flatMap((x) => x.points.map((p) => p[1]));
    return lineGeometry(series, width, SMALL_HEIGHT, [-0.3, 6.3], [0, Math.max(0.5, ...ys) * 1.05], (k) => t.lengthBin(k, fmt),
      (v) => fmt.percent(v, { digits: 0 }), { xValues: BINS });
  }, [r, trained.join(), width, fmt, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const c = t.lengthColumns;
  // Closed by default (the embed's height budget); the server renders it closed too.
  return (
    <div className={stale ? 'ra-chart ra-lengths ra-stale' : 'ra-chart ra-lengths'} ref={ref}>
      <DataDetails className="ra-lengths-details" summary={t.lengthTitle}>
        <ul className="ra-legend">
          <li><StyleSwatch kind="ref" />{t.referenceName}</li>
          {trained.map((m) => <li key={m}><Marker method={m} />{t.methodShort[m]}</li>)}
        </ul>
        <Frame g={g} height={SMALL_HEIGHT} label={r ? t.lengthChartLabel(r, fmt) : t.pending} xTitle={t.lengthAxis}>
          {g.series.map((x) => (
            <g key={x.id}>
              <path className={x.id === 'ref' ? 'ra-style-ref' : `ra-style-gold ra-line-${x.id}`} d={x.path} />
              {x.id !== 'ref' && x.points.map((p, j) => <path key={j} className={`ra-mark ra-mark-${x.id}`} d={markerPath(SHAPE[x.id as Method], p.x, p.y, 3)} />)}
            </g>
          ))}
        </Frame>
        <DataDetails className="ra-data" summary={t.lengthData}>
          {r && (
            <DataTable caption={t.lengthData} scroll={t.lengthData} className="ra-table">
              <thead><tr><th scope="col">{c.policy}</th>{BINS.map((k) => <th key={k} scope="col">{t.lengthBin(k, fmt)}</th>)}</tr></thead>
              <tbody>
                <tr><th scope="row">{t.referenceName}</th>{r.reference.map((v, k) => <td key={k}>{fmt.percent(v, { digits: 1 })}</td>)}</tr>
                {trained.map((m) => r[m] && (
                  <tr key={m}><th scope="row">{t.methodName[m]}</th>{r[m]!.lengths.map((v, k) => <td key={k}>{fmt.percent(v, { digits: 1 })}</td>)}</tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </DataDetails>
      </DataDetails>
    </div>
  );
});

// ── 4. Cost per update ──────────────────────────────────────────────────────────────────────────

const CostBlock = memo(function CostBlock({ s }: { s: ArenaState }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const rows = costRows(s);
  const cached = costRows(s, true).find((x) => x.method === 'dpo')!;
  const c = t.costColumns;
  return (
    <div className="ra-cost">
      <p className="ra-title">{t.costTitle}</p>
      <p className="ra-quote">{t.costQuote}</p>
      <DataTable caption={t.costTitle} scroll={t.costTitle} className="ra-table">
        <thead><tr>{[c.method, c.models, c.passes, c.samples, c.bytes].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>{rows.filter((x) => x.method !== 'llama3').map((x) => (
          <tr key={x.method}>
            <th scope="row">{x.method === 'dpo' ? t.dpoBoth : t.methodName[x.method]}</th>
            <td>{t.modelsText(x.models, x.trained, x.method === 'dpo' || x.method === 'llama3' ? cached.models : null, fmt)}</td>
            <td>{t.passesText(x.forward, x.backward, fmt)}</td>
            <td>{t.samplesText(x.method, x.samples, fmt)}</td>
            <td>{fmt.bytes(x.bytes405, { units: 'decimal' })}</td>
          </tr>
        ))}</tbody>
      </DataTable>
      <p className="ra-small">{t.costNote}</p>
    </div>
  );
});

// ── 5. GRPO's first group ───────────────────────────────────────────────────────────────────────

function GroupBlock({ r, stale, s, shown }: Part & { s: ArenaState; shown: boolean }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const g = shown ? r?.group ?? null : null;
  const c = t.groupColumns;
  const d3 = (v: number) => fmt.decimal(v, { digits: 3 });
  return (
    <div className={stale ? 'ra-group-block ra-stale' : 'ra-group-block'}>
      <DataDetails className="ra-data" summary={t.groupTitle}>
        <p className="ra-small">{!shown ? t.notChosen : g ? t.groupIntro(g, s, fmt) : t.pending}</p>
        {g && (
          <DataTable caption={t.groupData(s.group, fmt)} scroll={t.groupData(s.group, fmt)} className="ra-table">
            <thead><tr>{[c.response, c.reward, c.advantage, c.tokens, c.weight].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
            <tbody>{g.rows.map((x, i) => (
              <tr key={i}><th scope="row"><code>{x.label}</code></th><td>{d3(x.reward)}</td><td>{fmt.signed(x.advantage, { digits: 3 })}</td>
                <td>{fmt.int(x.tokens)}</td><td>{weightText(x.weight, fmt)}</td></tr>
            ))}</tbody>
          </DataTable>
        )}
      </DataDetails>
    </div>
  );
}

function weightText(w: number, fmt: Format): string {
  return fmt.decimal(w, { digits: 4 });
}

export default island(meta, RlArenaView, { messages });
