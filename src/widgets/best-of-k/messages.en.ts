// best-of-k's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type BestOfKMessages } from './messages';
import { REPORT_K, TOY, type BokNote, type RmKind, type Selection } from './model';

const nats = (v: number, f: Format) => `${f.decimal(v, { digits: 3 })} nats`;
const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const r2 = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const range = (f: Format) => `${f.int(REPORT_K.min)}–${f.int(REPORT_K.max)}`;

const RM_SHORT: Record<RmKind, string> = {
  blind: 'the prompt-blind reward model',
  full: 'the reward model with all five features',
  gold: 'the gold reward (an oracle)',
};
const RULE: Record<Selection, string> = { 'per-prompt': 'Best per prompt', 'top-overall': 'Top-k overall' };

const NOTE: Record<BokNote, (k: number, peakK: number, peakGold: string, f: Format) => string> = {
  k1: () => 'K = 1 is sampling itself: nothing is selected, the KL is 0 and the win rate ½.',
  belowReport: (k, _p, _g, f) => `K = ${f.int(k)} is below the report’s “typically between 10 and 30”.`,
  aboveReport: (k, _p, _g, f) => `K = ${f.int(k)} is above the report’s typical ${range(f)}.`,
  oracle: () => 'The scorer is the gold reward itself: the proxy is the gold, so it cannot be over-optimised; more samples only help.',
  overOptimised: (_k, p, g, f) => `Over-optimisation: gold peaks at K = ${f.int(p)} (${g}) and then falls while the reward model’s own score keeps rising — it rewards what the gold does not (here: length).`,
  stillRising: () => 'Gold keeps rising with K up to 64: this reward model ranks the toy’s answers the way the gold does.',
};

export const en: BestOfKMessages = {
  title: 'Best-of-K, exactly',
  summary: 'Rejection sampling computed exactly on a toy language model: what picking the best of K samples with a reward model does to KL, win rate and the true (gold) reward, which samples two selection rules keep, and what K samples cost.',

  kLabel: 'K, samples per prompt',
  kValue: (k, f) => `${f.int(k)}${k >= REPORT_K.min && k <= REPORT_K.max ? ' (inside the report’s 10–30)' : ''}`,
  rmLegend: 'Who picks the best',
  rmOption: { blind: 'Prompt-blind RM', full: 'RM, all features', gold: 'Gold (oracle)' },
  selectionLegend: 'Which samples are kept',
  selectionOption: { 'per-prompt': 'Best per prompt', 'top-overall': 'Top-k overall' },
  seedLabel: 'Seed',
  seedError: (e, f) => wholeNumberError('Seed', e, f),
  anotherSeed: 'Another seed',
  toyLine: 'A toy, not Llama 3: a bigram-like model with 4 tokens (A–D) and an end-of-turn ⏎, 4 prompts, 5,461 answers each; a hidden “gold” reward plays the human. Mechanisms transfer; magnitudes do not.',

  readoutHeading: (k, f) => `Best of K = ${f.int(k)}, exactly (averaged over the 4 prompts)`,
  pending: 'Fitting the reward model and computing best-of-K…',
  readoutLines: (r, s, f) => {
    const a = r.at, one = r.curve[0]!;
    return [
      `KL(best-of-K ‖ reference) = ${nats(a.kl, f)}; the formula log K − (K−1)/K gives ${nats(a.klBound, f)}, an upper bound.`,
      `Win rate against a fresh sample: ${pct(a.winRate, f)} (bound K/(K+1) = ${pct(a.winBound, f)}).`,
      s.rm === 'gold'
        ? `Gold reward ${r2(a.gold, f)} (K = 1: ${r2(one.gold, f)}); mean length ${f.decimal(a.length, { digits: 2 })} tokens (K = 1: ${f.decimal(one.length, { digits: 2 })}).`
        : `Reward-model score ${r2(a.proxy, f)} (K = 1: ${r2(one.proxy, f)}); gold reward ${r2(a.gold, f)} (K = 1: ${r2(one.gold, f)}); mean length ${f.decimal(a.length, { digits: 2 })} tokens (K = 1: ${f.decimal(one.length, { digits: 2 })}).`,
      r.heldOut === null
        ? `No reward model: the gold scores the answers (the annotators’ labels agree with the gold on ${pct(r.labelAgreement, f)} of held-out pairs).`
        : `The reward model orders ${pct(r.heldOut, f)} of ${f.int(TOY.pairs - TOY.train)} held-out pairs as labelled (the noisy labels agree with the gold on ${pct(r.labelAgreement, f)}).`,
    ];
  },
  note: (code, r, s, f) => NOTE[code](s.k, r?.peak.k ?? 0, r ? r2(r.peak.gold, f) : '', f),
  announce: (r, s, f) => `Best of ${f.int(s.k)} with ${RM_SHORT[s.rm]}: KL ${nats(r.at.kl, f)} (bound ${nats(r.at.klBound, f)}), win rate ${pct(r.at.winRate, f)}, gold reward ${r2(r.at.gold, f)}.`,

  kAxis: 'K (log scale; shaded: the report’s 10–30)',
  klTitle: 'KL against K',
  klExact: 'exact KL',
  klBound: 'log K − (K−1)/K',
  klLabel: (r, s, f) => `Line chart of KL in nats against K from 1 to 64 on a log scale: the exact KL and the formula log K − (K−1)/K, which it never exceeds; the band marks the report’s 10–30. At K = ${f.int(s.k)}: ${nats(r.at.kl, f)} against ${nats(r.at.klBound, f)}. The table “Every K” gives the values.`,
  winTitle: 'Win rate against K',
  winExact: 'exact win rate',
  winBound: 'K/(K+1)',
  winLabel: (r, s, f) => `Line chart of the win rate of best-of-K against a fresh reference sample, K from 1 to 64 on a log scale, with the bound K/(K+1). At K = ${f.int(s.k)}: ${pct(r.at.winRate, f)} against ${pct(r.at.winBound, f)}.`,
  rewardTitle: 'What the scorer sees, and what is true, against K',
  goldLegend: 'gold reward (the hidden truth)',
  proxyLegend: (rm) => (rm === 'gold' ? 'scorer = gold' : 'reward-model score (the proxy)'),
  proxyLabel: (r, s, f) => `Line chart of the expected ${s.rm === 'gold' ? 'gold reward (the scorer here)' : 'reward-model score'} under best-of-K, K from 1 to 64 on a log scale: it rises from ${r2(r.curve[0]!.proxy, f)} to ${r2(r.curve[r.curve.length - 1]!.proxy, f)}.`,
  goldLabel: (r, _s, f) => `Line chart of the expected gold reward under best-of-K, K from 1 to 64 on a log scale: from ${r2(r.curve[0]!.gold, f)} at K = 1 to its best, ${r2(r.peak.gold, f)} at K = ${f.int(r.peak.k)}, and ${r2(r.curve[r.curve.length - 1]!.gold, f)} at K = 64.`,
  curveData: 'Every K (table)',
  curveColumns: { k: 'K', kl: 'KL (nats)', klBound: 'log K − (K−1)/K', win: 'Win rate', winBound: 'K/(K+1)', proxy: 'RM score', gold: 'Gold', length: 'Mean length' },

  promptTitle: (k, f) => `Prompt 1: the chance of scoring at most x, reference π against best-of-${f.int(k)}`,
  cdfPi: 'reference π: F',
  cdfBon: (k, f) => `best-of-${f.int(k)}: F^${f.int(k)}`,
  cdfAxis: (rm) => (rm === 'gold' ? 'gold reward of the answer' : 'reward-model score of the answer'),
  cdfLabel: (r, s, f) => `Step chart of the probability that an answer to prompt 1 scores at most a given score: F under the reference and F to the power ${f.int(s.k)} under best-of-${f.int(s.k)}, which moves the mass to the highest scores. The ${f.int(r.top.length)} top-scored answers hold ${pct(r.topMass.pi, f)} of the reference and ${pct(r.topMass.bon, f)} of best-of-K.`,
  topCaption: (n, f) => `Prompt 1: the ${f.int(n)} answers the scorer likes most`,
  topSummary: (n, f) => `The ${f.int(n)} answers the scorer likes most (table)`,
  topColumns: { response: 'Answer', score: 'Score', gold: 'Gold', pi: 'π (reference)', bon: 'π best-of-K' },
  tied: (n, f) => `tied ×${f.int(n)}`,
  topMassLine: (r, s, f) => `The ${f.int(r.top.length)} top-scored answers hold ${pct(r.topMass.pi, f)} of the reference’s probability and ${pct(r.topMass.bon, f)} under best-of-${f.int(s.k)}.`,

  selectionTitle: 'Which samples are kept: best per prompt or top-k overall',
  selectionIntro: (n, k, f) => `Sampled (${f.int(n)} seeded rounds of ${f.int(k)} answers per prompt). Both rules keep 4 of the same draws: each prompt’s best, or the 4 best of all ${f.int(4 * k)} (RLHF Book, ch. 9).`,
  selectionColumns: { rule: 'Rule', gold: 'Gold of kept', proxy: 'Score of kept', empty: 'Prompts left with none' },
  ruleName: RULE,
  chosenMark: '(chosen)',
  ruleLine: (rule, sum, other, exact, f) => rule === 'per-prompt'
    ? `Best per prompt keeps one answer for every prompt: sampled gold ${r2(sum.gold, f)} (exact: ${r2(exact, f)}). Top-k overall reaches ${r2(other.gold, f)} but leaves ${pct(other.empty, f)} of prompts with no answer.`
    : `Top-k overall keeps the best-scored answers wherever they are: gold ${r2(sum.gold, f)} against ${r2(other.gold, f)} for best per prompt, but ${pct(sum.empty, f)} of prompts get no answer (some prompt is left out in ${pct(sum.anyEmpty, f)} of rounds).`,
  roundCaption: (rule) => `The first sampled round, kept by “${RULE[rule]}”`,
  promptName: (p, f) => `Prompt ${f.int(p + 1)}`,
  noneKept: 'none kept',
  keptItem: (g, f) => `gold ${r2(g, f)}`,

  costTitle: 'What K samples cost (Table 6’s averages as a worked example)',
  costLines: (c, f) => [
    `K × ${f.decimal(c.responseTokens, { digits: 1 })} = ${f.int(Math.round(c.generated))} response tokens generated per prompt to keep one answer: ${pct(c.discardedShare, f)} are thrown away.`,
    `KV cache for the K answers: ${f.int(Math.round(c.cacheCopies))} token slots with a copy of the ${f.decimal(c.promptTokens, { digits: 1 })}-token prompt per answer, ${f.int(Math.round(c.cacheShared))} with the prompt’s pages shared: ${f.int(Math.round(c.saved))} fewer (${pct(c.savedShare, f)}).`,
  ],
  cacheBars: { copies: 'K copies of the prompt', shared: 'Prompt pages shared', prompt: 'prompt', response: 'responses' },
  tokens: (n, f) => `${f.int(Math.round(n))} tokens`,
  costNote: (c, f) => `The report gives no lengths for its rejection-sampling prompts; a longer shared prefix saves more. Its own figure, “over ${f.int(c.reportSpeedup)}×” throughput, is for PagedAttention and a fixed maximum output length together (§4.2.2), not for page sharing alone.`,

  notesSummary: 'Notes: how this is computed, and what it does not show',
  notes: (f) => [
    `Exact: the toy has 5,461 answers per prompt, so π_bon(y_j) = F(y_j)^K − F(y_{j−1})^K is computed for every answer (sorted by score, exact ties grouped), and KL, win rate and expected rewards are sums, not estimates (Beirami et al. 2024).`,
    'Tied answers share their group’s F(y_j)^K − F(y_{j−1})^K in proportion to π. In answer labels ⏎ is the end of turn and … an answer cut at 6 tokens.',
    'log K − (K−1)/K is the KL only in the limit where no answers tie and every answer is rare (a continuous distribution); otherwise it is an upper bound. With two equally likely outcomes the KL stays below log 2 for every K while the formula grows like log K.',
    `The reward model is a linear Bradley–Terry model fitted on ${f.int(TOY.train)} seeded pairs of reference answers labelled by the gold reward with noise (sharpness k = ${f.int(TOY.sharpness)}). The prompt-blind one sees token counts, length and truncation but not which token is good for which prompt, and is linear in length while the gold prefers 3 tokens: a misspecified proxy, as in Gao et al. (2023). Its score has its own scale: compare its shape with the gold’s, not its values.`,
    'Llama 3 samples K answers from “the latest chat model policy” and keeps the one its reward model scores best; the toy samples from its SFT reference and keeps one per prompt. In later rounds the report adds system prompts to steer tone and format; the toy has none.',
    'Top-k overall is computed by simulation (seeded), so it moves a little with the seed; everything else on this page about best-of-K is exact for the fitted reward model.',
  ],
  sources: 'Sources: Llama 3 report §4.2.2 and Table 6; Beirami et al. 2024; Gao, Schulman & Hilton 2023; Lambert, The RLHF Book, ch. 9.',
};

export default words(messages, 'en', en);
