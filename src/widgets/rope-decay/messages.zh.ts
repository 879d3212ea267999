// rope-decay's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - "base" is 底数 (glossary note), "pair" 维度对, "wavelength" 波长, "long-term decay" 远程衰减, "query"/"key" 查询/键.
// - RoFormer's bound is "RoFormer 上界"; the all-ones score is "全 1 得分" (q = k = 全 1 向量).
// - "turned once" is 转满一圈; a pair "still on its first turn" 尚未转满一圈.
// - Llama 3.1's parameters are named as Meta's apply_scaling names them (scale_factor, low_freq_factor,
//   high_freq_factor, old_context_len), code names a Chinese reader searches for, rather than English words.
// - People's and models' names (Barbero, Gemma) stay as written, marked translate="no" by the view (`name`).
import { wholeNumberError } from '../../components/kit/messages.zh';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31 } from '../../data/models';
import { LLAMA31_ROPE_SCALING, ROPE_HEAD_DIM, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3 } from '../../data/rope';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type RopeDecayMessages } from './messages';
import type { DecayIssue, LimitKey, SeriesResult } from './model';

const S = LLAMA31_ROPE_SCALING.value;
const FIELD: Record<LimitKey, string> = { base: '底数', distance: '距离' };
/** "d = " with no-break spaces, so "d =" never ends a line. */
const D = 'd\u00a0=\u00a0';

function baseValue(base: number, f: Format): string {
  if (base === ROPE_THETA_LLAMA3) return `${f.int(base)}（Llama 3）`;
  if (base === ROPE_THETA_LLAMA2) return `${f.int(base)}（Llama 2）`;
  return f.int(base);
}

function seriesName(s: Pick<SeriesResult, 'id' | 'base' | 'scaled'>, f: Format): string {
  if (s.scaled) return `底数 ${f.int(s.base)}（加 Llama 3.1 缩放）`;
  return `底数 ${baseValue(s.base, f)}`;
}

const bound = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const score = (v: number, f: Format) => f.decimal(v, { digits: 3 });
const tokens = (n: number, f: Format) => `${f.int(n)} 个 token`;

function issue(i: DecayIssue, f: Format): string {
  switch (i.code) {
    case 'outOfRange': return `${FIELD[i.field]}必须是 ${f.int(i.min)} 到 ${f.int(i.max)} 之间的整数。`;
    case 'unknownChoice': return i.field === 'headDim' ? '头维度只能是 64、128 或 256。' : '缩放只能是“不缩放”或“Llama 3.1”。';
  }
}

export const zh: RopeDecayMessages = {
  title: '远程衰减与 RoPE 底数',
  summary: 'RoFormer 的衰减上界和全 1 查询、键的得分随距离（1 到 131,072 个 token）的变化：底数 10,000 对比 Llama 3 的 500,000，' +
    '可叠加 Llama 3.1 的频率缩放；并说明远程衰减解释不了什么。',

  baseSlider: (ref, f) => `第二个底数（与 ${f.int(ref)} 对比）`,
  baseField: '第二个底数（精确值）',
  baseValue,
  scalingLegend: '第二个底数上的 Llama 3.1 频率缩放',
  scalingOption: (s, f) => (s === 'none' ? '不缩放' : `Llama 3.1（因子 ${f.int(S.factor)}）`),
  headDimLegend: '头维度 d',
  headDimOption: (h, f) => (h === ROPE_HEAD_DIM ? `${f.int(h)}（Llama 3）` : f.int(h)),
  distanceSlider: '查询与键之间的距离',
  distanceField: '距离（精确的 token 数）',
  distanceValue: tokens,
  distanceValueText: (d, f) => (d >= 1_024 && f.binaryShort(d) !== f.int(d) ? `${tokens(d, f)}（${f.binaryShort(d)}）` : tokens(d, f)),
  fieldError: (e, f) => wholeNumberError(FIELD[e.field], e, f, e.field === 'base' ? '（数字，或 5e5 这样的指数写法）' : '（数字，或用 K 表示 1,024，例如 8K）'),

  seriesName,

  readoutHeading: (d, f) => `距离为 ${tokens(d, f)} 时`,
  readoutColumns: { series: '曲线', bound: 'RoFormer 上界', ones: '全 1 得分', unturned: '尚未转满一圈的维度对' },
  unturnedCell: (n, pairs, f) => `${f.int(n)} / ${f.int(pairs)}`,
  readoutLabel: (d, f) => `距离为 ${tokens(d, f)} 时的数值`,
  readoutKey: 'RoFormer 上界：(1/(d/2))·Σ|S_j|，限制 |q·k|，但还要乘上一个由 q 和 k 决定的系数。' +
    '全 1 得分：q = k = (1, …, 1) 时旋转后的 q_m·k_n 除以 d（距离为 0 时等于 1）。尚未转满一圈：波长大于该距离。',
  announce: (r, f) => {
    const a = r.reference.reading;
    const b = r.compared.reading;
    return `距离 ${f.int(r.distance)}：${seriesName(r.reference, f)}的 RoFormer 上界为 ${bound(a.bound, f)}，全 1 得分 ${score(a.ones, f)}，` +
      `尚未转满一圈的维度对 ${f.int(a.unturned)} 对；${seriesName(r.compared, f)}依次为 ${bound(b.bound, f)}、${score(b.ones, f)}、` +
      `${f.int(b.unturned)} 对（共 ${f.int(r.pairs)} 对）。`;
  },

  legendWrap: '最长波长（● 或 ■ 标明底数）',
  legendFall: '上界逐步下降到此为止',
  legendDistance: '所选距离（圆点为该处的精确值）',
  panelTitle: {
    bound: 'RoFormer 上界：(1/(d/2))·Σ|S_j|',
    ones: '全 1 得分：(1/(d/2))·Σ cos(r·θᵢ)',
  },
  axisTitle: ['距离 n − m（token 数）', '（对数刻度；K = 1,024）'],
  axisTitleLine: '距离 n − m（token 数，对数刻度；K = 1,024）',
  wrapLabel: (lambda, f) => `λ ${f.int(Math.round(lambda))}`,
  chartLabel: (m, r, f) => {
    const v = (s: SeriesResult, j: number) => (m === 'bound' ? bound(s.curve.bound[j]!, f) : score(s.curve.ones[j]!, f));
    const at = (s: SeriesResult) => (m === 'bound' ? bound(s.reading.bound, f) : score(s.reading.ones, f));
    const last = r.reference.curve.distances.length - 1;
    const what = m === 'bound' ? 'RoFormer 上界' : '全 1 得分';
    const wrap = r.reference.wrapsOnAxis
      ? `${seriesName(r.reference, f)}的所有维度对在 ${f.int(Math.round(r.reference.longestWavelength))} 之后都至少转满了一圈。`
      : '';
    return `图：${what}随距离的变化，横轴为对数刻度，从 1 到 ${f.int(CONTEXT_LLAMA31)} 个 token。` +
      `${seriesName(r.reference, f)}从距离 1 处的 ${v(r.reference, 0)} 到 ${f.int(CONTEXT_LLAMA31)} 处的 ${v(r.reference, last)}；` +
      `${seriesName(r.compared, f)}从 ${v(r.compared, 0)} 到 ${v(r.compared, last)}。` +
      `距离 ${f.int(r.distance)} 处分别为 ${at(r.reference)} 和 ${at(r.compared)}。${wrap}`;
  },

  wrapNote: (r, f) => {
    const ref = r.reference;
    const head = `虚线位于 ${tokens(Math.round(ref.longestWavelength), f)} 处：这是${seriesName(ref, f)}在 ${D}${f.int(r.headDim)} 时的最长波长。` +
      `越过它，${f.int(r.pairs)} 个维度对都已至少转满一圈，单凭任何一对都分不清这个距离和更短的距离（它只是重复转过的角度）；` +
      '但所有角度合在一起仍随距离而变，所以位置并没有被直接混淆。';
    const c = r.compared;
    const other = c.wrapsOnAxis
      ? `${seriesName(c, f)}的最长波长是 ${tokens(Math.round(c.longestWavelength), f)}（也画成虚线）。`
      : `${seriesName(c, f)}的最长波长是 ${tokens(Math.round(c.longestWavelength), f)}，超出了横轴：` +
        `在 ${f.int(CONTEXT_LLAMA31)} 处，它的 ${f.int(r.pairs)} 个维度对中仍有 ${f.int(c.unturnedAtEnd)} 对没有转满第一圈。`;
    return head + other;
  },
  fallNote: (r, f) => {
    const part = (s: SeriesResult) => (s.steadyFall
      ? `${seriesName(s, f)}只到距离 ${f.int(s.steadyFall.distance)}`
      : `${seriesName(s, f)}一直到横轴末端`);
    return `这并不是平滑的衰减：上界逐步下降，${part(r.reference)}，${part(r.compared)}（三角形处），之后便有升有降：` +
      `在相邻的绘图距离之间，上界分别上升了 ${f.int(r.reference.rises.rises)} 次和 ${f.int(r.compared.rises.rises)} 次（共 ${f.int(r.reference.rises.steps)} 步）。`;
  },
  samplingNote: (points, pairs, fastest, f) =>
    `${f.int(points)} 个绘图距离（按对数间隔取的整数 token 距离）和所选距离都用全部 ${f.int(pairs)} 个维度对精确算出，点与点之间的直线段则不是：` +
    `最快的维度对每 ${f.decimal(fastest, { digits: 2 })} 个 token 就转一圈，所以在远处，真实曲线会在相邻两点之间上下摆动，所选距离处的圆点也可能不在线上。`,
  scalingNote: (f) =>
    `Llama 3.1 的规则（出自 Meta 的代码，报告中没有描述）：波长小于 ${f.int(S.original)} ÷ ${f.int(S.high)} = ${f.int(S.original / S.high)} 个 token 的维度对` +
    `保持原频率，大于 ${f.int(S.original / S.low)} 的转速降为原来的 1/${f.int(S.factor)}，介于两者之间的按比例混合。这里只作用于第二个底数。`,
  note: (n, f) => {
    switch (n.code) {
      case 'otherHeadDim':
        return `Llama 3 的头维度 ${D}${f.int(ROPE_HEAD_DIM)}（报告表 3）；${D}${f.int(n.headDim)} 仅作对比，并不是 Llama 3 的形状。`;
      case 'scalingOtherBase':
        return `Llama 3.1 只在底数 ${f.int(ROPE_THETA_LLAMA3)} 上使用这一缩放；用在底数 ${f.int(n.base)} 上只是一种假设。`;
      case 'sameCurve':
        return `两条曲线都用底数 ${f.int(ROPE_THETA_LLAMA2)}，因此完全重合。`;
    }
  },
  caveatHeading: '远程衰减能解释什么，不能解释什么',
  caveat: (name) => [
    '两条曲线都是特例。上界对 |q·k| 的限制还要乘上一个取决于 q 和 k 的系数；全 1 得分也只是一组特定的 q 和 k。' +
    '如果 q 和 k 的各个分量相互独立、均值为 0（例如随机高斯向量），那么在任何距离上，得分的期望都是 0：平均而言，根本没有什么可衰减的。',
    name('Barbero'),
    ' 等人（2024）分析了训练好的 ',
    name('Gemma 7B'),
    '，认为衰减不太可能是 RoPE 起作用的核心原因：模型用最高的频率构造按位置的注意力模式，又大量使用最低的频率，' +
    '他们推测后者承载的是语义信息。这两条曲线真正展示的，是每个底数让各维度对逐渐失去同步的距离尺度。',
  ],
  sources: (f, name) => [
    `来源：上界见 RoFormer 论文（Su et al. 2021）第 3.4.3 节；底数 ${f.int(ROPE_THETA_LLAMA2)} 见 Meta 的 Llama 2 代码（precompute_freqs_cis，theta=10000.0）；` +
    `底数 ${f.int(ROPE_THETA_LLAMA3)} 见`, { cite: '报告 §3.2' }, `；${D}${f.int(ROPE_HEAD_DIM)} 见`, { cite: '报告表 3' },
    `；Llama 3.1 的缩放（scale_factor = ${f.int(S.factor)}，low_freq_factor = ${f.int(S.low)}，high_freq_factor = ${f.int(S.high)}，` +
    `old_context_len = ${f.int(S.original)}）见 Meta 的 llama-models 代码（apply_scaling）；衰减的局限见 `, name('Barbero'),
    ' 等人 2024 年的论文（arXiv 2410.06205）。图中的每个数都由这些算出。',
  ],

  dataSummary: '数据：每个 2 的幂次距离和参考距离上的两种量',
  dataLabel: 'RoFormer 上界与全 1 得分在各距离上的数值',
  distanceColumn: '距离（token 数）',
  measureColumn: (m, name) => `${m === 'bound' ? '上界' : '全 1 得分'}，${name}`,
  distanceRow: (d, chosen, f) => `${f.int(d)}${d === 0 ? '（同一位置）' : ''}${chosen ? '（所选）' : ''}`,
  tableNote: (f) => `距离 0 即同一位置（对数横轴上没有它）。${f.int(CONTEXT_LLAMA3)} 是 Llama 3 的训练上下文长度，${f.int(CONTEXT_LLAMA31)} 是 Llama 3.1 的。`,

  impossible: '这个状态无法计算。',
  issue,
  fieldName: FIELD,
};

export default words(messages, 'zh', zh);
