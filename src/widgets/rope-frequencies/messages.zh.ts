// rope-frequencies's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - "base" is 底数 (glossary note), "pair" is 维度对 (i 为其序号), the factor s is 缩放倍数; wavelengths are counted in
//   token ("λ，token"), angles in 弧度 (not "rad").
// - Method names: 位置插值 (glossary), NTK-aware 缩放, NTK-by-parts, YaRN, 动态 NTK (NTK-aware and NTK-by-parts keep their
//   English names, as Chinese write-ups do: glossary ntkAware, ntkByParts).
// - Llama 3.1's bands: 保留 / 混合 / ÷ s; YaRN's γ ramp is 斜坡 (论文按 r = L/λ，代码按维度对序号).
// - Meta's and Hugging Face's parameter names (low_freq_factor, rope_scaling, apply_scaling) stay as code.
// - Source notes are written here in Chinese; "报告 §3.2" and "报告表 3" stay links (src/data/report.ts citeParts).
import { CONTEXT_LLAMA3 } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type Parts, type RopeFrequenciesMessages } from './messages';
import { SHORT_PROMPT_POSITION, XIONG_EFFECTIVE_CONTEXT, type Band, type CurveId, type LineId, type Method, type RopeSummary } from './model';

/** A name inside a Chinese sentence: a space on each side where it begins or ends with Latin letters or digits. */
const spaced = (name: string) => `${/^[\p{Script=Latin}\d]/u.test(name) ? ' ' : ''}${name}${/[\p{Script=Latin}\d]$/u.test(name) ? ' ' : ''}`;
const amount = (x: number, f: Format) => (Number.isInteger(x) ? f.int(x) : f.decimal(x, { digits: 2, trim: true }));
const rad = (x: number, f: Format) => (x === 0 ? '0' : f.decimal(x, { digits: x >= 100 ? 1 : x >= 1 ? 2 : Math.max(2, 1 - Math.floor(Math.log10(x))) }));
const lambda = (x: number, f: Format) => f.decimal(x, { digits: 2 });
const newBase = (x: number, f: Format) => f.decimal(x, { digits: 2 });

const METHOD: Record<Method, string> = {
  none: '不缩放（原始频率）',
  pi: '位置插值',
  ntk: 'NTK-aware 缩放',
  yarn: 'NTK-by-parts / YaRN',
  llama31: 'Llama 3.1 的规则',
  dynamic: '动态 NTK（Hugging Face）',
};
const METHOD_PHRASE: Record<Exclude<Method, 'none'>, string> = {
  pi: '位置插值',
  ntk: 'NTK-aware 缩放',
  yarn: 'NTK-by-parts / YaRN',
  llama31: 'Llama 3.1 的规则（用这里的参数或这里的频率表）',
  dynamic: '动态 NTK',
};
const CURVE: Record<CurveId, string> = {
  pi: '位置插值',
  ntk: 'NTK-aware 缩放',
  yarnPaper: 'YaRN 论文的斜坡（按 r = L/λ）',
  yarnCode: 'YaRN 代码的斜坡（按维度对序号）',
  llama31: 'Llama 3.1 的规则',
  dynamic: '动态 NTK',
};
const CURVE_SHORT: Record<CurveId, string> = {
  pi: '位置插值', ntk: 'NTK-aware', yarnPaper: 'YaRN 论文', yarnCode: 'YaRN 代码', llama31: 'Llama 3.1', dynamic: '动态 NTK',
};
const LINE: Record<LineId, string> = {
  llama2: 'Llama 2 的上下文长度',
  llama3: 'Llama 3（2024 年 4 月）的上下文长度',
  llama31: 'Llama 3.1 的上下文长度',
  custom: '你的参考线',
  highBoundary: 'Llama 3.1 保留波长更短的维度对（L ÷ high_freq_factor）',
  lowBoundary: 'Llama 3.1 把波长更长的维度对除以 s（L ÷ low_freq_factor）',
};
const FIELD = {
  base: '底数 b', factor: '缩放倍数 s', low: 'low_freq_factor', high: 'high_freq_factor', original: '原始上下文长度 L（token）',
  seqLen: '序列长度（精确 token 数）', context: '你的参考线（token）', position: '位置 m（精确值）',
} as const;

const bandName = (band: Band, factor: number, f: Format) => (band === 'divide' ? `÷ ${amount(factor, f)}` : band === 'keep' ? '保留' : '混合');
const bandCounts = (c: Record<Band, number>, factor: number, f: Format) =>
  `保留 ${f.int(c.keep)} 对，混合 ${f.int(c.blend)} 对，${f.int(c.divide)} 对 ÷ ${amount(factor, f)}`;

function curvesSentence(s: RopeSummary, f: Format): string {
  const factor = s.detail && 'factor' in s.detail ? s.detail.factor : 1;
  return s.curves.map((c) => {
    const bands = c.bandCounts ? `：${bandCounts(c.bandCounts, factor, f)}` : '';
    return `${CURVE[c.id]}${bands}；最长波长 ${lambda(c.longest, f)} 个 token`;
  }).join('。');
}

const longerList = (s: RopeSummary, which: (l: RopeSummary['lines'][number]) => number, f: Format) =>
  s.lines.map((l) => `长于 ${amount(l.tokens, f)} 的有 ${f.int(which(l))} 对`).join('，');

export const zh: RopeFrequenciesMessages = {
  title: 'RoPE 的频率、波长与上下文缩放',
  summary: '把一个注意力头里 RoPE 的全部旋转频率和波长与各个上下文长度对照，叠加位置插值、NTK-aware 缩放、YaRN、Llama 3.1 的规则或动态 NTK，并算出忘了缩放的移植实现会偏差多少。',

  scheduleLegend: '频率表 θᵢ = b^(−2i/d)',
  scalingLegend: '缩放规则',
  fieldLabel: FIELD,
  basePreset: (base, f) => `${f.int(base)} · ${base === 10_000 ? 'Llama 2' : 'Llama 3'}`,
  basePresetsLabel: 'Llama 各代模型的底数',
  headDimLegend: '头维度 d（Llama 3 为 128）',
  headDimOption: (d, f) => f.int(d),
  methodLabel: '方法',
  methodOption: METHOD,
  rampLegend: 'YaRN 的斜坡',
  rampOption: { both: '两者', paper: '论文（按 r）', code: '代码（按 i）' },
  seqLenSlider: '序列长度（2 的幂）',
  positionSlider: '位置 m（2 的幂）',
  tokens: (n, f) => f.count(n, '个 token', '个 token'),
  positionValue: (n, f) => `位置 ${f.int(n)}`,
  positionPreset: (n, f) => f.int(n),
  positionPresetsLabel: '跳到某个位置',
  numberError: ({ field, failure, value, min, max }, f) => {
    const label = FIELD[field];
    const range = `${amount(min, f)} 到 ${amount(max, f)} 之间`;
    const whole = field === 'original' || field === 'seqLen' || field === 'context' || field === 'position';
    switch (failure) {
      case 'tooLong': return `${label}：输入太长了。请输入 ${range}的数。`;
      case 'tooSmall':
        if (field === 'factor') return `${label}必须大于 1（s < 1 会让维度对转得更快）${value === undefined ? '' : `，输入的是 ${amount(value, f)}`}。`;
        return `${label}必须在 ${range}${value === undefined ? '' : `，输入的是 ${amount(value, f)}`}。`;
      case 'tooLarge': return `${label}必须在 ${range}${value === undefined ? '' : `，输入的是 ${amount(value, f)}`}。`;
      case 'fraction': return `${label}必须是 ${range}的整数。`;
      default: {
        const hint = field === 'base' ? '（如 500,000、5e5 或 500K）' : whole ? '（只用数字，或以 K = 1,024 作后缀，如 8K）' : '（如 8 或 2.5）';
        return `${label}：请输入 ${range}的数${hint}。`;
      }
    }
  },

  headline: (s, f) => [
    `${f.int(s.pairs)} 个维度对（d = ${f.int(s.headDim)}，b = ${amount(s.base, f)}）：波长从 `, { strong: lambda(2 * Math.PI, f) },
    ' 到 ', { strong: lambda(s.longest, f) }, ' 个 token。',
  ],
  legendOriginal: '原始',
  curveName: CURVE,
  axisWavelength: 'λ，token',
  axisTheta: 'θ，弧度/token',
  axisPair: '维度对 i',
  lineLabel: (l, f) => (Number.isInteger(l.tokens) ? f.binaryShort(l.tokens) : amount(l.tokens, f)),
  spectrumTitle: (d) => `RoPE 各维度对的波长随序号变化的图，对数刻度。${d}`,
  linesCaption: '波长长于各参考线的维度对：在这么多个位置之内，它们连一圈都转不完',
  lineColumn: '参考线（token）',
  longerColumn: (pairs, f) => `波长更长的对数（共 ${f.int(pairs)} 对）：原始`,
  longerScaledColumn: (c) => `${CURVE_SHORT[c]} 缩放后`,
  lineName: (l, f) => `${amount(l.tokens, f)}：${l.ids.map((id) => LINE[id]).join('；')}`,

  impossible: '无法计算这种缩放（原始频率表照常绘出）：',
  issue: (i, f) => {
    switch (i.code) {
      case 'factorNotAboveOne':
        return `缩放倍数必须大于 1：s = ${amount(i.factor, f)} 时每个维度对都不变（s < 1 则会让维度对转得更快，而不是更慢）。`;
      case 'lowNotBelowHigh':
        return `low_freq_factor（${amount(i.low, f)}）必须小于 high_freq_factor（${amount(i.high, f)}）：规则保留波长短于“原始长度 ÷ high_freq_factor”的维度对，把长于“原始长度 ÷ low_freq_factor”的除以缩放倍数，两者之间按比例混合；二者相等或颠倒时，这几段就无从划分。`;
      case 'outOfRange':
        return `${FIELD[i.field]}必须在 ${amount(i.min, f)} 到 ${amount(i.max, f)} 之间。`;
      case 'unknownChoice':
        return i.field === 'method' ? '请从列出的方法中选择一种。' : i.field === 'headDim' ? '头维度只能是 64、128 或 256。' : 'YaRN 的斜坡只能选“两者”“论文”或“代码”。';
    }
  },
  impossibleAnnounced: (issues) => `无法计算这种缩放：${issues.join('')}`,
  detail: (d, pairs, f) => {
    switch (d.method) {
      case 'none':
        return [];
      case 'pi':
        return ['每个频率都除以 s：', { math: `θ′ᵢ = θᵢ / ${amount(d.factor, f)}` }, `，相当于把位置 m 读成 m/${amount(d.factor, f)}。每个维度对都慢了 ${amount(d.factor, f)} 倍，最快的那对也不例外。`];
      case 'ntk':
        return [
          '换一个更大的底数：', { math: 'b′ = b·s^(d/(d−2))' }, ' = ', { strong: newBase(d.newBase, f) },
          `。第 0 对的频率不变，第 ${f.int(pairs - 1)} 对恰好除以 s，中间的维度对除以比 s 小的数。`,
        ];
      case 'yarn':
        return [
          `斜坡 γ 在 α = ${amount(d.alpha, f)} 与 β = ${amount(d.beta, f)} 之间变化（YaRN 给 Llama 的取值），θ′ᵢ = (1 − γ)·θᵢ/s + γ·θᵢ。`,
          '论文：γ 对 ', { math: 'r = L/λ' }, ` 线性，因此 λ < L/β = ${amount(d.keepBelow, f)} 的维度对保留，λ > L/α = ${amount(d.divideAbove, f)} 的除以 s。`,
          `代码：γ 对维度对序号线性，从第 ${f.int(d.range.low)} 对（${f.decimal(d.range.lowExact, { digits: 2 })} 向下取整）到第 ${f.int(d.range.high)} 对（${f.decimal(d.range.highExact, { digits: 2 })} 向上取整）。`,
          'YaRN 还把 q 和 k 各乘以 ', { math: '√(1/t) = 0.1·ln s + 1' }, ' = ', { strong: f.decimal(d.scale, { digits: 6 }) },
          `，即注意力 logits 乘以 1/t = ${f.decimal(d.logitScale, { digits: 4 })}。`,
        ];
      case 'llama31':
        return [
          'λ < 原始长度 ÷ high_freq_factor = ', { strong: amount(d.keepBelow, f) }, ' 的保留；λ > 原始长度 ÷ low_freq_factor = ', { strong: amount(d.divideAbove, f) },
          ' 的除以缩放倍数；介于两者之间的按 ', { math: 'smooth = (original/λ − low) / (high − low)' }, ' 混合：',
          { math: 'θ′ = (1 − smooth)·θ/s + smooth·θ' },
          '。没有注意力温度：这不是 YaRN（形状与 NTK-by-parts 相同，但斜坡介于 low_freq_factor 与 high_freq_factor 之间，也不缩放注意力 logits）。',
        ];
      case 'dynamic':
        return d.active
          ? [
            `序列长度 ${f.int(d.seqLen)} 大于原始长度 ${f.int(d.original)}：`, { math: 'b′ = b·(s·seqLen/L − (s − 1))^(d/(d−2))' }, ' = ',
            { strong: newBase(d.newBase, f) }, '。序列一旦超过原始长度，Hugging Face 就随长度重新计算底数。',
          ]
          : [`序列长度 ${f.int(d.seqLen)} 不超过原始长度 ${f.int(d.original)}，底数保持 b = `, { strong: newBase(d.newBase, f) }, '。'];
    }
  },
  note: (n, f) => {
    switch (n.code) {
      case 'dynamicInactive':
        return `动态 NTK 只在序列长于原始上下文时才缩放：序列长度 ${f.int(n.seqLen)} ≤ ${f.int(n.original)} 时什么都不变。把序列长度调大才能看到它起作用。`;
      case 'noEffect':
        return '在这组参数下，这条规则对这张频率表的每个维度对都不起作用。';
      case 'notShipped':
        return '这不是 Llama 3.1 实际使用的参数（缩放倍数 8，low_freq_factor 1，high_freq_factor 4，原始长度 8,192）：这里是同一条规则配上你的参数。';
      case 'otherSchedule':
        return `Llama 3.1 把这条规则用在底数 500,000、头维度 128 上；这里用在底数 ${amount(n.base, f)}、d = ${f.int(n.headDim)} 上。`;
      case 'positionZero':
        return '位置 0 处没有任何旋转，所以也没有偏差。';
    }
  },
  ratioHeading: '逐个维度对：新频率 ÷ 原频率',
  ratioTitle: (d) => `各维度对缩放后与原始频率之比的图，对数刻度，附各段划分。${d}`,
  stripLabel: { pi: '分段', ntk: '', yarnPaper: '论文', yarnCode: '代码', llama31: '分段', dynamic: '' },
  bandName,
  bandLegend: (band, factor, f) => (band === 'keep' ? '保留（比值 1）' : band === 'blend' ? '混合（介于两者之间）' : `÷ ${amount(factor, f)}（比值 1/${amount(factor, f)}）`),
  bandCounts,
  bandSummary: (curves, factor, f) => `${curves.map((c) => `${CURVE[c.id]}：${bandCounts(c.counts, factor, f)}`).join('；')}。`,
  bandRun: (band, count, factor, f) => `${bandName(band, factor, f)}：${f.int(count)} 对`,
  divideLine: (factor, f) => `1/${amount(factor, f)}`,
  axisRatio: 'θ′/θ',

  forgotHeading: ['忘了 ', { code: 'rope_scaling' }, ' 的移植实现'],
  forgotWhat: (method, asShipped) => asShipped
    ? ['移植实现加载了 Llama 3.1 的权重，却用未缩放的 θᵢ，而不是训练时的 θ′ᵢ：查询比键晚 m 个 token 时，第 i 对偏差 ', { math: 'm·(θᵢ − θ′ᵢ)' }, ' 弧度。']
    : [`换成${spaced(METHOD_PHRASE[method])}也是同样的错误：模型用缩放后的 θ′ᵢ 训练，运行时却用未缩放的 θᵢ。位置 m 处的偏差为 `, { math: 'm·(θᵢ − θ′ᵢ)' }, ' 弧度。'],
  forgotResult: (e, pairs, curve, f) => [
    curve ? `${CURVE[curve]}：` : '', `在位置 ${f.int(e.position)}，最大偏差为 `, { strong: `${rad(e.max, f)} 弧度` },
    `（第 ${f.int(e.maxPair)} 对）；`, { strong: `${f.int(pairs)} 对中有 ${f.int(e.overPi)} 对` },
    `偏差超过 π，即半圈；最慢的那对偏差 ${rad(e.last, f)} 弧度。`,
  ],
  forgotWhy: (e, asShipped, f) => {
    const short = `在位置 ${f.int(SHORT_PROMPT_POSITION)}，任何一对的偏差都不超过 ${rad(e.atShort, f)} 弧度；`;
    return asShipped
      ? ['为什么这类移植能通过短提示词的测试、却在长输入上出错：偏差与位置成正比，而规则保留的 ', { strong: f.int(e.exact) },
        ` 个最快的维度对分毫不差。${short}`
        + (e.firstOverPi === null ? '没有哪一对的偏差会超过 π。' : `最早在位置 ${f.int(e.firstOverPi)} 出现偏差超过 π 的维度对，此后越来越多的慢速维度对把距离编码错。`)]
      : [`偏差与位置成正比；这条规则没有改动的 ${f.int(e.exact)} 个维度对分毫不差。${short}`
        + (e.firstOverPi === null ? '没有哪一对的偏差会超过 π。' : `最早在位置 ${f.int(e.firstOverPi)} 出现偏差超过 π 的维度对。`)];
  },
  forgotNothing: '不缩放（或缩放参数无效）时就没有什么可忘的：请在上面选一种方法。',
  errorTitle: (d) => `忘了缩放时各维度对相位偏差的图。${d}`,
  axisError: '偏差，弧度',
  piLabel: 'π',
  piLegend: '斜线区域：超过 π（半圈）',

  tableSummary: (pairs, scaled, f) => `数据：全部 ${f.int(pairs)} 个维度对的精确 λ 与 θ${scaled ? '（缩放前后）' : ''}`,
  tableScroll: (pairs, f) => `全部 ${f.int(pairs)} 个维度对的逆频率`,
  tableCaption: '各维度对缩放前后的逆频率 θ（弧度/token）',
  colPair: 'i',
  colWavelength: 'λ（token）',
  colOriginal: '原始 θ',
  colScaled: (c) => `θ′ ${CURVE_SHORT[c]}`,
  colRatio: (c) => `θ′/θ ${CURVE_SHORT[c]}`,
  colBand: (c) => `分段 ${CURVE_SHORT[c]}`,
  colGamma: (c) => (c === 'llama31' ? '混合系数' : `γ ${CURVE_SHORT[c]}`),
  tableNote: '以 float64 计算（显示 13 位有效数字）。Meta 和 Hugging Face 的代码用 float32 计算，相对误差最多约 2 × 10⁻⁷。',

  sourcesSummary: '各个数字与公式的来源',
  sources: (method, f) => {
    const common: Parts = [
      '底数 500,000 与头维度 128：', { cite: '报告 §3.2、表 3' },
      '；底数 10,000：Meta 的 Llama 2 代码；上下文长度 4,096：Llama 2 论文表 1，', `${f.int(CONTEXT_LLAMA3)}：Meta Llama 3 模型卡，131,072：Meta llama-models 代码及`,
      { cite: '报告 §3.4.2' }, `（“128K”）。你的参考线默认取 ${f.int(XIONG_EFFECTIVE_CONTEXT)}：`, { cite: '报告 §3.2' },
      ' 引用的长上下文研究（arXiv 2309.16039）表明，底数 500,000 在这个长度以内有效。',
    ];
    const rule: Record<Method, Parts> = {
      none: [],
      pi: ['位置插值：arXiv 2306.15595（2023）。'],
      ntk: ['NTK-aware 缩放：bloc97（2023），按 YaRN 论文的写法（arXiv 2309.00071，式 16）。'],
      yarn: ['NTK-by-parts 与 YaRN：arXiv 2309.00071，式 17–22；代码中的斜坡：Hugging Face ', { code: '_compute_yarn_parameters' }, ' 与 ', { code: 'jquesnelle/yarn' }, ' 的 ', { code: 'find_correction_range' }, '。'],
      llama31: ['Llama 3.1 的规则：Meta llama-models 的 ', { code: 'models/llama3/model.py' }, ' 中的 ', { code: 'apply_scaling' }, '（注释称其取值“来自网格搜索”），与 Hugging Face 的 ', { code: 'rope_type = "llama3"' }, ' 相同。报告里没有描述这条规则。'],
      dynamic: ['动态 NTK：Hugging Face ', { code: '_compute_dynamic_ntk_parameters' }, '。'],
    };
    return [...common, ...rule[method]];
  },
  unusedReason: (_field, usedBy) => `当前方法不使用（只有${usedBy.map((m) => METHOD[m]).join('、')}才用）`,

  announce: (s, position, f) => {
    const l8 = s.lines.find((l) => l.tokens === CONTEXT_LLAMA3);
    const head = `底数 ${amount(s.base, f)}，头维度 ${f.int(s.headDim)}：共 ${f.int(s.pairs)} 个维度对` +
      (l8 ? `，其中 ${f.int(l8.longer)} 对的波长长于 ${f.int(l8.tokens)} 个 token。` : '。');
    if (s.issues.length) return `${head}无法计算这种缩放。`;
    if (!s.curves.length) return head;
    const first = s.curves[0]!;
    return `${head}${curvesSentence(s, f)}。忘了缩放：位置 ${f.int(position)} 处偏差 ${rad(first.error.max, f)} 弧度。`;
  },
  describe: (s, f) => {
    const head = `头维度 ${f.int(s.headDim)}、底数 ${amount(s.base, f)} 时 ${f.int(s.pairs)} 个维度对的波长，对数刻度：从 ${lambda(2 * Math.PI, f)}（第 0 对）到 ${lambda(s.longest, f)} 个 token（第 ${f.int(s.pairs - 1)} 对）。${longerList(s, (l) => l.longer, f)}。`;
    if (!s.curves.length) return head;
    return `${head}${curvesSentence(s, f)}。${s.curves.map((c, k) => `${CURVE[c.id]}之后：${longerList(s, (l) => l.longerScaled[k]!, f)}`).join('。')}。`;
  },
  describeRatio: (s, f) => s.curves.map((c) => {
    const r = c.ratio;
    return `${CURVE[c.id]}：第 0 对的比值为 ${f.decimal(r[0]!, { digits: 3, trim: true })}，第 ${f.int(r.length - 1)} 对为 ${f.decimal(r[r.length - 1]!, { digits: 3, trim: true })}`;
  }).join('。') + '。',
  describeErrors: (s, f) => s.curves.map((c) => `${CURVE[c.id]}：最大偏差 ${rad(c.error.max, f)} 弧度，在第 ${f.int(c.error.maxPair)} 对；${f.int(c.error.overPi)} 对超过 π`).join('。') + '。',
};

export default words(messages, 'zh', zh);
