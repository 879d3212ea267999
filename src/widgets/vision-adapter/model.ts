// The vision-adapter widget's model, pure (no React, no DOM, seeded): how one image enters a Llama 3 model through
// the image adapter of report §7, for the paper's set-up (336-px tiles, Llama 3 8B / 70B / 405B text models) and the
// released Llama 3.2 Vision models (llama-models sku_list.py: tiles of 448 / 560 px, 8 / 20 cross-attention blocks),
// kept apart and labelled. Every number is computed: tiling and tokens from src/lib/llama/vision.ts, placements from
// its fusion schedule (Meta's and Hugging Face's numbering), the blocks' parameters from the text model's shapes
// (src/data/models.ts), the image's KV memory from src/lib/llama/kvCache.ts (bf16), and the "gate = 0" demonstration
// from src/lib/llama/crossAttention.ts (a tiny seeded block computed as Meta's CrossAttentionTransformerBlock).
import {
  ADAPTER_405B_PARAMS, CROSS_ATTENTION_EVERY, IMAGE_TOKENS_PAPER, PAPER_MAX_TILES, PAPER_TILE, RELEASED_VISION,
  RELEASED_VISION_CARD_PARAMS, VIT_PRETRAIN_RES, type ReleasedVisionId,
} from '../../data/multimodal';
import { MODELS, type ModelId } from '../../data/models';
import { crossBlock, crossBlockWeights, DEMO_CROSS_BLOCK, maxAbsDiff, seededRows } from '../../lib/llama/crossAttention';
import { kvBytesPerToken, kvCacheBytes, type KvShape } from '../../lib/llama/kvCache';
import { headDim } from '../../lib/llama/shape';
import {
  MAX_TILES, VISION_PATCH, crossAttentionBlockParams, crossAttentionLayers, crossAttentionLayersHf, tileImage,
  tokensPerTile, type Tiling,
} from '../../lib/llama/vision';

// ——— State ———

export const PAPER_IDS = ['paper-8b', 'paper-70b', 'paper-405b'] as const;
export const VISION_MODEL_IDS = [...PAPER_IDS, 'llama32-11b', 'llama32-11b-instruct', 'llama32-90b'] as const;
export type VisionModelId = (typeof VISION_MODEL_IDS)[number];

/**
 * Named images: each is a small picture bundled with the widget (images/, made by scripts/visionImages.mjs: four
 * screenshots of this site and one drawn landscape), drawn in the tiling when picked. `custom` means the `width` and
 * `height` fields; any other value sets both (the picture's own size, from its file) and the fields are ignored.
 */
export const IMAGE_IDS = ['custom', 'photo', 'phone', 'slide', 'panorama', 'icon'] as const;
export type ImageId = (typeof IMAGE_IDS)[number];
export type PresetImageId = Exclude<ImageId, 'custom'>;
/** The pictures' sizes in pixels, as their files hold them (images.test.ts reads the WebP headers and compares). */
export const IMAGE_SIZES: Record<PresetImageId, { width: number; height: number }> = {
  /** A 4:3 landscape drawn by the script, half a 12-megapixel phone photo's sides. */
  photo: { width: 2_016, height: 1_512 },
  /** A phone screenshot, portrait (375 × 667 CSS px at 2×): this site's Chinese chapter page. */
  phone: { width: 750, height: 1_334 },
  /** A 16:9 screen capture (1,280 × 720 CSS px at 1.5×): a chapter of this site with its figure. */
  slide: { width: 1_920, height: 1_080 },
  /** A 4:1 strip: the top of this site's home page. */
  panorama: { width: 2_400, height: 600 },
  /** This site's icon at 64 × 64: upscaled to one tile. */
  icon: { width: 64, height: 64 },
};

export const LIMITS = {
  /** Image sides, pixels. */
  side: { min: 1, max: 8_192 },
  /** The gate parameter g (before tanh): the block adds tanh(g) × its update; 0 is its initial value. */
  gate: { min: 0, max: 3, step: 0.1 },
} as const;

export const DEFAULTS = {
  model: 'paper-405b' as VisionModelId,
  image: 'custom' as ImageId,
  width: 1_600,
  height: 1_200,
  gate: 0,
};

export interface VisionState {
  model: VisionModelId;
  image: ImageId;
  width: number;
  height: number;
  gate: number;
}

// ——— The models ———

export interface VisionPreset {
  id: VisionModelId;
  /** The paper's experimental set-up or the released Llama 3.2 Vision. */
  kind: 'paper' | 'released';
  /** The text model whose shapes the backbone has. */
  text: ModelId;
  /** Tile side, pixels. */
  tile: number;
  /** Cross-attention blocks (released: the code's count; paper: ⌈L / 4⌉, "after every fourth self-attention layer"). */
  blocks: number;
  /** Paper models: the other count "every fourth" allows, ⌊L / 4⌋ (31 for the 405B's 126 layers); else = blocks. */
  blocksLow: number;
}

export function presetOf(id: VisionModelId): VisionPreset {
  if (id === 'paper-8b' || id === 'paper-70b' || id === 'paper-405b') {
    const text: ModelId = id === 'paper-8b' ? 'llama3-8b' : id === 'paper-70b' ? 'llama3-70b' : 'llama3-405b';
    const layers = MODELS[text].layers, every = CROSS_ATTENTION_EVERY.value;
    return { id, kind: 'paper', text, tile: PAPER_TILE.value, blocks: Math.ceil(layers / every), blocksLow: Math.floor(layers / every) };
  }
  const r = RELEASED_VISION.value[id as ReleasedVisionId];
  return { id, kind: 'released', text: r.text, tile: r.tile, blocks: r.crossAttentionLayers, blocksLow: r.crossAttentionLayers };
}

// ——— Image ———

/** The image's size in pixels for a state (a named size, or the width and height fields). */
export function imageSize(s: Pick<VisionState, 'image' | 'width' | 'height'>): { width: number; height: number } {
  return s.image === 'custom' ? { width: s.width, height: s.height } : IMAGE_SIZES[s.image];
}

/** A size read from the reader's file: usable, or why not (the fields' bounds). */
export function checkFileSize(width: number, height: number): { ok: true } | { ok: false; code: 'empty' | 'tooLarge' } {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width < LIMITS.side.min || height < LIMITS.side.min) return { ok: false, code: 'empty' };
  if (width > LIMITS.side.max || height > LIMITS.side.max) return { ok: false, code: 'tooLarge' };
  return { ok: true };
}

/** Which of the released code's canvases won, and why (the rule, as codes the catalogue words). */
export type ChoiceRule = 'upscaleLeast' | 'downscaleLeast';

// ——— The whole result ———

export interface KvCost {
  /** Bytes per image token in one layer (K and V, all KV heads, bf16). */
  perTokenPerLayer: bigint;
  /** Image tokens whose K/V each cross-attention layer caches: the released code pads every image to four tiles and
   *  masks the unused ones (llama-models model.py, _stack_images and compute_vision_tokens_masks @ a9c89c4), so a
   *  released model caches 4 tiles' tokens whatever the image; the paper does not say, so its presets count the tiles used. */
  crossTokens: number;
  /** Cross-attention: the image's K/V in each cross-attention layer only. */
  cross: bigint;
  /** LLaVA-style: the image's tokens in the context, cached by every text layer. */
  inContext: bigint;
  /** Layers each way. */
  crossLayers: number;
  textLayers: number;
  /** The text model's KV heads and head dimension (what one token's K/V holds per layer). */
  kvHeads: number;
  headDim: number;
}

export interface VisionResult {
  state: VisionState;
  preset: VisionPreset;
  /** The text model's name ("Llama 3.1 405B"). */
  textName: string;
  textLayers: number;
  image: { width: number; height: number };
  tiling: Tiling;
  rule: ChoiceRule;
  /** (tile / 14)² patches and one class token per tile. */
  patchesPerTile: number;
  tokensPerTile: number;
  tokensPerImage: number;
  /** The most an image can have on this model (four tiles). */
  maxTokensPerImage: number;
  /** The paper's ViT pre-training resolution (224) and its patches (256): the encoder before the adapter. */
  pretrainRes: number;
  pretrainPatches: number;
  /** Meta's 0-indexed text layers before which a block runs, and Hugging Face's interleaved indices. */
  metaLayers: number[];
  hfLayers: number[];
  /** Parameters of one block from the text model's shapes, and of all blocks (low: ⌊L/4⌋ blocks for the paper). */
  blockParams: number;
  adapterParams: number;
  adapterParamsLow: number;
  /** The report's ≈100B for the 405B (null for the others: the paper gives no 8B / 70B figure). */
  reportParams: number | null;
  /** The model card's size of the released model (11B: 10.6, 90B: 88.8), null for the paper's. */
  cardParams: number | null;
  kv: KvCost;
  /** The report's 2,308 (four 336-px tiles), for the check that four tiles give it. */
  reportTokens: number;
}

/** Everything the view shows except the gate demonstration (arithmetic: microseconds). */
export function computeVision(state: VisionState): VisionResult {
  const preset = presetOf(state.model);
  const text = MODELS[preset.text];
  const image = imageSize(state);
  const tiling = tileImage(image.width, image.height, preset.tile, MAX_TILES);
  const rule: ChoiceRule = Math.min(tiling.canvasWidth / image.width, tiling.canvasHeight / image.height) >= 1 ? 'upscaleLeast' : 'downscaleLeast';
  const perTile = tokensPerTile(preset.tile);
  const tokensPerImage = tiling.tiles * perTile;
  const blockParams = crossAttentionBlockParams(text);
  const kvShape = (layers: number): KvShape => ({ layers, kvHeads: text.kvHeads, headDim: headDim(text) });
  const crossTokens = preset.kind === 'released' ? MAX_TILES * perTile : tokensPerImage;
  const kv: KvCost = {
    perTokenPerLayer: kvBytesPerToken(kvShape(1), 'bf16'),
    crossTokens,
    cross: kvCacheBytes(kvShape(preset.blocks), 'bf16', crossTokens),
    inContext: kvCacheBytes(kvShape(text.layers), 'bf16', tokensPerImage),
    crossLayers: preset.blocks,
    textLayers: text.layers,
    kvHeads: text.kvHeads,
    headDim: headDim(text),
  };
  const card = preset.kind === 'released'
    ? RELEASED_VISION_CARD_PARAMS.value[preset.text === 'llama3-8b' ? '11b' : '90b']
    : null;
  return {
    state, preset, textName: text.name, textLayers: text.layers, image, tiling, rule,
    patchesPerTile: (preset.tile / VISION_PATCH) ** 2,
    tokensPerTile: perTile,
    tokensPerImage,
    maxTokensPerImage: MAX_TILES * perTile,
    pretrainRes: VIT_PRETRAIN_RES.value,
    pretrainPatches: (VIT_PRETRAIN_RES.value / VISION_PATCH) ** 2,
    metaLayers: crossAttentionLayers(text.layers, preset.blocks),
    hfLayers: crossAttentionLayersHf(text.layers, preset.blocks),
    blockParams,
    adapterParams: preset.blocks * blockParams,
    adapterParamsLow: preset.blocksLow * blockParams,
    reportParams: preset.id === 'paper-405b' ? ADAPTER_405B_PARAMS.value : null,
    cardParams: card,
    kv,
    reportTokens: IMAGE_TOKENS_PAPER.value,
  };
}

/** The paper's tiles at most (4), for the words. */
export const PAPER_TILES_MAX = PAPER_MAX_TILES.value;

// ——— Gate = 0 ———

/** The demonstration's set-up: the tiny block's shape, its seeds, 4 text rows attending to 6 image tokens. */
export const GATE_DEMO = { seed: 2024, textSeed: 11, imageSeed: 12, textRows: 4, imageTokens: 6 } as const;

export interface GateResult {
  gate: number;
  /** tanh(gate): what each update is multiplied by. */
  tanh: number;
  /** The text path (the block's input: what the text-only model passes on). */
  text: Float64Array[];
  /** The block's output with both gates at `gate`. */
  out: Float64Array[];
  /** |out − text| per entry. */
  diff: Float64Array[];
  maxDiff: number;
}

let demo: { w: ReturnType<typeof crossBlockWeights>; text: Float64Array[]; image: Float64Array[] } | null = null;

/** The tiny block with both gates at `gate` (tanh applied inside, as in the code), next to the text-only path. */
export function gateDemo(gate: number): GateResult {
  demo ??= {
    w: crossBlockWeights(DEMO_CROSS_BLOCK, GATE_DEMO.seed),
    text: seededRows(GATE_DEMO.textRows, DEMO_CROSS_BLOCK.dim, GATE_DEMO.textSeed),
    image: seededRows(GATE_DEMO.imageTokens, DEMO_CROSS_BLOCK.dim, GATE_DEMO.imageSeed),
  };
  const g = Number.isFinite(gate) ? Math.min(LIMITS.gate.max, Math.max(LIMITS.gate.min, gate)) : 0;
  const { out } = crossBlock(demo.w, demo.text, demo.image, g, g);
  const diff = out.map((row, r) => Float64Array.from(row, (v, i) => Math.abs(v - demo!.text[r]![i]!)));
  return { gate: g, tanh: Math.tanh(g), text: demo.text, out, diff, maxDiff: maxAbsDiff(out, demo.text) };
}

// ——— Screen-reader text ———

/** A plain description of the state (English codes-and-numbers; the view words it through its catalogue). */
export function describe(state: VisionState): string {
  const r = computeVision(state);
  const g = gateDemo(state.gate);
  return `${state.model}: ${r.image.width}×${r.image.height} px → ${r.tiling.across}×${r.tiling.down} tiles of ${r.preset.tile} px, `
    + `${r.tiling.tiles} × ${r.tokensPerTile} = ${r.tokensPerImage} tokens; ${r.preset.blocks} cross-attention blocks before layers `
    + `${r.metaLayers.join(', ')} (HF ${r.hfLayers.join(', ')}), ${r.adapterParams} parameters; image K/V ${r.kv.cross} B (bf16) `
    + `against ${r.kv.inContext} B in the context; gate ${g.gate}: max |difference| ${g.maxDiff}.`;
}
