// The BPE stepper's words in Chinese (see messages.ts for what each key is). Terms from src/i18n/glossary.ts:
// 分词器, 词表, 合并, token (kept in English, with a measure word: 个 token). Other choices:
// - "chunk" (what the pre-tokenization regex cuts) is 片段 throughout; "pre-tokenization" 预分词; "regex" 正则表达式.
// - The built-in texts themselves (corpora.ts) are sample texts and stay as written; only their names are here.
// - Chinese has no plural, so the English `n === 1 ? … : …` pairs collapse into one form.
import type { Format } from '../../lib/format';
import { hexBytes, WHITESPACE_SYMBOLS } from '../../lib/text';
import { byteTokenText } from '../../tokenizers';
import type { CorpusId } from './corpora';
import { messages, type BpeStepperMessages } from './messages';
import { words } from '../../i18n/react';
import type { StepStats, TokenPart } from './model';

/** Each corpus inside a sentence ("在英文段落上训练"). */
const CORPUS_IN_SENTENCE: Record<CorpusId, string> = {
  prose: '英文段落',
  rhyme: '英文短童谣',
  code: 'Python 代码',
  multilingual: '混合文本（数字、中文、表情符号）',
  custom: '你的文本',
};
/** "在英文段落上", "在 Python 代码上": a space between 在 and a Latin word. */
const onCorpus = (c: CorpusId) => {
  const name = CORPUS_IN_SENTENCE[c];
  return `在${/^[A-Za-z0-9]/.test(name) ? ' ' : ''}${name}上`;
};

/** Chinese names of the white-space characters src/lib/text.ts draws as symbols, by the character. */
const WHITESPACE_NAMES: Readonly<Record<string, string>> = { ' ': '空格', '\n': '换行符', '\t': '制表符', '\r': '回车符' };
/** The same names by the symbol a token box draws (␣ → 空格). */
const NAME_OF_SYMBOL: ReadonlyMap<string, string> = new Map(
  Object.entries(WHITESPACE_SYMBOLS).map(([ch, { symbol }]) => [symbol, WHITESPACE_NAMES[ch] ?? symbol]),
);
const whitespaceName = (symbol: string, name: string) => NAME_OF_SYMBOL.get(symbol) ?? name;

const spoken = (parts: readonly TokenPart[]) =>
  parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'space' ? whitespaceName(p.symbol, p.name) : `字节 ${hexBytes(p.bytes)}`)).join(' ');

const statsSpoken = (s: StepStats, f: Format) =>
  `${f.count(s.tokens, '个 token', '个 token')}，对应 ${f.count(s.chars, '个字符', '个字符')}，平均每个 token ${f.decimal(s.charsPerToken)} 个字符。`;

export const zh: BpeStepperMessages = {
  title: '逐次合并，训练一个字节级 BPE',
  summary: '先用 Llama 3 的预分词正则表达式切分文本，再一步步看字节对编码如何把出现最频繁的一对合并成新 token，同时查看合并表和 token 数的变化。',
  corpusLabel: '训练文本',
  corpora: {
    prose: '英文段落',
    rhyme: '英文短童谣（简单易懂）',
    code: 'Python 代码',
    multilingual: '混合：数字、中文、表情符号',
    custom: '自己的文本',
  },
  textBox: (max, f) => ['文本（可直接修改，用自己的文字训练；最多 ', f.int(max), ' 个字符）'],
  corpusIssue: (issue, f) => {
    switch (issue.code) {
      case 'unknownCorpus': return '未知的训练文本：改用英文段落。';
      case 'cut': return `这段文本有 ${f.int(issue.chars)} 个字符，只用前 ${f.int(issue.max)} 个。`;
      case 'empty': return '请输入或粘贴一段用来训练的文本。';
    }
  },

  steps: '训练步骤',
  merge: '合并',
  slider: '已完成的合并',
  sliderValue: (step, available, f) => `${f.int(step)} / ${f.int(available)}`,
  sliderValueText: (step, available, f) => `已合并 ${f.int(step)} 次，共 ${f.int(available)} 次`,
  allows: (available, f) => `这段文本只能合并 ${f.int(available)} 次：之后每个片段都已是单个 token。`,

  status: (m, tok, f) => ['第 ', f.int(m.step), ' 次合并：', tok('left'), ' + ', tok('right'), ' → ', tok('made'), '（出现 ', f.int(m.merge.count), ' 次）。'],
  noMerges: '尚未合并：每个字节都是一个 token。',
  stats: (s, f) => [
    f.int(s.tokens), ' 个 token，对应 ', f.int(s.chars), ' 个字符（', f.int(s.bytes), ' 个字节）：',
    '平均每个 token ', f.decimal(s.charsPerToken), ' 个字符。',
  ],
  announce: (m, stats, f) => {
    const counts = stats ? statsSpoken(stats, f) : '';
    if (m) return `第 ${f.int(m.step)} 次合并：${spoken(m.left)} 加 ${spoken(m.right)}，得到 ${spoken(m.made)}。${counts}`;
    return stats ? `尚未合并：每个字节都是一个 token。${counts}` : '';
  },
  tokenSpoken: spoken,
  whitespaceName,

  segHeading: '文本的片段与 token',
  segNote: (s, f) => [
    f.int(s.chunks), ' 个片段，', f.int(s.tokens),
    ' 个 token。虚线框是 Llama 3 的正则表达式切出的片段，合并从不跨越片段边界；框内每个实线框是一个 token。' +
    `${WHITESPACE_SYMBOLS[' ']!.symbol} 表示空格，${WHITESPACE_SYMBOLS['\n']!.symbol} 表示换行，` +
    `${byteTokenText([0xe4, 0xbd])} 这种写法表示凑不成一个完整可打印字符的字节。`,
  ],
  segRegion: '逐个片段显示的文本',

  tableHeading: '合并表',
  noMergesTable: '还没有合并。按“合并”或“播放”开始。',
  allMergesRegion: '全部合并',
  tableCaption: (rows, all, f) => (all ? `全部 ${f.int(rows)} 次合并，最新的在前` : `最近 ${f.int(rows)} 次合并，最新的在前`),
  columns: { rank: '#', pair: 'token 对', made: '新 token', count: '次数' },
  tokenId: (id, f) => ['id ', f.int(id)],
  showRecent: (n, f) => `只显示最近 ${f.int(n)} 次`,
  showAll: (n, f) => `显示全部 ${f.int(n)} 次合并`,

  chartHeading: '每次合并后文本的 token 数',
  chartLabel: (before, after, merges, step, f) =>
    `折线图：合并前有 ${f.int(before)} 个 token，${f.int(merges)} 次合并后剩 ${f.int(after)} 个；当前已合并 ${f.int(step)} 次。`,
  chartAxis: '合并次数',
  dataTable: '数据表',
  chartCaption: '合并若干次后文本的 token 数',
  chartColumns: { merges: '合并次数', tokens: 'token 数' },
  chartRow: (merges, current, f) => [f.int(merges), current ? '（当前）' : ''],

  howSummary: '这个训练器怎样工作',
  how: ({ code, pattern, cite, maxMerges }, f) => [
    [
      '先用 Llama 3 的预分词模式切分文本，即 Meta 分词器代码里的 ', code('pat_str'), '（', cite,
      ' 介绍了分词器，但没有给出这个模式）：', pattern, '在 JavaScript 中运行时加上 ', code('u'), ' 标志，并把 ', code('\\s'),
      ' 换成 ', code('\\p{White_Space}'), '：JavaScript 的 ', code('\\s'), ' 把 U+FEFF 算作空白、却漏掉 U+0085，与 Meta 的分词器不一致。',
    ],
    [
      '每个片段先转成 UTF-8 字节，即 token 0–255。这里的 id 是本训练器自己的编号，按学到合并的先后排列，' +
      '并不是 Llama 3 的 id（Llama 3 的 id 可在分词器演练场中查看）。',
    ],
    [
      '统计每个片段内部所有相邻的 token 对，并按片段出现的次数加权。出现最多的一对成为新 token（256、257、…），' +
      '并在所有位置从左到右替换。',
    ],
    [
      '次数相同时，选 token id 较小的一对（先比第一个 token，再比第二个），与 Hugging Face 的训练器相同；' +
      '因此原始字节优先于合并出的 token，字节值小的优先于字节值大的。',
    ],
    ['合并满 ', f.int(maxMerges), ' 次，或每个片段都只剩一个 token 时，训练停止。'],
  ],
  // citeParts (src/data/report.ts) links report references after the word "Report"; see the report of issue #11.
  reportCite: '报告 §3.2',

  describe: (s, f) => {
    if (!s.stats) return '还没有训练文本：输入或粘贴一段文字，即可在上面训练字节级 BPE。';
    const st = s.stats;
    const head =
      `${onCorpus(s.corpus)}训练的字节级 BPE：${f.count(st.chars, '个字符', '个字符')}，${f.count(st.bytes, '个 UTF-8 字节', '个 UTF-8 字节')}，` +
      `经 Llama 3 的正则表达式切成 ${f.count(st.chunks, '个片段', '个片段')}（其中 ${f.int(st.distinctChunks)} 个互不相同）。`;
    const m = s.latest;
    if (!m) return `${head}合并之前，每个字节都是一个 token，共 ${f.count(st.tokens, '个 token', '个 token')}。`;
    return (
      `${head}经过 ${f.int(m.step)} 次合并，文本变为 ${f.count(st.tokens, '个 token', '个 token')}，平均每个 token ${f.decimal(st.charsPerToken)} 个字符。` +
      `最近一次是第 ${f.int(m.step)} 次合并：“${spoken(m.left)}”加“${spoken(m.right)}”得到“${spoken(m.made)}”，这一对出现了 ${f.int(m.merge.count)} 次。`
    );
  },
};

export default words(messages, 'zh', zh);
