// post-training-loop's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type PostTrainingLoopMessages } from './messages';
import {
  ANNOTATOR_K, DPO_RUN, HELD_OUT_PER_ROUND, PAIRS_PER_ROUND, RESPONSES_PER_PROMPT, RS_DRAWS_PER_PROMPT, RS_K, SFT_RUN, VARIANTS,
} from './model';

const d2 = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const roundName = (r: number, f: Format) => (r === 0 ? 'the base model (round 0)' : `round ${f.int(r)}`);

export const en: PostTrainingLoopMessages = {
  title: 'Six rounds of post-training',
  summary: 'Step through the loop of Llama 3\'s post-training on a toy model, computed for real: each round collects preference pairs from the best model so far, fits the reward model on all pairs, rejection-samples, fine-tunes and runs DPO; with exact gold reward and KL per round.',
  intro: 'A toy, not Llama 3: a bigram-like model with 4 content tokens (A–D) and an end-of-turn token, answers of at most 6 tokens, 4 prompts. Round 0, the toy\'s SFT reference, stands in for the pre-trained model; a hidden “gold” reward stands in for the human annotators. The mechanisms transfer; the magnitudes do not.',

  roundsLabel: 'Rounds computed',
  roundsValue: (n, f) => f.int(n),
  averagingLabel: 'Model averaging (3 variants at each of RM, SFT and DPO)',
  seedLabel: 'Seed',
  seedError: (e, f) => wholeNumberError('The seed', e, f),
  anotherSeed: 'Another seed',
  stepsLabel: 'Rounds of the loop',
  nextLabel: 'Next round',
  position: (round, total, f) => `Round ${f.int(round)} of ${f.int(total)}`,
  clamped: (asked, total, f) => `Round ${f.int(asked)} is past the last round computed (${f.int(total)}): showing round ${f.int(total)}.`,

  roundHeading: (round, f) => (round === 0 ? 'Round 0: the base model' : `Round ${f.int(round)}, step by step`),
  pending: 'Computing this round…',
  progress: (done, total, f) => (done >= total ? `All ${f.int(total)} rounds computed.` : `Computing: ${f.int(done)} of ${f.int(total)} rounds done…`),
  baseLines: (r, f) => [
    'The starting point: the toy\'s SFT reference (300 Adam steps on a synthetic teacher that stops with probability 0.3 and otherwise says A–D uniformly).',
    `Gold reward ${d2(r.model.gold, f)}; mean length ${d2(r.model.meanLength, f)} tokens; ends with EOT ${pct(r.model.terminated, f)} of the time.`,
  ],
  stepLines: (r, f) => [
    `1. Preference pairs: ${f.int(r.pairsCollected)} comparisons sampled from ${roundName(r.sampler ?? 0, f)} (the best so far by gold reward), labelled by the gold annotator; ${f.int(r.pairsKept)} are “significantly better” or “better” and kept.`,
    `2. Reward model: fitted on all ${f.int(r.pairsTotal)} kept pairs so far, no margin; ${pct(r.rmHeldOut ?? 0, f)} of this round's held-out pairs ordered right${r.rmPrevHeldOut === null ? '' : ` (last round's RM: ${pct(r.rmPrevHeldOut, f)})`}.`,
    `3. Rejection sampling: ${f.int(r.rsExamples)} times (${f.int(RS_DRAWS_PER_PROMPT)} per prompt), K = ${f.int(RS_K)} answers from the latest chat model, the RM's best kept (gold reward ${d2(r.rsGold ?? 0, f)} on average).`,
    `4. SFT from the base model on all ${f.int(r.rsTotal)} rejection-sampled answers so far: gold reward ${d2(r.sftGold ?? 0, f)}.`,
    `5. DPO from that SFT model (reference = the SFT model) on this round's ${f.int(r.pairsKept)} pairs only, β 0.1, EOT masked, NLL 0.2: the round's chat model.`,
  ],
  metricsHeading: 'The round\'s chat model (exact, over every answer)',
  metricLines: (r, f) => [
    `Gold reward ${d2(r.model.gold, f)} · KL to the base model ${d2(r.model.kl, f)} nats`,
    `Proxy (this round's RM score) ${d2(r.proxy ?? 0, f)} · RM held-out accuracy ${pct(r.rmHeldOut ?? 0, f)}`,
    `Mean length ${d2(r.model.meanLength, f)} tokens · ends with EOT ${pct(r.model.terminated, f)}`,
  ],
  changesHeading: 'What changed since the round before',
  change: (code, r, prev, f) => {
    switch (code) {
      case 'goldUp': return `Gold reward rose by ${d2(r.model.gold - prev.model.gold, f)}.`;
      case 'goldDown': return `Gold reward fell by ${d2(prev.model.gold - r.model.gold, f)}: a round can go backwards, which is why the next pairs come from the best model so far, not simply the latest.`;
      case 'goldFlat': return 'Gold reward about the same.';
      case 'longer': return `Answers got longer (${d2(prev.model.meanLength, f)} → ${d2(r.model.meanLength, f)} tokens).`;
      case 'shorter': return `Answers got shorter (${d2(prev.model.meanLength, f)} → ${d2(r.model.meanLength, f)} tokens).`;
      case 'terminatesMore': return `More answers end with EOT (${pct(prev.model.terminated, f)} → ${pct(r.model.terminated, f)}).`;
      case 'terminatesLess': return `Fewer answers end with EOT (${pct(prev.model.terminated, f)} → ${pct(r.model.terminated, f)}).`;
      case 'rmStale': return `Last round's RM orders this round's fresh pairs worse (${pct(r.rmPrevHeldOut ?? 0, f)}) than the refitted one (${pct(r.rmHeldOut ?? 0, f)}).`;
      case 'samplerOlder': return `The pairs came from ${roundName(r.sampler ?? 0, f)}, not the latest model: it still had the best gold reward.`;
    }
  },
  averagingLines: (r, f) => (r.variant ? [
    `Averaged RM: ${pct(r.rmHeldOut ?? 0, f)} held-out accuracy; one variant: ${pct(r.variant.rmHeldOut, f)}.`,
    `Averaged SFT model: gold ${d2(r.sftGold ?? 0, f)}; one variant: ${d2(r.variant.sftGold, f)}.`,
    `Averaged chat model: gold ${d2(r.model.gold, f)}, KL ${d2(r.model.kl, f)}; one DPO variant: gold ${d2(r.variant.model.gold, f)}, KL ${d2(r.variant.model.kl, f)}.`,
  ] : []),

  chartTitle: 'Gold reward by round (exact)',
  chartLabel: (rounds, total, f) => `Gold reward of the chat model by round, ${f.int(rounds.length - 1)} of ${f.int(total)} rounds computed: ${rounds.map((r) => `round ${f.int(r.round)} ${d2(r.model.gold, f)}`).join(', ')}. The table below has every number.`,
  axisTitle: 'Round',
  roundTick: (r, f) => f.int(r),
  goldTick: (v, f) => f.decimal(v, { digits: 1 }),
  legendChat: 'Chat model (after DPO)',
  legendSft: 'SFT model (before DPO)',
  legendVariant: 'One DPO variant (no averaging)',
  legendShown: 'Round shown',

  tableSummary: 'Every round\'s numbers (table)',
  columns: {
    round: 'Round', gold: 'Gold', sftGold: 'Gold after SFT', kl: 'KL (nats)', proxy: 'Proxy', rm: 'RM held-out', rmPrev: 'Last round\'s RM on them', length: 'Length',
    terminated: 'Ends with EOT', pairs: 'Pairs kept / all', rs: 'RS answers',
  },

  announceRound: (r, total, f) => (r.round === 0
    ? `Round 0 of ${f.int(total)}, the base model: gold reward ${d2(r.model.gold, f)}.`
    : `Round ${f.int(r.round)} of ${f.int(total)}: gold reward ${d2(r.model.gold, f)}, KL ${d2(r.model.kl, f)} nats, RM accuracy ${pct(r.rmHeldOut ?? 0, f)}.`),
  announceArrived: (done, total, last, f) => `Round ${f.int(done)} of ${f.int(total)} computed: gold reward ${d2(last.model.gold, f)}.`,

  notesSummary: 'What stands for what, and what the toy leaves out',
  notes: (f) => [
    `Exact numbers: each of the 4 prompts has ${f.int(RESPONSES_PER_PROMPT)} possible answers, so gold reward, KL, length and termination are sums over all of them, not samples. Only the training data are sampled.`,
    `The gold reward (hidden, the “human”) prefers the prompt's own token, avoids the next one, and peaks at 3 tokens. The annotator labels a pair by Bradley–Terry with sharpness ${f.int(ANNOTATOR_K)}; the strength levels come from the size of the gold gap (≥ 1, ≥ 0.5, ≥ 0.2: the toy's thresholds; the report gives none, nor the share of each level).`,
    `Each round collects ${f.int(PAIRS_PER_ROUND)} comparisons (and ${f.int(HELD_OUT_PER_ROUND)} held out for the RM's accuracy). Both answers of a pair come from one toy model; Llama 3's annotators compared answers from two different models. The toy's counts are the toy's: the report does not give the number of comparisons or SFT examples per round.`,
    `The RM is linear over five features, including the two the gold reward uses, so it can be right; the proxy score of different rounds comes from different RMs and is not comparable across rounds.`,
    `Rejection sampling: K = ${f.int(RS_K)} (the report: “typically between 10 and 30”), ${f.int(RS_DRAWS_PER_PROMPT)} draws per prompt per round. SFT: ${f.int(SFT_RUN.steps)} Adam steps from the base model, as the report fine-tunes the pre-trained model. DPO: ${f.int(DPO_RUN.steps)} steps with Llama 3's β 0.1, EOT masked and 0.2·NLL on the chosen answer (per token here; the report does not say whether it is normalised). Learning rates are the toy's, not the report's 10⁻⁵.`,
    `Averaging: ${f.int(VARIANTS)} variants per stage from the same start (RM: resampled pairs; SFT and DPO: other minibatch orders), parameters averaged, as the report averages “models obtained from experiments using various versions of data or hyperparameters” (§4.1.5). What happens in this tiny model says nothing about its size at scale.`,
    'Llama 3 used DPO, not PPO, in these rounds; there is no reinforcement-learning step here either. Gold reward falling in a round, a longer answer, a dropping EOT rate: these are mechanisms the loop can show; how large they are in Llama 3 it cannot.',
  ],
  sources: 'Sources: Llama 3 report §4.1 (Figure 7), §4.1.2–4.1.6, §4.2.1–4.2.2. The toy: this site\'s src/lib/toyLm (design notes in the repository).',
};

export default words(messages, 'en', en);
