// context-parallel's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Glossary terms: 上下文并行, 分组查询注意力（GQA）, 多头注意力, 查询头, 键值头, 头维度, 注意力, 层, token.
// - Not yet in the glossary (told to the lead): 张量并行 / 流水线并行 / 数据并行 (tensor / pipeline / data
//   parallelism), 全收集 (all-gather, glossed at first use), 环形注意力 (ring attention), 负载均衡 (load balancing),
//   之字形切分 (the zigzag split), 朴素切分 (the naive, contiguous split), 块 (chunk).
// - TP, CP, PP, DP and "rank" stay in Latin letters, as Chinese distributed-training writing keeps them; the view marks
//   them translate="no" in running text (latinTerms). Where a string becomes an attribute or a control's own label
//   (slider values, spoken announcements), the Chinese words are used instead: "16 路", "各卡".
import { wholeNumberError } from '../../components/kit/messages.zh';
import { FIGURE_5_GROUPS, TABLE_4 } from '../../data/longContext';
import { MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type ContextParallelMessages } from './messages';
import type { CpOk, Dim, FieldRefusal, LimitKey } from './model';

const FIELD: Record<LimitKey, string> = { cp: '上下文并行度', seqLen: '序列长度' };
const DIM: Record<Dim, string> = { tp: 'TP', cp: 'CP', pp: 'PP', dp: 'DP' };
const DIM_ZH: Record<Dim, string> = { tp: '张量并行', cp: '上下文并行', pp: '流水线并行', dp: '数据并行' };
const tokens = (n: number, f: Format) => `${f.int(n)} 个 token`;
const bytes = (b: bigint, f: Format) => f.bytes(b, { units: 'binary' });
const list = (items: string[]) => items.join('、');
const modelName = (r: CpOk) => MODELS[r.model].name;

const fieldError = (e: FieldRefusal, f: Format): string =>
  wholeNumberError(FIELD[e.field], e, f, e.field === 'seqLen' ? '（数字，或用 K 表示 1,024，如 128K）' : '');

export const zh: ContextParallelMessages = {
  title: '上下文并行：每张卡两个块，全收集 K 和 V',
  summary: '按报告的方式（把序列切成上下文并行度两倍的块数，第 i 张卡拿第 i 块和倒数第 i + 1 块）或按连续切分把序列分到各卡，' +
    '查看每张卡精确的因果注意力计算量、每层每卡全收集的 K/V 字节数与注意力 FLOPs 的对比、图 5 的并行排布，并逐行核对表 4。',
  latinTerms: ['TP', 'CP', 'PP', 'DP', 'rank'],

  modelLabel: '模型（头数取自表 3）',
  splitLegend: '序列的切分方式',
  splitOption: { zigzag: '之字形（报告的做法）', naive: '朴素切分（连续）' },
  splitName: { zigzag: '之字形切分', naive: '朴素切分' },
  cpSlider: '上下文并行度（CP）',
  cpField: '上下文并行度（精确值）',
  cpValue: (n, f) => `${f.int(n)} 路`,
  seqSlider: '序列长度 S',
  seqField: '序列长度（精确的 token 数）',
  seqValue: tokens,
  seqValueText: (s, f) => (s >= 1_024 && f.binaryShort(s) !== f.int(s) ? `${tokens(s, f)}（${f.binaryShort(s)}）` : tokens(s, f)),
  fieldError,
  presetsLegend: '表 4 的各行（405B）',
  presetButton: (c, f) => `第 ${f.int(c.row)} 行：CP ${f.int(c.printed.cp)}，${f.binaryShort(c.printed.seqLen)}`,

  impossible: '这组设置无法切分。',
  issue: (i, f) => {
    switch (i.code) {
      case 'outOfRange': return `${FIELD[i.field]}必须是 ${f.int(i.min)} 到 ${f.int(i.max)} 之间的整数。`;
      case 'unknownChoice': return i.field === 'model' ? '模型只能是 llama3-8b、llama3-70b 或 llama3-405b。' : '切分方式只能是之字形或朴素切分。';
      case 'notMultiple': {
        const near = [i.lower, i.upper].filter((v): v is number => v !== null).map(f.int);
        return `${tokens(i.seqLen, f)} 无法切成 2·CP = ${f.int(i.step)} 个等长的块：序列长度必须是 ${f.int(i.step)} 的倍数。` +
          (near.length === 2 ? `最接近的合法长度是 ${near[0]} 和 ${near[1]}。` : `最接近的合法长度是 ${near[0]}。`);
      }
    }
  },
  useLength: (s, f) => `改用 ${f.int(s)}`,
  impossibleAnnounced: (issues) => `这组设置无法切分。${issues.join('')}`,

  chunksHeading: (r, f) => `序列切成 ${f.int(r.chunks)} 个块，每块 ${tokens(r.chunkLen, f)}`,
  chunksDescribe: (r, f) => (r.split === 'zigzag'
    ? `rank i 拿第 i 块和第 ${f.int(r.chunks - 1)} − i 块（rank 0：第 0、${f.int(r.chunks - 1)} 块；rank ${f.int(r.cp - 1)}：` +
      `第 ${f.int(r.cp - 1)}、${f.int(r.cp)} 块），每个 rank 一前一后各一块。`
    : `rank i 拿第 2i 块和第 2i + 1 块，即连续的一段：rank 0 拿最前面的 ${tokens(2 * r.chunkLen, f)}，rank ${f.int(r.cp - 1)} 拿最后一段。`),
  chunksKey: '大号数字是 rank，小号数字是按序列顺序的块编号。',
  chunkIndex: (j, f) => `第 ${f.int(j)} 块`,

  workHeading: '每个 rank 的因果注意力计算量（查询–键对数）',
  workLine: (w, f) => (w.ratio === 1
    ? `${zh.splitName[w.split]}：每个 rank 都计算 ${f.int(w.max)} 对；最大/最小 = 1，负载完全均衡。`
    : `${zh.splitName[w.split]}：rank ${f.int(w.maxRank)} 计算 ${f.int(w.max)} 对，rank ${f.int(w.minRank)} 只有 ` +
      `${f.int(w.min)} 对；最大/最小 = ${f.decimal(w.ratio, { digits: 1 })}×。`),
  workDescribe: (w, r, f) => `柱状图，${zh.splitName[w.split]}，CP ${f.int(r.cp)}：从 rank 0 到 rank ${f.int(r.cp - 1)} 各自的对数。` +
    `${zh.workLine(w, f)}虚线标出平均份额 ${f.int(r.totalPairs / r.cp)}。`,
  equalShare: '平均份额',
  chosenMark: '（上方方框所示）',

  layerHeading: (r, f) => `一层、一张卡：${modelName(r)}，TP = ${f.int(r.tp)}${r.tpFromTable ? '（取自表 4）' : '（假设）'}`,
  layerTp: (r, f) => {
    const s = r.shape;
    const shape = `H = ${f.int(s.heads)} 个查询头，KV = ${f.int(s.kvHeads)} 个键值头，头维度 d_h = ${f.int(s.headDim)}，bf16：` +
      `每张卡上 ${f.int(r.bytes.headsPerGpu)} 个查询头、${f.int(r.bytes.kvHeadsPerGpu)} 个键值头。`;
    return r.tpFromTable
      ? shape
      : `${shape}报告没有给出 ${MODELS[r.model].size} 的 CP 和 TP：这里的 TP = ${f.int(r.tp)} 沿用 405B 的配置（表 4），只是假设。`;
  },
  pairsSymbol: '对数',
  layerRows: {
    gathered: '全收集（all-gather）的 K 和 V',
    received: '其中来自其余 CP − 1 个 rank 的部分',
    localQ: '本地的 Q 块',
    flops: '一个 rank 的注意力 FLOPs（前向）',
  },
  bytesValue: (b, f) => `${f.int(b)} B = ${bytes(b, f)}`,
  flopsValue: (r, f) => {
    const fl = r.flops[r.split];
    const w = r.work[r.split];
    return w.ratio === 1
      ? `每个 rank 都是 ${f.sci(fl.max, { digits: 3 })}`
      : `rank ${f.int(w.maxRank)} 为 ${f.sci(fl.max, { digits: 3 })}，rank ${f.int(w.minRank)} 为 ${f.sci(fl.min, { digits: 3 })}`;
  },

  whyHeading: '为什么全收集 K 和 V 并不贵',
  whyGqa: (r, f) => `分组查询注意力（GQA）：${f.int(r.shape.kvHeads)} 个键值头服务 ${f.int(r.shape.heads)} 个查询头，所以每张卡上一个 token 的 K 和 V ` +
    `只占 ${f.int(r.bytes.kvPerToken)} B，而它的 Q 占 ${f.int(r.bytes.qPerToken)} B。换成多头注意力，要收集的数据是 ` +
    `${bytes(r.bytes.gatheredMha, f)}，多 ${f.int(Number(r.bytes.gatheredMha / r.bytes.gathered))} 倍。`,
  whyScaling: (r, f) => `收集的字节数随 S 线性增长，注意力 FLOPs 随 S² 增长（报告所说的 O(S) 对 O(S²)）：` +
    `在 ${tokens(r.seqLen, f)} 时，每收集 1 字节约对应 ${f.int(Math.round(r.flopsPerByte))} FLOPs，S 翻倍，这个比值也翻倍。`,
  whyRing: [
    '报告选全收集而不是环形注意力（Liu et al.），理由有两条：更容易支持文档掩码等注意力掩码；有了分组查询注意力，' +
    'K 和 V 比 Q 小得多，全收集暴露出来的延迟很小（', { cite: 'Report §3.3.2' }, '）。',
  ],
  scalingLabel: '其他长度下的字节数与 FLOPs',
  scalingColumns: { seqLen: '序列长度 S', gathered: '收集的 K/V', flops: '每个 rank 的 FLOPs', perByte: '每字节 FLOPs' },
  scalingSeqLen: (row, f) => (row.chosen ? `${f.int(row.seqLen)}（当前）` : f.int(row.seqLen)),

  fig5Heading: `图 5 的排布：${FIGURE_5_GROUPS.value.tp * FIGURE_5_GROUPS.value.cp * FIGURE_5_GROUPS.value.pp * FIGURE_5_GROUPS.value.dp} 张 GPU，` +
    'TP = CP = PP = DP = 2',
  fig5Intro: '四个维度按 [TP, CP, PP, DP] 从内到外排列：rank = tp + TP·cp + TP·CP·pp + TP·CP·PP·dp。' +
    '一个组就是只在这一维坐标上不同的那些 GPU。',
  gpuLabel: 'GPU',
  gpuOption: (r, f) => `GPU${f.int(r)}`,
  dimLegend: '并行组',
  dimOption: { tp: '张量（TP）', cp: '上下文（CP）', pp: '流水线（PP）', dp: '数据（DP）' },
  groupLine: (rank, dim, members, f) => {
    const others = (['tp', 'cp', 'pp', 'dp'] as const).filter((d) => d !== dim).map((d) => DIM[d]);
    return `GPU${f.int(rank)} 的${DIM_ZH[dim]}（${DIM[dim]}）组：${list(members.map((m) => `GPU${f.int(m)}`))}（${others.join('、')} 坐标都相同）。`;
  },
  fig5Check: (dim, partner, holds, f) => `报告原文：“GPU0 和 GPU${f.int(partner)} 在同一个 ${DIM[dim]} 组”${holds ? ' ✓' : ' ✗ 这里并非如此'}。`,
  gridLabel: '图 5 的 16 张 GPU 及其坐标',
  inGroup: '同组',

  t4Heading: '逐行核对表 4',
  t4Label: '表 4 各行及其乘积',
  t4Columns: { row: '行', product: 'GPU 数：TP·CP·PP·DP', computed: '每批 token 数：每 DP 批大小 × DP × S' },
  t4Row: (c, f) => `${f.int(c.row)}（${f.int(c.printed.seqLen)}）`,
  t4Printed: (n, ok, f) => `表中 ${f.int(n)} ${ok ? '✓' : '✗'}`,
  t4Product: (c, f) => `${f.int(c.printed.tp)}·${f.int(c.printed.cp)}·${f.int(c.printed.pp)}·${f.int(c.printed.dp)} = ${f.int(c.gpuProduct)}`,
  t4Tokens: (c, f) => `${f.int(c.printed.batchPerDp)} × ${f.int(c.printed.dp)} × ${f.int(c.printed.seqLen)} = ${f.int(c.tokens)}`,
  t4Note: (c, f) => {
    const p = c.printed;
    const fix = c.fixDp === null ? '' : `若 DP = ${f.int(c.fixDp)}，两处都对得上：${f.int(p.tp * p.cp * p.pp * c.fixDp)} 张 GPU，` +
      `${tokens(p.batchPerDp * c.fixDp * p.seqLen, f)}。报告没有说明哪个数字是印错的。`;
    return `✗ 第 ${f.int(c.row)} 行对不上：算出来是 ${f.int(c.gpuProduct)} 张 GPU，而表中是 ${f.int(p.gpus)}；` +
      `算出来是 ${tokens(c.tokens, f)}，而表中是“16M”（${f.int(p.tokensPerBatch)}）。${fix}`;
  },
  t4Uses: (f) => `预设只设置 CP、序列长度并选 405B；GPU 数、PP 和 DP 不进入上面单卡的数字，所以第 3 行的矛盾不影响它们。` +
    `“16M”按 ${f.int(TABLE_4.value[0]!.tokensPerBatch)} 计。`,

  note: (n, f) => {
    switch (n.code) {
      case 'noParallelism': return 'CP = 1：整个序列都在一个 rank 上，不需要从其他 rank 收集任何数据，两种切分也完全相同。';
      case 'assumedTp': return `这个模型的 TP = ${f.int(n.tp)} 是假设：表 4 只讲 405B。`;
      case 'beyondWindow': return `超过了 ${tokens(n.window, f)}（Llama 3.1 的上下文窗口，也是报告训练过的最长长度）：仅作假设推演。`;
    }
  },
  announce: (r, f) => {
    const w = r.work[r.split], o = r.work[r.other];
    const mine = w.ratio === 1 ? '各卡计算量完全相同' : `最大/最小 ${f.decimal(w.ratio, { digits: 1 })}×`;
    const theirs = o.ratio === 1 ? '计算量相同' : `最大/最小 ${f.decimal(o.ratio, { digits: 1 })}×`;
    return `${f.int(r.cp)} 路上下文并行，${tokens(r.seqLen, f)}，${zh.splitName[r.split]}：${f.int(r.chunks)} 个块，每块 ${f.int(r.chunkLen)}，` +
      `${mine}（${zh.splitName[r.other]}：${theirs}）。每层每卡：全收集的 K 和 V 共 ${bytes(r.bytes.gathered, f)}，本地 Q 为 ${bytes(r.bytes.localQ, f)}。`;
  },
  dataSummary: '数据：每个 rank 的块、对数和 FLOPs',
  dataLabel: '各卡的块、因果对数和前向注意力 FLOPs',
  dataColumns: {
    rank: 'rank',
    chunks: (s) => `块（${s}）`,
    pairs: (s) => `对数（${s}）`,
    flops: 'FLOPs（当前切分）',
  },
  chunkPair: ([a, b], f) => `${f.int(a)} 和 ${f.int(b)}`,
  sources: [
    '来源：', { cite: 'Report §3.3.2' }, '及其图 5；头数见', { cite: 'Report Table 3' }, '；TP、CP 及各行见', { cite: TABLE_4.cite },
    '。其余均为计算所得（FLOPs = 4 × 宽度 × 对数，即前向的 QKᵀ 与 A·V；不估算耗时）。',
  ],
};

export default words(messages, 'zh', zh);
