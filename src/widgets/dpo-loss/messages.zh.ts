// dpo-loss's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { BANDIT_CHOSEN, BANDIT_LR, BANDIT_REJECTED, BANDIT_RESPONSES, DEFAULTS } from './model';
import { messages, type DpoLossMessages } from './messages';

const d3 = (v: number, f: Format) => f.decimal(v, { digits: 3 });
const signed = (v: number, f: Format, digits = 3) => `${v > 0 ? '+' : ''}${f.decimal(v, { digits })}`;
const pct = (v: number, f: Format) => f.percent(v);

const NAME = { yes: '是', no: '不', never: '从不', sure: '当然', maybe: '也许', nope: '不行' } as const;
const W = NAME[BANDIT_RESPONSES[BANDIT_CHOSEN]!];
const L = NAME[BANDIT_RESPONSES[BANDIT_REJECTED]!];

export const zh: DpoLossMessages = {
  title: 'DPO 损失及其梯度',
  summary: 'DPO 损失随隐式奖励差的变化，一对真实的 Llama 3 对话格式样本及其被屏蔽的格式 token，以及共享参数如何让被选回答的概率下降。',

  lossHeading: '一、损失，以及它推得多用力',
  betaLabel: 'β',
  betaValue: (b, f) => `${f.decimal(b, { digits: 2 })}${Math.abs(b - DEFAULTS.beta) < 1e-9 ? '（Llama 3）' : ''}`,
  marginLabel: '对数比之差 m = Δ_w − Δ_l',
  marginValue: (m, f) => `${signed(m, f, 1)} 奈特`,
  lossLines: (p, b, f) => [
    `z = β·m = ${signed(p.z, f)}，即隐式奖励之差（训练日志里的“rewards/margins”）。损失 −log σ(z) = ${d3(p.loss, f)}${p.m === 0 ? '，恰为 log 2（自然对数）' : ''}；梯度权重 σ(−z) = ${d3(p.weight, f)}，这对样本以 β·σ(−z) = ${d3(b * p.weight, f)} 的力度沿 ∇m 推动参数。`,
  ],
  lossChartTitle: '损失 −log σ(β·m)',
  weightChartTitle: '梯度权重 σ(−β·m)',
  curveLegend: (b, f) => `β = ${f.decimal(b, { digits: 2 })}`,
  refLegend: `β = ${DEFAULTS.beta}（Llama 3）`,
  markerLegend: '标记点（当前 m）',
  marginAxis: 'm = Δ_w − Δ_l（奈特）',
  lossChartLabel: (p, [lo, hi], b, f) => `折线图：β = ${f.decimal(b, { digits: 2 })} 时 DPO 损失 −log σ(β·m) 随 m 从 −10 到 10 奈特的变化，从 ${d3(lo.loss, f)} 降到 ${d3(hi.loss, f)}，在 m = 0 处等于 log 2。标记点 m = ${signed(p.m, f, 1)}：${d3(p.loss, f)}。`,
  weightChartLabel: (p, [lo, hi], b, f) => `折线图：β = ${f.decimal(b, { digits: 2 })} 时梯度权重 σ(−β·m) 随 m 从 −10 到 10 奈特的变化，从 ${d3(lo.weight, f)} 降到 ${d3(hi.weight, f)}，在 m = 0 处为一半。标记点 m = ${signed(p.m, f, 1)}：${d3(p.weight, f)}。`,
  nllLabel: '被选回答上的负对数似然系数 λ',
  nllValue: (v, f) => `${f.decimal(v, { digits: 2 })}${Math.abs(v - DEFAULTS.nll) < 1e-9 ? '（Llama 3）' : ''}`,
  tokenNllLabel: '假设的被选回答每 token 负对数似然（奈特）',
  tokenNllValue: (v, f) => f.decimal(v, { digits: 2 }),
  nllLines: (s, n, nll, f) => [
    `负对数似然按 token 平均 λ·ℓ̄ = ${d3(s.perToken, f)}（占损失 ${pct(s.perTokenShare, f)}），对 ${f.int(n)} 个 token 求和 λ·n·ℓ̄ = ${d3(s.summed, f)}（占 ${pct(s.summedShare, f)}）；报告没说用哪一种。`,
    nll > 0
      ? `每个被选 token 受到的推力：DPO 部分 β·σ(−z) = ${d3(s.gradDpo, f)}；负对数似然部分 λ/n = ${d3(s.gradPerToken, f)}（平均）或 λ = ${d3(s.gradSummed, f)}（求和）。`
      : 'λ = 0：普通 DPO，没有负对数似然项。',
  ],
  nllPending: '被选回答的 token 数要等分词器加载后才知道……',

  pairHeading: '二、一对 Llama 3 对话格式的样本，逐 token 拆开看',
  pairLegend: '样本对',
  pairOption: { capital: '首都', repeat: '一个词', gradient: '中文' },
  maskLabel: '屏蔽头部与终止 token（Llama 3）',
  pairNote: '样本对为本页自拟，对话格式和分词器则是 Llama 3 原版。这里不运行模型：下面的正负号对任何策略都成立。',
  promptRow: '提示（只作上下文，两边相同）',
  chosenRow: '被选回答',
  rejectedRow: '被拒回答',
  pushName: {
    prompt: '上下文',
    masked: '被屏蔽（不进损失）',
    cancels: '抵消（同一上下文、同一 token）',
    up: '被推高',
    down: '被压低',
  },
  pushTag: { prompt: '', masked: '屏蔽', cancels: '0', up: '+', down: '−' },
  pushSpoken: { prompt: '（上下文）', masked: '（被屏蔽）', cancels: '（抵消）', up: '（推高）', down: '（压低）' },
  tokenizerWaiting: '本图出现在屏幕上时才加载 Llama 3 分词器。',
  tokenizerLoading: '正在加载 Llama 3 分词器……',
  tokenizerError: (m) => `分词器加载失败（${m}）。`,
  retry: '重试',
  tokensRegion: (row) => `${row}：各 token`,
  countsCaption: '这对样本的 token 数',
  countsColumns: { what: 'token', chosen: '被选', rejected: '被拒' },
  countsRows: {
    total: '格式化后的整条序列', prompt: '提示（上下文）', response: '助手轮次（头部 + 回答 + 结尾）',
    content: '回答正文', masked: '被屏蔽', inLoss: '计入 DPO 求和', cancels: '与另一条回答抵消', effective: '真正改变 m 的',
  },
  arithmeticLines: (a, weight, beta, nll, mask, f) => {
    const w = beta * weight;
    const c = a.chosen.counts, r = a.rejected.counts;
    const lines = [
      `计入求和的每个被选 token 被推高 β·σ(−z) = ${d3(w, f)}，每个被拒 token 被压低 ${d3(w, f)}。两条助手轮次的前 ${f.int(c.cancels)} 个 token 相同、上下文也相同${mask ? '' : '（包括头部）'}：+${d3(w, f)} − ${d3(w, f)} = 0。真正改变 m 的只有被选 ${f.int(c.effective)} 个、被拒 ${f.int(r.effective)} 个 token。`,
      mask
        ? `已屏蔽：每条回答的 ${f.int(a.headerTokens)} 个头部 token 和最后的 <|eot_id|>。头部本来就会抵消；<|eot_id|> 却不会（它前面的文字不同）。`
        : `最后的 <|eot_id|> 跟在不同的文字后面，不会抵消：“结束”在一边被推高、在另一边被压低。Llama 3 把它屏蔽，否则会“尾部重复或突然生成终止 token”（§4.1.4）。`,
    ];
    if (c.effective === 0) lines.push(`被选一侧没有任何 token 改变 m，作用在被选回答上的只剩负对数似然项${nll > 0 ? '' : '（当前已关闭）'}${mask ? '，包括它在哪里结束' : ''}。`);
    else if (nll > 0) lines.push(`负对数似然项给每个被选 token（包括被抵消的）再加 +${d3(nll / c.nllTokens, f)}（λ/n，n = ${f.int(c.nllTokens)}：正文加 <|eot_id|>）。`);
    return lines;
  },

  banditHeading: '三、被选回答的概率为什么会下降：一个多臂老虎机',
  banditIntro: `玩具模型：一个提示、六个回答、一对偏好（被选“${W}”，被拒“${L}”）；从均匀的参考策略出发做 DPO，随机梯度下降步长 ${BANDIT_LR}。`,
  policyLegend: '策略',
  policyOption: { shared: '共享特征 φ ∈ R²', tabular: '表格式' },
  stepsGroup: 'DPO 步数',
  stepNext: '走一步',
  stepValue: (s, f) => `已走 ${f.int(s)} 步`,
  responseName: NAME,
  chosenTag: '被选',
  rejectedTag: '被拒',
  barsCaption: '六个回答上的 π：起点与当前',
  barsColumns: { response: '回答', features: 'φ', start: '起点', now: '当前' },
  banditLines: (b, kind, f) => {
    const first = b.run[0]!, last = b.run.at(-1)!;
    const steps = last.step;
    const g = b.biggestGain;
    const slope = last.slope;
    return [
      `π(${W}) ${pct(first.pi[BANDIT_CHOSEN]!, f)} → ${pct(last.pi[BANDIT_CHOSEN]!, f)}，π(${L}) → ${pct(last.pi[BANDIT_REJECTED]!, f)}，z = ${d3(last.z, f)}。${b.chosenFell ? `m 在变大，被选回答的概率却在下降；涨得最多的是“${NAME[BANDIT_RESPONSES[g]!]}”。` : steps === 0 ? '还没有走任何一步。' : '被选回答的概率上升了。'}`,
      kind === 'tabular'
        ? `表格式：每步只动两个回答的分数（logit），一个 +η、一个 −η（η = 学习率·β·σ(−z)）；d log π(${W})/dη = 1 − π(${W}) + π(${L}) = ${d3(slope, f)} > 0，只有一对样本时 π(${W}) 绝不会下降。（共享特征走同样步数：π(${W}) = ${pct(b.other.pi[BANDIT_CHOSEN]!, f)}。）`
        : `共享特征：每步让 w 沿 φ(${W}) − φ(${L}) 移动，所有回答的分数都跟着变；d log π(${W})/dη = (φ(${W}) − E_π[φ])·(φ(${W}) − φ(${L})) = ${d3(slope, f)}${slope < 0 ? ' < 0：它在下降，即文献中的“似然位移”。' : '。'}（表格式走同样步数：π(${W}) = ${pct(b.other.pi[BANDIT_CHOSEN]!, f)}。）`,
    ];
  },

  announce: (p, b, kind, f) => `m = ${signed(p.m, f, 1)} 时损失 ${d3(p.loss, f)}，梯度权重 ${d3(p.weight, f)}。${kind === 'shared' ? '共享特征' : '表格式'}老虎机走了 ${f.int(b.run.at(-1)!.step)} 步：π(${W}) = ${pct(b.run.at(-1)!.pi[BANDIT_CHOSEN]!, f)}。`,
  notesSummary: '说明：哪些是真的，哪些不是',
  notes: [
    '真实的部分：Llama 3 的对话格式与分词器、DPO 损失（原论文式 7）、β = 0.1 与负对数似然系数 0.2（报告 §4.1.4）。不是真实数据的部分：样本对（本页自拟）、对数比之差 m（由你设定，这里没有运行 Llama 3 的权重）以及每 token 的负对数似然（假设值）。',
    '报告只说加入了系数为 0.2 的负对数似然项，没有说明它是按 token 平均还是求和，也没说是否计入终止 token。这里计入回答正文及其 <|eot_id|>。',
    '报告屏蔽的是“包括头部和终止 token 在内的特殊格式 token”。这里屏蔽的是 Meta 代码写出的整个助手头部（<|start_header_id|>、“assistant”、<|end_header_id|>、两个换行）以及最后的 <|eot_id|>。',
    '老虎机是个玩具：六个回答、两维特征都是我们选的，数字只属于这个玩具。表格式策略下的闭式结论对任何 softmax 都成立（已用随机参数测试）。',
    '常见训练日志把 β·Δ_w、β·Δ_l 记为“rewards/chosen”和“rewards/rejected”：大家常问的“被选奖励在 DPO 中下降”，就是第三部分展示的现象。',
  ],
  sourcesLabel: '来源：',
  sources: 'Rafailov et al. 2023 (DPO); Llama 3 report §4.1.4; Pang et al. 2024 (NLL term); Razin et al. 2024 and Pal et al. 2024 (likelihood displacement); meta-llama/llama-models, models/llama3/chat_format.py.',
};

export default words(messages, 'zh', zh);
