// vision-adapter's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { ADAPTER_405B_PARAMS, IMAGE_TOKENS_PAPER } from '../../data/multimodal';
import { messages, type VisionAdapterMessages } from './messages';
import { LIMITS, PAPER_TILES_MAX, presetOf, type VisionModelId, type VisionResult } from './model';

const NAME: Record<VisionModelId, string> = {
  'paper-8b': 'Llama 3 8B (paper)',
  'paper-70b': 'Llama 3 70B (paper)',
  'paper-405b': 'Llama 3 405B (paper)',
  'llama32-11b': 'Llama 3.2 11B Vision',
  'llama32-11b-instruct': 'Llama 3.2 11B Vision Instruct',
  'llama32-90b': 'Llama 3.2 90B Vision',
};
const px = (n: number, f: Format) => `${f.int(n)} px`;
const size = (w: number, h: number, f: Format) => `${f.int(w)} × ${f.int(h)} px`;
const list = (xs: readonly number[], f: Format) => xs.map((x) => f.int(x)).join(', ');
const scaleOf = (r: VisionResult) => r.tiling.width / r.image.width;
const blocks = (n: number, f: Format) => f.count(n, 'cross-attention block', 'cross-attention blocks');

export const en: VisionAdapterMessages = {
  title: 'How an image enters Llama 3',
  summary: "Tiles, patches and tokens of an image for the paper's Llama 3 models and the released Llama 3.2 Vision, where the gated cross-attention layers sit, the parameters they add, and what the image costs in memory against LLaVA-style tokens.",

  modelLabel: 'Model',
  modelOption: (id, p, f) => `${NAME[id]} · ${f.int(p.tile)}-px tiles`,
  imageLabel: 'Image',
  imageOption: (id, w, h, f) => ({
    custom: 'Your size',
    photo: `Landscape (drawn), ${size(w, h, f)}`,
    phone: `Phone screenshot, ${size(w, h, f)}`,
    slide: `Screen, 16:9, ${size(w, h, f)}`,
    panorama: `Panorama, ${size(w, h, f)}`,
    icon: `Icon, ${size(w, h, f)}`,
  })[id],
  widthLabel: 'Width (px)',
  heightLabel: 'Height (px)',
  sideError: (e, f) => wholeNumberError(e.field === 'width' ? 'Width' : 'Height', e, f),
  fileLabel: 'Or measure your own image',
  fileButton: 'Choose an image…',
  fileHint: 'Only its size is read, in your browser; nothing is uploaded.',
  fileError: (code, f) => ({
    decode: 'That file could not be read as an image by this browser. Nothing was changed.',
    empty: 'That image has no pixels. Nothing was changed.',
    tooLarge: `That image is larger than ${f.int(LIMITS.side.max)} px on a side, the most this widget takes. Nothing was changed.`,
  })[code],
  fileRead: (w, h, f) => `Your image: ${size(w, h, f)}.`,
  pictureLabel: (id) => ({
    photo: 'The picture drawn in it: a 4:3 landscape of mountains and a lake, drawn by a script for this site.',
    phone: "The picture drawn in it: a phone screenshot of this site's Chinese chapter on multimodal adapters.",
    slide: "The picture drawn in it: a screenshot of this site's chapter on grouped-query attention, with its figure.",
    panorama: "The picture drawn in it: a wide strip of the top of this site's home page, dark theme.",
    icon: "The picture drawn in it: this site's icon, the letters L3.",
  })[id],
  thumbCaption: 'Your image (drawn here only)',

  kindBadge: (p) => (p.kind === 'paper' ? "The paper's set-up (report §7)" : 'Released model (Meta’s llama-models code)'),
  kindLine: (r, f) => (r.preset.kind === 'paper'
    ? `Adapter pre-training resizes images "to fit within at most four tiles of 336 × 336 pixels" (§7.4), on ${r.textName} shapes. Not a released model.`
    : `${NAME[r.preset.id]}: ${px(r.preset.tile, f)} tiles and ${blocks(r.preset.blocks, f)} on the ${r.textName} shapes, from Meta's released code (sku_list.py) — not the paper's set-up.`),
  result: (r, f) => `${NAME[r.preset.id]}: a ${size(r.image.width, r.image.height, f)} image → ${f.int(r.tiling.across)} × ${f.int(r.tiling.down)} tiles of ${px(r.preset.tile, f)}, `
    + `${f.int(r.tiling.tiles)} × ${f.int(r.tokensPerTile)} = ${f.count(r.tokensPerImage, 'image token', 'image tokens')}; `
    + `${blocks(r.preset.blocks, f)} add ${f.short(r.adapterParams, { digits: 3 })} parameters.`,

  tilingHeading: 'Tiles and tokens',
  tilingLabel: (r, f) => `The canvas: ${f.int(r.tiling.across)} × ${f.int(r.tiling.down)} tiles of ${px(r.preset.tile, f)}, the image resized to ${size(r.tiling.width, r.tiling.height, f)} in its top-left corner, the rest padding (${f.percent(r.tiling.padding)}).`,
  tilingLines: (r, f) => [
    `Canvas: ${f.int(r.tiling.across)} across × ${f.int(r.tiling.down)} down = ${size(r.tiling.canvasWidth, r.tiling.canvasHeight, f)}.`,
    `Resized without distortion to ${size(r.tiling.width, r.tiling.height, f)} (×${f.decimal(scaleOf(r), { digits: 3, trim: true })}); padding: ${f.percent(r.tiling.padding)} of the canvas.`,
  ],
  ruleLine: (r, f) => (r.rule === 'upscaleLeast'
    ? `The rule (released code; the report states none): some canvases of up to ${f.int(PAPER_TILES_MAX)} tiles hold the image unshrunk, so the one that enlarges it least wins (ties: the smallest canvas), and it is enlarged at most until a side reaches one tile.`
    : `The rule (released code; the report states none): no canvas of up to ${f.int(PAPER_TILES_MAX)} tiles holds the image unshrunk, so the one that shrinks it least wins (ties: the smallest canvas).`),
  keyImage: 'resized image',
  keyPadding: 'padding (hatched)',
  keyTile: 'tile edges (dashed)',
  tokenLines: (r, f) => [
    `Patches per tile: (${f.int(r.preset.tile)} / 14)² = ${f.int(r.patchesPerTile)}; with one class token, ${f.int(r.tokensPerTile)} tokens per tile.`,
    `Tokens per image: ${f.int(r.tiling.tiles)} × ${f.int(r.tokensPerTile)} = ${f.int(r.tokensPerImage)}${r.tokensPerImage === r.maxTokensPerImage ? ' (four tiles: the most)' : ` (four tiles, the most: ${f.int(r.maxTokensPerImage)})`}.`,
    ...(r.preset.kind === 'paper'
      ? [`The report's ${f.int(r.reportTokens)} tokens per image (§7.3) are four 336-px tiles, 4 × ${f.int(r.tokensPerTile)} = ${f.int(r.maxTokensPerImage)} (derived: the report does not break it down).`]
      : []),
    `The ViT was pre-trained at ${px(r.pretrainRes, f)}: (${f.int(r.pretrainRes)} / 14)² = ${f.int(r.pretrainPatches)} patches (§7.2).`,
  ],

  layersHeading: (r, f) => `Where the ${blocks(r.preset.blocks, f)} sit among ${f.int(r.textLayers)} text layers`,
  stripLabel: (r, f) => `A strip of ${f.int(r.textLayers)} self-attention layers with a cross-attention block before layers ${list(r.metaLayers, f)} (0-indexed).`,
  keySelf: 'self-attention layer (bar)',
  keyCross: 'cross-attention block (triangle)',
  metaLine: (r, f) => `Meta's code (a block runs before these 0-indexed layers): ${list(r.metaLayers, f)}.`,
  hfLine: (r, f) => `Hugging Face (${f.int(r.textLayers + r.preset.blocks)} interleaved layers${r.preset.kind === 'paper' ? ', numbered as it would be' : ''}): ${list(r.hfLayers, f)}.`,
  placementNote: (r, f) => (r.preset.kind === 'released'
    ? "From the released code's fusion schedule (every ⌈layers / blocks⌉-th layer, counted from the top)."
    : `The report says "after every fourth self-attention layer" (§7.2; four self-attention layers and one cross-attention layer per pipeline stage, §7.3); the positions are the released code's rule applied to ${f.int(r.textLayers)} layers.`
      + (r.preset.blocks !== r.preset.blocksLow ? ` ${f.int(r.textLayers)} / 4 is not whole: ${f.int(r.preset.blocksLow)} or ${f.int(r.preset.blocks)} blocks; drawn: ${f.int(r.preset.blocks)}.` : '')),

  paramsHeading: 'Parameters the blocks add',
  paramsLines: (r, f) => [
    `One block on ${r.textName} shapes (GQA attention with q/k norms, SwiGLU feed-forward, two norms, two gates): ${f.int(r.blockParams)} parameters.`,
    r.preset.kind === 'released'
      ? `${f.int(r.preset.blocks)} blocks: ${f.int(r.adapterParams)} ≈ ${f.short(r.adapterParams, { digits: 3 })} (model card, the whole model with its vision encoder: ${f.params(r.cardParams)}).`
      : r.reportParams !== null
        ? `${f.int(r.preset.blocks)} blocks: ${f.short(r.adapterParams, { digits: 3 })}; ${f.int(r.preset.blocksLow)} blocks: ${f.short(r.adapterParamsLow, { digits: 3 })}. The report: "≈${f.short(r.reportParams, { digits: 3, trim: true })}" (§7.2).`
        : `${f.int(r.preset.blocks)} blocks: ${f.int(r.adapterParams)} ≈ ${f.short(r.adapterParams, { digits: 3 })}. The paper gives no adapter size for its 8B and 70B: this is computed with the released code's block design, not a figure from the report.`,
  ],

  kvHeading: 'What the image costs in KV memory (bf16)',
  kvLines: (r, f) => [
    `One image token in one layer: 2 (K and V) × ${f.int(r.kv.kvHeads)} KV heads × ${f.int(r.kv.headDim)} × 2 B = ${f.int(r.kv.perTokenPerLayer)} B. Cross-attention keeps it only in its ${f.int(r.kv.crossLayers)} layers; LLaVA-style tokens sit in the context, cached by all ${f.int(r.kv.textLayers)} layers, and take ${f.int(r.tokensPerImage)} of its positions.`,
    ...(r.kv.crossTokens !== r.tokensPerImage ? [`The released code pads every image to ${f.int(r.kv.crossTokens / r.tokensPerTile)} tiles and masks the unused ones, so each cross-attention layer caches ${f.int(r.kv.crossTokens)} image tokens, not the ${f.int(r.tokensPerImage)} this image fills (llama-models, model.py).`] : []),
  ],
  kvCrossBar: (r, f) => `Cross-attention, ${f.int(r.kv.crossLayers)} layers: ${f.int(r.kv.crossTokens)} × ${f.int(r.kv.perTokenPerLayer)} B × ${f.int(r.kv.crossLayers)} = ${f.bytes(r.kv.cross)}`,
  kvContextBar: (r, f) => `LLaVA-style, all ${f.int(r.kv.textLayers)} layers: ${f.int(r.tokensPerImage)} × ${f.int(r.kv.perTokenPerLayer)} B × ${f.int(r.kv.textLayers)} = ${f.bytes(r.kv.inContext)} (${f.ratio(Number(r.kv.inContext) / Number(r.kv.cross))})`,

  gateHeading: 'Gate = 0: the block starts as the identity',
  gateLabel: 'Gate g (the parameter, before tanh)',
  gateValue: (g, f) => `${f.decimal(g, { digits: 1 })} (tanh ${f.decimal(Math.tanh(g), { digits: 3 })})`,
  gateValueText: (g, f) => `gate ${f.decimal(g, { digits: 1 })}, tanh of gate ${f.decimal(Math.tanh(g), { digits: 3 })}`,
  gateResult: (g, f) => (g.maxDiff === 0
    ? `tanh(${f.decimal(g.gate, { digits: 1 })}) = ${f.decimal(g.tanh, { digits: 3 })}: both gated updates vanish and the block returns the text path exactly — max |difference| = 0.`
    : `tanh(${f.decimal(g.gate, { digits: 1 })}) = ${f.decimal(g.tanh, { digits: 3 })}: max |difference| from the text path = ${f.decimal(g.maxDiff, { digits: 4 })}.`),
  gatePictureLabel: (g, f) => `The ${f.int(g.text.length * (g.text[0]?.length ?? 0))} values of the text path (circles) and of the block's output (squares), joined by their difference; max |difference| ${f.decimal(g.maxDiff, { digits: 4 })}.`,
  keyTextPath: 'text path (circle)',
  keyBlockOut: 'block output (square)',
  keyDiff: 'difference (line)',
  gateNote: "A tiny seeded block (width 8, GQA 2:1) computed as Meta's CrossAttentionTransformerBlock: 4 text positions attend to 6 image tokens, both gates at g. Its numbers are the toy's, not Llama's; the identity at g = 0 holds at any size.",
  gateTableSummary: 'Data: the gate demonstration',
  gateColumns: { entry: 'Entry', text: 'Text path', out: 'Block output', diff: '|Difference|' },
  gateEntry: (row, dim, f) => `position ${f.int(row + 1)}, dim ${f.int(dim + 1)}`,

  notesSummary: 'What is counted, and what is not in the report',
  notes: (f) => [
    `The paper's set-up (${px(presetOf('paper-405b').tile, f)} tiles in adapter pre-training, Llama 3 8B / 70B / 405B) and the released Llama 3.2 Vision (${px(presetOf('llama32-11b').tile, f)} for the 11B base, ${px(presetOf('llama32-11b-instruct').tile, f)} for the 11B Instruct and the 90B) are separate: the widget labels each.`,
    `The tile choice rule, the class token per tile and the block design are the released code's (llama-models image_transform.py and model.py); the report gives the tiles, the ${f.int(IMAGE_TOKENS_PAPER.value)} tokens and the 405B's ≈${f.short(ADAPTER_405B_PARAMS.value, { digits: 3, trim: true })}, not how they decompose.`,
    'KV memory counts only the image\'s keys and values, in bf16; the text tokens cost the same either way. The cross-attention keys and values are computed once per image.',
  ],
  sources: 'Sources: Llama 3 report §7.2–7.4; Meta llama-models sku_list.py, multimodal model.py and image_transform.py @ a9c89c4; Hugging Face mllama config. Counting: src/lib/llama/vision.ts, kvCache.ts, crossAttention.ts.',
};

export default words(messages, 'en', en);
