// Model configurations of Llama 3 / 3.1 and Llama 2, one object each, with where every field comes from.
// Source ids ([P], [LM], [L2P], …) are those of shared/reference/llama3-facts.md §A.
//
// Versions (facts §A.1, §G.9). The 8B and 70B were released twice with the same shapes: as Llama 3 in April 2024
// (8,192 positions, no RoPE scaling) and as Llama 3.1 in July 2024 (131,072 positions). The 405B exists only as
// Llama 3.1, and "all results in this paper are for the Llama 3.1 models" (report, Table 1 caption). So each
// config is named for Llama 3.1, the release whose window `contextTokens` holds, and names the April release
// in `earlier` with its own window.
import { TOKENS_405B, TOKENS_LLAMA2_PER_LLAMA2_PAPER, TOKENS_LLAMA2_PER_LLAMA3_REPORT, TOKENS_LLAMA3_ABOUT, type Fact } from './facts';

/** Shapes of a decoder-only Llama model, as in Meta's params.json / ModelArgs. */
export interface ModelConfig {
  /** Stable id, also used in URLs: `llama3-8b`. */
  id: ModelId;
  /** Display name of the release whose numbers are shown: "Llama 3.1 8B". */
  name: string;
  /** Size as the family names it: "8B". */
  size: string;
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
  /** The rule of Meta's FeedForward that gives `ffnDim` from `dim` (src/lib/llama/ffn.ts applies it). */
  ffnRule: FfnRule;
  /** Embedding rows = LM-head rows (regular + special tokens). */
  vocab: number;
  /** RoPE base θ. */
  ropeTheta: number;
  /** Longest sequence (max positions) of the release `name`, tokens. */
  contextTokens: number;
  /** Where `contextTokens` comes from. */
  contextCite: string;
  /** Context of standard pre-training (before any long-context stage), tokens. */
  pretrainContextTokens: number;
  /** An earlier release with the same shapes and a shorter window (Llama 3, April 2024), if there is one. */
  earlier?: Release;
  /** Pre-training tokens D of this model: the one figure every widget and chapter uses. */
  trainingTokens: TrainingTokens;
  /** Input embedding and LM head share weights. */
  tiedEmbeddings: boolean;
  /** Where the shapes come from. */
  source: string;
}

/** A release of a model under its own name, with its context window. */
export interface Release {
  /** "Llama 3 8B" */
  name: string;
  /** "April 2024" */
  date: string;
  /** Max positions of this release, tokens. */
  contextTokens: number;
  /** Where the window comes from. */
  contextCite: string;
}

/** A model's pre-training token count as documented, with the words its source uses. */
export interface TrainingTokens extends Fact {
  /** As shown: "about 15T", "15.6T", "2.0T". */
  text: string;
  /** What a reader should know beside it (another published figure), if anything. */
  note?: string;
}

/**
 * The SwiGLU width rule of Meta's FeedForward, as each model's params.json sets it ([LM] / [L2] model.py:
 * `ffn_dim_multiplier`, `multiple_of`; facts §A.1–A.2): h = ⌊2·4d/3⌋, then ⌊multiplier·h⌋, rounded up to a multiple.
 */
export interface FfnRule {
  /** `ffn_dim_multiplier`; null where params.json has none (Llama 2 7B). */
  multiplier: number | null;
  /** `multiple_of`. */
  multipleOf: number;
}

/** Every configuration, in the order the widgets list them. */
export const MODEL_IDS = ['llama3-8b', 'llama3-70b', 'llama3-405b', 'llama2-7b', 'llama2-70b'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

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

const llama3Source = 'Report Table 3; Meta llama-models args (128,256 embedding rows)';
/** Llama 3.1's window: Meta's code, which the report calls "128K" ([LM] max_seq_length; [P] §3.4.2). */
const CONTEXT_LLAMA31_CITE = 'Meta llama-models code (max_seq_length); Report §3.4.2 (“128K”)';
/** The April 2024 window ([L3] model card: "sequences of 8,192 tokens"). */
const CONTEXT_LLAMA3_CITE = 'Meta Llama 3 model card (“sequences of 8,192 tokens”)';
const CONTEXT_LLAMA2_CITE = 'Llama 2 paper, Table 1';

const april2024 = (size: string): Release => ({
  name: `Llama 3 ${size}`, date: 'April 2024', contextTokens: CONTEXT_LLAMA3, contextCite: CONTEXT_LLAMA3_CITE,
});

/** "About 15T multilingual tokens" for the herd ([P] §1); the 405B's own figure is 15.6T. */
const TOKENS_HERD: TrainingTokens = { ...TOKENS_LLAMA3_ABOUT, text: 'about 15T' };
const TOKENS_FLAGSHIP: TrainingTokens = { ...TOKENS_405B, text: '15.6T' };
/** Llama 2's own paper says 2.0T; the Llama 3 report's comparison sentence says 1.8T (facts §G.13). */
const TOKENS_LLAMA2: TrainingTokens = {
  ...TOKENS_LLAMA2_PER_LLAMA2_PAPER,
  text: '2.0T',
  note: 'the Llama 3 report says 1.8T',
  cite: `${TOKENS_LLAMA2_PER_LLAMA2_PAPER.cite}; ${TOKENS_LLAMA2_PER_LLAMA3_REPORT.cite} (1.8T)`,
};

export const MODELS: Record<ModelId, ModelConfig> = {
  'llama3-8b': {
    id: 'llama3-8b', name: 'Llama 3.1 8B', size: '8B', family: 'llama3',
    layers: 32, dim: 4_096, heads: 32, kvHeads: 8, ffnDim: 14_336, ffnRule: { multiplier: 1.3, multipleOf: 1_024 },
    vocab: LLAMA3_VOCAB_ROWS,
    ropeTheta: ROPE_THETA_LLAMA3, contextTokens: CONTEXT_LLAMA31, contextCite: CONTEXT_LLAMA31_CITE,
    pretrainContextTokens: CONTEXT_LLAMA3, earlier: april2024('8B'), trainingTokens: TOKENS_HERD,
    tiedEmbeddings: false, source: llama3Source,
  },
  'llama3-70b': {
    id: 'llama3-70b', name: 'Llama 3.1 70B', size: '70B', family: 'llama3',
    layers: 80, dim: 8_192, heads: 64, kvHeads: 8, ffnDim: 28_672, ffnRule: { multiplier: 1.3, multipleOf: 4_096 },
    vocab: LLAMA3_VOCAB_ROWS,
    ropeTheta: ROPE_THETA_LLAMA3, contextTokens: CONTEXT_LLAMA31, contextCite: CONTEXT_LLAMA31_CITE,
    pretrainContextTokens: CONTEXT_LLAMA3, earlier: april2024('70B'), trainingTokens: TOKENS_HERD,
    tiedEmbeddings: false, source: llama3Source,
  },
  'llama3-405b': {
    id: 'llama3-405b', name: 'Llama 3.1 405B', size: '405B', family: 'llama3',
    layers: 126, dim: 16_384, heads: 128, kvHeads: 8, ffnDim: 53_248, ffnRule: { multiplier: 1.2, multipleOf: 4_096 },
    vocab: LLAMA3_VOCAB_ROWS,
    ropeTheta: ROPE_THETA_LLAMA3, contextTokens: CONTEXT_LLAMA31, contextCite: CONTEXT_LLAMA31_CITE,
    pretrainContextTokens: CONTEXT_LLAMA3, trainingTokens: TOKENS_FLAGSHIP,
    tiedEmbeddings: false, source: llama3Source,
  },
  'llama2-7b': {
    id: 'llama2-7b', name: 'Llama 2 7B', size: '7B', family: 'llama2',
    layers: 32, dim: 4_096, heads: 32, kvHeads: 32, ffnDim: 11_008, ffnRule: { multiplier: null, multipleOf: 256 },
    vocab: LLAMA2_VOCAB,
    ropeTheta: ROPE_THETA_LLAMA2, contextTokens: CONTEXT_LLAMA2, contextCite: CONTEXT_LLAMA2_CITE,
    pretrainContextTokens: CONTEXT_LLAMA2, trainingTokens: TOKENS_LLAMA2,
    tiedEmbeddings: false, source: 'Meta llama code (ModelArgs, FeedForward rule); Llama 2 paper, Table 1 (multi-head attention at 7B)',
  },
  'llama2-70b': {
    id: 'llama2-70b', name: 'Llama 2 70B', size: '70B', family: 'llama2',
    layers: 80, dim: 8_192, heads: 64, kvHeads: 8, ffnDim: 28_672, ffnRule: { multiplier: 1.3, multipleOf: 4_096 },
    vocab: LLAMA2_VOCAB,
    ropeTheta: ROPE_THETA_LLAMA2, contextTokens: CONTEXT_LLAMA2, contextCite: CONTEXT_LLAMA2_CITE,
    pretrainContextTokens: CONTEXT_LLAMA2, trainingTokens: TOKENS_LLAMA2,
    tiedEmbeddings: false, source: 'Meta llama code (FeedForward rule with 1.3 and 4,096); Llama 2 paper, Table 1 (GQA at 34B and 70B)',
  },
};
