import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../data/models';
import {
  VIT_BLOCK_PARAMS, crossAttentionBlockParams, crossAttentionLayers, crossAttentionLayersHf, supportedCanvases,
  tileImage, tokensPerTile,
} from './index';

describe('vision tokens (facts-2 §N)', () => {
  it('tokens per tile: 257 at 224 px, 577 at 336 (×4 = the paper\'s 2,308), 1,025 at 448, 1,601 at 560 (×4 = 6,404)', () => {
    expect(tokensPerTile(224)).toBe(257);
    expect(4 * tokensPerTile(336)).toBe(2_308);
    expect(tokensPerTile(448)).toBe(1_025);
    expect(4 * tokensPerTile(560)).toBe(6_404);
  });
  it('canvases in the code\'s order', () => {
    expect(supportedCanvases(4)).toEqual([[1, 4], [2, 2], [1, 1], [4, 1], [1, 3], [3, 1], [1, 2], [2, 1]]);
  });
  it('tiling as the released code does it', () => {
    // The paper's examples of four 336-px tiles: 672×672 → 2×2, 1344×336 → 4×1, 672×336 → 2×1.
    expect(tileImage(672, 672, 336)).toMatchObject({ across: 2, down: 2, width: 672, height: 672, padding: 0 });
    expect(tileImage(1344, 336, 336)).toMatchObject({ across: 4, down: 1 });
    expect(tileImage(672, 336, 336)).toMatchObject({ across: 2, down: 1 });
    // A small image is upscaled to one tile at most, on the smallest canvas.
    expect(tileImage(100, 100, 560)).toMatchObject({ across: 1, down: 1, width: 560, height: 560 });
    // A 4:3 photo larger than any canvas: downscaled as little as possible (2×2 at 560: scale min(1120/4000, 1120/3000)).
    const photo = tileImage(4000, 3000, 560);
    expect(photo).toMatchObject({ across: 2, down: 2, width: 1120, height: 840 });
    expect(photo.padding).toBeCloseTo(0.25, 12);
  });
  it('any image gets 1–4 tiles and fits its canvas, its aspect kept up to the rounding of one side', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8000 }), fc.integer({ min: 1, max: 8000 }), fc.constantFrom(224, 336, 448, 560), (w, h, tile) => {
      const t = tileImage(w, h, tile);
      expect(t.tiles).toBeGreaterThanOrEqual(1);
      expect(t.tiles).toBeLessThanOrEqual(4);
      expect(t.width).toBeLessThanOrEqual(t.canvasWidth);
      expect(t.height).toBeLessThanOrEqual(t.canvasHeight);
      // One side is the target exactly, the other floor(side × scale): the cross products differ by under one original side.
      expect(Math.abs(t.width * h - t.height * w)).toBeLessThan(Math.max(w, h) + 1e-6);
    }));
  });
});

describe('cross-attention placement and size', () => {
  it('Meta\'s schedule: every fourth layer, 3, 7, …, 31 (11B) and 3, 7, …, 79 (90B); Hugging Face numbers them 3, 8, …, 38 and 3, 8, …, 98', () => {
    expect(crossAttentionLayers(32, 8)).toEqual([3, 7, 11, 15, 19, 23, 27, 31]);
    const ninety = crossAttentionLayers(80, 20);
    expect(ninety[0]).toBe(3);
    expect(ninety.at(-1)).toBe(79);
    expect(crossAttentionLayersHf(32, 8)).toEqual([3, 8, 13, 18, 23, 28, 33, 38]);
    expect(crossAttentionLayersHf(80, 20).at(-1)).toBe(98);
    expect(crossAttentionLayers(126, 32)[0]).toBe(1); // 405B: ⌈126/32⌉ = 4 from the top, 125 … 1
  });
  it('block parameters from shapes: 218,112,258 (8B) and 855,654,658 (70B); 1.745B and 17.11B in all; ≈3.19B per 405B block', () => {
    expect(crossAttentionBlockParams(MODELS['llama3-8b'])).toBe(218_112_258);
    expect(crossAttentionBlockParams(MODELS['llama3-70b'])).toBe(855_654_658);
    expect(8 * crossAttentionBlockParams(MODELS['llama3-8b']) / 1e9).toBeCloseTo(1.745, 3);
    expect(20 * crossAttentionBlockParams(MODELS['llama3-70b']) / 1e9).toBeCloseTo(17.11, 2);
    expect(crossAttentionBlockParams(MODELS['llama3-405b']) / 1e9).toBeCloseTo(3.188, 3);
  });
  it('one ViT block is 19,672,320 parameters; 32 of them ≈ the paper\'s 630M', () => {
    expect(VIT_BLOCK_PARAMS).toBe(19_672_320);
    expect(32 * VIT_BLOCK_PARAMS / 1e6).toBeCloseTo(629.5, 1);
  });
});
