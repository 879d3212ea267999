// param-counter's English words (the interface, with what each key is for: messages.ts).
import { en as shell } from '../../components/messages.en';
import { MODELS, type ModelConfig } from '../../data/models';
import type { ModelChoice } from './model';
import { words } from '../../i18n/react';
import { messages, type ParamCounterMessages } from './messages';
import { FIELD_LABEL, FIELD_NAME, TIED_LABEL, fieldError } from './fieldWords.en';

// ── The catalogue ──────────────────────────────────────────────────────────────────────────────

const modelName = (choice: ModelChoice) => (choice === 'custom' ? shell.customModel : MODELS[choice].name);

/** Which release a default context belongs to, and where that is documented. */
function ctxDefault(m: ModelConfig): { text: string; cite: string } {
  return m.family === 'llama2'
    ? { text: `${m.name}’s whole window`, cite: m.contextCite }
    : {
      text: `the context of Llama 3.1’s standard pre-training, before long-context training (and the whole window of the April 2024 Llama 3${m.earlier ? ` ${m.size}` : ''})`,
      cite: 'Report §3.4; Meta Llama 3 model card',
    };
}

export const en: ParamCounterMessages = {
  title: 'Parameter, memory and FLOPs counter',
  summary: 'Exact parameter count of any Llama-style decoder, where the parameters sit, the memory its weights take, and the FLOPs to run and train it.',
  modelName,
  modelLabel: 'Model',
  presetHint: (m) => [
    'The fields show this model’s published shapes',
    ...(m.earlier ? [' (the same as ', m.earlier.name, ', ', m.earlier.date, ')'] : []),
    `. Editing any field switches to ${shell.customModel}. Source: `,
    { cite: m.source },
    '.',
  ],
  customHint: 'Type any shape. Counts stay exact at every size.',
  fieldName: FIELD_NAME,
  fieldLabel: FIELD_LABEL,
  tiedLabel: TIED_LABEL,
  fieldError,
  unusedReason: (preset) => `used only with model=custom; ${modelName(preset)} has its own shape`,
  parametersUnit: 'parameters',
  totalShort: (total, f) => `≈ ${f.params(total)}`,
  derived: (headDim, g, f) =>
    `Head dimension d_h = d ÷ H = ${f.int(headDim)}; ${f.int(g)} query head${g === 1 ? '' : 's'} per key/value head (${g === 1 ? 'multi-head attention' : 'grouped-query attention'}).`,
  invalid: 'No numbers: this configuration is not valid. Fix the fields marked above.',
  announceTotal: (choice, total, f) => `${modelName(choice)}: ${f.int(total)} parameters, about ${f.params(total)}.`,
  announceInvalid: 'No numbers: this configuration is not valid.',

  breakdownHeading: 'Where the parameters are',
  viewLegend: 'Show',
  view: { absolute: 'Parameters', share: 'Share of total' },
  component: {
    embedding: 'Embedding',
    attnQ: 'Attention Q',
    attnK: 'Attention K',
    attnV: 'Attention V',
    attnO: 'Attention O',
    ffn: 'Feed-forward',
    norms: 'RMSNorm',
    lmHead: 'LM head',
  },
  sharedFormula: 'shared with the embedding',
  breakdownSummary: 'Data table: exact count per component',
  breakdownCaption: 'Parameters by component',
  breakdownColumns: { component: 'Component', shape: 'Shape', params: 'Parameters', share: 'Share' },
  total: 'Total',

  memoryHeading: 'Memory for the weights',
  memoryScroll: 'Memory for the weights, by precision',
  memoryCaption: 'Bytes needed to store the weights at each precision',
  memoryColumns: { precision: 'Precision', bytes: 'Bytes, exact', size: 'Size' },
  bytesPerParam: (bytes, f) => `${f.decimal(bytes, { trim: true })} byte${bytes === 1 ? '' : 's'} per parameter`,
  memoryNote: 'Computed: the exact parameter count × bytes per parameter. Weights only: the KV cache, activations and optimizer state come on top.',

  computeHeading: 'Compute',
  forwardHeading: 'Forward pass, per token',
  ctxLabel: 'Context T (tokens)',
  ctxNote: (source, choice, from, ctx, f) => {
    const d = ctxDefault(from);
    return source === 'default'
      ? [f.int(ctx), ' tokens', choice === 'custom' ? ' (the default)' : '', ': ', d.text, '. Source: ', { cite: d.cite }, '.']
      : ['Your own context; ', choice === 'custom' ? 'the default' : `${MODELS[choice].name}’s default`, ' is ', f.int(ctx), ', ', d.text, ' (', { cite: d.cite }, ').'];
  },
  eqLinear: (matmulParams, f) => `2 × ${f.int(matmulParams)} weights in matrix products = `,
  eqAttention: (layers, ctx, dim, f) => `+ 2 × L × T × d = 2 × ${f.int(layers)} × ${f.int(ctx)} × ${f.int(dim)} = `,
  eqAttentionAfter: ' for attention over the context',
  eqForwardTotal: (total, f) => `= ${f.int(total)} FLOPs per token ≈ ${f.sci(Number(total), { digits: 3 })}`,
  forwardNote: (twoN, f) => [
    'After Kaplan et al. (2020), Table 1: two FLOPs per weight in a matrix product (attention, feed-forward, LM head), '
    + 'plus the QKᵀ and AV products averaged over a causal sequence. The embedding lookup and the norm gains are not '
    + 'matrix products. ',
    `For comparison, 2N = ${f.int(twoN)}.`,
  ],
  trainingHeading: 'Training, C = 6 · N · D',
  tokensLabel: 'Training tokens D',
  tokensNote: (source, choice, t) => {
    if (choice === 'custom') {
      return ['A custom shape has no documented token count', ...(source === 'default' ? ['; the default is Llama 3’s ', t.text, ' (', { cite: t.cite }, ')'] : ['']), '.'];
    }
    const name = MODELS[choice].name;
    return source === 'default'
      ? [name, ' was pre-trained on ', t.text, ' tokens', t.note ? ` (${t.note})` : '', '. Source: ', { cite: t.cite }, '.']
      : ['Your own count; ', name, ' was pre-trained on ', t.text, ' tokens (', { cite: t.cite }, ').'];
  },
  eqTrainingProduct: (total, tokens, f) => `6 × ${f.int(total)} × ${f.int(tokens)}`,
  eqTrainingExact: { before: '= ', after: ' FLOPs' },
  eqTrainingApprox: (flops, f) => `≈ ${f.sci(Number(flops), { digits: 3 })} FLOPs`,
  reportCheck: ({ stated, relative }, f) => [
    'The report gives ', f.sci(stated.value), ' FLOPs for this run (', { cite: stated.cite }, '); 6·N·D with the exact count is ',
    f.percent(Math.abs(relative)), ' ', relative < 0 ? 'below' : 'above', ' it.',
  ],
  trainingNote: 'Computed here: 6 × the exact parameter count above × D (forward and backward pass, after Kaplan et al. 2020): an estimate, not a figure from the report.',

  describe: (s, f) => {
    if (!s.ok) {
      const msgs = s.problems.map(({ field, problem }) => `${FIELD_NAME[field]}: ${fieldError(field, problem, f)}`);
      return `This configuration is not valid, so no totals are shown. ${msgs.join(' ')}`;
    }
    const parts = [
      `${modelName(s.model)}: ${f.int(s.total)} parameters (${f.params(s.total)}).`,
      `Feed-forward ${f.percent(s.shares.ffn)}, attention ${f.percent(s.shares.attention)}, embedding and LM head ${f.percent(s.shares.vocab)}${s.tied ? ' (shared)' : ''}, norms ${f.percent(s.shares.norms)}.`,
      `Weights in bf16: ${f.bytes(s.bf16Bytes, { units: 'decimal', digits: 4 })} (${f.bytes(s.bf16Bytes, { digits: 4 })}).`,
    ];
    if (s.forward) parts.push(`Forward pass: about ${f.sci(Number(s.forward.flops), { digits: 3 })} FLOPs per token at a context of ${f.int(s.forward.ctx)} tokens.`);
    if (s.training) parts.push(`Training on ${f.short(s.training.tokens, { trim: true })} tokens: 6·N·D ≈ ${f.sci(Number(s.training.flops), { digits: 3 })} FLOPs.`);
    return parts.join(' ');
  },
};

export default words(messages, 'en', en);
