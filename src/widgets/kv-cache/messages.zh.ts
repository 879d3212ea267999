// kv-cache's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Counts carry their measure word: "131,072 个 token", "8 条序列", "32 层", "8 个 KV 头", "3 块 H100".
// - Source notes ({ cite }) come from src/data in English ("Report Table 3; Meta llama-models args (…)"); citeZh
//   below writes them the Chinese way (报告表 3, Llama 2 论文, Meta llama-models 代码, 模型卡, 数据手册), carrying
//   over every number and code name (max_seq_length, ModelArgs), so that src/data/report.ts citeParts still links
//   "报告 §…" and "报告表 N". A source it does not know stays as written. The same helper is in
//   what-changed/messages.zh.ts; both belong in one shared place once src/data gives its citations a Chinese form.
// - src/data/gpus.ts words a GPU in English ("NVIDIA H100 SXM (80 GB nominal)", "80 GB nominal") and its memory note;
//   here the name is the data's without its English parenthesis, and "nominal" is 标称, with the size printed from
//   the data's bytes. The memory note (GPU_MEMORY_NOTE) is a sentence, so it is translated here.
// - A release date from src/data ("April 2024") is written "2024 年 4 月".
// - "kernel overheads" is 算子开销, the usual Chinese for per-kernel launch and scheduling costs.
import type { Cited } from '../../components/Cite';
import { zh as shell } from '../../components/messages.zh';
import { GPUS, type Gpu } from '../../data/gpus';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31, type ModelConfig } from '../../data/models';
import { words } from '../../i18n/react';
import { citeZh, dateZh } from '../../i18n/dataZh';
import type { Format } from '../../lib/format';
import type { ShapeField } from '../../lib/llama';
import { messages, type KvCacheMessages } from './messages';
import type { AttentionKind, KvIssue, KvOk, ModelChoice } from './model';

const SHAPE_FIELD: Record<ShapeField, string> = {
  dim: '模型宽度', layers: '层数', heads: '查询头数', kvHeads: 'KV 头数', headDim: '头维度', ffnDim: '前馈网络宽度', vocab: '词表大小',
};
const ATTENTION_SHORT: Record<AttentionKind, string> = { mha: 'MHA', gqa: 'GQA', mqa: 'MQA' };
const ATTENTION_NAME: Record<AttentionKind, string> = {
  mha: '多头注意力',
  gqa: '分组查询注意力',
  mqa: '多查询注意力',
};
const AXIS: readonly [string, string] = ['上下文：每条序列的 token 数', '（对数刻度；K = 1,024）'];

/** GPU_MEMORY_NOTE (src/data/gpus.ts) in Chinese. */
const GPU_MEMORY_NOTE =
  'GPU 显存取 NVIDIA 数据手册上的标称容量；程序实际能分配的量与此不同（驱动会报告它自己统计的总量，CUDA 上下文和框架也要占去一部分）。';

/** "标称 80 GB": the nominal capacity (src/data/gpus.ts memoryLabel), printed from the data's bytes. */
const nominal = (gpu: Gpu, f: Format) => `标称 ${f.bytes(gpu.memoryBytes, { units: 'decimal' })}`;
/** "NVIDIA H100 SXM（标称 80 GB）": the data's display name without its English parenthesis (ends in "）", so no space follows). */
const gpuName = (gpu: Gpu, f: Format) => `${gpu.name.replace(/\s*\([^)]*\)\s*$/, '')}（${nominal(gpu, f)}）`;

/** "能放进一块 H100（标称 80 GB）" or "至少需要 3 块 H100（每块标称 80 GB）才放得下". */
function holds(r: KvOk, f: Format): string {
  return r.gpusToHold <= 1
    ? `能放进一块 ${r.gpu.short}（${nominal(r.gpu, f)}）`
    : `至少需要 ${f.int(r.gpusToHold)} 块 ${r.gpu.short}（每块${nominal(r.gpu, f)}）才放得下`;
}

function issue(i: KvIssue, f: Format): string {
  switch (i.code) {
    case 'outOfRange':
      return `${SHAPE_FIELD[i.field]}必须是 ${f.int(i.min)} 到 ${f.int(i.max)} 之间的整数。`;
    case 'exceedsHeads':
      return `KV 头数（${f.int(i.kvHeads)}）不能多于查询头数（${f.int(i.heads)}）：每个 KV 头至少要服务一个查询头。`;
    case 'notDivisor':
      return `查询头数（${f.int(i.heads)}）必须是 KV 头数（${f.int(i.kvHeads)}）的整数倍，这样每个 KV 头服务的查询头一样多。`;
    // Not produced here (the shape has a head dimension but no width, and odd head dimensions are allowed), worded for completeness.
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `查询头数（${f.int(i.heads)}）必须能整除模型宽度（${f.int(i.dim)}）。`;
    case 'notMultipleOfHeadDim':
      return `模型宽度（${f.int(i.dim)}）必须是头维度（${f.int(i.headDim)}）的整数倍。`;
    case 'oddHeadDim':
      return `头维度（${f.int(i.headDim)}）必须是偶数。`;
    case 'countOutOfRange':
      return `${i.field === 'context' ? '上下文' : '批大小'}必须是 ${f.int(i.min)} 到 ${f.int(i.max)} 之间的整数。`;
    case 'unknownChoice':
      switch (i.field) {
        case 'model': return `请从列出的模型中选择一个，或选择“${shell.customModel}”。`;
        case 'attention': return '注意力只能是 MHA、GQA 或 MQA。';
        case 'dtype': return '精度只能是 fp32、bf16、fp8 或 int4。';
        case 'gpu': return 'GPU 只能是 H100 或 H200。';
      }
  }
}

function modelName(model: ModelChoice | null, preset: ModelConfig | null): string {
  return preset ? preset.name : model === 'custom' ? shell.customModel : '未知模型';
}

const sizeEquals = (size: { text: string; exact: boolean }) => (size.exact ? `= ${size.text}` : size.text);

export const zh: KvCacheMessages = {
  title: 'KV 缓存计算器',
  summary: '精确计算 Llama 各模型在多头注意力、分组查询注意力或多查询注意力下的 KV 缓存字节数，并与权重所占显存、GPU 显存容量以及显存带宽给解码速度设下的上限对照。',
  modelLabel: '模型',
  attentionLegend: '注意力（存储的 KV 头数）',
  attentionShort: ATTENTION_SHORT,
  attentionOption: (kind, kvHeads, f) => `${ATTENTION_SHORT[kind]} · ${kvHeads === null ? '?' : f.int(kvHeads)}`,
  count: {
    context: { label: '上下文', fieldLabel: '上下文（精确 token 数）', value: (n, f) => f.count(n, '个 token', '个 token') },
    batch: { label: '批次', fieldLabel: '批次（精确序列数）', value: (n, f) => f.count(n, '条序列', '条序列') },
  },
  countSlider: (label) => `${label}（2 的幂）`,
  countWithShort: (value, short) => `${value}（${short}）`,
  precisionLegend: '缓存与权重的精度',
  dtypeOption: { fp32: 'fp32 · 4 B', bf16: 'bf16 · 2 B', fp8: 'fp8 · 1 B', int4: 'int4 · ½ B' },
  gpuLegend: 'GPU',
  unitsLegend: '单位',
  unitOption: { gib: 'GiB (2³⁰ B)', gb: 'GB (10⁹ B)' },
  customField: { layers: '层数', heads: '查询头数', kvHeads: 'KV 头数（GQA）', headDim: '头维度' },
  countError: (label, { failure, value, min, max, suffixes }, f) => {
    const range = `${f.int(min)} 到 ${f.int(max)} 之间`;
    switch (failure) {
      case 'tooLong': return `${label}：输入太长了。请输入 ${range}的整数。`;
      case 'tooSmall':
      case 'tooLarge': return `${label}必须在 ${range}${value === undefined ? '' : `，输入的是 ${f.int(value)}`}。`;
      default: {
        const hint = suffixes ? '（只用数字，或用 K = 1,024、M = 1,048,576 作后缀，如 128K）' : '（只能输入数字）';
        return `${label}：请输入 ${range}的整数${hint}。`;
      }
    }
  },

  modelName,

  impossible: '这组形状不成立，因此不作计算。',
  issue,
  impossibleAnnounced: (issues) => `这组形状不成立：${issues.join('')}`,

  announce: (r, units, f) => {
    const size = `${f.int(r.batch)} × ${f.int(r.context)} 个 token 的 KV 缓存：${f.bytesExact(r.totalBytes, { units }).text}（${f.int(r.totalBytes)} 字节）。`;
    const ratio = r.cacheToWeights === null ? '' : `缓存是权重的 ${f.rate(r.cacheToWeights)} 倍。`;
    const what = r.weightBytes === null ? '单是缓存就' : '权重加缓存';
    const hold = r.gpusToHold <= 1 ? `${what}能放进一块 ${r.gpu.short}。` : `${what}至少需要 ${f.int(r.gpusToHold)} 块 ${r.gpu.short}。`;
    return size + ratio + hold;
  },
  cacheHeading: (batch, context, f) => `KV 缓存，${f.int(batch)} × ${f.int(context)} 个 token`,
  exactBytes: (bytes, f) => `${f.int(bytes)}\u00a0字节`,
  sizeEquals,
  formula: (r, units, f, strong) => [
    `2（K 和 V）× ${f.int(r.shape.layers)} 层 × ${f.int(r.kvHeads)} 个 KV 头 × ${f.int(r.shape.headDim)} 维` +
    ` × ${f.decimal(r.bytesPerElement, { digits: 1, trim: true })} 字节 = `,
    strong(`每个 token ${f.int(r.bytesPerToken)} 字节`),
    `（${f.bytesExact(r.bytesPerToken, { units }).text}），再 × ${f.int(r.context)} 个 token × ${f.int(r.batch)} 条序列。` +
    (r.groupSize > 1 ? `每个 KV 头服务 ${f.int(r.groupSize)} 个查询头。` : ''),
  ],
  customMemory: (r, f) =>
    `自定义形状不显示权重（它的模型宽度、前馈网络大小和词表都没有给出）。单是缓存就${holds(r, f)}。`,
  cacheToWeights: (r, f, strong) => {
    const ratio = r.cacheToWeights;
    const which = ratio > 1 ? '缓存比权重大' : ratio < 1 ? '权重比缓存大' : '与权重一样大';
    return ['KV 缓存 ÷ 权重：', strong(f.ratio(ratio)), `（${which}），按 ${f.int(r.batch)} × ${f.int(r.context)} 个 token、${r.dtype} 计算。`];
  },
  memory: (r, units, f) =>
    `${r.dtype} 权重（参数量 ${f.int(r.parameters)}）：${f.int(r.weightBytes)} 字节（${f.bytesExact(r.weightBytes, { units }).text}）。` +
    `权重 + 缓存 ${sizeEquals(f.bytesExact(r.residentBytes, { units }))}，${holds(r, f)}。`,
  decodeHeading: '解码速度：受显存带宽限制',
  decode: (r, units, f, strong) => {
    const d = r.decode;
    const cache = f.bytesExact(r.totalBytes, { units }).text;
    const reads = d.includesWeights && r.weightBytes !== null
      ? `全部权重（${f.bytesExact(r.weightBytes, { units }).text}）和整个缓存（${cache}）`
      : `整个缓存（${cache}；自定义形状的权重未知）`;
    const bandwidth = `${f.bytes(r.gpu.bandwidthBytesPerSecond, { units: 'decimal' })}/s`;
    return [
      `每个解码步为每条序列生成一个 token，要读取${reads}，共 ${f.int(d.bytesPerStep)} 字节。` +
      `按 ${gpuName(r.gpu, f)}的 ${bandwidth} 带宽，一步至少需要 ${f.duration(d.secondsPerStep)}，因此最多只能达到`,
      strong(`每条序列 ${f.rate(d.tokensPerSecondPerSequence)} token/s`),
      `${r.batch > 1 ? `（整个批次 ${f.int(r.batch)} 条序列合计 ${f.rate(d.tokensPerSecond)} token/s）` : ''}。`,
    ];
  },
  decodeCaveat: (r, units, f) =>
    '这是理想化的上限：假设每一步都以峰值带宽把全部权重和缓存各读一遍，忽略计算耗时、算子开销、激活值以及 GPU 之间的通信' +
    (r.gpusToHold > 1
      ? `，还假定一块 ${r.gpu.short} 能装下全部 ${f.bytesExact(r.residentBytes, { units }).text}（实际装不下：真实部署会把模型拆到多块 GPU 上）`
      : '') +
    `。带宽取 NVIDIA 公布的 ${r.gpu.short} 峰值。`,
  note: (n, name, f) => {
    switch (n.code) {
      case 'beyondWindow':
        return `${name} 发布时的窗口是 ${f.int(n.window)} 个 token；更长的上下文在这里只是按公式算出的数字。`;
      case 'hypotheticalAttention':
        return `${name} 发布时存储 ${f.int(n.releasedKvHeads)} 个 KV 头；这里有 ${f.int(n.kvHeads)} 个 KV 头的 ${ATTENTION_SHORT[n.attention]} 变体是假想的（其余形状不变）。`;
      case 'multiHeadModel':
        return `${name} 使用多头注意力：它自身的 KV 头数与查询头数相同，都是 ${f.int(n.heads)} 个，所以 GQA 与 MHA 在这里是一回事。`;
      case 'int4Scales':
        return 'int4 按每个数半个字节计算，没有计入真实 4 位格式还要另存的缩放因子。';
    }
  },
  sources: (r, f) => {
    const m = r.preset;
    const model: Cited = m
      ? [
        `${m.name} 的形状：`, { cite: citeZh(m.source) }, `；其窗口 ${f.int(m.contextTokens)} 个 token：`, { cite: citeZh(m.contextCite) },
        ...(m.earlier ? [`（${m.earlier.name}，${dateZh(m.earlier.date)}：${f.int(m.earlier.contextTokens)}，`, { cite: citeZh(m.earlier.contextCite) }, '）'] : []),
      ]
      : ['自定义形状由你设定'];
    return [
      '来源：', ...model, `；${r.gpu.short}：`, { cite: citeZh(r.gpu.cite) },
      `。${GPU_MEMORY_NOTE}默认上下文 ${f.int(CONTEXT_LLAMA31)} 个 token 是 Llama 3.1 的窗口；` +
      `2024 年 4 月发布的 Llama 3 模型为 ${f.int(CONTEXT_LLAMA3)}。其余数字都由这些来源和上面的控件算出。`,
    ];
  },

  legendSeries: (kind, kvHeads, chosen, f) => `${ATTENTION_SHORT[kind]}（${f.int(kvHeads)} 个 KV 头）${chosen ? '，已选' : ''}`,
  legendWeights: '权重',
  legendGpu: 'GPU 显存（标称）',
  chartTitle: (description) => `KV 缓存大小随上下文长度变化的曲线图（双对数坐标）。${description}`,
  axisTitle: AXIS,
  axisTitleLine: AXIS.join(''),
  maxContext: (short) => `最长 ${short}`,
  gpuLine: (gpu, f) => `${GPUS[gpu].short} ${f.bytes(GPUS[gpu].memoryBytes, { units: 'decimal' })}`,
  weightsLine: (dtype) => `权重（${dtype}）`,

  dataSummary: (r, f) => `数据：各上下文长度下的缓存大小（${r.dtype}，批次 ${f.int(r.batch)}）`,
  dataScroll: (r, f) => `各上下文长度下的 KV 缓存大小，${r.dtype}，批次 ${f.int(r.batch)}`,
  dataCaption: (name) => `${name} 在各种注意力方式和上下文长度下的 KV 缓存大小`,
  contextColumn: '上下文（token）',
  attentionColumn: (kind, kvHeads, f) => `${ATTENTION_SHORT[kind]}（${f.int(kvHeads)} 个 KV 头）`,
  contextRow: (context, chosen, f) => `${f.int(context)}${chosen ? '（已选）' : ''}`,
  bytesCell: (bytes, f) => `${f.int(bytes)} B`,
  tableNote: (r, gpus, f) =>
    `每个 token：${(['mha', 'gqa', 'mqa'] as const).map((k) => `${ATTENTION_SHORT[k]} ${f.int(r.variants[k].bytesPerToken)} B`).join('，')}。` +
    (r.weightBytes !== null ? `权重：${f.int(r.weightBytes)} B。` : '') +
    `GPU 显存（标称）：${gpus.map((g) => `${GPUS[g].short} ${f.int(GPUS[g].memoryBytes)} B`).join('，')}。`,

  describe: (s, f) => {
    if (!s.ok) return `${modelName(s.model, s.preset)}：这组配置不成立。${s.errors.map((i) => issue(i, f)).join('')}`;
    const { units } = s;
    const head = `${modelName(s.model, s.preset)}，${ATTENTION_NAME[s.attention]}（${f.int(s.kvHeads)} 个 KV 头对应 ${f.int(s.heads)} 个查询头），${s.dtype}，${f.int(s.context)} 个 token，批次 ${f.int(s.batch)}`;
    const cache = `KV 缓存 ${f.int(s.totalBytes)} 字节（${f.bytesExact(s.totalBytes, { units }).text}），每个 token ${f.int(s.bytesPerToken)} 字节`;
    const compared = s.alternatives.map((a) => `换成${ATTENTION_NAME[a.attention]}则需要 ${f.bytesExact(a.totalBytes, { units }).text}`).join('；');
    const weights = s.weightBytes !== null && s.cacheToWeights !== null
      ? `权重 ${f.bytesExact(s.weightBytes, { units }).text}；缓存是权重的 ${f.ratio(s.cacheToWeights)}。`
      : '自定义形状的权重未知。';
    const speed = `用一块 ${gpuName(s.gpu, f)}解码的理想化上限：每条序列每秒 ${f.rate(s.tokensPerSecondPerSequence)} 个 token。`;
    return `${head}：${cache}。${compared ? `${compared}。` : ''}${weights}${speed}`;
  },
};

export default words(messages, 'zh', zh);
