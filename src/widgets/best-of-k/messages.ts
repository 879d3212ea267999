// Every word best-of-k shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the controls, the
// toy's label, the exact readout and its notes, the three curves over K, the shown prompt's distribution and table, the
// sampled comparison of selection rules, the generation cost, the notes and the sources. Numbers come in as numbers
// and are printed with the reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FieldRefusal } from '../../lib/text';
import type { BokNote, BokResult, BokState, Cost, CurvePoint, RmKind, RuleSummary, Selection } from './model';

export interface BestOfKMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  kLabel: string;
  /** Beside the K slider: "16 (inside the report's 10–30)". */
  kValue: (k: number, f: Format) => string;
  rmLegend: string;
  rmOption: Record<RmKind, string>;
  selectionLegend: string;
  selectionOption: Record<Selection, string>;
  seedLabel: string;
  seedError: (e: FieldRefusal<'seed'>, f: Format) => string;
  anotherSeed: string;
  /** Always shown: this is a toy, what transfers and what does not. */
  toyLine: string;

  // ── Exact readout ──
  readoutHeading: (k: number, f: Format) => string;
  /** While the worker computes (the block keeps its height). */
  pending: string;
  /** The lines of the readout: KL and bound, win rate and bound, proxy and gold, the RM's held-out accuracy. */
  readoutLines: (r: BokResult, s: BokState, f: Format) => string[];
  note: (code: BokNote, r: BokResult | null, s: BokState, f: Format) => string;
  /** Spoken once after a result arrives for a change. */
  announce: (r: BokResult, s: BokState, f: Format) => string;

  // ── Curves over K ──
  kAxis: string;
  klTitle: string;
  klExact: string;
  klBound: string;
  klLabel: (r: BokResult, s: BokState, f: Format) => string;
  winTitle: string;
  winExact: string;
  winBound: string;
  winLabel: (r: BokResult, s: BokState, f: Format) => string;
  rewardTitle: string;
  goldLegend: string;
  proxyLegend: (rm: RmKind) => string;
  /** The two panels' descriptions: the scorer's own score, then the gold. */
  proxyLabel: (r: BokResult, s: BokState, f: Format) => string;
  goldLabel: (r: BokResult, s: BokState, f: Format) => string;
  curveData: string;
  curveColumns: { k: string; kl: string; klBound: string; win: string; winBound: string; proxy: string; gold: string; length: string };

  // ── One prompt ──
  promptTitle: (k: number, f: Format) => string;
  cdfPi: string;
  cdfBon: (k: number, f: Format) => string;
  cdfAxis: (rm: RmKind) => string;
  cdfLabel: (r: BokResult, s: BokState, f: Format) => string;
  topCaption: (rows: number, f: Format) => string;
  topSummary: (rows: number, f: Format) => string;
  topColumns: { response: string; score: string; gold: string; pi: string; bon: string };
  /** A tie group's size beside a score. */
  tied: (n: number, f: Format) => string;
  topMassLine: (r: BokResult, s: BokState, f: Format) => string;

  // ── Selection rules (sampled) ──
  selectionTitle: string;
  selectionIntro: (repeats: number, k: number, f: Format) => string;
  selectionColumns: { rule: string; gold: string; proxy: string; empty: string };
  ruleName: Record<Selection, string>;
  chosenMark: string;
  ruleLine: (rule: Selection, sum: RuleSummary, other: RuleSummary, exactGold: number, f: Format) => string;
  roundCaption: (rule: Selection) => string;
  promptName: (p: number, f: Format) => string;
  noneKept: string;
  keptItem: (gold: number, f: Format) => string;

  // ── Generation cost ──
  costTitle: string;
  costLines: (c: Cost, f: Format) => string[];
  cacheBars: { copies: string; shared: string; prompt: string; response: string };
  /** "9,048 tokens" beside a bar. */
  tokens: (n: number, f: Format) => string;
  costNote: (c: Cost, f: Format) => string;

  // ── Notes and sources ──
  notesSummary: string;
  notes: (f: Format) => string[];
  sources: string;
}

export type { CurvePoint };

export const messages = catalogueKey<BestOfKMessages>('best-of-k');
