// Every word dpo-loss shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the loss part
// (controls, readout, two charts, the NLL term), the chat pair part (tokens, marks, counts, the gradient arithmetic),
// the bandit part (policy, steps, bars, the closed form), notes and sources. Numbers come in as numbers and are printed
// with the reader's Format; the pair texts themselves are data (pair.ts), shown in their own language.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { BanditKind } from '../../lib/toyLm';
import type { PairId } from './pair';
import type { BanditResponse, BanditSummary, LossPoint, NllShare, PairAnalysis, SideCounts, TokenPush } from './model';

export interface DpoLossMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── 1. The loss ──
  /** Heading of part 1. */
  lossHeading: string;
  betaLabel: string;
  /** Beside the β slider: "0.10 (Llama 3)". */
  betaValue: (beta: number, f: Format) => string;
  marginLabel: string;
  /** Beside the margin slider: "+2.0 nats". */
  marginValue: (m: number, f: Format) => string;
  /** The readout at the marker: m, z, loss, weight (and ln 2 at m = 0). */
  lossLines: (p: LossPoint, beta: number, f: Format) => string[];
  /** Chart titles, legends, axis titles and the charts' accessible names. */
  lossChartTitle: string;
  weightChartTitle: string;
  curveLegend: (beta: number, f: Format) => string;
  refLegend: string;
  markerLegend: string;
  marginAxis: string;
  /** `ends`: the curve at m = −10 and m = 10. */
  lossChartLabel: (p: LossPoint, ends: readonly [LossPoint, LossPoint], beta: number, f: Format) => string;
  weightChartLabel: (p: LossPoint, ends: readonly [LossPoint, LossPoint], beta: number, f: Format) => string;
  /** NLL controls. */
  nllLabel: string;
  nllValue: (nll: number, f: Format) => string;
  tokenNllLabel: string;
  tokenNllValue: (v: number, f: Format) => string;
  /** The NLL term's share of the loss and of the push on each chosen token, per token and summed over n tokens. */
  nllLines: (s: NllShare, n: number, nll: number, f: Format) => string[];
  /** While the tokenizer loads (n is not known yet). */
  nllPending: string;

  // ── 2. The chat pair ──
  pairHeading: string;
  pairLegend: string;
  /** The bundled pairs' short names. */
  pairOption: Record<PairId, string>;
  maskLabel: string;
  /** Always shown: the pairs are ours, the format and the tokenizer are Llama 3's. */
  pairNote: string;
  promptRow: string;
  chosenRow: string;
  rejectedRow: string;
  /** What each mark on a token means (legend), and its short visible tag. */
  pushName: Record<TokenPush, string>;
  pushTag: Record<TokenPush, string>;
  /** Read after each token's text by screen readers (the visible mark is hidden from them). */
  pushSpoken: Record<TokenPush, string>;
  /** Loading states of the tokenizer. */
  tokenizerWaiting: string;
  tokenizerLoading: string;
  tokenizerError: (message: string) => string;
  retry: string;
  /** Scroll-region names of the token rows. */
  tokensRegion: (row: string) => string;
  countsCaption: string;
  countsColumns: { what: string; chosen: string; rejected: string };
  countsRows: Record<keyof Omit<SideCounts, 'nllTokens'>, string>;
  /** The gradient arithmetic at the marker's z: each token's weight, what cancels, the termination token. */
  arithmeticLines: (a: PairAnalysis, weight: number, beta: number, nll: number, mask: boolean, f: Format) => string[];

  // ── 3. The bandit ──
  banditHeading: string;
  banditIntro: string;
  policyLegend: string;
  policyOption: Record<BanditKind, string>;
  stepsGroup: string;
  stepNext: string;
  stepValue: (step: number, f: Format) => string;
  responseName: Record<BanditResponse, string>;
  chosenTag: string;
  rejectedTag: string;
  barsCaption: string;
  barsColumns: { response: string; features: string; start: string; now: string };
  /** What happened to π(chosen) and the closed form, for the shown policy; the other policy in one line. */
  banditLines: (b: BanditSummary, kind: BanditKind, f: Format) => string[];

  // ── Common ──
  /** Spoken once after a change. */
  announce: (p: LossPoint, b: BanditSummary, kind: BanditKind, f: Format) => string;
  notesSummary: string;
  notes: string[];
  /** Sources (names of papers and code, shown as they are written). */
  sourcesLabel: string;
  sources: string;
}

export const messages = catalogueKey<DpoLossMessages>('dpo-loss');
