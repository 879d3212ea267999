// dpo-loss's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { BANDIT_CHOSEN, BANDIT_LR, DEFAULTS, BANDIT_REJECTED, BANDIT_RESPONSES } from './model';
import { messages, type DpoLossMessages } from './messages';

const d3 = (v: number, f: Format) => f.decimal(v, { digits: 3 });
const signed = (v: number, f: Format, digits = 3) => `${v > 0 ? '+' : ''}${f.decimal(v, { digits })}`;
const pct = (v: number, f: Format) => f.percent(v);

const NAME = { yes: 'Yes', no: 'No', never: 'Never', sure: 'Sure', maybe: 'Maybe', nope: 'Nope' } as const;
const W = NAME[BANDIT_RESPONSES[BANDIT_CHOSEN]!];
const L = NAME[BANDIT_RESPONSES[BANDIT_REJECTED]!];

export const en: DpoLossMessages = {
  title: 'The DPO loss and its gradient',
  summary: "The DPO loss against the implicit-reward margin, a real Llama 3 chat pair with the formatting tokens Llama 3 masks, and a bandit where shared parameters lower the chosen response's probability.",

  lossHeading: '1. The loss and how hard it pushes',
  betaLabel: 'β',
  betaValue: (b, f) => `${f.decimal(b, { digits: 2 })}${Math.abs(b - DEFAULTS.beta) < 1e-9 ? ' (Llama 3)' : ''}`,
  marginLabel: 'Log-ratio margin m = Δ_w − Δ_l',
  marginValue: (m, f) => `${signed(m, f, 1)} nats`,
  lossLines: (p, b, f) => [
    `z = β·m = ${signed(p.z, f)} (TRL’s rewards/margins). Loss −log σ(z) = ${d3(p.loss, f)}${p.m === 0 ? ' = ln 2' : ''}; gradient weight σ(−z) = ${d3(p.weight, f)}, so the pair pushes with β·σ(−z) = ${d3(b * p.weight, f)} per unit of ∇m.`,
  ],
  lossChartTitle: 'Loss −log σ(β·m)',
  weightChartTitle: 'Gradient weight σ(−β·m)',
  curveLegend: (b, f) => `β = ${f.decimal(b, { digits: 2 })}`,
  refLegend: `β = ${DEFAULTS.beta} (Llama 3)`,
  markerLegend: 'the marker (m)',
  marginAxis: 'm = Δ_w − Δ_l (nats)',
  lossChartLabel: (p, [lo, hi], b, f) => `Line chart of the DPO loss −log σ(β·m) for β = ${f.decimal(b, { digits: 2 })}, m from −10 to 10 nats: it falls from ${d3(lo.loss, f)} to ${d3(hi.loss, f)}, through ln 2 at m = 0. Marker at m = ${signed(p.m, f, 1)}: ${d3(p.loss, f)}.`,
  weightChartLabel: (p, [lo, hi], b, f) => `Line chart of the gradient weight σ(−β·m) for β = ${f.decimal(b, { digits: 2 })}, m from −10 to 10 nats: it falls from ${d3(lo.weight, f)} to ${d3(hi.weight, f)}, one half at m = 0. Marker at m = ${signed(p.m, f, 1)}: ${d3(p.weight, f)}.`,
  nllLabel: 'NLL coefficient λ on the chosen reply',
  nllValue: (v, f) => `${f.decimal(v, { digits: 2 })}${Math.abs(v - DEFAULTS.nll) < 1e-9 ? ' (Llama 3)' : ''}`,
  tokenNllLabel: 'Assumed NLL per chosen token (nats)',
  tokenNllValue: (v, f) => f.decimal(v, { digits: 2 }),
  nllLines: (s, n, nll, f) => [
    `NLL per token λ·ℓ̄ = ${d3(s.perToken, f)} (${pct(s.perTokenShare, f)} of the loss), or summed over its ${f.int(n)} tokens λ·n·ℓ̄ = ${d3(s.summed, f)} (${pct(s.summedShare, f)}): the report does not say which.`,
    nll > 0
      ? `Push per chosen token: DPO β·σ(−z) = ${d3(s.gradDpo, f)}; NLL λ/n = ${d3(s.gradPerToken, f)} (per token) or λ = ${d3(s.gradSummed, f)} (summed).`
      : 'λ = 0: plain DPO, no NLL term.',
  ],
  nllPending: 'The chosen reply’s token count arrives with the tokenizer…',

  pairHeading: '2. A chat pair in Llama 3’s format, token by token',
  pairLegend: 'Pair',
  pairOption: { capital: 'Capital', repeat: 'One word', gradient: 'Chinese' },
  maskLabel: 'Mask header and end tokens (Llama 3)',
  pairNote: 'Pairs written for this page, in Llama 3’s real chat format and tokenizer. No model runs: the signs hold for any policy.',
  promptRow: 'Prompt (context only, the same in both)',
  chosenRow: 'Chosen reply',
  rejectedRow: 'Rejected reply',
  pushName: {
    prompt: 'context',
    masked: 'masked (not in the loss)',
    cancels: 'cancels (same token, same context)',
    up: 'pushed up',
    down: 'pushed down',
  },
  pushTag: { prompt: '', masked: 'mask', cancels: '0', up: '+', down: '−' },
  pushSpoken: { prompt: ' (context)', masked: ' (masked)', cancels: ' (cancels)', up: ' (pushed up)', down: ' (pushed down)' },
  tokenizerWaiting: 'The Llama 3 tokenizer loads when this figure is on screen.',
  tokenizerLoading: 'Loading the Llama 3 tokenizer…',
  tokenizerError: (m) => `The tokenizer did not load (${m}).`,
  retry: 'Try again',
  tokensRegion: (row) => `${row}: tokens`,
  countsCaption: 'Token counts of the pair',
  countsColumns: { what: 'Tokens', chosen: 'Chosen', rejected: 'Rejected' },
  countsRows: {
    total: 'in the formatted sequence', prompt: 'prompt (context)', response: 'assistant turn (header + reply + end)',
    content: 'reply text', masked: 'masked', inLoss: 'in the DPO sum', cancels: 'cancel with the other reply', effective: 'move the margin',
  },
  arithmeticLines: (a, weight, beta, nll, mask, f) => {
    const w = beta * weight;
    const c = a.chosen.counts, r = a.rejected.counts;
    const lines = [
      `Each chosen token in the sum is pushed up by β·σ(−z) = ${d3(w, f)}, each rejected one down by ${d3(w, f)}. ${f.count(c.cancels, 'token', 'tokens')} of each turn repeat the other’s after the same context${mask ? '' : ' (the header included)'}: +${d3(w, f)} − ${d3(w, f)} = 0. ${f.int(c.effective)} chosen and ${f.int(r.effective)} rejected tokens move the margin.`,
      mask
        ? `Masked: ${f.int(a.headerTokens)} header tokens and the final <|eot_id|> per reply. The header would cancel anyway; the <|eot_id|> would not (it follows different text).`
        : `The final <|eot_id|> follows different text in each reply and does not cancel: ending is raised after one and lowered after the other. Llama 3 masks it (“tail repetition or abruptly generating termination tokens”, §4.1.4).`,
    ];
    if (c.effective === 0) lines.push(`No chosen token moves the margin. Only the NLL term${nll > 0 ? '' : ' (off now)'} acts on the chosen reply${mask ? ', including where it ends' : ''}.`);
    else if (nll > 0) lines.push(`The NLL term adds +${d3(nll / c.nllTokens, f)} (λ/n, n = ${f.int(c.nllTokens)}: reply + <|eot_id|>) to every chosen token, cancelled ones too.`);
    return lines;
  },

  banditHeading: '3. Why the chosen reply’s probability can fall: a bandit',
  banditIntro: `A toy: one prompt, six answers, one pair (chosen “${W}”, rejected “${L}”); DPO from a uniform reference, SGD step ${BANDIT_LR}.`,
  policyLegend: 'Policy',
  policyOption: { shared: 'Shared φ ∈ R²', tabular: 'Tabular' },
  stepsGroup: 'DPO steps',
  stepNext: 'Step',
  stepValue: (s, f) => `after ${f.count(s, 'step', 'steps')}`,
  responseName: NAME,
  chosenTag: 'chosen',
  rejectedTag: 'rejected',
  barsCaption: 'π over the six answers: at the start and now',
  barsColumns: { response: 'Answer', features: 'φ', start: 'Start', now: 'Now' },
  banditLines: (b, kind, f) => {
    const first = b.run[0]!, last = b.run.at(-1)!;
    const steps = last.step;
    const g = b.biggestGain;
    const slope = last.slope;
    return [
      `π(${W}) ${pct(first.pi[BANDIT_CHOSEN]!, f)} → ${pct(last.pi[BANDIT_CHOSEN]!, f)}, π(${L}) → ${pct(last.pi[BANDIT_REJECTED]!, f)}, z = ${d3(last.z, f)}. ${b.chosenFell ? `The chosen answer lost probability while the margin grew; “${NAME[BANDIT_RESPONSES[g]!]}” gained most.` : steps === 0 ? 'No step yet.' : 'The chosen answer gained probability.'}`,
      kind === 'tabular'
        ? `Tabular: a step moves only two logits, +η and −η (η = lr·β·σ(−z)); d log π(${W})/dη = 1 − π(${W}) + π(${L}) = ${d3(slope, f)} > 0: on one pair π(${W}) never falls. (Shared, same steps: π(${W}) = ${pct(b.other.pi[BANDIT_CHOSEN]!, f)}.)`
        : `Shared: a step moves w along φ(${W}) − φ(${L}), and every logit with it; d log π(${W})/dη = (φ(${W}) − E_π[φ])·(φ(${W}) − φ(${L})) = ${d3(slope, f)}${slope < 0 ? ' < 0: it falls (likelihood displacement, Razin et al. 2024).' : '.'} (Tabular, same steps: π(${W}) = ${pct(b.other.pi[BANDIT_CHOSEN]!, f)}.)`,
    ];
  },

  announce: (p, b, kind, f) => `Loss ${d3(p.loss, f)}, weight ${d3(p.weight, f)} at m = ${signed(p.m, f, 1)}. ${kind === 'shared' ? 'Shared' : 'Tabular'} bandit after ${f.count(b.run.at(-1)!.step, 'step', 'steps')}: π(${W}) = ${pct(b.run.at(-1)!.pi[BANDIT_CHOSEN]!, f)}.`,
  notesSummary: 'Notes: what is real here and what is not',
  notes: [
    'Real: Llama 3’s chat format and tokenizer, the DPO loss (Rafailov et al. 2023, Eq. 7), β = 0.1 and the NLL coefficient 0.2 (report §4.1.4). Not real: the pairs (written for this page), the margin (set by you: no Llama 3 weights run here) and the NLL per token (assumed).',
    'The report says the NLL is added “with a scaling coefficient of 0.2” but not whether it is averaged per token or summed, nor whether it counts the termination token. Here it counts the reply and its <|eot_id|>.',
    'The report masks “special formatting tokens including header and termination tokens”. Here the mask covers the whole assistant header as Meta’s code writes it (<|start_header_id|>, assistant, <|end_header_id|>, "\\n\\n") and the final <|eot_id|>.',
    'The bandit is a toy with six answers and features of our choosing: its numbers are the toy’s. The closed form holds for every tabular softmax policy (tested with random logits).',
    'TRL logs β·Δ_w and β·Δ_l as rewards/chosen and rewards/rejected: “chosen rewards decrease during DPO” is the fall part 3 shows.',
  ],
  sourcesLabel: 'Sources:',
  sources: 'Rafailov et al. 2023 (DPO); Llama 3 report §4.1.4; Pang et al. 2024 (NLL term); Razin et al. 2024 and Pal et al. 2024 (likelihood displacement); meta-llama/llama-models, models/llama3/chat_format.py.',
};

export default words(messages, 'en', en);
