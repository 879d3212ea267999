// Facts of the report's §7 (vision and video) and §8 (speech) that the multimodal chapter and its widgets show, each
// with its source (shared/reference/llama3-facts.md §F, llama3-facts-2.md §M and §N). Two things are kept apart, as
// the report and the release keep them apart: the paper's experiments (336-px tiles in adapter pre-training, Llama 3
// 8B / 70B / 405B) and the released Llama 3.2 Vision models (448 / 560-px tiles, 11B / 90B, Meta's llama-models code).
// Speech facts come from secondary carriers only (facts-2 §M: the primary text of §8 was not reachable): each is
// marked `secondary: true`, and a page shows that mark beside it (◐). Derived values (tokens per tile, parameters of
// a cross-attention block) are computed in src/lib/llama/vision.ts, not stored here.
import type { Fact } from './facts';

/** A fact from secondary carriers only (three independent carriers agree, or one verbatim quote): shown with ◐. */
export interface SecondaryFact<T = number> extends Fact<T> {
  secondary: true;
}

// ——— Image encoder, [P] §7.2 ———

/** "ViT-H/14 … which has 630M parameters that were trained on 2.5B image-text pairs for five epochs". */
export const VIT_PARAMS: Fact = { value: 630e6, cite: 'Report §7.2' };
export const VIT_PAIRS: Fact = { value: 2.5e9, cite: 'Report §7.2' };
export const VIT_EPOCHS: Fact = { value: 5, cite: 'Report §7.2' };
/** Pre-training resolution: 224 × 224, "16×16 = 256 patches" of 14 × 14 pixels. */
export const VIT_PRETRAIN_RES: Fact = { value: 224, cite: 'Report §7.2' };
/** "features from the 4th, 8th, 16th, 24th and 31st layers are also provided in addition to the final layer
 *  features" (1-based; the code's return_intermediate "3,7,15,23,30" is 0-based). */
export const VIT_FEATURE_LAYERS: Fact<readonly number[]> = { value: [4, 8, 16, 24, 31], cite: 'Report §7.2' };
/** "8 gated self-attention layers (making a total of 40 transformer blocks) … a total 850M parameters". */
export const VIT_GATED_LAYERS: Fact = { value: 8, cite: 'Report §7.2' };
export const VIT_TOTAL_BLOCKS: Fact = { value: 40, cite: 'Report §7.2' };
export const VIT_WITH_GATED_PARAMS: Fact = { value: 850e6, cite: 'Report §7.2' };
/** "a 7680-dimensional representation for each of the resulting 16×16=256 patches" ((5 + 1) × 1280 in the code). */
export const VISION_FEATURE_DIM: Fact = { value: 7_680, cite: 'Report §7.2; llama-models vision_input_dim' };
/** ViT width (llama-models VisionEncoder defaults: width 1280, 32 layers, 16 heads, patch 14). */
export const VIT_WIDTH: Fact = { value: 1_280, cite: 'llama-models models/llama3/multimodal/model.py' };
/** ViT-H/14 blocks before the gated ones (llama-models VisionEncoder layers = 32; with the report's 8 gated layers,
 *  the report's "total of 40 transformer blocks"). */
export const VIT_LAYERS: Fact = { value: 32, cite: 'llama-models models/llama3/multimodal/model.py; Report §7.2' };

// ——— Image adapter, [P] §7.2–7.4 ———

/** "cross-attention layers … after every fourth self-attention layer in the core language model". */
export const CROSS_ATTENTION_EVERY: Fact = { value: 4, cite: 'Report §7.2' };
/** "for Llama 3 405B, the cross-attention layers have ≈100B parameters". */
export const ADAPTER_405B_PARAMS: Fact = { value: 100e9, cite: 'Report §7.2' };
/** Adapter pre-training: "approximately 6B image-text pairs", images resized "to fit within at most four tiles of
 *  336 × 336 pixels each". */
export const ADAPTER_PRETRAIN_PAIRS: Fact = { value: 6e9, cite: 'Report §7.4' };
export const PAPER_TILE: Fact = { value: 336, cite: 'Report §7.4' };
export const PAPER_MAX_TILES: Fact = { value: 4, cite: 'Report §7.4' };
/** Annealing: "on approximately 500M images" at higher per-tile resolution. */
export const ANNEALING_IMAGES: Fact = { value: 500e6, cite: 'Report §7.4' };
/** "an image has 2,308 tokens, whereas the associated text contains an average of only 192 tokens" (§7.3, on the
 *  pipeline-parallel imbalance). 2,308 = 4 × (24² + 1) for four 336-px tiles: derived, the report does not say so. */
export const IMAGE_TOKENS_PAPER: Fact = { value: 2_308, cite: 'Report §7.3' };
export const TEXT_TOKENS_PER_IMAGE: Fact = { value: 192, cite: 'Report §7.3' };
/** Post-training of the vision model: SFT, then DPO whose reference model is updated by EMA every k steps. */
export const VISION_DPO_EMA: Fact<string> = { value: 'reference updated by exponential moving average', cite: 'Report §7.5.5' };

// ——— Video, [P] §7.2, §7.4, §7.5.2 ———

/** Video input "up to 64 frames" (SFT); the aggregator merges frames: 16 in pre-training ("16 frames per video
 *  (aggregated to 1 frame)", §7.2; "aggregation factor of 16", §7.4), 32 in SFT ("64 frames, and use an aggregation
 *  factor of 32 to get two effective frames", §7.5.2). */
export const VIDEO_MAX_FRAMES: Fact = { value: 64, cite: 'Report §7.5.2' };
export const VIDEO_MERGE_PRETRAIN: Fact = { value: 16, cite: 'Report §7.2, §7.4' };
export const VIDEO_MERGE_SFT: Fact = { value: 32, cite: 'Report §7.5.2' };
/** "The video aggregator and cross attention layers have 0.6B and 4.6B parameters for Llama 3 7B and 70B" (sic: 7B). */
export const VIDEO_ADAPTER_PARAMS: Fact<{ small: number; large: number }> = { value: { small: 0.6e9, large: 4.6e9 }, cite: 'Report §7.2' };

// ——— Released Llama 3.2 Vision (llama-models sku_list.py and models/llama3/multimodal/model.py @ a9c89c4) ———

export type ReleasedVisionId = 'llama32-11b' | 'llama32-11b-instruct' | 'llama32-90b';
export interface ReleasedVision {
  /** The text model whose shapes the backbone has. */
  text: 'llama3-8b' | 'llama3-70b';
  /** vision_chunk_size: the tile side, pixels. */
  tile: number;
  /** vision_num_cross_attention_layers. */
  crossAttentionLayers: number;
}
/** 11B base tiles at 448; 11B Instruct at 560 since llama-models 2386bf5 (2024-10-14); 90B (and 90B Instruct) at 560. */
export const RELEASED_VISION: Fact<Record<ReleasedVisionId, ReleasedVision>> = {
  value: {
    'llama32-11b': { text: 'llama3-8b', tile: 448, crossAttentionLayers: 8 },
    'llama32-11b-instruct': { text: 'llama3-8b', tile: 560, crossAttentionLayers: 8 },
    'llama32-90b': { text: 'llama3-70b', tile: 560, crossAttentionLayers: 20 },
  },
  cite: 'llama-models models/sku_list.py',
};
/** Model-card sizes, billions: "11B (10.6)" and "90B (88.8)" (the code gives 10.62 and 88.55; facts-2 §N.2 ⚠). */
export const RELEASED_VISION_CARD_PARAMS: Fact<{ '11b': number; '90b': number }> = {
  value: { '11b': 10.6e9, '90b': 88.8e9 },
  cite: 'llama-models MODEL_CARD_VISION.md',
};

// ——— Speech, [P] §8 (secondary carriers only: facts-2 §M) ———

/** "80-dim mel-spectrogram" input to the speech encoder. */
export const SPEECH_MELS: SecondaryFact = { value: 80, cite: 'Report §8.1 (secondary)', secondary: true };
/** A stride-4 stacking layer and a linear projection turn 10 ms mel frames into 40 ms frames. */
export const SPEECH_STACK: SecondaryFact = { value: 4, cite: 'Report §8.1 (secondary)', secondary: true };
/** Conformer encoder: 1B parameters, 24 layers, latent dimension 1,536, 24 rotary-attention heads. */
export const SPEECH_ENCODER: SecondaryFact<{ params: number; layers: number; dim: number; heads: number }> = {
  value: { params: 1e9, layers: 24, dim: 1_536, heads: 24 },
  cite: 'Report §8.1 (secondary)',
  secondary: true,
};
/** Conformer layer internals: two Macaron-style feed-forward networks of inner size 4,096 and a depthwise convolution
 *  of kernel 7 (facts-2 §M "Encoder internals": two carriers, no URL carrier). Used only in a derived check. */
export const CONFORMER_INTERNALS: SecondaryFact<{ ffn: number; convKernel: number }> = {
  value: { ffn: 4_096, convKernel: 7 },
  cite: 'Report §8.1 (secondary)',
  secondary: true,
};
/** Adapter: about 100M parameters; a convolution (kernel 3, stride 2) to 80 ms frames, one rotary Transformer layer,
 *  and a linear layer into the language model's embedding space; its outputs are token embeddings, not cross-attention. */
export const SPEECH_ADAPTER: SecondaryFact<{ params: number; kernel: number; stride: number }> = {
  value: { params: 100e6, kernel: 3, stride: 2 },
  cite: 'Report §8.1 (secondary)',
  secondary: true,
};
/** "The speech segments in our data have a maximum length of 60 seconds." */
export const SPEECH_MAX_SECONDS: SecondaryFact = { value: 60, cite: 'Report §8.2 (secondary, verbatim carrier)', secondary: true };
/** Encoder pre-training "approximately 15M hours"; ASR "230K hours … 34 languages"; AST "90K hours". */
export const SPEECH_DATA: SecondaryFact<{ pretrainHours: number; asrHours: number; asrLanguages: number; astHours: number }> = {
  value: { pretrainHours: 15e6, asrHours: 230e3, asrLanguages: 34, astHours: 90e3 },
  cite: 'Report §8.2 (secondary, verbatim carrier)',
  secondary: true,
};
/** The mel frame step, ms (one frame per 10 ms: the stacking by 4 gives the 40 ms the carriers state). */
export const SPEECH_MEL_STEP_MS: SecondaryFact = { value: 10, cite: 'Report §8.1 (secondary)', secondary: true };
