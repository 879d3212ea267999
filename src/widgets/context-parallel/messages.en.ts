// context-parallel's English words (the interface, with what each key is for: messages.ts).
import { FIGURE_5_GROUPS, TABLE_4 } from '../../data/longContext';
import { MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type ContextParallelMessages } from './messages';
import type { CpOk, Dim, FieldRefusal, LimitKey } from './model';

const FIELD: Record<LimitKey, string> = { cp: 'CP', seqLen: 'Sequence length' };
const DIM: Record<Dim, string> = { tp: 'TP', cp: 'CP', pp: 'PP', dp: 'DP' };
const tokens = (n: number, f: Format) => f.count(n, 'token', 'tokens');
const ranks = (n: number, f: Format) => f.count(n, 'rank', 'ranks');
const pairs = (n: number, f: Format) => f.count(n, 'pair', 'pairs');
const bytes = (b: bigint, f: Format) => f.bytes(b, { units: 'binary' });
const list = (items: string[]) => (items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const modelName = (r: CpOk) => MODELS[r.model].name;

function fieldError({ field, failure, value, min, max }: FieldRefusal, f: Format): string {
  const range = `from ${f.int(min)} to ${f.int(max)}`;
  const label = FIELD[field];
  switch (failure) {
    case 'tooLong': return `${label}: that is too long. Type a whole number ${range}.`;
    case 'tooSmall':
    case 'tooLarge': return `${label} must be ${range}${value === undefined ? '' : `; that is ${f.int(value)}`}.`;
    default: return `${label}: type a whole number ${range}${field === 'seqLen' ? ' (digits, or K = 1,024, e.g. 128K)' : ''}.`;
  }
}

export const en: ContextParallelMessages = {
  title: 'Context parallelism: two chunks per rank, K and V all-gathered',
  summary: 'Split a sequence across CP ranks the report’s way (2·CP chunks, rank i holds chunks i and 2·CP−1−i) or ' +
    'contiguously, and see each rank’s exact causal attention work, the K/V bytes one GPU all-gathers per layer against ' +
    'its attention FLOPs, Figure 5’s rank layout and Table 4’s rows checked.',
  latinTerms: [],

  modelLabel: 'Model (heads from Table 3)',
  splitLegend: 'How the sequence is split',
  splitOption: { zigzag: 'Zigzag (the report’s)', naive: 'Naive (contiguous)' },
  splitName: { zigzag: 'Zigzag split', naive: 'Naive split' },
  cpSlider: 'Context-parallel ranks CP',
  cpField: 'CP, exact',
  cpValue: ranks,
  seqSlider: 'Sequence length S',
  seqField: 'Length, exact tokens',
  seqValue: tokens,
  seqValueText: (s, f) => (s >= 1_024 && f.binaryShort(s) !== f.int(s) ? `${tokens(s, f)} (${f.binaryShort(s)})` : tokens(s, f)),
  fieldError,
  presetsLegend: 'Table 4 rows (405B)',
  presetButton: (c, f) => `Row ${c.row}: CP ${f.int(c.printed.cp)}, ${f.int(c.printed.seqLen)}`,

  impossible: 'These settings cannot be split.',
  issue: (i, f) => {
    switch (i.code) {
      case 'outOfRange': return `${FIELD[i.field]} must be a whole number from ${f.int(i.min)} to ${f.int(i.max)}.`;
      case 'unknownChoice': return i.field === 'model' ? 'Model must be llama3-8b, llama3-70b or llama3-405b.' : 'Split must be zigzag or naive.';
      case 'notMultiple': {
        const near = [i.lower, i.upper].filter((v): v is number => v !== null).map(f.int);
        return `${f.int(i.seqLen)} tokens cannot be cut into 2·CP = ${f.int(i.step)} equal chunks: the length must be a multiple of ${f.int(i.step)}. ` +
          (near.length === 2 ? `The nearest valid lengths are ${near[0]} and ${near[1]}.` : `The nearest valid length is ${near[0]}.`);
      }
    }
  },
  useLength: (s, f) => `Use ${f.int(s)}`,
  impossibleAnnounced: (issues) => `${'These settings cannot be split.'} ${issues.join(' ')}`,

  chunksHeading: (r, f) => `The sequence in ${f.int(r.chunks)} chunks of ${tokens(r.chunkLen, f)}`,
  chunksDescribe: (r, f) => (r.split === 'zigzag'
    ? `Rank i holds chunks i and ${f.int(r.chunks - 1)} − i: rank 0 holds chunks 0 and ${f.int(r.chunks - 1)}, ` +
      `rank ${f.int(r.cp - 1)} holds chunks ${f.int(r.cp - 1)} and ${f.int(r.cp)}; every rank has one early and one late chunk.`
    : `Rank i holds chunks 2i and 2i + 1, one contiguous piece: rank 0 the first ${tokens(2 * r.chunkLen, f)}, ` +
      `rank ${f.int(r.cp - 1)} the last.`),
  chunksKey: 'Each box is a chunk, in sequence order (left to right, then down); the large number is the rank that holds it.',
  chunkIndex: (j, f) => `chunk ${f.int(j)}`,

  workHeading: 'Causal attention work per rank (query–key pairs)',
  workLine: (w, f) => (w.ratio === 1
    ? `${en.splitName[w.split]}: every rank computes ${pairs(w.max, f)}; max/min = 1, equal work.`
    : `${en.splitName[w.split]}: rank ${f.int(w.maxRank)} computes ${pairs(w.max, f)}, rank ${f.int(w.minRank)} only ` +
      `${f.int(w.min)}; max/min = ${f.decimal(w.ratio, { digits: 1 })}×.`),
  workDescribe: (w, r, f) => `Bar chart, ${en.splitName[w.split].toLowerCase()}, CP ${f.int(r.cp)}: pairs per rank from rank 0 to ` +
    `rank ${f.int(r.cp - 1)}. ${en.workLine(w, f)} A dashed line marks an equal share, ${f.int(r.totalPairs / r.cp)}.`,
  equalShare: 'equal share',
  chosenMark: '(shown in the strip)',

  layerHeading: (r) => `One layer on one GPU: ${modelName(r)}`,
  layerTp: (r, f) => {
    const s = r.shape;
    const shape = `H = ${f.int(s.heads)} query heads, KV = ${f.int(s.kvHeads)} key/value heads, d_h = ${f.int(s.headDim)}, bf16`;
    return r.tpFromTable
      ? `${shape}; TP = ${f.int(r.tp)} as in Table 4, so each GPU holds ${f.int(r.bytes.headsPerGpu)} query heads and ${f.int(r.bytes.kvHeadsPerGpu)} KV head${r.bytes.kvHeadsPerGpu === 1 ? '' : 's'}.`
      : `${shape}. The report gives no CP or TP for the ${MODELS[r.model].size}: TP = ${f.int(r.tp)} is the 405B’s (Table 4), assumed here.`;
  },
  layerColumns: { what: 'Per layer, per GPU', formula: 'Formula', value: 'Value' },
  pairsSymbol: 'pairs',
  layerRows: {
    gathered: 'K and V all-gathered',
    received: 'of which from the other CP − 1 ranks',
    localQ: 'Local Q chunk',
    mha: 'K and V with MHA (KV = H), for comparison',
    flops: 'Attention FLOPs of one rank (forward)',
    perByte: 'FLOPs per byte gathered',
  },
  bytesValue: (b, f) => `${f.int(b)} B = ${bytes(b, f)}`,
  flopsValue: (r, f) => {
    const fl = r.flops[r.split];
    return r.work[r.split].ratio === 1
      ? `${f.sci(fl.max, { digits: 3 })} on every rank`
      : `${f.sci(fl.max, { digits: 3 })} on rank ${f.int(r.work[r.split].maxRank)}, ${f.sci(fl.min, { digits: 3 })} on rank ${f.int(r.work[r.split].minRank)}`;
  },
  perByteValue: (v, f) => f.int(Math.round(v)),

  whyHeading: 'Why all-gathering K and V is cheap',
  whyGqa: (r, f) => `GQA: ${f.int(r.shape.kvHeads)} KV heads serve ${f.int(r.shape.heads)} query heads, so one token’s K and V on a GPU ` +
    `take ${f.int(r.bytes.kvPerToken)} B against ${f.int(r.bytes.qPerToken)} B for its Q. With multi-head attention the gather would be ` +
    `${bytes(r.bytes.gatheredMha, f)}, ${f.int(Number(r.bytes.gatheredMha / r.bytes.gathered))}× more.`,
  whyScaling: (r, f) => `The bytes gathered grow as S and the attention FLOPs as S² (the report’s O(S) against O(S²)): ` +
    `at ${tokens(r.seqLen, f)} each byte gathered feeds about ${f.int(Math.round(r.flopsPerByte))} FLOPs, and doubling S doubles that.`,
  whyRing: [
    'Why not a ring: ring attention (Liu et al.) passes K and V blocks from rank to rank while it computes. The report all-gathers ' +
    'them instead, because masks such as the document mask are easier to support that way, and because with GQA the K and V ' +
    'tensors are much smaller than Q, so the exposed all-gather latency is small (', { cite: 'Report §3.3.2' }, ').',
  ],
  scalingLabel: 'Bytes against FLOPs as the sequence grows',
  scalingColumns: { seqLen: 'Length S', gathered: 'K/V gathered', flops: 'FLOPs per rank', perByte: 'FLOPs per byte' },
  scalingSeqLen: (row, f) => (row.chosen ? `${f.int(row.seqLen)} (chosen)` : f.int(row.seqLen)),

  fig5Heading: `Figure 5’s layout: ${FIGURE_5_GROUPS.value.tp * FIGURE_5_GROUPS.value.cp * FIGURE_5_GROUPS.value.pp * FIGURE_5_GROUPS.value.dp} GPUs, ` +
    `TP = CP = PP = DP = 2`,
  fig5Intro: 'The report orders the dimensions [TP, CP, PP, DP], innermost first, so a GPU’s rank is tp + TP·cp + TP·CP·pp + TP·CP·PP·dp. ' +
    'Pick a GPU and a dimension to see its group: the GPUs that differ from it in that coordinate only.',
  gpuLabel: 'GPU',
  gpuOption: (r, f) => `GPU${f.int(r)}`,
  dimLegend: 'Group',
  dimOption: DIM,
  groupLine: (rank, dim, members, f) => {
    const others = (['tp', 'cp', 'pp', 'dp'] as const).filter((d) => d !== dim).map((d) => DIM[d]);
    return `GPU${f.int(rank)}’s ${DIM[dim]} group: ${list(members.map((m) => `GPU${f.int(m)}`))} (the same ${list(others)} coordinates).`;
  },
  fig5Check: (dim, partner, holds, f) => `The report: “GPU0 and GPU${f.int(partner)} are in the same ${DIM[dim]} group”: ${holds ? 'so they are here' : 'not so here'}.`,
  gridLabel: 'The 16 GPUs of Figure 5 with their [TP, CP, PP, DP] coordinates',
  inGroup: 'in group',

  t4Heading: 'Table 4, checked',
  t4Label: 'Table 4’s rows and their products',
  t4Columns: { row: 'Row', gpus: 'GPUs printed', product: 'TP·CP·PP·DP', tokens: 'Tokens/batch printed', computed: 'batch/DP × DP × S' },
  t4Row: (c, f) => `${f.int(c.row)}: ${f.int(c.printed.seqLen)}, CP ${f.int(c.printed.cp)}, DP ${f.int(c.printed.dp)}`,
  t4Printed: (n, f) => `${f.int(n)}`,
  t4Computed: (v, ok, f) => `${f.int(v)} ${ok ? '✓' : '✗ does not match'}`,
  t4Note: (c, f) => {
    const p = c.printed;
    const fix = c.fixDp === null ? '' : ` DP = ${f.int(c.fixDp)} would make both right: ${f.int(p.tp)}·${f.int(p.cp)}·${f.int(p.pp)}·${f.int(c.fixDp)} = ` +
      `${f.int(p.tp * p.cp * p.pp * c.fixDp)} GPUs and ${f.int(p.batchPerDp)} × ${f.int(c.fixDp)} × ${f.int(p.seqLen)} = ${f.int(p.batchPerDp * c.fixDp * p.seqLen)} tokens. ` +
      'The report does not say which number is the misprint.';
    return `Row ${f.int(c.row)} does not add up: ${f.int(p.tp)}·${f.int(p.cp)}·${f.int(p.pp)}·${f.int(p.dp)} = ${f.int(c.gpuProduct)} GPUs, ` +
      `not ${f.int(p.gpus)}, and ${f.int(p.batchPerDp)} × ${f.int(p.dp)} × ${f.int(p.seqLen)} = ${f.int(c.tokens)} tokens, not “16M” (${f.int(p.tokensPerBatch)}).${fix}`;
  },
  t4Uses: (f) => `The presets set CP and the length (and the 405B). The GPU count, PP and DP do not change one GPU’s numbers ` +
    `above, so row 3’s inconsistency does not affect them; “16M” is read as ${f.int(TABLE_4.value[0]!.tokensPerBatch)}.`,

  note: (n, f) => {
    switch (n.code) {
      case 'noParallelism': return 'CP = 1: one rank holds the whole sequence, so nothing is gathered from other ranks and the two splits are the same.';
      case 'assumedTp': return `TP = ${f.int(n.tp)} is assumed for this model: Table 4 is about the 405B only.`;
      case 'beyondWindow': return `Longer than ${tokens(n.window, f)}, Llama 3.1’s window and the longest length the report trained at: a what-if.`;
    }
  },
  announce: (r, f) => {
    const w = r.work[r.split], o = r.work[r.other];
    const mine = w.ratio === 1 ? 'equal work on every rank' : `max/min ${f.decimal(w.ratio, { digits: 1 })}×`;
    const theirs = o.ratio === 1 ? 'equal work' : `max/min ${f.decimal(o.ratio, { digits: 1 })}×`;
    return `CP ${f.int(r.cp)}, ${tokens(r.seqLen, f)}, ${en.splitName[r.split].toLowerCase()}: ${f.int(r.chunks)} chunks of ` +
      `${f.int(r.chunkLen)}, ${mine} (${en.splitName[r.other].toLowerCase()}: ${theirs}). Per layer per GPU: ` +
      `${bytes(r.bytes.gathered, f)} of K and V gathered against ${bytes(r.bytes.localQ, f)} of local Q.`;
  },
  dataSummary: 'Data: every rank’s chunks, pairs and FLOPs',
  dataLabel: 'Chunks, causal pairs and forward attention FLOPs per rank',
  dataColumns: {
    rank: 'Rank',
    chunks: (s) => `Chunks, ${s}`,
    pairs: (s) => `Pairs, ${s}`,
    flops: 'FLOPs, shown split',
  },
  chunkPair: ([a, b], f) => `${f.int(a)} and ${f.int(b)}`,
  sources: [
    'Sources: the split and the all-gather, ', { cite: 'Report §3.3.2' }, '; the rank layout, ', { cite: FIGURE_5_GROUPS.cite },
    '; head counts, ', { cite: 'Report Table 3' }, '; TP, CP and the rows, ', { cite: TABLE_4.cite },
    '. Pairs, bytes and FLOPs are computed from these (FLOPs: 4 · width · pairs, QKᵀ and A·V forward; no time is estimated).',
  ],
};

export default words(messages, 'en', en);
