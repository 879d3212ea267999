// The Chinese words of gqa-heads (the English catalogue and the interface are in messages.ts).
//
// Choices worth knowing:
// - Sentences say 查询头 and 键值头 (glossary: 查询, 键, 值, 注意力头); the compact places (box labels, button notes,
//   the table column, map titles) keep the English widget's K/V, as they keep q5 and the abbreviations MHA, GQA, MQA
//   (the chapter introduces each with its Chinese term).
// - "mean-pooling" is 均值池化; Ainslie et al.'s "uptraining" is 继续训练 (the English term once beside it, in the
//   data note that cites them).
// - Lists are joined with the Chinese enumeration comma 、; sentences follow each other without a space.
import type { Format } from '../../lib/format';
import { messages, type GqaHeadsMessages } from './messages';
import { words } from '../../i18n/react';
import { MAX_SEED, type AttentionKind, type GroupRange } from './model';

const heads = (n: number, f: Format, noun: string) => `${f.int(n)} 个${noun}`;
const q = (h: number) => `q${h}`;

const KIND_SHORT: Record<AttentionKind, string> = { MHA: 'MHA', GQA: 'GQA', MQA: 'MQA', single: '单头' };
const KIND_LABEL: Record<AttentionKind, string> = {
  MHA: '多头注意力（MHA）',
  MQA: '多查询注意力（MQA）',
  GQA: '分组查询注意力（GQA）',
  single: '单头（此时 MHA 与 MQA 相同）',
};

/** "键值头 0：查询头 0–3。键值头 1：查询头 4–7。" */
function groupsSentence(groups: readonly GroupRange[]): string {
  return groups.map((r) => `键值头 ${r.group}：查询头 ${r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`}。`).join('');
}

export const zh: GqaHeadsMessages = {
  title: '分组查询注意力：哪些查询头共享键和值',
  summary: '设定查询头与键值头的数量（MHA、GQA、MQA），看清每个查询头读取哪个 K/V 头；再运行真实的因果注意力，测出对 K/V 头做均值池化会让输出改变多少。',

  headsLabel: '查询头数',
  headsValue: (n, f) => heads(n, f, '查询头'),
  kvLabel: '键值头数',
  kvValue: (kv, perGroup, f) => `${heads(kv, f, '键值头')}，每个对应 ${heads(perGroup, f, '查询头')}`,
  kvHint: (n, allowed, f) => `只能取 ${f.int(n)} 的因数：${allowed.map((k) => f.int(k)).join('、')}。`,
  presetsLabel: '预设',
  presetKv: (kv, f) => `${f.int(kv)} 个 K/V 头`,
  presetModel: (name, h, kv, f) => `${name}：${f.int(h)} → ${f.int(kv)}`,
  tokensLabel: 'token 数',
  tokensValue: (n, f) => `${f.int(n)} 个 token`,
  similarityLabel: '键值头之间的相似度',
  similarityValue: (p, f) => `键值头之间的相似度为 ${f.percent(p / 100, { digits: 0 })}`,
  similarityHint: '多头注意力层中任意两个 K 头（或两个 V 头）之间的相关系数。',
  seedLabel: '随机种子',
  newSeed: '换一组随机数据',
  seedError: (failure, f) => (failure === 'tooLarge' ? `种子最大为 ${f.int(MAX_SEED)}。` : `请输入 0 到 ${f.int(MAX_SEED)} 之间的整数。`),
  // After "kvHeads = 5 → 4" or "head = 20 → 11", in the URL notice.
  adjustReason: (a, f) => {
    if (a.key === 'head') return `${f.int(a.heads)} 个查询头的编号是 0 到 ${a.to}`;
    switch (a.issue.code) {
      case 'exceedsHeads':
        return `不能超过 heads = ${f.int(a.issue.heads)}`;
      case 'notDivisor':
        return `必须是 heads = ${f.int(a.issue.heads)} 的因数，才能把查询头均分成组；最接近的因数是 ${f.int(a.to)}`;
      // Not produced here (heads and kvHeads are clamped into range first), worded for completeness.
      default:
        return `必须是 heads 的因数，才能把查询头均分成组；最接近的因数是 ${f.int(a.to)}`;
    }
  },

  kindShort: KIND_SHORT,
  mode: (s, f, strong) => (s.kind === 'single'
    ? [strong(KIND_SHORT.single), '：MHA 与 MQA 相同。']
    : [
      strong(KIND_SHORT[s.kind]), `：${heads(s.heads, f, '查询头')}读取 ${heads(s.kvHeads, f, '键值头')}，每组 ${f.int(s.groupSize)} 个。` +
      `需要缓存键和值的头：${f.int(s.heads)} 个中的 ${f.int(s.kvHeads)} 个（MHA 的 ${f.percent(s.cacheShare, { digits: 1 })}）。`,
    ]),
  diagramQueries: '查询头',
  diagramKv: '键值头（缓存）',
  queryBox: (h, wide) => (wide ? q(h) : `${h}`),
  kvBox: (g, wide) => (wide ? `K/V ${g}` : `${g}`),
  group: (r) => `K/V ${r.group}：${r.first === r.last ? q(r.first) : `${q(r.first)}–${q(r.last)}`}`,
  groupsSentence,
  shapesNote: (shapes, f, cite, code) => [
    cite('报告表 3'),
    `：${shapes.map((s) => `${s.name} ${f.int(s.heads)} → ${f.int(s.kvHeads)}`).join(' · ')}（查询头 → 键值头）。` +
    '查询头 h 所在的组为 g = ⌊h / (H/KV)⌋，与 ',
    code('repeat_kv'),
    ' 的做法一致。',
  ],

  shownLabel: '显示的查询头',
  shownValue: (h, g) => `${q(h)} → K/V ${g}`,
  shownValueText: (h, g) => `查询头 ${h}，读取键值头 ${g}`,
  gridLabel: (h) => `查询头 ${h} 的注意力权重：用自己的键和值（多头注意力），以及用均值池化后的键和值`,
  mapMha: (h) => `MHA：${q(h)} 用自己的 K/V 头 ${h}`,
  mapPooled: (h, g) => (g === null ? '池化后：不变（组内只有一个头）' : `GQA：${q(h)} 用 K/V ${g.group}，即头 ${g.first}–${g.last} 的均值`),
  mapKeys: '键 token →',
  mapQueries: '查询 token →',
  mapLegend: '每一行是一个查询 token 在各个键上的权重，一行之和为 1；颜色越浓，权重越大（平方根刻度）。' +
    '带斜线的格子是掩码：token 永远不会关注它后面的 token。',
  cell: (c, f) => {
    const where = `查询 token ${c.row}、键 token ${c.col}`;
    if (c.weights === null) return `${where}：已掩码（键在查询之后），两种情况下权重都是 0。`;
    const { mha, pooled, change } = c.weights;
    return `${where}：MHA 为 ${f.decimal(mha, { digits: 3 })}，均值池化后为 ${f.decimal(pooled, { digits: 3 })}（变化 ${f.signed(change, { digits: 3 })}）。`;
  },
  outputHeading: (h, channels, f) => `${q(h)} 的输出（每行一个 token，共 ${f.int(channels)} 个通道）`,
  stripMha: 'MHA',
  stripPooled: (unchanged) => (unchanged ? '池化后（不变）' : '均值池化的 GQA'),
  outputLegend: (headError, f, { positive, negative, strong }) => [
    positive, '正值（实心），', negative, '负值（条纹）；颜色越浓，绝对值越大。这个头的输出改变了 ',
    strong(f.percent(headError, { digits: 1 })), '。',
  ],

  errorSummary: (totalError, f, { strong, big, formula }) => (totalError === null
    ? ['每组只有一个头，均值池化不改变任何东西：输出与 MHA ', strong('完全相同'), '（0%）。']
    : ['在做任何继续训练之前，均值池化就已让所有头的注意力输出改变了 ', big(f.percent(totalError, { digits: 1 })), ' ', formula, '。']),
  barsHeading: '每个查询头的输出变化',
  dataNote: (channels, llama3, f) => [
    `这里用随机的查询、键和值代替一个训练好的层（每个头 ${f.int(channels)} 个通道；Llama 3 是 ${f.int(llama3)} 个，` +
    '即表 3 中的 d ÷ H）。热力图和误差条里的每个数字都由这些随机数据算出。Ainslie et al. 正是把每组的 K/V 头做均值池化，' +
    '将多头注意力的检查点转换成 GQA，再做继续训练（uptraining）；而 Llama 3 的模型从预训练起架构中就采用 GQA（',
    { cite: '报告 §3.2、表 3' },
    '）。',
  ],

  dataSummary: '数据：权重、输出和每个头的变化',
  changeTable: '每个查询头的输出变化（相对 Frobenius 范数）与注意力权重的最大变化',
  changeCaption: '每个查询头的输出变化（相对 Frobenius 范数），以及其任一注意力权重的最大变化',
  changeColumns: ['查询头', 'K/V 头', '输出变化', '权重最大变化'],
  weightsMha: (h) => `查询头 ${h} 的注意力权重，MHA（掩码格记为 –）`,
  weightsPooled: (h) => `查询头 ${h} 在均值池化后的注意力权重`,
  outputsTable: (h) => `查询头 ${h} 的输出：MHA / 均值池化，按 token 和通道列出`,
  queryKeyCorner: '查询 \\ 键',
  masked: '–',
  tokenColumn: 'token',
  channelColumn: (c) => `通道 ${c}`,
  outputPair: (mha, pooled) => `${mha} / ${pooled}`,

  announce: (s, f) => (s.kind === 'single'
    ? '单头：MHA 与 MQA 相同，池化不改变任何东西。'
    : `${KIND_SHORT[s.kind]}：${heads(s.heads, f, '查询头')}读取 ${heads(s.kvHeads, f, '键值头')}，每组 ${f.int(s.groupSize)} 个；` +
      `缓存的键和值是 MHA 的 ${f.percent(s.cacheShare, { digits: 1 })}。` +
      (s.groupSize === 1 ? '均值池化不改变任何东西。' : `均值池化让注意力输出改变了 ${f.percent(s.totalError, { digits: 1 })}。`)),
  describe: (s, f) => {
    const sharing = s.kind === 'single'
      ? '一个查询头，配一个自己的键值头。'
      : `${heads(s.heads, f, '查询头')}共享 ${heads(s.kvHeads, f, '键值头')}：${KIND_LABEL[s.kind]}，` +
        `每个键值头对应 ${heads(s.groupSize, f, '查询头')}。${groupsSentence(s.groups)}`;
    // A seed is a name for the random data: printed as typed, without group separators.
    const run = `在 ${f.int(s.seq)} 个随机 token 上计算因果注意力（种子 ${s.seed}，键值头之间的相似度 ${f.percent(s.similarity, { digits: 0 })}，每个头 ${f.int(s.headDim)} 个通道）：`;
    const effect = s.groupSize === 1
      ? '每组只有一个头，所以均值池化不改变任何东西，输出与多头注意力完全一致。'
      : `把每组的键值头做均值池化后，注意力输出与多头注意力相比改变了 ${f.percent(s.totalError, { digits: 1 })}（相对 Frobenius 范数），` +
        `各查询头的变化在 ${f.percent(s.headErrorRange.min, { digits: 1 })} 到 ${f.percent(s.headErrorRange.max, { digits: 1 })} 之间。`;
    return `${sharing}${run}${effect}`;
  },
};

export default words(messages, 'zh', zh);
