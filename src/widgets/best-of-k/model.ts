// The best-of-k widget's model, pure: rejection sampling (best of K) on the toy language model's SFT reference
// (src/lib/toyLm, design §2.1.1), with a reward model fitted on seeded Bradley–Terry pairs. Everything about best-of-K
// per prompt is exact (bestOfKStats: KL, the log K − (K−1)/K bound, win rate, K/(K+1), expected RM score and gold);
// only the comparison of selection rules ("best per prompt" against "top-k overall", RLHF Book ch. 9) is sampled,
// seeded. The generation-cost block is arithmetic on Table 6's averages. The toy's numbers are the toy's: the
// mechanisms transfer to Llama 3, the magnitudes do not.
import { PAGED_ATTENTION_SPEEDUP, REJECTION_SAMPLING_K, TABLE_6 } from '../../data/postTraining';
import {
  PROMPTS, RESPONSES, RM_FEATURES, ALL_RESPONSES, bestOfKGroupMass, bestOfKStats, fitReference, fitRewardModel,
  goldReward, logProbTable, preferencePairs, prepareBestOfK, rejectionSample, responseLabel, responseLogProbs, rmAccuracy,
  rmScore, teacherTable, type BonPrepared, type RmFeature,
} from '../../lib/toyLm';
import { mulberry32 } from '../../lib/rng';

// ——— State ———

/** Which scorer picks the best: the prompt-blind RM (misspecified), the RM with all five features, or the gold itself. */
export const RM_KINDS = ['blind', 'full', 'gold'] as const;
export type RmKind = (typeof RM_KINDS)[number];
/** Best per prompt (one kept sample per prompt), or the same number of samples, the best across all prompts. */
export const SELECTIONS = ['per-prompt', 'top-overall'] as const;
export type Selection = (typeof SELECTIONS)[number];

export const LIMITS = { k: { min: 1, max: 64 }, seed: { min: 0, max: 999_999 } } as const;
export const DEFAULTS = { k: 16, rm: 'blind' as RmKind, selection: 'per-prompt' as Selection, seed: 7 };

export interface BokState {
  k: number;
  rm: RmKind;
  selection: Selection;
  /** Seeds the preference pairs the RM is fitted on and the sampled comparison of selection rules. */
  seed: number;
}

/** The toy's fixed set-up (the tested one: src/lib/toyLm/postTraining.test.ts). */
export const TOY = {
  /** The SFT reference π_ref: fitReference('lowRank', 1, teacher). */
  referenceSeed: 1,
  /** Preference pairs drawn from π_ref, Bradley–Terry sharpness k = 3 on the gold reward; the first 400 train the RM. */
  pairs: 600,
  train: 400,
  sharpness: 3,
  gold: 'length3' as const,
  /** The prompt whose best-of-K distribution is drawn. */
  shownPrompt: 0,
  /** Responses listed in the table (the highest RM scores). */
  topRows: 8,
  /** Sampled rounds of rejection sampling for the selection comparison. */
  repeats: 200,
} as const;

/** Which RM features each scorer uses (the gold scorer has none). */
export const RM_FEATURE_SETS: Record<Exclude<RmKind, 'gold'>, readonly RmFeature[]> = {
  blind: ['tokens', 'length', 'truncated'],
  full: RM_FEATURES,
};

/** The report's K range (§4.2.2, "typically between 10 and 30"). */
export const REPORT_K = REJECTION_SAMPLING_K.value;
/** K values drawn on the curves. */
export const K_VALUES: readonly number[] = Array.from({ length: LIMITS.k.max }, (_, i) => i + 1);

// ——— The set-up for one (rm, seed): exact per prompt, cached ———

interface Setup {
  rm: RmKind;
  seed: number;
  probs: Float64Array[];
  scores: Float64Array[];
  golds: Float64Array[];
  lengths: Float64Array[];
  preps: BonPrepared[];
  /** Held-out pair accuracy of the fitted RM (null for the gold scorer). */
  heldOut: number | null;
  /** Share of held-out pairs whose label agrees with the gold reward (the annotators' noise ceiling). */
  labelAgreement: number;
}

let referenceTable: Float64Array | null = null;
/** π_ref's log-probability table (fitted once: ~80 ms). */
export function reference(): Float64Array {
  referenceTable ??= logProbTable('lowRank', fitReference('lowRank', TOY.referenceSeed, teacherTable()));
  return referenceTable;
}

const gold = (p: number, id: number) => goldReward(TOY.gold, p, id);

let cached: Setup | null = null;

function setupOf(rm: RmKind, seed: number): Setup {
  if (cached && cached.rm === rm && cached.seed === seed) return cached;
  const ref = reference();
  const all = preferencePairs(ref, gold, TOY.pairs, TOY.sharpness, seed);
  const train = all.slice(0, TOY.train), held = all.slice(TOY.train);
  let score: (p: number, id: number) => number = gold;
  let heldOut: number | null = null;
  if (rm !== 'gold') {
    const feats = RM_FEATURE_SETS[rm];
    const fit = fitRewardModel(feats, train, held, null);
    heldOut = rmAccuracy(fit.w, feats, held);
    score = (p, id) => rmScore(fit.w, feats, p, id);
  }
  const probs: Float64Array[] = [], scores: Float64Array[] = [], golds: Float64Array[] = [], lengths: Float64Array[] = [];
  const preps: BonPrepared[] = [];
  for (let p = 0; p < PROMPTS; p++) {
    const pr = responseLogProbs(ref, p).map(Math.exp);
    const sc = Float64Array.from({ length: RESPONSES }, (_, id) => score(p, id));
    probs.push(pr);
    scores.push(sc);
    golds.push(Float64Array.from({ length: RESPONSES }, (_, id) => gold(p, id)));
    lengths.push(Float64Array.from({ length: RESPONSES }, (_, id) => ALL_RESPONSES[id]!.content.length));
    preps.push(prepareBestOfK(pr, sc));
  }
  const labelAgreement = held.filter((h) => h.goldGap > 0).length / Math.max(1, held.length);
  cached = { rm, seed, probs, scores, golds, lengths, preps, heldOut, labelAgreement };
  return cached;
}

// ——— Exact best-of-K over K ———

/** Best-of-K for one K, averaged over the 4 prompts (each equally likely): all exact. */
export interface CurvePoint {
  k: number;
  /** KL(π_bon ‖ π_ref), nats. */
  kl: number;
  /** log K − (K−1)/K. */
  klBound: number;
  winRate: number;
  /** K/(K+1). */
  winBound: number;
  /** E_bon[scorer's score] (for the gold scorer, the gold). */
  proxy: number;
  /** E_bon[gold reward]. */
  gold: number;
  /** E_bon[content tokens]. */
  length: number;
}

function curvePoint(s: Setup, k: number): CurvePoint {
  const out: CurvePoint = { k, kl: 0, klBound: 0, winRate: 0, winBound: 0, proxy: 0, gold: 0, length: 0 };
  for (let p = 0; p < PROMPTS; p++) {
    const st = bestOfKStats(s.probs[p]!, s.preps[p]!, k, [s.scores[p]!, s.golds[p]!, s.lengths[p]!]);
    out.kl += st.kl / PROMPTS;
    out.winRate += st.winRate / PROMPTS;
    out.proxy += st.expected[0]! / PROMPTS;
    out.gold += st.expected[1]! / PROMPTS;
    out.length += st.expected[2]! / PROMPTS;
    out.klBound = st.klBound;
    out.winBound = st.winBound;
  }
  return out;
}

/** The whole curve, K = 1…64 (per (rm, seed): cached with the set-up). */
let cachedCurve: { setup: Setup; curve: CurvePoint[] } | null = null;
function curveOf(s: Setup): CurvePoint[] {
  if (cachedCurve?.setup === s) return cachedCurve.curve;
  const curve = K_VALUES.map((k) => curvePoint(s, k));
  cachedCurve = { setup: s, curve };
  return curve;
}

/** Where gold under best-of-K peaks on K = 1…64, and whether it then falls (over-optimisation). */
export function goldPeak(curve: readonly CurvePoint[]): { k: number; gold: number; fallsAfter: boolean } {
  let best = curve[0]!;
  for (const c of curve) if (c.gold > best.gold) best = c;
  const last = curve[curve.length - 1]!;
  return { k: best.k, gold: best.gold, fallsAfter: last.gold < best.gold - 1e-9 };
}

// ——— One prompt's best-of-K distribution ———

/** A response near the top of the scorer's ranking for the shown prompt. */
export interface TopRow {
  id: number;
  label: string;
  score: number;
  gold: number;
  /** π_ref(y). */
  pi: number;
  /** π_bon(y) at the chosen K. */
  bon: number;
  /** Size of its tie group (1 = no tie). */
  tied: number;
}

/** The CDF of the shown prompt's responses over their score: F under π_ref and F^K under best-of-K (thinned for drawing). */
export interface CdfPoint {
  /** The score (the x of the step chart): F and F^K are the probabilities of scoring at most this. */
  score: number;
  f: number;
  fk: number;
}

function promptView(s: Setup, k: number): { top: TopRow[]; cdf: CdfPoint[]; topMass: { pi: number; bon: number } } {
  const p = TOY.shownPrompt;
  const prep = s.preps[p]!, probs = s.probs[p]!, scores = s.scores[p]!;
  const groups = bestOfKGroupMass(prep, k);
  const size = new Int32Array(prep.mass.length);
  const groupScore = new Float64Array(prep.mass.length);
  for (let id = 0; id < RESPONSES; id++) {
    size[prep.groupOf[id]!]! += 1;
    groupScore[prep.groupOf[id]!] = scores[id]!;
  }
  const order = Array.from({ length: RESPONSES }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const top = order.slice(0, TOY.topRows).map((id): TopRow => {
    const g = prep.groupOf[id]!, q = prep.mass[g]!;
    return {
      id, label: responseLabel(ALL_RESPONSES[id]!), score: scores[id]!, gold: s.golds[p]![id]!, pi: probs[id]!,
      bon: q > 0 ? (groups[g]! * probs[id]!) / q : 0, tied: size[g]!,
    };
  });
  const topMass = top.reduce((m, r) => ({ pi: m.pi + r.pi, bon: m.bon + r.bon }), { pi: 0, bon: 0 });
  // CDF over groups, lowest score first; a point is kept when F or F^K moved by ≥ 0.002 since the last kept one.
  // A step chart: the curve is 0 up to the lowest score, then steps at each kept group's score.
  const cdf: CdfPoint[] = [{ score: groupScore[0]!, f: 0, fk: 0 }];
  let f = 0, fk = 0, lastF = 0, lastFk = 0;
  for (let g = 0; g < prep.mass.length; g++) {
    f += prep.mass[g]!;
    fk += groups[g]!;
    if (Math.abs(f - lastF) >= 0.002 || Math.abs(fk - lastFk) >= 0.002 || g === prep.mass.length - 1) {
      cdf.push({ score: groupScore[g]!, f: Math.min(1, f), fk: Math.min(1, fk) });
      lastF = f;
      lastFk = fk;
    }
  }
  return { top, cdf, topMass };
}

// ——— Selection rules, sampled ———

export interface Kept {
  prompt: number;
  label: string;
  gold: number;
  score: number;
}

export interface RuleSummary {
  /** Mean gold reward of the kept samples. */
  gold: number;
  /** Mean scorer score of the kept samples. */
  proxy: number;
  /** Mean share of prompts left with no kept sample. */
  empty: number;
  /** Share of rounds in which at least one prompt is left with none. */
  anyEmpty: number;
}

export interface SelectionResult {
  repeats: number;
  perPrompt: RuleSummary;
  topOverall: RuleSummary;
  /** The first sampled round, kept samples per rule (PROMPTS of them each). */
  round: Record<Selection, Kept[]>;
}

/**
 * `repeats` seeded rounds: each prompt gets K samples from π_ref (rejectionSample: the best per prompt, first drawn on
 * a tie); "top overall" keeps the same number of samples (one per prompt on average) as the highest scores of the
 * pooled 4·K (ties: first drawn). Both rules see the same samples.
 */
export function simulateSelection(s: Setup, k: number, seed: number, repeats: number = TOY.repeats): SelectionResult {
  const ref = reference();
  const uniform = mulberry32((seed * 2_654_435_761) ^ (k * 40_503) ^ 0x9e37);
  const score = (p: number, id: number) => s.scores[p]![id]!;
  const sum = (): RuleSummary => ({ gold: 0, proxy: 0, empty: 0, anyEmpty: 0 });
  const per = sum(), top = sum();
  const round: Record<Selection, Kept[]> = { 'per-prompt': [], 'top-overall': [] };
  const kept = (p: number, id: number): Kept => ({ prompt: p, label: responseLabel(ALL_RESPONSES[id]!), gold: s.golds[p]![id]!, score: score(p, id) });
  for (let r = 0; r < repeats; r++) {
    const pool: { p: number; id: number; order: number }[] = [];
    const best: Kept[] = [];
    for (let p = 0; p < PROMPTS; p++) {
      const rs = rejectionSample(ref, p, k, score, uniform);
      best.push(kept(p, rs.best));
      rs.samples.forEach((id) => pool.push({ p, id, order: pool.length }));
    }
    pool.sort((a, b) => score(b.p, b.id) - score(a.p, a.id) || a.order - b.order);
    const chosen = pool.slice(0, PROMPTS).map((x) => kept(x.p, x.id));
    for (const [rule, list] of [[per, best], [top, chosen]] as const) {
      const covered = new Set(list.map((x) => x.prompt)).size;
      rule.gold += list.reduce((a, x) => a + x.gold, 0) / list.length / repeats;
      rule.proxy += list.reduce((a, x) => a + x.score, 0) / list.length / repeats;
      rule.empty += (PROMPTS - covered) / PROMPTS / repeats;
      rule.anyEmpty += (covered < PROMPTS ? 1 : 0) / repeats;
    }
    if (r === 0) round['per-prompt'] = best, round['top-overall'] = chosen;
  }
  return { repeats, perPrompt: per, topOverall: top, round };
}

// ——— The whole result (the worker's answer) ———

export interface BokResult {
  curve: CurvePoint[];
  /** The curve at the chosen K. */
  at: CurvePoint;
  peak: { k: number; gold: number; fallsAfter: boolean };
  heldOut: number | null;
  labelAgreement: number;
  top: TopRow[];
  topMass: { pi: number; bon: number };
  cdf: CdfPoint[];
  selection: SelectionResult;
}

/** The key of a state: every input of the result. */
export function resultKey(s: BokState): string {
  return `${s.k}|${s.rm}|${s.seed}`;
}

/** Everything the view draws from the toy for a state (worker: ~0.3 s for a new (rm, seed), ~30 ms for a new K). */
export function computeBok(state: BokState): BokResult {
  const s = setupOf(state.rm, state.seed);
  const curve = curveOf(s);
  const at = curve[state.k - 1]!;
  const view = promptView(s, state.k);
  return {
    curve, at, peak: goldPeak(curve), heldOut: s.heldOut, labelAgreement: s.labelAgreement,
    top: view.top, topMass: view.topMass, cdf: view.cdf, selection: simulateSelection(s, state.k, state.seed),
  };
}

// ——— Generation cost (arithmetic on Table 6's averages; no toy) ———

export interface Cost {
  k: number;
  promptTokens: number;
  responseTokens: number;
  /** Tokens generated per prompt: K responses. */
  generated: number;
  /** KV-cache tokens held for one prompt's K outputs at their end, each output with its own copy of the prompt's cache. */
  cacheCopies: number;
  /** The same with the prompt's cache pages shared by the K outputs (one copy). */
  cacheShared: number;
  /** (K − 1) prompt copies saved, and their share of cacheCopies. */
  saved: number;
  savedShare: number;
  /** Samples kept per prompt: 1, so K − 1 of K generated are thrown away. */
  discardedShare: number;
  /** The report's figure: over this many times the throughput, from PagedAttention and a fixed maximum length together. */
  reportSpeedup: number;
}

export function costOf(k: number): Cost {
  const { promptTokens, responseTokens } = TABLE_6.value.total;
  const cacheCopies = k * (promptTokens + responseTokens);
  const cacheShared = promptTokens + k * responseTokens;
  const saved = cacheCopies - cacheShared;
  return {
    k, promptTokens, responseTokens, generated: k * responseTokens, cacheCopies, cacheShared, saved,
    savedShare: saved / cacheCopies, discardedShare: (k - 1) / k, reportSpeedup: PAGED_ATTENTION_SPEEDUP.value,
  };
}

// ——— Notes the view words ———

export type BokNote = 'k1' | 'belowReport' | 'aboveReport' | 'oracle' | 'overOptimised' | 'stillRising';

/** What the readout should say about this state (codes; the catalogue words them). */
export function notesFor(state: BokState, r: BokResult | null): BokNote[] {
  const out: BokNote[] = [];
  if (state.k === 1) out.push('k1');
  // Inside 10–30 the slider's value says so; outside, the readout says where K stands.
  else if (state.k < REPORT_K.min) out.push('belowReport');
  else if (state.k > REPORT_K.max) out.push('aboveReport');
  if (state.rm === 'gold') out.push('oracle');
  else if (r) out.push(r.peak.fallsAfter ? 'overOptimised' : 'stillRising');
  return out;
}
