// View of dpo-loss, three parts in one figure: (1) the DPO loss and its gradient weight against the log-ratio margin,
// with a marker and the NLL term; (2) a chat pair in Llama 3's format, tokenized by the real Llama 3 tokenizer in its
// worker once the island is mounted (src/tokenizers/react.ts: the server and the first client render show a
// placeholder of the same height), with each token's role in the loss; (3) the DPO bandit (closed form, computed on the
// main thread in microseconds). Everything is computed by model.ts; the words are the catalogue's.
import { memo, useId, useMemo } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, Reserve, ScrollRegion, Segmented, Slider, StepControls, Toggle } from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { useWidth } from '../../components/useWidth';
import { island } from '../../components/WidgetShell';
import { useFormat, useMessages } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { visibleText } from '../../lib/text';
import type { BanditKind } from '../../lib/toyLm';
import { byteTokenText, type TokenLook } from '../../tokenizers';
import { useEncode, useTokenizer } from '../../tokenizers/react';
import type { ViewProps } from '../types';
import { CHART_HEIGHT, MIN_WIDTH, curveGeometry } from './chart';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  BANDIT_CHOSEN, BANDIT_FEATURES, BANDIT_REJECTED, BANDIT_RESPONSES, DEFAULTS, LIMITS, POLICIES,
  analysePair, banditSummary, lossAt, lossCurve, nllShare, splitJoint,
  type BanditSummary, type LossPoint, type PairAnalysis, type PairToken, type TokenPush,
} from './model';
import { PAIR_IDS, jointText, pairById, type ChatPair, type PairId } from './pair';
import './dpoLoss.css';

type OnChange = ViewProps<typeof fields>['onChange'];
const DEFAULT_WIDTH = 640;
/** Token ids the view asks for: both formatted sequences of the longest pair fit. */
const MAX_TOKENS = 400;

export function DpoLossView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const at = useMemo(() => lossAt(state.beta, state.margin), [state.beta, state.margin]);
  const bandit = useMemo(() => banditSummary(state.policy, state.beta, state.step), [state.policy, state.beta, state.step]);
  const pair = pairById(state.pair);

  // The Llama 3 tokenizer: nothing loads before the island is mounted; then the worker tokenizes both sequences at once.
  const session = useTokenizer(['llama3']);
  const encoded = useEncode(session, { text: jointText(pair), specials: 'special', tokenizers: ['llama3'], maxTokens: MAX_TOKENS });
  const done = encoded.done && encoded.done.request.text === jointText(pair) ? encoded.done.results[0] ?? null : null;
  const analysis = useMemo(() => {
    if (!done) return null;
    const split = splitJoint(done.ids);
    return split ? analysePair(split[0], split[1], state.mask) : null;
  }, [done, state.mask]);
  const status = session.codeError !== null || encoded.error !== null ? 'error' : session.status.llama3?.state ?? 'waiting';
  const errorText = session.codeError ?? encoded.error ?? session.status.llama3?.message ?? '';

  const id = useId();
  useAnnounce(t.announce(at, bandit, state.policy, fmt));
  return (
    <div className="dpo-loss">
      <section className="dl-part" aria-labelledby={`${id}-1`}>
        <WidgetHeading className="dl-heading" id={`${id}-1`}>{t.lossHeading}</WidgetHeading>
        <div className="dl-controls">
          <Slider label={t.betaLabel} min={LIMITS.beta.min} max={LIMITS.beta.max} step={LIMITS.beta.step} value={state.beta}
            onChange={(beta) => onChange({ beta })} format={(v) => t.betaValue(v, fmt)} />
          <Slider label={t.marginLabel} min={LIMITS.margin.min} max={LIMITS.margin.max} step={LIMITS.margin.step} value={state.margin}
            onChange={(margin) => onChange({ margin })} format={(v) => t.marginValue(v, fmt)} />
        </div>
        <div className="dl-readout">{t.lossLines(at, state.beta, fmt).map((l) => <p key={l}>{l}</p>)}</div>
        <div className="dl-pair">
          <LossChart beta={state.beta} at={at} which="loss" />
          <LossChart beta={state.beta} at={at} which="weight" />
        </div>
        <div className="dl-controls">
          <Slider label={t.nllLabel} min={LIMITS.nll.min} max={LIMITS.nll.max} step={LIMITS.nll.step} value={state.nll}
            onChange={(nll) => onChange({ nll })} format={(v) => t.nllValue(v, fmt)} />
          <Slider label={t.tokenNllLabel} min={LIMITS.tokennll.min} max={LIMITS.tokennll.max} step={LIMITS.tokennll.step} value={state.tokennll}
            onChange={(tokennll) => onChange({ tokennll })} format={(v) => t.tokenNllValue(v, fmt)} />
        </div>
        <NllBlock at={at} beta={state.beta} nll={state.nll} tokenNll={state.tokennll} n={analysis?.chosen.counts.nllTokens ?? null} />
      </section>

      <section className="dl-part" aria-labelledby={`${id}-2`}>
        <WidgetHeading className="dl-heading" id={`${id}-2`}>{t.pairHeading}</WidgetHeading>
        <div className="dl-row">
          <Segmented legend={t.pairLegend} value={state.pair} options={PAIR_IDS.map((v) => ({ value: v, label: t.pairOption[v] }))}
            onChange={(p: PairId) => onChange({ pair: p })} />
          <Toggle label={t.maskLabel} checked={state.mask === 'on'} onChange={(on) => onChange({ mask: on ? 'on' : 'off' })} />
        </div>
        <p className="dl-note">{t.pairNote}</p>
        <PushLegend />
        <TokenRows pair={pair} analysis={analysis} looks={done?.looks ?? null} status={status} errorText={errorText} onRetry={session.retry} />
        <Reserve sizer={<Arithmetic a={SIZER_ANALYSIS} weight={0.5} beta={0.5} nll={Math.max(state.nll, 0.55)} mask={state.mask === 'on'} sizer />}>
          {analysis
            ? <Arithmetic a={analysis} weight={at.weight} beta={state.beta} nll={state.nll} mask={state.mask === 'on'} />
            : <p className="dl-pending">{status === 'error' ? t.tokenizerError(errorText) : t.tokenizerLoading}</p>}
        </Reserve>
        <Counts analysis={analysis} />
      </section>

      <Bandit b={bandit} kind={state.policy} step={state.step} onChange={onChange} />

      <DataDetails className="dl-more" summary={t.notesSummary}>
        <ul className="dl-notes">{t.notes.map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <p className="dl-sources">{t.sourcesLabel} <span lang="en">{t.sources}</span></p>
    </div>
  );
}

// ── 1. The loss curves ──────────────────────────────────────────────────────────────────────────

const LossChart = memo(function LossChart({ beta, at, which }: { beta: number; at: LossPoint; which: 'loss' | 'weight' }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH / 2, MIN_WIDTH);
  const curve = useMemo(() => lossCurve(beta), [beta]);
  const refCurve = useMemo(() => (Math.abs(beta - DEFAULTS.beta) < 1e-9 ? null : lossCurve(DEFAULTS.beta)), [beta]);
  const g = useMemo(() => curveGeometry(curve, refCurve, at, which, width,
    (v) => fmt.decimal(v, { digits: 2, trim: true }), (v) => fmt.int(v)), [curve, refCurve, at, which, width, fmt]);
  const ends = [curve[0]!, curve[curve.length - 1]!] as const;
  const label = which === 'loss' ? t.lossChartLabel(at, ends, beta, fmt) : t.weightChartLabel(at, ends, beta, fmt);
  return (
    <div className="dl-chart" ref={ref}>
      <p className="dl-title">{which === 'loss' ? t.lossChartTitle : t.weightChartTitle}</p>
      <ul className="dl-legend" aria-hidden="true">
        <li><LineSwatch kind="main" />{t.curveLegend(beta, fmt)}</li>
        {refCurve && <li><LineSwatch kind="ref" />{t.refLegend}</li>}
        <li><LineSwatch kind="dot" />{t.markerLegend}</li>
      </ul>
      <svg className="dl-svg" viewBox={`0 0 ${g.right + 14} ${CHART_HEIGHT}`} width="100%" height={CHART_HEIGHT} role="img" aria-label={label}>
        <AxisY ticks={g.yTicks} x={g.left} gridTo={g.right} />
        <AxisX ticks={g.xTicks} y={g.bottom} gridTo={g.top} span={[g.left, g.right]} line title={t.marginAxis} />
        <g aria-hidden="true">
          {g.refPath !== null && <path className="dl-ref" d={g.refPath} />}
          <path className="dl-main" d={g.path} />
          <line className="dl-marker" x1={g.dot.cx} x2={g.dot.cx} y1={g.top} y2={g.bottom} />
          <circle className="dl-dot" cx={g.dot.cx} cy={g.dot.cy} r={4.5} />
        </g>
      </svg>
    </div>
  );
});

function LineSwatch({ kind }: { kind: 'main' | 'ref' | 'dot' }) {
  return (
    <svg className="dl-swatch" viewBox="0 0 28 12" aria-hidden="true">
      {kind === 'dot'
        ? <><line className="dl-marker" x1="14" x2="14" y1="0" y2="12" /><circle className="dl-dot" cx="14" cy="6" r="4" /></>
        : <line className={kind === 'main' ? 'dl-main' : 'dl-ref'} x1="1" x2="27" y1="6" y2="6" />}
    </svg>
  );
}

function NllBlock({ at, beta, nll, tokenNll, n }: { at: LossPoint; beta: number; nll: number; tokenNll: number; n: number | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const sizer = t.nllLines(nllShare(lossAt(0.5, -8.8), 0.5, 0.55, 4.55, 288), 288, 0.55, fmt);
  return (
    <Reserve sizer={<div className="dl-readout">{sizer.map((l) => <p key={l}>{l}</p>)}</div>}>
      <div className="dl-readout">
        {n === null
          ? <p className="dl-pending">{t.nllPending}</p>
          : t.nllLines(nllShare(at, beta, nll, tokenNll, n), n, nll, fmt).map((l) => <p key={l}>{l}</p>)}
      </div>
    </Reserve>
  );
}

// ── 2. The chat pair ────────────────────────────────────────────────────────────────────────────

const PUSHES: readonly TokenPush[] = ['prompt', 'up', 'down', 'cancels', 'masked'];

function PushLegend() {
  const t = useMessages(messages);
  return (
    <ul className="dl-legend dl-push-legend">
      {PUSHES.map((p) => (
        <li key={p}><span className={`dl-tok dl-${p}`} aria-hidden="true"><span className="dl-tag">{t.pushTag[p] || '·'}</span></span>{t.pushName[p]}</li>
      ))}
    </ul>
  );
}

function tokenText(look: TokenLook | undefined): string {
  if (!look) return '?';
  return look.runs.map((r) => (r.kind === 'text' ? (look.special ? r.text : visibleText(r.text, { space: 'symbol' })) : byteTokenText(r.bytes))).join('');
}

function TokenRow({ name, tokens, looks, lang }: { name: string; tokens: PairToken[]; looks: Record<number, TokenLook>; lang: string }) {
  const t = useMessages(messages);
  return (
    <div className="dl-tokrow">
      <p className="dl-rowname">{name}</p>
      <ScrollRegion label={t.tokensRegion(name)} vertical className="dl-tokbox">
        <ol className="dl-toks">
          {tokens.map((x, i) => {
            const text = tokenText(looks[x.id]);
            return (
              <li key={i} className={`dl-tok dl-${x.push}${x.role === 'content' || x.role === 'prompt' ? '' : ' dl-fmt'}`}>
                <span className="dl-text" lang={looks[x.id]?.special ? 'en' : lang} translate="no">{text}</span>
                <span className="visually-hidden">{t.pushSpoken[x.push]}</span>
                {t.pushTag[x.push] && <span className="dl-tag" aria-hidden="true">{t.pushTag[x.push]}</span>}
              </li>
            );
          })}
        </ol>
      </ScrollRegion>
    </div>
  );
}

function TokenRows({ pair, analysis, looks, status, errorText, onRetry }: {
  pair: ChatPair; analysis: PairAnalysis | null; looks: Record<number, TokenLook> | null; status: string; errorText: string; onRetry: () => void;
}) {
  const t = useMessages(messages);
  const rows = [t.promptRow, t.chosenRow, t.rejectedRow];
  if (!analysis || !looks) {
    return (
      <div className="dl-tokens dl-tokens-pending" aria-busy={status !== 'error'}>
        {rows.map((r) => (
          <div key={r} className="dl-tokrow"><p className="dl-rowname">{r}</p><div className="dl-tokbox dl-placeholder" /></div>
        ))}
        <p className="dl-pending dl-overlay">
          {status === 'error'
            ? <>{t.tokenizerError(errorText)} <button type="button" onClick={onRetry}>{t.retry}</button></>
            : status === 'waiting' ? t.tokenizerWaiting : t.tokenizerLoading}
        </p>
      </div>
    );
  }
  const promptLen = analysis.chosen.counts.prompt;
  return (
    <div className="dl-tokens">
      <TokenRow name={t.promptRow} tokens={analysis.chosen.tokens.slice(0, promptLen)} looks={looks} lang={pair.lang} />
      <TokenRow name={t.chosenRow} tokens={analysis.chosen.tokens.slice(promptLen)} looks={looks} lang={pair.lang} />
      <TokenRow name={t.rejectedRow} tokens={analysis.rejected.tokens.slice(analysis.rejected.counts.prompt)} looks={looks} lang={pair.lang} />
    </div>
  );
}

/** A pair whose counts print as wide as real ones can: the arithmetic's sizer (kit Reserve). */
const SIZER_COUNTS = { total: 88, prompt: 88, response: 88, content: 88, masked: 88, inLoss: 88, cancels: 88, effective: 88, nllTokens: 88 };
const SIZER_ANALYSIS: PairAnalysis = {
  chosen: { tokens: [], counts: SIZER_COUNTS }, rejected: { tokens: [], counts: SIZER_COUNTS }, headerTokens: 8,
};

function Arithmetic({ a, weight, beta, nll, mask, sizer = false }: { a: PairAnalysis; weight: number; beta: number; nll: number; mask: boolean; sizer?: boolean }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const lines = t.arithmeticLines(a, weight, beta, nll, mask, fmt);
  if (sizer) {
    // The sizer holds the longer of the two closing lines a pair can end with (no chosen token moves the margin, or
    // the NLL line), so the block keeps its height when the tokens arrive or the pair changes.
    const none = t.arithmeticLines({ ...a, chosen: { ...a.chosen, counts: { ...a.chosen.counts, effective: 0 } } }, weight, beta, nll, mask, fmt).at(-1)!;
    const last = lines.at(-1)!;
    lines[lines.length - 1] = none.length > last.length ? none : last;
  }
  return <div className="dl-readout">{lines.map((l) => <p key={l}>{l}</p>)}</div>;
}

function Counts({ analysis }: { analysis: PairAnalysis | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.countsColumns;
  const keys = Object.keys(t.countsRows) as (keyof typeof t.countsRows)[];
  return (
    <DataDetails className="dl-more" summary={t.countsCaption}>
    <DataTable caption={t.countsCaption} scroll={t.countsCaption} className="dl-table">
      <thead><tr><th scope="col">{c.what}</th><th scope="col">{c.chosen}</th><th scope="col">{c.rejected}</th></tr></thead>
      <tbody>{keys.map((k) => (
        <tr key={k}>
          <th scope="row">{t.countsRows[k]}</th>
          <td>{analysis ? fmt.int(analysis.chosen.counts[k]) : '–'}</td>
          <td>{analysis ? fmt.int(analysis.rejected.counts[k]) : '–'}</td>
        </tr>
      ))}</tbody>
    </DataTable>
    </DataDetails>
  );
}

// ── 3. The bandit ───────────────────────────────────────────────────────────────────────────────

function Bandit({ b, kind, step, onChange }: { b: BanditSummary; kind: BanditKind; step: number; onChange: OnChange }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const first = b.run[0]!, last = b.run.at(-1)!;
  const c = t.barsColumns;
  const id = useId();
  return (
    <section className="dl-part" aria-labelledby={id}>
      <WidgetHeading className="dl-heading" id={id}>{t.banditHeading}</WidgetHeading>
      <p className="dl-note">{t.banditIntro}</p>
      <div className="dl-row">
        <Segmented legend={t.policyLegend} value={kind} options={POLICIES.map((v) => ({ value: v, label: t.policyOption[v] }))}
          onChange={(policy: BanditKind) => onChange({ policy })} />
        <StepControls label={t.stepsGroup} className="dl-steps" atStart={step <= LIMITS.step.min} atEnd={step >= LIMITS.step.max}
          onBack={() => onChange({ step: step - 1 })} onNext={() => onChange({ step: step + 1 })} onReset={() => onChange({ step: 0 })}
          nextLabel={t.stepNext}>
          <span className="dl-stepvalue">{t.stepValue(step, fmt)}</span>
        </StepControls>
      </div>
      <DataTable caption={t.barsCaption} scroll={t.barsCaption} className="dl-table dl-bars">
        <thead><tr><th scope="col">{c.response}</th><th scope="col">{c.features}</th><th scope="col">{c.start}</th><th scope="col">{c.now}</th><th scope="col" className="dl-barcol"><span className="visually-hidden">{c.now}</span></th></tr></thead>
        <tbody>{BANDIT_RESPONSES.map((r, k) => (
          <tr key={r} className={k === BANDIT_CHOSEN || k === BANDIT_REJECTED ? 'dl-current' : undefined}>
            <th scope="row">{t.responseName[r]}{k === BANDIT_CHOSEN && <strong> ({t.chosenTag} ✓)</strong>}{k === BANDIT_REJECTED && <strong> ({t.rejectedTag} ✗)</strong>}</th>
            <td>({BANDIT_FEATURES[k]!.map((v) => fmt.decimal(v, { digits: 1 })).join(', ')})</td>
            <td>{pct(first.pi[k]!, fmt)}</td>
            <td>{pct(last.pi[k]!, fmt)}</td>
            <td className="dl-barcol" aria-hidden="true">
              <span className="dl-track">
                <span className="dl-bar" style={{ width: `${(last.pi[k]! * 100).toFixed(2)}%` }} />
                <span className="dl-start" style={{ left: `${(first.pi[k]! * 100).toFixed(2)}%` }} />
              </span>
            </td>
          </tr>
        ))}</tbody>
      </DataTable>
      <div className="dl-readout">{t.banditLines(b, kind, fmt).map((l) => <p key={l}>{l}</p>)}</div>
    </section>
  );
}

const pct = (v: number, f: Format) => f.percent(v);

export default island(meta, DpoLossView, { messages });
