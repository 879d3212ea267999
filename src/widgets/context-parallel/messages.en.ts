// context-parallel's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
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

const fieldError = (e: FieldRefusal, f: Format): string =>
  wholeNumberError(FIELD[e.field], e, f, e.field === 'seqLen' ? ' (digits, or K = 1,024, e.g. 128K)' : '');

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
  presetButton: (c, f) => `Row ${f.int(c.row)}: CP ${f.int(c.printed.cp)}, ${f.binaryShort(c.printed.seqLen)}`,

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
    ? `Rank i holds chunks i and ${f.int(r.chunks - 1)} − i (rank 0: 0 and ${f.int(r.chunks - 1)}; rank ${f.int(r.cp - 1)}: ` +
      `${f.int(r.cp - 1)} and ${f.int(r.cp)}): one early and one late chunk each.`
    : `Rank i holds chunks 2i and 2i + 1, one contiguous piece: rank 0 the first ${tokens(2 * r.chunkLen, f)}, ` +
      `rank ${f.int(r.cp - 1)} the last.`),
  chunksKey: 'Large numbers: the rank; small: the chunk, in sequence order.',
  chunkIndex: (j, f) => `chunk ${f.int(j)}`,

  workHeading: 'Causal attention work per rank (query–key pairs)',
  workLine: (w, f) => (w.ratio === 1
    ? `${en.splitName[w.split]}: every rank computes ${pairs(w.max, f)}; max/min = 1, equal work.`
    : `${en.splitName[w.split]}: rank ${f.int(w.maxRank)} computes ${f.int(w.max)} pairs, rank ${f.int(w.minRank)} ` +
      `${f.int(w.min)}; max/min = ${f.decimal(w.ratio, { digits: 1 })}×.`),
  workDescribe: (w, r, f) => `Bar chart, ${en.splitName[w.split].toLowerCase()}, CP ${f.int(r.cp)}: pairs per rank from rank 0 to ` +
    `rank ${f.int(r.cp - 1)}. ${en.workLine(w, f)} A dashed line marks an equal share, ${f.int(r.totalPairs / r.cp)}.`,
  equalShare: 'equal share',
  chosenMark: '(in the strip)',

  layerHeading: (r, f) => `One layer on one GPU: ${modelName(r)}, TP = ${f.int(r.tp)}${r.tpFromTable ? ' (Table 4)' : ' (assumed)'}`,
  layerTp: (r, f) => {
    const s = r.shape;
    const shape = `H = ${f.int(s.heads)} query heads, KV = ${f.int(s.kvHeads)}, d_h = ${f.int(s.headDim)}, bf16: ` +
      `${f.int(r.bytes.headsPerGpu)} query and ${f.int(r.bytes.kvHeadsPerGpu)} KV head${r.bytes.kvHeadsPerGpu === 1 ? '' : 's'} per GPU.`;
    return r.tpFromTable
      ? shape
      : `${shape} The report gives no CP or TP for the ${MODELS[r.model].size}: TP = ${f.int(r.tp)} is the 405B’s (Table 4), assumed here.`;
  },
  pairsSymbol: 'pairs',
  layerRows: {
    gathered: 'K and V all-gathered',
    received: 'of which from the other CP − 1 ranks',
    localQ: 'Local Q chunk',
    flops: 'Attention FLOPs of one rank (forward)',
  },
  bytesValue: (b, f) => `${f.int(b)} B = ${bytes(b, f)}`,
  flopsValue: (r, f) => {
    const fl = r.flops[r.split];
    return r.work[r.split].ratio === 1
      ? `${f.sci(fl.max, { digits: 3 })} on every rank`
      : `${f.sci(fl.max, { digits: 3 })} on rank ${f.int(r.work[r.split].maxRank)}, ${f.sci(fl.min, { digits: 3 })} on rank ${f.int(r.work[r.split].minRank)}`;
  },

  whyHeading: 'Why all-gathering K and V is cheap',
  whyGqa: (r, f) => `GQA: ${f.int(r.shape.kvHeads)} KV heads for ${f.int(r.shape.heads)} query heads, so a token’s K and V on one GPU take ` +
    `${f.int(r.bytes.kvPerToken)} B against ${f.int(r.bytes.qPerToken)} B of Q. With MHA the gather would be ` +
    `${bytes(r.bytes.gatheredMha, f)}, ${f.int(Number(r.bytes.gatheredMha / r.bytes.gathered))}× more.`,
  whyScaling: (r, f) => `Bytes grow as S, FLOPs as S² (the report’s O(S) against O(S²)): at ${f.int(r.seqLen)} each byte gathered ` +
    `feeds about ${f.int(Math.round(r.flopsPerByte))} FLOPs, and doubling S doubles that.`,
  whyRing: [
    'All-gather, not ring attention (Liu et al.): masks such as the document mask are easier to support, and GQA makes K and V ' +
    'much smaller than Q, so little all-gather latency is exposed (',
    { cite: 'Report §3.3.2' }, ').',
  ],
  scalingLabel: 'Bytes against FLOPs at other lengths',
  scalingColumns: { seqLen: 'Length S', gathered: 'K/V gathered', flops: 'FLOPs per rank', perByte: 'FLOPs per byte' },
  scalingSeqLen: (row, f) => (row.chosen ? `${f.int(row.seqLen)} (chosen)` : f.int(row.seqLen)),

  fig5Heading: `Figure 5’s layout: ${FIGURE_5_GROUPS.value.tp * FIGURE_5_GROUPS.value.cp * FIGURE_5_GROUPS.value.pp * FIGURE_5_GROUPS.value.dp} GPUs, ` +
    `TP = CP = PP = DP = 2`,
  fig5Intro: 'Dimensions in the order [TP, CP, PP, DP], innermost first: rank = tp + TP·cp + TP·CP·pp + TP·CP·PP·dp. ' +
    'A group is the GPUs that differ in that one coordinate.',
  gpuLabel: 'GPU',
  gpuOption: (r, f) => `GPU${f.int(r)}`,
  dimLegend: 'Group',
  dimOption: DIM,
  groupLine: (rank, dim, members, f) => {
    const others = (['tp', 'cp', 'pp', 'dp'] as const).filter((d) => d !== dim).map((d) => DIM[d]);
    return `GPU${f.int(rank)}’s ${DIM[dim]} group: ${list(members.map((m) => `GPU${f.int(m)}`))} (the same ${list(others)} coordinates).`;
  },
  fig5Check: (dim, partner, holds, f) => `The report: “GPU0 and GPU${f.int(partner)} are in the same ${DIM[dim]} group”${holds ? ' ✓' : ' ✗ not so here'}.`,
  gridLabel: 'The 16 GPUs of Figure 5 with their [TP, CP, PP, DP] coordinates',
  inGroup: 'in group',

  t4Heading: 'Table 4, checked',
  t4Label: 'Table 4’s rows and their products',
  t4Columns: { row: 'Row', product: 'GPUs: TP·CP·PP·DP', computed: 'Tokens/batch: batch/DP × DP × S' },
  t4Row: (c, f) => `${f.int(c.row)} (${f.int(c.printed.seqLen)})`,
  t4Printed: (n, ok, f) => `printed ${f.int(n)} ${ok ? '✓' : '✗'}`,
  t4Product: (c, f) => `${f.int(c.printed.tp)}·${f.int(c.printed.cp)}·${f.int(c.printed.pp)}·${f.int(c.printed.dp)} = ${f.int(c.gpuProduct)}`,
  t4Tokens: (c, f) => `${f.int(c.printed.batchPerDp)} × ${f.int(c.printed.dp)} × ${f.int(c.printed.seqLen)} = ${f.int(c.tokens)}`,
  t4Note: (c, f) => {
    const p = c.printed;
    const fix = c.fixDp === null ? '' : ` DP = ${f.int(c.fixDp)} would make both right: ${f.int(p.tp * p.cp * p.pp * c.fixDp)} GPUs and ` +
      `${f.int(p.batchPerDp * c.fixDp * p.seqLen)} tokens. The report does not say which number is the misprint.`;
    return `✗ Row ${f.int(c.row)} does not add up: ${f.int(c.gpuProduct)} GPUs, not the ${f.int(p.gpus)} printed, and ` +
      `${f.int(c.tokens)} tokens, not “16M” (${f.int(p.tokensPerBatch)}).${fix}`;
  },
  t4Uses: (f) => `The presets set CP, the length and the 405B; GPUs, PP and DP do not enter one GPU’s numbers, so row 3’s ` +
    `error does not touch them. “16M” = ${f.int(TABLE_4.value[0]!.tokensPerBatch)}.`,

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
    'Sources: ', { cite: FIGURE_5_GROUPS.cite }, '; heads, ', { cite: 'Report Table 3' },
    '; TP, CP, rows, ', { cite: TABLE_4.cite }, '. All else is computed (FLOPs = 4 · width · pairs, forward QKᵀ and A·V; no times).',
  ],
};

export default words(messages, 'en', en);
