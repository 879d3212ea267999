// View of post-training-loop: the controls (rounds computed, averaging, seed), the step buttons (Reset, Back, Next
// round, Play) over the `round` shown, the shown round's five steps with its numbers and what changed, the gold-reward
// chart over rounds with a table of every round. The loop runs in a Web Worker (client.ts) after hydration, rounds
// arriving one by one; until a round arrives its block shows a pending line laid over an invisible sizing copy of a
// round, so nothing moves when the numbers come. The server's HTML is the pending state, as is the client's first render.
import { memo, useEffect, useMemo, useState } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, NumberField, Reserve, Slider, StepControls, Toggle, type Parsed } from '../../components/kit';
import { useLatestResult } from '../../components/useLatestResult';
import { useWidth } from '../../components/useWidth';
import { island } from '../../components/WidgetShell';
import { useFormat, useMessages } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { readBoundedField, type FieldRefusal } from '../../lib/text';
import type { ViewProps } from '../types';
import { HEIGHT, MARGIN, MIN_WIDTH, loopGeometry } from './chart';
import { createLoopClient } from './client';
import { messages, type PostTrainingLoopMessages } from './messages';
import { meta, type fields } from './meta';
import { LIMITS, loopKey, shownRound, type LoopResult, type LoopState, type RoundResult } from './model';
import './postTrainingLoop.css';

const DEFAULT_WIDTH = 640;
/** Play: one round every this many ms. */
export const PLAY_MS = 1_600;

// A round with wide digits, only ever laid out invisibly to hold the pending block's height (never shown or read).
const SIZER_NUMBERS = { gold: -0.888, kl: 8.888, meanLength: 8.88, terminated: 0.888 };
const SIZER: RoundResult = {
  round: 8, model: SIZER_NUMBERS, sftGold: -0.888, proxy: -8.888, rmHeldOut: 0.888, rmPrevHeldOut: 0.888, sampler: 8,
  pairsCollected: 888, pairsKept: 888, pairsTotal: 888, rsExamples: 88, rsTotal: 888, rsGold: 0.888, variant: null,
  codes: ['goldDown', 'longer', 'terminatesLess'],
};

export function PostTrainingLoopView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const s: LoopState = { rounds: state.rounds, seed: state.seed, averaging: state.averaging === 'on' };
  const { result, fresh, done } = useLatestResult(s, loopKey(s), createLoopClient);
  const loop: LoopResult | null = fresh ? result : null;
  const shown = shownRound(state.round, s.rounds);
  const current = loop?.rounds[shown] ?? null;
  const computed = loop ? loop.rounds.length - 1 : 0;
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    if (shown >= s.rounds) { setPlaying(false); return; }
    const id = setTimeout(() => onChange({ round: shown + 1 }), PLAY_MS);
    return () => clearTimeout(id);
  }, [playing, shown, s.rounds, onChange]);

  useAnnounce(current ? t.announceRound(current, s.rounds, fmt) : t.pending, { late: !current, hold: playing });
  const last = loop?.rounds[computed];
  useAnnounce(loop && last && computed > 0 ? t.announceArrived(computed, s.rounds, last, fmt) : '', { late: !loop });

  const go = (round: number) => onChange({ round: Math.max(0, Math.min(s.rounds, round)) });
  return (
    <div className="post-training-loop">
      <p className="ptl-intro">{t.intro}</p>
      <Controls s={s} onChange={onChange} />
      <StepControls className="ptl-steps" label={t.stepsLabel} atStart={shown === 0} atEnd={shown >= s.rounds}
        onReset={() => { setPlaying(false); go(0); }} onBack={() => { setPlaying(false); go(shown - 1); }}
        onNext={() => go(shown + 1)} nextLabel={t.nextLabel} playing={playing}
        onPlay={() => { if (playing) setPlaying(false); else { if (shown >= s.rounds) return; setPlaying(true); } }}>
        <p className="ptl-position">{t.position(shown, s.rounds, fmt)}</p>
      </StepControls>
      {state.round > s.rounds && <p className="ptl-code">{t.clamped(state.round, s.rounds, fmt)}</p>}
      <p className="ptl-progress" aria-busy={!done}>{loop ? t.progress(computed, s.rounds, fmt) : t.progress(0, s.rounds, fmt)}</p>
      <RoundBlock r={current} prev={shown > 0 ? loop?.rounds[shown - 1] ?? null : null} shown={shown} averaging={s.averaging} />
      <GoldChart rounds={loop?.rounds ?? null} total={s.rounds} shown={shown} averaging={s.averaging} />
      <RoundsTable rounds={loop?.rounds ?? null} />
      <DataDetails className="ptl-more" summary={t.notesSummary}>
        <ul className="ptl-notes">{t.notes(fmt).map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <p className="ptl-sources">{t.sources}</p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

type OnChange = ViewProps<typeof fields>['onChange'];

function Controls({ s, onChange }: { s: LoopState; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="ptl-controls">
      <Slider label={t.roundsLabel} min={LIMITS.rounds.min} max={LIMITS.rounds.max} value={s.rounds}
        onChange={(rounds) => onChange({ rounds })} format={(v) => t.roundsValue(v, fmt)} />
      <Toggle label={t.averagingLabel} checked={s.averaging} onChange={(on) => onChange({ averaging: on ? 'on' : 'off' })} />
      <div className="ptl-seed">
        <NumberField<number, FieldRefusal<'seed'>> label={t.seedLabel} value={s.seed} onChange={(seed) => onChange({ seed })}
          parse={readSeed} errorText={(e) => t.seedError(e, fmt)} width="9ch" />
        <button type="button" className="ptl-another" onClick={() => onChange({ seed: s.seed >= LIMITS.seed.max ? 0 : s.seed + 1 })}>{t.anotherSeed}</button>
      </div>
    </div>
  );
}

function readSeed(text: string): Parsed<number, FieldRefusal<'seed'>> {
  return readBoundedField(text, 'seed', LIMITS.seed);
}

// ── The shown round ─────────────────────────────────────────────────────────────────────────────

function roundLines(r: RoundResult, prev: RoundResult | null, t: PostTrainingLoopMessages, fmt: Format) {
  if (r.round === 0) return { steps: t.baseLines(r, fmt), metrics: [], changes: [], averaging: [] };
  return {
    steps: t.stepLines(r, fmt),
    metrics: t.metricLines(r, fmt),
    changes: prev ? r.codes.map((c) => t.change(c, r, prev, fmt)) : [],
    averaging: t.averagingLines(r, fmt),
  };
}

function RoundBody({ r, prev, t, fmt }: { r: RoundResult; prev: RoundResult | null; t: PostTrainingLoopMessages; fmt: Format }) {
  const l = roundLines(r, prev, t, fmt);
  return (
    <>
      <ol className="ptl-stages">{l.steps.map((x) => <li key={x}>{x}</li>)}</ol>
      {l.metrics.length > 0 && (
        <>
          <p className="ptl-head">{t.metricsHeading}</p>
          {l.metrics.map((x, i) => <p key={x} className={i === 0 ? 'ptl-big' : undefined}>{x}</p>)}
        </>
      )}
      {l.averaging.length > 0 && <ul className="ptl-avg">{l.averaging.map((x) => <li key={x}>{x}</li>)}</ul>}
      {l.changes.length > 0 && (
        <>
          <p className="ptl-head">{t.changesHeading}</p>
          <ul className="ptl-changes">{l.changes.map((x) => <li key={x}>{x}</li>)}</ul>
        </>
      )}
    </>
  );
}

/** The sizer of a round: every change a round can report and, with averaging, the variant's lines, so the block keeps
 *  one height while rounds are computed and as the reader steps through them (kit Reserve). */
function sizerOf(shown: number, averaging: boolean): RoundResult {
  if (shown === 0) return { ...SIZER, round: 0 };
  return {
    ...SIZER, codes: ['goldDown', 'shorter', 'terminatesLess', 'rmStale', 'samplerOlder'],
    variant: averaging ? { model: SIZER_NUMBERS, rmHeldOut: 0.888, sftGold: -0.888 } : null,
  };
}

function RoundBlock({ r, prev, shown, averaging }: { r: RoundResult | null; prev: RoundResult | null; shown: number; averaging: boolean }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const sizer = sizerOf(shown, averaging);
  return (
    <section className="ptl-round" aria-busy={!r}>
      <p className="ptl-head ptl-title">{t.roundHeading(shown, fmt)}</p>
      <Reserve sizer={<RoundBody r={sizer} prev={shown === 0 ? null : sizer} t={t} fmt={fmt} />}>
        {r ? <RoundBody r={r} prev={prev} t={t} fmt={fmt} /> : <p className="ptl-ph-text">{t.pending}</p>}
      </Reserve>
    </section>
  );
}

// ── Chart ───────────────────────────────────────────────────────────────────────────────────────

const GoldChart = memo(function GoldChart({ rounds, total, shown, averaging }: { rounds: readonly RoundResult[] | null; total: number; shown: number; averaging: boolean }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const g = useMemo(() => loopGeometry(rounds ?? [], total, shown, width, (r) => t.roundTick(r, fmt), (v) => t.goldTick(v, fmt)),
    [rounds, total, shown, width, t, fmt]);
  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <div className="ptl-chart" ref={ref}>
      <p className="ptl-title">{t.chartTitle}</p>
      <ul className="ptl-legend">
        <li><svg className="ptl-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="ptl-chat" x1="1" x2="27" y1="6" y2="6" /><circle className="ptl-chat-dot" cx="14" cy="6" r="3.5" /></svg>{t.legendChat}</li>
        <li><svg className="ptl-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="ptl-sft" x1="1" x2="27" y1="6" y2="6" /><rect className="ptl-sft-dot" x="10.5" y="2.5" width="7" height="7" /></svg>{t.legendSft}</li>
        {averaging && <li><svg className="ptl-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="ptl-var" x1="1" x2="27" y1="6" y2="6" /><path className="ptl-var-dot" d="M14,2 L18,10 L10,10 Z" /></svg>{t.legendVariant}</li>}
        <li><svg className="ptl-swatch" viewBox="0 0 28 12" aria-hidden="true"><line className="ptl-shown" x1="14" x2="14" y1="0" y2="12" /></svg>{t.legendShown}</li>
      </ul>
      <svg className="ptl-svg" viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" height={HEIGHT} role="img"
        aria-label={rounds ? t.chartLabel(rounds, total, fmt) : t.pending}>
        <AxisY ticks={g.yTicks} x={MARGIN.left} gridTo={width - MARGIN.right} />
        <AxisX ticks={g.xTicks} y={bottom} span={[MARGIN.left, width - MARGIN.right]} line title={t.axisTitle} />
        <g aria-hidden="true">
          {g.zeroY !== null && <line className="ptl-zero" x1={MARGIN.left} x2={width - MARGIN.right} y1={g.zeroY} y2={g.zeroY} />}
          <line className="ptl-shown" x1={g.shownX} x2={g.shownX} y1={MARGIN.top} y2={bottom} />
          {g.sftPath && <path className="ptl-sft" d={g.sftPath} />}
          {averaging && g.variantPath && <path className="ptl-var" d={g.variantPath} />}
          <path className="ptl-chat" d={g.chatPath} />
          {g.sft.filter((p) => p.round > 0).map((p) => <rect key={`s${p.round}`} className="ptl-sft-dot" x={p.x - 3.5} y={p.y - 3.5} width={7} height={7} />)}
          {averaging && g.variant.filter((p) => p.round > 0).map((p) => <path key={`v${p.round}`} className="ptl-var-dot" d={`M${p.x},${p.y - 4.5}l4,8h-8z`} />)}
          {g.chat.map((p) => <circle key={`c${p.round}`} className={p.round === shown ? 'ptl-chat-dot ptl-here' : 'ptl-chat-dot'} cx={p.x} cy={p.y} r={p.round === shown ? 5.5 : 4} />)}
        </g>
      </svg>
    </div>
  );
});

// ── Table of every round ────────────────────────────────────────────────────────────────────────

const RoundsTable = memo(function RoundsTable({ rounds }: { rounds: readonly RoundResult[] | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.columns;
  const d2 = (v: number | null | undefined) => (v === null || v === undefined ? '–' : fmt.decimal(v, { digits: 2 }));
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : fmt.percent(v, { digits: 1 }));
  return (
    <DataDetails className="ptl-data" summary={t.tableSummary}>
      <DataTable caption={t.tableSummary} scroll={t.tableSummary}>
        <thead><tr>{[c.round, c.gold, c.sftGold, c.kl, c.proxy, c.rm, c.rmPrev, c.length, c.terminated, c.pairs, c.rs].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {(rounds ?? []).map((r) => (
            <tr key={r.round}>
              <th scope="row">{fmt.int(r.round)}</th>
              <td>{d2(r.model.gold)}</td><td>{d2(r.sftGold)}</td><td>{d2(r.model.kl)}</td><td>{d2(r.proxy)}</td>
              <td>{pct(r.rmHeldOut)}</td><td>{pct(r.rmPrevHeldOut)}</td><td>{d2(r.model.meanLength)}</td><td>{pct(r.model.terminated)}</td>
              <td>{r.round === 0 ? '–' : `${fmt.int(r.pairsKept)} / ${fmt.int(r.pairsCollected)}`}</td>
              <td>{r.round === 0 ? '–' : fmt.int(r.rsExamples)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </DataDetails>
  );
});

export default island(meta, PostTrainingLoopView, { messages });
