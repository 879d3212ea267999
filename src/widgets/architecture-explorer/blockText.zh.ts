// The architecture explorer's words about the blocks, in Chinese (blockText.ts has the English and the sources).
// Terms from src/i18n/glossary.ts: 嵌入, 词表, 分组查询注意力, 多头注意力, 旋转位置编码, 前馈网络, 残差连接, 模型宽度,
// 预训练, 权重, 参数量, 解码器, 文档掩码, 交叉注意力. Other choices, used the same way everywhere in this widget:
// - residual stream 残差流; pre-norm 前置归一化 (pre-norm); gain 增益; root mean square 均方根; key/value head 键值头;
//   query head 查询头; tied/untied weights 共享/不共享权重; LM head 输出头（LM head）.
// - Equations, shapes and tensor names stay as in English. Source notes: "Report" 报告, "Table" 表, "paper" 论文,
//   "et al." 等; the English names of papers, code and files are kept.
import { LONG_CONTEXT_STAGES } from '../../data/facts';
import { dateZh } from '../../i18n/dataZh';
import { LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS } from '../../data/models';
import type { Format } from '../../lib/format';
import { headDim } from '../../lib/llama';
import { eps, same, sum, type BlockMessages, type BlockText, type Difference } from './blockText';
import { ffnShareOfLayer, type BlockId, type ComparedModels } from './model';


const NORM_CITE = 'Llama 2 论文 §2.2（前置 RMSNorm）；Meta llama-models model.py（ε）';

const blocks: Record<BlockId, BlockText> = {
  embedding: {
    title: 'token 嵌入',
    what: (m, f) => `每个 token id 从嵌入矩阵 E 中取出一行：一个含 ${f.int(m.dim)} 个数的向量，残差流由它开始。Llama 3 的 E 有 ${f.int(m.vocab)} 行：${f.int(LLAMA3_BPE_TOKENS)} 个 BPE token，外加 ${f.int(LLAMA3_SPECIAL_TOKENS)} 个特殊 token。`,
    equation: () => 'x₀[t] = E[idₜ],   E ∈ ℝ^(V × d)',
    io: (m, f) => `token id [T] → [T × ${f.int(m.dim)}]`,
    cite: '报告 §3.2、表 3（词表）；Meta llama-models model.py',
  },
  'attn-norm': {
    title: '注意力前的 RMSNorm',
    what: (m, f) => `把每个 token 的向量缩放到均方根为 1，再乘以一个由 ${f.int(m.dim)} 个数组成的可学习增益 g。它归一化的是注意力子层的输入（前置归一化，pre-norm），残差流本身保持不变。`,
    equation: (_, f) => `RMSNorm(x) = g ⊙ x / √(mean(x²) + ε),   ε = ${eps(f)}`,
    io: same,
    cite: NORM_CITE,
  },
  qkv: {
    title: 'Q、K、V 投影',
    what: (m) => `三个不带偏置的矩阵把每个归一化后的向量变成 ${m.heads} 个查询头，以及各 ${m.kvHeads} 个键头和值头，每个头含 ${headDim(m)} 个数。采用分组查询注意力后，每个键值头由 ${m.heads / m.kvHeads} 个查询头共用，所以 wk 和 wv 只有 wq 的 1/${m.heads / m.kvHeads} 宽。`,
    equation: () => 'Q = x·W_q,   K = x·W_k,   V = x·W_v（无偏置）',
    io: (m, f) => `[T × ${f.int(m.dim)}] → Q [T × ${m.heads} × ${headDim(m)}]，K 和 V [T × ${m.kvHeads} × ${headDim(m)}]`,
    cite: '报告 §3.2、表 3（8 个键值头）',
  },
  rope: {
    title: 'Q、K 上的 RoPE',
    what: (m, f) => `旋转位置编码：位置 m 上的查询或键，其每对坐标 (2i, 2i+1) 旋转角度 m·θᵢ。旋转本身没有参数；每个头有 ${headDim(m) / 2} 个频率，由底数 Θ = ${f.int(m.ropeTheta)} 决定。由于 q 和 k 都做了旋转，位置 m 的查询与位置 n 的键的点积只取决于带符号的偏移 n − m（两个 token 相隔多远、谁在前），与它们所处的绝对位置无关。`,
    equation: (m, f) => `(q₂ᵢ, q₂ᵢ₊₁) ↦ R(m·θᵢ)·(q₂ᵢ, q₂ᵢ₊₁),   θᵢ = Θ^(−2i/dₕ),   Θ = ${f.int(m.ropeTheta)}`,
    io: (m) => `Q [T × ${m.heads} × ${headDim(m)}] 和 K [T × ${m.kvHeads} × ${headDim(m)}]，原地旋转`,
    cite: '报告 §3.2、表 3（Θ = 500,000）；Meta model.py（交错配对）',
  },
  attention: {
    title: '因果自注意力（GQA）',
    what: (m) => `每个查询头给此前每个 token 的键打分，除以 √${headDim(m)}，屏蔽未来位置后做 softmax，得到一行和为 1 的权重；输出是值的加权和。${m.heads / m.kvHeads > 1 ? `查询头每 ${m.heads / m.kvHeads} 个一组，读取同一个键值头（repeat_kv）。` : '每个查询头读取自己的键值头。'}训练时，另有一个掩码阻止同一序列中拼接的不同文档相互注意。`,
    equation: (m) => `A = softmax(Q·Kᵀ / √${headDim(m)} + M),   Mᵢⱼ = −∞（j > i）,   out = A·V`,
    io: (m) => `权重 ${m.heads} × [T × T]；输出 [T × ${m.heads} × ${headDim(m)}]`,
    cite: '报告 §3.2（GQA、文档掩码）',
  },
  wo: {
    title: '输出投影',
    what: (m, f) => `把 ${m.heads} 个头的输出拼接起来（每个 token ${f.int(m.heads * headDim(m))} 个数），再用一个不带偏置的矩阵映射回模型宽度 ${f.int(m.dim)}。`,
    equation: () => 'y = concat(head₁, …, head_H)·W_o',
    io: (m, f) => `[T × ${f.int(m.heads * headDim(m))}] → [T × ${f.int(m.dim)}]`,
    cite: 'Meta llama-models model.py',
  },
  'attn-residual': {
    title: '残差相加',
    what: () => '把注意力的输出加回它所来自的残差流。这里不做任何归一化：残差流把每一层加上的内容原样向后传递。',
    equation: () => 'h = x + Attention(RMSNorm(x))',
    io: sum,
    cite: 'Llama 2 论文 §2.2；Meta llama-models model.py',
  },
  'ffn-norm': {
    title: 'FFN 前的 RMSNorm',
    what: (m, f) => `与注意力前的归一化相同，但有自己的一组增益（${f.int(m.dim)} 个数），作用于前馈子层的输入。`,
    equation: (_, f) => `RMSNorm(h) = g ⊙ h / √(mean(h²) + ε),   ε = ${eps(f)}`,
    io: same,
    cite: NORM_CITE,
  },
  ffn: {
    title: 'SwiGLU 前馈网络',
    what: (m, f) => `两个投影把每个 token 升到 ${f.int(m.ffnDim)} 维；其中一路经过 SiLU 后，逐元素地对另一路做门控；第三个矩阵再投影回 ${f.int(m.dim)} 维。它对每个 token 单独作用，占一层参数量的 ${f.percent(ffnShareOfLayer(m), { digits: 0 })}。`,
    equation: () => 'FFN(x) = (SiLU(x·W₁) ⊙ x·W₃)·W₂,   SiLU(z) = z·σ(z)',
    io: (m, f) => `[T × ${f.int(m.dim)}] → [T × ${f.int(m.ffnDim)}] → [T × ${f.int(m.dim)}]`,
    cite: '报告表 3（SwiGLU、FFN 维度）',
  },
  'ffn-residual': {
    title: '残差相加',
    what: () => '把前馈网络的输出加到残差流上。结果就是这一层的输出，也是下一层的输入。',
    equation: () => 'out = h + FFN(RMSNorm(h))',
    io: sum,
    cite: 'Llama 2 论文 §2.2；Meta llama-models model.py',
  },
  'final-norm': {
    title: '最终 RMSNorm',
    what: () => '最后一层之后再做一次 RMSNorm。采用前置归一化时，残差流在各层内部从未被归一化，所以要在进入输出层之前归一化一次。',
    equation: () => 'z = RMSNorm(x_L)',
    io: same,
    cite: 'Meta llama-models model.py',
  },
  'lm-head': {
    title: '输出头（LM head）→ softmax',
    what: (m, f) => `一个独立的矩阵（不是嵌入矩阵的转置：两者权重不共享）把每个位置映射为 ${f.int(m.vocab)} 个分数，每个 token 一个；softmax 把最后一个位置的分数变成下一个 token 的概率分布。`,
    equation: () => 'p(下一个 token) = softmax(z·W_out),   W_out ≠ Eᵀ',
    io: (m, f) => `[T × ${f.int(m.dim)}] → logits [T × ${f.int(m.vocab)}]`,
    cite: 'Meta llama-models model.py（独立的输出矩阵）',
  },
};

const vocabChange = ({ l3, l2 }: ComparedModels, f: Format) => `词表 ${f.int(l2.vocab)} → ${f.int(l3.vocab)}`;

const versusLlama2: BlockMessages['versusLlama2'] = {
  embedding: (c, f) => {
    const { l3, l2 } = c;
    return {
      summary: vocabChange(c, f),
      detail: `${l2.name} 嵌入 ${f.int(l2.vocab)} 个 SentencePiece token：E 为 ${f.shape([l2.vocab, l2.dim])}。${l3.name} 的 E 有 ${f.int(l3.vocab)} 行，即基于 tiktoken 的 BPE 的 ${f.int(LLAMA3_BPE_TOKENS)} 个 token，加上 ${f.int(LLAMA3_SPECIAL_TOKENS)} 个特殊 token：${f.shape([l3.vocab, l3.dim])}。`,
      cite: '报告 §3.2、表 3；Llama 2 代码',
    };
  },
  qkv: ({ l3, l2 }, f) => ({
    summary: '多头注意力 → 分组查询注意力',
    detail: `${l2.name} 的 ${l2.heads} 个查询头各有自己的键头和值头（多头注意力）：wk 和 wv 为 ${f.shape([l2.dim, l2.kvHeads * headDim(l2)])}。${l3.name} 只有 ${l3.kvHeads} 个键值头，每个由 ${l3.heads / l3.kvHeads} 个查询头共用：wk 和 wv 为 ${f.shape([l3.dim, l3.kvHeads * headDim(l3)])}。Llama 2 只在 34B 和 70B 上用了分组查询注意力。`,
    cite: '报告 §3.2、表 3；Llama 2 论文表 1',
  }),
  rope: ({ l3, l2 }, f) => ({
    summary: `Θ ${f.int(l2.ropeTheta)} → ${f.int(l3.ropeTheta)}`,
    detail: `RoPE 的底数 Θ 决定转得最慢的那对坐标转得有多慢。${l2.name} 用 Θ = ${f.int(l2.ropeTheta)}；Llama 3 把它提高到 ${f.int(l3.ropeTheta)}，以更好地支持长上下文。`,
    cite: '报告 §3.2、表 3；Llama 2 代码（theta=10000）',
  }),
  attention: ({ l3, l2 }, f) => {
    const windows = l3.earlier
      ? `${f.int(l3.earlier.contextTokens)}（Llama 3）/ ${f.int(l3.contextTokens)}（Llama 3.1）`
      : `${f.int(l3.contextTokens)}（Llama 3.1）`;
    return {
      summary: `上下文 ${f.int(l2.contextTokens)} → ${windows}；文档掩码`,
      detail: `${l2.name} 在长 ${f.int(l2.contextTokens)} 个 token 的序列上训练。Llama 3 的标准预训练用 ${f.int(l3.pretrainContextTokens)} 个 token 的序列（405B 模型起初用 4,096）${l3.earlier ? `，也就是 ${dateZh(l3.earlier.date)}发布的 ${l3.earlier.name} 的完整窗口` : ''}。之后的继续预训练再把窗口扩展到 ${l3.name} 的 ${f.int(l3.contextTokens)} 个位置（对 405B，报告描述了 ${LONG_CONTEXT_STAGES.value} 个阶段，见 §3.4.2）。Llama 3 还会屏蔽同一序列中拼接的不同文档之间的注意力。${l2.kvHeads !== l3.kvHeads ? `此外，每个键值头现在由 ${l3.heads / l3.kvHeads} 个查询头共用。` : ''}`,
      cite: `报告 §3.2、§3.4.2；Meta llama-models 代码（max_seq_length 131,072）${l3.earlier ? '；Meta Llama 3 模型卡（8,192）' : ''}；Llama 2 论文表 1`,
    };
  },
  ffn: ({ l3, l2 }, f) => ({
    summary: `隐藏层宽度 ${f.int(l2.ffnDim)} → ${f.int(l3.ffnDim)}`,
    detail: `两者都用不带偏置的 SwiGLU。${l2.name}：w1 和 w3 为 ${f.shape([l2.dim, l2.ffnDim])}；${l3.name}：${f.shape([l3.dim, l3.ffnDim])}。`,
    cite: '报告表 3；Llama 2 的 FeedForward 规则',
  }),
  'lm-head': (c, f) => {
    const { l3, l2 } = c;
    return {
      summary: vocabChange(c, f),
      detail: `输出层每个 token 对应一列：${l2.name} 中为 ${f.shape([l2.dim, l2.vocab])}，${l3.name} 中为 ${f.shape([l3.dim, l3.vocab])}。两个模型都不与嵌入矩阵共享权重。`,
      cite: '报告表 3；Llama 2 代码',
    };
  },
};

const postNorm: Difference = {
  summary: '后置 LayerNorm → 前置 RMSNorm',
  detail: '2017 年的 Transformer 把每个子层包成 LayerNorm(x + Sublayer(x))：归一化放在残差相加之后，要减去均值，并带有增益和偏置。Llama 则改为归一化每个子层的输入（前置归一化），而且用的是 RMSNorm：只除以均方根，有增益，没有偏置。',
  cite: 'Vaswani 等，2017，§3.1；Llama 2 论文 §2.2；Zhang 与 Sennrich，2019',
};
const residual: Difference = {
  summary: '相加之和不再归一化',
  detail: '2017 年的 Transformer 让相加之和本身经过 LayerNorm，因此残差流每层要重新归一化两次。Llama 只归一化分支：x + Sublayer(RMSNorm(x))，残差流经过相加时保持不变。',
  cite: 'Vaswani 等，2017，§3.1；Llama 2 论文 §2.2',
};

const versusTransformer: BlockMessages['versusTransformer'] = {
  embedding: () => ({
    summary: '这里不再加位置编码',
    detail: '2017 年的 Transformer 把嵌入乘以 √d，再加上固定的正弦位置编码。Llama 在输入处什么也不加：位置信息只通过 RoPE 进入，且在每个注意力层内部施加。',
    cite: 'Vaswani 等，2017，§3.4–3.5；Llama 2 论文 §2.2',
  }),
  'attn-norm': () => postNorm,
  qkv: (l3, f) => ({
    summary: '多头 → 分组查询',
    detail: `2017 年的 Transformer 中，8 个头各有自己的键投影和值投影（多头注意力）。${l3.name} 的 ${l3.kvHeads} 个键值头各由 ${l3.heads / l3.kvHeads} 个查询头共用，所以 wk 和 wv 是 ${f.shape([l3.dim, l3.kvHeads * headDim(l3)])}，而不是 ${f.shape([l3.dim, l3.dim])}。`,
    cite: 'Vaswani 等，2017，§3.2.2；报告 §3.2；Ainslie 等，2023',
  }),
  rope: () => ({
    summary: '新增：旋转位置编码',
    detail: '2017 年的 Transformer 唯一的位置信号是输入处加上的正弦编码。RoPE 在每一层中把查询和键的坐标两两一组，按与 token 位置成正比的角度旋转，因此查询–键分数只通过两者带符号的位置偏移依赖于位置。',
    cite: 'Su 等（RoFormer）；Llama 2 论文 §2.2；报告 §3.2',
  }),
  attention: () => ({
    summary: '核心不变；K/V 共享，没有编码器',
    detail: '带因果掩码的缩放点积注意力就是 2017 年的公式。变的是它周围：键和值由一组组查询头共用（GQA），位置经由 RoPE 进入；而且 Llama 只有解码器，没有编码器可供交叉注意力使用。',
    cite: 'Vaswani 等，2017，§3.2.1 和 §3.2.3；报告 §3.2',
  }),
  'attn-residual': () => residual,
  'ffn-norm': () => postNorm,
  ffn: (l3, f) => ({
    summary: 'ReLU → SwiGLU，无偏置',
    detail: `2017 年的 Transformer 中 FFN(x) = max(0, x·W₁ + b₁)·W₂ + b₂：两个带偏置的矩阵，中间宽度为 4·d（d = 512 时为 2,048）。Llama 用 SwiGLU，三个矩阵，都不带偏置；${l3.name} 的 F = ${f.int(l3.ffnDim)}，即 ${f.decimal(l3.ffnDim / l3.dim, { digits: 2, trim: true })} × d。`,
    cite: 'Vaswani 等，2017，§3.3；Shazeer，2020；报告表 3',
  }),
  'ffn-residual': () => residual,
  'final-norm': () => ({
    summary: '新增：最终归一化',
    detail: '后置归一化的堆叠本来就以一个 LayerNorm 结尾。前置归一化的堆叠从不归一化残差流本身，所以 Llama 在最后一层之后加了一个 RMSNorm。',
    cite: 'Meta llama-models model.py',
  }),
  'lm-head': (l3, f) => ({
    summary: '权重不共享：独立的矩阵',
    detail: `2017 年的 Transformer 的输出层复用嵌入矩阵（权重共享）。Llama 3 保留一个独立的 ${f.shape([l3.dim, l3.vocab])} 输出矩阵：${l3.name} 因此多出 ${f.int(l3.vocab * l3.dim)} 个参数。`,
    cite: 'Vaswani 等，2017，§3.4；Meta llama-models model.py',
  }),
};

export const zh: BlockMessages = {
  blocks,
  transformerNote:
    '2017 年的 Transformer 是为翻译设计的编码器–解码器。这里对比的是它去掉交叉注意力子层后的解码器堆叠，也就是仅解码器语言模型从它继承的结构。',
  versusLlama2,
  versusTransformer,
};
