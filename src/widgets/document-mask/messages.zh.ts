// document-mask's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { ROPE_THETA_LLAMA3 } from '../../data/rope';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type DocumentMaskMessages } from './messages';
import type { ListError, MaskOk } from './model';

const tokens = (n: number, f: Format) => `${f.int(n)} 个 token`;
const FIELD = { seqLen: '序列长度', seed: '随机种子', token: 'token 序号' } as const;

function listError(e: ListError, f: Format): string {
  switch (e.code) {
    case 'empty': return '请至少填写一个文档长度，例如 1000,3000,4192。';
    case 'notNumber': return `第 ${f.int(e.index + 1)} 个文档的长度不是整数（请用数字，以逗号分隔）。`;
    case 'notPositive': return `第 ${f.int(e.index + 1)} 个文档没有 token：每个长度至少为 1。`;
    case 'tooLarge': return `第 ${f.int(e.index + 1)} 个文档太长（超过 2⁵³ − 1 个 token），无法精确计数。`;
    case 'tooMany': return `文档太多：共 ${f.int(e.count)} 个，最多 ${f.int(e.max)} 个。`;
    case 'sumOverflow': return '各文档长度之和超过 2⁵³ − 1 个 token，无法精确计数。';
    case 'tooManyPacked': return `按这个列表打包，序列中会有 ${f.int(e.count)} 个文档；本组件最多画 ${f.int(e.max)} 个，请加长文档或缩短序列。`;
  }
}

const headline = (r: MaskOk, f: Format) =>
  `文档掩码保留了 ${f.int(r.causalPairs)} 个查询–键对中的 ${f.int(r.documentPairs)} 个，省去了 ${f.percent(r.removed)} 的注意力 FLOPs。`;

const tokenSees = (t: { index: number; doc: number; withMask: number; without: number }, f: Format) =>
  `第 ${f.int(t.index)} 个 token（文档 ${f.int(t.doc + 1)}）加文档掩码时关注 ${f.int(t.withMask)} 个键，不加时关注 ${f.int(t.without)} 个。`;

export const zh: DocumentMaskMessages = {
  title: '文档打包与文档掩码',
  summary: '把多个文档拼接成一条训练序列，对比因果掩码与“因果 + 文档掩码”：精确的查询–键对数、文档掩码省去的注意力计算量，' +
    '以及一个真实的注意力头——加了掩码，它的输出完全不受前面文档的影响。',

  seqLenSlider: '序列长度',
  seqLenField: '序列长度（精确 token 数）',
  tokens,
  presetLegend: '文档长度（示意）',
  presetOption: { web: '网页', code: '代码文件', book: '一本书', random: '随机', custom: '自定义' },
  docsField: '各文档长度（token 数，逗号分隔）',
  seedField: '随机种子（随机长度与演示）',
  tokenToggle: '高亮某个 token 所在的行',
  tokenSlider: '高亮的 token',
  tokenField: 'token 序号（从 0 起）',
  tokenValue: (i, d, f) => `第 ${f.int(i)} 个 token（文档 ${f.int(d + 1)}）`,
  fieldError: (what, e, f) => (e.code === 'notInteger'
    ? `${FIELD[what]}：请输入整数。`
    : `${FIELD[what]}须在 ${f.int(e.min)} 到 ${f.int(e.max)} 之间。`),
  listError,

  packingRule: '打包规则：文档按顺序首尾拼接；列表用完而序列未满时从头再用一遍（长度相同的新文档）；跨过序列末尾的文档在末尾截断。',
  illustrative: '预设长度只是示意，并非 Llama 3 的数据（报告没有给出文档长度的统计）。',
  packingSummary: (p, listCount, seqLen, f) => {
    const parts = [`${tokens(seqLen, f)} 中共有 ${f.int(p.lengths.length)} 个文档`];
    if (p.repeats > 0) parts.push(`${f.int(listCount)} 个长度的列表又从头用了 ${f.int(p.repeats)} 次`);
    if (p.cut) parts.push(`最后一个文档从 ${f.int(p.cut.listLength)} 个 token 截断为 ${f.int(p.cut.kept)} 个`);
    else parts.push('没有文档被截断');
    if (p.leftOut > 0 && p.repeats === 0) parts.push(`列表中另有 ${f.int(p.leftOut)} 个文档放不下`);
    return `${parts.join('；')}。`;
  },

  countsCaption: '一条序列中参与注意力的查询–键对（一个头、一层；无论哪种掩码，每对的注意力计算量都是 4·d FLOPs）',
  countsColumns: { mask: '掩码', pairs: '查询–键对', share: '占因果掩码的比例' },
  maskName: { causal: '因果掩码', document: '因果 + 文档掩码' },
  removedRow: '文档掩码省去的',
  headline,
  tokenSees,
  announce: (r, f) => `${tokens(r.seqLen, f)}，${f.int(r.packing.lengths.length)} 个文档。${headline(r, f)}` + (r.token ? tokenSees(r.token, f) : ''),

  chartLabel: (kind, r, f) => {
    const pairs = kind === 'causal' ? r.causalPairs : r.documentPairs;
    const what = kind === 'causal'
      ? '每个 token 看得到自己和之前的所有 token，呈下三角'
      : `每个 token 只看得到本文档中在它之前的 token，${f.int(r.packing.lengths.length)} 个文档沿对角线排成小三角`;
    return `${tokens(r.seqLen, f)} 的${zh.maskName[kind]}，画成 ${f.int(r.grid.n)} × ${f.int(r.grid.n)} 个格子：${what}；允许 ${f.int(pairs)} 个查询–键对。` +
      (r.token ? `高亮：${zh.tokenValue(r.token.index, r.token.doc, f)}，关注 ${f.int(kind === 'causal' ? r.token.without : r.token.withMask)} 个键。` : '');
  },
  axisKeys: '键 →',
  axisQueries: '查询 →',
  docLabel: (d, f) => `D${f.int(d + 1)}`,
  legendFull: '全部允许',
  legendPartial: '部分允许（越浅越少）',
  legendMasked: '被掩码',
  legendBoundary: '文档边界',
  legendToken: '该 token 的行：它看得到的键',
  aggregationNote: (r, f) => {
    const per = Math.round(r.seqLen / r.grid.n);
    return r.grid.n === r.seqLen
      ? '每个格子对应一个 token。'
      : `每个格子约为 ${f.int(per)} × ${f.int(per)} 个 token 的块，深浅表示块内被允许的查询–键对的精确比例（逐块计数而非抽样，分 12 级，有一对被允许即画出）。`;
  },
  boundariesHidden: (n, f) => `共 ${f.int(n)} 个文档，边界太密，不逐一画出；见下方表格。`,

  tableSummary: '数据：打包后的各文档',
  tableCaption: '序列中的各文档，按顺序排列（token 从 0 开始编号）',
  tableColumns: { doc: '文档', first: '首个 token', last: '末个 token', length: '长度', pairs: '查询–键对' },
  cutNote: (l, f) => `由 ${f.int(l)} 截断`,
  tableTruncated: (shown, total, f) => `只列出 ${f.int(total)} 个文档中的前 ${f.int(shown)} 个。`,

  demoHeading: '在一条短的打包序列上算一个真实的注意力头',
  demoIntro: (d, h, b, f) => `${f.int(d.length)} 个文档，长度分别为 ${d.map((l) => f.int(l)).join('、')} 个 token；一个头，维度 ${f.int(h)}；` +
    `查询、键、值取自带种子的高斯随机向量，施加 RoPE（底数 ${f.int(b)}），被掩码的分数置为 −∞ 后做 softmax。改写文档 1 即重新抽取它的向量。每条色带是后面某个 token 对 ${f.int(d.reduce((a, b) => a + b, 0))} 个键的注意力权重。`,
  demoEdit: '改写文档 1 的内容',
  demoVersion: (v, f) => `文档 1：第 ${f.int(v)} 版对比第 ${f.int(v + 1)} 版`,
  demoTokenSlider: '后面文档中的 token',
  demoTokenValue: (t, d, f) => `第 ${f.int(t)} 个 token（文档 ${f.int(d + 1)}）`,
  demoStrip: { masked: '加文档掩码时的注意力权重', unmasked: '不加文档掩码（仅因果掩码）时的注意力权重' },
  demoStripLabel: (kind, w, h, f) => `${zh.demoStrip[kind]}：落在文档 1 上的权重${w === 0 ? '为精确的 0' : h ? `为 ${f.percent(w)}` : '不为 0'}。`,
  demoMasked: (d, f) => (d === 0 ? '加文档掩码：它的输出变化为 0，逐位相同。' : `加文档掩码：它的输出最多变化 ${f.sci(d)}。`),
  demoUnmasked: (d, n, h, f) => `不加文档掩码（仅因果掩码）：输出随之改变，分量的最大差值为 ${h ? f.decimal(d, { digits: 3 }) : '…'}（输出向量的长度为 ${h ? f.decimal(n, { digits: 2 }) : '…'}）。`,
  demoResetToggle: '同时计算每个文档位置从 0 重新编号的情形',
  demoReset: (s, o, h, f) => `加掩码并让每个文档的位置从 0 重新编号时，该 token 与本文档各 token 的分数最多相差 ${h ? f.sci(s, { digits: 2 }) : '…'}，` +
    `输出最多相差 ${h ? f.sci(o, { digits: 2 }) : '…'}，只是舍入误差。RoPE 分数只取决于 token 之间的距离，而掩码屏蔽了其他文档，` +
    '所以在精确算术下两种做法完全相同（报告没有说用的是哪一种）。',
  demoAnnounce: (m, u, f) => `文档 1 已改写。加文档掩码时后面 token 的输出变化为 ${m === 0 ? '精确的 0' : f.sci(m)}；不加时最多变化 ${f.decimal(u, { digits: 3 })}。`,

  tokenAdjusted: (n, f) => `须小于序列长度 seqLen = ${f.int(n)}`,
  presetOverridden: '给出了 docs 列表时不使用预设',

  impossible: '这些设置无法画出：',
  issue: (i, f) => (i.code === 'list' ? listError(i.error, f) : `${FIELD[i.field]}须为 ${f.int(i.min)} 到 ${f.int(i.max)} 之间的整数。`),
  sources: (f) => [
    `来源：文档掩码与 RoPE 底数 ${f.int(ROPE_THETA_LLAMA3)} 见`, { cite: '报告 §3.2' },
    '；对 K/V 做全收集（all-gather）部分是为了支持文档掩码，见', { cite: '报告 §3.3.2' }, '。查询–键对按 Σ l(l+1)/2 与 n(n+1)/2 精确计数。',
  ],
};

export default words(messages, 'zh', zh);
