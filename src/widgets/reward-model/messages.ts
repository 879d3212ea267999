// Every word reward-model shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the controls,
// the strength levels, the fitted results, the error states (codes from model.ts), the two charts and their text
// alternatives, the table of held-out pairs it gets wrong, the announcement and the notes. Numbers come in as numbers
// and are printed with the reader's Format.
import type { FieldRefusal } from '../../lib/text';
import type { Format } from '../../lib/format';
import type { StrengthLevel } from '../../data/postTraining';
import type { GoldPreset, MarginVariant, RmFeature } from '../../lib/toyLm';
import { catalogueKey } from '../../i18n/react';
import type { LevelChoice, Noise, RmCode, RmResult } from './model';

export interface RewardModelMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
  /** One line under the title: this is a toy; what transfers and what does not. */
  toyLine: string;

  // ── Controls ──
  featuresLegend: string;
  /** A feature's checkbox label. */
  featureName: Record<RmFeature, string>;
  /** Under the checkboxes: which features the hidden gold reward uses. */
  featuresHint: string;
  marginLegend: string;
  marginOption: Record<MarginVariant, string>;
  noiseLegend: string;
  /** A noise option with its Bradley–Terry sharpness k. */
  noiseOption: (noise: Noise, k: number, f: Format) => string;
  levelsToggle: string;
  goldLegend: string;
  goldOption: Record<GoldPreset, string>;
  pairsLabel: string;
  pairsValue: (n: number, f: Format) => string;
  seedLabel: string;
  seedError: (e: FieldRefusal<'seed'>, f: Format) => string;
  anotherSeed: string;

  // ── Strength levels ──
  levelsHeading: (drawn: number, f: Format) => string;
  levelName: Record<StrengthLevel, string>;
  /** The toy's threshold on |gold gap| for a level (null: below the last one). */
  levelRule: (level: StrengthLevel, threshold: number | null, f: Format) => string;
  levelKept: (kept: boolean) => string;
  levelsUsed: (used: number, drawn: number, levels: LevelChoice, f: Format) => string;

  // ── Results ──
  resultsHeading: string;
  pending: string;
  codeMessage: (code: RmCode) => string;
  /** The final values as lines: loss, accuracies, correlation. */
  resultLines: (r: RmResult, heldOut: number, f: Format) => string[];
  weightsLine: (r: RmResult, f: Format) => string;

  // ── Training chart ──
  lossTitle: string;
  accuracyTitle: string;
  stepAxis: string;
  legendTrain: string;
  legendHeldOut: string;
  lossLabel: (r: RmResult, f: Format) => string;
  accuracyLabel: (r: RmResult, f: Format) => string;
  traceSummary: string;
  traceColumns: { step: string; loss: string; train: string; heldOut: string };

  // ── Scatter ──
  scatterTitle: (perPrompt: number, f: Format) => string;
  goldAxis: string;
  rmAxis: string;
  scatterLabel: (r: RmResult, f: Format) => string;
  promptName: (prompt: number) => string;
  scatterNote: string;

  // ── Wrong pairs ──
  wrongHeading: (r: RmResult, heldOut: number, f: Format) => string;
  wrongColumns: { prompt: string; chosen: string; rejected: string; goldGap: string; rmGap: string };
  noneWrong: string;
  wrongNote: string;

  // ── Speech, notes ──
  announce: (r: RmResult, f: Format) => string;
  notesSummary: string;
  notes: (f: Format) => string[];
  sources: string;
}

export const messages = catalogueKey<RewardModelMessages>('reward-model');
