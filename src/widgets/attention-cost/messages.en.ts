// attention-cost's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { LONG_CONTEXT_STAGES } from '../../data/longContext';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { headDim } from '../../lib/llama';
import { messages, type AttentionCostMessages } from './messages';
import { LONG_CONTEXT_ROW, type BillRow, type CostIssue, type CostOk, type LimitKey } from './model';

const FIELD: Record<LimitKey, string> = { context: 'Context', docLen: 'Document length', tflops: 'Throughput' };
const flops = (n: bigint | number, f: Format) => f.sci(Number(n), { digits: 3 });
const tokens = (n: number, f: Format) => `${f.int(n)} ${n === 1 ? 'token' : 'tokens'}`;
const withShort = (n: number, f: Format) => (n >= 1_024 && f.binaryShort(n) !== f.int(n) ? `${tokens(n, f)} (${f.binaryShort(n)})` : tokens(n, f));
const days = (d: number, f: Format) => f.int(Math.round(d));
const COUNTING = { causal: 'the causal count', full: 'PaLM’s full-matrix count' } as const;

function issue(i: CostIssue, f: Format): string {
  switch (i.code) {
    case 'outOfRange': return `${FIELD[i.field]} must be a whole number from ${f.int(i.min)} to ${f.int(i.max)}.`;
    case 'unknownChoice': return i.field === 'model' ? 'Model must be llama3-8b, llama3-70b or llama3-405b.' : 'Count must be causal or full.';
  }
}

function formula(r: CostOk, f: Format): string {
  const m = MODELS[r.model];
  if (r.counting === 'causal') {
    return `Causal count (Kaplan et al.): 3 × (2·N_matmul + 2·L·T·d), N_matmul = ${f.int(r.row.flops.weights / 6n)}, ` +
      `L = ${f.int(m.layers)}, d = ${f.int(m.dim)}; a query sees T/2 keys on average.`;
  }
  return `PaLM’s count: 6N + 12·L·H·Q·T, N = ${f.int(r.row.flops.weights / 6n)} (all parameters), L = ${f.int(m.layers)}, ` +
    `H = ${f.int(m.heads)}, Q = ${f.int(headDim(m))}; the whole score matrix, no causal saving.`;
}

function billLabel(row: BillRow, f: Format): string {
  if (row.docLen !== null) return `${f.int(row.context)}, ${f.binaryShort(row.docLen)} documents`;
  return `all at ${f.int(row.context)}`;
}

export const en: AttentionCostMessages = {
  title: 'The quadratic bill of long context',
  summary: 'FLOPs per token of Llama 3’s weights against attention over 1K to 1M tokens, where the two are equal, the score ' +
    'matrix FlashAttention never stores, and the ~800B-token long-context stage priced at 8,192 and at 131,072 tokens.',

  modelLegend: 'Model',
  modelOption: (m) => MODELS[m].size,
  modelName: (m) => MODELS[m].name,
  contextSlider: 'Context',
  contextField: 'Context, exact tokens',
  tokens,
  tokensText: withShort,
  docSlider: 'Document length (mask)',
  docField: 'Document length, exact (0 = none)',
  docValue: (n, f) => (n === 0 ? 'none' : tokens(n, f)),
  tflopsField: 'Achieved TFLOP/s per GPU',
  tflopsHint: (f) => `Table 4’s ${f.int(CONTEXT_LLAMA31)}-token row: ${f.int(LONG_CONTEXT_ROW.tflopsPerGpu)}`,
  countLegend: 'How attention is counted',
  countOption: { causal: 'Causal (exact work)', full: 'Full matrix (PaLM)' },
  fieldError: (e, f) => wholeNumberError(FIELD[e.field], e, f, e.field === 'tflops' ? '' : ' (digits, or K = 1,024, M = 1,048,576)'),

  readoutHeading: (r, f) => `${MODELS[r.model].name} at ${tokens(r.context, f)}: FLOPs per training token`,
  readoutRows: {
    weights: 'Weights (matmuls)',
    attention: 'Attention',
    total: 'Total',
    share: 'Attention’s share',
    masked: (d, f) => `Attention with ${f.int(d)}-token documents`,
  },
  formula,
  crossover: (r, f) => {
    const t = Math.round(r.row.crossover);
    const rule = r.counting === 'causal' ? 'N_matmul/(L·d)' : 'N/(2·L·H·Q)';
    const head = `Attention equals the weights at ${rule} = ${tokens(t, f)}; ` +
      (r.context >= r.row.crossover ? `at ${f.int(r.context)} it is past them.` : `at ${f.int(r.context)} it is still below them.`);
    if (r.docLen === null) return head;
    return head + (r.row.maskedReaches
      ? ` With ${f.int(r.docLen)}-token documents it still gets there: the documents are longer than that.`
      : ` With ${f.int(r.docLen)}-token documents it never does: it stops growing at ${f.int(r.docLen)}.`);
  },
  docTooLong: (d, f) => `A document of ${tokens(d.docLen, f)} does not fit in a context of ${f.int(d.context)}: ` +
    'documents are packed into the sequence, so none can be longer. The masked curve is left out until the document length is at most the context.',
  docTooLongReason: (context, f) => `must be at most context = ${f.int(context)}`,
  announce: (r, f) => {
    const masked = r.row.masked ? `; with ${f.int(r.docLen!)}-token documents ${f.percent(Number(r.row.masked.attention) / Number(r.row.masked.total), { digits: 1 })}` : '';
    return `${MODELS[r.model].name} at ${f.int(r.context)} tokens, ${COUNTING[r.counting]}: attention is ${f.percent(r.row.share, { digits: 1 })} of ` +
      `${flops(r.row.flops.total, f)} training FLOPs per token${masked}; it equals the weights at ${f.int(Math.round(r.row.crossover))} tokens. ` +
      `Long-context stage: ${days(r.bill.short.gpuDays, f)} to ${days(r.bill.long.gpuDays, f)} GPU-days at ${f.int(r.tflops)} TFLOP/s.`;
  },

  chartTitle: 'Training FLOPs per token (log scale)',
  legend: {
    weights: 'weights (flat)',
    attention: 'attention',
    masked: (d, f) => `attention with ${f.binaryShort(d)}-token documents`,
    crossover: 'attention = weights',
    chosen: 'chosen context',
    selected: 'thick: chosen model',
  },
  endLabel: { weights: 'weights', attention: 'attention', masked: 'masked' },
  axisTitle: ['context T, tokens', '(log scale; K = 1,024)'],
  axisTitleLine: 'context T, tokens (log scale; K = 1,024)',
  chosenLabel: (c, f) => f.binaryShort(c),
  chartLabel: (r, f) => {
    const w = r.rows.map((row) => `${MODELS[row.model].size} ${flops(row.flops.weights, f)}`).join(', ');
    const x = r.rows.map((row) => `${f.int(Math.round(row.crossover))} (${MODELS[row.model].size})`).join(', ');
    const m = r.docLen === null ? '' : ` The dotted line is ${MODELS[r.model].size}’s attention with ${f.int(r.docLen)}-token documents, flat from ${f.int(r.docLen)} on.`;
    return `Chart of training FLOPs per token against context, log scales from 1,024 to 1,048,576 tokens, ${COUNTING[r.counting]}. ` +
      `Weights, flat: ${w}. Attention grows in proportion to the context and equals the weights at ${x} tokens.${m} ` +
      `Chosen context ${f.int(r.context)}.`;
  },
  chartNote: (r, f) => `Under the document mask a token attends only within its ${f.int(r.docLen ?? 0)}-token document, so its ` +
    'attention stops growing there, whatever the context.',
  conventionNote: (r, f, name) => [
    'The causal count is the work done; ', name('PaLM'), '’s, used for MFU, counts the full matrix (', name('torchtitan'),
    ': “we follow the convention and do not account for sparsity in causal attention”). The report does not say which ' +
    `its TFLOPs and MFU (Table 4) use, nor which peak. Here ${COUNTING[r.other.counting]} gives ${flops(r.other.flops.total, f)} ` +
    `(attention ${f.percent(r.other.share, { digits: 1 })}).`,
  ],

  memoryHeading: 'The score matrix that is never stored',
  memory: (m, r, f) => `A naive attention writes each head’s n × n scores to GPU memory; a tiled kernel computes them block by ` +
    `block on chip and keeps O(n) statistics, ${f.int(m.ratio)}× less (n/4). At n = ${f.int(r.context)}, ${MODELS[r.model].size}:`,
  memoryRows: { naive: 'Naive: n × n scores (bf16)', flash: 'Tiled: m and ℓ per row (fp32)', perHead: 'One head', perLayer: (h, f) => `One layer (${f.int(h)} heads)` },
  memoryNote: (name) => [
    name('FlashAttention'), ' (', name('Dao'), ' et al. 2022, §3.1) keeps per query row the softmax statistics m (row max) and ' +
    'ℓ (row sum), counted as fp32, and recomputes the scores in the backward pass. One sequence.',
  ],

  billHeading: 'The bill of the long-context stage',
  billIntro: (b, f) => [
    `${MODELS[b.model].name}’s long-context stage: about ${f.short(b.tokens, { digits: 1, trim: true })} tokens (`,
    { cite: 'Report §3.4.2' }, `), priced all at ${f.int(CONTEXT_LLAMA3)} and all at ${f.int(CONTEXT_LLAMA31)}.`,
  ],
  billColumns: { context: 'Sequence', perToken: 'Per token', flops: 'Training FLOPs', gpuDays: () => 'GPU-days' },
  billRow: billLabel,
  billDelta: (b, f) => `${f.ratio(b.ratio)} as much at ${f.int(CONTEXT_LLAMA31)}: ${flops(b.extraFlops, f)} more FLOPs, ` +
    `${days(b.extraGpuDays, f)} more GPU-days (FLOPs ÷ (TFLOP/s × 10¹² × 86,400 s)).`,
  billHonesty: (f) => [
    `The report gives the ${f.int(LONG_CONTEXT_STAGES.value)} stages’ token total, not their lengths (`, { cite: 'Report §3.4.2' },
    `): the window grew from ${f.int(CONTEXT_LLAMA3)}, so the real bill lies between these rows. These are the two ends, ` +
    'not Meta’s cost, and they hold only if the throughput was measured with the same count.',
  ],
  billOtherModel: (m) => `The bill is the 405B’s at any model choice: the ~800B tokens and Table 4 are its; the report says ` +
    `only that ${MODELS[m].size}’s recipe was “similar”.`,

  dataSummary: 'Data: the three sizes at the chosen context',
  dataCaption: (c, counting, f) => `Training FLOPs per token at ${f.int(c)} tokens, ${COUNTING[counting]}`,
  dataColumns: { model: 'Model', weights: 'Weights', attention: 'Attention', share: 'Attention share', crossover: 'Equal at (tokens)' },
  dataRow: (row, selected) => `${MODELS[row.model].name}${selected ? ' (chosen)' : ''}`,

  sources: (f, name) => [
    'Sources: shapes, ', { cite: 'Report Table 3' }, '; ~800B tokens in six stages, ', { cite: 'Report §3.4.2' },
    `; ${f.int(LONG_CONTEXT_ROW.tflopsPerGpu)} TFLOPs/GPU, `, { cite: 'Report Table 4' },
    '; counts, ', name('Kaplan'), ' et al. 2020 and ', name('Chowdhery'), ' et al. 2022 (PaLM); FlashAttention, ', name('Dao'),
    ' et al. 2022 (arXiv 2205.14135). Everything else is computed.',
  ],

  impossible: 'This state cannot be computed.',
  issue,
  fieldName: FIELD,
};

export default words(messages, 'en', en);
