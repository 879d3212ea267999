// bpe-stepper's English words (the interface, with what each key is for: messages.ts).
import type { Format } from '../../lib/format';
import { hexBytes, WHITESPACE_SYMBOLS } from '../../lib/text';
import { byteTokenText } from '../../tokenizers';
import type { CorpusId } from './corpora';
import type { StepStats, TokenPart } from './model';
import { words } from '../../i18n/react';
import { messages, type BpeStepperMessages } from './messages';

// ── English ──────────────────────────────────────────────────────────────────────────────────────

/** Each corpus in a sentence ("trained on the English paragraph"). */
const CORPUS_IN_SENTENCE_EN: Record<CorpusId, string> = {
  prose: 'the English paragraph',
  rhyme: 'the short rhyme (easy to follow)',
  code: 'the Python code',
  multilingual: 'the mixed: numbers, Chinese, emoji',
  custom: 'your text',
};

const spokenEn = (parts: readonly TokenPart[]) =>
  parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'space' ? p.name : `bytes ${hexBytes(p.bytes)}`)).join(' ');

const statsSpokenEn = (s: StepStats, f: Format) =>
  `${f.count(s.tokens, 'token', 'tokens')} for ${f.count(s.chars, 'character', 'characters')}: ${f.decimal(s.charsPerToken)} characters per token.`;

export const en: BpeStepperMessages = {
  title: 'Train a byte-level BPE, one merge at a time',
  summary:
    'Split a text with Llama 3’s pre-tokenization regex, then watch byte-pair encoding merge the most frequent pair, step by step, with the merge table and the token count.',
  corpusLabel: 'Training text',
  corpora: {
    prose: 'English paragraph',
    rhyme: 'Short rhyme (easy to follow)',
    code: 'Python code',
    multilingual: 'Mixed: numbers, Chinese, emoji',
    custom: 'Your own text',
  },
  textBox: (max, f) => ['Text (edit it to train on your own; at most ', f.int(max), ' characters)'],
  corpusIssue: (issue, f) => {
    switch (issue.code) {
      case 'unknownCorpus': return 'Unknown corpus: showing the English paragraph.';
      case 'cut': return `The text has ${f.int(issue.chars)} characters; only the first ${f.int(issue.max)} are used.`;
      case 'empty': return 'Type or paste some text to train on.';
    }
  },

  steps: 'Training steps',
  merge: 'Merge',
  slider: 'Merges done',
  sliderValue: (step, available, f) => `${f.int(step)} of ${f.int(available)}`,
  sliderValueText: (step, available, f) => `${f.int(step)} merges of ${f.int(available)}`,
  allows: (available, f) => `This text allows ${f.int(available)} merges: after that every chunk is a single token.`,

  status: (m, tok, f) => ['Merge ', f.int(m.step), ': ', tok('left'), ' + ', tok('right'), ' → ', tok('made'), ' (', f.int(m.merge.count), ' times). '],
  noMerges: 'No merges yet: every byte is a token. ',
  stats: (s, f) => [
    f.int(s.tokens), s.tokens === 1 ? ' token for ' : ' tokens for ', f.int(s.chars), s.chars === 1 ? ' character (' : ' characters (',
    f.int(s.bytes), s.bytes === 1 ? ' byte):' : ' bytes):', ' ', f.decimal(s.charsPerToken), ' characters per token.',
  ],
  announce: (m, stats, f) => {
    const counts = stats ? statsSpokenEn(stats, f) : '';
    if (m) return `Merge ${f.int(m.step)}: ${spokenEn(m.left)} plus ${spokenEn(m.right)} becomes ${spokenEn(m.made)}. ${counts}`;
    return stats ? `No merges yet: every byte is a token. ${counts}` : '';
  },
  tokenSpoken: spokenEn,
  whitespaceName: (_symbol, name) => name,

  segHeading: 'The text, in chunks and tokens',
  segNote: (s, f) => [
    f.int(s.chunks), s.chunks === 1 ? ' chunk, ' : ' chunks, ', f.int(s.tokens),
    `${s.tokens === 1 ? ' token' : ' tokens'}. Dashed boxes are the chunks cut by Llama 3’s regex; merges never cross them. Each solid box inside is a token; ${WHITESPACE_SYMBOLS[' ']!.symbol} ` +
    `is a space, ${WHITESPACE_SYMBOLS['\n']!.symbol} a line feed, and ${byteTokenText([0xe4, 0xbd])} shows bytes that are not a whole printable character.`,
  ],
  segRegion: 'The text, chunk by chunk',

  tableHeading: 'Merge table',
  noMergesTable: 'No merges yet. Press Merge or Play.',
  allMergesRegion: 'All merges',
  tableCaption: (rows, all, f) => (all ? `All ${f.int(rows)} merges, newest first` : `The ${f.int(rows)} most recent merges, newest first`),
  columns: { rank: '#', pair: 'Pair', made: 'New token', count: 'Count' },
  tokenId: (id, f) => ['id ', f.int(id)],
  showRecent: (n, f) => `Show the last ${f.int(n)} only`,
  showAll: (n, f) => `Show all ${f.int(n)} merges`,

  chartHeading: 'Tokens in the text after each merge',
  chartLabel: (before, after, merges, step, f) =>
    `Line chart: ${f.int(before)} tokens before any merge, ${f.int(after)} after ${f.int(merges)} merges; now at ${f.int(step)}.`,
  chartAxis: 'merges',
  dataTable: 'Data table',
  chartCaption: 'Tokens in the text after a number of merges',
  chartColumns: { merges: 'Merges', tokens: 'Tokens' },
  chartRow: (merges, current, f) => [f.int(merges), current ? ' (shown)' : ''],

  howSummary: 'How this trainer works',
  how: ({ code, pattern, cite, maxMerges }, f) => [
    [
      'The text is split with Llama 3’s pre-tokenization pattern, ', code('pat_str'), ' in Meta’s tokenizer code (', cite,
      ' describes the tokenizer, not this pattern):', pattern, 'In JavaScript it runs with the ', code('u'), ' flag, with ', code('\\s'),
      ' replaced by ', code('\\p{White_Space}'), ': JavaScript’s ', code('\\s'), ' counts U+FEFF as space and misses U+0085, unlike Meta’s tokenizer.',
    ],
    [
      'Each chunk becomes its UTF-8 bytes: tokens 0–255. The ids here are this trainer’s own, numbered in the order it learns its merges; ' +
      'they are not Llama 3’s ids (the tokenizer playground shows those).',
    ],
    [
      'Every adjacent pair inside a chunk is counted, weighted by how often the chunk occurs. The most frequent pair becomes a new token ' +
      '(256, 257, …) and is replaced everywhere, left to right.',
    ],
    [
      'Ties go to the pair with the smaller token ids (first token, then second), as in Hugging Face’s trainer, so raw bytes win over ' +
      'merged tokens and a lower byte value wins over a higher one.',
    ],
    ['Training stops after ', f.int(maxMerges), ' merges or when every chunk is a single token.'],
  ],
  reportCite: 'Report §3.2',

  describe: (s, f) => {
    if (!s.stats) return 'No training text yet: type or paste some text to train byte-level BPE on it.';
    const st = s.stats;
    const head =
      `Byte-level BPE trained on ${CORPUS_IN_SENTENCE_EN[s.corpus]}: ${f.count(st.chars, 'character', 'characters')}, ${f.count(st.bytes, 'UTF-8 byte', 'UTF-8 bytes')}, ` +
      `split by the Llama 3 regex into ${f.count(st.chunks, 'chunk', 'chunks')} (${f.int(st.distinctChunks)} distinct).`;
    const m = s.latest;
    if (!m) return `${head} Before any merge every byte is a token: ${f.count(st.tokens, 'token', 'tokens')}.`;
    return (
      `${head} After ${f.int(m.step)} ${m.step === 1 ? 'merge' : 'merges'} the text is ` +
      `${f.count(st.tokens, 'token', 'tokens')}, ${f.decimal(st.charsPerToken)} characters per token. ` +
      `Latest merge, number ${f.int(m.step)}: “${spokenEn(m.left)}” plus “${spokenEn(m.right)}” ` +
      `becomes “${spokenEn(m.made)}”, a pair seen ${f.int(m.merge.count)} times.`
    );
  },
};

export default words(messages, 'en', en);
