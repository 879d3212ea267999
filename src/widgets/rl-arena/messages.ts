// Every word rl-arena shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the controls, the
// toy's label, the status table and findings, the five panels (gold against KL, DPO's shifts, where the mass went,
// lengths, GRPO's first group), the cost per update, the notes and the sources. Numbers come in as numbers and are
// printed with the reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FieldRefusal } from '../../lib/text';
import type { DpoPoint } from '../../lib/toyLm';
import type {
  ArenaNote, ArenaResult, Hacking, ArenaRm, ArenaState, GoldPreset, GroupInspect, GrpoVariant, Method, NllNorm, Noise,
} from './model';

export interface RlArenaMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  /** Legend of the methods' checkboxes. */
  methodsLegend: string;
  /** Each method's full name (checkboxes, tables, legends). */
  methodName: Record<Method, string>;
  /** The cost table's one DPO row (Llama 3's DPO costs the same). */
  dpoBoth: string;
  /** Each method's short name (labels at the end of curves). */
  methodShort: Record<Method, string>;
  /** End label of a proxy (RM score) curve: "PPO (RM)". */
  proxyShort: (short: string) => string;
  /** The summary of the collapsed settings, with their current values. */
  settingsSummary: (s: ArenaState, f: Format) => string;
  /** The task's fieldset. */
  taskLegend: string;
  rmLegend: string;
  rmOption: Record<ArenaRm, string>;
  goldLabel: string;
  goldOption: Record<GoldPreset, string>;
  noiseLabel: string;
  noiseOption: Record<Noise, string>;
  seedLabel: string;
  seedError: (e: FieldRefusal<'seed'>, f: Format) => string;
  stepsLabel: string;
  /** Beside the iterations slider: "100 iterations (DPO: 300 steps)". */
  stepsValue: (iterations: number, dpoSteps: number, f: Format) => string;
  /** DPO's fieldset. */
  dpoLegend: string;
  betaLabel: string;
  maskLabel: string;
  nllLabel: string;
  nllNormLegend: string;
  nllNormOption: Record<NllNorm, string>;
  /** PPO and GRPO's fieldset. */
  rlLegend: string;
  klLabel: string;
  /** Beside the KL slider: "0.04 (DeepSeekMath)". */
  klValue: (kl: number, f: Format) => string;
  clipLabel: string;
  groupLabel: string;
  variantLegend: string;
  variantOption: Record<GrpoVariant, string>;
  /** A note on the settings (KL 0, Llama 2's KL, mask alone). */
  note: (code: ArenaNote, s: ArenaState, f: Format) => string;
  /** Always shown: this is a toy, what transfers and what does not. */
  toyLine: (f: Format) => string;
  /** No method chosen. */
  noMethods: string;
  /** Spoken once after every chosen method has finished. */
  announce: (r: ArenaResult, s: ArenaState, f: Format) => string;

  // ── Status ──
  statusTitle: (rm: ArenaRm) => string;
  finalColumns: { method: string; at: string; gold: string; proxy: string; kl: string; truncated: string };
  /** Where a row stands: "step 300", "iteration 100", "n = 64". */
  atText: (m: Method, at: number, f: Format) => string;
  /** A cell that does not apply (DPO reads no RM; best-of-n's lengths are not computed). */
  notUsed: string;
  /** A method still running. */
  training: string;
  /** While the worker computes. */
  pending: string;

  // ── 1. Gold against KL ──
  goldTitle: string;
  legendBound: string;
  /** Over the left (or upper) panel, after a solid-line swatch: gold reward, its own y scale. */
  goldPanelTitle: string;
  /** Over the right (or lower) panel, after a dashed-line swatch: the RM's score (hollow marks), its own y scale. */
  proxyPanelTitle: string;
  /** The gold panel's accessible name (every method's end). */
  goldChartLabel: (r: ArenaResult, s: ArenaState, f: Format) => string;
  /** The RM panel's accessible name (PPO, GRPO and best-of-n's ends). */
  proxyChartLabel: (r: ArenaResult, s: ArenaState, f: Format) => string;
  klAxis: (f: Format) => string;
  /** Under the panels, computed from the run: does gold fall back anywhere while the RM score rises (reward hacking)? */
  hackingLead: (xs: Hacking[]) => string;
  /** One line per method that reads the RM: the RM score start → end against gold start → best → end. */
  hackingLine: (x: Hacking, f: Format) => string;
  /** Under the panels: one shared KL axis, two y scales, DPO only in the gold panel. */
  goldAxisNote: string;
  goldColumns: { method: string; at: string; kl: string; gold: string; proxy: string };
  goldData: string;

  // ── 2. DPO's shifts ──
  dpoTitle: string;
  /** Under both DPO panels: what is plotted (TRL's metric names). */
  dpoNote: string;
  dpoChosen: string;
  dpoRejected: string;
  dpoMargin: string;
  /** The panel's method is not among the chosen ones. */
  notChosen: string;
  dpoChartLabel: (which: 'dpo' | 'llama3', last: DpoPoint, s: ArenaState, f: Format) => string;
  stepAxis: string;
  /** The longest line under a DPO panel (the sizer). */
  dpoSizer: string;
  dpoLine: (which: 'dpo' | 'llama3', last: DpoPoint, s: ArenaState, f: Format) => string;

  // ── 3. Mass and lengths ──
  massTitle: string;
  massNone: string;
  massReference: string;
  massEnd: (m: 'dpo' | 'llama3') => string;
  massParts: { chosen: string; rejected: string; unseen: string };
  massText: (chosen: number, rejected: number, unseen: number, f: Format) => string;
  lengthTitle: string;
  /** A length bin: 0 … 5 content tokens, 6 = no EOT. */
  lengthBin: (k: number, f: Format) => string;
  lengthAxis: string;
  referenceName: string;
  lengthChartLabel: (r: ArenaResult, f: Format) => string;
  lengthData: string;
  lengthColumns: { policy: string };

  // ── 4. Cost ──
  costTitle: string;
  /** The report's words (§4.1.4), quoted exactly. */
  costQuote: string;
  costColumns: { method: string; models: string; passes: string; samples: string; bytes: string };
  /** `cached`: the models DPO keeps with cached reference log-probabilities (null for the other methods). */
  modelsText: (models: number, trained: number, cached: number | null, f: Format) => string;
  passesText: (forward: number, backward: number, f: Format) => string;
  samplesText: (m: Method, samples: number, f: Format) => string;
  costNote: string;

  // ── 5. GRPO's first group ──
  groupTitle: string;
  groupIntro: (g: GroupInspect, s: ArenaState, f: Format) => string;
  groupData: (group: number, f: Format) => string;
  groupColumns: { response: string; reward: string; advantage: string; tokens: string; weight: string };

  // ── Notes and sources ──
  notesSummary: string;
  notes: (f: Format) => string[];
  sources: string;
}

export const messages = catalogueKey<RlArenaMessages>('rl-arena');
