// reward-model's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Glossary terms used: 奖励模型 (rewardModel), 监督微调 (sft), 直接偏好优化 / DPO.
// - Not yet in the glossary (told to the lead): 偏好对 (preference pair), 留出集 (held-out set), 金标准奖励 (gold
//   reward), 标注噪声 (label noise), 间隔项 (margin term), 偏好强度 (preference strength), 特征 (feature).
// - Bradley–Terry, Adam, SFT stay in Latin script; the four strength levels are rendered in Chinese with the report's
//   English in the notes.
import { wholeNumberError } from '../../components/kit/messages.zh';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type RewardModelMessages } from './messages';
import type { RmResult } from './model';

const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const dec = (v: number, f: Format, digits = 2) => f.decimal(v, { digits });

export const zh: RewardModelMessages = {
  title: '训练一个奖励模型',
  summary: '在带随机种子的玩具偏好对上训练 Bradley–Terry 奖励模型：选择特征、间隔项、标注噪声和 Llama 3 的筛选规则，看它学到了什么、在留出集上错判了哪些对。',
  toyLine: '这是玩具模型，不是 Llama 3：一个类二元语法（bigram）的小模型，4 个提示、4 个词元（A–D），回答最多 6 个词元（⏎ 表示回合结束），由一个隐藏的“金标准”奖励打分。机制可以迁移，数值不能。',

  featuresLegend: '奖励模型的特征',
  featureName: {
    tokens: '各词元计数（A–D）',
    length: '长度',
    truncated: '是否被截断',
    goodBad: '该提示下好 / 坏词元的占比',
    lengthFrom3: '与 3 个词元的距离',
  },
  featuresHint: '前三个特征与提示无关（默认，即设定错误的模型）；五个特征全选时，模型可以精确表示金标准奖励。',
  marginLegend: '损失中的间隔项',
  marginOption: { none: '无（Llama 3）', small: 'Llama 2 小间隔', large: 'Llama 2 大间隔' },
  noiseLegend: '标注噪声',
  noiseOption: (noise, k, f) => `${{ low: '低', medium: '中', high: '高', random: '抛硬币' }[noise]}（k = ${f.int(k)}）`,
  levelsToggle: 'Llama 3 的筛选：只用“明显更好”和“更好”的偏好对训练',
  goldLegend: '隐藏的金标准奖励',
  goldOption: { length3: '偏好 3 个词元', lengthNeutral: '与长度无关' },
  pairsLabel: '训练偏好对数',
  pairsValue: (n, f) => f.int(n),
  seedLabel: '随机种子',
  seedError: (e, f) => wholeNumberError('随机种子', e, f),
  anotherSeed: '换一批偏好对',

  levelsHeading: (drawn, f) => `${f.int(drawn)} 个训练偏好对的偏好强度（玩具标注者根据金标准差值给出）`,
  levelName: { significantlyBetter: '明显更好', better: '更好', slightlyBetter: '稍好', marginallyBetter: '勉强更好' },
  levelRule: (_, threshold, f) => (threshold === null ? '差值 < 0.2' : `差值 ≥ ${f.decimal(threshold, { digits: 1, trim: true })}`),
  levelKept: (kept) => (kept ? '使用' : '丢弃'),
  levelsUsed: (used, drawn, levels, f) => (levels === 'llama3'
    ? `Llama 3 的筛选保留了 ${f.int(drawn)} 个中的 ${f.int(used)} 个。`
    : `全部 ${f.int(drawn)} 个偏好对都参与训练（Llama 3 只保留最强的两个等级）。`),

  resultsHeading: '全批量 Adam 训练 200 步之后',
  pending: '拟合中…',
  codeMessage: (code) => (code === 'noFeatures'
    ? '请至少选择一个特征：没有特征的奖励模型给每个回答打同样的分，无从拟合。'
    : '没有剩下任何训练偏好对：筛选把它们全部丢弃了。请增加偏好对，或关闭筛选。'),
  resultLines: (r, heldOut, f) => [
    `损失 ${dec(r.loss, f, 3)}（初始为 log 2 = ${dec(Math.LN2, f, 3)}）；训练准确率 ${pct(r.trainAccuracy, f)}。`,
    `留出集 ${f.int(heldOut)} 个偏好对上，与标注一致的比例为 ${pct(r.heldOutAccuracy, f)}；与金标准排序一致的比例为 ${pct(r.goldOrderAccuracy, f)}。`,
    `在全部 4 × 5,461 个回答上、按 SFT 模型概率加权，与金标准奖励的相关系数为 ${dec(r.correlation, f)}。`,
  ],
  weightsLine: (r, f) => `学到的权重：${r.weights.map((w) => {
    const name = w.feature === 'tokens' ? `#${'ABCD'[w.index]}` : w.feature === 'goodBad' ? (w.index === 0 ? '好词元占比' : '坏词元占比') : zh.featureName[w.feature];
    return `${name} ${f.signed(w.value, { digits: 2 })}`;
  }).join('，')}。`,

  lossTitle: '训练损失随步数的变化',
  accuracyTitle: '准确率随步数的变化',
  stepAxis: '步数',
  legendTrain: '训练偏好对',
  legendHeldOut: '留出偏好对',
  lossLabel: (r, f) => `训练损失在 ${f.int(r.trace.at(-1)!.step)} 步内从 ${dec(r.trace[0]!.loss, f, 3)} 降到 ${dec(r.loss, f, 3)}。`,
  accuracyLabel: (r, f) => `准确率随步数的变化：训练偏好对最终为 ${pct(r.trainAccuracy, f)}，留出偏好对为 ${pct(r.heldOutAccuracy, f)}。`,
  traceSummary: '数据：各步的损失与准确率',
  traceColumns: { step: '步数', loss: '损失', train: '训练准确率', heldOut: '留出准确率' },

  scatterTitle: (n, f) => `学到的奖励与金标准奖励（每个提示取 SFT 模型最可能的 ${f.int(n)} 个回答）`,
  goldAxis: '金标准奖励 r*',
  rmAxis: '学到的奖励 r',
  scatterLabel: (r, f) => `${f.int(r.scatter.length)} 个回答的散点图，横轴为金标准奖励，纵轴为学到的奖励；全部回答上的加权相关系数为 ${dec(r.correlation, f)}。`,
  promptName: (p) => `提示 ${p + 1}`,
  scatterNote: 'Bradley–Terry 只关心 r 的差值，所以它的偏移和尺度都是任意的：看排序，别看数值。不同形状表示四个提示。',

  wrongHeading: (r, heldOut, f) => `留出集中排序与标注相反的偏好对：${f.int(heldOut)} 个中有 ${f.int(r.wrongCount)} 个（其中 ${f.int(r.wrongNoisy)} 个的标注本身与金标准相反）`,
  wrongColumns: { prompt: '提示', chosen: '选中', rejected: '拒绝', goldGap: '金标准差值', rmGap: '奖励模型差值' },
  noneWrong: '没有：每个留出偏好对的排序都与标注一致。',
  wrongNote: '按金标准差值从大到小排列。金标准差值为负说明是标注噪声：这时奖励模型站在金标准一边，而不是标注一边。',

  announce: (r: RmResult, f) => (r.codes.length > 0
    ? zh.codeMessage(r.codes[0]!)
    : `留出准确率 ${pct(r.heldOutAccuracy, f)}，金标准排序一致率 ${pct(r.goldOrderAccuracy, f)}，损失 ${dec(r.loss, f, 3)}，与金标准的相关系数 ${dec(r.correlation, f)}。`),
  notesSummary: '原理，以及哪些是 Llama 3、哪些不是',
  notes: (f) => [
    `奖励模型是线性的，r(x, y) = w·φ(x, y)，从零开始训练，在所有偏好对上最小化 −log σ(r(x, y_c) − r(x, y_r) − m)（Bradley–Terry）。Llama 3 从预训练检查点出发训练奖励模型，目标与 Llama 2 相同，只是去掉了损失中的间隔项（原文：“except that we remove the margin term in the loss, as we observe diminishing improvements after data scaling”，即数据规模扩大后收益递减，§4.1.2）。`,
    `Llama 2 的间隔 m(r) 由偏好强度决定（其表 27），从强到弱：小间隔 ${f.int(1)}、⅔、⅓、${f.int(0)}；大间隔 ${f.int(3)}、${f.int(2)}、${f.int(1)}、${f.int(0)}。它要求明显更好的偏好对有更大的分差，所以同样的权重要付出更大的损失；可以对比开关前后的准确率。这个玩具不能说明 Llama 3 数据规模下的情况。`,
    `偏好对：依次对每个提示从玩具 SFT 模型采样两个回答，由基于隐藏金标准奖励的 Bradley–Terry 标注者打标签，P(a ≻ b) = σ(k·(r*(a) − r*(b)))。噪声等级：低 k = ${f.int(10)}，中 k = ${f.int(3)}，高 k = ${f.int(1)}，抛硬币 k = ${f.int(0)}。训练偏好对之后再抽 ${f.int(200)} 个作为留出集。`,
    '偏好强度：金标准差值至少为 1 时，玩具标注者判为明显更好（significantly better），至少 0.5 为更好（better），至少 0.2 为稍好（slightly better），否则为勉强更好（marginally better）。这些阈值是玩具自己的；报告既没有给出阈值，也没有给出各等级的占比（§4.2.1）。',
    'Llama 3 的奖励模型和 DPO 只使用“明显更好”和“更好”的偏好对，并丢弃回答相近的样本（§4.2.1）。它的每一行最多有三个回答（编辑后 > 选中 > 拒绝）；玩具只有两个。',
    '金标准奖励是该提示下好 / 坏词元占比、与 3 个词元的距离（仅“偏好 3 个词元”时）和截断的加权和。默认的奖励模型只看得到词元计数、长度和截断：它分不清哪个词元对哪个提示是好的，而且对长度是线性的，而“偏好 3 个词元”的金标准奖励在 3 个词元处最高。它仍能排对大多数留出偏好对；拒绝采样组件展示了把策略往它奖励的方向推时会发生什么。',
  ],
  sources: '来源：Llama 3 报告 §4.1.2、§4.2.1；Llama 2（Touvron 等，2023）表 27；玩具设定参照 Gao 等人的合成金标准奖励。',
};

export default words(messages, 'zh', zh);
