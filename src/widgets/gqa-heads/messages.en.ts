// gqa-heads's English words (the interface, with what each key is for: messages.ts).
import type { Format } from '../../lib/format';
import { MAX_SEED, type AttentionKind, type GroupRange } from './model';
import { words } from '../../i18n/react';
import { messages, type GqaHeadsMessages } from './messages';

// ── English ─────────────────────────────────────────────────────────────────────────────────────

const heads = (n: number, f: Format, one = 'head', many = 'heads') => `${f.int(n)} ${n === 1 ? one : many}`;
const q = (h: number) => `q${h}`;

const KIND_SHORT: Record<AttentionKind, string> = { MHA: 'MHA', GQA: 'GQA', MQA: 'MQA', single: 'One head' };
const KIND_LABEL: Record<AttentionKind, string> = {
  MHA: 'multi-head attention (MHA)',
  MQA: 'multi-query attention (MQA)',
  GQA: 'grouped-query attention (GQA)',
  single: 'a single head (MHA and MQA coincide)',
};

/** "K/V head 0: query heads 0–3. K/V head 1: query heads 4–7." */
function groupsSentence(groups: readonly GroupRange[]): string {
  return groups.map((r) => `K/V head ${r.group}: ${r.first === r.last ? `query head ${r.first}` : `query heads ${r.first}–${r.last}`}.`).join(' ');
}

export const en: GqaHeadsMessages = {
  title: 'Grouped-query attention: which query heads share keys and values',
  summary:
    'Choose query and key/value heads (MHA, GQA, MQA), see which query heads read which K/V head, and run real causal attention to measure how much mean-pooling the K/V heads changes the output.',
  headsLabel: 'Query heads',
  headsValue: (n, f) => heads(n, f, 'query head', 'query heads'),
  kvLabel: 'Key/value heads',
  kvValue: (kv, perGroup, f) => `${heads(kv, f, 'key/value head', 'key/value heads')}, ${heads(perGroup, f, 'query head', 'query heads')} each`,
  kvHint: (n, allowed, f) => `Only divisors of ${f.int(n)}: ${allowed.map((k) => f.int(k)).join(', ')}.`,
  presetsLabel: 'Named settings',
  presetKv: (kv, f) => `${f.int(kv)} K/V`,
  presetModel: (name, h, kv, f) => `${name}: ${f.int(h)} → ${f.int(kv)}`,
  tokensLabel: 'Tokens',
  tokensValue: (n, f) => `${f.int(n)} tokens`,
  similarityLabel: 'Similarity of K/V heads',
  similarityValue: (p, f) => `key and value heads ${f.int(p)} percent alike`,
  similarityHint: 'Correlation between any two K (or V) heads of the multi-head layer.',
  seedLabel: 'Seed',
  newSeed: 'New random data',
  seedError: (failure, f) => (failure === 'tooLarge' ? `The largest seed is ${f.int(MAX_SEED)}.` : `Type a whole number from 0 to ${f.int(MAX_SEED)}.`),
  adjustReason: (a, f) => {
    if (a.key === 'head') return `the ${f.int(a.heads)} query ${a.heads === 1 ? 'head is' : 'heads are'} numbered 0 to ${a.to}`;
    switch (a.issue.code) {
      case 'exceedsHeads':
        return `cannot exceed heads = ${f.int(a.issue.heads)}`;
      case 'notDivisor':
        return `must divide heads = ${f.int(a.issue.heads)} into equal groups; ${f.int(a.to)} is the nearest divisor`;
      // Not produced here (heads and kvHeads are clamped into range first), worded for completeness.
      default:
        return `must divide heads into equal groups; ${f.int(a.to)} is the nearest divisor`;
    }
  },

  kindShort: KIND_SHORT,
  mode: (s, f, strong) => (s.kind === 'single'
    ? [strong(KIND_SHORT.single), ': MHA and MQA coincide.']
    : [
      strong(KIND_SHORT[s.kind]), `: ${heads(s.heads, f, 'query head', 'query heads')} read ${heads(s.kvHeads, f, 'key/value head', 'key/value heads')}, ` +
      `${f.int(s.groupSize)} per group. Keys and values to cache: ${f.int(s.kvHeads)} of ${f.int(s.heads)} heads (${f.percent(s.cacheShare, { digits: 1 })} of MHA).`,
    ]),
  diagramQueries: 'query heads',
  diagramKv: 'key/value heads (cached)',
  queryBox: (h, wide) => (wide ? q(h) : `${h}`),
  kvBox: (g, wide) => (wide ? `K/V ${g}` : `${g}`),
  group: (r) => `K/V ${r.group}: ${r.first === r.last ? q(r.first) : `${q(r.first)}–${q(r.last)}`}`,
  groupsSentence,
  shapesNote: (shapes, f, cite, code) => [
    cite('Report Table 3'),
    `: ${shapes.map((s) => `${s.name} ${f.int(s.heads)} → ${f.int(s.kvHeads)}`).join(' · ')} (query → key/value heads). ` +
    'Group of query head h: g = ⌊h / (H/KV)⌋, as in ',
    code('repeat_kv'),
    '.',
  ],

  shownLabel: 'Query head shown',
  shownValue: (h, g) => `${q(h)} → K/V ${g}`,
  shownValueText: (h, g) => `query head ${h}, reads key/value head ${g}`,
  gridLabel: (h) => `Attention weights of query head ${h}, with multi-head and with mean-pooled keys and values`,
  mapMha: (h) => `MHA: ${q(h)} with its own K/V head ${h}`,
  mapPooled: (h, g) => (g === null ? 'After pooling: unchanged (group of one)' : `GQA: ${q(h)} with K/V ${g.group}, the mean of heads ${g.first}–${g.last}`),
  mapKeys: 'key token →',
  mapQueries: 'query token →',
  mapLegend: 'Each row is one query token’s weights over the keys and sums to 1; stronger colour = larger weight (square-root ' +
    'scale). Slashed cells are masked: a token never attends to later tokens.',
  cell: (c, f) => {
    const where = `Query token ${c.row}, key token ${c.col}`;
    if (c.weights === null) return `${where}: masked (a later token), weight 0 in both.`;
    const { mha, pooled, change } = c.weights;
    return `${where}: MHA ${f.decimal(mha, { digits: 3 })}, mean-pooled ${f.decimal(pooled, { digits: 3 })} (change ${f.signed(change, { digits: 3 })}).`;
  },
  outputHeading: (h, channels, f) => `Output of ${q(h)} (one row per token, ${f.int(channels)} channels)`,
  stripMha: 'MHA',
  stripPooled: (unchanged) => (unchanged ? 'Pooled (same)' : 'Mean-pooled GQA'),
  outputLegend: (headError, f, { positive, negative, strong }) => [
    positive, 'positive (solid), ', negative, 'negative (striped); stronger colour = larger size. This head’s output changes by ',
    strong(f.percent(headError, { digits: 1 })), '.',
  ],

  errorSummary: (totalError, f, { strong, big, formula }) => (totalError === null
    ? ['Each group has one head, so mean-pooling changes nothing: the output is ', strong('identical'), ' to MHA (0%).']
    : ['Mean-pooling changes the attention output of all heads by ', big(f.percent(totalError, { digits: 1 })), ' ', formula, ' before any uptraining.']),
  barsHeading: 'Output change per query head',
  dataNote: (channels, llama3, f) => [
    `Random queries, keys and values stand in for one trained layer (${f.int(channels)} channels per head; Llama 3 uses ${f.int(llama3)}, ` +
    'd ÷ H in Table 3). Every number in the maps and error bars is computed from these random data. Mean-pooling each group’s K/V heads ' +
    'is how Ainslie et al. turn a multi-head checkpoint into GQA before uptraining it; Llama 3’s models have GQA in the architecture ' +
    'they are pre-trained with (',
    { cite: 'Report §3.2, Table 3' },
    ').',
  ],

  dataSummary: 'Data: weights, outputs and per-head change',
  changeTable: 'Output change per query head (relative Frobenius norm) and largest change of any attention weight',
  changeCaption: 'Output change per query head (relative Frobenius norm) and the largest change of any attention weight',
  changeColumns: ['query head', 'K/V head', 'output change', 'largest weight change'],
  weightsMha: (h) => `Attention weights of query head ${h}, MHA (masked cells: –)`,
  weightsPooled: (h) => `Attention weights of query head ${h} after mean-pooling`,
  outputsTable: (h) => `Output of query head ${h}: MHA / mean-pooled, per token and channel`,
  queryKeyCorner: 'query \\ key',
  masked: '–',
  tokenColumn: 'token',
  channelColumn: (c) => `ch ${c}`,
  outputPair: (mha, pooled) => `${mha} / ${pooled}`,

  announce: (s, f) => (s.kind === 'single'
    ? 'One head: MHA and MQA coincide; pooling changes nothing.'
    : `${KIND_SHORT[s.kind]}: ${heads(s.heads, f, 'query head', 'query heads')} read ${heads(s.kvHeads, f, 'key/value head', 'key/value heads')}, ${f.int(s.groupSize)} per group; ` +
      `the cache holds ${f.percent(s.cacheShare, { digits: 1 })} of MHA’s keys and values. ` +
      (s.groupSize === 1 ? 'Mean-pooling changes nothing.' : `Mean-pooling changes the attention output by ${f.percent(s.totalError, { digits: 1 })}.`)),
  describe: (s, f) => {
    const sharing = s.kind === 'single'
      ? 'One query head with its own key/value head.'
      : `${heads(s.heads, f, 'query head', 'query heads')} share ${heads(s.kvHeads, f, 'key/value head', 'key/value heads')}: ${KIND_LABEL[s.kind]}, ` +
        `${heads(s.groupSize, f, 'query head', 'query heads')} per key/value head. ${groupsSentence(s.groups)}`;
    // A seed is a name for the random data: printed as typed, without group separators.
    const run = `Causal attention on ${f.int(s.seq)} random tokens (seed ${s.seed}, key/value heads ${f.percent(s.similarity, { digits: 0 })} alike, ${f.int(s.headDim)} channels per head):`;
    const effect = s.groupSize === 1
      ? 'every group has one head, so mean-pooling changes nothing and the output equals multi-head attention exactly.'
      : `mean-pooling the key/value heads of each group changes the attention output by ${f.percent(s.totalError, { digits: 1 })} ` +
        `(relative Frobenius norm) compared with multi-head attention, from ${f.percent(s.headErrorRange.min, { digits: 1 })} to ${f.percent(s.headErrorRange.max, { digits: 1 })} per query head.`;
    return `${sharing} ${run} ${effect}`;
  },
};

export default words(messages, 'en', en);
