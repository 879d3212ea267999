// The vision adapter's arithmetic (report §7; Meta's released Llama 3.2 Vision code, llama-models
// models/llama3/multimodal/{model.py,image_transform.py} @ a9c89c4; facts-2 §N): tiles and tokens per image, where
// the cross-attention layers sit in the text stack (Meta's and Hugging Face's indexing), and the parameters they add.
import { headDim, type DecoderShape } from './shape';

/** The ViT's patch side, pixels (ViT-H/14). */
export const VISION_PATCH = 14;
/** Tiles per image at most (the paper's "up to four tiles"; the code's vision_max_num_chunks = 4). */
export const MAX_TILES = 4;

/** Tokens one tile becomes: (tile/14)² patches plus one class token (code: int((image_res / patch_size) ** 2 + 1)). */
export function tokensPerTile(tile: number): number {
  return (tile / VISION_PATCH) ** 2 + 1;
}

/**
 * The canvases (tiles across, tiles down) an image may be fitted to, in the order of the code's
 * find_supported_resolutions (grouped by aspect ratio in order of first appearance, counting down from maxTiles):
 * for 4 tiles (1,4), (2,2), (1,1), (4,1), (1,3), (3,1), (1,2), (2,1). The order decides ties.
 */
export function supportedCanvases(maxTiles = MAX_TILES): [number, number][] {
  const byRatio = new Map<number, [number, number][]>();
  for (let n = maxTiles; n >= 1; n--) {
    for (let a = 1; a <= n; a++) {
      if (n % a !== 0) continue;
      const pair: [number, number] = [a, n / a];
      const key = pair[0] / pair[1];
      byRatio.set(key, [...(byRatio.get(key) ?? []), pair]);
    }
  }
  return [...byRatio.values()].flat();
}

export interface Tiling {
  /** Tiles across and down. */
  across: number;
  down: number;
  tiles: number;
  /** The canvas, pixels. */
  canvasWidth: number;
  canvasHeight: number;
  /** The image after resizing without distortion (at most one tile of upscaling), pixels; the rest is padding. */
  width: number;
  height: number;
  /** Share of the canvas that is padding. */
  padding: number;
}

/**
 * How the released code tiles an image (VariableSizeImageTransform with resize_to_max_canvas = False): for every
 * canvas, the scale that fits the image without distortion is min(canvas_w / w, canvas_h / h); take the smallest scale
 * ≥ 1 if any (upscale as little as possible), else the largest (downscale as little as possible); among canvases with
 * that scale the smallest area (first in order on a tie). Then resize, upscaling at most to one tile's side, and pad.
 */
export function tileImage(width: number, height: number, tile: number, maxTiles = MAX_TILES): Tiling {
  const canvases = supportedCanvases(maxTiles).map(([across, down]) => {
    const w = across * tile, h = down * tile;
    return { across, down, w, h, scale: Math.min(w / width, h / height) };
  });
  const up = canvases.filter((c) => c.scale >= 1);
  const chosenScale = up.length > 0 ? Math.min(...up.map((c) => c.scale)) : Math.max(...canvases.map((c) => c.scale));
  let best = canvases.find((c) => c.scale === chosenScale)!;
  for (const c of canvases) if (c.scale === chosenScale && c.w * c.h < best.w * best.h) best = c;
  // resize_without_distortion with max_upscaling_size = tile, then get_max_res_without_distortion.
  const targetW = Math.min(Math.max(width, tile), best.w), targetH = Math.min(Math.max(height, tile), best.h);
  const sw = targetW / width, sh = targetH / height;
  const [w, h] = sw < sh
    ? [targetW, Math.min(Math.floor(height * sw), targetH)]
    : [Math.min(Math.floor(width * sh), targetW), targetH];
  return {
    across: best.across, down: best.down, tiles: best.across * best.down, canvasWidth: best.w, canvasHeight: best.h,
    width: w, height: h, padding: 1 - (w * h) / (best.w * best.h),
  };
}

/**
 * Text layers (0-indexed, Meta's numbering) before which a cross-attention block runs: the code's
 * _init_fusion_schedule, k = ⌈L / n⌉, layers[::-1][::k][:n][::-1]. 32 layers, 8 blocks → 3, 7, …, 31.
 */
export function crossAttentionLayers(textLayers: number, blocks: number): number[] {
  const k = Math.ceil(textLayers / blocks);
  const out: number[] = [];
  for (let i = textLayers - 1; i >= 0 && out.length < blocks; i -= k) out.push(i);
  return out.reverse();
}

/** The same blocks as Hugging Face numbers them in its interleaved stack (cross_attention_layers): the i-th block
 *  sits after i earlier blocks, so its index is Meta's layer + i (11B: 3, 8, 13, …, 38). */
export function crossAttentionLayersHf(textLayers: number, blocks: number): number[] {
  return crossAttentionLayers(textLayers, blocks).map((layer, i) => layer + i);
}

/**
 * Parameters of one cross-attention block of the released code: wq, wk, wv, wo (GQA, no bias), RMSNorm on q and k
 * (head_dim each), the attention norm (d), a SwiGLU feed-forward with the text model's hidden width, its norm (d),
 * and two scalar tanh gates. 8B shape: 218,112,258.
 */
export function crossAttentionBlockParams(s: DecoderShape): number {
  const d = s.dim, h = headDim(s);
  return d * s.heads * h + 2 * d * s.kvHeads * h + s.heads * h * d + 2 * h + d + 3 * d * s.ffnDim + d + 2;
}

/** One ViT-H/14 block (width 1280, MLP 5,120, biases, two LayerNorms): 19,672,320 parameters. */
export const VIT_BLOCK_PARAMS = 4 * 1280 ** 2 + 2 * 2 * 1280 + (1280 * 5120 + 5120) + (5120 * 1280 + 1280);
