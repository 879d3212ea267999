// Every word post-training-loop shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the
// controls, the shown round's five steps and numbers, what changed, model averaging, the chart, the table of every
// round, the announcements, the notes (what the toy stands for, what transfers and what does not) and the sources.
// Numbers come in as numbers (RoundResult) and are printed with the reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FieldRefusal } from '../../lib/text';
import type { ChangeCode, RoundResult } from './model';

export interface PostTrainingLoopMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
  /** One short paragraph above the controls: a toy, what stands for what. */
  intro: string;

  // ── Controls ──
  roundsLabel: string;
  roundsValue: (n: number, f: Format) => string;
  averagingLabel: string;
  seedLabel: string;
  seedError: (e: FieldRefusal<'seed'>, f: Format) => string;
  anotherSeed: string;
  /** Name of the step buttons' group, and the forward button. */
  stepsLabel: string;
  nextLabel: string;
  /** Beside the step buttons: "Round 3 of 6". */
  position: (round: number, total: number, f: Format) => string;
  /** The URL asked for a round past the last one computed: the last is shown. */
  clamped: (asked: number, total: number, f: Format) => string;

  // ── The shown round ──
  roundHeading: (round: number, f: Format) => string;
  /** Shown while the round is being computed (the block keeps its height). */
  pending: string;
  /** Progress while the rounds arrive: "Computing: 3 of 6 rounds done". */
  progress: (done: number, total: number, f: Format) => string;
  /** Round 0 (the base model) in a few lines. */
  baseLines: (r: RoundResult, f: Format) => string[];
  /** The five steps of a round (pairs, RM, rejection sampling, SFT, DPO), one line each. */
  stepLines: (r: RoundResult, f: Format) => string[];
  metricsHeading: string;
  /** The chat model's numbers: gold, KL, proxy, RM accuracy, length and termination. */
  metricLines: (r: RoundResult, f: Format) => string[];
  changesHeading: string;
  change: (code: ChangeCode, r: RoundResult, prev: RoundResult, f: Format) => string;
  /** With averaging: the averaged models against one variant. */
  averagingLines: (r: RoundResult, f: Format) => string[];

  // ── Chart ──
  chartTitle: string;
  chartLabel: (rounds: readonly RoundResult[], total: number, f: Format) => string;
  axisTitle: string;
  roundTick: (r: number, f: Format) => string;
  goldTick: (v: number, f: Format) => string;
  legendChat: string;
  legendSft: string;
  legendVariant: string;
  legendShown: string;

  // ── Table of every round ──
  tableSummary: string;
  columns: { round: string; gold: string; sftGold: string; kl: string; proxy: string; rm: string; rmPrev: string; length: string; terminated: string; pairs: string; rs: string };

  // ── Spoken ──
  /** The shown round, spoken once after a step. */
  announceRound: (r: RoundResult, total: number, f: Format) => string;
  /** A round arrived from the worker. */
  announceArrived: (done: number, total: number, last: RoundResult, f: Format) => string;

  notesSummary: string;
  notes: (f: Format) => string[];
  sources: string;
}

export const messages = catalogueKey<PostTrainingLoopMessages>('post-training-loop');
