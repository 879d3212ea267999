// kv-cache's English words (the interface, with what each key is for: messages.ts).
import type { Cited } from '../../components/Cite';
import { en as shell } from '../../components/messages.en';
import { GPUS, GPU_MEMORY_NOTE } from '../../data/gpus';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, type ModelConfig } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { ShapeField } from '../../lib/llama';
import { messages, type KvCacheMessages } from './messages';
import type { AttentionKind, KvIssue, KvOk, ModelChoice } from './model';

const plural = (n: number | bigint, one: string, many: string) => (n === 1 || n === 1n ? one : many);

const SHAPE_FIELD: Record<ShapeField, string> = {
  dim: 'Width', layers: 'Layers', heads: 'Query heads', kvHeads: 'KV heads', headDim: 'Head dimension', ffnDim: 'FFN width', vocab: 'Vocabulary',
};
const ATTENTION_SHORT: Record<AttentionKind, string> = { mha: 'MHA', gqa: 'GQA', mqa: 'MQA' };
const ATTENTION_NAME: Record<AttentionKind, string> = {
  mha: 'multi-head attention',
  gqa: 'grouped-query attention',
  mqa: 'multi-query attention',
};
const AXIS: readonly [string, string] = ['context, tokens per sequence', '(log scale; K = 1,024)'];

/** "fits in one H100 (80 GB nominal)" or "needs at least 3 H100s (80 GB nominal each) just to be held". */
function holds(r: KvOk, f: Format): string {
  return r.gpusToHold <= 1
    ? `fits in one ${r.gpu.short} (${r.gpu.memoryLabel})`
    : `needs at least ${f.int(r.gpusToHold)} ${r.gpu.short}s (${r.gpu.memoryLabel} each) just to be held`;
}

function issue(i: KvIssue, f: Format): string {
  switch (i.code) {
    case 'outOfRange':
      return `${SHAPE_FIELD[i.field]} must be a whole number from ${f.int(i.min)} to ${f.int(i.max)}.`;
    case 'exceedsHeads':
      return `KV heads (${f.int(i.kvHeads)}) cannot outnumber query heads (${f.int(i.heads)}): each KV head serves at least one query head.`;
    case 'notDivisor':
      return `Query heads (${f.int(i.heads)}) must be a multiple of KV heads (${f.int(i.kvHeads)}), so that every KV head serves the same number of query heads.`;
    // Not produced here (the shape has a head dimension but no width, and odd head dimensions are allowed), worded for completeness.
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `Query heads (${f.int(i.heads)}) must divide the width (${f.int(i.dim)}).`;
    case 'notMultipleOfHeadDim':
      return `The width (${f.int(i.dim)}) must be a multiple of the head dimension (${f.int(i.headDim)}).`;
    case 'oddHeadDim':
      return `The head dimension (${f.int(i.headDim)}) must be even.`;
    case 'countOutOfRange':
      return `${i.field === 'context' ? 'Context' : 'Batch size'} must be a whole number from ${f.int(i.min)} to ${f.int(i.max)}.`;
    case 'unknownChoice':
      switch (i.field) {
        case 'model': return 'Choose one of the listed models or a custom shape.';
        case 'attention': return 'Attention must be MHA, GQA or MQA.';
        case 'dtype': return 'Precision must be fp32, bf16, fp8 or int4.';
        case 'gpu': return 'GPU must be H100 or H200.';
      }
  }
}

function modelName(model: ModelChoice | null, preset: ModelConfig | null): string {
  return preset ? preset.name : model === 'custom' ? shell.customModel : 'Unknown model';
}

export const en: KvCacheMessages = {
  title: 'KV-cache calculator',
  summary: 'Exact KV-cache bytes for the Llama models with multi-head, grouped-query or multi-query attention, against weight memory, GPU memory and the bandwidth limit on decoding speed.',
  modelLabel: 'Model',
  attentionLegend: 'Attention (KV heads stored)',
  attentionShort: ATTENTION_SHORT,
  attentionOption: (kind, kvHeads, f) => `${ATTENTION_SHORT[kind]} · ${kvHeads === null ? '?' : f.int(kvHeads)}`,
  count: {
    context: { label: 'Context', fieldLabel: 'Context, exact tokens', value: (n, f) => `${f.int(n)} ${plural(n, 'token', 'tokens')}` },
    batch: { label: 'Batch', fieldLabel: 'Batch, exact sequences', value: (n, f) => `${f.int(n)} ${plural(n, 'sequence', 'sequences')}` },
  },
  countSlider: (label) => `${label} (powers of two)`,
  countWithShort: (value, short) => `${value} (${short})`,
  precisionLegend: 'Precision of cache and weights',
  dtypeOption: { fp32: 'fp32 · 4 B', bf16: 'bf16 · 2 B', fp8: 'fp8 · 1 B', int4: 'int4 · ½ B' },
  gpuLegend: 'GPU',
  unitsLegend: 'Units',
  unitOption: { gib: 'GiB (2³⁰ B)', gb: 'GB (10⁹ B)' },
  customField: { layers: 'Layers', heads: 'Query heads', kvHeads: 'KV heads (GQA)', headDim: 'Head dimension' },
  countError: (label, { failure, value, min, max, suffixes }, f) => {
    const range = `from ${f.int(min)} to ${f.int(max)}`;
    switch (failure) {
      case 'tooLong': return `${label}: that is too long. Type a whole number ${range}.`;
      case 'tooSmall':
      case 'tooLarge': return `${label} must be ${range}${value === undefined ? '' : `; that is ${f.int(value)}`}.`;
      default: {
        const hint = suffixes ? ' (digits, or with K = 1,024 and M = 1,048,576, e.g. 128K)' : ' (digits only)';
        return `${label}: type a whole number ${range}${hint}.`;
      }
    }
  },

  modelName,

  impossible: 'This shape is impossible, so nothing is computed.',
  issue,
  impossibleAnnounced: (issues) => `This shape is impossible: ${issues.join(' ')}`,

  announce: (r, units, f) => {
    const size = `KV cache for ${f.int(r.batch)} × ${f.int(r.context)} tokens: ${f.bytesExact(r.totalBytes, { units }).text} (${f.int(r.totalBytes)} bytes).`;
    const ratio = r.cacheToWeights === null ? '' : ` ${f.rate(r.cacheToWeights)} times the weights.`;
    const what = r.weightBytes === null ? 'The cache alone' : 'Weights and cache';
    const hold = r.gpusToHold <= 1 ? ` ${what} ${r.weightBytes === null ? 'fits' : 'fit'} in one ${r.gpu.short}.` : ` ${what} need at least ${f.int(r.gpusToHold)} ${r.gpu.short}s.`;
    return size + ratio + hold;
  },
  cacheHeading: (batch, context, f) => `KV cache, ${f.int(batch)} × ${f.int(context)} tokens`,
  exactBytes: (bytes, f) => `${f.int(bytes)}\u00a0bytes`,
  sizeEquals: (size) => (size.exact ? `= ${size.text}` : size.text),
  formula: (r, units, f, strong) => [
    `2 (K and V) × ${f.int(r.shape.layers)} layers × ${f.int(r.kvHeads)} KV ${plural(r.kvHeads, 'head', 'heads')} × ${f.int(r.shape.headDim)} dims` +
    ` × ${f.decimal(r.bytesPerElement, { digits: 1, trim: true })} ${plural(r.bytesPerElement, 'byte', 'bytes')} = `,
    strong(`${f.int(r.bytesPerToken)} bytes per token`),
    ` (${f.bytesExact(r.bytesPerToken, { units }).text}), then × ${f.int(r.context)} tokens × ${f.int(r.batch)} ${plural(r.batch, 'sequence', 'sequences')}.` +
    (r.groupSize > 1 ? ` Each KV head serves ${f.int(r.groupSize)} query heads.` : ''),
  ],
  customMemory: (r, f) =>
    `Weights are not shown for a custom shape (its width, feed-forward size and vocabulary are not given). The cache alone ${holds(r, f)}.`,
  cacheToWeights: (r, f, strong) => {
    const ratio = r.cacheToWeights;
    const which = ratio > 1 ? '(the cache is larger than the weights)' : ratio < 1 ? '(the weights are larger than the cache)' : '(as large as the weights)';
    return ['KV cache ÷ weights: ', strong(f.ratio(ratio)), ` ${which} for ${f.int(r.batch)} × ${f.int(r.context)} tokens in ${r.dtype}.`];
  },
  memory: (r, units, f) =>
    `Weights in ${r.dtype} (${f.int(r.parameters)} parameters): ${f.int(r.weightBytes)} bytes (${f.bytesExact(r.weightBytes, { units }).text}). ` +
    `Weights + cache ${en.sizeEquals(f.bytesExact(r.residentBytes, { units }))}: ${holds(r, f)}.`,
  decodeHeading: 'Decoding speed, bounded by memory bandwidth',
  decode: (r, units, f, strong) => {
    const d = r.decode;
    const cache = f.bytesExact(r.totalBytes, { units }).text;
    const reads = d.includesWeights && r.weightBytes !== null
      ? `all weights (${f.bytesExact(r.weightBytes, { units }).text}) and the whole cache (${cache})`
      : `the whole cache (${cache}; weights unknown for a custom shape)`;
    const bandwidth = `${f.bytes(r.gpu.bandwidthBytesPerSecond, { units: 'decimal' })}/s`;
    return [
      `Each decode step produces one token per sequence and reads ${reads}: ${f.int(d.bytesPerStep)} bytes. ` +
      `At the ${r.gpu.name}’s ${bandwidth} that takes at least ${f.duration(d.secondsPerStep)}, so at most `,
      strong(`${f.rate(d.tokensPerSecondPerSequence)} tokens/s per sequence`),
      `${r.batch > 1 ? ` (${f.rate(d.tokensPerSecond)} tokens/s over the batch of ${f.int(r.batch)})` : ''}.`,
    ];
  },
  decodeCaveat: (r, units, f) =>
    'An idealised upper bound: every step reads all weights once and the cache once at peak bandwidth; compute, ' +
    'kernel overheads, activations and communication between GPUs are ignored' +
    (r.gpusToHold > 1
      ? `, and it pretends one ${r.gpu.short} could hold all ${f.bytesExact(r.residentBytes, { units }).text} (it cannot: real deployments split the model over several GPUs)`
      : '') +
    `. Bandwidth: NVIDIA’s published peak for the ${r.gpu.short}.`,
  note: (n, name, f) => {
    switch (n.code) {
      case 'beyondWindow':
        return `${name} was released with a ${f.int(n.window)}-token window; longer contexts here are arithmetic only.`;
      case 'hypotheticalAttention':
        return `${name} as released stores ${f.int(n.releasedKvHeads)} KV heads; this ${ATTENTION_SHORT[n.attention]} variant with ${f.int(n.kvHeads)} is hypothetical (same shapes otherwise).`;
      case 'multiHeadModel':
        return `${name} uses multi-head attention: its own KV heads equal its ${f.int(n.heads)} query heads, so GQA and MHA coincide.`;
      case 'int4Scales':
        return 'int4 counts half a byte per number and ignores the scale factors real 4-bit formats also store.';
    }
  },
  sources: (r, f) => {
    const m = r.preset;
    const model: Cited = m
      ? [
        `shapes of ${m.name}: `, { cite: m.source }, `; its window, ${f.int(m.contextTokens)} tokens: `, { cite: m.contextCite },
        ...(m.earlier ? [` (${m.earlier.name}, ${m.earlier.date}: ${f.int(m.earlier.contextTokens)}, `, { cite: m.earlier.contextCite }, ')'] : []),
      ]
      : ['the custom shape is yours'];
    return [
      'Sources: ', ...model, `; ${r.gpu.short}: `, { cite: r.gpu.cite },
      `. ${GPU_MEMORY_NOTE} The default context, ${f.int(CONTEXT_LLAMA31)} tokens, is the Llama 3.1 window; ` +
      `the April 2024 Llama 3 models had ${f.int(CONTEXT_LLAMA3)}. Every other number is computed from these and the controls above.`,
    ];
  },

  legendSeries: (kind, kvHeads, chosen, f) => `${ATTENTION_SHORT[kind]} (${f.int(kvHeads)} KV ${plural(kvHeads, 'head', 'heads')})${chosen ? ', chosen' : ''}`,
  legendWeights: 'weights',
  legendGpu: 'GPU memory (nominal)',
  chartTitle: (description) => `Chart of KV-cache size against context, log scales. ${description}`,
  axisTitle: AXIS,
  axisTitleLine: AXIS.join(' '),
  maxContext: (short) => `max ${short}`,
  gpuLine: (gpu, f) => `${GPUS[gpu].short} ${f.bytes(GPUS[gpu].memoryBytes, { units: 'decimal' })}`,
  weightsLine: (dtype) => `weights (${dtype})`,

  dataSummary: (r, f) => `Data: cache size by context (${r.dtype}, batch ${f.int(r.batch)})`,
  dataScroll: (r, f) => `KV-cache size by context, ${r.dtype}, batch ${f.int(r.batch)}`,
  dataCaption: (name) => `KV-cache size of ${name} for each attention kind and context`,
  contextColumn: 'Context (tokens)',
  attentionColumn: (kind, kvHeads, f) => `${ATTENTION_SHORT[kind]} (${f.int(kvHeads)} KV)`,
  contextRow: (context, chosen, f) => `${f.int(context)}${chosen ? ' (chosen)' : ''}`,
  bytesCell: (bytes, f) => `${f.int(bytes)} B`,
  tableNote: (r, gpus, f) =>
    `Per token: ${(['mha', 'gqa', 'mqa'] as const).map((k) => `${ATTENTION_SHORT[k]} ${f.int(r.variants[k].bytesPerToken)} B`).join(', ')}.` +
    (r.weightBytes !== null ? ` Weights: ${f.int(r.weightBytes)} B.` : '') +
    ` GPU memory (nominal): ${gpus.map((g) => `${GPUS[g].short} ${f.int(GPUS[g].memoryBytes)} B`).join(', ')}.`,

  describe: (s, f) => {
    if (!s.ok) return `${modelName(s.model, s.preset)}: the configuration is impossible. ${s.errors.map((i) => issue(i, f)).join(' ')}`;
    const { units } = s;
    const head = `${modelName(s.model, s.preset)} with ${ATTENTION_NAME[s.attention]} (${f.int(s.kvHeads)} KV ${plural(s.kvHeads, 'head', 'heads')} for ${f.int(s.heads)} query heads), ${s.dtype}, ${f.int(s.context)} tokens, batch ${f.int(s.batch)}`;
    const cache = `KV cache ${f.int(s.totalBytes)} bytes (${f.bytesExact(s.totalBytes, { units }).text}), ${f.int(s.bytesPerToken)} bytes per token`;
    const compared = s.alternatives.map((a) => `${ATTENTION_NAME[a.attention]} would need ${f.bytesExact(a.totalBytes, { units }).text}`).join('; ');
    const weights = s.weightBytes !== null && s.cacheToWeights !== null
      ? `Weights ${f.bytesExact(s.weightBytes, { units }).text}; the cache is ${f.ratio(s.cacheToWeights)} the weights.`
      : 'Weights unknown for a custom shape.';
    const speed = `Idealised upper bound on decoding with one ${s.gpu.name}: ${f.rate(s.tokensPerSecondPerSequence)} tokens per second per sequence.`;
    return `${head}: ${cache}.${compared ? ` ${compared.charAt(0).toUpperCase()}${compared.slice(1)}.` : ''} ${weights} ${speed}`.replace(/\s+/g, ' ');
  },
};

export default words(messages, 'en', en);
