// parallelism-planner's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { wholeNumberError } from '../../components/kit/messages.zh';
import { MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type MemoryTerm, type ParallelismPlannerMessages } from './messages';
import type { FieldKey, FieldRefusal, LayoutDim, PlanOk } from './model';

const FIELD: Record<FieldKey, string> = {
  gpus: 'GPU 数', tp: 'TP', cp: 'CP', pp: 'PP', dp: 'DP', seqLen: '序列长度', mbs: '每个数据并行组的序列数',
  m: '微批次数 M', v: '交错数 V', mfu: 'MFU',
};
const DIM: Record<LayoutDim, string> = { tp: 'TP', cp: 'CP', pp: 'PP', dp: 'DP' };
const OUTLINE: Record<LayoutDim, string> = { tp: '实线框', cp: '虚线框', pp: '点线框', dp: '双线框' };
const gb = (b: number, f: Format) => f.bytes(b, { units: 'decimal' });
const gpuList = (ranks: number[], f: Format) => ranks.map((r) => `GPU ${f.int(r)}`).join('、');

const fieldError = (e: FieldRefusal, f: Format): string => {
  if (e.field === 'mfu') {
    return e.failure === 'tooSmall' || e.failure === 'tooLarge' || e.failure === 'negative'
      ? 'MFU 须在 1% 到 100% 之间。' : 'MFU：请输入 1 到 100 之间的百分数，例如 43。';
  }
  return wholeNumberError(FIELD[e.field], e, f);
};

const memFormula = (term: MemoryTerm, r: PlanOk, f: Format): string => {
  const a = r.assumptions, m = r.memory, p = f.short(m.params);
  switch (term) {
    case 'weights': return `bf16：2 B × ${p}个参数（前向后不重新分片，整份保留）`;
    case 'gradients': return a.gradients === 'sharded'
      ? `fp32：4 B × ${p} ÷ DP ${f.int(r.layout.dp)}`
      : `fp32：4 B × ${p}（整份累积，直到 reduce-scatter）`;
    case 'optimizer': return `${f.int(a.optimizerBytes)} B × ${p} ÷ DP ${f.int(r.layout.dp)}`;
    case 'activations': return `每层每个微批次 ${f.bytes(m.activationPerLayer, { units: 'decimal' })} × 同时在途 ${f.int(m.layersInFlight)} 份`;
  }
};

export const zh: ParallelismPlannerMessages = {
  title: '4D 并行规划器：H100 上的 TP、CP、PP 与 DP',
  summary: '按报告的顺序 [TP, CP, PP, DP] 把一次 Llama 3 训练切分到 GPU 上，查看单卡显存与 80 GB 的对比、流水线气泡、' +
    '每步 token 数、rank 布局，以及给定 MFU 下的训练时长。',

  latinTerms: ['TP', 'CP', 'PP', 'DP', 'MFU', 'rank', 'FSDP', 'FlashAttention', 'Megatron', 'PaLM', 'reduce-scatter', 'all-gather', '1F1B', 'CUDA', 'TFLOP'],

  modelLabel: '模型（表 3 的结构）',
  modelOption: (m, n, f) => `${MODELS[m].name}（${f.params(n)}参数）`,
  presetsLegend: '表 4 各行（405B）',
  presetButton: (row, p, f) => `第 ${f.int(row)} 行：${f.int(p.gpus)} 张 GPU，${f.binaryShort(p.seqLen)}`,
  layoutLegend: '布局：TP × CP × PP × DP = GPU 数（可选的规模都能让 DP 为整数）',
  gpusField: 'GPU 数',
  dimLabel: { tp: '张量并行（TP）', cp: '上下文并行（CP）', pp: '流水线并行（PP）' },
  dpLabel: '数据并行（DP），余下的因子',
  dpValue: (dp, ok, f) => (ok ? f.int(dp) : `${f.int(dp)}：四者乘积不等于 GPU 数`),
  batchLegend: '批次、调度与速度',
  fieldLabel: { seqLen: '序列长度', mbs: '每个数据并行组的批大小（序列）', m: '微批次数 M', v: '交错数 V', mfu: '模型算力利用率（MFU，%）' },
  fieldError,

  impossible: '按当前设置无法运行。',
  issue: (i, f) => {
    switch (i.code) {
      case 'notWhole': return '各个规模都须是不小于 1 的整数，MFU 须在 1% 到 100% 之间。';
      case 'product': return `TP × CP × PP × DP = ${f.int(i.inner)} × ${f.int(i.dp)} = ${f.int(i.product)}，不等于 ${f.int(i.gpus)} 张 GPU` +
        (i.fixDp === null ? `：${f.int(i.inner)} 不能整除 ${f.int(i.gpus)}。` :
          `，每步 token 数也会是 ${f.int(i.tokensNow)}。取 DP = ${f.int(i.fixDp)}，则为 ${f.int(i.gpus)} 张 GPU、每步 ${f.int(i.tokensFixed)} 个 token。`) +
        (i.printedRows.length > 0 ? `表 4 第 ${i.printedRows.map((x) => f.int(x)).join('、')} 行就是这样印的（它印的每批 token 数是 16M）：取 DP = ${f.int(i.fixDp)} 两个数都对得上。` : '');
      case 'tpHeads': return `TP = ${f.int(i.tp)} 须能整除 ${f.int(i.heads)} 个查询头、${f.int(i.kvHeads)} 个 K/V 头和 d_ff = ${f.int(i.ffnDim)}。`;
      case 'ppLayers': return `PP × V = ${f.int(i.chunks)} 个流水线分块，多于 ${f.int(i.layers)} 层。`;
      case 'microBatch': return `M = ${f.int(i.m)} 须能整除每个 DP 组的 ${f.int(i.mbs)} 条序列（每个微批次只装整条序列）。`;
      case 'cpChunks': return `${f.int(i.seqLen)} 个 token 的序列须能均分为 2 × CP = ${f.int(i.step)} 块。`;
      case 'interleaveM': return `V > 1 且微批次少于流水线级数（M = ${f.int(i.m)} < PP = ${f.int(i.pp)}）：常规的交错调度不支持；报告改进后的调度支持，因此仍给出结果。`;
    }
  },
  fixDp: (dp, f) => `改用 DP = ${f.int(dp)}`,
  impossibleAnnounced: (issues) => `无法运行：${issues.join('')}`,
  dpAdjusted: (fix, f) => (fix === null
    ? 'tp × cp × pp × dp 须等于 gpus；组件会说明原因'
    : `tp × cp × pp × dp 须等于 gpus；组件会说明原因，并给出 dp = ${f.int(fix)}`),

  resultLine: (r, f) => `${MODELS[r.model].size} 用 ${f.int(r.gpus)} 张 GPU：每卡 ${gb(r.memory.total, f)}，上限 80 GB` +
    `（${r.fits ? '放得下' : '放不下'}），气泡 ${f.percent(r.bubble)}，每步 ${f.int(r.tokensPerStep)} 个 token，` +
    `MFU ${f.percent(r.mfu)} 时需 ${f.decimal(r.run.days, { digits: 1 })} 天。`,
  rowsMatch: (rows, f) => (rows.length === 0 ? '' : `即表 4 第 ${rows.map((x) => f.int(x)).join('、')} 行的原样设置。`),

  memHeading: '单卡显存',
  memTotal: (r, f) => `${gb(r.memory.total, f)}，占 80 GB 的 ${f.percent(r.memoryShare)}：${r.fits ? '放得下' : '放不下'}`,
  memTerm: { weights: '权重', gradients: '梯度', optimizer: '优化器状态', activations: '激活值' },
  memFormula,
  memTotalRow: '合计',
  memCapacityRow: 'H100 标称容量',
  memDescribe: (m, cap, f) => `堆叠条形图：权重 ${gb(m.weights, f)}，梯度 ${gb(m.gradients, f)}，优化器状态 ` +
    `${gb(m.optimizer, f)}，激活值 ${gb(m.activations, f)}；合计 ${gb(m.total, f)}，对照 ${gb(cap, f)}。`,
  capacityLabel: (b, f) => `${gb(b, f)}`,
  memScope: '所示为流水线第一级的一张 GPU（存放词嵌入，在途微批次最多），不做重计算。未计入：通信缓冲区、CP all-gather 得到的 K/V、' +
    'logits、CUDA 上下文和显存碎片。',
  assumptionsLegend: '报告未说明的假设',
  optLegend: '每个参数的优化器字节数',
  optOption: { '12': '12：fp32 的 m、v 和主权重', '8': '8：m、v，无主权重' },
  gradsLegend: '梯度',
  gradsOption: { sharded: '按数据并行分片', accumulated: '整份累积' },
  ffnLegend: 'SwiGLU 保存的张量',
  ffnOption: { '2': '2 × d_ff（融合实现）', '4': '4 × d_ff' },
  memTableLabel: '单卡显存分项',

  stepHeading: '流水线与每步',
  stepRows: (r, f) => [
    ['气泡 (PP − 1)/(V·M)', `(${f.int(r.layout.pp)} − 1)/(${f.int(r.v)} × ${f.int(r.m)}) = ${f.percent(r.bubble)}`],
    ['每步 token 数', f.int(r.tokensPerStep)],
    ['每个微批次的序列数', f.decimal(r.microBatchSequences, { digits: 2, trim: true })],
    ['每秒 token 数（整个任务）', f.short(r.run.tokensPerSecond, { digits: 3 })],
    ['每步耗时', f.duration(r.stepSeconds)],
  ],

  trainHeading: '训练时长',
  attnToggle: '计入注意力 FLOPs（12·L·H·Q·T，PaLM 的算法）',
  trainRows: (r, f) => [
    ['每个 token 的 FLOPs', `${f.sci(r.flopsPerToken, { digits: 3 })}${r.flopsPerToken === 6 * r.params ? ' = 6N' : ' = 6N + 注意力'}`],
    ['训练 token 数', r.tokensAbout ? `${f.short(r.tokens, { digits: 2 })}（报告所说的“约 15T”）` : `${f.short(r.tokens, { digits: 3 })}（报告 §1）`],
    ['训练 FLOPs', f.sci(r.run.flops, { digits: 4 }) + (r.ref405 ? `（报告：${f.sci(r.ref405.flops, { digits: 2 })}）` : '')],
    ['天数', f.decimal(r.run.days, { digits: 1 })],
    ['GPU 小时', f.short(r.run.gpuHours, { digits: 3 }) + (r.ref405 ? `（模型卡：${f.short(r.ref405.gpuHours, { digits: 4 })}）` : '')],
  ],
  peakNote: 'FLOPs ÷（GPU 数 × 989.5 TFLOP/s × MFU），其中 989.5 TFLOP/s 是 NVIDIA 给出的 H100 SXM 稠密 BF16 峰值：' +
    '报告没有说明它的 MFU 用的是哪个峰值。报告的 3.8 × 10²⁵ FLOPs 和模型卡的 3084 万 GPU 小时只适用于 405B。',
  layoutHeading: 'rank 布局 [TP, CP, PP, DP]',
  strides: (r, f) => `相邻 rank 先在 TP 维上变化：各维步长为 TP 1、CP ${f.int(r.strides.cp)}、PP ${f.int(r.strides.pp)}、` +
    `DP ${f.int(r.strides.dp)}。`,
  gridHelp: '选一张 GPU（方向键移动）：它所在的四个组以不同边框标出，并标注 T、C、P、D。',
  gridLabel: '按编号排列的 GPU',
  gpuName: (k, c, f) => `GPU ${f.int(k)}，坐标 [${f.int(c.tp)}, ${f.int(c.cp)}, ${f.int(c.pp)}, ${f.int(c.dp)}]`,
  groupMark: { tp: 'T', cp: 'C', pp: 'P', dp: 'D' },
  groupLine: (dim, k, members, f) => `${DIM[dim]} 组（${OUTLINE[dim]}，${DIM[dim][0]}）：${members.length === 1 ? `仅 GPU ${f.int(k)}` : gpuList(members, f)}`,
  groupSummary: (dim, g, f) => `GPU 0 所在的 ${DIM[dim]} 组：` +
    (g.second === null ? '仅 GPU 0 一张' : g.size === 2 ? `GPU ${f.int(g.first)} 和 ${f.int(g.second)}`
      : `${f.int(g.size)} 张 GPU，编号 ${f.int(g.first)}、${f.int(g.second)}、…、${f.int(g.last)}（步长 ${f.int(g.stride)}）`),
  fig5Note: '图 5 的 16 张 GPU（各维均为 2）：GPU 0 和 1 同属一个 TP 组，0 和 2 同属一个 CP 组，0 和 4 同属一个 PP 组，0 和 8 同属一个 DP 组。',

  notesSummary: '说明：哪些是假设',
  notes: [
    '80 GB 是 H100 的标称显存，并非程序实际可分配的大小（CUDA 上下文和框架会占去一部分）。',
    '报告的 3.8 × 10²⁵ FLOPs 除以模型卡的 3084 万 GPU 小时，相当于平均每卡约 342 TFLOP/s，低于表 4 中运行时的 380–430。',
    '权重：FSDP 对优化器状态和梯度分片，但前向之后不再对权重重新分片（报告 §3.3.2），所以每张 GPU 整份保留自己那份 TP·PP 切分的权重。',
    '激活值：Llama 一个块为反向保存的 bf16 张量（归一化、Q、K、V、FlashAttention 的输出、SwiGLU 的张量），借助序列并行按 TP 切分，再按 CP 切分；1F1B 调度下第一级同时持有 min(PP, M) 个微批次，交错调度更多。报告在 8K 长度下训练“不使用激活检查点”。',
    '报告没有给出 405B 的 M 和 V；预设取每个微批次一条序列、V = 1。',
    '词嵌入在流水线第一级，输出层在最后一级；报告让这两级少放几层来平衡负载，这里的计数没有这样做。',
  ],
  sources: '来源：报告 §3.3.2 与表 4；模型结构见表 3；H100 的 80 GB 与稠密 BF16 989.5 TFLOP/s 见 NVIDIA 数据手册；3084 万 GPU 小时见 Llama 3.1 模型卡。',
};

export default words(messages, 'zh', zh);
