// 分词器试验场的中文文案（英文在 messages.ts）。术语依 src/i18n/glossary.ts：token 不译（带量词“个 token”），
// tokenizer 作“分词器”，vocabulary 作“词表”，special token 作“特殊 token”。分词器名（TOKENIZER_NAMES）是专名，照写。
// 数字一律经 Format（f）输出：f.count 传量词“个 token”，f.short 给出“10 万”“2.8 万”。
import { VOCAB_EXTRA_NON_ENGLISH, VOCAB_FROM_TIKTOKEN } from '../../data/facts';
import type { Format } from '../../lib/format';
import { hexBytes } from '../../lib/text';
import { TOKENIZER_NAMES, type SavingSplit, type SpecialNaming } from '../../tokenizers';
import { FIRST_LLAMA3_ONLY_ID, MAX_TEXT_CHARS, type Comparison, type PlaygroundState, type SavingNote } from './model';
import { messages, type TokenizerPlaygroundMessages } from './messages';
import { words } from '../../i18n/react';
import type { SampleId } from './samples';

const SAMPLES_ZH: Record<SampleId, string> = {
  prose: '英文段落',
  code: 'Python 代码',
  chinese: '中文',
  mixed: '多种文字混排',
  emoji: '表情符号',
  numbers: '数字',
  chat: '对话模板',
  invisible: '不可见字符',
  custom: '自己输入的文本',
};

const SPECIALS_ZH: Record<PlaygroundState['specials'], string> = { special: '一个特殊 token', plain: '普通文本' };

/** 分词 worker 连同词表的下载量（gzip 后，构建时测得），加载时显示。 */
const DOWNLOAD_ZH = '约 1 MB';

const TOKEN = '个 token';
const tokensZh = (n: number, f: Format) => f.count(n, TOKEN, TOKEN);

const tooLongZh = (chars: number, max: number, f: Format) =>
  `这段文本有 ${f.int(chars)} 个字符，而本组件最多只对 ${f.int(max)} 个字符分词。删短一些即可看到它的 token。`;

function comparisonZh(c: Comparison, f: Format): string {
  if (c.relation === 'none') return '输入或选择一段文本，即可比较 token 数。';
  const head = `Llama 3 需要 ${tokensZh(c.llama3Tokens, f)}`;
  const other = `${TOKENIZER_NAMES[c.other]}（${f.int(c.otherTokens)}）`;
  // “相同”时比值必为 1.00×，不再重复；“大致相当”时给出三位小数的比值（英文在括号里也给了它）。
  if (c.relation === 'same') return `${head}，与 ${other}一样多。`;
  if (c.relation === 'about') return `${head}，与 ${other}大致相当，是后者的 ${f.ratio(c.tokenRatio, { digits: 3 })}。`;
  const pct = f.percent(c.difference, { digits: 0 });
  return `${head}，比 ${other}${c.relation === 'fewer' ? '少' : '多'} ${pct}，是后者的 ${f.ratio(c.tokenRatio)}。`;
}

/** 节省的 token 从何而来，一句话说完（页面与读屏共用的纯文本）。 */
function savingSentenceZh(s: SavingSplit, f: Format): string {
  const base = `沿用自 cl100k_base 的 ${f.short(VOCAB_FROM_TIKTOKEN.value, { trim: true })}个 token`;
  const added = `新增的 ${f.short(VOCAB_EXTRA_NON_ENGLISH.value, { trim: true })}个 token`;
  const tokens = (n: number) => `${f.int(Math.abs(n))} 个 token`;
  const percentOf = (part: number, whole: number) => f.percent(part / whole, { digits: 0 });
  const counts = `（Llama 2 ${f.int(s.llama2)} 个，cl100k_base ${f.int(s.cl100k)} 个，Llama 3 ${f.int(s.llama3)} 个）`;
  if (s.saved <= 0) {
    return `在这段文本上，Llama 3 比起 Llama 2 没有省下任何 token${counts}。`;
  }
  if (s.fromBase >= 0 && s.fromAdded >= 0) {
    return `在这段文本上，Llama 3 比 Llama 2 少用 ${tokens(s.saved)}：其中 ${f.int(s.fromBase)} 个（${percentOf(s.fromBase, s.saved)}）` +
      `归功于${base}，${f.int(s.fromAdded)} 个（${percentOf(s.fromAdded, s.saved)}）归功于${added}${counts}。`;
  }
  if (s.fromBase < 0) {
    return `在这段文本上，Llama 3 比 Llama 2 少用 ${tokens(s.saved)}。假如只有${base}，它反而要比 Llama 2 多用 ${tokens(s.fromBase)}，` +
      `所以${added} 省下了 ${tokens(s.fromAdded)}${counts}。`;
  }
  return `在这段文本上，Llama 3 比 Llama 2 少用 ${tokens(s.saved)}。单靠${base} 就能省下 ${tokens(s.fromBase)}；` +
    `${added} 反而又多用了 ${tokens(s.fromAdded)}${counts}。`;
}

const savingZh = (note: SavingNote, f: Format) => note.kind === 'plainOnly'
  ? `节省的 token 从何而来，只能在不含特殊 token 的文本上计算：在上方选择“${SPECIALS_ZH.plain}”，即可看到这段文本的结果。`
  : savingSentenceZh(note.split, f);

function specialNoteZh(n: SpecialNaming): string {
  if (n.kind === 'renamed') {
    const use = n.toolUse === 'endOfMessage' ? '；表示消息结束，用于工具调用' : n.toolUse === 'toolCall' ? '；用于工具调用' : '';
    const hf = n.huggingFace ? `Hugging Face 的 Llama 3.1 转换脚本称之为 ${n.huggingFace}。` : '';
    return `在 Llama 3.1 中名为 ${n.llama31}（Meta 的 llama-models${use}）；在 Llama 3（2024 年 4 月）中是保留的 ${n.llama3}。${hf}`;
  }
  return n.llama31 === n.llama3
    ? '在 Llama 3 和 Llama 3.1 中都是保留 token：已发布的模型不会用到它。'
    : `在两个版本中都是保留 token：Llama 3（2024 年 4 月）中为 ${n.llama3}，Llama 3.1 中为 ${n.llama31}` +
      '（Meta 的 llama-models 从 <|python_tag|> 之后重新给保留 token 编号）。已发布的模型不会用到它。';
}

const charsPerTokenZh = (x: number | null, f: Format) => `每个 token 平均 ${f.decimal(x)} 个字符`;

export const zh: TokenizerPlaygroundMessages = {
  title: '分词器试验场：Llama 3 对比 Llama 2',
  summary: '输入任意文本，看真实的 Llama 3 与 Llama 2 分词器如何切分它：每个 token 及其 id 和字节，以及每个 token 平均对应的字符数。',
  // 中文页面默认显示现有的中文示例（samples.ts 的 'chinese'），与该示例一字不差：
  // 这样 sampleOfText 仍能认出它，token 也带上 lang="zh-Hans"。
  defaultSample: 'chinese',
  textLabel: '文本',
  samples: SAMPLES_ZH,
  specialsLegend: '<|eot_id|> 这类文本视为',
  specials: SPECIALS_ZH,
  compareLegend: 'Llama 3 的对比对象',
  compare: { llama2: 'Llama 2', cl100k: 'cl100k_base', none: '不对比' },
  textBox: '待分词的文本',
  tooLong: tooLongZh,

  codeError: (error) => `分词器代码加载失败（${error}）。`,
  encodeError: (error) => `分词失败：${error}`,
  vocabularyError: (id, error) => `${TOKENIZER_NAMES[id]} 的词表加载失败${error ? `（${error}）` : ''}。`,
  retry: '重试',

  tokens: (st, f) => (st ? tokensZh(st.tokens, f) : `… ${TOKEN}`),
  charsPerToken: (st, f) => (st ? charsPerTokenZh(st.charsPerToken, f) : '每个 token 平均 … 个字符'),
  notTokenized: '未分词：文本超出了长度上限。',
  status: (state, id) => {
    const name = TOKENIZER_NAMES[id];
    switch (state) {
      case 'waiting': return `本图出现在屏幕上时才会加载 ${name} 分词器（词表${DOWNLOAD_ZH}，只下载一次）。`;
      case 'error': return `${name} 分词器未能加载。`;
      case 'ready': return `正在用 ${name} 分词……`;
      case 'loading': return `正在加载 ${name} 的词表（全部词表合计${DOWNLOAD_ZH}，只下载一次）……`;
    }
  },
  idsSummary: (shown, f) => `token id${shown === null ? '' : `（前 ${f.int(shown)} 个）`}`,
  idsRegion: (id) => `${TOKENIZER_NAMES[id]} 的 token id`,
  // 图例里带下划线的示范字样，换成汉字：Llama 3 新增的 token 大多属于非英语文本。
  addedKey: '汉字',
  addedNote: ({ added, shared, shown }, f) =>
    `带下划线：${shown === null ? '这些 token' : `前 ${f.int(shown)} 个 token`} 中有 ${f.int(added)} 个的 id 不小于 ${f.int(FIRST_LLAMA3_ONLY_ID)}，` +
    `是 Llama 3 在 cl100k_base 词表之外新增的；其余 ${f.int(shared)} 个是 cl100k_base 原有的 token，id 也相同。`,

  tokenList: (id) => `${TOKENIZER_NAMES[id]} 的 token，按原文顺序排列`,
  noTokens: '没有 token：文本为空。',
  firstTokens: (shown, count, f) => `共 ${f.int(count)} 个 token，这里只显示前 ${f.int(shown)} 个；统计数字覆盖全文。`,
  pickGroup: (id) => `选择 ${TOKENIZER_NAMES[id]} 的 token`,
  previous: '上一个',
  next: '下一个',
  pickHint: '选中一个 token 即可查看它的 id 和字节：用 Tab 键移到 token 上再按方向键，或直接点击，或使用“上一个”“下一个”按钮。',
  tokenDetail: (d, f) => {
    const where = `${TOKENIZER_NAMES[d.tokenizer]} 第 ${f.int(d.index + 1)} 个 token（共 ${f.int(d.count)} 个）：id ${f.int(d.id)}`;
    if (d.special) return `${where}，即特殊 token ${d.text}。${d.naming ? specialNoteZh(d.naming) : ''}`;
    return `${where}，“${d.text}”，字节 ${hexBytes(d.bytes)}${d.partial ? '（只是某个字符的一部分，其余字节在相邻的 token 里）' : ''}。`;
  },
  specialNote: specialNoteZh,

  comparison: comparisonZh,
  saving: savingZh,
  // 报告原文的意思用中文转述（标明“据报告”）；10 万、2.8 万由 f.short 给出。
  paper: (cite, v, f) => [
    '在 Meta 的一份英文数据样本上，报告测得 Llama 2 每个 token 平均 ', f.decimal(v.llama2), ' 个字符，Llama 3 为 ', f.decimal(v.llama3),
    ' 个（', cite, '）。据报告（出处同上），Llama 3 的词表由 tiktoken 分词器的 ' +
    `${f.short(VOCAB_FROM_TIKTOKEN.value, { trim: true })}个 token 与另外 ${f.short(VOCAB_EXTRA_NON_ENGLISH.value, { trim: true })}个 token 合成。` +
    '你的文本会得出它自己的数字：结果取决于语言、题材和排版格式。token id 来自真实的词表（Meta 的 Llama 3 与 Llama 2 分词器文件，' +
    '以及 OpenAI 的 cl100k_base）。字符按 Unicode 码位计数；token 数不含表示文本开始和结束的 token。',
    v.llama2Space ? 'Llama 2 的第一个 token 以空格开头：SentencePiece 会在每段文本前面加一个空格。' : '',
  ],
  // 两份 Llama 许可证要求的署名与声明是固定的英文措辞（“Built with Meta Llama 3”及 Notice 文本），照录原文，不作翻译。
  license: (link, english) => [
    '许可证要求的署名（保留英文原文）：', english('Built with Meta Llama 3. Meta Llama 3 is licensed under the'), ' ',
    link('llama3License', 'Meta Llama 3 Community License'),
    english(', Copyright © Meta Platforms, Inc. All Rights Reserved. Llama 2 is licensed under the'), ' ', link('llama2License', 'LLAMA 2 Community License'),
    english(', Copyright © Meta Platforms, Inc. All Rights Reserved.'), ' ', link('notice', '声明文件'),
  ],

  describe: (s, f) => {
    const source = s.source === 'custom' ? '你的文本' : `示例“${SAMPLES_ZH[s.source]}”`;
    const names = s.columns.map((c) => TOKENIZER_NAMES[c]).join(' 和 ');
    const head = `分词器试验场：${source}，共 ${f.int(s.chars)} 个字符，由 ${names} 分词，` +
      (s.specials === 'special' ? '形如特殊 token 的文本按特殊 token 处理。' : '形如特殊 token 的文本按普通文本处理。');
    if (s.tooLong) return `${head}${tooLongZh(s.chars, MAX_TEXT_CHARS, f)}`;
    if (!s.stats) return `${head}词表尚未加载。`;
    const parts = s.stats.map((st) => `${TOKENIZER_NAMES[st.tokenizer]}：${tokensZh(st.tokens, f)}，${charsPerTokenZh(st.charsPerToken, f)}。`);
    if (s.comparison) parts.push(comparisonZh(s.comparison, f));
    if (s.saving) parts.push(savingZh(s.saving, f));
    return [head, ...parts].join('');
  },
};

export default words(messages, 'zh', zh);
