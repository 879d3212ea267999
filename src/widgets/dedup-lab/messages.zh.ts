// dedup-lab's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type DedupLabMessages, type FieldName } from './messages';
import type { DocFate, ParamIssue, PasteIssue } from './model';

const FIELD: FieldName = { shingle: '片段长度', perms: '置换数', bands: '带数', lineT: '行阈值', seed: '种子' };

function issue(i: ParamIssue, f: Format): string {
  switch (i.code) {
    case 'bandsNotDivisor':
      return `${f.int(i.perms)} 个置换不能平均分成 ${f.int(i.bands)} 个带：改用最接近的约数，${f.int(i.nearest)} 个带，每带 ${f.int(i.perms / i.nearest)} 行。`;
    case 'outOfRange':
      return `${FIELD[i.field]}须为 ${f.int(i.min)} 到 ${f.int(i.max)} 之间的整数。`;
  }
}

function pasteIssue(i: PasteIssue, f: Format): string {
  switch (i.code) {
    case 'empty':
      return '粘贴或输入几篇文档，即可让它们依次经过三级去重。';
    case 'tooManyChars':
      return `当前共 ${f.int(i.chars)} 个字符；为保证每次调整都即时响应，本实验最多处理 ${f.int(i.max)} 个字符。请删减文本。`;
    case 'tooManyDocs':
      return `当前共 ${f.int(i.docs)} 篇文档；本实验最多处理 ${f.int(i.max)} 篇。请删去或合并一些（空行或单独一行 --- 表示新文档开始）。`;
  }
}

function fateBadge(fate: DocFate): string {
  switch (fate.level) {
    case 'url': return '已删除 · URL 级';
    case 'doc': return '已删除 · 文档级';
    case 'kept': return fate.emptied ? '已清空 · 行级' : fate.linesRemoved > 0 ? '保留，删去部分行' : '保留';
  }
}

export const zh: DedupLabMessages = {
  title: '去重实验室',
  summary: '让一个小型网页语料（或你自己的文档）依次经过 Llama 3 报告中的三级去重——URL 级、基于最小哈希的文档级和行级，看每一级删去了什么、为什么。',

  corpusLegend: '语料',
  corpusOption: (c, docs, f) => (c === 'bundled' ? `内置 ${f.int(docs)} 篇网页` : '你的文档'),
  pasteLabel: '你的文档',
  pasteHint: (maxDocs, maxChars, f) =>
    `文档之间用空行或单独一行 --- 分隔。若某篇文档的第一行是 URL（后面可跟日期，如 2023-06-14），它就按该 URL 归组。最多 ${f.int(maxDocs)} 篇、${f.int(maxChars)} 个字符。`,
  pasteIssue,
  tooLong: (chars, max, f) => `${f.int(chars)} 个字符：超过本实验可处理的 ${f.int(max)} 个。请删减文本。`,
  shingleLabel: '片段长度 k',
  shingleValue: (k, f) => `${f.int(k)} 个词`,
  permsLabel: '置换数（签名长度）',
  permsOption: (perms, f) => f.int(perms),
  bandsLabel: '局部敏感哈希的带数 × 每带行数',
  bandsOption: (bands, rows, f) => `${f.int(bands)} 带 × ${f.int(rows)} 行`,
  lineTLabel: '行阈值 T',
  lineTValue: (t, f) => `超过 ${f.int(t)} 次`,
  seedLabel: '哈希种子',
  seedError: (min, max, f) => `请输入 ${f.int(min)} 到 ${f.int(max)} 之间的整数。`,
  issue,
  impossible: '以下设置无法运行：',

  outcome: (r, f) => {
    const c = r.counts;
    return `共 ${f.int(c.docs)} 篇文档：URL 级删去 ${f.int(c.url)} 篇，文档级删去 ${f.int(c.doc)} 篇（标记 ${f.int(c.flagged)} 对），行级删去 ${f.int(c.lines)} 行中的 ${f.int(c.linesRemoved)} 行${c.emptied > 0 ? `，清空 ${f.int(c.emptied)} 篇` : ''}；剩下 ${f.int(c.kept)} 篇。`;
  },

  levelHeading: { url: '1. URL 级', doc: '2. 文档级', line: '3. 行级' },
  reportQuote: {
    url: 'We perform URL-level de-duplication across the entire dataset. We keep the most recent version for pages corresponding to each URL.',
    doc: 'We perform global MinHash (…) de-duplication across the entire dataset to remove near duplicate documents.',
    line: 'We perform aggressive line-level de-duplication similar to ccNet (…). We remove lines that appeared more than 6 times in each bucket of 30M documents.',
  },
  quoteRendering: {
    url: '我们在整个数据集上做 URL 级去重：同一 URL 对应的多个页面版本，只保留最新的一个。',
    doc: '我们在整个数据集上做全局最小哈希去重，删除近似重复的文档。',
    line: '我们做了与 ccNet 类似的激进行级去重：在每个 3,000 万文档的桶中，出现超过 6 次的行都被删除。',
  },
  levelHow: {
    url: '本实验：同一 URL 的多个页面中，保留抓取日期最晚的一个（日期相同时保留列表中靠后的一个）。',
    doc: (r, f, name) => [
      `本实验：以 ${f.int(r.params.shingle)} 个词为一个片段，用 ${f.int(r.params.perms)} 个带种子的哈希函数计算 `, name('MinHash'),
      ` 签名，再切成 ${f.int(r.params.bands)} 个带、每带 ${f.int(r.rows)} 行；两篇文档只要有一个带完全相同就被标记，两者中靠后的一篇被删除。`,
    ],
    line: (r, f, name) => [
      '本实验（', name('ccNet'), ` 式）：桶就是第 2 步之后剩下的整个语料；一行（去掉首尾空白、合并连续空格后）出现超过 ${f.int(r.params.lineT)} 次，它的每一处都被删除。`,
    ],
  },
  levelRemoved: {
    url: (n, f) => (n === 0 ? '没有删除任何文档：没有重复出现的 URL。' : `删去 ${f.int(n)} 个较早的抓取版本。`),
    doc: (n, flagged, f) => (flagged === 0 ? '没有标记任何一对：未删除文档。' : `标记 ${f.int(flagged)} 对，删去 ${f.int(n)} 篇文档。`),
    line: (lines, total, emptied, f) => `删去 ${f.int(total)} 行中的 ${f.int(lines)} 行${emptied > 0 ? `；${f.int(emptied)} 篇文档被删空` : ''}。`,
  },

  docsHeading: '各篇文档',
  docsLabel: '文档及其去向',
  docsKey: '划掉的内容已被删除（注明原因）；被划掉的行旁注明其出现次数。',
  fateBadge,
  fateReason: (fate, other, f) => {
    switch (fate.level) {
      case 'url':
        return `同一 URL 的较早抓取版本：保留的是 #${f.int(other?.number ?? 0)}${other?.date ? `（${other.date}）` : ''}。`;
      case 'doc':
        return `与保留的 #${f.int(other?.number ?? 0)} 一起被标记：最小哈希估计 ${f.decimal(fate.estimate, { digits: 2 })}，精确杰卡德相似度 ${f.decimal(fate.exact, { digits: 2 })}。`;
      case 'kept':
        return fate.emptied ? '每一行都出现得太频繁：什么也没剩下。'
          : fate.linesRemoved > 0 ? `在行级删去 ${f.int(fate.linesRemoved)} 行。` : '三级去重都未改动。';
    }
  },
  docNumber: (n, f) => `#${f.int(n)}`,
  noUrl: '无 URL',
  noDate: '无日期',
  lineCount: (count, f) => `出现 ${f.int(count)} 次`,

  pairsHeading: '被标记的文档对',
  pairsCaption: '局部敏感哈希（LSH）标记的文档对：最小哈希估计与片段集合的精确杰卡德相似度（Jaccard）对比',
  pairColumns: { pair: '文档对', exact: '精确杰卡德', estimate: '最小哈希估计', probability: '标记概率', flagged: '是否标记' },
  pairName: (a, b, f) => `#${f.int(a)} 与 #${f.int(b)}`,
  flaggedCell: (flagged) => (flagged ? '是' : '否'),
  pairsNote: (perms, f) =>
    `估计值是 ${f.int(perms)} 个签名位置中两篇文档取值相同的比例；其标准误约为 √(J(1 − J)/${f.int(perms)})，置换越多，估计越准。`,
  noPairs: '没有文档对被标记。',

  curveHeading: '局部敏感哈希的 S 曲线',
  curveLabel: (r, f) =>
    `S 曲线：一对文档被标记的概率 1 − (1 − s^${f.int(r.rows)})^${f.int(r.params.bands)} 随其杰卡德相似度 s 变化；阈值约为 ${f.decimal(r.threshold, { digits: 2 })}。共 ${f.int(r.pairs.length)} 对文档按精确相似度落在曲线上，其中 ${f.int(r.counts.flagged)} 对被标记。下方表格逐一列出。`,
  axisX: '精确杰卡德相似度 s',
  axisY: '被标记的概率',
  legendCurve: (bands, rows, f) => `1 − (1 − s^${f.int(rows)})^${f.int(bands)}`,
  legendFlagged: '被标记的文档对（实心方块）',
  legendMissed: '未被标记的文档对（空心圆）',
  legendThreshold: (t, f) => `阈值 ≈ (1/b)^(1/r) = ${f.decimal(t, { digits: 2 })}`,
  zeroPairs: (n, f) => `另有 ${f.int(n)} 对文档没有任何共同片段（s = 0，位于原点，不列入表格）。`,
  curveDataSummary: '表格：所有至少共享一个片段的文档对',
  curveDataCaption: '按精确杰卡德相似度排列的文档对，附最小哈希估计、被标记的概率及是否被标记',

  notesHeading: '说明：本实验的假设',
  noteScale: (reportT, bucket, t, defaultT, docs, f) =>
    `报告的 T 是每 ${f.short(bucket, { digits: 2 })} 篇文档 ${f.int(reportT)} 次；${f.int(docs)} 篇文档里没有哪一行会出现这么多次，所以本实验的 T（当前 ${f.int(t)}，默认 ${f.int(defaultT)}）是为演示而缩小的，并非报告的阈值。`,
  noteParams: (name) => [
    '报告没有给出其 ', name('MinHash'), ' 步骤的片段长度、置换数、带数或相似度阈值：这里的默认值（5 词片段、128 个置换、32 带 × 4 行）是本实验为演示方法而选的。',
  ],
  noteKeep: '报告没有说明近似重复的文档保留哪一份；本实验保留列表中靠前的一份，并且凡是被分带标记的都直接删除、不再核对估计值，因此低于阈值的文档对可能碰巧被标记，高于阈值的也可能漏掉。',
  noteCjk: (cjkDocs, f) =>
    `中文、日文和韩文的词之间没有空格，因此这里每个这类字符都算作一个“词”：中文的 k 元片段就是连续 k 个字（本语料中有 ${f.int(cjkDocs)} 篇这样的文档）。`,
  noteLanguages: '报告的文档级和行级去重是在每种语言的数据内部分别进行的；这里只有一对中文网页夹在英文网页中，混在一起处理不影响结果。',
  noteCorpus: '内置网页是为本站编写的：其中的网站、人名和事件都是虚构的。',
  noteCorpusLanguage: '内置网页以英文为主（另有两篇中文），保留各自原文；界面和说明为中文。粘贴中文文档同样可以运行，按字切分片段。',
};

export default words(messages, 'zh', zh);
