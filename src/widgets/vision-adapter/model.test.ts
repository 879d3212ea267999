import { describe, expect, it } from 'vitest';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import { DEFAULTS, VISION_MODEL_IDS, computeVision, describe as describeState, gateDemo, presetOf, type VisionState } from './model';

const state = (patch: Partial<VisionState>): VisionState => ({ ...DEFAULTS, ...patch });
/** Four tiles on every model: a 2 × 2 image of exactly four tiles. */
const fourTiles = (model: VisionState['model']) => {
  const tile = presetOf(model).tile;
  return computeVision(state({ model, width: 2 * tile, height: 2 * tile }));
};

describe('tokens per tile and per image, every preset (facts-2 §N)', () => {
  const expected: Record<(typeof VISION_MODEL_IDS)[number], { tile: number; patches: number; perTile: number; four: number }> = {
    'paper-8b': { tile: 336, patches: 576, perTile: 577, four: 2_308 },
    'paper-70b': { tile: 336, patches: 576, perTile: 577, four: 2_308 },
    'paper-405b': { tile: 336, patches: 576, perTile: 577, four: 2_308 },
    'llama32-11b': { tile: 448, patches: 1_024, perTile: 1_025, four: 4_100 },
    'llama32-11b-instruct': { tile: 560, patches: 1_600, perTile: 1_601, four: 6_404 },
    'llama32-90b': { tile: 560, patches: 1_600, perTile: 1_601, four: 6_404 },
  };
  it.each(VISION_MODEL_IDS)('%s', (model) => {
    const r = fourTiles(model);
    const e = expected[model];
    expect(r.preset.tile).toBe(e.tile);
    expect(r.patchesPerTile).toBe(e.patches);
    expect(r.tokensPerTile).toBe(e.perTile);
    expect(r.tiling).toMatchObject({ across: 2, down: 2, tiles: 4, padding: 0 });
    expect(r.tokensPerImage).toBe(e.four);
    expect(r.maxTokensPerImage).toBe(e.four);
  });
  it('the paper\'s 2,308 is four 336-px tiles; the ViT\'s pre-training 224 px is 256 patches', () => {
    const r = fourTiles('paper-405b');
    expect(r.tokensPerImage).toBe(r.reportTokens);
    expect(r.pretrainPatches).toBe(256);
  });
  it('the default: a 1,600 × 1,200 photo on the paper\'s 405B set-up is 2 × 2 tiles, 2,308 tokens, downscaled', () => {
    const r = computeVision(DEFAULTS);
    expect(r.tiling).toMatchObject({ across: 2, down: 2, width: 672, height: 504 });
    expect(r.rule).toBe('downscaleLeast');
    expect(r.tokensPerImage).toBe(2_308);
    // An icon is upscaled to one tile at most: one tile, 577 tokens.
    expect(computeVision(state({ image: 'icon' }))).toMatchObject({ rule: 'upscaleLeast', tokensPerImage: 577 });
    // A panorama goes on the 4 × 1 canvas.
    expect(computeVision(state({ image: 'panorama', model: 'llama32-90b' })).tiling).toMatchObject({ across: 4, down: 1 });
  });
});

describe('placements (Meta\'s 0-indexed layers and Hugging Face\'s interleaved indices)', () => {
  it('32 layers, 8 blocks: 3, 7, …, 31 and 3, 8, …, 38', () => {
    for (const model of ['paper-8b', 'llama32-11b', 'llama32-11b-instruct'] as const) {
      const r = computeVision(state({ model }));
      expect(r.metaLayers).toEqual([3, 7, 11, 15, 19, 23, 27, 31]);
      expect(r.hfLayers).toEqual([3, 8, 13, 18, 23, 28, 33, 38]);
    }
  });
  it('80 layers, 20 blocks: 3, 7, …, 79 and 3, 8, …, 98', () => {
    for (const model of ['paper-70b', 'llama32-90b'] as const) {
      const r = computeVision(state({ model }));
      expect(r.metaLayers).toEqual(Array.from({ length: 20 }, (_, i) => 3 + 4 * i));
      expect(r.hfLayers).toEqual(Array.from({ length: 20 }, (_, i) => 3 + 5 * i));
    }
  });
  it('126 layers, 32 blocks (the release\'s rule applied): 1, 5, …, 125 and 1, 6, …, 156', () => {
    const r = computeVision(state({ model: 'paper-405b' }));
    expect(r.preset).toMatchObject({ blocks: 32, blocksLow: 31 });
    expect(r.metaLayers).toEqual(Array.from({ length: 32 }, (_, i) => 1 + 4 * i));
    expect(r.hfLayers).toEqual(Array.from({ length: 32 }, (_, i) => 1 + 5 * i));
  });
});

describe('parameters from shapes against facts-2 §N', () => {
  it('8B shape: 218,112,258 per block, 1.745B for 8; 70B shape: 855,654,658, 17.11B for 20', () => {
    const small = computeVision(state({ model: 'llama32-11b' })), paper8 = computeVision(state({ model: 'paper-8b' }));
    expect(small.blockParams).toBe(218_112_258);
    expect(small.adapterParams).toBe(8 * 218_112_258);
    expect(small.adapterParams / 1e9).toBeCloseTo(1.745, 3);
    expect(paper8.adapterParams).toBe(small.adapterParams);
    expect(paper8.reportParams).toBeNull();
    expect(small.cardParams).toBe(10.6e9);
    const big = computeVision(state({ model: 'llama32-90b' }));
    expect(big.blockParams).toBe(855_654_658);
    expect(big.adapterParams / 1e9).toBeCloseTo(17.11, 2);
    expect(computeVision(state({ model: 'paper-70b' })).adapterParams).toBe(big.adapterParams);
  });
  it('405B: 31–32 blocks give 98.8–102.0B against the report\'s ≈100B', () => {
    const r = computeVision(state({ model: 'paper-405b' }));
    expect(r.adapterParamsLow / 1e9).toBeCloseTo(98.8, 1);
    expect(r.adapterParams / 1e9).toBeCloseTo(102.0, 1);
    expect(r.reportParams).toBe(100e9);
  });
});

describe('KV memory of one image (bf16, src/lib/llama/kvCache.ts)', () => {
  it('per layer: tokens × 2 × 8 KV heads × 128 × 2 B; cross-attention caches it in the blocks only, LLaVA-style in every layer', () => {
    const r = computeVision(state({ model: 'llama32-90b', width: 1_120, height: 1_120 }));
    expect(r.tokensPerImage).toBe(6_404);
    expect(r.kv.perTokenPerLayer).toBe(4_096n);
    expect(r.kv.cross).toBe(6_404n * 4_096n * 20n);
    expect(r.kv.inContext).toBe(6_404n * 4_096n * 80n);
    const p = computeVision(state({ model: 'paper-405b' }));
    expect(p.kv.cross).toBe(2_308n * 4_096n * 32n);
    expect(p.kv.inContext).toBe(2_308n * 4_096n * 126n);
  });
  it('a released model caches four tiles in every cross-attention layer even for a one-tile image (the code pads to 4 and masks)', () => {
    const r = computeVision(state({ model: 'llama32-11b-instruct', width: 500, height: 500 }));
    expect(r.tiling.tiles).toBe(1);
    expect(r.tokensPerImage).toBe(1_601);
    expect(r.kv.crossTokens).toBe(6_404);
    expect(r.kv.cross).toBe(6_404n * 4_096n * 8n);
    expect(r.kv.inContext).toBe(1_601n * 4_096n * 32n);
    // The paper's presets count the tiles used (the paper does not say how it pads).
    expect(computeVision(state({ model: 'paper-8b', width: 300, height: 300 })).kv.crossTokens).toBe(577);
  });
});

describe('gate = 0 through the widget\'s model', () => {
  it('gate 0 returns the text path bit for bit; a gate of 1 changes it', () => {
    const zero = gateDemo(0);
    expect(zero.maxDiff).toBe(0);
    zero.out.forEach((row, r) => expect([...row]).toEqual([...zero.text[r]!]));
    const one = gateDemo(1);
    expect(one.tanh).toBeCloseTo(Math.tanh(1), 15);
    expect(one.maxDiff).toBeGreaterThan(0.1);
    expect(gateDemo(3).maxDiff).toBeGreaterThan(one.maxDiff);
  });
  it('a non-finite gate is treated as 0, never NaN', () => {
    expect(gateDemo(Number.NaN).maxDiff).toBe(0);
  });
});

describe('hostile URL values fall back and are named', () => {
  it(HOSTILE_QUERY, () => {
    const parsed = parseUrl(fields, HOSTILE_QUERY);
    const { theme: _, ...s } = parsed.state;
    expect(s).toEqual(DEFAULTS);
    expect(parsed.ignored.map((i) => i.key).sort()).toEqual(['gate', 'height', 'image', 'model', 'width']);
    expect(describeState(s)).not.toMatch(/NaN|undefined|Infinity/);
  });
  it('bounds: 0 and 8,193 px are refused; 1 and 8,192 are kept and tile without NaN', () => {
    expect(parseUrl(fields, '?width=0&height=8193').state).toMatchObject({ width: DEFAULTS.width, height: DEFAULTS.height });
    const { theme: _, ...s } = parseUrl(fields, '?width=1&height=8192&gate=3').state;
    expect(describeState(s)).not.toMatch(/NaN|undefined|Infinity/);
    expect(computeVision(s).tiling).toMatchObject({ across: 1, down: 4 });
  });
});
