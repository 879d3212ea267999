// The multimodal chapter's numbers against the reference values of shared/reference/llama3-facts.md §F and
// llama3-facts-2.md §M (speech, secondary) and §N (vision, released Llama 3.2 Vision), as both languages print them.
import { describe, expect, it } from 'vitest';
import { IMAGE_TOKENS_PAPER, VIT_GATED_LAYERS, VIT_LAYERS, VIT_TOTAL_BLOCKS } from '../data/multimodal';
import { formatFor } from '../lib/format';
import { imageCostRows, multimodalNumbers, paper405Blocks, speechTimeline } from './multimodal';

const n = multimodalNumbers(formatFor('en'));
const zh = multimodalNumbers(formatFor('zh'));

describe('multimodal chapter numbers (English formatting)', () => {
  it('image encoder: ViT-H/14, 630M, 2.5B pairs, 5 epochs, 224 px → 16 × 16 = 256 patches (facts §F)', () => {
    expect([n.vit.params, n.vit.pairs, n.vit.epochs, n.vit.res, n.vit.patch, n.vit.side, n.vit.patches])
      .toEqual(['630M', '2.5B', '5', '224', '14', '16', '256']);
  });

  it('multi-layer features 4, 8, 16, 24, 31 (code 3, 7, 15, 23, 30) + final: (5 + 1) × 1,280 = 7,680', () => {
    expect(n.vit.featureLayers).toEqual(['4', '8', '16', '24', '31']);
    expect(n.vit.featureLayersCode).toEqual(['3', '7', '15', '23', '30']);
    expect([n.vit.intermediate, n.vit.featureSources, n.vit.width, n.vit.featureDim]).toEqual(['5', '6', '1,280', '7,680']);
    expect(n.vit.featureDimCheck).toBe(true);
  });

  it('8 gated layers, 40 blocks, 850M; one ViT block 19,672,320, ×32 = 629.5M (facts-2 §N.2)', () => {
    expect([n.vit.gatedLayers, n.vit.totalBlocks, n.vit.layers, n.vit.withGatedParams]).toEqual(['8', '40', '32', '850M']);
    expect([n.vit.blockParams, n.vit.blocks32Params]).toEqual(['19,672,320', '629.5M']);
    // The code's 32 ViT layers and the report's 8 gated ones make the report's 40 blocks.
    expect(VIT_LAYERS.value + VIT_GATED_LAYERS.value).toBe(VIT_TOTAL_BLOCKS.value);
  });

  it('the paper\'s tiles: 336 px → 24² + 1 = 577 tokens, ×4 = 2,308, the report\'s number (derived)', () => {
    expect([n.adapter.tile, n.adapter.maxTiles, n.adapter.tileSide, n.adapter.tilePatches, n.adapter.tileTokens]).toEqual(['336', '4', '24', '576', '577']);
    expect(n.raw.paperImageTokens).toBe(IMAGE_TOKENS_PAPER.value);
    expect([n.adapter.imageTokens, n.adapter.imageTokensReport, n.adapter.textTokens, n.adapter.imageTextRatio]).toEqual(['2,308', '2,308', '192', '12']);
  });

  it('405B: every fourth of 126 layers is 31–32 blocks of ≈3.19B = 98.8–102.0B against the report\'s ≈100B (facts-2 §N.3)', () => {
    expect(paper405Blocks()).toEqual({ min: 31, max: 32 });
    expect(n.adapter.after405Last).toBe('124');
    expect([n.adapter.every, n.adapter.layers405, n.adapter.block405, n.adapter.total405Min, n.adapter.total405Max, n.adapter.params405])
      .toEqual(['4', '126', '3.19B', '98.8B', '102.0B', '100B']);
  });

  it('adapter training: ~6B pairs, ~500M annealing images', () => {
    expect([n.adapter.pretrainPairs, n.adapter.annealingImages]).toEqual(['6B', '500M']);
  });

  it('released Llama 3.2 Vision: tiles 448 / 560 / 560, tokens 1,025 / 1,601, per image 4,100 / 6,404 (facts-2 §N.1–N.2)', () => {
    const r = n.released;
    expect([r['11b'].tile, r['11b'].tileTokens, r['11b'].imageTokens]).toEqual(['448', '1,025', '4,100']);
    expect([r['11bInstruct'].tile, r['11bInstruct'].tileTokens, r['11bInstruct'].imageTokens]).toEqual(['560', '1,601', '6,404']);
    expect([r['90b'].tile, r['90b'].tileTokens, r['90b'].imageTokens]).toEqual(['560', '1,601', '6,404']);
    expect([r.card11b, r.card90b]).toEqual(['10.6', '88.8']);
  });

  it('placements: Meta 3, 7, …, 31 / …, 79; HF 3, 8, …, 38 / …, 98 in 40- and 100-layer stacks', () => {
    const r = n.released;
    expect(r['11b'].metaLayers).toEqual(['3', '7', '11', '15', '19', '23', '27', '31']);
    expect(r['11b'].hfLayers).toEqual(['3', '8', '13', '18', '23', '28', '33', '38']);
    expect([r['90b'].blocks, r['90b'].metaFirst, r['90b'].metaLast, r['90b'].hfSecond, r['90b'].hfLast, r['90b'].hfStack]).toEqual(['20', '3', '79', '8', '98', '100']);
    expect([r['11b'].blocks, r['11b'].hfStack]).toEqual(['8', '40']);
  });

  it('block sizes from shapes: 218,112,258 × 8 = 1.74B; 855,654,658 × 20 = 17.1B', () => {
    expect([n.released['11b'].blockParams, n.released['11b'].totalParams]).toEqual(['218,112,258', '1.74B']);
    expect([n.released['90b'].blockParams, n.released['90b'].totalParams]).toEqual(['855,654,658', '17.1B']);
    expect(n.raw.r11.total).toBe(1_744_898_064);
    expect(n.raw.r90.total).toBe(17_113_093_160);
  });

  it('tiling example: 4,000 × 3,000 at 560 px → 2 × 2 canvas, resized 1,120 × 840, 25% padding, 6,404 tokens', () => {
    expect(n.photo).toEqual({
      width: '4,000', height: '3,000', across: '2', down: '2', resizedWidth: '1,120', resizedHeight: '840',
      canvasWidth: '1,120', canvasHeight: '1,120', padding: '25%', tokens: '6,404',
    });
  });

  it('video: up to 64 frames; merge 16 (pre-training, 1 frame) and 32 (SFT, 2 frames); 0.6B / 4.6B', () => {
    expect(n.video).toEqual({
      maxFrames: '64', mergePretrain: '16', mergeSft: '32', effectivePretrain: '1', effectiveSft: '2',
      paramsSmall: '600M', paramsLarge: '4.6B', paramsSmallBillions: '0.6', paramsLargeBillions: '4.6',
    });
  });

  it('speech (◐): 10 ms × 4 = 40 ms, × 2 = 80 ms per token: 12.5 tokens/s, 750 per minute and per 60-s segment', () => {
    expect(speechTimeline()).toEqual({ melMs: 10, frameMs: 40, tokenMs: 80, perSecond: 12.5, perMinute: 750, perSegment: 750 });
    const s = n.speech;
    expect([s.mels, s.melMs, s.stack, s.frameMs, s.stride, s.kernel, s.tokenMs, s.perSecond, s.perMinute, s.maxSeconds, s.perSegment])
      .toEqual(['80', '10', '4', '40', '2', '3', '80', '12.5', '750', '60', '750']);
    expect([s.encoderParams, s.encoderLayers, s.encoderDim, s.encoderHeads, s.adapterParams]).toEqual(['1B', '24', '1,536', '24', '100M']);
    // 750 tokens × 128 KiB (8B) and × 320 KiB (70B).
    expect([s.segmentKv8b, s.segmentKv70b]).toEqual(['93.8 MiB', '234 MiB']);
    expect([s.pretrainHours, s.asrHours, s.asrLanguages, s.astHours, s.segmentMelFrames, s.segmentFrames]).toEqual(['15M', '230K', '34', '90K', '6,000', '1,500']);
  });

  it('one image as cross-attention K/V against tokens in the context (bf16): kvCacheBytes on both shapes', () => {
    const rows = imageCostRows();
    const [r11, r90, r405] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];
    // 11B Instruct: 6,404 tokens × 2 × 8 × 128 × 2 B = 32 KiB per token per… 8 blocks: 6,404 × 8 × 4 KiB.
    expect(r11.crossBytesMax).toBe(6_404n * 8n * 2n * 8n * 128n * 2n);
    expect(r11.tokenBytes).toBe(6_404n * 32n * 2n * 8n * 128n * 2n);
    expect(r90.tokenBytes).toBe(6_404n * 80n * 2n * 8n * 128n * 2n);
    expect(r405.imageTokens).toBe(2_308);
    expect([r405.blocksMin, r405.blocksMax]).toEqual([31, 32]);
    expect(n.table['llama32-11b-instruct']).toMatchObject({ imageTokens: '6,404', blocks: '8', crossBytes: '200 MiB', tokenBytes: '801 MiB', ratio: '4.0×', crossParams: '1.74B', contextShare: '4.9%' });
    expect(n.table['llama32-90b']).toMatchObject({ blocks: '20', crossBytes: '500 MiB', tokenBytes: '1.95 GiB', ratio: '4.0×', crossParams: '17.1B' });
    expect(n.table['paper-405b']).toMatchObject({ imageTokens: '2,308', blocks: '31–32', crossBytes: '279 MiB–289 MiB', tokenBytes: '1.11 GiB', crossParams: '98.8B–102B', contextShare: '1.8%' });
    expect([n.table['llama32-11b-instruct'].crossPerToken, n.table['llama32-11b-instruct'].tokenPerToken]).toEqual(['32 KiB', '128 KiB']);
    expect(n.kvDtypeBytes).toBe('2');
  });
});

describe('multimodal chapter numbers (Chinese formatting)', () => {
  it('same values, Chinese units', () => {
    expect([zh.vit.params, zh.vit.pairs, zh.vit.patches, zh.adapter.imageTokens]).toEqual(['6.3 亿', '25 亿', '256', '2,308']);
    expect([zh.released['11b'].totalParams, zh.released['90b'].totalParams]).toEqual(['17.4 亿', '171 亿']);
    expect(zh.speech.perSecond).toBe('12.5');
    expect(Object.keys(zh)).toEqual(Object.keys(n));
  });
});
