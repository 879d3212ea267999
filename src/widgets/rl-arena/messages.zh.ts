// rl-arena's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Glossary terms: 直接偏好优化 (DPO), 奖励模型, 拒绝采样, 金标准奖励, 偏好对, 过度优化, token. KL divergence is KL 散度.
// - Method names stay as Chinese ML writing keeps them: DPO, PPO, GRPO, Dr. GRPO, DAPO; GRPO is glossed as
//   组相对策略优化（GRPO）where a sentence introduces it. NLL is 负对数似然（NLL）, the RM 奖励模型, the reference 参考模型.
// - Not yet in the glossary (told to the lead): 似然位移 (likelihood displacement), 隐式奖励 (implicit reward),
//   优势 (advantage), 组大小 (group size), 截断比例 ε (clip ε).
import { wholeNumberError } from '../../components/kit/messages.zh';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { ARENA_TOY, PROMPTS, RESPONSES } from '../../lib/toyLm';
import { messages, type RlArenaMessages } from './messages';
import { BON_COST_N, DEEPSEEKMATH_BETA, DPO_STEPS_PER_ITERATION, LLAMA2_PPO, PPO_TOY, finalRows, type Method } from './model';

const d2 = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const nats = (v: number, f: Format) => `${f.decimal(v, { digits: 1 })} 奈特`;

const NAME: Record<Method, string> = {
  bon: 'n 选一（精确）', dpo: 'DPO', llama3: 'Llama 3 的 DPO', ppo: 'PPO', grpo: '组相对策略优化（GRPO）',
};
const VARIANT_ZH = { grpo: '原版', 'dr-grpo': '去偏版', dapo: '按 token 平均' } as const;
// Short names (legends, end labels, the reward-hacking lines): GRPO as Chinese ML writing names it; the full name with
// its translation is in the checkboxes and tables.
const SHORT: Record<Method, string> = { bon: 'n 选一', dpo: 'DPO', llama3: 'Llama 3 DPO', ppo: 'PPO', grpo: 'GRPO' };

export const zh: RlArenaMessages = {
  title: 'DPO、PPO 与组相对策略优化（GRPO）同台训练',
  summary: '在同一个玩具语言模型上用真实梯度现场训练 DPO、Llama 3 版 DPO、PPO 和组相对策略优化（GRPO）：金标准奖励与精确 KL 散度的关系、DPO 把概率质量推向哪里、每次更新的开销。',

  methodsLegend: '方法',
  methodName: NAME,
  methodShort: SHORT,
  dpoBoth: 'DPO（两种相同）',
  proxyShort: (s) => `${s}·奖励模型分`,
  settingsSummary: (s, f) => `设置：${f.int(s.steps)} 轮迭代 · β ${f.decimal(s.beta, { digits: 2 })} · 掩码${s.mask ? '开' : '关'} · 负对数似然 ${f.decimal(s.nll, { digits: 2 })}（${s.nllnorm === 'token' ? '按 token' : '按序列'}）· KL ${f.decimal(s.kl, { digits: 3, trim: true })} · ε ${f.decimal(s.clip, { digits: 2 })} · G ${f.int(s.group)} · ${VARIANT_ZH[s.variant]} · 种子 ${f.int(s.seed)}`,
  taskLegend: '任务设定',
  rmLegend: 'PPO、组相对策略优化（GRPO）与 n 选一所用的奖励模型',
  rmOption: { blind: '看不到提示', full: '全部特征' },
  goldLabel: '金标准奖励',
  goldOption: { length3: '偏好 3 个 token', lengthNeutral: '与长度无关' },
  noiseLabel: '标注噪声',
  noiseOption: { low: '低', medium: '中', high: '高', random: '随机标注' },
  seedLabel: '随机种子',
  seedError: (e, f) => wholeNumberError('随机种子', e, f),
  stepsLabel: '训练长度',
  stepsValue: (it, dpo, f) => `${f.int(it)} 轮迭代（DPO：${f.int(dpo)} 步）`,
  dpoLegend: 'DPO（两次运行共用 β；Llama 3 版另有掩码与负对数似然项）',
  betaLabel: 'β',
  maskLabel: '掩掉终止 token（Llama 3 的做法）',
  nllLabel: '选中回答的负对数似然（NLL）系数（Llama 3：0.2）',
  nllNormLegend: '负对数似然的归一化',
  nllNormOption: { token: '按 token 平均', sequence: '按整条序列求和' },
  rlLegend: 'PPO 与组相对策略优化（GRPO）',
  klLabel: 'KL 系数',
  klValue: (kl, f) => `${f.decimal(kl, { digits: 3, trim: true })}${kl === DEEPSEEKMATH_BETA ? '（与 DeepSeekMath 相同）' : kl === LLAMA2_PPO.klSmall ? '（Llama 2 的 7B/13B）' : kl === LLAMA2_PPO.klLarge ? '（Llama 2 的 34B/70B）' : ''}`,
  clipLabel: '裁剪范围 ε',
  groupLabel: '组大小 G',
  variantLegend: '组相对策略优化的变体',
  variantOption: { grpo: '原版（DeepSeekMath）', 'dr-grpo': '去偏版（Dr. GRPO）', dapo: '按 token 平均（DAPO）' },
  note: (code, _s, f) => {
    switch (code) {
      case 'klOff': return 'KL 系数为 0：没有任何东西把 PPO 或组相对策略优化拉回参考模型附近（这是 Hugging Face 训练库（TRL）里组相对策略优化的默认设置，此时不需要参考模型）。';
      case 'llama2Kl': return `Llama 2 的 PPO 用的 KL 系数是 ${f.decimal(LLAMA2_PPO.klSmall, { digits: 2 })}（7B、13B）或 ${f.decimal(LLAMA2_PPO.klLarge, { digits: 3 })}（34B、70B），裁剪范围 ${f.decimal(LLAMA2_PPO.clip, { digits: 1 })}；玩具模型的尺度和它们不同。`;
      case 'maskAlone': return '只加掩码、不加负对数似然项：在这个玩具模型里，结束行为反而变差（报告是把掩码和负对数似然项一起用的）。';
      default: return '没有选择任何方法。';
    }
  },
  toyLine: (f) => `这是玩具模型，不是 Llama 3：类二元语法（bigram）模型，token 只有 A–D 和终止 token ⏎；${f.int(PROMPTS)} 个提示，每个 ${f.int(RESPONSES)} 种回答。隐藏的“金标准”奖励扮演人类，用 ${f.int(ARENA_TOY.pairs)} 个带噪偏好对拟合的模型充当奖励模型。真实训练、精确指标：机制可以迁移，数值大小不能。`,
  noMethods: '没有选择任何方法：请在上面至少勾选一个。',
  announce: (r, _s, f) => `训练完成。${finalRows(r).map((x) => `${NAME[x.method]}：金标准奖励 ${d2(x.gold, f)}，KL 散度 ${d2(x.kl, f)}`).join('；')}。`,

  statusTitle: (rm) => `各方法的终点（奖励模型：${rm === 'blind' ? '看不到提示' : '全部特征'}）`,
  finalColumns: { method: '方法', at: '位置', gold: '金标准奖励', proxy: '奖励模型分数', kl: 'KL 散度（奈特）', truncated: '没有终止 token' },
  atText: (m, at, f) => (m === 'bon' ? `n = ${f.int(at)}` : m === 'dpo' || m === 'llama3' ? `第 ${f.int(at)} 步` : `第 ${f.int(at)} 轮`),
  notUsed: '不适用',
  training: '训练中…',
  pending: '训练中…（先算 n 选一，其余方法各自训练完就显示）',

  goldTitle: '1. 金标准奖励、奖励模型分数与精确 KL 散度 D(π ‖ 参考模型)',
  goldPanelTitle: '金标准奖励（隐藏的“人类”）',
  proxyPanelTitle: '奖励模型分数，空心标记（PPO、组相对策略优化和 n 选一优化的目标）',
  legendBound: 'n 选一按 KL 上界画',
  goldChartLabel: (r, _s, f) => `各方法的金标准奖励随 KL 散度的变化。${finalRows(r).map((x) => `${NAME[x.method]}终点：金标准奖励 ${d2(x.gold, f)}，KL 散度 ${d2(x.kl, f)}`).join('；')}。`,
  proxyChartLabel: (r, _s, f) => `PPO、组相对策略优化与 n 选一的奖励模型分数随 KL 散度的变化。${finalRows(r).filter((x) => x.proxy !== null && x.method !== 'dpo' && x.method !== 'llama3').map((x) => `${NAME[x.method]}终点：奖励模型分数 ${d2(x.proxy!, f)}，KL 散度 ${d2(x.kl, f)}`).join('；')}。`,
  klAxis: (f) => `KL 散度 D(π ‖ 参考模型)，奈特（对全部 ${f.int(RESPONSES)} 种回答精确求和）`,
  hackingLead: (xs) => (xs.some((x) => x.falls)
    ? '奖励模型被钻了空子，实测如下：奖励模型分数一路上涨，金标准奖励却回落了。'
    : '这次运行没有回落：金标准奖励随奖励模型分数一起上涨。'),
  hackingLine: (x, f) => `${SHORT[x.method]}：奖励模型分数 ${d2(x.proxyStart, f)} → ${d2(x.proxyEnd, f)}；金标准 ${d2(x.goldStart, f)} → ${x.falls
    ? `${d2(x.goldBest, f)}（最高，${x.method === 'bon' ? `n = ${f.int(x.bestAt)}` : `第 ${f.int(x.bestAt)} 轮`}）→ ${d2(x.goldEnd, f)}`
    : `${d2(x.goldEnd, f)}（最高 ${d2(x.goldBest, f)}），没有回落`}。`,
  goldAxisNote: '两幅图共用 KL 散度横轴，纵轴各自独立（奖励模型分数单位自成一套）。DPO 不读奖励模型。',
  goldColumns: { method: '方法', at: '位置', kl: 'KL 散度（奈特）', gold: '金标准奖励', proxy: '奖励模型分数' },
  goldData: '数据：所有记录点',

  dpoTitle: '2. DPO 的隐式奖励随步数的变化：为什么选中回答的概率也在降',
  dpoNote: '即 Hugging Face 训练库（TRL）日志里的 “rewards/chosen”、“rewards/rejected”、“rewards/margins”（β·Δ）。普通 DPO 里两者都在降，差值变大是因为拒绝降得更快。',
  dpoChosen: '选中：β·Δlog π(y_w)',
  dpoRejected: '拒绝：β·Δlog π(y_l)',
  dpoMargin: '差值（点线）',
  notChosen: '这个方法没有被选中。',
  dpoChartLabel: (w, p, s, f) => `${NAME[w]}随步数：β·Δlog π(选中) 最后是 ${d2(s.beta * p.chosenShift, f)}，β·Δlog π(拒绝) 是 ${d2(s.beta * p.rejectedShift, f)}，差值 ${d2(p.margin, f)}。`,
  stepAxis: 'DPO 步数',
  dpoSizer: '终点：选中 −88.8 奈特，拒绝 −88.8 奈特。',
  dpoLine: (_w, p, _s, f) => `终点：选中 ${nats(p.chosenShift, f)}，拒绝 ${nats(p.rejectedShift, f)}。`,

  massTitle: '3. DPO 把概率质量推到了哪里',
  massNone: '选择 DPO 或 Llama 3 的 DPO，才能看到概率质量的去向。',
  massReference: '参考模型',
  massEnd: (m) => `${SHORT[m]}，训练后`,
  massParts: { chosen: '数据中被选中过', rejected: '只被拒绝过', unseen: '数据中从未出现' },
  massText: (c, r, u, f) => `${f.percent(c, { digits: 1 })} · ${f.percent(r, { digits: 1 })} · ${f.percent(u, { digits: 1 })}`,
  lengthTitle: '训练结束时的回答长度',
  lengthBin: (k, f) => (k === 6 ? '无 ⏎' : f.int(k)),
  lengthAxis: '⏎ 之前的内容 token 数（“无 ⏎”：到 6 个被截断）',
  referenceName: '参考模型',
  lengthChartLabel: (r, f) => `各长度回答所占比例。参考模型没有终止 token的比例为 ${f.percent(r.reference[6]!, { digits: 1 })}。${(['dpo', 'llama3', 'ppo', 'grpo'] as const).filter((m) => r[m]).map((m) => `${NAME[m]}：${f.percent(r[m]!.lengths[6]!, { digits: 1 })}`).join('；')}。`,
  lengthData: '数据：各长度占比',
  lengthColumns: { policy: '策略' },

  costTitle: '4. 一次更新的开销',
  costQuote: '报告第 4.1.4 节（译文）：“DPO 在大模型上所需计算更少，效果也更好，尤其是在指令遵循基准（IFEval）上。”',
  costColumns: { method: '方法', models: '常驻模型', passes: '每个样本的前向/反向次数', samples: '每次更新生成的回答（玩具）', bytes: '405B 规模下的模型状态' },
  modelsText: (n, tr, c, f) => `${f.int(n)} 个（训练 ${f.int(tr)} 个）${c === null ? '' : `；缓存参考对数概率后 ${f.int(c)} 个`}`,
  passesText: (fw, bw, f) => `前向 ${f.int(fw)} 次，反向 ${f.int(bw)} 次`,
  samplesText: (m, n, f) => (m === 'dpo' || m === 'llama3' ? '无（离线偏好对）' : m === 'bon' ? `${f.int(n)}（每个提示 n = ${f.int(BON_COST_N)}）` : m === 'ppo' ? `${f.int(n)}（批大小 ${f.int(PPO_TOY.batch)}）` : `${f.int(n)}（每个提示 G 个）`),
  costNote: '权重 bf16，梯度 fp32，每个训练参数 12 字节 AdamW 状态（本站的 RLHF 显存模型）；不含激活、KV 缓存和生成缓冲区。',

  groupTitle: '5. 组相对策略优化的第一组样本：奖励、优势与 token 权重',
  groupIntro: (g, s, f) => `提示 ${f.int(g.prompt + 1)}，从参考模型采样 G = ${f.int(s.group)} 个回答（第 1 轮）：奖励模型分数均值 ${f.decimal(g.mean, { digits: 3 })}，标准差 ${f.decimal(g.std, { digits: 3 })}；优势为${g.scaleStd ? ' (r − 均值)/(标准差 + 10⁻⁴)' : ' r − 均值（不除以标准差）'}；每个 token 的权重为 ${g.norm === 'sequence' ? '1/(G·|o|)（原版）' : g.norm === 'constant' ? '1/(G·6)（去偏版，常数）' : '1/Σ|o|，全组统一（按 token 平均）'}。`,
  groupData: (n, f) => `数据：这一组的 ${f.int(n)} 个回答`,
  groupColumns: { response: '回答', reward: '奖励模型分数', advantage: '优势', tokens: 'token 数 |o|', weight: '每个 token 的权重' },

  notesSummary: '玩具模型能说明什么、不能说明什么',
  notes: (f) => [
    '玩具模型是类二元语法的语言模型：每个 token 只取决于提示和前一个 token。机制（似然位移、奖励作弊、终止 token 的行为）可以迁移，数值大小不能，这里没有一个数字是 Llama 3 的。',
    `PPO 与组相对策略优化每迭代一轮，DPO 走 ${f.int(DPO_STEPS_PER_ITERATION)} 步，每步用 ${f.int(ARENA_TOY.pairs)} 个偏好对中的 ${f.int(ARENA_TOY.dpoBatch)} 个；PPO 每轮采样 ${f.int(PPO_TOY.batch)} 个回答、训练 ${f.int(PPO_TOY.epochs)} 遍；所有方法都用 Adam，玩具学习率 ${f.decimal(ARENA_TOY.lr, { digits: 2 })}（Llama 3 的 DPO 在真实模型上用 10⁻⁵）。`,
    '普通 DPO 不光压低 log π(拒绝)，也压低 log π(选中)：参数共享时，概率质量会同时离开两者，流向数据里从未出现的回答（Razin 等人，2024）。负对数似然项能把选中回答的概率托住。',
    '在这个玩具模型里，只加掩码会让结束行为变差；报告是掩码和负对数似然项一起用的，两者合用时的表现与只加负对数似然项相近。',
    '用看不到提示的奖励模型时，PPO 的金标准奖励先升后平，始终低于用全特征奖励模型的那次运行；在这个玩具模型里它并没有先升后降。先升后降的是 n 选一。把奖励模型切到“全部特征”，就能量出修正设定错误的收益。',
    'Llama 3 用的是 DPO（第 4.1.4 节），不是 PPO，也不是组相对策略优化（GRPO）；后者出自 DeepSeekMath（2024 年 2 月），放在这里只是作对照。',
  ],
  sources: '来源：Llama 3 报告第 4.1.4 节；Rafailov 等人 2023；Schulman 等人 2017；Shao 等人 2024；Liu 等人 2025；Yu 等人 2025；Pang 等人 2024；Gao、Schulman 与 Hilton 2023；Beirami 等人 2024；Touvron 等人 2023。',
};

export default words(messages, 'zh', zh);
