// architecture-explorer's words in Chinese (messages.ts says what each key is; the words about the blocks are in
// blockText.zh.ts). Terms from src/i18n/glossary.ts, and the widget's own choices listed at the top of
// blockText.zh.ts (残差流, 键值头, 查询头, 前置归一化, 均方根 …). Other choices:
// - "block" (a box of the diagram) is 模块; "stage" of the micro pass 阶段; "micro model" 微型模型.
// - Lists of block titles are separated by ；, since titles such as “Q、K、V 投影” hold 、 themselves.
// - Chinese has no plural: the English `n === 1 ? … : …` forms collapse into one, with a measure word.
// - Where a name or a title that may begin or end in Latin letters ("RMSNorm", "Llama 3.1 8B") meets Chinese
//   text, `cj` puts the half-width space between them that Chinese technical typography wants.
import { MODELS } from '../../data/models';
import type { Format } from '../../lib/format';
import type { Llama3Size } from '../../lib/llama';
import { zh as blocksZh } from './blockText.zh';
import { citeZh, dateZh } from '../../i18n/dataZh';
import { messages, type ArchitectureExplorerMessages } from './messages';
import { words } from '../../i18n/react';
import { comparedModels, type Compare } from './model';
import type { PanelWhat, StageCheck, StageData, StagePanel, ValueRange } from './stages';

const LATIN_END = /[A-Za-z0-9)\]>%]$/;
const LATIN_START = /^[A-Za-z0-9([<]/;
const CJK_END = /[\u3400-\u9fff]$/;
const CJK_START = /^[\u3400-\u9fff]/;
/** a + b, with a space where Latin letters or digits meet Chinese characters. */
function joinCjk(a: string, b: string): string {
  if ((LATIN_END.test(a) && CJK_START.test(b)) || (CJK_END.test(a) && LATIN_START.test(b))) return `${a} ${b}`;
  return a + b;
}
/** A template whose interpolations are spaced from Chinese text as Chinese typography wants. */
function cj(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!;
  values.forEach((v, i) => { out = joinCjk(joinCjk(out, String(v)), strings[i + 1]!); });
  return out;
}

const b = blocksZh.blocks;
/** A range of check values with three decimals: "0.998 至 1.000", or one value when both ends print the same. */
const range = ({ lo, hi }: ValueRange, f: Format) => {
  const a = f.decimal(lo, { digits: 3 }), z = f.decimal(hi, { digits: 3 });
  return a === z ? a : `${a} 至 ${z}`;
};
/** A check value that should be (close to) zero: 2.2e-16 → "2.2 × 10⁻¹⁶". */
const tiny = (v: number, f: Format) => f.sci(v, { digits: 2 });
const against = (compare: Exclude<Compare, 'llama3'>, size: Llama3Size) =>
  compare === 'llama2' ? comparedModels(size).l2.name : '2017 年的 Transformer';

const stageTitle = (s: StageData) => (s.layer ? cj`第 ${s.layer.n} 层（共 ${s.layer.of} 层）· ${b[s.block].title}` : b[s.block].title);
const stageNumber = (s: StageData) => `第 ${s.index + 1} 个阶段（共 ${s.total} 个）`;
const unknownChars = (n: number) => `有 ${n} 个字符不在微型词表中，已变成 <unk>`;

function panelTitle(w: PanelWhat): string {
  switch (w.code) {
    case 'embedding': return '嵌入行 x₀ = E[id]';
    case 'norm': return `RMSNorm(${w.input})`;
    case 'q': return `查询 Q = x·W_q（${w.heads} 个头 × ${w.headDim}）`;
    case 'k': return `键 K = x·W_k（${w.heads} 个头 × ${w.headDim}）`;
    case 'v': return `值 V = x·W_v（${w.heads} 个头 × ${w.headDim}）`;
    case 'qRot': return '施加 RoPE 后的查询';
    case 'kRot': return '施加 RoPE 后的键';
    case 'attention': return `注意力权重：查询头 ${w.head}（读取键值头 ${w.kvHead}）`;
    case 'heads': return '各头的输出 A·V，拼接后';
    case 'attnOut': return '注意力输出 = heads·W_o';
    case 'attnResidual': return 'h = x + 注意力输出';
    case 'ffnHidden': return `SiLU(x·W₁) ⊙ (x·W₃)，宽度 ${w.width}`;
    case 'ffnOut': return 'FFN 输出 = hidden·W₂';
    case 'layerOutput': return `第 ${w.layer} 层输出 = h + FFN 输出`;
    case 'finalNorm': return '最终 RMSNorm';
    case 'logits': return 'logits = z·W_out';
  }
}

function panelShape(p: StagePanel): string {
  const m = p.matrix;
  if (p.kind === 'attention') return `[T × T]：${m.rows} 个 token（行：查询）× ${m.cols} 个 token（列：键）`;
  const unit = p.what.code === 'logits' ? '个分数，词表中每个 token 一个' : '个数';
  return `[T × ${m.cols}]：${m.rows} 个 token × ${m.cols} ${unit}`;
}

function check(c: StageCheck, f: Format): string {
  switch (c.code) {
    case 'embeddingRows':
      return `每个 token id 从 E [${c.vocab} × ${c.dim}] 中取出一行；相同的字符得到完全相同的列。`;
    case 'normRms':
      return `归一化前，每个 token 向量的均方根为 ${range(c.before, f)}；归一化后为 ${range(c.after, f)}（增益 g = 1；ε = ${f.sci(c.eps, { digits: 1 })} 使它略低于 1）。`;
    case 'gqaShapes':
      return `W_q 为 [${c.dim} × ${c.heads * c.headDim}]，而 W_k 和 W_v 为 [${c.dim} × ${c.kvHeads * c.headDim}]：${c.kvHeads} 个键值头服务 ${c.heads} 个查询头。`;
    case 'ropeAngles':
      return `位置 0（BOS）不旋转；位置 m 把第 i 对坐标旋转 m·θ^(−2i/${c.headDim}) 弧度。`;
    case 'ropeLengths':
      return `各个头向量长度的最大变化：${tiny(c.maxChange, f)}（旋转不改变长度）。`;
    case 'attentionRows':
      return `每一行的和都是 1（最大偏差 ${tiny(c.worstSum, f)}）；对角线上方的权重恰好为 ${c.future === 0 ? '0' : tiny(c.future, f)}。`;
    case 'headGroup':
      return `查询头 ${c.head} 与查询头 ${c.mates.join('、')} 共用键值头 ${c.kvHead}。`;
    case 'woShape':
      return `W_o 为 [${c.rows} × ${c.dim}]：各头的输出在这里混合，映射回模型宽度。`;
    case 'residualRms':
      return `残差流的均方根：相加前为 ${range(c.before, f)}，相加后为 ${range(c.after, f)}。`;
    case 'ffnWidth':
      return `隐藏层宽度 ${c.width} 来自 Meta 的规则：⌊2·4·${c.dim}/3⌋ = ${c.base}，再向上取整到 16 的倍数。`;
    case 'finalRms':
      return `归一化前的均方根为 ${range(c.before, f)}；归一化后为 ${range(c.after, f)}。`;
    case 'topGuess':
      return `在最后一个 token 之后，未训练模型的首选是“${c.label}”，概率为 ${f.percent(c.p, { digits: 1 })}；均匀猜测的概率是 ${f.percent(c.uniform, { digits: 1 })}。`;
  }
}

export const zh: ArchitectureExplorerMessages = {
  ...blocksZh,

  title: 'Llama 3 解码器内部',
  summary: '逐个模块拆解解码器堆叠：8B、70B 和 405B 的张量形状与精确参数量，相比 Llama 2 和 2017 年的 Transformer 有哪些变化，还可以在一个微型模型上逐步执行一次真实的前向传播。',

  sizeLegend: 'Llama 3 规模',
  sizes: { '8b': '8B', '70b': '70B', '405b': '405B' },
  compareLegend: '对比并高亮差异',
  compares: { llama3: '不对比', llama2: 'Llama 2', transformer: 'Transformer（2017）' },
  noLlama2Peer: 'Llama 2 没有这个规模的模型，这里与它最大的 70B 模型对比。',
  against,
  diffsLabel: (a) => `与 ${a} 的差异`,
  diffsHeading: (n, a) => `与 ${a} 相比，有 ${n} 个模块不同`,
  diffItem: (block, summary, cite) => [block, `：${summary}。`, cite],
  diagramLabel: (m) => `${m.name} 的解码器堆叠：用方向键逐个浏览模块`,
  layerRepeated: (layers) => `解码器层，重复 ${layers} 次`,
  microLayer: (layer, of) => `微型前向传播：第 ${layer ?? '–'} 层（共 ${of} 层）`,
  total: (total) => ['总计：', total, ' 个参数'],
  noParameters: '无参数',
  differs: '有差异：',

  about: (title) => `关于：${title}`,
  equation: '公式：',
  weightsCaption: (title, m) => cj`${m.name} 中${title}的权重`,
  tensorColumns: { tensor: '张量', shape: '形状', params: '参数量' },
  inLayers: (copies) => `× ${copies} 层`,
  inModel: '全模型',
  noWeights: '没有权重：这个模块只做计算。',
  shareOfModel: (share, total, m, f) => `占 ${m.name} 全部 ${f.int(total)} 个参数的 ${f.percent(share)}。`,
  activations: '激活：',
  comparedWith: (a) => `与 ${a} 相比：`,
  source: '来源：',
  shapesOf: (m, cite) => [
    `${m.name} 的形状${m.earlier ? `（与 ${dateZh(m.earlier.date)}发布的 ${m.earlier.name} 相同）` : ''}：`, cite, '；这里的每个数都由这些形状算出。',
  ],
  // src/data/models.ts writes one source for every Llama 3 size ("Report Table 3; Meta llama-models args (128,256
  // embedding rows)"); another model's note is shown as written there.
  modelSource: (m) => citeZh(m.source),

  microHeading: '在微型 Llama 3 上跑一次真实的前向传播',
  untrained: (strong) => [strong('权重未经训练：'), '要看的是形状和数据的流向，而不是输出的答案。'],
  microShapes: (c, weights, seed, f) =>
    `同样的模块，玩具尺寸：d = ${c.dim}，${c.heads} 个查询头共用 ${c.kvHeads} 个键值头，每个头 ${c.headDim} 维；` +
    `${c.layers} 层，SwiGLU 宽度 ${c.ffnDim}，θ = ${f.int(c.ropeTheta)}，ε = ${f.sci(c.normEps, { digits: 1 })}；${c.vocab} 个 token` +
    `（小写字母、数字、空格和标点）；${f.int(weights)} 个随机权重，随机种子为 ${seed}。`,
  inputLabel: (max) => `输入文本（最多 ${max} 个字符）`,
  inputCount: (chars, max) => `${chars} / ${max} 个字符；模型看到的是 BOS + ${chars} = ${chars + 1} 个 token。`,
  unknownFlag: (n) => `${unknownChars(n)}（已在下方标出）。`,
  unknownAnnounce: (n) => `${unknownChars(n)}。`,
  tokens: 'token 序列',
  steps: '前向传播的步骤',
  step: '下一步',
  stage: '阶段',
  stageOption: (n, block, layer) => `${n}. ${layer === null ? b[block].title : cj`第 ${layer} 层 · ${b[block].title}`}`,
  newWeights: '换一组随机权重',
  stageOf: (s) => `${stageNumber(s)}：`,
  stageTitle,
  stageAnnounce: (s) => `${stageNumber(s)}：${stageTitle(s)}`,
  queryHead: '查询头',
  panelTitle,
  panelShape,
  check,
  topK: (label, position, k, vocab) => `“${label}”（位置 ${position}）之后下一个 token 的概率：${vocab} 个中的前 ${k} 个`,

  readoutAttention: ({ query, queryLabel, key, keyLabel, weight }, f) =>
    `查询 ${query}“${queryLabel}”→ 键 ${key}“${keyLabel}”：权重 ${f.decimal(weight, { digits: 4 })}${key > query ? '（已屏蔽：这是后面的 token）' : ''}`,
  readoutActivation: ({ token, tokenLabel, place, value }, f) => {
    const where = place.kind === 'score' ? `“${place.label}”的分数`
      : place.kind === 'head' ? `头 ${place.head} 的第 ${place.number} 个数` : `第 ${place.number} 个数（共 ${place.of} 个）`;
    return `token ${token}“${tokenLabel}”，${where}：${f.decimal(value, { digits: 3 })}`;
  },
  headAxis: (head) => `h${head}`,
  heatHint: '把指针移到热力图上、轻触它，或让它获得焦点（再用方向键移动），即可读出数值。',
  attentionLegend:
    '颜色越深，权重越大（0 到 1；颜色强度取 √权重，小权重也看得见）。对角线上方的阴影三角形被屏蔽：那里是后面的 token。',
  activationLegend: ({ negative, positive }, scale, f) =>
    [negative, '负值（条纹），', positive, `正值（实色）；满色 = ±${f.decimal(scale, { digits: 3 })}。`],
  titled: (p) => `${panelTitle(p.what)}，${panelShape(p)}`,
  dataSummary: (p) => `数据：${panelTitle(p.what)}`,
  dataScroll: (p) => cj`${panelTitle(p.what)}的数值`,
  queryKey: '查询 \\ 键',
  token: 'token',

  describe: (s, f) => {
    const m = MODELS[s.model];
    const blk = s.block;
    const tensors = blk.tensors.length
      ? `${blk.tensors.map((x) => `${x.name} ${f.shape(x.shape)}`).join('、')}；` +
        (blk.copies > 1 ? `每层 ${f.int(blk.perCopy)} 个参数，${blk.copies} 层共 ${f.int(blk.total)} 个` : `${f.int(blk.perCopy)} 个参数`)
      : '无参数';
    const compareText = s.compare === 'llama3'
      ? ''
      : `与 ${against(s.compare, s.size)} 相比，有 ${s.differing.length} 个模块不同：${s.differing.map((id) => b[id].title).join('；')}。`;
    return `${m.name} 解码器：${s.layers} 层，${f.int(s.total)} 个参数。当前模块：${b[blk.id].title}，${tensors}。${compareText}`;
  },
  describeStage: ({ tokens, unknownCount, stage }, f) => {
    const unk = unknownCount ? `${unknownChars(unknownCount)}。` : '';
    return `微型模型对 ${tokens} 个 token（BOS 和 ${tokens - 1} 个字符）做前向传播。${unk}` +
      `${stageNumber(stage)}：${stageTitle(stage)}。${stage.checks.map((c) => check(c, f)).join('')}`;
  },
};

export default words(messages, 'zh', zh);
