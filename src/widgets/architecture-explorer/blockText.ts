// The architecture explorer's words about the blocks, part of its catalogue (messages.ts reads it into
// `messages`, the one entry point): what each block does, its equation (hand-written Unicode, so no KaTeX
// ships to the browser), its activation shapes, its source, and how Llama 3 differs from Llama 2 and the 2017
// Transformer (which blocks differ is decided in model.ts). Each translation has its own BlockMessages in
// blockText.<lang>.ts (Chinese: blockText.zh.ts), read by messages.<lang>.ts.
// Sources: report §3.2 / Table 3 [P]; Llama 2 paper §2.2 and Table 1 [L2P]; Vaswani et al. 2017 §3;
// Meta llama-models model.py [LM].
import { LONG_CONTEXT_STAGES } from '../../data/facts';
import { LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS, RMS_NORM_EPS_LLAMA3, type ModelConfig } from '../../data/models';
import type { Format } from '../../lib/format';
import { headDim } from '../../lib/llama';
import { ffnShareOfLayer, type BlockId, type ComparedModels, type Llama2Difference, type TransformerDifference } from './model';

export interface BlockText {
  /** Name in the diagram. */
  title: string;
  /** What the block does, for this model. */
  what: (m: ModelConfig, f: Format) => string;
  /** The block's equation in plain Unicode. */
  equation: (m: ModelConfig, f: Format) => string;
  /** Activation shapes in and out, e.g. "[T × 4,096] → [T × 4,096]" (T = tokens). */
  io: (m: ModelConfig, f: Format) => string;
  /** Where a reader can check it. */
  cite: string;
}

export interface Difference {
  /** A few words for the diagram badge and the list. */
  summary: string;
  /** Two or three sentences. */
  detail: string;
  cite: string;
}

export interface BlockMessages {
  blocks: Record<BlockId, BlockText>;
  /** A note shown whenever the 2017 Transformer is the comparison. */
  transformerNote: string;
  /** How each block that can differ from Llama 2 differs (model.ts llama2Differences says which do). */
  versusLlama2: Record<Llama2Difference, (m: ComparedModels, f: Format) => Difference>;
  /** How each block differs from the 2017 Transformer's decoder. */
  versusTransformer: Record<TransformerDifference, (l3: ModelConfig, f: Format) => Difference>;
}

export const eps = (f: Format) => f.sci(RMS_NORM_EPS_LLAMA3, { digits: 1, bareOne: true });
/** "[T × d] → [T × d]" */
export const same = (m: ModelConfig, f: Format) => `[T × ${f.int(m.dim)}] → [T × ${f.int(m.dim)}]`;
/** "[T × d] + [T × d]" */
export const sum = (m: ModelConfig, f: Format) => `[T × ${f.int(m.dim)}] + [T × ${f.int(m.dim)}]`;

const NORM_CITE = 'Llama 2 paper §2.2 (pre-norm RMSNorm); Meta llama-models model.py (ε)';

const blocks: Record<BlockId, BlockText> = {
  embedding: {
    title: 'Token embedding',
    what: (m, f) => `Each token id selects one row of the embedding matrix E: a vector of ${f.int(m.dim)} numbers that starts the residual stream. Llama 3 has ${f.int(m.vocab)} rows: ${f.int(LLAMA3_BPE_TOKENS)} BPE tokens and ${f.int(LLAMA3_SPECIAL_TOKENS)} special tokens.`,
    equation: () => 'x₀[t] = E[idₜ],   E ∈ ℝ^(V × d)',
    io: (m, f) => `token ids [T] → [T × ${f.int(m.dim)}]`,
    cite: 'Report §3.2, Table 3 (vocabulary); Meta llama-models model.py',
  },
  'attn-norm': {
    title: 'RMSNorm before attention',
    what: (m, f) => `Rescales each token's vector to unit root-mean-square, then multiplies by a learned gain g of ${f.int(m.dim)} numbers. It normalises the input of the attention sub-layer (pre-norm); the residual stream itself is left alone.`,
    equation: (_, f) => `RMSNorm(x) = g ⊙ x / √(mean(x²) + ε),   ε = ${eps(f)}`,
    io: same,
    cite: NORM_CITE,
  },
  qkv: {
    title: 'Q, K, V projections',
    what: (m) => `Three matrices without biases turn each normalised vector into ${m.heads} query heads and ${m.kvHeads} key and value heads of ${headDim(m)} numbers. With grouped-query attention, each key/value head is shared by ${m.heads / m.kvHeads} query heads, so wk and wv are ${m.heads / m.kvHeads}× narrower than wq.`,
    equation: () => 'Q = x·W_q,   K = x·W_k,   V = x·W_v   (no biases)',
    io: (m, f) => `[T × ${f.int(m.dim)}] → Q [T × ${m.heads} × ${headDim(m)}], K and V [T × ${m.kvHeads} × ${headDim(m)}]`,
    cite: 'Report §3.2, Table 3 (8 key/value heads)',
  },
  rope: {
    title: 'RoPE on Q and K',
    what: (m, f) => `Rotary position embedding: each pair of coordinates (2i, 2i+1) of a query or key at position m is rotated by the angle m·θᵢ. The rotation has no parameters; ${headDim(m) / 2} frequencies per head, from the base Θ = ${f.int(m.ropeTheta)}. Because both q and k are rotated, the dot product of a query at m and a key at n depends only on the signed offset n − m (how far apart the two tokens are, and which comes first), not on where they sit.`,
    equation: (m, f) => `(q₂ᵢ, q₂ᵢ₊₁) ↦ R(m·θᵢ)·(q₂ᵢ, q₂ᵢ₊₁),   θᵢ = Θ^(−2i/dₕ),   Θ = ${f.int(m.ropeTheta)}`,
    io: (m) => `Q [T × ${m.heads} × ${headDim(m)}] and K [T × ${m.kvHeads} × ${headDim(m)}], rotated in place`,
    cite: 'Report §3.2, Table 3 (Θ = 500,000); Meta model.py (interleaved pairs)',
  },
  attention: {
    title: 'Causal self-attention (GQA)',
    what: (m) => `Each query head scores every earlier token's key, divides by √${headDim(m)}, masks the future and takes a softmax: a row of weights that sums to 1. The output is the weighted sum of the values. Query heads ${m.heads / m.kvHeads > 1 ? `in groups of ${m.heads / m.kvHeads} read the same key/value head (repeat_kv)` : 'each read their own key/value head'}. During training, a mask also stops attention between different documents packed into one sequence.`,
    equation: (m) => `A = softmax(Q·Kᵀ / √${headDim(m)} + M),   Mᵢⱼ = −∞ for j > i,   out = A·V`,
    io: (m) => `weights ${m.heads} × [T × T]; output [T × ${m.heads} × ${headDim(m)}]`,
    cite: 'Report §3.2 (GQA, document mask)',
  },
  wo: {
    title: 'Output projection',
    what: (m, f) => `Concatenates the ${m.heads} heads' outputs (${f.int(m.heads * headDim(m))} numbers per token) and maps them back to the model width ${f.int(m.dim)} with one matrix, no bias.`,
    equation: () => 'y = concat(head₁, …, head_H)·W_o',
    io: (m, f) => `[T × ${f.int(m.heads * headDim(m))}] → [T × ${f.int(m.dim)}]`,
    cite: 'Meta llama-models model.py',
  },
  'attn-residual': {
    title: 'Residual add',
    what: () => 'Adds the attention output to the residual stream it was computed from. Nothing is normalised here: the stream carries each layer\'s additions forward unchanged.',
    equation: () => 'h = x + Attention(RMSNorm(x))',
    io: sum,
    cite: 'Llama 2 paper §2.2; Meta llama-models model.py',
  },
  'ffn-norm': {
    title: 'RMSNorm before the FFN',
    what: (m, f) => `The same normalisation as before attention, with its own gain of ${f.int(m.dim)} numbers, applied to the input of the feed-forward sub-layer.`,
    equation: (_, f) => `RMSNorm(h) = g ⊙ h / √(mean(h²) + ε),   ε = ${eps(f)}`,
    io: same,
    cite: NORM_CITE,
  },
  ffn: {
    title: 'SwiGLU feed-forward',
    what: (m, f) => `Two projections up to ${f.int(m.ffnDim)} numbers per token; one goes through SiLU and gates the other element by element; a third matrix projects back to ${f.int(m.dim)}. It acts on each token separately and holds ${f.percent(ffnShareOfLayer(m), { digits: 0 })} of a layer's parameters.`,
    equation: () => 'FFN(x) = (SiLU(x·W₁) ⊙ x·W₃)·W₂,   SiLU(z) = z·σ(z)',
    io: (m, f) => `[T × ${f.int(m.dim)}] → [T × ${f.int(m.ffnDim)}] → [T × ${f.int(m.dim)}]`,
    cite: 'Report Table 3 (SwiGLU, FFN dimension)',
  },
  'ffn-residual': {
    title: 'Residual add',
    what: () => 'Adds the feed-forward output to the stream. The result is the layer\'s output and the next layer\'s input.',
    equation: () => 'out = h + FFN(RMSNorm(h))',
    io: sum,
    cite: 'Llama 2 paper §2.2; Meta llama-models model.py',
  },
  'final-norm': {
    title: 'Final RMSNorm',
    what: () => 'After the last layer, one more RMSNorm. With pre-norm the residual stream is never normalised inside the layers, so it is normalised once here, before the output layer.',
    equation: () => 'z = RMSNorm(x_L)',
    io: same,
    cite: 'Meta llama-models model.py',
  },
  'lm-head': {
    title: 'LM head → softmax',
    what: (m, f) => `A separate matrix (not the embedding transposed: the weights are untied) maps each position to ${f.int(m.vocab)} scores, one per token; a softmax turns the last position's scores into the next-token distribution.`,
    equation: () => 'p(next token) = softmax(z·W_out),   W_out ≠ Eᵀ',
    io: (m, f) => `[T × ${f.int(m.dim)}] → logits [T × ${f.int(m.vocab)}]`,
    cite: 'Meta llama-models model.py (separate output matrix)',
  },
};

const vocabChange = ({ l3, l2 }: ComparedModels, f: Format) => `Vocabulary ${f.int(l2.vocab)} → ${f.int(l3.vocab)}`;

const versusLlama2: BlockMessages['versusLlama2'] = {
  embedding: (c, f) => {
    const { l3, l2 } = c;
    return {
      summary: vocabChange(c, f),
      detail: `${l2.name} embeds ${f.int(l2.vocab)} SentencePiece tokens: E is ${f.shape([l2.vocab, l2.dim])}. ${l3.name} has ${f.int(l3.vocab)} rows, ${f.int(LLAMA3_BPE_TOKENS)} tokens of a tiktoken-based BPE plus ${f.int(LLAMA3_SPECIAL_TOKENS)} special tokens: ${f.shape([l3.vocab, l3.dim])}.`,
      cite: 'Report §3.2, Table 3; Llama 2 code',
    };
  },
  qkv: ({ l3, l2 }, f) => ({
    summary: 'Multi-head → grouped-query attention',
    detail: `${l2.name} gives each of its ${l2.heads} query heads its own key and value head (multi-head attention): wk and wv are ${f.shape([l2.dim, l2.kvHeads * headDim(l2)])}. ${l3.name} has ${l3.kvHeads} key/value heads, each shared by ${l3.heads / l3.kvHeads} query heads: wk and wv are ${f.shape([l3.dim, l3.kvHeads * headDim(l3)])}. Llama 2 used grouped-query attention only at 34B and 70B.`,
    cite: 'Report §3.2, Table 3; Llama 2 paper, Table 1',
  }),
  rope: ({ l3, l2 }, f) => ({
    summary: `Θ ${f.int(l2.ropeTheta)} → ${f.int(l3.ropeTheta)}`,
    detail: `The RoPE base Θ sets how slowly the slowest pair of coordinates rotates. ${l2.name} uses Θ = ${f.int(l2.ropeTheta)}; Llama 3 raises it to ${f.int(l3.ropeTheta)} to better support long contexts.`,
    cite: 'Report §3.2, Table 3; Llama 2 code (theta=10000)',
  }),
  attention: ({ l3, l2 }, f) => {
    const windows = l3.earlier
      ? `${f.int(l3.earlier.contextTokens)} (Llama 3) / ${f.int(l3.contextTokens)} (Llama 3.1)`
      : `${f.int(l3.contextTokens)} (Llama 3.1)`;
    return {
      summary: `Context ${f.int(l2.contextTokens)} → ${windows}; document mask`,
      detail: `${l2.name} was trained on sequences of ${f.int(l2.contextTokens)} tokens. Llama 3's standard pre-training uses ${f.int(l3.pretrainContextTokens)} (the 405B model started at 4,096)${l3.earlier ? `, the whole window of ${l3.earlier.name} as released in ${l3.earlier.date}` : ''}. Continued pre-training then extends it to the ${f.int(l3.contextTokens)} positions of ${l3.name} (for the 405B the report describes ${LONG_CONTEXT_STAGES.value} stages, §3.4.2). Llama 3 also masks attention between different documents packed into one sequence.${l2.kvHeads !== l3.kvHeads ? ` And each key/value head now serves ${l3.heads / l3.kvHeads} query heads.` : ''}`,
      cite: `Report §3.2, §3.4.2; Meta llama-models code (max_seq_length 131,072)${l3.earlier ? '; Meta Llama 3 model card (8,192)' : ''}; Llama 2 paper, Table 1`,
    };
  },
  ffn: ({ l3, l2 }, f) => ({
    summary: `Hidden width ${f.int(l2.ffnDim)} → ${f.int(l3.ffnDim)}`,
    detail: `Both use SwiGLU without biases. ${l2.name}: w1 and w3 are ${f.shape([l2.dim, l2.ffnDim])}. ${l3.name}: ${f.shape([l3.dim, l3.ffnDim])}.`,
    cite: 'Report Table 3; Llama 2 FeedForward rule',
  }),
  'lm-head': (c, f) => {
    const { l3, l2 } = c;
    return {
      summary: vocabChange(c, f),
      detail: `The output layer has one column per token: ${f.shape([l2.dim, l2.vocab])} in ${l2.name}, ${f.shape([l3.dim, l3.vocab])} in ${l3.name}. Neither model ties it to the embedding.`,
      cite: 'Report Table 3; Llama 2 code',
    };
  },
};

const postNorm: Difference = {
  summary: 'LayerNorm after → RMSNorm before',
  detail: 'In 2017 each sub-layer is wrapped as LayerNorm(x + Sublayer(x)): the norm comes after the residual add, subtracts the mean, and has a gain and a bias. Llama normalises the input of each sub-layer instead (pre-norm), with RMSNorm: it only divides by the root mean square and has a gain but no bias.',
  cite: 'Vaswani et al. 2017, §3.1; Llama 2 paper §2.2; Zhang & Sennrich 2019',
};
const residual: Difference = {
  summary: 'The sum is no longer normalised',
  detail: 'In 2017 the sum itself goes through LayerNorm, so the residual stream is re-normalised twice per layer. In Llama only the branch is normalised: x + Sublayer(RMSNorm(x)), and the stream passes through the add unchanged.',
  cite: 'Vaswani et al. 2017, §3.1; Llama 2 paper §2.2',
};

const versusTransformer: BlockMessages['versusTransformer'] = {
  embedding: () => ({
    summary: 'No position encoding added here',
    detail: 'In 2017 the embedding is multiplied by √d and a fixed sinusoidal position encoding is added to it. Llama adds nothing at the input: position enters only through RoPE, inside every attention layer.',
    cite: 'Vaswani et al. 2017, §3.4–3.5; Llama 2 paper §2.2',
  }),
  'attn-norm': () => postNorm,
  qkv: (l3, f) => ({
    summary: 'Multi-head → grouped-query',
    detail: `In 2017 every one of the 8 heads has its own key and value projection (multi-head attention). ${l3.name} shares each of its ${l3.kvHeads} key/value heads among ${l3.heads / l3.kvHeads} query heads, so wk and wv are ${f.shape([l3.dim, l3.kvHeads * headDim(l3)])} rather than ${f.shape([l3.dim, l3.dim])}.`,
    cite: 'Vaswani et al. 2017, §3.2.2; Report §3.2; Ainslie et al. 2023',
  }),
  rope: () => ({
    summary: 'New: rotary position embedding',
    detail: 'In 2017 the only position signal is the sinusoid added at the input. RoPE rotates pairs of query and key coordinates by an angle proportional to the token\'s position, in every layer, so a query–key score depends on the positions only through their signed offset.',
    cite: 'Su et al. (RoFormer); Llama 2 paper §2.2; Report §3.2',
  }),
  attention: () => ({
    summary: 'Same core; shared K/V, no encoder',
    detail: 'Scaled dot-product attention with a causal mask is the 2017 formula. What changed around it: keys and values are shared by groups of query heads (GQA), positions arrive through RoPE, and there is no encoder to cross-attend to, since Llama is decoder-only.',
    cite: 'Vaswani et al. 2017, §3.2.1 and §3.2.3; Report §3.2',
  }),
  'attn-residual': () => residual,
  'ffn-norm': () => postNorm,
  ffn: (l3, f) => ({
    summary: 'ReLU → SwiGLU, no biases',
    detail: `In 2017 FFN(x) = max(0, x·W₁ + b₁)·W₂ + b₂: two matrices with biases and an inner width of 4·d (2,048 for d = 512). Llama uses SwiGLU, with three matrices and no biases; ${l3.name} has F = ${f.int(l3.ffnDim)}, ${f.decimal(l3.ffnDim / l3.dim, { digits: 2, trim: true })} × d.`,
    cite: 'Vaswani et al. 2017, §3.3; Shazeer 2020; Report Table 3',
  }),
  'ffn-residual': () => residual,
  'final-norm': () => ({
    summary: 'New: a final norm',
    detail: 'A post-norm stack already ends on a LayerNorm. A pre-norm stack never normalises the residual stream itself, so Llama adds one RMSNorm after the last layer.',
    cite: 'Meta llama-models model.py',
  }),
  'lm-head': (l3, f) => ({
    summary: 'Untied: its own matrix',
    detail: `In 2017 the output layer reuses the embedding matrix (tied weights). Llama 3 keeps a separate ${f.shape([l3.dim, l3.vocab])} output matrix: ${f.int(l3.vocab * l3.dim)} more parameters in ${l3.name}.`,
    cite: 'Vaswani et al. 2017, §3.4; Meta llama-models model.py',
  }),
};

export const en: BlockMessages = {
  blocks,
  transformerNote:
    'The 2017 Transformer is an encoder–decoder built for translation. Compared here is its decoder stack without the cross-attention sub-layer, the shape decoder-only language models took from it.',
  versusLlama2,
  versusTransformer,
};
