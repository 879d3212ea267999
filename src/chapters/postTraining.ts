// The numbers of the post-training chapter (content/chapters/<lang>/09-post-training.mdx), shared by every language:
// each chapter imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself.
// Pure: facts from src/data/postTraining.ts (report §4.1–4.2, Tables 6 and 7; Llama 2's Tables 6 and 27); every toy
// number from src/lib/toyLm (the tiny language model the widgets run; design §2.1.1). Reference values:
// shared/reference/llama3-facts.md §E, llama3-facts-2.md §L, next-chapters-design.md §2.1 and src/lib/toyLm's tests
// (postTraining.test.ts).
//
// What lives here because only this chapter needs it (none re-implements a formula of src/lib):
// - share-weighted means of a table's columns (the check that the Total row is the mix of the rows);
// - the KV-cache tokens held for K samples of one prompt with and without shared prompt pages (K·(P + R) against
//   P + K·R): plain counting, on Table 6's average prompt and response lengths as a worked example;
// - the toy experiments the prose quotes (a reward model fitted on seeded pairs; best-of-K on it; the margin's effect
//   over seeds), each computed once and cached: the toy's numbers, never Llama 3's.
import {
  DPO_BETA, DPO_LR, DPO_NLL_COEFFICIENT, LLAMA2_MARGINS, LLAMA2_META_PREFERENCE, LLAMA3_KEPT_LEVELS,
  PAGED_ATTENTION_SPEEDUP, REJECTION_SAMPLING_K, ROUNDS, SFT_LR, SFT_STEPS, STRENGTH_LEVELS, TABLE_6, TABLE_7,
} from '../data/postTraining';
import type { Format } from '../lib/format';
import {
  CONTENT_TOKENS, MAX_TOKENS, PROMPTS, RESPONSES, RM_FEATURES, STRENGTH_THRESHOLDS, bestOfKStats, fitReference, fitRewardModel,
  goldReward, keepLevels, logProbTable, marginsFor, policySize, preferencePairs, prepareBestOfK, responseLogProbs,
  rmScore, strengthOf, teacherTable, type RmFeature,
} from '../lib/toyLm';

// ——— The toy set-up the chapter quotes (the reward-model and best-of-k widgets' defaults) ———

/** The toy experiment: seed of the SFT reference, the gold preset, the BT sharpness k, pairs and their seed, split. */
export const TOY = {
  referenceSeed: 1,
  gold: 'length3',
  sharpness: 3,
  pairs: 600,
  pairSeed: 7,
  train: 400,
  /** K values the prose quotes for best-of-K on the toy. */
  kQuoted: [1, 8, 64] as const,
  kMax: 64,
  /** Margin experiment: training-set sizes, seeds (held-out 200 pairs each), Llama 2's large margin against none. */
  marginSizes: [25, 100, 400] as const,
  marginSeeds: 10,
  marginHeldOut: 200,
} as const;

/** The prompt-blind features (the misspecified reward model) and all five. */
export const BLIND_FEATURES: readonly RmFeature[] = ['tokens', 'length', 'truncated'];

/** Σ share·column / Σ share over a table's rows: what its Total row should be if it is the mix of the rows. */
export function weightedMean<T extends { share: number }>(rows: readonly T[], column: (r: T) => number): number {
  let s = 0, w = 0;
  for (const r of rows) {
    s += r.share * column(r);
    w += r.share;
  }
  return s / w;
}

/**
 * KV-cache tokens held while K samples of one prompt are generated to full length: each sample's own copy of the
 * prompt's pages, K·(P + R), or one shared copy, P + K·R (PagedAttention's sharing). P, R: prompt and response tokens.
 */
export function kvTokensForSamples(k: number, prompt: number, response: number) {
  const unshared = k * (prompt + response);
  const shared = prompt + k * response;
  return { unshared, shared, saved: 1 - shared / unshared };
}

interface ToyBestOfK {
  k: number;
  gold: number;
  proxy: number;
  kl: number;
  klBound: number;
  winRate: number;
  winBound: number;
}

/** The toy experiments, computed once (≈0.5 s) and shared by every language's call. */
function runToy() {
  const ref = logProbTable('lowRank', fitReference('lowRank', TOY.referenceSeed, teacherTable()));
  const gold = (p: number, id: number) => goldReward(TOY.gold, p, id);
  const all = preferencePairs(ref, gold, TOY.pairs, TOY.sharpness, TOY.pairSeed);
  const train = all.slice(0, TOY.train), held = all.slice(TOY.train);

  const levelCounts = STRENGTH_LEVELS.map((l) => train.filter((p) => strengthOf(p) === l).length);
  const kept = keepLevels(train, LLAMA3_KEPT_LEVELS.value);
  /** Pairs whose label disagrees with the gold reward (the annotator's noise). */
  const flipped = { all: train.filter((p) => p.goldGap < 0).length, kept: kept.filter((p) => p.goldGap < 0).length };

  const rmOf = (features: readonly RmFeature[]) => {
    const fit = fitRewardModel(features, train, held, null);
    const last = fit.trace.at(-1)!;
    const prompts = Array.from({ length: PROMPTS }, (_, p) => {
      const probs = responseLogProbs(ref, p).map(Math.exp);
      const scores = Float64Array.from({ length: RESPONSES }, (_, id) => rmScore(fit.w, features, p, id));
      const golds = Float64Array.from({ length: RESPONSES }, (_, id) => gold(p, id));
      return { probs, scores, golds, prep: prepareBestOfK(probs, scores) };
    });
    /** Best-of-K for K = 1…kMax, averaged over the four prompts. */
    const curve: ToyBestOfK[] = [];
    for (let k = 1; k <= TOY.kMax; k++) {
      const point = { k, gold: 0, proxy: 0, kl: 0, klBound: 0, winRate: 0, winBound: 0 };
      for (const q of prompts) {
        const s = bestOfKStats(q.probs, q.prep, k, [q.golds, q.scores]);
        point.gold += s.expected[0]! / PROMPTS;
        point.proxy += s.expected[1]! / PROMPTS;
        point.kl += s.kl / PROMPTS;
        point.winRate += s.winRate / PROMPTS;
        point.klBound = s.klBound;
        point.winBound = s.winBound;
      }
      curve.push(point);
    }
    const peak = curve.reduce((a, b) => (b.gold > a.gold ? b : a));
    return { heldOut: last.heldOutAccuracy, train: last.trainAccuracy, curve, peak };
  };
  const blind = rmOf(BLIND_FEATURES);
  const full = rmOf(RM_FEATURES);

  /** Mean held-out accuracy gain of Llama 2's large margin over none, full features, over seeds, per training size. */
  const marginGain = TOY.marginSizes.map((n) => {
    let gain = 0;
    for (let seed = 1; seed <= TOY.marginSeeds; seed++) {
      const pairs = preferencePairs(ref, gold, n + TOY.marginHeldOut, TOY.sharpness, 100 + seed);
      const tr = pairs.slice(0, n), ho = pairs.slice(n);
      const without = fitRewardModel(RM_FEATURES, tr, ho, null).trace.at(-1)!.heldOutAccuracy;
      const withLarge = fitRewardModel(RM_FEATURES, tr, ho, marginsFor(tr, 'large')).trace.at(-1)!.heldOutAccuracy;
      gain += (withLarge - without) / TOY.marginSeeds;
    }
    return { n, gain };
  });

  return { levelCounts, kept: kept.length, flipped, blind, full, marginGain };
}

let toyCache: ReturnType<typeof runToy> | undefined;
function toy() {
  toyCache ??= runToy();
  return toyCache;
}

/** Llama 2's margins as printed: whole numbers, or thirds written as fractions ("2/3"). */
function marginText(f: Format, m: number): string {
  if (Number.isInteger(m)) return f.int(m);
  const thirds = Math.round(m * 3);
  return `${f.int(thirds)}/${f.int(3)}`;
}

/** Everything the chapter prints, formatted with `f`, and the raw values behind it (`raw`, for tests and wording). */
export function postTrainingNumbers(f: Format) {
  const t6 = TABLE_6.value, t7 = TABLE_7.value, l2 = LLAMA2_META_PREFERENCE.value;
  const d1 = (x: number) => f.decimal(x, { digits: 1 });
  const d2 = (x: number) => f.decimal(x, { digits: 2 });
  const pct2 = (x: number) => f.percent(x / 100, { digits: 2 });
  const pct1 = (x: number) => f.percent(x, { digits: 1 });
  const kMin = REJECTION_SAMPLING_K.value.min, kMax = REJECTION_SAMPLING_K.value.max;

  // ——— Table 6 checks (facts-2 §L.1) ———
  const t6Mean = {
    turns: weightedMean(t6.rows, (r) => r.turns),
    tokensPerExample: weightedMean(t6.rows, (r) => r.tokensPerExample),
    promptTokens: weightedMean(t6.rows, (r) => r.promptTokens),
    responseTokens: weightedMean(t6.rows, (r) => r.responseTokens),
  };
  const t6ShareSum = t6.rows.reduce((s, r) => s + r.share, 0);
  const t6General = t6.rows.find((r) => r.id === 'generalEnglish')!;
  const vsLlama2 = {
    turns: t6.total.turns / l2.turns - 1,
    tokensPerExample: t6.total.tokensPerExample / l2.tokensPerExample - 1,
    promptTokens: t6.total.promptTokens / l2.promptTokens - 1,
    responseTokens: t6.total.responseTokens / l2.responseTokens - 1,
  };

  // ——— Table 7 checks (facts-2 §L.2) ———
  const t7Mean = {
    turns: weightedMean(t7.rows, (r) => r.turns),
    tokens: weightedMean(t7.rows, (r) => r.tokens),
    contextTokens: weightedMean(t7.rows, (r) => r.contextTokens),
    finalResponseTokens: weightedMean(t7.rows, (r) => r.finalResponseTokens),
  };
  const t7ShareSum = t7.rows.reduce((s, r) => s + r.share, 0);
  /** Largest |context + final response − tokens| over the rows and the total. */
  const t7SplitGap = Math.max(...[...t7.rows, t7.total].map((r) => Math.abs(r.contextTokens + r.finalResponseTokens - r.tokens)));
  const t7Long = t7.rows.find((r) => r.id === 'longContext')!;
  /** How far the token mean moves when the long-context share moves by 0.01 percentage points (one step of its
   *  printed precision): 0.0001 × (its tokens − the rest's mean). Shows why the weighted means may miss by a token. */
  const t7LongStep = 0.01;
  const t7LongSensitivity = (t7LongStep / 100) * (t7Long.tokens - t7Mean.tokens);

  // ——— Best-of-K bounds at the report's K (Beirami et al. 2024) ———
  const klBound = (k: number) => Math.log(k) - (k - 1) / k;
  const winBound = (k: number) => k / (k + 1);

  // ——— Shared prompt pages, Table 6's average prompt and response as the worked example ———
  const kvAt = (k: number) => kvTokensForSamples(k, t6.total.promptTokens, t6.total.responseTokens);
  const kvMin = kvAt(kMin), kvMax = kvAt(kMax);

  // ——— The toy ———
  const t = toy();
  const at = (curve: ToyBestOfK[], k: number) => curve[k - 1]!;
  const toyBon = (c: ToyBestOfK[]) => ({
    gold: TOY.kQuoted.map((k) => f.decimal(at(c, k).gold, { digits: 2 })),
    proxy: TOY.kQuoted.map((k) => f.decimal(at(c, k).proxy, { digits: 2 })),
  });
  const kl30 = at(t.blind.curve, kMax);

  const raw = {
    t6Mean, t6ShareSum, vsLlama2, t7Mean, t7ShareSum, t7SplitGap,
    kvMin, kvMax,
    toy: t,
  };

  return {
    raw,

    // ——— The recipe (§4.1) ———
    rounds: f.int(ROUNDS.value),
    kMin: f.int(kMin),
    kMax: f.int(kMax),
    /** "over 2×": the report's bound, written as a ratio. */
    pagedSpeedup: `${f.int(PAGED_ATTENTION_SPEEDUP.value)}×`,
    sftLr: f.sci(SFT_LR.value, { bareOne: true }),
    sftStepsMin: f.short(SFT_STEPS.value.min, { digits: 2, trim: true }),
    sftStepsMax: f.short(SFT_STEPS.value.max, { digits: 2, trim: true }),
    dpoLr: f.sci(DPO_LR.value, { bareOne: true }),
    dpoBeta: f.decimal(DPO_BETA.value, { digits: 1 }),
    dpoNll: f.decimal(DPO_NLL_COEFFICIENT.value, { digits: 1 }),
    levels: f.int(STRENGTH_LEVELS.length),
    keptLevels: f.int(LLAMA3_KEPT_LEVELS.value.length),

    /** Llama 2's margins m(r), strongest level first (Llama 2 Table 27). */
    margins: {
      small: LLAMA2_MARGINS.value.small.map((m) => marginText(f, m)),
      large: LLAMA2_MARGINS.value.large.map((m) => marginText(f, m)),
    },

    // ——— Table 6 ———
    table6: {
      rows: Object.fromEntries(t6.rows.map((r) => [r.id, {
        share: pct2(r.share), turns: d1(r.turns), tokensPerExample: d1(r.tokensPerExample),
        promptTokens: d1(r.promptTokens), responseTokens: d1(r.responseTokens),
      }])) as Record<(typeof t6.rows)[number]['id'], { share: string; turns: string; tokensPerExample: string; promptTokens: string; responseTokens: string }>,
      total: {
        share: f.percent(t6.total.share / 100, { digits: 0 }),
        turns: d1(t6.total.turns), tokensPerExample: d1(t6.total.tokensPerExample),
        promptTokens: d1(t6.total.promptTokens), responseTokens: d1(t6.total.responseTokens),
      },
      shareSum: pct2(t6ShareSum),
      mean: {
        turns: d2(t6Mean.turns), tokensPerExample: d2(t6Mean.tokensPerExample),
        promptTokens: d2(t6Mean.promptTokens), responseTokens: d2(t6Mean.responseTokens),
      },
      /** General English's prompt + response, to set against its tokens per example (they are not the same thing). */
      generalPromptPlusResponse: d1(t6General.promptTokens + t6General.responseTokens),
      nonEnglishShare: pct2(100 - t6General.share),
    },
    llama2: {
      comparisons: f.int(l2.comparisons),
      turns: d1(l2.turns), tokensPerExample: d1(l2.tokensPerExample),
      promptTokens: d1(l2.promptTokens), responseTokens: d1(l2.responseTokens),
      promptPlusResponse: d1(l2.promptTokens + l2.responseTokens),
      growth: {
        turns: f.percent(vsLlama2.turns, { digits: 0 }), tokensPerExample: f.percent(vsLlama2.tokensPerExample, { digits: 0 }),
        promptTokens: f.percent(vsLlama2.promptTokens, { digits: 0 }), responseTokens: f.percent(vsLlama2.responseTokens, { digits: 0 }),
      },
    },

    // ——— Table 7 ———
    table7: {
      rows: Object.fromEntries(t7.rows.map((r) => [r.id, {
        share: pct2(r.share), turns: d1(r.turns), tokens: d1(r.tokens),
        contextTokens: d1(r.contextTokens), finalResponseTokens: d1(r.finalResponseTokens),
      }])) as Record<(typeof t7.rows)[number]['id'], { share: string; turns: string; tokens: string; contextTokens: string; finalResponseTokens: string }>,
      total: {
        turns: d1(t7.total.turns), tokens: d1(t7.total.tokens),
        contextTokens: d1(t7.total.contextTokens), finalResponseTokens: d1(t7.total.finalResponseTokens),
      },
      shareSum: pct2(t7ShareSum),
      mean: {
        turns: d2(t7Mean.turns), tokens: d1(t7Mean.tokens),
        contextTokens: d1(t7Mean.contextTokens), finalResponseTokens: d1(t7Mean.finalResponseTokens),
      },
      splitGap: d1(t7SplitGap),
      longTokens: d1(t7Long.tokens),
      longShare: pct2(t7Long.share),
      longStep: f.decimal(t7LongStep, { digits: 2 }),
      longSensitivity: f.decimal(t7LongSensitivity, { digits: 1 }),
    },

    // ——— Best-of-K bounds at K = 10 and 30 ———
    bon: {
      klBoundMin: f.decimal(klBound(kMin), { digits: 2 }),
      klBoundMax: f.decimal(klBound(kMax), { digits: 2 }),
      winBoundMin: pct1(winBound(kMin)),
      winBoundMax: pct1(winBound(kMax)),
      /** The binary counterexample: two equally likely outcomes, K = 2 (exact KL, the formula) and the limit log 2. */
      binaryK2: f.decimal(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), { digits: 3 }),
      binaryBoundK2: f.decimal(klBound(2), { digits: 3 }),
      ln2: f.decimal(Math.LN2, { digits: 3 }),
    },

    // ——— Shared prompt pages, worked example ———
    kv: {
      promptTokens: d1(t6.total.promptTokens),
      responseTokens: d1(t6.total.responseTokens),
      generatedMin: f.int(kMin * t6.total.responseTokens),
      generatedMax: f.int(kMax * t6.total.responseTokens),
      unsharedMax: d1(kvMax.unshared),
      sharedMax: d1(kvMax.shared),
      savedMin: pct1(kvMin.saved),
      savedMax: pct1(kvMax.saved),
    },

    // ——— The toy (design §2.1.1): its numbers, never Llama 3's ———
    toy: {
      prompts: f.int(PROMPTS),
      contentTokens: f.int(CONTENT_TOKENS),
      maxTokens: f.int(MAX_TOKENS),
      responses: f.int(RESPONSES),
      params: f.int(policySize('lowRank')),
      /** The reward model's features: all of them, and those the prompt-blind default lacks (what the gold reward uses). */
      features: f.int(RM_FEATURES.length),
      goldFeatures: f.int(RM_FEATURES.length - BLIND_FEATURES.length),
      tabularParams: f.int(policySize('tabular')),
      sharpness: f.int(TOY.sharpness),
      pairs: f.int(TOY.pairs),
      train: f.int(TOY.train),
      heldOut: f.int(TOY.pairs - TOY.train),
      thresholds: STRENGTH_THRESHOLDS.map((x) => f.decimal(x, { digits: 1, trim: true })),
      levelCounts: t.levelCounts.map((c) => f.int(c)),
      kept: f.int(t.kept),
      flippedAll: f.int(t.flipped.all),
      flippedKept: f.int(t.flipped.kept),
      flippedAllShare: pct1(t.flipped.all / TOY.train),
      flippedKeptShare: pct1(t.flipped.kept / t.kept),
      blindHeldOut: pct1(t.blind.heldOut),
      fullHeldOut: pct1(t.full.heldOut),
      kQuoted: TOY.kQuoted.map((k) => f.int(k)),
      kMax: f.int(TOY.kMax),
      blind: toyBon(t.blind.curve),
      full: toyBon(t.full.curve),
      blindPeakK: f.int(t.blind.peak.k),
      blindPeakGold: f.decimal(t.blind.peak.gold, { digits: 2 }),
      kl30: f.decimal(kl30.kl, { digits: 3 }),
      klBound30: f.decimal(kl30.klBound, { digits: 3 }),
      win30: pct1(kl30.winRate),
      marginSeeds: f.int(TOY.marginSeeds),
      marginHeldOut: f.int(TOY.marginHeldOut),
      marginSizes: t.marginGain.map((g) => f.int(g.n)),
      /** Percentage points of held-out accuracy Llama 2's large margin adds, mean over seeds, per training size. */
      marginGain: t.marginGain.map((g) => f.decimal(g.gain * 100, { digits: 2, trim: true })),
    },
  };
}
