// Model of the reward-model widget (report §4.1.2, §4.2.1; design §2.1): a linear Bradley–Terry reward model fitted
// live on seeded toy preference pairs drawn from the toy's SFT reference and labelled by the hidden gold reward.
// Pure: state → numbers and codes; the view words them. Everything toy-specific comes from src/lib/toyLm (nothing is
// re-implemented here). The numbers are the toy's (4 prompts, tokens A–D), never Llama 3's.
import { LLAMA3_KEPT_LEVELS, STRENGTH_LEVELS, type StrengthLevel } from '../../data/postTraining';
import {
  GOLD_PRESETS, MARGIN_VARIANTS, PROMPTS, RESPONSES, RM_FEATURES, RM_FIT_DEFAULTS, fitReference,
  fitRewardModel, goldReward, keepLevels, logProbTable, marginsFor, preferencePairs, responseLogProbs, rmAccuracy,
  rmFeatures, strengthOf, teacherTable, type GoldPreset, type MarginVariant, type PreferencePair, type RmFeature,
  type RmTracePoint,
} from '../../lib/toyLm';

// ——— State ———

/** Annotator noise as named levels (src/lib/toyLm/data.ts, shared with rl-arena). */
import { NOISES, NOISE_K, type Noise } from '../../lib/toyLm';
export { NOISES, NOISE_K, type Noise };

/** Which strength levels train the RM: all four, or Llama 3's two strongest (§4.2.1). */
export const LEVEL_CHOICES = ['all', 'llama3'] as const;
export type LevelChoice = (typeof LEVEL_CHOICES)[number];

export const MARGINS = MARGIN_VARIANTS as readonly MarginVariant[] as readonly ['none', 'small', 'large'];
export const GOLDS = GOLD_PRESETS as readonly GoldPreset[] as readonly ['lengthNeutral', 'length3'];

/** The prompt-blind features: the misspecified default (the gold reward uses goodBad and lengthFrom3). */
export const BLIND_FEATURES: readonly RmFeature[] = ['tokens', 'length', 'truncated'];

export const LIMITS = { pairs: { min: 20, max: 2_000 }, seed: { min: 0, max: 999_999 } } as const;
/** Held-out pairs, drawn after the training pairs from the same seeded stream. */
export const HELD_OUT = 200;
/** The toy's SFT reference: one fixed model for every state (only the pairs change with `seed`). */
export const REFERENCE_SEED = 1;
/** Responses per prompt in the scatter (the reference's most likely ones). */
export const SCATTER_PER_PROMPT = 30;
/** Rows of the "wrong" table. */
export const WRONG_ROWS = 5;

export const DEFAULTS = {
  margin: 'none' as MarginVariant,
  noise: 'medium' as Noise,
  features: BLIND_FEATURES.join(','),
  pairs: 400,
  seed: 7,
  levels: 'all' as LevelChoice,
  gold: 'length3' as GoldPreset,
};

export interface RmState {
  margin: MarginVariant;
  noise: Noise;
  /** Comma-separated RM_FEATURES ids (any order, no repeats); "" is the empty set (an error state). */
  features: string;
  pairs: number;
  seed: number;
  levels: LevelChoice;
  gold: GoldPreset;
}

/** A `features` value the URL accepts: "" or RM_FEATURES ids separated by commas. */
export const FEATURES_PATTERN = new RegExp(`^(|(${RM_FEATURES.join('|')})(,(${RM_FEATURES.join('|')})){0,${RM_FEATURES.length - 1}})$`);

/** The features of a `features` value, in RM_FEATURES order, each once (unknown ids dropped). */
export function parseFeatures(text: string): RmFeature[] {
  const ids = new Set(text.split(','));
  return RM_FEATURES.filter((f) => ids.has(f));
}

/** The canonical text of a feature set (RM_FEATURES order). */
export function featuresText(features: readonly RmFeature[]): string {
  return RM_FEATURES.filter((f) => features.includes(f)).join(',');
}

/** The set with `feature` switched on or off. */
export function toggleFeature(text: string, feature: RmFeature, on: boolean): string {
  const set = parseFeatures(text).filter((f) => f !== feature);
  return featuresText(on ? [...set, feature] : set);
}

export function stateKey(s: RmState): string {
  return [s.margin, s.noise, featuresText(parseFeatures(s.features)), s.pairs, s.seed, s.levels, s.gold].join('|');
}

// ——— Result ———

export type RmCode = 'noFeatures' | 'noPairsKept';

export interface LevelCount {
  level: StrengthLevel;
  count: number;
  /** Used for training under the chosen `levels`. */
  kept: boolean;
}

export interface ScatterPoint {
  prompt: number;
  id: number;
  gold: number;
  rm: number;
  /** π_ref(response | prompt). */
  p: number;
}

export interface WrongPair {
  prompt: number;
  chosen: number;
  rejected: number;
  /** r*(chosen) − r*(rejected): negative when the annotator's label went against the gold reward (noise). */
  goldGap: number;
  /** r(chosen) − r(rejected) under the fitted RM (≤ 0: it got the pair wrong). */
  rmGap: number;
}

export interface RmResult {
  key: string;
  codes: RmCode[];
  features: RmFeature[];
  levelCounts: LevelCount[];
  /** Training pairs drawn, and those used after the level filter. */
  drawn: number;
  used: number;
  trace: RmTracePoint[];
  /** Final values (the trace's last point), and the held-out accuracy against the gold order (not the noisy labels). */
  loss: number;
  trainAccuracy: number;
  heldOutAccuracy: number;
  goldOrderAccuracy: number;
  weights: { feature: RmFeature; index: number; value: number }[];
  scatter: ScatterPoint[];
  /** π_ref-weighted Pearson correlation of the RM with the gold reward over all 4 × 5,461 responses. */
  correlation: number;
  /** Held-out pairs the RM orders against the label (count), and the largest-gold-gap ones. */
  wrongCount: number;
  wrong: WrongPair[];
  /** Wrong held-out pairs whose label itself goes against the gold reward (the RM sided with the gold). */
  wrongNoisy: number;
}

// ——— The computation ———

let reference: Float64Array | null = null;
/** The toy's SFT reference log-probability table (fitted once: ~80 ms). */
export function referenceTable(): Float64Array {
  reference ??= logProbTable('lowRank', fitReference('lowRank', REFERENCE_SEED, teacherTable()));
  return reference;
}

let probCache: Float64Array[] | null = null;
function referenceProbs(): Float64Array[] {
  probCache ??= Array.from({ length: PROMPTS }, (_, p) => responseLogProbs(referenceTable(), p).map(Math.exp));
  return probCache;
}

let topCache: number[][] | null = null;
/** The reference's most likely responses per prompt (ties by id). */
function topResponses(): number[][] {
  topCache ??= referenceProbs().map((probs) => Array.from({ length: RESPONSES }, (_, id) => id)
    .sort((a, b) => probs[b]! - probs[a]! || a - b).slice(0, SCATTER_PER_PROMPT));
  return topCache;
}

/** The seeded pairs: `pairs` training pairs then HELD_OUT held-out pairs, labelled with the noise level's k. */
export function drawPairs(s: RmState): { train: PreferencePair[]; heldOut: PreferencePair[] } {
  const all = preferencePairs(referenceTable(), (p, id) => goldReward(s.gold, p, id), s.pairs + HELD_OUT, NOISE_K[s.noise], s.seed);
  return { train: all.slice(0, s.pairs), heldOut: all.slice(s.pairs) };
}

function dot(w: Float64Array, phi: Float64Array): number {
  let z = 0;
  for (let i = 0; i < phi.length; i++) z += w[i]! * phi[i]!;
  return z;
}

export function runRewardModel(s: RmState): RmResult {
  const features = parseFeatures(s.features);
  const { train, heldOut } = drawPairs(s);
  const kept = s.levels === 'llama3' ? keepLevels(train, LLAMA3_KEPT_LEVELS.value) : train;
  const keptLevels: readonly StrengthLevel[] = s.levels === 'llama3' ? LLAMA3_KEPT_LEVELS.value : STRENGTH_LEVELS;
  const levelCounts = STRENGTH_LEVELS.map((level) => ({
    level, count: train.filter((p) => strengthOf(p) === level).length, kept: keptLevels.includes(level),
  }));
  const codes: RmCode[] = [];
  if (features.length === 0) codes.push('noFeatures');
  if (kept.length === 0) codes.push('noPairsKept');
  const base: RmResult = {
    key: stateKey(s), codes, features, levelCounts, drawn: train.length, used: kept.length, trace: [],
    loss: NaN, trainAccuracy: NaN, heldOutAccuracy: NaN, goldOrderAccuracy: NaN, weights: [], scatter: [],
    correlation: NaN, wrongCount: 0, wrong: [], wrongNoisy: 0,
  };
  if (codes.length > 0) return base;

  const fit = fitRewardModel(features, kept, heldOut, marginsFor(kept, s.margin), RM_FIT_DEFAULTS);
  const last = fit.trace.at(-1)!;
  const goldOrdered = heldOut.map((p) => (p.goldGap >= 0 ? p : { ...p, chosen: p.rejected, rejected: p.chosen, goldGap: -p.goldGap }));
  const score = (prompt: number, id: number) => dot(fit.w, rmFeatures(features, prompt, id));

  // Weighted correlation over every response of every prompt (π_ref / 4 each).
  const probs = referenceProbs();
  let sw = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let p = 0; p < PROMPTS; p++) {
    for (let id = 0; id < RESPONSES; id++) {
      const w = probs[p]![id]!;
      const x = score(p, id), y = goldReward(s.gold, p, id);
      sw += w; sx += w * x; sy += w * y; sxx += w * x * x; syy += w * y * y; sxy += w * x * y;
    }
  }
  const mx = sx / sw, my = sy / sw;
  const vx = sxx / sw - mx * mx, vy = syy / sw - my * my;
  const correlation = vx > 1e-12 && vy > 1e-12 ? (sxy / sw - mx * my) / Math.sqrt(vx * vy) : 0;

  const scatter = topResponses().flatMap((ids, prompt) => ids.map((id) => ({
    prompt, id, gold: goldReward(s.gold, prompt, id), rm: score(prompt, id), p: probs[prompt]![id]!,
  })));

  const wrongAll = heldOut
    .map((p) => ({ prompt: p.prompt, chosen: p.chosen, rejected: p.rejected, goldGap: p.goldGap, rmGap: score(p.prompt, p.chosen) - score(p.prompt, p.rejected) }))
    .filter((p) => p.rmGap <= 0);
  const wrong = [...wrongAll].sort((a, b) => b.goldGap - a.goldGap || a.rmGap - b.rmGap).slice(0, WRONG_ROWS);

  const weights: RmResult['weights'] = weightSlots(features).map((slot, i) => ({ ...slot, value: fit.w[i]! }));
  return {
    ...base,
    trace: fit.trace,
    loss: last.loss,
    trainAccuracy: last.trainAccuracy,
    heldOutAccuracy: last.heldOutAccuracy,
    goldOrderAccuracy: rmAccuracy(fit.w, features, goldOrdered),
    weights,
    scatter,
    correlation,
    wrongCount: wrongAll.length,
    wrong,
    wrongNoisy: wrongAll.filter((p) => p.goldGap < 0).length,
  };
}

/** The reward model's weights in order: one per token count (A–D), one per other feature, two for goodBad. */
export function weightSlots(features: readonly RmFeature[]): { feature: RmFeature; index: number }[] {
  return features.flatMap((feature) => Array.from({ length: rmFeatures([feature], 0, 0).length }, (_, index) => ({ feature, index })));
}
