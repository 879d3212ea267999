// what-changed's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Source notes are written the Chinese way, as the chapters write references: 报告 §1, 报告表 3 (src/data/report.ts
//   citeParts links them), Llama 2 论文表 1, Meta llama 代码（…）. Those from src/data (English there) go through
//   citeZh, which carries over every number and code name; a source it does not know stays as written. The same
//   helper is in kv-cache/messages.zh.ts; both belong in one shared place once src/data gives its citations a
//   Chinese form. Code names in a source (tokenizer.model, max_seq_length, precompute_freqs_cis) stay as they are.
// - Three words of src/data are English sentences, not citations, and are worded here from the data's numbers:
//   a model's token figure ("about 15T" → "约 15 万亿", with the precision the data's text shows), the Llama 2
//   note ("the Llama 3 report says 1.8T"), the two post-training recipes (by identity; an unknown recipe falls back
//   to the data's words) and a release date ("April 2024" → "2024 年 4 月").
// - "RoPE base" is 底数 (RoPE 底数 Θ: the base of the power Θ^(−2i/d)), the glossary's ropeBase (never a rendering it avoids).
import type { Cited } from '../../components/Cite';
import {
  POST_TRAINING_LLAMA2, POST_TRAINING_LLAMA3, POST_TRAINING_ROUNDS, TOKENS_LLAMA2_PER_LLAMA3_REPORT, TOKENS_LLAMA3_ABOUT,
} from '../../data/facts';
import type { TrainingTokens } from '../../data/models';
import { words } from '../../i18n/react';
import { citeZh, dateZh } from '../../i18n/dataZh';
import type { Format } from '../../lib/format';
import { messages, type CellText, type WhatChangedMessages } from './messages';
import type { Cell, RowId } from './model';

/** Significant digits of the figure in the data's own text ("15.6T" → 3, "2.0T" → 2, "about 15T" → 2). */
function digitsOf(text: string): number {
  const figure = /\d+(?:\.\d+)?/.exec(text)?.[0] ?? '';
  return Math.max(1, figure.replace('.', '').replace(/^0+/, '').length);
}

/** A documented token count in Chinese units, as precise as the source gives it; "约" where the report says "about". */
function tokensText(t: TrainingTokens, f: Format): string {
  const figure = f.short(t.value, { digits: digitsOf(t.text) });
  return t.value === TOKENS_LLAMA3_ABOUT.value && t.cite === TOKENS_LLAMA3_ABOUT.cite ? `约 ${figure}` : figure;
}

function recipe(r: { value: string }, f: Format): string {
  if (r === POST_TRAINING_LLAMA3) return `${f.int(POST_TRAINING_ROUNDS.value)} 轮 SFT、拒绝采样与 DPO`;
  if (r === POST_TRAINING_LLAMA2) return '先 SFT，再 RLHF（拒绝采样与 PPO）';
  return r.value;
}

function cell(c: Cell, f: Format): CellText {
  const llama3 = c.model.family === 'llama3';
  switch (c.row) {
    case 'params':
      return {
        text: f.params(c.count), note: `精确值 ${f.int(c.count)}`,
        source: llama3 ? '根据报告表 3 中的形状算出' : '根据 Meta llama 代码中的配置算出',
      };
    case 'tokens':
      return {
        text: tokensText(c.tokens, f),
        // The one note in src/data is Llama 2's (the Llama 3 report's 1.8T against its own paper's 2.0T).
        ...(c.tokens.note
          ? { note: llama3 ? c.tokens.note : `Llama 3 报告中为 ${f.short(TOKENS_LLAMA2_PER_LLAMA3_REPORT.value, { digits: 2 })}` }
          : {}),
        source: citeZh(c.tokens.cite),
      };
    case 'compute':
      return c.stated
        ? { text: f.sci(c.value), note: '报告给出的数值', source: citeZh(c.stated.cite) }
        : { text: `≈${f.sci(c.value)}`, note: '6·N·D 估算', source: '计算：6 × 参数量 × token 数' };
    case 'vocab':
      return c.tokenizer === 'tiktoken'
        ? {
          text: f.int(c.value), note: `${f.int(c.bpe)} 个 BPE token + ${f.int(c.special)} 个特殊 token（tiktoken）`,
          source: `报告 §3.2、表 3（${f.int(c.bpe)}）；Meta llama-models 代码（${f.int(c.special)} 个特殊 token）`,
        }
        : { text: f.int(c.value), note: 'SentencePiece BPE', source: 'Meta llama 代码（tokenizer.model）' };
    case 'context': {
      const m = c.model;
      const text = f.int(c.value);
      if (!llama3) return { text, source: citeZh(m.contextCite) };
      return m.earlier
        ? {
          text, note: `${m.name}；${m.earlier.name}（${dateZh(m.earlier.date)}）为 ${f.int(m.earlier.contextTokens)}`,
          source: citeZh(`${m.contextCite}; ${m.earlier.contextCite}`),
        }
        : { text, note: `仅 ${m.name} 一个版本；标准预训练阶段的上下文为 ${f.int(m.pretrainContextTokens)}，之后再扩展（报告 §3.4）`, source: citeZh(m.contextCite) };
    }
    case 'theta':
      return { text: f.int(c.value), source: llama3 ? '报告 §3.2、表 3' : 'Meta llama 代码（precompute_freqs_cis 的默认值）' };
    case 'kvHeads':
      return {
        text: `${f.int(c.value)}（共 ${f.int(c.heads)} 个头）`,
        note: c.attention === 'mha' ? '多头注意力' : '分组查询注意力',
        source: llama3 ? '报告 §3.2、表 3' : 'Llama 2 论文表 1',
      };
    case 'postTraining':
      return { text: recipe(c.recipe, f), source: citeZh(c.recipe.cite) };
  }
}

const ROW: Record<RowId, string> = {
  params: '参数量',
  tokens: '预训练 token 数',
  compute: '训练算力（FLOPs）',
  vocab: '词表大小',
  context: '上下文窗口（token）',
  theta: 'RoPE 底数 Θ',
  kvHeads: '键值头数',
  postTraining: '后训练',
};

const LEGEND: Cited = [
  '除键值头数外，条形图都用对数刻度（每个 10 的幂一个刻度）。标有“6·N·D 估算”的数值由本页根据精确参数量和 token 数算出，'
  + '并非报告给出。Llama 3 一栏是 Llama 3.1 版本，报告给出的正是这一版本的结果（',
  { cite: '报告表 1' },
  '）。每个数值下方的章节号和表号链接到报告原文。',
];

export const zh: WhatChangedMessages = {
  title: '从 Llama 2 到 Llama 3：变了什么',
  summary: '按规模并排对比 Llama 2 与 Llama 3：训练数据、词表、上下文、RoPE 底数、KV 头数、训练算力和后训练。',
  sizeLegend: 'Llama 3 规模',
  sizeLabel: { '8b': '8B', '70b': '70B', '405b': '405B' },
  announce: (llama2, llama3) => `表格现在对比的是 ${llama2} 与 ${llama3}。`,
  noPeer: 'Llama 2 没有这一规模的模型，这里与它最大的 70B 模型对比。',
  keyLlama2: (name) => [name, '：上方的空心条'],
  keyLlama3: (name) => [name, '：下方的实心条'],
  columnWhat: '项目',
  columnChange: '变化',
  row: ROW,
  cell,
  sourcePrefix: '来源：',
  legend: LEGEND,
  legendChapters: '行名链接到讲解这一项的章节。',
  describe: ({ llama2, llama3, rows }, f) => {
    // As in English, the context row also says which release each window belongs to.
    const side = (id: RowId, c: Cell) => {
      const w = cell(c, f);
      return id === 'context' && w.note ? `${w.text}（${w.note}）` : w.text;
    };
    const parts = rows.map((r) => `${ROW[r.id]}：${side(r.id, r.llama2)}，对比 ${side(r.id, r.llama3)}${r.ratio === null ? '' : `（${f.ratio(r.ratio)}）`}`);
    return `${llama2.name} 与 ${llama3.name} 的对比。${parts.join('。')}。`;
  },
};

export default words(messages, 'zh', zh);
