// vision-adapter's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { wholeNumberError } from '../../components/kit/messages.zh';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { ADAPTER_405B_PARAMS, IMAGE_TOKENS_PAPER } from '../../data/multimodal';
import { messages, type VisionAdapterMessages } from './messages';
import { LIMITS, PAPER_TILES_MAX, presetOf, type VisionModelId, type VisionResult } from './model';

const NAME: Record<VisionModelId, string> = {
  'paper-8b': 'Llama 3 8B（论文设定）',
  'paper-70b': 'Llama 3 70B（论文设定）',
  'paper-405b': 'Llama 3 405B（论文设定）',
  'llama32-11b': 'Llama 3.2 11B 视觉版（Vision）',
  'llama32-11b-instruct': 'Llama 3.2 11B 视觉指令版（Vision Instruct）',
  'llama32-90b': 'Llama 3.2 90B 视觉版（Vision）',
};
const px = (n: number, f: Format) => `${f.int(n)} 像素`;
const size = (w: number, h: number, f: Format) => `${f.int(w)} × ${f.int(h)} 像素`;
const list = (xs: readonly number[], f: Format) => xs.map((x) => f.int(x)).join('、');
const scaleOf = (r: VisionResult) => r.tiling.width / r.image.width;

export const zh: VisionAdapterMessages = {
  title: '图像如何接入 Llama 3',
  summary: '论文中的 Llama 3 与已发布的 Llama 3.2 视觉版（Vision）把一张图切成几个图块、多少图像块与 token，门控交叉注意力层插在哪里、增加多少参数，以及与 LLaVA 式把图像 token 放进上下文相比的显存开销。',

  modelLabel: '模型',
  modelOption: (id, p, f) => `${NAME[id]} · 图块边长 ${px(p.tile, f)}`,
  imageLabel: '图像',
  imageOption: (id, w, h, f) => ({
    custom: '自定尺寸',
    photo: `风景画（脚本绘制），${size(w, h, f)}`,
    phone: `手机截屏，${size(w, h, f)}`,
    slide: `16:9 屏幕截图，${size(w, h, f)}`,
    panorama: `全景图，${size(w, h, f)}`,
    icon: `小图标，${size(w, h, f)}`,
  })[id],
  widthLabel: '宽（像素）',
  heightLabel: '高（像素）',
  sideError: (e, f) => wholeNumberError(e.field === 'width' ? '宽' : '高', e, f),
  fileLabel: '或者量一量你自己的图片',
  fileButton: '选择图片…',
  fileHint: '只在浏览器里读取尺寸，不会上传。',
  fileError: (code, f) => ({
    decode: '这个浏览器无法把该文件当作图片读取，设置没有改变。',
    empty: '这张图片没有像素，设置没有改变。',
    tooLarge: `这张图片有一边超过 ${f.int(LIMITS.side.max)} 像素，超出本组件的上限，设置没有改变。`,
  })[code],
  fileRead: (w, h, f) => `你的图片：${size(w, h, f)}。`,
  pictureLabel: (id) => ({
    photo: '画在其中的图：一幅 4:3 的山和湖的风景，由脚本为本站绘制。',
    phone: '画在其中的图：本站中文“多模态适配器”一章的手机截屏。',
    slide: '画在其中的图：本站“分组查询注意力”一章连同其中插图的屏幕截图。',
    panorama: '画在其中的图：本站首页顶部的一条宽幅截图（深色主题）。',
    icon: '画在其中的图：本站的图标，字母 L3。',
  })[id],
  thumbCaption: '你的图片（只在这里绘制）',

  kindBadge: (p) => (p.kind === 'paper' ? '论文的实验设定（报告第 7 节）' : '已发布模型（Meta 的 llama-models 代码）'),
  kindLine: (r, f) => (r.preset.kind === 'paper'
    ? `适配器预训练时，图像被缩放到“最多四个 336 × 336 像素的图块”之内（§7.4）；文本模型取 ${r.textName} 的形状。这不是已发布的模型。`
    : `${NAME[r.preset.id]}：图块边长 ${px(r.preset.tile, f)}，在 ${r.textName} 的形状上插入 ${f.int(r.preset.blocks)} 个交叉注意力块，数据来自 Meta 发布的代码（sku_list.py），不是论文的实验设定。`),
  result: (r, f) => `${NAME[r.preset.id]}：一张 ${size(r.image.width, r.image.height, f)}的图像 → ${f.int(r.tiling.across)} × ${f.int(r.tiling.down)} 个 ${px(r.preset.tile, f)}图块，`
    + `${f.int(r.tiling.tiles)} × ${f.int(r.tokensPerTile)} = ${f.int(r.tokensPerImage)} 个图像 token；`
    + `${f.int(r.preset.blocks)} 个交叉注意力块增加 ${f.short(r.adapterParams, { digits: 3 })} 参数。`,

  tilingHeading: '图块与 token',
  tilingLabel: (r, f) => `画布：${f.int(r.tiling.across)} × ${f.int(r.tiling.down)} 个 ${px(r.preset.tile, f)}图块；图像缩放到 ${size(r.tiling.width, r.tiling.height, f)}，放在左上角，其余是填充（${f.percent(r.tiling.padding)}）。`,
  tilingLines: (r, f) => [
    `画布：横 ${f.int(r.tiling.across)} 块 × 纵 ${f.int(r.tiling.down)} 块 = ${size(r.tiling.canvasWidth, r.tiling.canvasHeight, f)}。`,
    `保持长宽比缩放到 ${size(r.tiling.width, r.tiling.height, f)}（×${f.decimal(scaleOf(r), { digits: 3, trim: true })}）；填充占画布的 ${f.percent(r.tiling.padding)}。`,
  ],
  ruleLine: (r, f) => (r.rule === 'upscaleLeast'
    ? `选择规则（出自发布的代码，报告没有写）：最多 ${f.int(PAPER_TILES_MAX)} 块的画布中，有的不用缩小就装得下这张图，于是选放大倍数最小的那个（倍数相同时取面积最小的画布），而且最多只放大到一边等于一个图块。`
    : `选择规则（出自发布的代码，报告没有写）：最多 ${f.int(PAPER_TILES_MAX)} 块的画布都装不下原尺寸的图，于是选缩小得最少的那个（倍数相同时取面积最小的画布）。`),
  keyImage: '缩放后的图像',
  keyPadding: '填充（斜线）',
  keyTile: '图块边界（虚线）',
  tokenLines: (r, f) => [
    `每个图块的图像块数：(${f.int(r.preset.tile)} / 14)² = ${f.int(r.patchesPerTile)}；加一个类别 token，每个图块 ${f.int(r.tokensPerTile)} 个 token。`,
    `每张图的 token：${f.int(r.tiling.tiles)} × ${f.int(r.tokensPerTile)} = ${f.int(r.tokensPerImage)}${r.tokensPerImage === r.maxTokensPerImage ? '（四个图块，已是上限）' : `（最多四个图块：${f.int(r.maxTokensPerImage)}）`}。`,
    ...(r.preset.kind === 'paper'
      ? [`报告说一张图有 ${f.int(r.reportTokens)} 个 token（§7.3）；四个 336 像素图块正好是 4 × ${f.int(r.tokensPerTile)} = ${f.int(r.maxTokensPerImage)}（这是推算，报告没有给出拆分）。`]
      : []),
    `对照：ViT 预训练用的是 ${px(r.pretrainRes, f)}，(${f.int(r.pretrainRes)} / 14)² = ${f.int(r.pretrainPatches)} 个图像块（§7.2）。`,
  ],

  layersHeading: (r, f) => `${f.int(r.preset.blocks)} 个交叉注意力块在 ${f.int(r.textLayers)} 个文本层中的位置`,
  stripLabel: (r, f) => `一排 ${f.int(r.textLayers)} 个自注意力层，交叉注意力块位于第 ${list(r.metaLayers, f)} 层之前（从 0 编号）。`,
  keySelf: '自注意力层（竖条）',
  keyCross: '交叉注意力块（三角）',
  metaLine: (r, f) => `Meta 代码的编号（从 0 开始，块位于这些文本层之前）：${list(r.metaLayers, f)}。`,
  hfLine: (r, f) => `Hugging Face 把它们穿插进 ${f.int(r.textLayers + r.preset.blocks)} 层的堆叠（cross_attention_layers）${r.preset.kind === 'paper' ? '，假如也这样编号' : ''}：${list(r.hfLayers, f)}。`,
  placementNote: (r, f) => (r.preset.kind === 'released'
    ? '出自发布代码的融合排布：从最顶层往下，每隔 ⌈层数 / 块数⌉ 层放一个。'
    : `报告只说“每四个自注意力层之后”（§7.2），并且流水线每一级放四个自注意力层加一个交叉注意力层（§7.3）；图中位置是把发布代码的规则用在 ${f.int(r.textLayers)} 层上。`
      + (r.preset.blocks !== r.preset.blocksLow ? `${f.int(r.textLayers)} / 4 不是整数：可能是 ${f.int(r.preset.blocksLow)} 或 ${f.int(r.preset.blocks)} 个块，图中画的是 ${f.int(r.preset.blocks)} 个。` : '')),

  paramsHeading: '这些块增加的参数',
  paramsLines: (r, f) => [
    `按 ${r.textName} 的形状，一个块（带 q、k 归一化的 GQA 注意力、SwiGLU 前馈、两个归一化、两个门）有 ${f.int(r.blockParams)} 个参数。`,
    r.preset.kind === 'released'
      ? `${f.int(r.preset.blocks)} 个块：${f.int(r.adapterParams)} ≈ ${f.short(r.adapterParams, { digits: 3 })}（模型卡上整个模型连同视觉编码器为 ${f.params(r.cardParams)}）。`
      : r.reportParams !== null
        ? `${f.int(r.preset.blocks)} 个块：${f.short(r.adapterParams, { digits: 3 })}；${f.int(r.preset.blocksLow)} 个块：${f.short(r.adapterParamsLow, { digits: 3 })}。报告写的是“约 ${f.short(r.reportParams, { digits: 3, trim: true })}”（§7.2）。`
        : `${f.int(r.preset.blocks)} 个块：${f.int(r.adapterParams)} ≈ ${f.short(r.adapterParams, { digits: 3 })}。论文没有给出 8B 和 70B 的适配器大小：这里按发布代码的块结构算出，不是报告里的数字。`,
  ],

  kvHeading: '这张图占多少 KV 显存（bf16）',
  kvLines: (r, f) => [
    `一个图像 token 在一层里：2（K 和 V）× ${f.int(r.kv.kvHeads)} 个 KV 头 × ${f.int(r.kv.headDim)} × 2 字节 = ${f.int(r.kv.perTokenPerLayer)} 字节。`,
    `交叉注意力只在它的 ${f.int(r.kv.crossLayers)} 层里存图像的 K/V；LLaVA 式把图像 token 放进上下文，全部 ${f.int(r.kv.textLayers)} 层都要缓存，还占掉上下文窗口的 ${f.int(r.tokensPerImage)} 个位置。`,
    ...(r.kv.crossTokens !== r.tokensPerImage ? [`已发布的代码把每张图都补齐到 ${f.int(r.kv.crossTokens / r.tokensPerTile)} 块、再把没用到的块遮掉，所以每个交叉注意力层缓存的是 ${f.int(r.kv.crossTokens)} 个图像 token，而不是这张图实际占的 ${f.int(r.tokensPerImage)} 个（llama-models 的 model.py）。`] : []),
  ],
  kvCrossBar: (r, f) => `交叉注意力，${f.int(r.kv.crossLayers)} 层：${f.int(r.kv.crossTokens)} × ${f.int(r.kv.perTokenPerLayer)} 字节 × ${f.int(r.kv.crossLayers)} = ${f.bytes(r.kv.cross)}`,
  kvContextBar: (r, f) => `LLaVA 式，全部 ${f.int(r.kv.textLayers)} 层：${f.int(r.tokensPerImage)} × ${f.int(r.kv.perTokenPerLayer)} 字节 × ${f.int(r.kv.textLayers)} = ${f.bytes(r.kv.inContext)}（${f.ratio(Number(r.kv.inContext) / Number(r.kv.cross))}）`,

  gateHeading: '门 = 0：块一开始就是恒等映射',
  gateLabel: '门控参数 g（取 tanh 之前）',
  gateValue: (g, f) => `${f.decimal(g, { digits: 1 })}（tanh 为 ${f.decimal(Math.tanh(g), { digits: 3 })}）`,
  gateValueText: (g, f) => `门控参数 ${f.decimal(g, { digits: 1 })}，tanh 为 ${f.decimal(Math.tanh(g), { digits: 3 })}`,
  gateResult: (g, f) => (g.maxDiff === 0
    ? `tanh(${f.decimal(g.gate, { digits: 1 })}) = ${f.decimal(g.tanh, { digits: 3 })}：两处门控更新都为零，块原样输出文本路径，最大 |差| = 0。`
    : `tanh(${f.decimal(g.gate, { digits: 1 })}) = ${f.decimal(g.tanh, { digits: 3 })}：与文本路径的最大 |差| = ${f.decimal(g.maxDiff, { digits: 4 })}。`),
  gatePictureLabel: (g, f) => `文本路径（圆点）与块输出（方块）的 ${f.int(g.text.length * (g.text[0]?.length ?? 0))} 个数值，连线表示两者之差；最大 |差| ${f.decimal(g.maxDiff, { digits: 4 })}。`,
  keyTextPath: '文本路径（圆点）',
  keyBlockOut: '块输出（方块）',
  keyDiff: '差（连线）',
  gateNote: '一个按随机种子生成权重的极小交叉注意力层（宽 8，两个查询头共用一个 KV 头），按 Meta 的 CrossAttentionTransformerBlock 计算：4 个文本位置关注 6 个图像 token，两个门都取 g。数值属于这个玩具，不是 Llama 的；但 g = 0 时的恒等性与规模无关。',
  gateTableSummary: '数据：门控演示',
  gateColumns: { entry: '位置', text: '文本路径', out: '块输出', diff: '|差|' },
  gateEntry: (row, dim, f) => `第 ${f.int(row + 1)} 个位置，第 ${f.int(dim + 1)} 维`,

  notesSummary: '算了什么，报告里没有什么',
  notes: (f) => [
    `论文的实验设定（适配器预训练用 ${px(presetOf('paper-405b').tile, f)} 图块，Llama 3 8B / 70B / 405B）和已发布的 Llama 3.2 视觉版（11B 基座 ${px(presetOf('llama32-11b').tile, f)}，11B 指令版和 90B 为 ${px(presetOf('llama32-11b-instruct').tile, f)}）是两回事，组件里分别标明。`,
    `图块选择规则、每个图块一个类别 token、交叉注意力块的结构，都出自发布的代码（llama-models 的 image_transform.py 与 model.py）；报告给出了图块、${f.int(IMAGE_TOKENS_PAPER.value)} 个 token 和 405B 的约 ${f.short(ADAPTER_405B_PARAMS.value, { digits: 3, trim: true })}，但没有说这些数怎么拆出来。`,
    'KV 显存只算图像的 K 和 V，按 bf16；文本 token 的开销两种做法相同。交叉注意力的 K、V 每张图只算一次。',
  ],
  sources: '来源：Llama 3 报告 §7.2–7.4；Meta llama-models 仓库的 sku_list.py、多模态目录下的 model.py 与 image_transform.py（提交 a9c89c4）；Hugging Face 配置中的 cross_attention_layers。计算代码：vision.ts、kvCache.ts、crossAttention.ts。',
};

export default words(messages, 'zh', zh);
