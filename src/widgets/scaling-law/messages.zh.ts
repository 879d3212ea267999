// scaling-law's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { CHINCHILLA_SURFACE, ISOFLOP_RANGE, SCALING_LAW_FIGURE, SCALING_LAW_TEXT } from '../../data/pretraining';
import { BUDGET_COUNT, SIZE_COUNT, STATED, TOKENS_PER_PARAM_WINDOW, type LawReading } from './model';
import { messages, type ScalingLawMessages } from './messages';

const tok = (f: Format, n: number) => f.short(n, { digits: 4, trim: true });
const par = (f: Format, n: number) => f.short(n, { digits: 3 });
const flops = (f: Format, c: number) => f.sci(c, { digits: 3, bareOne: true });
const reading = (f: Format, l: LawReading) => (l.ok ? `${tok(f, l.tokens)} token、${par(f, l.params)} 参数` : '无可用结果');
const S = CHINCHILLA_SURFACE.value;
const T = SCALING_LAW_TEXT.value, F = SCALING_LAW_FIGURE.value;
const PLACE: Record<string, string> = {
  'llama3-8b': 'Llama 3 8B', 'llama3-70b': 'Llama 3 70B', 'llama3-405b': 'Llama 3.1 405B',
  'llama2-70b-l2': 'Llama 2 70B', 'llama2-70b-l3': 'Llama 2 70B',
};
const SOURCE: Record<string, string> = {
  'Report §1': '报告 §1',
  'Llama 2 paper, Table 1': 'Llama 2 论文表 1',
};

export const zh: ScalingLawMessages = {
  title: '计算最优缩放定律',
  summary: '在 Chinchilla 公开的损失曲面上复现报告的等算力（IsoFLOP）流程，在任一算力预算下读出幂律的各个版本，并按算力标出 Llama 各模型。',

  caveat: (name) => [
    '下面的曲线来自 ', name('Chinchilla'), ' 拟合的损失曲面（', name('Hoffmann'), ' 等，2022），不是 Llama 3 的等算力实测数据——后者没有公开。流程是报告的流程，得出的数字是 ', name('Chinchilla'), ' 曲面给出的。',
  ],

  budgetSlider: '算力预算',
  budgetField: '预算（FLOPs，如 3.8e25）',
  budgetValue: (c, f) => `${flops(f, c)} FLOPs${c === 3.8e25 ? '（405B）' : ''}`,
  customLegend: '你的幂律 N*(C) = A·C^α（训练 token 数）',
  alphaField: '指数 α',
  AField: '系数 A',
  fieldError: (e, f) => {
    const what = { budget: '预算', alpha: 'α', A: 'A' }[e.field];
    const range = e.field === 'budget' ? `${flops(f, e.min)} 到 ${flops(f, e.max)} FLOPs` : `${f.sci(e.min, { digits: 2 })} 到 ${f.sci(e.max, { digits: 2 })}`;
    switch (e.failure) {
      case 'empty': return `请填写${what}：${range}之间的数。`;
      case 'tooLong': return `${what}：这段文字太长，不是一个数。`;
      case 'invalid': return `${what}必须是数字，例如 ${e.field === 'budget' ? '3.8e25' : e.field === 'alpha' ? '0.53' : '0.29'}。`;
      case 'negative': return `${what}必须为正：${range}。`;
      case 'tooSmall': return `${what}至少为 ${e.field === 'budget' ? flops(f, e.min) : f.sci(e.min, { digits: 2 })}${e.field === 'budget' ? '' : '（为零就不成其为幂律）'}。`;
      case 'tooLarge': return `${what}至多为 ${e.field === 'budget' ? `${flops(f, e.max)} FLOPs` : f.sci(e.max, { digits: 2 })}。`;
      default: return `${what}必须是 ${range}之间的数。`;
    }
  },
  surfaceLine: (f, name) => [
    '损失曲面：', name('Chinchilla'), ` 的 L(N, D) = E + A/N^α + B/D^β，E = ${f.decimal(S.E)}，A = ${f.decimal(S.A, { digits: 1 })}，B = ${f.decimal(S.B, { digits: 1 })}，α = ${f.decimal(S.alpha)}，β = ${f.decimal(S.beta)}（式 10）；这里只提供这一个曲面。`,
  ],

  readoutHeading: (c, f) => `${flops(f, c)} FLOPs 下的计算最优配比`,
  readoutColumns: { law: '定律', tokens: 'token 数 D*', params: '参数量' },
  readoutKey: '各定律给出 token 数 D*；参数量是预算在这些 token 下剩余的部分，即 C/(6D*)。',
  lawName: {
    reenacted: '复现拟合',
    surface: '曲面的精确最优',
    text: '报告正文',
    figure: '报告图 3 图例',
    custom: '你的幂律',
  },
  lawSource: (id, same) => ({
    reenacted: '过各极小值拟合',
    surface: '式 4，不经拟合',
    text: '§3.2.1：0.53，0.29',
    figure: '0.537，0.299',
    custom: same ? '与正文相同' : '你设定的 α 和 A',
  })[id],
  lawIssue: (issue) => ({
    noFit: '无法拟合：有抛物线没有极小值',
    tooManyTokens: '不可能：token 数多到连 1 个参数的模型都训练不起',
    tooFewTokens: '不可能：训练 token 不足 1 个',
  })[issue],
  announce: (r, f) => {
    const l = r.laws;
    return `${flops(f, r.budget)} FLOPs：在“Chinchilla”曲面上复现得 ${reading(f, l.reenacted)}；报告正文 ${reading(f, l.text)}；` +
      `图 3 图例 ${reading(f, l.figure)}；你的幂律${r.customIsText ? '与正文相同' : ` ${reading(f, l.custom)}`}。`;
  },

  isoTitle: '“Chinchilla”曲面上的等算力曲线',
  isoLabel: (r, f) => {
    const c = r.curves;
    const a = c[0]!, b = c[c.length - 1]!;
    return `${f.int(c.length)} 个预算（${flops(f, a.flops)} 到 ${flops(f, b.flops)} FLOPs）下损失随模型大小的变化，每个预算拟合一条抛物线。` +
      `极小值从 ${par(f, a.optimumParams ?? NaN)} 参数、损失 ${f.decimal(a.fittedLoss, { digits: 3 })} 移到 ${par(f, b.optimumParams ?? NaN)} 参数、损失 ${f.decimal(b.fittedLoss, { digits: 3 })}，曲线也越来越平。下方数据表列出每次训练。`;
  },
  isoAxisX: '参数量 N（对数坐标）',
  isoAxisY: '损失',
  isoBudget: (c, f) => `${flops(f, c)} FLOPs`,
  isoLegend: { run: '一次训练（曲面损失）', parabola: '拟合的抛物线', minimum: '其极小值' },

  lawTitle: '计算最优 token 数与算力',
  lawLabel: (r, f) => `训练 token 数对算力的双对数图，算力从 ${flops(f, 1e18)} 到 ${flops(f, 1e27)} FLOPs：${f.int(r.reenactment.curves.length)} 个抛物线极小值及过它们拟合的直线、` +
    `曲面的精确最优、报告正文和图 3 的幂律${r.customIsText ? '' : '、你的幂律'}、报告在 3.8 × 10²⁵ 处给出的 16.55T，以及 Llama 3 8B、70B、405B 和 Llama 2 70B 各自的算力位置。` +
    `在所选的 ${flops(f, r.budget)}：正文 ${reading(f, r.laws.text)}；图 3 ${reading(f, r.laws.figure)}。`,
  lawAxisX: '算力 C（FLOPs，对数坐标）',
  lawAxisY: '训练 token 数（对数）',
  lawLegend: {
    minima: '抛物线极小值',
    stated: '报告给出的 402B、16.55T',
    llama: 'Llama 各模型的实际训练量',
    runs: '报告实验覆盖的算力范围',
    budget: '你的预算及各定律的读数',
  },
  placementLabel: (p) => (p.model === 'llama2-70b' ? 'Llama 2 70B' : PLACE[p.key]!.replace(/^Llama 3(\.1)? /, '')),

  flatHeading: '预算越大，极小值越平',
  flatText: (r, k, f) => {
    const c = r.reenactment.curves, a = c[0]!, b = c[c.length - 1]!;
    const d = (v: number) => f.decimal(v, { digits: 4 });
    return `在这个曲面上，模型比最优大小大 ${f.decimal(k, { digits: 0 })} 倍时，损失在 ${flops(f, a.flops)} FLOPs 增加 ${d(a.penalty.larger)}，` +
      `在 ${flops(f, b.flops)} 增加 ${d(b.penalty.larger)}，在 ${flops(f, r.budget)} 只增加 ${d(r.penalty.larger)}（小 ${f.decimal(k, { digits: 0 })} 倍时依次为 ${d(a.penalty.smaller)}、${d(b.penalty.smaller)}、${d(r.penalty.smaller)}）。` +
      '报告在自己的等算力曲线上看到了同样的变平，并因此选定 405B，接近其定律给出的 402B：在最优附近，大小稍有偏离代价很小。';
  },

  llamaHeading: 'Llama 各模型的算力（6·N·D，精确参数量）',
  llamaColumns: { model: '模型', tokens: 'token 数', flops: '算力（FLOPs）', perParam: '每参数 token 数', over: '图 3 定律的倍数' },
  placementName: (p) => PLACE[p.key]!,
  placementSource: (p) => SOURCE[p.tokensFact.cite] ?? p.tokensFact.cite,
  placementTokens: (p, f) => `${p.about ? '约 ' : ''}${f.short(p.tokens, { digits: p.digits })}`,
  llamaNote: () => `按各自的算力，8B 和 70B 训练的 token 远多于计算最优（报告 §1：“约 15T”）：小模型训练得更久，推理时更便宜。405B 则接近其定律。“图 3 定律的倍数”＝实际训练 token 数 ÷ 同等算力下图 3 定律给出的 token 数。Llama 2 70B 有两个公开的 token 数，均列出。`,

  statedNote: (r, f) => `报告称其定律外推到 3.8 × 10²⁵ 时建议 402B 参数、16.55T token。按正文的 (0.53, 0.29) 实际得到 ${reading(f, r.statedLaws.text)}；` +
    `按图 3 图例的 (0.537, 0.299) 得到 ${reading(f, r.statedLaws.figure)}；而 6 × 402B × 16.55T = ${flops(f, STATED.sixND)}，并非 3.8 × 10²⁵：印出的系数经过了四舍五入。`,
  exponentNote: (r, f) => `复现得到 α = ${f.decimal(r.reenactment.law?.alpha, { digits: 4 })}，A = ${f.decimal(r.reenactment.law?.A, { digits: 4 })}；曲面本身的精确指数为 α/(α + β) = ${f.decimal(r.reenactment.exactExponent, { digits: 4 })}。Llama 3 自己的曲线给出 ${f.decimal(F.alpha, { digits: 3 })}（正文为 ${f.decimal(T.alpha)}）：它们不是这个曲面。`,
  beyondNote: (r, f) => `${flops(f, r.budget)} 是最大一组实验（10²²）的 ${f.ratio(r.beyondRuns ?? NaN)}：这里的每条定律都是外推。`,
  belowNote: () => '这个预算低于最小一组实验（6 × 10¹⁸）：各定律是向下外推的。',
  procedureNote: (f) => `${f.int(BUDGET_COUNT)} 个预算在 ${flops(f, ISOFLOP_RANGE.value.minFlops)} 到 ${flops(f, ISOFLOP_RANGE.value.maxFlops)} 之间按对数均匀取值；每个预算取 ${f.int(SIZE_COUNT)} 个模型大小，每参数 token 数在 ${f.int(TOKENS_PER_PARAM_WINDOW.max)} 到 ${f.int(TOKENS_PER_PARAM_WINDOW.min)} 之间，且不超出 40M–16B（报告没有公布每个预算用了哪些大小）；D = C/(6N)；每个预算对 log N 拟合二次多项式，取其极小值；再过这些极小值拟合 N*(C) = A·C^α。`,

  notesSummary: '说明：报告的 402B / 16.55T、拟合出的指数与外推',
  dataSummary: '数据表：每个复现的预算',
  dataLabel: '复现的等算力预算',
  dataColumns: {
    budget: '预算（FLOPs）', sizes: '训练的模型大小', fitted: '抛物线极小值 N', fittedTokens: '其 token 数', exact: '精确最优 N', loss: '极小值处损失',
    smaller: (k, f) => `小 ${f.decimal(k, { digits: 0 })} 倍时多出的损失`, larger: (k, f) => `大 ${f.decimal(k, { digits: 0 })} 倍时`,
  },

  sources: (name) => [
    '来源：Llama 3 报告 §3.2.1 与图 3（流程、两种印出的幂律、402B / 16.55T），§1（15.6T、约 15T、1.8T、3.8 × 10²⁵）；',
    name('Hoffmann'), ' 等 2022，式 4 与式 10（曲面及其精确最优）；Llama 2 论文表 1（2.0T）。参数量按公开的模型结构精确计算。',
  ],

  impossible: '这组设置无法计算：',
  issue: (e, f) => `${e.field === 'budget' ? '预算' : e.field}必须在 ${f.sci(e.min, { bareOne: true })} 到 ${f.sci(e.max, { bareOne: true })} 之间。`,
};

export default words(messages, 'zh', zh);
