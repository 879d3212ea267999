// architecture-explorer's English words (the interface, with what each key is for: messages.ts).
import { MODELS } from '../../data/models';
import type { Format } from '../../lib/format';
import type { Llama3Size } from '../../lib/llama';
import { en as blocksEn } from './blockText';
import { comparedModels, type Compare } from './model';
import type { PanelWhat, StageCheck, StageData, StagePanel, ValueRange } from './stages';
import { words } from '../../i18n/react';
import { messages, type ArchitectureExplorerMessages } from './messages';

const b = blocksEn.blocks;
const tokensText = (T: number) => `${T} token${T === 1 ? '' : 's'}`;
const charactersAre = (n: number) => `${n} character${n === 1 ? ' is' : 's are'}`;
/** A range of check values with three decimals: "0.998 to 1.000", or one value when both ends print the same. */
const range = ({ lo, hi }: ValueRange, f: Format) => {
  const a = f.decimal(lo, { digits: 3 }), z = f.decimal(hi, { digits: 3 });
  return a === z ? a : `${a} to ${z}`;
};
/** A check value that should be (close to) zero: 2.2e-16 → "2.2 × 10⁻¹⁶". */
const tiny = (v: number, f: Format) => f.sci(v, { digits: 2 });
const against = (compare: Exclude<Compare, 'llama3'>, size: Llama3Size) =>
  compare === 'llama2' ? comparedModels(size).l2.name : 'the 2017 Transformer';

const stageTitle = (s: StageData) => (s.layer ? `Layer ${s.layer.n} of ${s.layer.of} · ${b[s.block].title}` : b[s.block].title);

function panelTitle(w: PanelWhat): string {
  switch (w.code) {
    case 'embedding': return 'Embedding rows x₀ = E[id]';
    case 'norm': return `RMSNorm(${w.input})`;
    case 'q': return `Queries Q = x·W_q (${w.heads} heads × ${w.headDim})`;
    case 'k': return `Keys K = x·W_k (${w.heads} heads × ${w.headDim})`;
    case 'v': return `Values V = x·W_v (${w.heads} heads × ${w.headDim})`;
    case 'qRot': return 'Queries after RoPE';
    case 'kRot': return 'Keys after RoPE';
    case 'attention': return `Attention weights, query head ${w.head} (reads key/value head ${w.kvHead})`;
    case 'heads': return 'Heads’ outputs A·V, concatenated';
    case 'attnOut': return 'Attention output = heads·W_o';
    case 'attnResidual': return 'h = x + attention output';
    case 'ffnHidden': return `SiLU(x·W₁) ⊙ (x·W₃), width ${w.width}`;
    case 'ffnOut': return 'FFN output = hidden·W₂';
    case 'layerOutput': return `Layer ${w.layer} output = h + FFN output`;
    case 'finalNorm': return 'Final RMSNorm';
    case 'logits': return 'Logits = z·W_out';
  }
}

function panelShape(p: StagePanel): string {
  const m = p.matrix;
  if (p.kind === 'attention') return `[T × T]: ${tokensText(m.rows)} (rows: queries) × ${tokensText(m.cols)} (columns: keys)`;
  const unit = p.what.code === 'logits' ? 'scores, one per vocabulary token' : 'numbers';
  return `[T × ${m.cols}]: ${tokensText(m.rows)} × ${m.cols} ${unit}`;
}

function check(c: StageCheck, f: Format): string {
  switch (c.code) {
    case 'embeddingRows':
      return `Each token id picks one row of E [${c.vocab} × ${c.dim}]; repeated characters get identical columns.`;
    case 'normRms':
      return `Root-mean-square of each token's vector before the norm: ${range(c.before, f)}; after: ${range(c.after, f)} (gain g = 1; ε = ${f.sci(c.eps, { digits: 1 })} keeps it a hair under 1).`;
    case 'gqaShapes':
      return `W_q is [${c.dim} × ${c.heads * c.headDim}] but W_k and W_v are [${c.dim} × ${c.kvHeads * c.headDim}]: ${c.kvHeads} key/value heads serve ${c.heads} query heads.`;
    case 'ropeAngles':
      return `Position 0 (BOS) is not rotated; position m turns pair i by m·θ^(−2i/${c.headDim}) radians.`;
    case 'ropeLengths':
      return `Largest change in any head vector's length: ${tiny(c.maxChange, f)} (a rotation keeps lengths).`;
    case 'attentionRows':
      return `Every row sums to 1 (largest deviation ${tiny(c.worstSum, f)}); above the diagonal the weights are exactly ${c.future === 0 ? '0' : tiny(c.future, f)}.`;
    case 'headGroup':
      return `Query head ${c.head} shares key/value head ${c.kvHead} with head${c.mates.length > 1 ? 's' : ''} ${c.mates.join(', ')}.`;
    case 'woShape':
      return `W_o is [${c.rows} × ${c.dim}]: the heads are mixed back into the model width.`;
    case 'residualRms':
      return `Root-mean-square of the stream: ${range(c.before, f)} before, ${range(c.after, f)} after the add.`;
    case 'ffnWidth':
      return `Hidden width ${c.width} comes from Meta's rule: ⌊2·4·${c.dim}/3⌋ = ${c.base}, rounded up to a multiple of 16.`;
    case 'finalRms':
      return `Root-mean-square before: ${range(c.before, f)}; after: ${range(c.after, f)}.`;
    case 'topGuess':
      return `After the last token the untrained model's top guess is “${c.label}” with ${f.percent(c.p, { digits: 1 })}; a uniform guess would be ${f.percent(c.uniform, { digits: 1 })}.`;
  }
}

export const en: ArchitectureExplorerMessages = {
  ...blocksEn,

  title: 'Inside the Llama 3 decoder',
  summary: 'The decoder stack block by block, with tensor shapes and exact parameter counts for 8B, 70B and 405B, what changed since Llama 2 and the 2017 Transformer, and a real forward pass through a micro model you can step through.',

  sizeLegend: 'Llama 3 size',
  sizes: { '8b': '8B', '70b': '70B', '405b': '405B' },
  compareLegend: 'Highlight what differs from',
  compares: { llama3: 'Nothing', llama2: 'Llama 2', transformer: 'Transformer (2017)' },
  noLlama2Peer: 'Llama 2 had no model of this size; the comparison is with its largest, 70B.',
  against,
  diffsLabel: (a) => `What differs from ${a}`,
  diffsHeading: (n, a) => `${n} blocks differ from ${a}`,
  diffItem: (block, summary, cite) => [block, `: ${summary}. `, cite],
  diagramLabel: (m) => `Decoder stack of ${m.name}: arrow keys step through the blocks`,
  layerRepeated: (layers) => `Decoder layer, repeated ${layers} times`,
  microLayer: (layer, of) => `micro pass: layer ${layer ?? '–'} of ${of}`,
  total: (total) => ['Total: ', total, ' parameters'],
  noParameters: 'no parameters',
  differs: 'Differs: ',

  about: (title) => `About: ${title}`,
  equation: 'Equation: ',
  weightsCaption: (title, m) => `Weights of ${title} in ${m.name}`,
  tensorColumns: { tensor: 'Tensor', shape: 'Shape', params: 'Parameters' },
  inLayers: (copies) => `× ${copies} layers`,
  inModel: 'In the model',
  noWeights: 'No weights: this block only computes.',
  shareOfModel: (share, total, m, f) => `${f.percent(share)} of the ${f.int(total)} parameters of ${m.name}.`,
  activations: 'Activations: ',
  comparedWith: (a) => `Compared with ${a}:`,
  source: 'Source: ',
  shapesOf: (m, cite) => [
    `Shapes of ${m.name}${m.earlier ? ` (the same as ${m.earlier.name}, ${m.earlier.date})` : ''}: `, cite, '; every count here is computed from them.',
  ],
  modelSource: (m) => m.source,

  microHeading: 'A real forward pass through a micro Llama 3',
  untrained: (strong) => [strong('Untrained weights:'), ' the point is the shapes and the flow, not the answer.'],
  microShapes: (c, weights, seed, f) =>
    `The same blocks at toy size: d = ${c.dim}, ${c.heads} query heads sharing ${c.kvHeads} key/value heads of ${c.headDim}, ` +
    `${c.layers} layers, SwiGLU width ${c.ffnDim}, θ = ${f.int(c.ropeTheta)}, ε = ${f.sci(c.normEps, { digits: 1 })}; ${c.vocab} tokens ` +
    `(lowercase letters, digits, space, punctuation); ${f.int(weights)} random weights from seed ${seed}.`,
  inputLabel: (max) => `Input text (up to ${max} characters)`,
  inputCount: (chars, max) => `${chars} of ${max} characters; the model sees BOS + ${chars} = ${chars + 1} tokens.`,
  unknownFlag: (n) => `${charactersAre(n)} not in the micro vocabulary and became <unk> (marked below).`,
  unknownAnnounce: (n) => `${charactersAre(n)} not in the micro vocabulary and became <unk>.`,
  tokens: 'Tokens',
  steps: 'Steps of the forward pass',
  step: 'Step',
  stage: 'Stage',
  stageOption: (n, block, layer) => `${n}. ${layer === null ? b[block].title : `Layer ${layer} · ${b[block].title}`}`,
  newWeights: 'New random weights',
  stageOf: (s) => `Stage ${s.index + 1} of ${s.total}:`,
  stageTitle,
  stageAnnounce: (s) => `Stage ${s.index + 1} of ${s.total}: ${stageTitle(s)}`,
  queryHead: 'Query head',
  panelTitle,
  panelShape,
  check,
  topK: (label, position, k, vocab) => `Next-token probabilities after “${label}” (position ${position}), top ${k} of ${vocab}`,

  readoutAttention: ({ query, queryLabel, key, keyLabel, weight }, f) =>
    `Query ${query} “${queryLabel}” → key ${key} “${keyLabel}”: weight ${f.decimal(weight, { digits: 4 })}${key > query ? ' (masked: a later token)' : ''}`,
  readoutActivation: ({ token, tokenLabel, place, value }, f) => {
    const where = place.kind === 'score' ? `score for “${place.label}”`
      : place.kind === 'head' ? `head ${place.head}, number ${place.number}` : `number ${place.number} of ${place.of}`;
    return `Token ${token} “${tokenLabel}”, ${where}: ${f.decimal(value, { digits: 3 })}`;
  },
  headAxis: (head) => `h${head}`,
  heatHint: 'Point at, tap or focus the map (then use the arrow keys) to read a value.',
  attentionLegend:
    'Darker = more weight (0 to 1; intensity is √weight so small weights stay visible). The shaded triangle above the diagonal is masked: later tokens.',
  activationLegend: ({ negative, positive }, scale, f) =>
    [negative, 'negative (striped), ', positive, `positive (solid); full colour = ±${f.decimal(scale, { digits: 3 })}.`],
  titled: (p) => `${panelTitle(p.what)}, ${panelShape(p)}`,
  dataSummary: (p) => `Data: ${panelTitle(p.what)}`,
  dataScroll: (p) => `${panelTitle(p.what)}, as numbers`,
  queryKey: 'Query \\ key',
  token: 'Token',

  describe: (s, f) => {
    const m = MODELS[s.model];
    const blk = s.block;
    const tensors = blk.tensors.length
      ? `${blk.tensors.map((x) => `${x.name} ${f.shape(x.shape)}`).join(', ')}; ${f.int(blk.perCopy)} parameters` +
        (blk.copies > 1 ? ` per layer, ${f.int(blk.total)} in all ${blk.copies} layers` : '')
      : 'no parameters';
    const compareText = s.compare === 'llama3'
      ? ''
      : ` Compared with ${against(s.compare, s.size)}, ${s.differing.length} blocks differ: ${s.differing.map((id) => b[id].title).join(', ')}.`;
    return `${m.name} decoder: ${s.layers} layers, ${f.int(s.total)} parameters. Focused block: ${b[blk.id].title}, ${tensors}.${compareText}`;
  },
  describeStage: ({ tokens, unknownCount, stage }, f) => {
    const unk = unknownCount ? ` ${charactersAre(unknownCount)} outside the micro vocabulary and became <unk>.` : '';
    return `Micro model forward pass over ${tokensText(tokens)} (BOS and ${tokens - 1} characters).${unk} ` +
      `Stage ${stage.index + 1} of ${stage.total}: ${stageTitle(stage)}. ${stage.checks.map((c) => check(c, f)).join(' ')}`;
  },
};

export default words(messages, 'en', en);
