// vocab-tradeoff 的中文文案（英文在 messages.ts）。术语依 src/i18n/glossary.ts：词表、分词器、嵌入、
// 输出投影（英文此处写 LM head，即 glossary 的 output projection）、前馈网络、注意力头；token 不译。
// 模型名与分词器名是专名，照写；数字一律经 Format（f）输出。
// 来源注记里的报告出处写作“报告表 3”，与章节的“表 3”写法一致。
import { MODELS } from '../../data/models';
import type { Format } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { Body } from './model';
import { messages, type VocabTradeoffMessages } from './messages';
import { words } from '../../i18n/react';
import type { SampleId } from './samples';

const bodyName = (body: Body, f: Format) =>
  body.model === 'custom' ? `自定义模型（d = ${f.int(body.shape.dim)}，${f.int(body.shape.layers)} 层）` : MODELS[body.model].name;

/**
 * 句中的模型名：模型名（Llama 3.1 8B）与前后汉字之间隔一个空格，自定义模型的名字以汉字和全角括号起止，不加空格。
 * `afterText`：名字前面是汉字（不是句首或标点）。
 */
const nameIn = (body: Body, f: Format, afterText: boolean) => {
  const name = bodyName(body, f);
  return `${afterText && /^[A-Za-z0-9]/.test(name) ? ' ' : ''}${name}${/[A-Za-z0-9]$/.test(name) ? ' ' : ''}`;
};

const samples: Record<SampleId, string> = {
  english: '英文段落',
  code: '代码（TypeScript）',
  chinese: '中文段落',
  mixed: '混排：数字、中文、俄文、表情符号',
};

/** 形状字段的中文名（出错提示用）；宽度 d 与层数是本组件唯一可填的两项，其余为完整起见。 */
const FIELD_NAMES: Record<ShapeIssue['field'], string> = {
  dim: '宽度 d',
  layers: '层数',
  heads: '注意力头数',
  kvHeads: '键值头数',
  headDim: '注意力头维度',
  ffnDim: '前馈网络宽度',
  vocab: '词表大小',
};

/** “宽度 d 必须……”“层数必须……”：字段名以拉丁字母结尾时与后面的汉字隔一个空格。 */
const fieldName = (field: ShapeIssue['field']) => {
  const name = FIELD_NAMES[field];
  return /[A-Za-z0-9]$/.test(name) ? `${name} ` : name;
};

function shapeIssue(issue: ShapeIssue, f: Format): string {
  switch (issue.code) {
    case 'outOfRange':
      return `${fieldName(issue.field)}必须是 ${f.int(issue.min)} 到 ${f.int(issue.max)} 之间的整数。`;
    case 'notMultipleOfHeadDim': {
      const h = issue.headDim;
      const lower = Math.max(h, Math.floor(issue.dim / h) * h);
      return `宽度 d = ${f.int(issue.dim)} 不是 ${f.int(h)} 的整数倍（${f.int(h)} 是所有 Llama 3 模型的注意力头维度）；` +
        `可以试试 ${f.int(lower)} 或 ${f.int(lower + h)}。`;
    }
    // 本组件不会产生这几种（头数由宽度决定，键值头不超过 8 个），为完整起见也给出措辞。
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `宽度 d = ${f.int(issue.dim)} 无法均分给 ${f.int(issue.heads)} 个注意力头。`;
    case 'oddHeadDim':
      return `注意力头维度 ${f.int(issue.headDim)} 必须是偶数。`;
    case 'exceedsHeads':
    case 'notDivisor':
      return `${f.int(issue.kvHeads)} 个键值头无法把 ${f.int(issue.heads)} 个查询头分成大小相等的组。`;
  }
}

export const zh: VocabTradeoffMessages = {
  title: '更大的词表：要付出什么，又能换来什么',
  summary:
    'Llama 3 各模型的嵌入层与输出投影参数量随词表大小的变化，并在一段样本上实时测量 Llama 2、cl100k 和 Llama 3 三个分词器：' +
    '用更多的参数，换每个字符更少的 token。',
  bodyName,
  customSource: '你设定的宽度和层数；注意力头为 128 维、键值头 8 个，与报告表 3 相同；前馈网络宽度按 Meta llama-models 代码中 8B 模型的规则计算',
  tokenizerCite: {
    llama2: 'Meta llama 代码（tokenizer.model）',
    cl100k: 'OpenAI tiktoken（cl100k_base 的序号 0–100,255）',
    llama3: '报告表 3 中的 128,000 个，加上 Meta llama-models 代码中的 256 个特殊 token',
  },
  samples,

  model: '模型',
  width: '宽度 d',
  layers: '层数',
  sample: '样本文本',
  customNote: (s, h, f) =>
    `${f.int(s.heads)} 个注意力头（每个 ${f.int(h)} 维），${f.int(s.kvHeads)} 个键值头，SwiGLU 宽度 ${f.int(s.ffnDim)}（按 Llama 3 8B 的规则）。`,
  vocabSlider: '词表大小 V',
  vocabValue: (v, f) => `${f.int(v)} 行`,
  vocabValueText: (v, f) => `嵌入矩阵 ${f.int(v)} 行`,
  exactVocab: 'V 的精确值',
  picks: '跳到某个分词器的词表大小',

  readout: ({ params, share }, c, body, f) => [
    params, ` 个参数在嵌入层和输出投影中：2 × ${f.int(c.vocab)} × ${f.int(body.shape.dim)}，占采用这一词表的${nameIn(body, f, true)}` +
    `全部 ${f.int(c.total)} 个参数的 `, share, '。',
  ],
  announce: (c, body, f) =>
    `V = ${f.int(c.vocab)}：嵌入层和输出投影占${nameIn(body, f, true)}全部 ${f.int(c.total)} 个参数的 ${f.percent(c.share)}。`,

  chartLabel: (body, [from, to], f) =>
    `${nameIn(body, f, false)}的参数中，嵌入层和输出投影所占比例随词表增大而上升：` +
    `从 ${f.int(from.vocab)} 行时的 ${f.percent(from.share)} 升至 ${f.int(to.vocab)} 行时的 ${f.percent(to.share)}。`,
  chartAxis: '词表大小 V（嵌入矩阵行数，对数坐标）',
  pointCharsPerToken: (x, f) => ` · ${f.decimal(x)} 字符/token`,
  chartLegend:
    '曲线：假如这个模型的词表有 V 行，嵌入层和输出投影（LM head，共 2·V·d 个参数）在全部参数中所占的比例。' +
    '圆点：三个分词器；菱形：你选的 V。',

  tableHeading: '各个词表的代价与收益',
  tableSample: (s, chars, f) => `所用样本：“${samples[s]}”（${f.int(chars)} 个字符）。`,
  loading: '正在加载三个分词器，以统计样本的 token 数……上面的参数量不依赖它们。',
  loadFailed: (names, all) => all
    ? `${names.join('、')} 未能加载：没有 token 计数，但参数部分是完整的。`
    : `${names.join('、')} 未能加载，缺少相应的 token 计数；参数部分是完整的。`,
  pending: '…',
  notLoaded: '未加载',
  columns: {
    tokenizer: '分词器', rows: '行数 V', params: '嵌入 + 输出投影', share: '占比', tokens: 'token 数', charsPerToken: '每 token 字符数',
    relativeTokens: 'token 数（相对 Llama 3）', flopsPerChar: '每字符前向 FLOPs',
  },
  tableNote: (body, cl100k, f) =>
    `每一行都是把该分词器的词表装到${nameIn(body, f, true)}的各层上算出的。token 数在你的浏览器里实时统计` +
    '（不含 BOS/EOS；Llama 2 的计数包含 SentencePiece 在开头加的空格）。每字符前向 FLOPs ≈ 2 ×（参与矩阵乘法的权重：' +
    '注意力、前馈网络和输出投影，不含嵌入查表和归一化层的增益）× token 数 ÷ 字符数；' +
    `其中没有计入对上下文的注意力计算，这部分随序列长度的平方增长。cl100k_base 按它的 ${f.int(cl100k)} 个常规 token 计。`,
  sourceRow: (name, rows, cite, f) => [`${name} ${f.int(rows)}，`, cite],
  sources: (rows, body, shapes, f) => [
    '来源：行数 V：', ...rows.flatMap((r, i) => (i > 0 ? ['；', ...r] : r)), `。${nameIn(body, f, false)}的结构参数：`, shapes,
    '。其余数字都由这些数据和实测的 token 数算出。',
  ],

  tradeoff: (c, body, f) => {
    const pct = (x: number) => f.percent(Math.abs(x), { digits: 1 });
    return (
      `从 Llama 2 的 ${f.int(c.fromVocab)} 行换成 Llama 3 的 ${f.int(c.toVocab)} 行，${nameIn(body, f, false)}多出 ` +
      `${f.short(c.extraParams)}个参数，总参数量${c.totalChange >= 0 ? '增加' : '减少'} ${pct(c.totalChange)}。` +
      `在这段样本上，Llama 3 需要的 token ${c.tokenChange <= 0 ? '少' : '多'} ${pct(c.tokenChange)}（${f.int(c.fromTokens)} → ${f.int(c.toTokens)}），` +
      `同样的文本变成了更${c.tokenChange <= 0 ? '短' : '长'}的序列，每个字符的前向计算量约${c.flopsChange <= 0 ? '减少' : '增加'} ${pct(c.flopsChange)}。`
    );
  },
  describe: (s, f) => {
    if (!s.ok) return `无法计算参数量：${shapeIssue(s.issue, f)}`;
    const c = s.cost;
    const head =
      `${nameIn(s.body, f, false)}采用 ${f.int(c.vocab)} 行的词表：嵌入层和输出投影共有 2 × ${f.int(c.vocab)} × ` +
      `${f.int(s.body.shape.dim)} = ${f.int(c.embedAndHead)} 个参数，占全部 ${f.int(c.total)} 个参数的 ${f.percent(c.share)}。`;
    if (s.measured.length === 0) return `${head}样本的 token 数尚未测得。`;
    const parts = s.measured.map((r) =>
      `${r.point.name}（${f.int(r.point.vocab)} 行，占参数的 ${f.percent(r.cost.share)}）需要 ${f.int(r.tokens)} 个 token，` +
      `每个 token 平均 ${f.decimal(r.charsPerToken)} 个字符`,
    );
    return `${head}在样本“${samples[s.sample]}”上：${parts.join('；')}。`;
  },
  shapeIssue,
  vocabError: (failure, { min, max }, f) =>
    failure === 'tooSmall' || failure === 'tooLarge'
      ? `V 必须在 ${f.int(min)} 到 ${f.int(max)} 行之间。`
      : `请输入 ${f.int(min)} 到 ${f.int(max)} 之间的整数行数。`,
};

export default words(messages, 'zh', zh);
