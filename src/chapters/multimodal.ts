// The numbers of the multimodal chapter (content/chapters/<lang>/11-multimodal.mdx), shared by every language: each
// chapter imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself.
// Pure: facts from src/data/multimodal.ts (report §7, §8; the released Llama 3.2 Vision code) and src/data/models.ts
// (text-model shapes); every derived value from src/lib/llama (vision.ts: tiles, tokens, placements, block sizes;
// kvCache.ts: the KV-cache bytes; shape.ts: head dimension). Reference values: shared/reference/llama3-facts.md §F,
// llama3-facts-2.md §M and §N, next-chapters-design.md §0.2, §0.6, §0.8.
//
// Three kinds of number, kept apart as the chapter keeps them apart:
// - the paper's (§7 experiments: 224-px ViT pre-training, 336-px tiles, Llama 3 8B / 70B / 405B);
// - the release's (Llama 3.2 Vision 11B / 90B: 448 / 560-px tiles, 8 / 20 cross-attention blocks, Meta's code);
// - the speech facts of §8, from secondary carriers only (`secondary: true` in src/data; the page marks them ◐).
// What lives here because only this chapter needs it: the comparison of one image's cost as cross-attention K/V
// against LLaVA-style tokens in the context (plain use of kvCacheBytes on two KvShapes), and the speech token rate
// (a division of the stated frame steps).
import {
  ADAPTER_405B_PARAMS, ADAPTER_PRETRAIN_PAIRS, ANNEALING_IMAGES, CROSS_ATTENTION_EVERY, IMAGE_TOKENS_PAPER, PAPER_MAX_TILES,
  PAPER_TILE, RELEASED_VISION, RELEASED_VISION_CARD_PARAMS, SPEECH_ADAPTER, SPEECH_DATA, SPEECH_ENCODER, SPEECH_MAX_SECONDS,
  SPEECH_MELS, SPEECH_MEL_STEP_MS, SPEECH_STACK, TEXT_TOKENS_PER_IMAGE, VIDEO_ADAPTER_PARAMS, VIDEO_MAX_FRAMES,
  VIDEO_MERGE_PRETRAIN, VIDEO_MERGE_SFT, VISION_FEATURE_DIM, VIT_EPOCHS, VIT_FEATURE_LAYERS, VIT_GATED_LAYERS, VIT_PAIRS,
  VIT_LAYERS as VIT_LAYERS_FACT, VIT_PARAMS, VIT_PRETRAIN_RES, VIT_TOTAL_BLOCKS, VIT_WIDTH, VIT_WITH_GATED_PARAMS,
  type ReleasedVisionId,
} from '../data/multimodal';
import { MODELS } from '../data/models';
import type { Format } from '../lib/format';
import { DTYPES } from '../lib/llama/dtypes';
import { kvCacheBytes, type KvShape } from '../lib/llama/kvCache';
import { headDim } from '../lib/llama/shape';
import {
  MAX_TILES, VISION_PATCH, VIT_BLOCK_PARAMS, crossAttentionBlockParams, crossAttentionLayers, crossAttentionLayersHf,
  tileImage, tokensPerTile,
} from '../lib/llama/vision';

/** The element type the chapter counts cache bytes in (bf16, two bytes, as the released models run). */
export const KV_DTYPE = 'bf16' as const;

/** The ViT's layers (the code's 32); with the 8 gated ones they must make the report's 40 blocks (tested). */
const VIT_LAYERS = VIT_LAYERS_FACT.value;

/** The paper's 405B: cross-attention "after every fourth self-attention layer" of 126 gives ⌊126/4⌋ = 31 blocks
 *  (after layers 4, 8, …, 124); the released code's schedule with ⌈126/4⌉ = 32 blocks runs one more. Both bound it. */
export function paper405Blocks(): { min: number; max: number } {
  const L = MODELS['llama3-405b'].layers, every = CROSS_ATTENTION_EVERY.value;
  return { min: Math.floor(L / every), max: Math.ceil(L / every) };
}

/** The KvShape of `blocks` cross-attention layers on a text model's heads (they cache the image's K and V). */
function crossKvShape(model: keyof typeof MODELS, blocks: number): KvShape {
  const s = MODELS[model];
  return { layers: blocks, kvHeads: s.kvHeads, headDim: headDim(s) };
}

/** The KvShape of the whole text stack (every layer caches every token in the context, image tokens included). */
function textKvShape(model: keyof typeof MODELS): KvShape {
  const s = MODELS[model];
  return { layers: s.layers, kvHeads: s.kvHeads, headDim: headDim(s) };
}

export interface ImageCostRow {
  id: 'llama32-11b-instruct' | 'llama32-90b' | 'paper-405b';
  text: 'llama3-8b' | 'llama3-70b' | 'llama3-405b';
  tile: number;
  tiles: number;
  imageTokens: number;
  /** Cross-attention blocks (a range for the paper's 405B). */
  blocksMin: number;
  blocksMax: number;
  /** Bytes of K and V the image costs as cross-attention memory (per block: tokens × 2 × kvHeads × headDim × 2 B). */
  crossBytesMin: bigint;
  crossBytesMax: bigint;
  /** Bytes of K and V the same tokens cost if they sit in the context (LLaVA style): every text layer caches them. */
  tokenBytes: bigint;
  /** Parameters the cross-attention blocks add. */
  crossParamsMin: number;
  crossParamsMax: number;
  /** The projection from the encoder's 7,680-wide features to the text width (both designs need one; bias included). */
  projectionParams: number;
  /** The text model's layers and context window (the share of it the image tokens would take). */
  textLayers: number;
  context: number;
}

/** One image at its largest (four tiles) on the released 11B Instruct and 90B (560-px tiles), and the paper's 2,308 tokens on 405B. */
export function imageCostRows(): ImageCostRow[] {
  const released = RELEASED_VISION.value;
  const row = (id: ImageCostRow['id'], text: ImageCostRow['text'], tile: number, blocksMin: number, blocksMax: number): ImageCostRow => {
    const tiles = MAX_TILES;
    const imageTokens = tiles * tokensPerTile(tile);
    const s = MODELS[text];
    return {
      id, text, tile, tiles, imageTokens, blocksMin, blocksMax,
      crossBytesMin: kvCacheBytes(crossKvShape(text, blocksMin), KV_DTYPE, imageTokens),
      crossBytesMax: kvCacheBytes(crossKvShape(text, blocksMax), KV_DTYPE, imageTokens),
      tokenBytes: kvCacheBytes(textKvShape(text), KV_DTYPE, imageTokens),
      crossParamsMin: blocksMin * crossAttentionBlockParams(s),
      crossParamsMax: blocksMax * crossAttentionBlockParams(s),
      projectionParams: VISION_FEATURE_DIM.value * s.dim + s.dim,
      textLayers: s.layers,
      context: s.contextTokens,
    };
  };
  const b405 = paper405Blocks();
  return [
    row('llama32-11b-instruct', 'llama3-8b', released['llama32-11b-instruct'].tile, released['llama32-11b-instruct'].crossAttentionLayers, released['llama32-11b-instruct'].crossAttentionLayers),
    row('llama32-90b', 'llama3-70b', released['llama32-90b'].tile, released['llama32-90b'].crossAttentionLayers, released['llama32-90b'].crossAttentionLayers),
    row('paper-405b', 'llama3-405b', PAPER_TILE.value, b405.min, b405.max),
  ];
}

/** Speech: mel frame step × stacking = encoder frame; × the adapter's stride = one LM token. Rates follow. */
export function speechTimeline() {
  const melMs = SPEECH_MEL_STEP_MS.value;
  const frameMs = melMs * SPEECH_STACK.value;
  const tokenMs = frameMs * SPEECH_ADAPTER.value.stride;
  const perSecond = 1000 / tokenMs;
  return { melMs, frameMs, tokenMs, perSecond, perMinute: perSecond * 60, perSegment: perSecond * SPEECH_MAX_SECONDS.value };
}

/** Everything the chapter prints, formatted with `f`, and the raw values behind it (`raw`, for tests and wording). */
export function multimodalNumbers(f: Format) {
  const b = (x: number) => f.short(x, { digits: 2, trim: true });
  const b3 = (x: number) => f.short(x, { digits: 3, trim: true });
  const released = RELEASED_VISION.value;

  // ——— The image encoder (§7.2) ———
  const vitSide = VIT_PRETRAIN_RES.value / VISION_PATCH;
  const vitPatches = vitSide ** 2;
  const featureSources = VIT_FEATURE_LAYERS.value.length + 1;

  // ——— The paper's tiles and tokens (§7.3–7.4) ———
  const paperSide = PAPER_TILE.value / VISION_PATCH;
  const paperTileTokens = tokensPerTile(PAPER_TILE.value);
  const paperImageTokens = PAPER_MAX_TILES.value * paperTileTokens;

  // ——— The 405B adapter against the report's ≈100B ———
  const b405 = paper405Blocks();
  const block405 = crossAttentionBlockParams(MODELS['llama3-405b']);

  // ——— The released models ———
  const rel = (id: ReleasedVisionId) => {
    const r = released[id];
    const s = MODELS[r.text];
    const meta = crossAttentionLayers(s.layers, r.crossAttentionLayers);
    const hf = crossAttentionLayersHf(s.layers, r.crossAttentionLayers);
    const blockParams = crossAttentionBlockParams(s);
    return {
      raw: { tile: r.tile, blocks: r.crossAttentionLayers, meta, hf, blockParams, total: r.crossAttentionLayers * blockParams },
      tile: f.int(r.tile),
      tileSide: f.int(r.tile / VISION_PATCH),
      tileTokens: f.int(tokensPerTile(r.tile)),
      imageTokens: f.int(MAX_TILES * tokensPerTile(r.tile)),
      blocks: f.int(r.crossAttentionLayers),
      textLayers: f.int(s.layers),
      /** HF's interleaved stack: text layers + cross-attention layers. */
      hfStack: f.int(s.layers + r.crossAttentionLayers),
      metaLayers: meta.map((x) => f.int(x)),
      hfLayers: hf.map((x) => f.int(x)),
      metaFirst: f.int(meta[0]!), metaLast: f.int(meta.at(-1)!),
      hfFirst: f.int(hf[0]!), hfSecond: f.int(hf[1]!), hfLast: f.int(hf.at(-1)!),
      blockParams: f.int(blockParams),
      totalParams: b3(r.crossAttentionLayers * blockParams),
    };
  };
  const [r11, r11i, r90] = (['llama32-11b', 'llama32-11b-instruct', 'llama32-90b'] as const).map(rel) as [ReturnType<typeof rel>, ReturnType<typeof rel>, ReturnType<typeof rel>];
  const strip = ({ raw: _raw, ...rest }: ReturnType<typeof rel>) => rest;

  // ——— A tiling worked example: a 4:3 photo (4,000 × 3,000 px) at 560-px tiles (the lib's test case) ———
  const photo = { width: 4000, height: 3000 };
  const photoTiling = tileImage(photo.width, photo.height, released['llama32-90b'].tile);

  // ——— Cross-attention against tokens in the context ———
  const rows = imageCostRows();
  const bytes = (x: bigint) => f.bytes(x);
  const range = (lo: string, hi: string) => (lo === hi ? lo : `${lo}–${hi}`);
  const table = Object.fromEntries(rows.map((r) => [r.id, {
    tile: f.int(r.tile),
    tiles: f.int(r.tiles),
    imageTokens: f.int(r.imageTokens),
    blocks: range(f.int(r.blocksMin), f.int(r.blocksMax)),
    textLayers: f.int(r.textLayers),
    crossBytes: range(bytes(r.crossBytesMin), bytes(r.crossBytesMax)),
    tokenBytes: bytes(r.tokenBytes),
    /** How many times more cache the tokens-in-context design holds for the image (L / blocks). */
    /** Cache bytes per image token: in the cross-attention blocks, and in the whole text stack. */
    crossPerToken: range(bytes(r.crossBytesMin / BigInt(r.imageTokens)), bytes(r.crossBytesMax / BigInt(r.imageTokens))),
    tokenPerToken: bytes(r.tokenBytes / BigInt(r.imageTokens)),
    kvHeads: f.int(MODELS[r.text].kvHeads),
    headDim: f.int(headDim(MODELS[r.text])),
    ratio: range(f.ratio(Number(r.tokenBytes) / Number(r.crossBytesMax), { digits: 1 }), f.ratio(Number(r.tokenBytes) / Number(r.crossBytesMin), { digits: 1 })),
    crossParams: range(b3(r.crossParamsMin), b3(r.crossParamsMax)),
    projectionParams: b3(r.projectionParams),
    contextShare: f.percent(r.imageTokens / r.context, { digits: 1 }),
    context: f.binaryShort(r.context),
  }])) as Record<ImageCostRow['id'], {
    tile: string; tiles: string; imageTokens: string; blocks: string; textLayers: string; crossBytes: string; tokenBytes: string;
    crossPerToken: string; tokenPerToken: string; kvHeads: string; headDim: string; ratio: string; crossParams: string; projectionParams: string; contextShare: string; context: string;
  }>;

  // ——— Speech (◐: secondary carriers) ———
  const sp = speechTimeline();
  const enc = SPEECH_ENCODER.value;

  // ——— Video ———
  const video = {
    maxFrames: VIDEO_MAX_FRAMES.value,
    mergePretrain: VIDEO_MERGE_PRETRAIN.value,
    mergeSft: VIDEO_MERGE_SFT.value,
  };

  const raw = {
    vitSide, vitPatches, featureSources, paperSide, paperTileTokens, paperImageTokens, b405, block405,
    r11: r11.raw, r11i: r11i.raw, r90: r90.raw, rows, speech: sp, photoTiling,
  };

  return {
    raw,

    // ——— Image encoder (§7.2) ———
    vit: {
      params: b(VIT_PARAMS.value),
      pairs: b(VIT_PAIRS.value),
      epochs: f.int(VIT_EPOCHS.value),
      res: f.int(VIT_PRETRAIN_RES.value),
      patch: f.int(VISION_PATCH),
      side: f.int(vitSide),
      patches: f.int(vitPatches),
      /** The paper's 1-based feature layers 4, 8, 16, 24, 31 (the code's 0-based 3, 7, 15, 23, 30). */
      featureLayers: VIT_FEATURE_LAYERS.value.map((x) => f.int(x)),
      featureLayersCode: VIT_FEATURE_LAYERS.value.map((x) => f.int(x - 1)),
      /** Five intermediate layers plus the final one. */
      featureSources: f.int(featureSources),
      intermediate: f.int(VIT_FEATURE_LAYERS.value.length),
      width: f.int(VIT_WIDTH.value),
      featureDim: f.int(VISION_FEATURE_DIM.value),
      /** The check: (5 + 1) × 1,280 = 7,680. */
      featureDimCheck: featureSources * VIT_WIDTH.value === VISION_FEATURE_DIM.value,
      layers: f.int(VIT_LAYERS),
      gatedLayers: f.int(VIT_GATED_LAYERS.value),
      totalBlocks: f.int(VIT_TOTAL_BLOCKS.value),
      withGatedParams: b(VIT_WITH_GATED_PARAMS.value),
      /** One ViT-H/14 block from the code's shapes, and 32 of them (derived: the paper's "630M"). */
      blockParams: f.int(VIT_BLOCK_PARAMS),
      blocks32Params: f.short(VIT_LAYERS * VIT_BLOCK_PARAMS, { digits: 4 }),
    },

    // ——— Cross-attention adapter, the paper (§7.2–7.4) ———
    adapter: {
      every: f.int(CROSS_ATTENTION_EVERY.value),
      params405: b(ADAPTER_405B_PARAMS.value),
      layers405: f.int(MODELS['llama3-405b'].layers),
      blocks405Min: f.int(b405.min),
      blocks405Max: f.int(b405.max),
      /** The last layer a block follows when one follows every fourth of 126 (4, 8, …, 124). */
      after405Last: f.int(b405.min * CROSS_ATTENTION_EVERY.value),
      block405: b3(block405),
      total405Min: f.short(b405.min * block405, { digits: 3 }),
      total405Max: f.short(b405.max * block405, { digits: 4 }),
      pretrainPairs: b(ADAPTER_PRETRAIN_PAIRS.value),
      annealingImages: b(ANNEALING_IMAGES.value),
      tile: f.int(PAPER_TILE.value),
      maxTiles: f.int(PAPER_MAX_TILES.value),
      tileSide: f.int(paperSide),
      tilePatches: f.int(paperSide ** 2),
      tileTokens: f.int(paperTileTokens),
      /** 4 × (24² + 1), derived; must equal the report's 2,308. */
      imageTokens: f.int(paperImageTokens),
      imageTokensReport: f.int(IMAGE_TOKENS_PAPER.value),
      textTokens: f.int(TEXT_TOKENS_PER_IMAGE.value),
      /** Image tokens per text token in a pre-training pair (2,308 / 192). */
      imageTextRatio: f.decimal(IMAGE_TOKENS_PAPER.value / TEXT_TOKENS_PER_IMAGE.value, { digits: 0 }),
    },

    // ——— The released Llama 3.2 Vision (llama-models sku_list and model.py) ———
    released: {
      '11b': strip(r11),
      '11bInstruct': strip(r11i),
      '90b': strip(r90),
      card11b: f.decimal(RELEASED_VISION_CARD_PARAMS.value['11b'] / 1e9, { digits: 1 }),
      card90b: f.decimal(RELEASED_VISION_CARD_PARAMS.value['90b'] / 1e9, { digits: 1 }),
      maxTiles: f.int(MAX_TILES),
    },

    /** The tiling worked example: 4,000 × 3,000 at 560 px. */
    photo: {
      width: f.int(photo.width), height: f.int(photo.height),
      across: f.int(photoTiling.across), down: f.int(photoTiling.down),
      resizedWidth: f.int(photoTiling.width), resizedHeight: f.int(photoTiling.height),
      canvasWidth: f.int(photoTiling.canvasWidth), canvasHeight: f.int(photoTiling.canvasHeight),
      padding: f.percent(photoTiling.padding, { digits: 0 }),
      tokens: f.int(photoTiling.tiles * tokensPerTile(released['llama32-90b'].tile)),
    },

    // ——— Video (§7.2, §7.4, §7.5.2) ———
    video: {
      maxFrames: f.int(video.maxFrames),
      mergePretrain: f.int(video.mergePretrain),
      mergeSft: f.int(video.mergeSft),
      /** Effective frames: 16 → 1 in pre-training; 64 / 32 = 2 in SFT. */
      effectivePretrain: f.int(video.mergePretrain / video.mergePretrain),
      effectiveSft: f.int(video.maxFrames / video.mergeSft),
      paramsSmall: b(VIDEO_ADAPTER_PARAMS.value.small),
      paramsLarge: b(VIDEO_ADAPTER_PARAMS.value.large),
      /** The same in billions, as the report prints them ("0.6B and 4.6B"): numbers only, the unit is the prose's. */
      paramsSmallBillions: f.decimal(VIDEO_ADAPTER_PARAMS.value.small / 1e9, { digits: 1 }),
      paramsLargeBillions: f.decimal(VIDEO_ADAPTER_PARAMS.value.large / 1e9, { digits: 1 }),
    },

    // ——— Speech (§8, ◐ secondary carriers) ———
    speech: {
      mels: f.int(SPEECH_MELS.value),
      melMs: f.int(sp.melMs),
      stack: f.int(SPEECH_STACK.value),
      frameMs: f.int(sp.frameMs),
      stride: f.int(SPEECH_ADAPTER.value.stride),
      kernel: f.int(SPEECH_ADAPTER.value.kernel),
      tokenMs: f.int(sp.tokenMs),
      perSecond: f.decimal(sp.perSecond, { digits: 1, trim: true }),
      perMinute: f.int(sp.perMinute),
      maxSeconds: f.int(SPEECH_MAX_SECONDS.value),
      perSegment: f.int(sp.perSegment),
      encoderParams: b(enc.params),
      encoderLayers: f.int(enc.layers),
      encoderDim: f.int(enc.dim),
      encoderHeads: f.int(enc.heads),
      adapterParams: b(SPEECH_ADAPTER.value.params),
      pretrainHours: b(SPEECH_DATA.value.pretrainHours),
      asrHours: b(SPEECH_DATA.value.asrHours),
      asrLanguages: f.int(SPEECH_DATA.value.asrLanguages),
      astHours: b(SPEECH_DATA.value.astHours),
      /** Mel frames in the 60-s segment (one per 10 ms) and the encoder frames (per 40 ms). */
      segmentMelFrames: f.int((SPEECH_MAX_SECONDS.value * 1000) / sp.melMs),
      segmentFrames: f.int((SPEECH_MAX_SECONDS.value * 1000) / sp.frameMs),
      /** The 60-s segment's 750 tokens sit in the context: their K/V in every layer of the 8B and 70B (bf16). */
      segmentKv8b: f.bytes(kvCacheBytes(textKvShape('llama3-8b'), KV_DTYPE, sp.perSegment)),
      segmentKv70b: f.bytes(kvCacheBytes(textKvShape('llama3-70b'), KV_DTYPE, sp.perSegment)),
    },

    // ——— One image, cross-attention against tokens in the context (bf16) ———
    kvDtypeBytes: f.int(DTYPES[KV_DTYPE].bits / 8),
    table,
  };
}
