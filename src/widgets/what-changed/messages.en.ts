// what-changed's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type CellText, type WhatChangedMessages } from './messages';
import type { Cell, RowId } from './model';

function cell(c: Cell, f: Format): CellText {
  const llama3 = c.model.family === 'llama3';
  switch (c.row) {
    case 'params':
      return {
        text: f.params(c.count), note: `${f.int(c.count)} exactly`,
        source: llama3 ? 'Computed from the shapes in Report Table 3' : 'Computed from its config (Meta llama code)',
      };
    case 'tokens':
      return { text: c.tokens.text, ...(c.tokens.note ? { note: c.tokens.note } : {}), source: c.tokens.cite };
    case 'compute':
      return c.stated
        ? { text: f.sci(c.value), note: 'stated in the report', source: c.stated.cite }
        : { text: `≈${f.sci(c.value)}`, note: '6·N·D estimate', source: 'Computed: 6 × parameters × tokens' };
    case 'vocab':
      return c.tokenizer === 'tiktoken'
        ? {
          text: f.int(c.value), note: `${f.int(c.bpe)} BPE + ${f.int(c.special)} special (tiktoken)`,
          source: `Report §3.2, Table 3 (${f.int(c.bpe)}); Meta llama-models code (${f.int(c.special)} special tokens)`,
        }
        : { text: f.int(c.value), note: 'SentencePiece BPE', source: 'Meta llama code (tokenizer.model)' };
    case 'context': {
      const m = c.model;
      const text = f.int(c.value);
      if (!llama3) return { text, source: m.contextCite };
      return m.earlier
        ? { text, note: `${m.name}; ${m.earlier.name} (${m.earlier.date}): ${f.int(m.earlier.contextTokens)}`, source: `${m.contextCite}; ${m.earlier.contextCite}` }
        : { text, note: `${m.name} only; standard pre-training at ${f.int(m.pretrainContextTokens)}, then extended (Report §3.4)`, source: m.contextCite };
    }
    case 'theta':
      return { text: f.int(c.value), source: llama3 ? 'Report §3.2, Table 3' : 'Meta llama code (precompute_freqs_cis default)' };
    case 'kvHeads':
      return {
        text: `${f.int(c.value)} of ${f.int(c.heads)}`,
        note: c.attention === 'mha' ? 'multi-head attention' : 'grouped-query attention',
        source: llama3 ? 'Report §3.2, Table 3' : 'Llama 2 paper, Table 1',
      };
    case 'postTraining':
      return { text: c.recipe.value, source: c.recipe.cite };
  }
}

const ROW: Record<RowId, string> = {
  params: 'Parameters',
  tokens: 'Pre-training tokens',
  compute: 'Training compute (FLOPs)',
  vocab: 'Vocabulary',
  context: 'Context window (tokens)',
  theta: 'RoPE base Θ',
  kvHeads: 'Key/value heads',
  postTraining: 'Post-training',
};

export const en: WhatChangedMessages = {
  title: 'What changed from Llama 2 to Llama 3',
  summary: 'Llama 2 and Llama 3 side by side for each size: data, vocabulary, context, RoPE base, KV heads, compute and post-training.',
  sizeLegend: 'Llama 3 size',
  sizeLabel: { '8b': '8B', '70b': '70B', '405b': '405B' },
  announce: (llama2, llama3) => `The table now compares ${llama2} with ${llama3}.`,
  noPeer: 'Llama 2 had no model of this size; the comparison is with its largest, 70B.',
  keyLlama2: (name) => [name, ': upper bar, outlined'],
  keyLlama3: (name) => [name, ': lower bar, solid'],
  columnWhat: 'What',
  columnChange: 'Change',
  row: ROW,
  cell,
  sourcePrefix: 'Source: ',
  legend: [
    'Bars are on a log scale (one tick per power of ten) except for key/value heads. Values marked “6·N·D estimate” '
    + 'are computed here from the exact parameter count and the token count, not stated in the report. The Llama 3 '
    + 'column is the Llama 3.1 release, whose results the report gives (',
    { cite: 'Report Table 1' },
    '). Section and table numbers under each value link to the report.',
  ],
  legendChapters: ' Row names link to the chapter that explains them.',
  describe: ({ llama2, llama3, rows }, f) => {
    // The context row also says which release each window belongs to.
    const side = (id: RowId, c: Cell) => {
      const w = cell(c, f);
      return id === 'context' && w.note ? `${w.text} (${w.note})` : w.text;
    };
    const parts = rows.map((r) => `${ROW[r.id]}: ${side(r.id, r.llama2)} versus ${side(r.id, r.llama3)}${r.ratio === null ? '' : ` (${f.ratio(r.ratio)})`}`);
    return `${llama2.name} compared with ${llama3.name}. ${parts.join('. ')}.`;
  },
};

export default words(messages, 'en', en);
