// reward-model's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type RewardModelMessages } from './messages';
import type { RmResult } from './model';

const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const dec = (v: number, f: Format, digits = 2) => f.decimal(v, { digits });
const LEVEL_NAMES = {
  significantlyBetter: 'significantly better',
  better: 'better',
  slightlyBetter: 'slightly better',
  marginallyBetter: 'marginally better',
} as const;
const PROMPT = (p: number) => `prompt ${p + 1}`;

export const en: RewardModelMessages = {
  title: 'Train a reward model',
  summary: 'Train a Bradley–Terry reward model on seeded toy preference pairs: choose its features, the margin, the label noise and Llama 3’s filter, and see what it learns and which held-out pairs it gets wrong.',
  toyLine: 'A toy, not Llama 3: a bigram-like model with 4 prompts and 4 tokens (A–D) whose responses (at most 6 tokens, ⏎ = end of turn) a hidden “gold” reward scores. The mechanisms transfer; the numbers do not.',

  featuresLegend: 'Reward-model features',
  featureName: {
    tokens: 'token counts (A–D)',
    length: 'length',
    truncated: 'truncated',
    goodBad: 'good/bad share for the prompt',
    lengthFrom3: 'distance from 3 tokens',
  },
  featuresHint: 'The first three ignore the prompt (the misspecified default); with all five the model can express the gold reward exactly.',
  marginLegend: 'Margin in the loss',
  marginOption: { none: 'none (Llama 3)', small: 'Llama 2 small', large: 'Llama 2 large' },
  noiseLegend: 'Annotator noise',
  noiseOption: (noise, k, f) => `${{ low: 'low', medium: 'medium', high: 'high', random: 'coin flip' }[noise]} (k = ${f.int(k)})`,
  levelsToggle: 'Llama 3’s filter: train only on “significantly better” and “better” pairs',
  goldLegend: 'Hidden gold reward',
  goldOption: { length3: 'prefers 3 tokens', lengthNeutral: 'length-neutral' },
  pairsLabel: 'Training pairs',
  pairsValue: (n, f) => f.int(n),
  seedLabel: 'Seed',
  seedError: (e, f) => wholeNumberError('Seed', e, f),
  anotherSeed: 'Other pairs',

  levelsHeading: (drawn, f) => `Strength levels of the ${f.int(drawn)} training pairs (the toy annotator’s, from the gold gap)`,
  levelName: LEVEL_NAMES,
  levelRule: (_, threshold, f) => (threshold === null ? 'gap < 0.2' : `gap ≥ ${f.decimal(threshold, { digits: 1, trim: true })}`),
  levelKept: (kept) => (kept ? 'used' : 'dropped'),
  levelsUsed: (used, drawn, levels, f) => (levels === 'llama3'
    ? `Llama 3’s filter keeps ${f.int(used)} of ${f.int(drawn)} pairs.`
    : `All ${f.int(drawn)} pairs are used (Llama 3 would keep the two strongest levels only).`),

  resultsHeading: 'After 200 steps of full-batch Adam',
  pending: 'Fitting…',
  codeMessage: (code) => (code === 'noFeatures'
    ? 'Choose at least one feature: a reward model with no features gives every response the same score, so there is nothing to fit.'
    : 'No training pair is left: the filter dropped them all. Draw more pairs or turn the filter off.'),
  resultLines: (r, heldOut, f) => [
    `Loss ${dec(r.loss, f, 3)} (it starts at log 2 = ${dec(Math.LN2, f, 3)}); training accuracy ${pct(r.trainAccuracy, f)}.`,
    `Held-out accuracy against the annotators’ labels: ${pct(r.heldOutAccuracy, f)} of ${f.int(heldOut)} pairs; against the gold order: ${pct(r.goldOrderAccuracy, f)}.`,
    `Correlation with the gold reward over all 4 × 5,461 responses, weighted by the SFT model’s probability: ${dec(r.correlation, f)}.`,
  ],
  weightsLine: (r, f) => `Learned weights: ${r.weights.map((w) => {
    const name = w.feature === 'tokens' ? `#${'ABCD'[w.index]}` : w.feature === 'goodBad' ? (w.index === 0 ? 'good share' : 'bad share') : en.featureName[w.feature];
    return `${name} ${f.signed(w.value, { digits: 2 })}`;
  }).join(', ')}.`,

  lossTitle: 'Training loss by step',
  accuracyTitle: 'Accuracy by step',
  stepAxis: 'step',
  legendTrain: 'training pairs',
  legendHeldOut: 'held-out pairs',
  lossLabel: (r, f) => `Training loss falls from ${dec(r.trace[0]!.loss, f, 3)} to ${dec(r.loss, f, 3)} over ${f.int(r.trace.at(-1)!.step)} steps.`,
  accuracyLabel: (r, f) => `Accuracy by step: training pairs end at ${pct(r.trainAccuracy, f)}, held-out pairs at ${pct(r.heldOutAccuracy, f)}.`,
  traceSummary: 'Data: loss and accuracy by step',
  traceColumns: { step: 'Step', loss: 'Loss', train: 'Training accuracy', heldOut: 'Held-out accuracy' },

  scatterTitle: (n, f) => `Learned reward against the gold reward (the SFT model’s ${f.int(n)} likeliest responses per prompt)`,
  goldAxis: 'gold reward r*',
  rmAxis: 'learned reward r',
  scatterLabel: (r, f) => `Scatter of ${f.int(r.scatter.length)} responses, learned reward against gold reward; weighted correlation over all responses ${dec(r.correlation, f)}.`,
  promptName: PROMPT,
  scatterNote: 'Only differences of r matter to Bradley–Terry, so its offset and scale are arbitrary: look at the order, not the values. Shapes mark the four prompts.',

  wrongHeading: (r, heldOut, f) => `Held-out pairs it orders against the label: ${f.int(r.wrongCount)} of ${f.int(heldOut)} (${f.int(r.wrongNoisy)} of them are labels that go against the gold reward)`,
  wrongColumns: { prompt: 'Prompt', chosen: 'Chosen', rejected: 'Rejected', goldGap: 'Gold gap', rmGap: 'RM gap' },
  noneWrong: 'None: it orders every held-out pair as labelled.',
  wrongNote: 'Largest gold gap first. A negative gold gap is annotator noise: there the reward model sided with the gold reward against the label.',

  announce: (r: RmResult, f) => (r.codes.length > 0
    ? en.codeMessage(r.codes[0]!)
    : `Held-out accuracy ${pct(r.heldOutAccuracy, f)}, gold order ${pct(r.goldOrderAccuracy, f)}, loss ${dec(r.loss, f, 3)}, correlation with gold ${dec(r.correlation, f)}.`),
  notesSummary: 'How it works, and what is and is not Llama 3',
  notes: (f) => [
    `The reward model is linear, r(x, y) = w·φ(x, y), trained from zero by minimising −log σ(r(x, y_c) − r(x, y_r) − m) over the pairs (Bradley–Terry). Llama 3 trains its reward model from the pre-trained checkpoint with Llama 2’s objective “except that we remove the margin term in the loss, as we observe diminishing improvements after data scaling” (§4.1.2).`,
    `Llama 2’s margin m(r) comes from the strength level (its Table 27): small ${f.int(1)}, ⅔, ⅓, ${f.int(0)}; large ${f.int(3)}, ${f.int(2)}, ${f.int(1)}, ${f.int(0)}, strongest first. It asks for a larger score gap on clearly better pairs, so the same weights pay more loss; compare the accuracies with and without it. The toy says nothing about Llama 3’s data scale.`,
    `The pairs: two responses sampled from the toy’s SFT model for each prompt in turn, labelled by a Bradley–Terry annotator on the hidden gold reward, P(a ≻ b) = σ(k·(r*(a) − r*(b))). Noise levels: low k = ${f.int(10)}, medium k = ${f.int(3)}, high k = ${f.int(1)}, coin flip k = ${f.int(0)}. ${f.int(200)} held-out pairs are drawn after the training pairs.`,
    'Strength levels: the toy’s annotator calls a pair significantly better when the gold gap is at least 1, better from 0.5, slightly better from 0.2, else marginally better. These thresholds are the toy’s; the report gives neither thresholds nor the share of each level (§4.2.1).',
    'Llama 3 uses only “significantly better” and “better” pairs for the reward model and for DPO, and discards similar responses (§4.2.1). Its rows also hold up to three responses (edited > chosen > rejected); the toy has two.',
    'The gold reward is a weighted sum of the prompt’s good/bad token shares, the distance from 3 tokens (length-3 gold only) and truncation. The default reward model sees only token counts, length and truncation: it cannot tell which tokens are good for which prompt, and it is linear in length while the length-3 gold reward peaks at 3 tokens. It still orders most held-out pairs; the best-of-K widget shows what happens when a policy is pushed towards what it rewards.',
  ],
  sources: 'Sources: Llama 3 report §4.1.2, §4.2.1; Llama 2 (Touvron et al. 2023) Table 27; the toy’s set-up follows Gao et al.’s synthetic gold reward.',
};

export default words(messages, 'en', en);
