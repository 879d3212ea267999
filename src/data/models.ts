// Model configurations of Llama 3 / 3.1 and Llama 2, one object each, with where every field comes from.
// Source ids ([P], [LM], [L2P], …) are those of shared/reference/llama3-facts.md §A.

/** Shapes of a decoder-only Llama model, as in Meta's params.json / ModelArgs. */
export interface ModelConfig {
  /** Stable id, also used in URLs: `llama3-8b`. */
  id: ModelId;
  /** Display name: "Llama 3 8B". */
  name: string;
  family: 'llama2' | 'llama3';
  /** Transformer blocks. */
  layers: number;
  /** Model (residual stream) width d. */
  dim: number;
  /** Query heads H. */
  heads: number;
  /** Key/value heads (H for multi-head attention, fewer for GQA). */
  kvHeads: number;
  /** SwiGLU hidden width F. */
  ffnDim: number;
  /** Embedding rows = LM-head rows (regular + special tokens). */
  vocab: number;
  /** RoPE base θ. */
  ropeTheta: number;
  /** Longest sequence of the released model, tokens. */
  contextTokens: number;
  /** Pre-training context length, tokens. */
  pretrainContextTokens: number;
  /** Input embedding and LM head share weights. */
  tiedEmbeddings: boolean;
  /** Where the shapes come from. */
  source: string;
}

export type ModelId = 'llama3-8b' | 'llama3-70b' | 'llama3-405b' | 'llama2-7b' | 'llama2-70b';

/** 128,000 BPE tokens + 256 special/reserved tokens ([P] Table 3; [LM] LLAMA3_VOCAB_SIZE). */
export const LLAMA3_VOCAB_ROWS = 128_256;
/** The paper's vocabulary size: regular BPE tokens only ([P] Table 3). */
export const LLAMA3_BPE_TOKENS = 128_000;
/** Reserved + named special tokens ([LM] num_reserved_special_tokens). */
export const LLAMA3_SPECIAL_TOKENS = 256;
/** SentencePiece vocabulary of Llama 2 ([LM] LLAMA2_VOCAB_SIZE). */
export const LLAMA2_VOCAB = 32_000;
/**
 * Regular tokens of OpenAI's cl100k_base (ranks 0–100,255; tiktoken's special ids go up to 100,276). Llama 3's
 * first 100,256 ids are these ranks ([P] §3.2 "100K tokens from the tiktoken tokenizer"; counted in
 * shared/reference/tokenizers.md).
 */
export const CL100K_REGULAR_TOKENS = 100_256;
/**
 * SwiGLU width rule of Llama 3 8B ([LM] FeedForward: h = int(2·4d/3), then int(1.3·h), rounded up to a
 * multiple of 1,024; gives 14,336 for d = 4,096). Used for custom widths.
 */
export const FFN_RULE_LLAMA3_8B = { multiplier: 1.3, multipleOf: 1_024 } as const;
/** RoPE base of Llama 3 ([P] §3.2, Table 3). */
export const ROPE_THETA_LLAMA3 = 500_000;
/** RoPE base of Llama 2 ([L2] precompute_freqs_cis default). */
export const ROPE_THETA_LLAMA2 = 10_000;
/** Llama 3 (April 2024) sequence length ([L3] model card). */
export const CONTEXT_LLAMA3 = 8_192;
/** Llama 3.1 max positions, "128K" ([LM] max_seq_length). */
export const CONTEXT_LLAMA31 = 131_072;
/** Llama 2 context ([L2P] Table 1). */
export const CONTEXT_LLAMA2 = 4_096;
/** RMSNorm ε of every Llama 3 model ([LM] norm_eps; HF rms_norm_eps). */
export const RMS_NORM_EPS_LLAMA3 = 1e-5;

const llama3Source = '[P] Table 3; Meta llama-models args/sku_list (3.1 max_seq_length)';

export const MODELS: Record<ModelId, ModelConfig> = {
  'llama3-8b': {
    id: 'llama3-8b', name: 'Llama 3 8B', family: 'llama3',
    layers: 32, dim: 4_096, heads: 32, kvHeads: 8, ffnDim: 14_336, vocab: LLAMA3_VOCAB_ROWS,
    ropeTheta: ROPE_THETA_LLAMA3, contextTokens: CONTEXT_LLAMA31, pretrainContextTokens: CONTEXT_LLAMA3,
    tiedEmbeddings: false, source: llama3Source,
  },
  'llama3-70b': {
    id: 'llama3-70b', name: 'Llama 3 70B', family: 'llama3',
    layers: 80, dim: 8_192, heads: 64, kvHeads: 8, ffnDim: 28_672, vocab: LLAMA3_VOCAB_ROWS,
    ropeTheta: ROPE_THETA_LLAMA3, contextTokens: CONTEXT_LLAMA31, pretrainContextTokens: CONTEXT_LLAMA3,
    tiedEmbeddings: false, source: llama3Source,
  },
  'llama3-405b': {
    id: 'llama3-405b', name: 'Llama 3.1 405B', family: 'llama3',
    layers: 126, dim: 16_384, heads: 128, kvHeads: 8, ffnDim: 53_248, vocab: LLAMA3_VOCAB_ROWS,
    ropeTheta: ROPE_THETA_LLAMA3, contextTokens: CONTEXT_LLAMA31, pretrainContextTokens: CONTEXT_LLAMA3,
    tiedEmbeddings: false, source: llama3Source,
  },
  'llama2-7b': {
    id: 'llama2-7b', name: 'Llama 2 7B', family: 'llama2',
    layers: 32, dim: 4_096, heads: 32, kvHeads: 32, ffnDim: 11_008, vocab: LLAMA2_VOCAB,
    ropeTheta: ROPE_THETA_LLAMA2, contextTokens: CONTEXT_LLAMA2, pretrainContextTokens: CONTEXT_LLAMA2,
    tiedEmbeddings: false, source: '[L2P] Table 1; [L2] ModelArgs and FeedForward rule',
  },
  'llama2-70b': {
    id: 'llama2-70b', name: 'Llama 2 70B', family: 'llama2',
    layers: 80, dim: 8_192, heads: 64, kvHeads: 8, ffnDim: 28_672, vocab: LLAMA2_VOCAB,
    ropeTheta: ROPE_THETA_LLAMA2, contextTokens: CONTEXT_LLAMA2, pretrainContextTokens: CONTEXT_LLAMA2,
    tiedEmbeddings: false, source: '[L2P] Table 1 (GQA at 34B/70B); FeedForward rule with 1.3 and 4096',
  },
};

/** Head dimension d/H (128 for every model here). */
export function headDim(m: Pick<ModelConfig, 'dim' | 'heads'>): number {
  return m.dim / m.heads;
}
