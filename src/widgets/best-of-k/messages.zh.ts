// best-of-k's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Glossary terms: 奖励模型, 拒绝采样, 监督微调 (SFT), KV 缓存, token. KL divergence is KL 散度, as Chinese ML writing says it.
// - Not yet in the glossary (told to the lead): K 选一（best-of-K）, 金标准奖励 (gold reward), 代理分数 (proxy score),
//   过度优化 (over-optimisation), 胜率 (win rate), 参考策略 (reference policy), 分页注意力（PagedAttention）.
import { wholeNumberError } from '../../components/kit/messages.zh';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type BestOfKMessages } from './messages';
import { REPORT_K, TOY, type BokNote, type RmKind, type Selection } from './model';

const nats = (v: number, f: Format) => `${f.decimal(v, { digits: 3 })} 奈特`;
const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const r2 = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const range = (f: Format) => `${f.int(REPORT_K.min)}–${f.int(REPORT_K.max)}`;

const RM_SHORT: Record<RmKind, string> = {
  blind: '不看提示的奖励模型',
  full: '用全部五个特征的奖励模型',
  gold: '金标准奖励本身（神谕）',
};
const RULE: Record<Selection, string> = { 'per-prompt': '每个提示取最优', 'top-overall': '全局取前 k 个' };

const NOTE: Record<BokNote, (k: number, peakK: number, peakGold: string, f: Format) => string> = {
  k1: () => 'K = 1 就是直接采样：没有任何挑选，KL 散度为 0，胜率为 ½。',
  belowReport: (k, _p, _g, f) => `K = ${f.int(k)} 低于报告所说的“通常在 10 到 30 之间”。`,
  aboveReport: (k, _p, _g, f) => `K = ${f.int(k)} 高于报告通常使用的 ${range(f)}。`,
  oracle: () => '打分的就是金标准奖励本身：代理分数等于金标准，不存在过度优化，样本越多越好。',
  overOptimised: (_k, p, g, f) => `过度优化：金标准奖励在 K = ${f.int(p)} 时最高（${g}），之后下降，而奖励模型自己的分数还在上升——它奖励了金标准并不看重的东西（这里是长度）。`,
  stillRising: () => '金标准奖励随 K 一直上升到 64：这个奖励模型对玩具模型回答的排序与金标准一致。',
};

export const zh: BestOfKMessages = {
  title: '精确计算 K 选一（best-of-K）',
  summary: '在一个玩具语言模型上精确计算拒绝采样：用奖励模型从 K 个样本中挑最好的一个，KL 散度、胜率和真实（金标准）奖励会怎样变化；两种筛选规则各留下哪些样本；K 个样本要花多少代价。',

  kLabel: 'K，每个提示的采样数',
  kValue: (k, f) => `${f.int(k)}${k >= REPORT_K.min && k <= REPORT_K.max ? '（在报告的 10–30 之内）' : ''}`,
  rmLegend: '由谁挑最好的',
  rmOption: { blind: '不看提示的奖励模型', full: '全特征奖励模型', gold: '金标准（神谕）' },
  selectionLegend: '保留哪些样本',
  selectionOption: { 'per-prompt': '每个提示取最优', 'top-overall': '全局取前 k 个' },
  seedLabel: '随机种子',
  seedError: (e, f) => wholeNumberError('随机种子', e, f),
  anotherSeed: '换一个种子',
  toyLine: '这是玩具模型，不是 Llama 3：类二元语法（bigram）模型，4 个 token（A–D）加轮次结束符 ⏎，4 个提示，每个提示 5,461 种回答；隐藏的“金标准”奖励扮演人类。机制可以迁移，数值大小不能。',

  readoutHeading: (k, f) => `K = ${f.int(k)} 选一的精确结果（4 个提示的平均）`,
  pending: '正在拟合奖励模型并计算 K 选一……',
  readoutLines: (r, s, f) => {
    const a = r.at, one = r.curve[0]!;
    return [
      `KL 散度 D(K 选一 ‖ 参考策略) = ${nats(a.kl, f)}；常见公式 log K − (K−1)/K 给出 ${nats(a.klBound, f)}，它只是上界。`,
      `对一个新样本的胜率：${pct(a.winRate, f)}（上界 K/(K+1) = ${pct(a.winBound, f)}）。`,
      s.rm === 'gold'
        ? `金标准奖励 ${r2(a.gold, f)}（K = 1 时 ${r2(one.gold, f)}）；平均长度 ${f.decimal(a.length, { digits: 2 })} 个 token（K = 1 时 ${f.decimal(one.length, { digits: 2 })}）。`
        : `奖励模型分数 ${r2(a.proxy, f)}（K = 1 时 ${r2(one.proxy, f)}）；金标准奖励 ${r2(a.gold, f)}（K = 1 时 ${r2(one.gold, f)}）；平均长度 ${f.decimal(a.length, { digits: 2 })} 个 token（K = 1 时 ${f.decimal(one.length, { digits: 2 })}）。`,
      r.heldOut === null
        ? `不用奖励模型：直接用金标准给回答打分（标注者的标签在留出的偏好对上与金标准一致的比例为 ${pct(r.labelAgreement, f)}）。`
        : `奖励模型在 ${f.int(TOY.pairs - TOY.train)} 个留出偏好对上排对了 ${pct(r.heldOut, f)}（带噪声的标签本身与金标准一致的比例为 ${pct(r.labelAgreement, f)}）。`,
    ];
  },
  note: (code, r, s, f) => NOTE[code](s.k, r?.peak.k ?? 0, r ? r2(r.peak.gold, f) : '', f),
  announce: (r, s, f) => `用${RM_SHORT[s.rm]}做 ${f.int(s.k)} 选一：KL 散度 ${nats(r.at.kl, f)}（上界 ${nats(r.at.klBound, f)}），胜率 ${pct(r.at.winRate, f)}，金标准奖励 ${r2(r.at.gold, f)}。`,

  kAxis: 'K（对数坐标；阴影为报告的 10–30）',
  klTitle: 'KL 散度随 K 的变化',
  klExact: '精确 KL 散度',
  klBound: 'log K − (K−1)/K',
  klLabel: (r, s, f) => `折线图：K 从 1 到 64（对数坐标）时的 KL 散度（单位奈特），包括精确值和公式 log K − (K−1)/K，精确值从不超过公式；阴影带标出报告的 10–30。K = ${f.int(s.k)} 时为 ${nats(r.at.kl, f)}，公式为 ${nats(r.at.klBound, f)}。具体数值见“每个 K”表格。`,
  winTitle: '胜率随 K 的变化',
  winExact: '精确胜率',
  winBound: 'K/(K+1)',
  winLabel: (r, s, f) => `折线图：K 从 1 到 64（对数坐标）时 K 选一对一个新参考样本的胜率，以及上界 K/(K+1)。K = ${f.int(s.k)} 时为 ${pct(r.at.winRate, f)}，上界为 ${pct(r.at.winBound, f)}。`,
  rewardTitle: '打分者看到的与真实的：随 K 的变化',
  goldLegend: '金标准奖励（隐藏的真值）',
  proxyLegend: (rm) => (rm === 'gold' ? '打分者 = 金标准' : '奖励模型分数（代理）'),
  proxyLabel: (r, s, f) => `折线图：K 从 1 到 64（对数坐标）时 K 选一的期望${s.rm === 'gold' ? '金标准奖励（此时它就是打分者）' : '奖励模型分数'}，从 ${r2(r.curve[0]!.proxy, f)} 升到 ${r2(r.curve[r.curve.length - 1]!.proxy, f)}。`,
  goldLabel: (r, _s, f) => `折线图：K 从 1 到 64（对数坐标）时 K 选一的期望金标准奖励：K = 1 时为 ${r2(r.curve[0]!.gold, f)}，最高点 ${r2(r.peak.gold, f)} 在 K = ${f.int(r.peak.k)}，K = 64 时为 ${r2(r.curve[r.curve.length - 1]!.gold, f)}。`,
  curveData: '每个 K（表格）',
  curveColumns: { k: 'K', kl: 'KL 散度（奈特）', klBound: 'log K − (K−1)/K', win: '胜率', winBound: 'K/(K+1)', proxy: '奖励模型分数', gold: '金标准', length: '平均长度' },

  promptTitle: (k, f) => `提示 1：得分不超过 x 的概率，参考策略 π 与 ${f.int(k)} 选一对比`,
  cdfPi: '参考策略 π：F',
  cdfBon: (k, f) => `${f.int(k)} 选一：F^${f.int(k)}`,
  cdfAxis: (rm) => (rm === 'gold' ? '回答的金标准奖励' : '回答的奖励模型分数'),
  cdfLabel: (r, s, f) => `阶梯图：提示 1 的回答得分不超过某个值的概率，参考策略下为 F，${f.int(s.k)} 选一下为 F 的 ${f.int(s.k)} 次方，概率质量被推向最高分。得分最高的 ${f.int(r.top.length)} 个回答在参考策略下占 ${pct(r.topMass.pi, f)}，在 K 选一下占 ${pct(r.topMass.bon, f)}。`,
  topCaption: (n, f) => `提示 1：打分者最喜欢的 ${f.int(n)} 个回答`,
  topSummary: (n, f) => `打分者最喜欢的 ${f.int(n)} 个回答（表格）`,
  topColumns: { response: '回答', score: '分数', gold: '金标准', pi: 'π（参考策略）', bon: 'π K 选一' },
  tied: (n, f) => `并列 ×${f.int(n)}`,
  topMassLine: (r, s, f) => `得分最高的 ${f.int(r.top.length)} 个回答在参考策略下合计占 ${pct(r.topMass.pi, f)}，在 ${f.int(s.k)} 选一下占 ${pct(r.topMass.bon, f)}。`,

  selectionTitle: '保留哪些样本：每个提示取最优，还是全局取前 k 个',
  selectionIntro: (n, k, f) => `抽样结果（${f.int(n)} 轮带种子的模拟，每个提示抽 ${f.int(k)} 个回答）。两种规则都从同一批样本中保留 4 个：每个提示的最优者，或全部 ${f.int(4 * k)} 个中最好的 4 个（基于人类反馈的强化学习一书（RLHF Book）第 9 章）。`,
  selectionColumns: { rule: '规则', gold: '保留样本的金标准', proxy: '保留样本的分数', empty: '没有样本的提示' },
  ruleName: RULE,
  chosenMark: '（当前）',
  ruleLine: (rule, sum, other, exact, f) => rule === 'per-prompt'
    ? `每个提示取最优：每个提示都留下一个回答，抽样得到的金标准为 ${r2(sum.gold, f)}（精确值 ${r2(exact, f)}）。全局取前 k 个达到 ${r2(other.gold, f)}，但有 ${pct(other.empty, f)} 的提示一个回答也没留下。`
    : `全局取前 k 个：不管来自哪个提示，只留分数最高的回答。金标准 ${r2(sum.gold, f)}，每个提示取最优为 ${r2(other.gold, f)}；但 ${pct(sum.empty, f)} 的提示没有留下回答（${pct(sum.anyEmpty, f)} 的轮次中至少有一个提示落空）。`,
  roundCaption: (rule) => `第一轮抽样中按“${RULE[rule]}”保留的样本`,
  promptName: (p, f) => `提示 ${f.int(p + 1)}`,
  noneKept: '没有保留',
  keptItem: (g, f) => `金标准 ${r2(g, f)}`,

  costTitle: 'K 个样本的代价（以表 6 的平均值为算例）',
  costLines: (c, f) => [
    `每个提示生成 K × ${f.decimal(c.responseTokens, { digits: 1 })} = ${f.int(Math.round(c.generated))} 个回答 token，只留下一个回答：${pct(c.discardedShare, f)} 被丢弃。`,
    `K 个回答的 KV 缓存：每个回答各存一份 ${f.decimal(c.promptTokens, { digits: 1 })} 个 token 的提示时共 ${f.int(Math.round(c.cacheCopies))} 个 token 槽位，共享提示缓存页时为 ${f.int(Math.round(c.cacheShared))}：少 ${f.int(Math.round(c.saved))} 个（${pct(c.savedShare, f)}）。`,
  ],
  cacheBars: { copies: '提示存 K 份', shared: '共享提示缓存页', prompt: '提示', response: '回答' },
  tokens: (n, f) => `${f.int(Math.round(n))} 个 token`,
  costNote: (c, f) => `报告没有给出拒绝采样时提示的长度；共享的前缀越长省得越多。报告自己的数字“吞吐量提升超过 ${f.int(c.reportSpeedup)} 倍”来自分页注意力（PagedAttention）与固定最大输出长度两者合起来（§4.2.2），并非单独来自共享缓存页。`,

  notesSummary: '说明：怎么算的，以及没有展示什么',
  notes: (f) => [
    `精确计算：玩具模型每个提示只有 5,461 种回答，所以 K 选一的分布 π_K(y_j) = F(y_j)^K − F(y_{j−1})^K 对每个回答逐一算出（按分数排序，分数完全相同的归为一组），KL 散度、胜率和期望奖励都是求和，不是估计（Beirami et al. 2024）。`,
    '分数并列的回答按 π 的比例分摊本组的 F(y_j)^K − F(y_{j−1})^K。回答标签中 ⏎ 表示轮次结束，… 表示在 6 个 token 处被截断。',
    '只有在没有并列、每个回答的概率都趋于零的极限下（连续分布），log K − (K−1)/K 才等于 KL 散度；否则它只是上界。两个等概率结果时，无论 K 多大，KL 散度都小于 log 2，而公式像 log K 一样增长。',
    `奖励模型是线性的布拉德利–特里（Bradley–Terry）模型，用 ${f.int(TOY.train)} 对带种子的参考策略回答拟合，标签由金标准奖励加噪声给出（锐度 k = ${f.int(TOY.sharpness)}）。不看提示的奖励模型只看各 token 的个数、长度和是否截断，不知道哪个 token 对哪个提示是好的，而且对长度是线性的，金标准却偏好 3 个 token：这是一个设定错误的代理，与文献（Gao, Schulman & Hilton 2023）的设置相同。它的分数有自己的尺度：比较曲线形状，不要比较数值。`,
    'Llama 3 从“最新的聊天模型策略”中采样 K 个回答，保留奖励模型打分最高的一个；玩具模型从它的监督微调参考策略中采样，每个提示保留一个。报告在后几轮还加入系统提示来引导语气和格式；玩具模型没有。',
    '全局取前 k 个是带种子的模拟结果，会随种子略有变化；本组件中关于 K 选一的其他数值，对拟合出的奖励模型而言都是精确的。',
  ],
  sources: '来源：Llama 3 报告 §4.2.2 与表 6；文献（Beirami et al. 2024）；文献（Gao, Schulman & Hilton 2023）；基于人类反馈的强化学习一书（RLHF Book）第 9 章。',
};

export default words(messages, 'zh', zh);
