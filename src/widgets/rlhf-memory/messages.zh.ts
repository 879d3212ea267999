// rlhf-memory's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { zh as shell } from '../../components/messages.zh';
import { MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import { FIELD_LABEL, TIED_LABEL, fieldError } from '../param-counter/fieldWords.zh';
import type { Format } from '../../lib/format';
import { messages, type RlhfMemoryMessages } from './messages';
import { GPU, GRPO_DSM_BETA, LLAMA3_PPO_REASON, type ModelChoice, type RlhfMethod, type RlhfRole } from './model';

const NAME: Record<RlhfMethod, string> = { ppo: 'PPO', grpo: 'GRPO', dpo: 'DPO' };
const ROLE: Record<RlhfRole, string> = { policy: '策略模型', value: '价值模型', reference: '参考模型', reward: '奖励模型' };
const KIND = { weights: '权重', gradients: '梯度', optimizer: '优化器状态' };
/** A model's name: the data's, or the shell's one label for a custom shape. */
const modelName = (m: ModelChoice) => (m === 'custom' ? shell.customModel : MODELS[m].name);
const gb = (b: number, f: Format) => f.bytes(b, { units: 'decimal' });
const gpus = (n: number, f: Format) => `${f.int(n)} 块 H100（每块标称 ${gb(GPU.memoryBytes, f)}）`;

export const zh: RlhfMemoryMessages = {
  title: 'PPO、GRPO 与 DPO 的显存',
  summary: 'PPO、GRPO 和 DPO 在 Llama 3 8B、70B、405B 上各自要常驻哪些模型：权重、梯度和优化器状态的字节数，以及需要多少块 GPU。',

  intro: '每种方法训练时要常驻哪些模型，它们的权重、梯度和优化器状态各占多少字节。只算这些状态：不含激活值、KV 缓存和生成用的缓冲区。',
  modelLabel: '模型',
  modelOption: (_id, name) => name,
  customHint: (max, f) => `初始值取自上一次选的模型。可填写任意 Llama 式结构，参数量最多 ${f.int(max)}（${f.params(max)}），字节数都按精确值计算。`,
  fieldLabel: FIELD_LABEL,
  tiedLabel: TIED_LABEL,
  fieldError,
  invalid: '无法计算：这个结构无效，请修改上方标出的字段。',
  tooLarge: (params, max, f) => `无法计算：这个结构有 ${f.int(params)} 个参数（${f.params(params)}），超出了本组件能精确计算的上限 ${f.int(max)}（${f.params(max)}）。`,
  unusedReason: (model) => `仅在 model=custom 时生效；${modelName(model)} 使用自己的结构参数`,
  methodLegend: '突出显示的方法',
  methodName: NAME,
  dtypeLegend: '权重精度',
  dtypeOption: { bf16: 'bf16（2 B）', fp32: 'fp32（4 B）' },
  optimizerLabel: '每个可训练参数的优化器状态',
  optimizerOption: {
    'adamw-master': 'Adam 式：m、v 加 fp32 主权重（12 B）',
    adamw: 'Adam 式：只有 m、v，无主权重（8 B）',
    'sgd-momentum': '带动量的随机梯度下降（4 B）',
  },
  cachedLabel: 'DPO：预先算好并缓存参考模型的对数概率（不再常驻参考模型）',
  grpoklLabel: 'GRPO：保留 KL 项（需要参考模型；关闭即 β\u00a0=\u00a00）',

  result: (r, f) => {
    const m = r.methods[r.state.method];
    return `${NAME[m.method]} 训练 ${r.modelName ?? shell.customModel}：常驻 ${f.int(m.memory.models.length)} 个模型，状态共 ${gb(m.total, f)}，光放这些就至少要 ${gpus(m.gpus, f)}。${m.memory.generates ? '每一步都要用策略模型生成文本。' : '训练时不生成文本，只用固定的偏好对。'}`;
  },
  precisionLine: (r, f) =>
    `每个参数的字节数：可训练模型每个权重 ${f.int(r.precision.weightBytes)} B、梯度 ${f.int(r.precision.gradBytes)} B（fp32）、优化器状态 ${f.int(r.precision.optimizerBytes)} B；冻结模型只有权重，${f.int(r.precision.weightBytes)} B。策略模型共 ${f.int(r.params)} 个参数。`,
  note: () => '权重已是 fp32 时，fp32 主权重就是权重本身，所以优化器状态按 8 B（m 和 v）计，而不是 12 B。',

  sideHeading: (model) => `三种方法并排对比：${model}`,
  scaleNote: '所有条形（单个模型的和整个方法合计的）用同一比例尺：最大的合计占满整行。',
  highlighted: '当前突出',
  kind: KIND,
  keyLabel: (k) => `${KIND[k]}（${({ weights: '实心', gradients: '斜纹', optimizer: '圆点' } as const)[k]}）`,
  role: ROLE,
  trained: (t) => (t ? '参与训练' : '冻结'),
  barLabel: (role, trained, w, g, o, f) =>
    trained
      ? `${ROLE[role]}，参与训练：权重 ${gb(w, f)}，梯度 ${gb(g, f)}，优化器状态 ${gb(o, f)}`
      : `${ROLE[role]}，冻结：权重 ${gb(w, f)}`,
  totalBarLabel: (m, f) => `该方法合计：权重 ${gb(m.weights, f)}，梯度 ${gb(m.gradients, f)}，优化器状态 ${gb(m.optimizer, f)}`,
  cardTotal: (m, f) => `合计 ${gb(m.total, f)}`,
  cardGpus: (m, f) => `至少 ${gpus(m.gpus, f)}`,
  generates: (yes) => (yes ? '每一步都要生成文本' : '不生成：用固定的偏好对'),
  passes: (m, f) => `每个样本：前向 ${f.int(m.memory.forwardPasses)} 次，反向 ${f.int(m.memory.backwardPasses)} 次`,

  tableSummary: '每个常驻模型的精确字节数',
  columns: { method: '方法', role: '模型', params: '参数量', weights: '权重（B）', gradients: '梯度（B）', optimizer: '优化器状态（B）', total: '合计（B）' },
  totalRow: (method) => `${method} 合计`,

  notesSummary: '算了什么，没算什么',
  notes: (r, f) => [
    '算进来的：每个常驻模型的权重；参与训练的模型（策略模型，以及 PPO 的价值模型）还有梯度和优化器状态。冻结的参考模型和奖励模型只有权重。',
    `没算的：激活值、生成文本用的 KV 缓存和缓冲区、采样出的轨迹、框架开销。所以这里的 GPU 数只是下限：⌈字节数 / ${gb(GPU.memoryBytes, f)}⌉，按 H100 的标称显存算（报告 §3.3.1 写的是 “80GB HBM3”）。ZeRO、FSDP 这类切分只是把这些字节分摊到多块卡上，总量不变。`,
    `这里假设奖励模型和价值模型与策略模型同形，只把 ${f.int(r.vocab)} × ${f.int(r.dim)} 的词表输出头换成标量头（d = ${f.int(r.dim)} 个权重），共 ${f.int(r.scalarParams)} 个参数。报告只说奖励模型是在预训练检查点之上训练的，没有给出输出头的大小。`,
    `PPO 要训练策略模型和价值模型，还要常驻冻结的参考模型和奖励模型，一共四个。GRPO 用组内归一化的优势代替价值模型；KL 系数为 0 时（TRL 的默认值；DeepSeekMath 用的是 ${f.decimal(GRPO_DSM_BETA.value, { digits: 2, trim: true })}）连参考模型也不需要。DPO 只需策略模型和参考模型；如果事先把参考模型的对数概率算好缓存起来，就只剩策略模型。AdamW 与 Adam 的状态一样大。`,
    `Llama 3 用的是 DPO。报告说试过 PPO，但 “${LLAMA3_PPO_REASON.value}”（§4.1.4），即 DPO 在大模型上算力开销更小，指令遵循（如 IFEval）效果也更好。Llama 2 用的是 PPO。`,
  ],
  latinTerms: ['src/lib/llama/rlhfMemory.ts', 'GRPO', 'TRL', 'Shao', 'ZeRO', 'FSDP', 'DeepSeekMath', 'AdamW', 'IFEval'],
  sources: '来源：Llama 3 报告 §4.1.4（选 DPO 而非 PPO）、§3.3.1（H100 80GB HBM3）、表 3（模型形状）；Llama 2 论文 §3.2.3（PPO）；Shao 等 2024（GRPO）；计数：src/lib/llama/rlhfMemory.ts。',
};

export default words(messages, 'zh', zh);
