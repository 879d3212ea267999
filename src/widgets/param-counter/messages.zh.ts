// The Chinese words of param-counter (the English catalogue and the interface are in messages.ts).
//
// Choices worth knowing:
// - The shape fields keep their code names (dim, layers, heads, kvHeads, ffnDim, vocab): they are the URL's field
//   names and the symbols the breakdown's formulas use; the label adds the Chinese meaning. The context and token
//   fields have Chinese names.
// - "LM head" is 输出投影 (the glossary's rendering of the output projection, W_out); the attention projections stay
//   注意力 Q/K/V/O, so the two never share a name.
// - Some words reach the widget from src/data in English: a training-token figure as the source words it ("about
//   15T"), its note, a release date ("April 2024") and source notes ("Report Table 3; …"). Until the data layer carries
//   them per language, this file rewords them: the token figure from its value (f.short, with as many digits as the
//   source gives, 约 where the source says "about"), the date by its month, and the source notes by exact string
//   (the data's own values as keys) or, for the rest, by their common parts (Report, Table, paper). A note it cannot
//   word stays as the data gives it.
import { zh as shell } from '../../components/messages.zh';
import { MODELS, type ModelConfig } from '../../data/models';
import { TOKENS_LLAMA2_PER_LLAMA3_REPORT } from '../../data/facts';
import type { Format } from '../../lib/format';
import { messages, type ParamCounterMessages } from './messages';
import { FIELD_LABEL, FIELD_NAME, TIED_LABEL, fieldError, tidy } from './fieldWords.zh';
import { words } from '../../i18n/react';
import { citeZh, dateZh, tokensZh } from '../../i18n/dataZh';
import type { ModelChoice } from './model';

// ── Words that come from src/data in English ────────────────────────────────────────────────────

/** The one note a documented count carries (Llama 2's: the Llama 3 report gives a smaller figure). */
const tokensNoteText = (f: Format) => `Llama 3 报告中为 ${f.short(TOKENS_LLAMA2_PER_LLAMA3_REPORT.value, { trim: true })}`;

// ── The catalogue ──────────────────────────────────────────────────────────────────────────────

const modelName = (choice: ModelChoice) => (choice === 'custom' ? shell.customModel : MODELS[choice].name);

/** Which release a default context belongs to, and where that is documented. Both texts begin with a model name. */
function ctxDefault(m: ModelConfig): { text: string; cite: string } {
  return m.family === 'llama2'
    ? { text: `${m.name} 的完整上下文窗口`, cite: citeZh(m.contextCite) }
    : {
      text: `Llama 3.1 标准预训练（长上下文训练之前）使用的上下文长度，也是 2024 年 4 月发布的 Llama 3${m.earlier ? ` ${m.size}` : ''} 的完整窗口`,
      cite: '报告 §3.4；Meta Llama 3 模型卡',
    };
}

export const zh: ParamCounterMessages = {
  title: '参数量、内存与 FLOPs 计算器',
  summary: '精确计算任意 Llama 式解码器的参数量，并展示参数分布在哪些组件、权重要占多少内存，以及运行和训练它需要多少 FLOPs。',
  modelName,
  modelLabel: '模型',
  presetHint: (m) => [
    m.earlier
      ? tidy(`各字段显示的是该模型公开的结构参数（与 ${dateZh(m.earlier.date)} 发布的 ${m.earlier.name} 相同）。`)
      : '各字段显示的是该模型公开的结构参数。',
    `修改任一字段即切换为“${shell.customModel}”。来源：`,
    { cite: citeZh(m.source) },
    '。',
  ],
  customHint: '可任意填写结构参数；无论规模多大，参数量都按精确值计算。',
  fieldName: FIELD_NAME,
  fieldLabel: FIELD_LABEL,
  tiedLabel: TIED_LABEL,
  fieldError,
  unusedReason: (preset) => `仅在 model=custom 时生效；${modelName(preset)} 使用自己的结构参数`,
  parametersUnit: '个参数',
  totalShort: (total, f) => `≈ ${f.params(total)}`,
  derived: (headDim, g, f) =>
    `头维度 d_h = d ÷ H = ${f.int(headDim)}；每个键值头对应 ${f.int(g)} 个查询头（${g === 1 ? '多头注意力' : '分组查询注意力'}）。`,
  invalid: '无法计算：当前配置无效，请修改上方标出的字段。',
  announceTotal: (choice, total, f) => `${modelName(choice)}：${f.int(total)} 个参数，约 ${f.params(total)}。`,
  announceInvalid: '无法计算：当前配置无效。',

  breakdownHeading: '参数都在哪里',
  viewLegend: '显示',
  view: { absolute: '参数量', share: '占总量比例' },
  component: {
    embedding: '嵌入',
    attnQ: '注意力 Q',
    attnK: '注意力 K',
    attnV: '注意力 V',
    attnO: '注意力 O',
    ffn: '前馈网络',
    norms: 'RMSNorm',
    lmHead: '输出投影',
  },
  sharedFormula: '与嵌入共享',
  breakdownSummary: '数据表：各组件的精确参数量',
  breakdownCaption: '各组件的参数量',
  breakdownColumns: { component: '组件', shape: '形状', params: '参数量', share: '占比' },
  total: '合计',

  memoryHeading: '权重所需内存',
  memoryScroll: '各精度下权重所需内存',
  memoryCaption: '以各种精度存储权重所需的字节数',
  memoryColumns: { precision: '精度', bytes: '字节数（精确值）', size: '大小' },
  bytesPerParam: (bytes, f) => `每个参数 ${f.decimal(bytes, { trim: true })} 字节`,
  memoryNote: '计算方法：精确参数量 × 每个参数的字节数。这里只算权重；KV 缓存、激活值和优化器状态还要另外占用内存。',

  computeHeading: '计算量',
  forwardHeading: '前向传播（每个 token）',
  ctxLabel: '上下文长度 T（token 数）',
  ctxNote: (source, choice, from, ctx, f) => {
    const d = ctxDefault(from);
    return source === 'default'
      ? [`${f.int(ctx)} 个 token${choice === 'custom' ? '（默认值）' : ''}：${d.text}。来源：`, { cite: d.cite }, '。']
      : [`这是你自己设定的上下文长度；${choice === 'custom' ? '默认值' : `${MODELS[choice].name} 的默认值`}为 ${f.int(ctx)}，即 ${d.text}（`, { cite: d.cite }, '）。'];
  },
  eqLinear: (matmulParams, f) => `2 × ${f.int(matmulParams)}（参与矩阵乘法的权重）= `,
  eqAttention: (layers, ctx, dim, f) => `+ 2 × L × T × d = 2 × ${f.int(layers)} × ${f.int(ctx)} × ${f.int(dim)} = `,
  eqAttentionAfter: '（注意力在整段上下文上的计算）',
  eqForwardTotal: (total, f) => `= 每个 token ${f.int(total)} FLOPs ≈ ${f.sci(Number(total), { digits: 3 })}`,
  forwardNote: (twoN, f) => [
    '算法参照 Kaplan et al.（2020）表 1：矩阵乘法中的每个权重计 2 FLOPs（注意力、前馈网络、输出投影），'
    + '再加上 QKᵀ 和 AV 两个乘积在因果序列上的平均计算量。嵌入查表和归一化层的增益参数不涉及矩阵乘法。',
    `作为对比，2N = ${f.int(twoN)}。`,
  ],
  trainingHeading: '训练计算量：C = 6 · N · D',
  tokensLabel: '训练 token 数 D',
  tokensNote: (source, choice, t, f) => {
    const { approx, value } = tokensZh(t, f);
    if (choice === 'custom') {
      return source === 'default'
        ? [tidy(`自定义形状没有公开的训练 token 数；默认取 Llama 3 的${approx ? '约' : ''}${value}个 token（`), { cite: citeZh(t.cite) }, '）。']
        : ['自定义形状没有公开的训练 token 数。'];
    }
    // "…的预训练数据量约为 15 万亿个 token", "…为 15.6 万亿个 token".
    const amount = `${MODELS[choice].name} 的预训练数据量${approx ? '约' : ''}为${value}个 token`;
    return source === 'default'
      ? [tidy(`${amount}${t.note ? `（${tokensNoteText(f)}）` : ''}。来源：`), { cite: citeZh(t.cite) }, '。']
      : [tidy(`这是你自己设定的 token 数；${amount}（`), { cite: citeZh(t.cite) }, '）。'];
  },
  eqTrainingProduct: (total, tokens, f) => `6 × ${f.int(total)} × ${f.int(tokens)}`,
  eqTrainingExact: { before: '= ', after: ' FLOPs' },
  eqTrainingApprox: (flops, f) => `≈ ${f.sci(Number(flops), { digits: 3 })} FLOPs`,
  reportCheck: ({ stated, relative }, f) => [
    `报告给出这次训练的计算量为 ${f.sci(stated.value)} FLOPs（`, { cite: citeZh(stated.cite) },
    `）；用精确参数量算出的 6·N·D 比它${relative < 0 ? '低' : '高'} ${f.percent(Math.abs(relative))}。`,
  ],
  trainingNote: '这里的数值是计算所得：6 × 上面的精确参数量 × D（前向加反向传播，参照 Kaplan et al. 2020）。它是估算值，不是报告中的数字。',

  describe: (s, f) => {
    if (!s.ok) {
      const msgs = s.problems.map(({ field, problem }) => `${FIELD_NAME[field]}：${fieldError(field, problem, f)}`);
      return `当前配置无效，因此不显示任何总数。${msgs.join('')}`;
    }
    const parts = [
      `${modelName(s.model)}：${f.int(s.total)} 个参数（${f.params(s.total)}）。`,
      `前馈网络占 ${f.percent(s.shares.ffn)}，注意力占 ${f.percent(s.shares.attention)}，嵌入与输出投影占 ${f.percent(s.shares.vocab)}${s.tied ? '（两者共享权重）' : ''}，归一化层占 ${f.percent(s.shares.norms)}。`,
      `以 bf16 存储时，权重占 ${f.bytes(s.bf16Bytes, { units: 'decimal', digits: 4 })}（${f.bytes(s.bf16Bytes, { digits: 4 })}）。`,
    ];
    if (s.forward) parts.push(`前向传播：上下文为 ${f.int(s.forward.ctx)} 个 token 时，每个 token 约需 ${f.sci(Number(s.forward.flops), { digits: 3 })} FLOPs。`);
    if (s.training) parts.push(tidy(`在${f.short(s.training.tokens, { trim: true })}个 token 上训练：6·N·D ≈ ${f.sci(Number(s.training.flops), { digits: 3 })} FLOPs。`));
    return parts.join('');
  },
};

export default words(messages, 'zh', zh);
