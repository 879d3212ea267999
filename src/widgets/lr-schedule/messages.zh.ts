// lr-schedule's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - learning rate 学习率, warm-up 预热, cosine decay 余弦衰减, annealing 退火, optimizer step 优化步; batch size 批大小
//   (glossary), long context 长上下文 (glossary), pre-training 预训练 (glossary), token stays "token" (glossary).
// - Polyak averaging is 检查点平均（Polyak averaging）, the scaling-law runs 缩放定律实验（IsoFLOP）: the English in
//   full-width brackets, the Chinese way to gloss a term at first use.
// - Token counts use the site's Chinese units (万, 亿, 万亿) through f.short; the binary batch sizes of Table 4 keep
//   "4M/8M/16M" as the report writes them, with the exact counts beside.
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type LrScheduleMessages } from './messages';
import { BATCH_PHASES, COSINE_MID_STEP, LONG_CONTEXT_END, RUN, SCHEDULE, WARMUP_END_TOKENS, type Axis, type FieldRefusal, type ModelId, type Stage } from './model';

const tok = (n: number, f: Format) => f.short(n, { digits: 3, trim: true });
const lr = (v: number, f: Format) => (v === 0 ? '0' : f.sci(v, { digits: 3 }));
const steps = (n: number, f: Format) => f.decimal(n, { digits: 1, trim: true });
const MODEL: Record<ModelId, string> = { 'llama3-405b': '405B', 'llama3-70b': '70B', 'llama3-8b': '8B' };
const STAGE: Record<Stage, string> = {
  warmup: '线性预热', cosine: '余弦衰减', longContext: '长上下文阶段（示意区间）', anneal: '最终退火至 0',
};
const position = (at: number, axis: Axis, f: Format) => (axis === 'tokens' ? `${tok(at, f)} token` : `第 ${steps(at, f)} 步`);
const S = SCHEDULE;
const [P4, P8, P16] = BATCH_PHASES as [typeof BATCH_PHASES[0], typeof BATCH_PHASES[0], typeof BATCH_PHASES[0]];

function fieldError(e: FieldRefusal, f: Format): string {
  const range = e.axis === 'tokens' ? `0 到 ${tok(e.max, f)} token` : `0 到 ${steps(e.max, f)} 步`;
  switch (e.failure) {
    case 'empty': return `请输入 ${range} 之间的位置。`;
    case 'tooLong': return '输入过长，不是有效的位置。';
    case 'negative': case 'tooSmall': return `训练从 0 开始：请输入 ${range}。`;
    case 'tooLarge': return `训练在${e.axis === 'tokens' ? ` ${tok(e.max, f)} token ` : `第 ${steps(e.max, f)} 步`}结束：请输入 ${range}。`;
    default: return `请输入数字，如 2.87T、252M 或 2.87e12（${range}）。`;
  }
}

export const zh: LrScheduleMessages = {
  title: '405B 的学习率与批大小日程',
  summary: '在 Llama 3 405B 的整个预训练过程中拖动，读出任一时刻的学习率、批大小、序列长度、已见 token 数和步数；核对总步数，并与缩放定律实验的学习率日程对比。',

  axisLegend: '横轴',
  axisOption: (axis) => (axis === 'tokens' ? 'token 数' : '步数'),
  modelLegend: '标出峰值学习率（表 3）',
  modelOption: (m) => (m === 'llama3-405b' ? '405B（完整日程）' : `${MODEL[m]}（峰值）`),
  logToggle: '学习率用对数坐标',
  atSlider: (axis) => (axis === 'tokens' ? '训练进度（token）' : '训练进度（步）'),
  atValue: position,
  atValueText: (at, axis, r, f) => `${position(at, axis, f)}，学习率 ${lr(r.lr, f)}`,
  atField: (axis) => (axis === 'tokens' ? '精确 token 数' : '精确步数'),
  fieldError,

  clampMessage: (c, f) => {
    const to = c.axis === 'tokens' ? `${tok(c.to, f)} token` : `第 ${steps(c.to, f)} 步`;
    if (c.kind === 'invalid') return `要求的位置不是数字：这里显示 ${to}。`;
    if (c.kind === 'before') return `要求的位置在训练开始之前：这里显示 ${to}。`;
    const asked = c.axis === 'tokens' ? ` ${tok(c.requested, f)} token` : `第 ${steps(c.requested, f)} 步`;
    return `链接要求的位置是${asked}，已超出训练终点（${to}${c.axis === 'steps' ? '，按批大小日程推算' : ''}）：这里显示终点。`;
  },
  clampReason: (c, f) => {
    const to = c.axis === 'tokens' ? `${tok(c.to, f)} token` : `第 ${steps(c.to, f)} 步`;
    return c.kind === 'past' ? `超出训练终点（${to}）` : c.kind === 'before' ? '在训练开始之前' : '不是数字';
  },

  readoutHeading: '训练进行到这里时',
  readoutRows: { tokens: '已见 token', step: '步数', lr: '学习率', batch: '批大小', seq: '序列长度', stage: '阶段' },
  tokensCell: (n, exact, f) => (exact ? `${tok(n, f)}（${f.int(n)}）` : tok(n, f)),
  stepCell: steps,
  lrCell: lr,
  batchCell: (b, f) => `${tok(b, f)} token`,
  seqCell: (s, stages, f) => (s === null
    ? `分 ${f.int(stages)} 个阶段从 ${f.binaryShort(P8.seqLen)} 增至 ${f.binaryShort(LONG_CONTEXT_END)}（各阶段长度未公布）`
    : `${f.int(s)} token`),
  stageName: (s) => STAGE[s],
  announce: (r, f) => {
    const g = r.reading;
    const seq = g.seqLen === null
      ? `序列长度从 ${f.binaryShort(P8.seqLen)} 逐步增至 ${f.binaryShort(LONG_CONTEXT_END)}`
      : `序列长度 ${f.int(g.seqLen)} token`;
    return `${tok(g.tokens, f)} token，第 ${steps(g.steps, f)} 步：学习率 ${lr(g.lr, f)}，批大小 ${tok(g.batchTokens, f)} token，${seq}；${STAGE[g.stage]}。`;
  },
  modelNote: (m, peak, f) => `表 3 给出 ${MODEL[m]} 的峰值学习率为 ${f.sci(peak, { digits: 2 })}。报告只说 8B 和 70B 采用了` +
    '类似的配方（similar recipes），既没有给出它们的学习率日程，也没有给出批大小：图中只标出峰值，读数仍是 405B 的。',

  lrTitle: '学习率',
  batchTitle: '批大小（token）与序列长度',
  compareTitle: '形状对比：405B 与缩放定律实验（归一化）',
  compareAxisTitle: '余弦衰减走过的比例',
  axisTitle: (axis) => (axis === 'tokens' ? '已见 token 数' : '优化步数'),
  lrChartLabel: (r, log, f) => `405B 的学习率随${r.axis === 'tokens' ? ' token 数' : '步数'}的变化${log ? '（对数坐标）' : ''}：` +
    `前 ${f.int(S.warmupSteps)} 步线性预热到 ${f.sci(S.peak)}，随后余弦衰减，在第 ${f.int(S.cosineSteps)} 步降到 ${f.sci(S.final)}；` +
    `最后 ${tok(RUN.annealTokens, f)} token 线性退火到 0。当前位置 ${tok(r.reading.tokens, f)} token：${lr(r.reading.lr, f)}。`,
  batchChartLabel: (r, f) => `批大小：${tok(P8.fromTokens, f)} token 之前为 ${tok(P4.batchTokens, f)} token，到 ${tok(P16.fromTokens, f)} token 之前为 ` +
    `${tok(P8.batchTokens, f)}，之后为 ${tok(P16.batchTokens, f)}。序列长度先是 ${f.int(P4.seqLen)}，之后为 ${f.int(P8.seqLen)}；` +
    `长上下文阶段（约 ${tok(RUN.longContextTokens, f)} token）画成一个区间。当前批大小 ${tok(r.reading.batchTokens, f)} token。`,
  compareChartLabel: (c, f) => `学习率除以峰值，对余弦衰减走过的比例作图：405B 降到峰值的 1%，缩放定律实验降到 10%。` +
    `按批大小推算，405B 的训练在报告所说 ${f.int(c.stated)} 步的 ${f.percent(c.decimal / S.cosineSteps, { digits: 1 })} 处结束。`,
  legendLr: '405B 的学习率',
  legendLongContext: (f) => `长上下文阶段：约 ${tok(RUN.longContextTokens, f)} token，六个阶段画成一个区间（位置为示意）`,
  legendAnneal: (f) => `退火：最后 ${tok(RUN.annealTokens, f)} token 降到 0`,
  legendCursor: '所选位置',
  legendPeak: (m, peak, f) => `${MODEL[m]} 的峰值 ${f.sci(peak, { digits: 2 })}（表 3；日程未公布）`,
  peakLabel: (m, peak, f) => `${MODEL[m]} 峰值 ${f.sci(peak, { digits: 2 })}`,
  legendBatch: '批大小（token）',
  legendSeq: (f) => `下方色带：序列长度（虚线框：${f.binaryShort(P8.seqLen)} → ${f.binaryShort(LONG_CONTEXT_END)}，各阶段未公布）`,
  stripLabel: (s, f) => f.int(s),
  legendLlamaNorm: (f) => `405B：余弦衰减到 ${f.sci(S.final)}，即峰值的 1%`,
  legendIsoflop: (f) => `缩放定律实验（IsoFLOP）：余弦衰减到峰值的 0.1 倍，峰值 ${f.sci(RUN.isoflop.peakMin)}–${f.sci(RUN.isoflop.peakMax)}`,
  legendRunEnd: (c, f) => `按批大小推算的 405B 训练终点（第 ${f.int(Math.floor(c.decimal))} 步）`,
  compareCaption: '这些实验的训练长度没有公布：两条曲线都画成学习率 ÷ 峰值、对余弦衰减走过的比例作图，并略去预热段（详见说明）。',
  compareNote: (f) => `缩放定律实验（§3.2.1）先预热 ${f.int(RUN.isoflop.warmupSteps)} 步，再按余弦衰减到峰值的 0.1 倍；峰值在 ` +
    `${f.sci(RUN.isoflop.peakMin)} 到 ${f.sci(RUN.isoflop.peakMax)} 之间，随模型规模而定（具体对应关系未公布）。` +
    '这些实验的训练长度没有公布，所以两条曲线都按“余弦衰减走过的比例”画、纵轴取学习率 ÷ 峰值，并略去预热段。',
  chartHint: '也可在图上拖动。方向键逐格移动，Page Up/Down 大步跳，Home/End 到两端；关键点都是停靠位置。',

  checkHeading: '核对总步数',
  checkBody: (c, f) => [
    `${tok(P8.fromTokens, f)} ÷ ${tok(P4.batchTokens, f)} + (${tok(P16.fromTokens, f)} − ${tok(P8.fromTokens, f)}) ÷ ${tok(P8.batchTokens, f)} + ` +
    `(${tok(RUN.totalTokens, f)} − ${tok(P16.fromTokens, f)}) ÷ ${tok(P16.batchTokens, f)} = ${c.perPhase.map((n) => steps(n, f)).join(' + ')} = ` +
    `${steps(c.decimal, f)} 步，报告写的是“${f.int(c.stated)} 步”，前者是后者的 ${f.percent(c.decimal / c.stated, { digits: 1 })}。`,
    `若批大小取 2 的幂（4M = ${f.int(2 ** 22)}、8M = ${f.int(2 ** 23)}、16M = ${f.int(2 ** 24)} token，表 4 的 16M 就是这样算的），` +
    `分界点仍按原文，步数更少：${f.int(Math.round(c.binary))} 步。`,
    '报告没有给出各阶段的步数，所以这两个结果都无法与原文逐项核对。按这个步数，训练在余弦衰减的最后一步之前就结束了，' +
    `此时日程给出的学习率是 ${lr(c.lrAtRunEnd, f)}，而不是 ${f.sci(S.final)}；随后退火把它降到 0。`,
  ],

  assumption: (f) => `假设：${f.int(S.cosineSteps)} 步包含前 ${f.int(S.warmupSteps)} 步预热（报告没有说明），因此余弦衰减从第 ` +
    `${f.int(S.warmupSteps)} 步持续到第 ${f.int(S.cosineSteps)} 步。步数按批大小日程换算，M 取 10⁶。`,
  notesSummary: '说明：长上下文阶段、退火，以及图上看不见的部分',
  notes: (r, f) => [
    zh.compareNote(f),
    `${tok(P4.batchTokens, f)} token 的批大小只持续 ${steps(r.check.perPhase[0]!, f)} 步（${tok(P8.fromTokens, f)} token），预热持续 ` +
    `${f.int(S.warmupSteps)} 步（${tok(WARMUP_END_TOKENS, f)} token）：两者在图上都窄得看不见，可以拖动到那里，或展开下方数据表。`,
    `长上下文（§3.4.2）：约 ${tok(RUN.longContextTokens, f)} token，分 ${f.int(r.stages)} 个阶段从 ${f.binaryShort(P8.seqLen)} 增至 ` +
    `${f.binaryShort(LONG_CONTEXT_END)}。报告没有给出各阶段长度，所以这里只画成一个区间。报告说这些阶段放在预训练后期` +
    `（自注意力的计算量随序列长度平方增长），最后的退火在 ${f.binaryShort(LONG_CONTEXT_END)} 上下文上进行；图中把这个区间画在退火开始之前。` +
    `它的确切位置、这些 token 是否计入 ${tok(RUN.totalTokens, f)}，以及这一阶段的批大小和学习率，报告都没有给出：图中的曲线只是照常延续。`,
    `退火（§3.4.3）：在最后 ${tok(RUN.annealTokens, f)} token（${tok(P16.batchTokens, f)} 的批大小下只有 ` +
    `${steps(RUN.annealTokens / P16.batchTokens, f)} 步）里，学习率线性降到 0，同时提高极高质量数据源的采样比例；最终的预训练模型是` +
    '检查点平均（Polyak averaging）的结果。',
  ],

  dataSummary: '数据表：各关键点的日程',
  dataLabel: '405B 日程在各关键点的取值',
  markName: (id, f) => ({
    batch8M: `批大小 ${tok(P4.batchTokens, f)} → ${tok(P8.batchTokens, f)}，序列 ${f.int(P4.seqLen)} → ${f.int(P8.seqLen)}`,
    warmupEnd: `预热结束（第 ${f.int(S.warmupSteps)} 步）`,
    batch16M: `批大小 ${tok(P8.batchTokens, f)} → ${tok(P16.batchTokens, f)}`,
    cosineMid: `余弦衰减中点（第 ${f.int(COSINE_MID_STEP)} 步）`,
    longContext: '长上下文区间开始（示意位置）',
    anneal: '最终退火开始',
    end: '训练结束',
  })[id],
  dataColumns: { point: '位置', tokens: 'token 数', step: '步数', lr: '学习率', batch: '批大小', seq: '序列长度' },
  sources: (f) => '来源：报告 §3.4.1（优化器（AdamW）、预热、余弦衰减、批大小日程）、§3.4.2（长上下文）、§3.4.3（退火与检查点平均）、' +
    `§1（405B 的 ${tok(RUN.totalTokens, f)} token）、表 3（峰值学习率）、表 4（每批 ${tok(P16.batchTokens, f)} token）、§3.2.1（缩放定律实验）。` +
    '步数为本站推算，报告没有给出各阶段的步数。',
};

export default words(messages, 'zh', zh);
