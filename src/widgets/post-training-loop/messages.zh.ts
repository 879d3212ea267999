// post-training-loop's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - The reward model is always 奖励模型 (no "RM"), rejection sampling 拒绝采样, SFT and DPO as written (glossary).
// - Bradley–Terry and NLL are glossed in the Chinese way: 布拉德利–特里模型（Bradley–Terry）, 负对数似然（NLL）.
// - nats are 奈特; answers are 回答, a comparison 比较 or 偏好对; KL divergence is KL 散度.
import { wholeNumberError } from '../../components/kit/messages.zh';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type PostTrainingLoopMessages } from './messages';
import {
  ANNOTATOR_K, DPO_RUN, HELD_OUT_PER_ROUND, PAIRS_PER_ROUND, RESPONSES_PER_PROMPT, RS_DRAWS_PER_PROMPT, RS_K, SFT_RUN, VARIANTS,
} from './model';

const d2 = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const roundName = (r: number, f: Format) => (r === 0 ? '基座模型（第 0 轮）' : `第 ${f.int(r)} 轮的模型`);

export const zh: PostTrainingLoopMessages = {
  title: '六轮后训练',
  summary: '在一个玩具模型上真实地逐轮跑 Llama 3 的后训练循环：每轮从目前最好的模型采集偏好对，用全部偏好对拟合奖励模型，做拒绝采样、SFT 和 DPO；每轮给出精确的金标准奖励与 KL 散度。',
  intro: '这是玩具模型，不是 Llama 3：一个类二元语法的模型，4 个内容 token（A–D）加一个轮次结束 token，回答最多 6 个 token，共 4 个提示。第 0 轮是玩具的 SFT 参考模型，扮演预训练模型；一个隐藏的“金标准”奖励扮演人工标注者。机制可以迁移，数值大小不能。',

  roundsLabel: '计算的轮数',
  roundsValue: (n, f) => f.int(n),
  averagingLabel: '模型平均（奖励模型、SFT、DPO 各训练 3 个变体）',
  seedLabel: '随机种子',
  seedError: (e, f) => wholeNumberError('随机种子', e, f),
  anotherSeed: '换一个种子',
  stepsLabel: '循环的轮次',
  nextLabel: '下一轮',
  position: (round, total, f) => `第 ${f.int(round)} 轮 / 共 ${f.int(total)} 轮`,
  clamped: (asked, total, f) => `第 ${f.int(asked)} 轮超出了计算的轮数（${f.int(total)}），现显示第 ${f.int(total)} 轮。`,

  roundHeading: (round, f) => (round === 0 ? '第 0 轮：基座模型' : `第 ${f.int(round)} 轮，逐步拆开`),
  pending: '正在计算这一轮……',
  progress: (done, total, f) => (done >= total ? `${f.int(total)} 轮全部算完。` : `计算中：已完成 ${f.int(done)} / ${f.int(total)} 轮……`),
  baseLines: (r, f) => [
    '起点：玩具的 SFT 参考模型（在一个合成教师上训练 300 步；教师以 0.3 的概率结束回答，否则均匀地输出 A–D）。',
    `金标准奖励 ${d2(r.model.gold, f)}；平均长度 ${d2(r.model.meanLength, f)} 个 token；以 EOT 结束的比例 ${pct(r.model.terminated, f)}。`,
  ],
  stepLines: (r, f) => [
    `1. 偏好对：从${roundName(r.sampler ?? 0, f)}（按金标准奖励，目前最好的模型）采样 ${f.int(r.pairsCollected)} 次比较，由金标准标注者打标；其中 ${f.int(r.pairsKept)} 对属于“明显更好”或“更好”，予以保留。`,
    `2. 奖励模型：在迄今保留的全部 ${f.int(r.pairsTotal)} 对上拟合，不加间隔项；本轮留出的偏好对中排序正确的占 ${pct(r.rmHeldOut ?? 0, f)}${r.rmPrevHeldOut === null ? '' : `（上一轮的奖励模型：${pct(r.rmPrevHeldOut, f)}）`}。`,
    `3. 拒绝采样：共 ${f.int(r.rsExamples)} 次（每个提示 ${f.int(RS_DRAWS_PER_PROMPT)} 次），每次从最新的对话模型采样 K = ${f.int(RS_K)} 个回答，保留奖励模型打分最高的一个（平均金标准奖励 ${d2(r.rsGold ?? 0, f)}）。`,
    `4. SFT：从基座模型出发，在迄今全部 ${f.int(r.rsTotal)} 条拒绝采样数据上训练，金标准奖励 ${d2(r.sftGold ?? 0, f)}。`,
    `5. DPO：从这个 SFT 模型出发（参考模型就是它），只用本轮的 ${f.int(r.pairsKept)} 对偏好数据，β 取 0.1，屏蔽 EOT，负对数似然项系数 0.2：得到本轮的对话模型。`,
  ],
  metricsHeading: '本轮对话模型（精确值，覆盖所有回答）',
  metricLines: (r, f) => [
    `金标准奖励 ${d2(r.model.gold, f)} · 与基座模型的 KL 散度 ${d2(r.model.kl, f)} 奈特`,
    `代理分数（本轮奖励模型打分）${d2(r.proxy ?? 0, f)} · 奖励模型留出准确率 ${pct(r.rmHeldOut ?? 0, f)}`,
    `平均长度 ${d2(r.model.meanLength, f)} 个 token · 以 EOT 结束 ${pct(r.model.terminated, f)}`,
  ],
  changesHeading: '与上一轮相比的变化',
  change: (code, r, prev, f) => {
    switch (code) {
      case 'goldUp': return `金标准奖励上升 ${d2(r.model.gold - prev.model.gold, f)}。`;
      case 'goldDown': return `金标准奖励下降 ${d2(prev.model.gold - r.model.gold, f)}：一轮也可能倒退，所以下一轮的偏好对取自目前最好的模型，而不一定是最新的模型。`;
      case 'goldFlat': return '金标准奖励基本不变。';
      case 'longer': return `回答变长了（${d2(prev.model.meanLength, f)} → ${d2(r.model.meanLength, f)} 个 token）。`;
      case 'shorter': return `回答变短了（${d2(prev.model.meanLength, f)} → ${d2(r.model.meanLength, f)} 个 token）。`;
      case 'terminatesMore': return `以 EOT 结束的回答更多了（${pct(prev.model.terminated, f)} → ${pct(r.model.terminated, f)}）。`;
      case 'terminatesLess': return `以 EOT 结束的回答更少了（${pct(prev.model.terminated, f)} → ${pct(r.model.terminated, f)}）。`;
      case 'rmStale': return `上一轮的奖励模型给本轮新偏好对排序的准确率（${pct(r.rmPrevHeldOut ?? 0, f)}）低于重新拟合的模型（${pct(r.rmHeldOut ?? 0, f)}）。`;
      case 'samplerOlder': return `偏好对来自${roundName(r.sampler ?? 0, f)}，而不是最新模型：它的金标准奖励仍然最高。`;
    }
  },
  averagingLines: (r, f) => (r.variant ? [
    `平均后的奖励模型：留出准确率 ${pct(r.rmHeldOut ?? 0, f)}；单个变体：${pct(r.variant.rmHeldOut, f)}。`,
    `平均后的 SFT 模型：金标准奖励 ${d2(r.sftGold ?? 0, f)}；单个变体：${d2(r.variant.sftGold, f)}。`,
    `平均后的对话模型：金标准奖励 ${d2(r.model.gold, f)}，KL 散度 ${d2(r.model.kl, f)}；单个 DPO 变体：金标准奖励 ${d2(r.variant.model.gold, f)}，KL 散度 ${d2(r.variant.model.kl, f)}。`,
  ] : []),

  chartTitle: '各轮的金标准奖励（精确值）',
  chartLabel: (rounds, total, f) => `各轮对话模型的金标准奖励，已算 ${f.int(rounds.length - 1)} / ${f.int(total)} 轮：${rounds.map((r) => `第 ${f.int(r.round)} 轮 ${d2(r.model.gold, f)}`).join('，')}。下方表格列出全部数值。`,
  axisTitle: '轮次',
  roundTick: (r, f) => f.int(r),
  goldTick: (v, f) => f.decimal(v, { digits: 1 }),
  legendChat: '对话模型（DPO 之后）',
  legendSft: 'SFT 模型（DPO 之前）',
  legendVariant: '单个 DPO 变体（不做平均）',
  legendShown: '当前显示的轮次',

  tableSummary: '每一轮的数值（表格）',
  columns: {
    round: '轮次', gold: '金标准奖励', sftGold: 'SFT 后的金标准奖励', kl: 'KL 散度（奈特）', proxy: '代理分数', rm: '奖励模型留出准确率', rmPrev: '上一轮奖励模型的准确率',
    length: '长度', terminated: '以 EOT 结束', pairs: '保留 / 全部偏好对', rs: '拒绝采样数据',
  },

  announceRound: (r, total, f) => (r.round === 0
    ? `第 0 轮 / 共 ${f.int(total)} 轮，基座模型：金标准奖励 ${d2(r.model.gold, f)}。`
    : `第 ${f.int(r.round)} 轮 / 共 ${f.int(total)} 轮：金标准奖励 ${d2(r.model.gold, f)}，KL 散度 ${d2(r.model.kl, f)} 奈特，奖励模型准确率 ${pct(r.rmHeldOut ?? 0, f)}。`),
  announceArrived: (done, total, last, f) => `第 ${f.int(done)} / ${f.int(total)} 轮算完：金标准奖励 ${d2(last.model.gold, f)}。`,

  notesSummary: '玩具里谁扮演谁，以及它省略了什么',
  notes: (f) => [
    `精确值：4 个提示各有 ${f.int(RESPONSES_PER_PROMPT)} 种可能的回答，金标准奖励、与基座模型的 KL 散度、长度和结束比例都是对全部回答求和，而不是采样估计。只有训练数据是采样的。`,
    `金标准奖励（隐藏的“人类”）偏好提示自己的 token，避开下一个 token，并在 3 个 token 的长度处最高。标注者按布拉德利–特里模型（Bradley–Terry）以锐度 ${f.int(ANNOTATOR_K)} 给一对回答打标；强度等级取决于金标准奖励差的大小（≥ 1、≥ 0.5、≥ 0.2，这是玩具自己的阈值；报告既没有给出阈值，也没有给出各等级的占比）。`,
    `每轮采集 ${f.int(PAIRS_PER_ROUND)} 次比较（另留出 ${f.int(HELD_OUT_PER_ROUND)} 次用于测奖励模型的准确率）。一对中的两个回答来自同一个玩具模型；Llama 3 的标注者比较的是两个不同模型的回答。这些数量只属于玩具：报告没有给出每轮的比较数或 SFT 样本数。`,
    '奖励模型是五个特征上的线性模型，其中包括金标准奖励用到的两个，所以它有可能学对；不同轮次的代理分数来自不同的奖励模型，不能跨轮比较。',
    `拒绝采样：K = ${f.int(RS_K)}（报告：“通常在 10 到 30 之间”），每轮每个提示抽 ${f.int(RS_DRAWS_PER_PROMPT)} 次。SFT：从基座模型出发训练 ${f.int(SFT_RUN.steps)} 步，与报告从预训练模型出发做微调一致。DPO：${f.int(DPO_RUN.steps)} 步，采用 Llama 3 的 β = 0.1、屏蔽 EOT、对被选回答加 0.2 倍负对数似然（NLL）（这里按 token 平均；报告没有说明是否做长度归一化）。学习率是玩具的，不是报告中的 10⁻⁵。`,
    `模型平均：每个阶段从同一起点训练 ${f.int(VARIANTS)} 个变体（奖励模型：重采样的偏好对；SFT 和 DPO：不同的小批次顺序），再对参数取平均，对应报告 §4.1.5 中对“使用不同版本的数据或超参数的实验所得到的模型”取平均。这个小模型里平均带来的效果大小，不能推到大模型上。`,
    'Llama 3 在这些轮次中用的是 DPO 而不是 PPO；这里同样没有强化学习步骤。某一轮金标准奖励下降、回答变长、EOT 比例下降，这些都是循环能展示的机制；它们在 Llama 3 中有多大，玩具说明不了。',
  ],
  sources: '来源：Llama 3 报告 §4.1（图 7）、§4.1.2–4.1.6、§4.2.1–4.2.2。玩具模型：本站代码中的共享玩具语言模型。',
};

export default words(messages, 'zh', zh);
