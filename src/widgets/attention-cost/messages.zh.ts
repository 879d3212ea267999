// attention-cost's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - "weights' matrix products" 权重的矩阵乘法, "attention over the context" 对上下文的注意力, "score matrix" 注意力分数矩阵,
//   "document mask" 文档掩码 (glossary), "context" 上下文长度, "GPU-days" GPU·天, "throughput" 实际吞吐.
// - The two conventions: 因果计数（实际计算量） and PaLM 的全矩阵口径; MFU is glossed once as 模型 FLOPs 利用率（MFU）.
// - TFLOP/s is written TFLOPS, the spelling Chinese ML writing uses (and Table 4's "TFLOPs/GPU" as printed).
// - People's and projects' names (Dao, Chowdhery, torchtitan) stay as written, marked translate="no" by the view (`name`).
import { wholeNumberError } from '../../components/kit/messages.zh';
import { LONG_CONTEXT_STAGES } from '../../data/longContext';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { headDim } from '../../lib/llama';
import { messages, type AttentionCostMessages } from './messages';
import { LONG_CONTEXT_ROW, type BillRow, type CostIssue, type CostOk, type LimitKey } from './model';

const FIELD: Record<LimitKey, string> = { context: '上下文长度', docLen: '文档长度', tflops: '吞吐' };
const flops = (n: bigint | number, f: Format) => f.sci(Number(n), { digits: 3 });
const tokens = (n: number, f: Format) => `${f.int(n)} 个 token`;
const withShort = (n: number, f: Format) => (n >= 1_024 && f.binaryShort(n) !== f.int(n) ? `${tokens(n, f)}（${f.binaryShort(n)}）` : tokens(n, f));
const days = (d: number, f: Format) => f.int(Math.round(d));
const COUNTING = { causal: '因果计数', full: 'PaLM 全矩阵口径' } as const;

function issue(i: CostIssue, f: Format): string {
  switch (i.code) {
    case 'outOfRange': return `${FIELD[i.field]}必须是 ${f.int(i.min)} 到 ${f.int(i.max)} 之间的整数。`;
    case 'unknownChoice': return i.field === 'model' ? '模型只能是 Llama 3 的 8B、70B 或 405B。' : '计数口径只能是因果计数或全矩阵口径。';
  }
}

function formula(r: CostOk, f: Format): string {
  const m = MODELS[r.model];
  if (r.counting === 'causal') {
    return `因果计数（Kaplan 等）：3 × (2·N_matmul + 2·L·T·d)，N_matmul = ${f.int(r.row.flops.weights / 6n)}，` +
      `L = ${f.int(m.layers)}，d = ${f.int(m.dim)}；每个查询平均只看 T/2 个键。`;
  }
  return `PaLM 口径：6N + 12·L·H·Q·T，其中 N = ${f.int(r.row.flops.weights / 6n)}（全部参数），L = ${f.int(m.layers)}，` +
    `H = ${f.int(m.heads)}，Q = ${f.int(headDim(m))}；按完整的分数矩阵计，不扣除因果掩码省下的一半。`;
}

function billLabel(row: BillRow, f: Format): string {
  if (row.docLen !== null) return `${f.int(row.context)}，文档长 ${f.binaryShort(row.docLen)}`;
  return `全部按 ${f.int(row.context)}`;
}

export const zh: AttentionCostMessages = {
  title: '长上下文的二次方代价',
  summary: 'Llama 3 每个 token 的算力：权重的矩阵乘法对比 1K 到 1M 上下文上的注意力，两者相等的位置，FlashAttention ' +
    '从不存下的分数矩阵，以及约 8,000 亿 token 的长上下文阶段按 8,192 和 131,072 两种长度各要多少算力。',

  modelLegend: '模型',
  modelOption: (m) => MODELS[m].size,
  modelName: (m) => MODELS[m].name,
  contextSlider: '上下文长度',
  contextField: '上下文长度（精确的 token 数）',
  tokens,
  tokensText: withShort,
  docSlider: '文档长度（掩码）',
  docField: '文档长度（精确值，0 = 不加掩码）',
  docValue: (n, f) => (n === 0 ? '无' : tokens(n, f)),
  tflopsField: '每 GPU 实际 TFLOPS',
  tflopsHint: (f) => `表 4 中 ${f.int(CONTEXT_LLAMA31)} 长度那一行：${f.int(LONG_CONTEXT_ROW.tflopsPerGpu)}`,
  countLegend: '注意力怎么计',
  countOption: { causal: '因果（实际计算量）', full: '全矩阵（PaLM 口径）' },
  fieldError: (e, f) => wholeNumberError(FIELD[e.field], e, f, e.field === 'tflops' ? '' : '（数字，或用 K = 1,024、M = 1,048,576）'),

  readoutHeading: (r, f) => `${MODELS[r.model].name}，上下文 ${tokens(r.context, f)}：每个训练 token 的 FLOPs`,
  readoutRows: {
    weights: '权重的矩阵乘法',
    attention: '注意力',
    total: '合计',
    share: '注意力占比',
    masked: (d, f) => `文档长 ${f.int(d)} 时的注意力`,
  },
  formula,
  crossover: (r, f) => {
    const t = Math.round(r.row.crossover);
    const rule = r.counting === 'causal' ? 'N_matmul/(L·d)' : 'N/(2·L·H·Q)';
    const head = `注意力在 ${rule} = ${tokens(t, f)}处与权重相等；` +
      (r.context >= r.row.crossover ? `在 ${f.int(r.context)} 时已经超过权重。` : `在 ${f.int(r.context)} 时仍低于权重。`);
    if (r.docLen === null) return head;
    return head + (r.row.maskedReaches
      ? `文档长 ${f.int(r.docLen)} 时仍会追上：文档比这个长度更长。`
      : `文档长 ${f.int(r.docLen)} 时永远追不上：注意力到 ${f.int(r.docLen)} 就不再增长。`);
  },
  docTooLong: (d, f) => `${tokens(d.docLen, f)}的文档放不进 ${f.int(d.context)} 的上下文：文档是拼接进序列里的，不可能比序列更长。` +
    '在文档长度不超过上下文长度之前，不画加掩码的曲线。',
  docTooLongReason: (context, f) => `不能超过 context = ${f.int(context)}`,
  announce: (r, f) => {
    const masked = r.row.masked ? `；文档长 ${f.int(r.docLen!)} 时为 ${f.percent(Number(r.row.masked.attention) / Number(r.row.masked.total), { digits: 1 })}` : '';
    return `${MODELS[r.model].name}，上下文 ${f.int(r.context)}，${COUNTING[r.counting]}：每个训练 token ${flops(r.row.flops.total, f)} FLOPs，` +
      `注意力占 ${f.percent(r.row.share, { digits: 1 })}${masked}；注意力在 ${f.int(Math.round(r.row.crossover))} 个 token 处与权重相等。` +
      `长上下文阶段：按 ${f.int(r.tflops)} TFLOPS 计，${days(r.bill.short.gpuDays, f)} 到 ${days(r.bill.long.gpuDays, f)} GPU·天。`;
  },

  chartTitle: '每个训练 token 的 FLOPs（对数坐标）',
  legend: {
    weights: '权重（水平线）',
    attention: '注意力',
    masked: (d, f) => `文档长 ${f.binaryShort(d)} 时的注意力`,
    crossover: '注意力 = 权重',
    chosen: '所选上下文长度',
    selected: '粗线：所选模型',
  },
  endLabel: { weights: '权重', attention: '注意力', masked: '加掩码' },
  axisTitle: ['上下文长度 T（token）', '（对数坐标；K = 1,024）'],
  axisTitleLine: '上下文长度 T（token；对数坐标；K = 1,024）',
  chosenLabel: (c, f) => f.binaryShort(c),
  chartLabel: (r, f) => {
    const w = r.rows.map((row) => `${MODELS[row.model].size} ${flops(row.flops.weights, f)}`).join('，');
    const x = r.rows.map((row) => `${f.int(Math.round(row.crossover))}（${MODELS[row.model].size}）`).join('、');
    const m = r.docLen === null ? '' : `点线是 ${MODELS[r.model].size} 在文档长 ${f.int(r.docLen)} 时的注意力，从 ${f.int(r.docLen)} 起保持水平。`;
    return `每个训练 token 的 FLOPs 随上下文长度变化的图，两轴均为对数坐标，上下文从 1,024 到 1,048,576 个 token，${COUNTING[r.counting]}。` +
      `权重为水平线：${w}。注意力与上下文长度成正比，分别在 ${x} 个 token 处与权重相等。${m}所选上下文长度 ${f.int(r.context)}。`;
  },
  chartNote: (r, f) => `加文档掩码后，token 只关注自己所在的文档（${tokens(r.docLen ?? 0, f)}），注意力到这里就不再增长，与上下文多长无关。`,
  conventionNote: (r, f, name) => [
    '因果计数是实际计算量；', name('PaLM'), ' 的口径常用来算模型 FLOPs 利用率（MFU），按完整矩阵计（',
    name('torchtitan'), '：“we follow the convention and do not account for sparsity in causal attention”）。' +
    '报告没有说表 4 的 TFLOPs 和利用率用的是哪种口径，也没有说峰值取多少。' +
    `这里换成${r.other.counting === 'full' ? ' ' : ''}${COUNTING[r.other.counting]}是 ${flops(r.other.flops.total, f)}（注意力占 ${f.percent(r.other.share, { digits: 1 })}）。`,
  ],

  memoryHeading: '从不存下的分数矩阵',
  memory: (m, r, f) => `朴素的注意力实现把每个头的 n × n 分数写进显存；分块计算的内核在片上逐块算完，只保留 O(n) 的统计量，` +
    `只有前者的 ${f.int(m.ratio)} 分之一（4/n）。n = ${f.int(r.context)}，${MODELS[r.model].size}：`,
  memoryRows: { naive: '朴素：n × n 分数（bf16）', flash: '分块：每行 m 和 ℓ（fp32）', perHead: '一个头', perLayer: (h, f) => `一层（${f.int(h)} 个头）` },
  memoryNote: (name) => [
    name('FlashAttention'), '（', name('Dao'), ' 等 2022，§3.1）每个查询行只存 softmax 统计量：行最大值 m 与行和 ℓ' +
    '（这里按 fp32 计），反向传播时重新计算分数。以上为单条序列。',
  ],

  billHeading: '长上下文阶段的账单',
  billIntro: (b, f) => [
    `${MODELS[b.model].name} 的长上下文阶段：约 ${f.int(b.tokens / 1e8)} 亿个 token（`,
    { cite: 'Report §3.4.2' }, `），分别全部按 ${f.int(CONTEXT_LLAMA3)} 和全部按 ${f.int(CONTEXT_LLAMA31)} 的序列长度计价。`,
  ],
  billColumns: { context: '序列长度', perToken: '每 token', flops: '训练 FLOPs', gpuDays: () => 'GPU·天' },
  billRow: billLabel,
  billDelta: (b, f) => `按 ${f.int(CONTEXT_LLAMA31)} 算是按 ${f.int(CONTEXT_LLAMA3)} 算的 ${f.decimal(b.ratio, { digits: 2 })} 倍：多 ${flops(b.extraFlops, f)} FLOPs、` +
    `多 ${days(b.extraGpuDays, f)} GPU·天（GPU·天 = FLOPs ÷ (TFLOPS × 10¹² × 86,400 秒)）。`,
  billHonesty: (f) => [
    `报告只给了 ${f.int(LONG_CONTEXT_STAGES.value)} 个阶段的 token 总数，没有给每个阶段的长度（`, { cite: 'Report §3.4.2' },
    `）：窗口是从 ${f.int(CONTEXT_LLAMA3)} 逐步加长的，真实花费介于这两行之间。这里只是两端，不是 Meta 的实际成本，` +
    '而且只有当吞吐也按同一口径测得时才成立。',
  ],
  billOtherModel: (m) => `无论选哪个模型，账单都是 405B 的：约 8,000 亿 token 和表 4 都属于它；报告对 ${MODELS[m].size} 只说配方“类似”。`,

  dataSummary: '数据：三个尺寸在所选上下文长度下的数值',
  dataCaption: (c, counting, f) => `上下文 ${f.int(c)} 时每个训练 token 的 FLOPs，${COUNTING[counting]}`,
  dataColumns: { model: '模型', weights: '权重', attention: '注意力', share: '注意力占比', crossover: '相等处（token）' },
  dataRow: (row, selected) => `${MODELS[row.model].name}${selected ? '（所选）' : ''}`,

  sources: (f, name) => [
    '来源：模型形状，', { cite: 'Report Table 3' }, '；六个阶段、约 8,000 亿 token，', { cite: 'Report §3.4.2' },
    `；每 GPU ${f.int(LONG_CONTEXT_ROW.tflopsPerGpu)} TFLOPs，`, { cite: 'Report Table 4' },
    '；两种计数，Kaplan 等 2020 与 ', name('Chowdhery'), ' 等 2022（', name('PaLM'), '）；FlashAttention，', name('Dao'),
    ' 等 2022（arXiv 2205.14135）。其余数字都由这些算出。',
  ],

  impossible: '这个状态无法计算。',
  issue,
  fieldName: FIELD,
};

export default words(messages, 'zh', zh);
