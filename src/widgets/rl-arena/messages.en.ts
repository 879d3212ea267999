// rl-arena's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type RlArenaMessages } from './messages';
import { ARENA_TOY, PROMPTS, RESPONSES } from '../../lib/toyLm';
import { BON_COST_N, DEEPSEEKMATH_BETA, DPO_STEPS_PER_ITERATION, LLAMA2_PPO, PPO_TOY, finalRows, type Method } from './model';

const d2 = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const nats = (v: number, f: Format) => `${f.decimal(v, { digits: 1 })} nats`;

const NAME: Record<Method, string> = {
  bon: 'Best-of-n (exact)', dpo: 'DPO', llama3: 'Llama 3’s DPO', ppo: 'PPO', grpo: 'GRPO',
};
const SHORT: Record<Method, string> = { bon: 'Best-of-n', dpo: 'DPO', llama3: 'Llama 3 DPO', ppo: 'PPO', grpo: 'GRPO' };
const VARIANT = { grpo: 'GRPO (DeepSeekMath)', 'dr-grpo': 'Dr. GRPO', dapo: 'DAPO' } as const;

export const en: RlArenaMessages = {
  title: 'DPO, PPO and GRPO trained side by side',
  summary: "DPO, Llama 3's DPO, PPO and GRPO trained live on one toy language model with real gradients: gold reward against exact KL, where DPO moves probability mass, and what each update costs.",

  methodsLegend: 'Methods',
  methodName: NAME,
  methodShort: SHORT,
  dpoBoth: 'DPO (either)',
  proxyShort: (s) => `${s} (RM)`,
  settingsSummary: (s, f) => `Settings: ${f.int(s.steps)} iterations · β ${f.decimal(s.beta, { digits: 2 })} · mask ${s.mask ? 'on' : 'off'} · NLL ${f.decimal(s.nll, { digits: 2 })}/${s.nllnorm === 'token' ? 'token' : 'sequence'} · KL ${f.decimal(s.kl, { digits: 3, trim: true })} · ε ${f.decimal(s.clip, { digits: 2 })} · G ${f.int(s.group)} · ${VARIANT[s.variant]} · seed ${f.int(s.seed)}`,
  taskLegend: 'The task',
  rmLegend: 'Reward model of PPO, GRPO, best-of-n',
  rmOption: { blind: 'Prompt-blind', full: 'All features' },
  goldLabel: 'Gold reward',
  goldOption: { length3: 'Prefers 3 tokens', lengthNeutral: 'Length-neutral' },
  noiseLabel: 'Annotator noise',
  noiseOption: { low: 'Low', medium: 'Medium', high: 'High', random: 'Random labels' },
  seedLabel: 'Seed',
  seedError: (e, f) => wholeNumberError('Seed', e, f),
  stepsLabel: 'Training length',
  stepsValue: (it, dpo, f) => `${f.int(it)} iterations (DPO: ${f.int(dpo)} steps)`,
  dpoLegend: 'DPO (both runs: β; Llama 3’s run: mask and NLL)',
  betaLabel: 'β',
  maskLabel: 'Mask the end-of-turn token (Llama 3)',
  nllLabel: 'NLL coefficient on chosen (Llama 3: 0.2)',
  nllNormLegend: 'NLL normalised',
  nllNormOption: { token: 'Per token', sequence: 'Per sequence' },
  rlLegend: 'PPO and GRPO',
  klLabel: 'KL coefficient',
  klValue: (kl, f) => `${f.decimal(kl, { digits: 3, trim: true })}${kl === DEEPSEEKMATH_BETA ? ' (DeepSeekMath)' : kl === LLAMA2_PPO.klSmall ? ' (Llama 2 7B/13B)' : kl === LLAMA2_PPO.klLarge ? ' (Llama 2 34B/70B)' : ''}`,
  clipLabel: 'Clip ε',
  groupLabel: 'GRPO group size G',
  variantLegend: 'GRPO variant',
  variantOption: VARIANT,
  note: (code, s, f) => {
    switch (code) {
      case 'klOff': return 'KL coefficient 0: nothing holds PPO or GRPO near the reference (TRL’s GRPO default; GRPO then needs no reference model).';
      case 'llama2Kl': return `Llama 2’s PPO used a KL coefficient of ${f.decimal(LLAMA2_PPO.klSmall, { digits: 2 })} (7B, 13B) or ${f.decimal(LLAMA2_PPO.klLarge, { digits: 3 })} (34B, 70B) with clip ${f.decimal(LLAMA2_PPO.clip, { digits: 1 })}; the toy’s scale is not theirs.`;
      case 'maskAlone': return 'Mask without NLL: in this toy termination gets worse, not better (the report applies mask and NLL together).';
      default: return s.methods === '' ? 'No method chosen.' : '';
    }
  },
  toyLine: (f) => `A toy, not Llama 3: a bigram-like model (tokens A–D and an end-of-turn ⏎; ${f.int(PROMPTS)} prompts, ${f.int(RESPONSES)} answers each). A hidden “gold” reward plays the human; an RM fitted on ${f.int(ARENA_TOY.pairs)} noisy preference pairs plays the reward model. Real training, exact metrics: mechanisms transfer, magnitudes do not.`,
  noMethods: 'No method chosen: tick at least one above.',
  announce: (r, _s, f) => `Training done. ${finalRows(r).map((x) => `${NAME[x.method]}: gold ${d2(x.gold, f)} at KL ${d2(x.kl, f)}`).join('; ')}.`,

  statusTitle: (rm) => `Where each method ends (RM: ${rm === 'blind' ? 'prompt-blind' : 'all features'})`,
  finalColumns: { method: 'Method', at: 'At', gold: 'Gold reward', proxy: 'RM score', kl: 'KL (nats)', truncated: 'No EOT' },
  atText: (m, at, f) => (m === 'bon' ? `n = ${f.int(at)}` : m === 'dpo' || m === 'llama3' ? `step ${f.int(at)}` : `iteration ${f.int(at)}`),
  notUsed: 'n/a',
  training: 'training…',
  pending: 'Training… (best-of-n first, then each run as it finishes)',

  goldTitle: '1. Gold reward and RM score against exact KL(π ‖ π_ref)',
  goldPanelTitle: 'Gold reward (the hidden “human”)',
  proxyPanelTitle: 'RM score, hollow marks (what PPO, GRPO and best-of-n maximise)',
  legendBound: 'best-of-n at the KL bound',
  goldChartLabel: (r, _s, f) => `Gold reward against KL for each method. ${finalRows(r).map((x) => `${NAME[x.method]} ends at gold ${d2(x.gold, f)}, KL ${d2(x.kl, f)}`).join('; ')}.`,
  proxyChartLabel: (r, _s, f) => `RM score against KL for PPO, GRPO and best-of-n. ${finalRows(r).filter((x) => x.proxy !== null && x.method !== 'dpo' && x.method !== 'llama3').map((x) => `${NAME[x.method]} ends at RM score ${d2(x.proxy!, f)}, KL ${d2(x.kl, f)}`).join('; ')}.`,
  klAxis: (f) => `KL(π ‖ π_ref), nats (exact over all ${f.int(RESPONSES)} answers)`,
  hackingLead: (xs) => (xs.some((x) => x.falls)
    ? 'Reward hacking, measured: the RM score keeps rising while gold falls back.'
    : 'No fall on this run: gold rises with the RM score.'),
  hackingLine: (x, f) => `${SHORT[x.method]}: RM ${d2(x.proxyStart, f)} → ${d2(x.proxyEnd, f)}; gold ${d2(x.goldStart, f)} → ${x.falls
    ? `${d2(x.goldBest, f)} (best, ${x.method === 'bon' ? `n = ${f.int(x.bestAt)}` : `iteration ${f.int(x.bestAt)}`}) → ${d2(x.goldEnd, f)}`
    : `${d2(x.goldEnd, f)} (best ${d2(x.goldBest, f)}): no fall`}.`,
  goldAxisNote: 'One KL axis, a y scale each (the RM score is in its own units). DPO reads no RM.',
  goldColumns: { method: 'Method', at: 'At', kl: 'KL (nats)', gold: 'Gold', proxy: 'RM score' },
  goldData: 'Data: every recorded point',

  dpoTitle: '2. DPO’s implicit rewards by step: why chosen falls too',
  dpoNote: 'Plotted: TRL’s rewards/chosen, rewards/rejected, rewards/margins = β·Δ, Δ = log π − log π_ref. In plain DPO both fall; the margin grows as rejected falls faster.',
  dpoChosen: 'chosen: β·Δlog π(y_w)',
  dpoRejected: 'rejected: β·Δlog π(y_l)',
  dpoMargin: 'margin (dotted)',
  notChosen: 'Not among the chosen methods.',
  dpoChartLabel: (w, p, s, f) => `${NAME[w]} by step: β·Δlog π(chosen) ends at ${d2(s.beta * p.chosenShift, f)}, β·Δlog π(rejected) at ${d2(s.beta * p.rejectedShift, f)}, margin ${d2(p.margin, f)}.`,
  stepAxis: 'DPO step',
  dpoSizer: 'End: chosen −88.8 nats, rejected −88.8 nats.',
  dpoLine: (_w, p, _s, f) => `End: chosen ${nats(p.chosenShift, f)}, rejected ${nats(p.rejectedShift, f)}.`,

  massTitle: '3. Where DPO’s mass went',
  massNone: 'Choose DPO or Llama 3’s DPO to see where its mass goes.',
  massReference: 'Reference (SFT)',
  massEnd: (m) => `${SHORT[m]}, end`,
  massParts: { chosen: 'chosen in the data', rejected: 'only rejected', unseen: 'never in the data' },
  massText: (c, r, u, f) => `${f.percent(c, { digits: 1 })} · ${f.percent(r, { digits: 1 })} · ${f.percent(u, { digits: 1 })}`,
  lengthTitle: 'Answer lengths at the end',
  lengthBin: (k, f) => (k === 6 ? 'no ⏎' : f.int(k)),
  lengthAxis: 'content tokens before ⏎ (“no ⏎”: cut at 6)',
  referenceName: 'Reference',
  lengthChartLabel: (r, f) => `Share of answers by length. Reference: no end-of-turn in ${f.percent(r.reference[6]!, { digits: 1 })}. ${(['dpo', 'llama3', 'ppo', 'grpo'] as const).filter((m) => r[m]).map((m) => `${NAME[m]}: ${f.percent(r[m]!.lengths[6]!, { digits: 1 })}`).join('; ')}.`,
  lengthData: 'Data: length shares',
  lengthColumns: { policy: 'Policy' },

  costTitle: '4. What one update costs',
  costQuote: 'Report §4.1.4: “DPO required less compute for large-scale models and performed better, especially on instruction following benchmarks like IFEval.”',
  costColumns: { method: 'Method', models: 'Models resident', passes: 'Passes per example', samples: 'Answers generated per update (toy)', bytes: 'Model states at 405B' },
  modelsText: (n, tr, c, f) => `${f.int(n)} (${f.int(tr)} trained)${c === null ? '' : `; ${f.int(c)} with cached reference log-probs`}`,
  passesText: (fw, bw, f) => `${f.int(fw)} forward, ${f.int(bw)} backward`,
  samplesText: (m, n, f) => (m === 'dpo' || m === 'llama3' ? 'none (offline pairs)' : m === 'bon' ? `${f.int(n)} (n = ${f.int(BON_COST_N)} per prompt)` : m === 'ppo' ? `${f.int(n)} (batch ${f.int(PPO_TOY.batch)})` : `${f.int(n)} (G per prompt)`),
  costNote: 'bf16 weights, fp32 gradients, 12 B of AdamW state per trained parameter (the site’s RLHF memory model); no activations, KV cache or generation buffers.',

  groupTitle: '5. GRPO’s first group: rewards, advantages and token weights',
  groupIntro: (g, s, f) => `Prompt ${f.int(g.prompt + 1)}, G = ${f.int(s.group)} answers sampled from the reference (iteration 1): RM scores mean ${f.decimal(g.mean, { digits: 3 })}, standard deviation ${f.decimal(g.std, { digits: 3 })}; advantages are ${g.scaleStd ? '(r − mean)/(std + 10⁻⁴)' : 'r − mean (no std)'}; each token is weighted ${g.norm === 'sequence' ? '1/(G·|o|) (GRPO)' : g.norm === 'constant' ? '1/(G·6) (Dr. GRPO, constant)' : '1/Σ|o| over the group (DAPO)'}.`,
  groupData: (n, f) => `Data: the ${f.int(n)} answers of the group`,
  groupColumns: { response: 'Answer', reward: 'RM score', advantage: 'Advantage', tokens: 'Tokens |o|', weight: 'Weight per token' },

  notesSummary: 'What the toy shows and what it does not',
  notes: (f) => [
    'The toy is a bigram-like language model: each token depends on the prompt and the token before. Mechanisms (likelihood displacement, reward hacking, termination effects) transfer; magnitudes do not, and none of these numbers are Llama 3’s.',
    `DPO runs ${f.int(DPO_STEPS_PER_ITERATION)} steps per PPO/GRPO iteration, each on ${f.int(ARENA_TOY.dpoBatch)} of the ${f.int(ARENA_TOY.pairs)} pairs; PPO samples ${f.int(PPO_TOY.batch)} answers per iteration with ${f.int(PPO_TOY.epochs)} epochs; every method uses Adam at the toy’s learning rate ${f.decimal(ARENA_TOY.lr, { digits: 2 })} (Llama 3’s DPO: 10⁻⁵ on real models).`,
    'Plain DPO lowers log π(chosen) as well as log π(rejected): with shared parameters the mass leaves both and goes to answers never seen in the data (Razin et al. 2024). The NLL term keeps chosen up.',
    'Mask alone makes termination worse in this toy; the report applies mask and NLL together, and together they behave like NLL alone here.',
    'With the prompt-blind RM, PPO’s gold rises and plateaus below the full-RM run; it does not rise then fall in this toy. Best-of-n does rise then fall. Switch the RM to “all features” to measure what fixing the misspecification is worth.',
    'Llama 3 used DPO (§4.1.4), not PPO or GRPO. GRPO (DeepSeekMath, February 2024) is here for comparison.',
  ],
  sources: 'Sources: Llama 3 report §4.1.4; Rafailov et al. 2023 (DPO); Schulman et al. 2017 (PPO); Shao et al. 2024 (DeepSeekMath, GRPO); Liu et al. 2025 (Dr. GRPO); Yu et al. 2025 (DAPO); Pang et al. 2024; Gao, Schulman & Hilton 2023; Beirami et al. 2024; Touvron et al. 2023 (Llama 2).',
};

export default words(messages, 'en', en);
