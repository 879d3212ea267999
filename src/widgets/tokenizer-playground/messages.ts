// The words of the tokenizer playground, one catalogue per language (src/i18n/locale.ts): labels, statuses,
// the comparison and the split of the saving, a token's details, the notes under the columns and the
// screen-reader description. Tokenizer names are proper names (TOKENIZER_NAMES, src/tokenizers); numbers come in
// as numbers and are printed with the reader's Format. Sentences that hold a link or a citation take it as `N`
// (the view's element) and return their pieces in order.
import { VOCAB_EXTRA_NON_ENGLISH, VOCAB_FROM_TIKTOKEN } from '../../data/facts';
import type { Catalogue } from '../../i18n/locale';
import type { Format } from '../../lib/format';
import { hexBytes } from '../../lib/text';
import { TOKENIZER_NAMES, type LoadState, type SavingSplit, type SpecialNaming, type TokenizerId } from '../../tokenizers';
import {
  FIRST_LLAMA3_ONLY_ID, MAX_TEXT_CHARS, type ColumnStats, type Compare, type Comparison, type PlaygroundState, type PlaygroundSummary,
  type SavingNote, type TokenDetail,
} from './model';
import { sampleById, type SampleId } from './samples';
import { zh } from './messages.zh';

/** Where the licence notes link: the two Llama licences and the notices file (public/). */
export type LicenseLink = 'llama3License' | 'llama2License' | 'notice';

export interface TokenizerPlaygroundMessages {
  title: string;
  summary: string;
  /** The text shown before the reader picks or types anything: a sample's text in the reader's language. */
  defaultText: string;
  /** The text menu: each sample's name, and 'custom' for the reader's own text. */
  textLabel: string;
  samples: Record<SampleId, string>;
  specialsLegend: string;
  specials: Record<PlaygroundState['specials'], string>;
  compareLegend: string;
  compare: Record<Compare, string>;
  textBox: string;
  /** Under the text box when the text is over the cap (it is kept, not tokenized). */
  tooLong: (chars: number, max: number, f: Format) => string;

  /** The tokenizer code (the client, its worker) failed to load; `error` is the browser's message. */
  codeError: (error: string) => string;
  encodeError: (error: string) => string;
  vocabularyError: (tokenizer: TokenizerId, error: string | undefined) => string;
  retry: string;

  /** A column's counts ("… tokens" until it has a result). */
  tokens: (stats: ColumnStats | null, f: Format) => string;
  charsPerToken: (stats: ColumnStats | null, f: Format) => string;
  notTokenized: string;
  /** A column's state before its tokens arrive. */
  status: (state: 'waiting' | LoadState, tokenizer: TokenizerId) => string;
  idsSummary: (shown: number | null, f: Format) => string;
  idsRegion: (tokenizer: TokenizerId) => string;
  /** The underlined sample drawn before addedNote (decoration, hidden from screen readers). */
  addedKey: string;
  /** The note above Llama 3's tokens when compared with cl100k_base; `shown` when only the first tokens are drawn. */
  addedNote: (n: { added: number; shared: number; shown: number | null }, f: Format) => string;

  tokenList: (tokenizer: TokenizerId) => string;
  noTokens: string;
  firstTokens: (shown: number, count: number, f: Format) => string;
  pickGroup: (tokenizer: TokenizerId) => string;
  previous: string;
  next: string;
  pickHint: string;
  tokenDetail: (d: TokenDetail, f: Format) => string;
  /** How Llama 3 and 3.1 name a special id (in the token details). */
  specialNote: (naming: SpecialNaming) => string;

  comparison: (c: Comparison, f: Format) => string;
  saving: (note: SavingNote, f: Format) => string;
  /** The report's measurement against the reader's; `llama2Space` adds the note on Llama 2's first token. */
  paper: <N>(cite: N, v: { llama2: number; llama3: number; llama2Space: boolean }, f: Format) => (string | N)[];
  /** The attribution both Llama licences require; `link` draws a link with its text. */
  license: <N>(link: (to: LicenseLink, text: string) => N) => (string | N)[];

  describe: (s: PlaygroundSummary, f: Format) => string;
}

// ── English ──────────────────────────────────────────────────────────────────────────────────────

const SAMPLES_EN: Record<SampleId, string> = {
  prose: 'English prose',
  code: 'Python code',
  chinese: 'Chinese',
  mixed: 'Mixed scripts',
  emoji: 'Emoji',
  numbers: 'Numbers',
  chat: 'Chat template',
  invisible: 'Invisible characters',
  custom: 'Your own text',
};

const SPECIALS_EN: Record<PlaygroundState['specials'], string> = { special: 'a special token', plain: 'plain text' };

/** Download of the tokenizer worker with its vocabularies (gzip, measured on the build), shown while it loads. */
const DOWNLOAD_EN = 'about 1 MB';

const tooLongEn = (chars: number, max: number, f: Format) =>
  `This text has ${f.int(chars)} characters; the playground tokenizes at most ${f.int(max)}. Shorten it to see its tokens.`;

function comparisonEn(c: Comparison, f: Format): string {
  if (c.relation === 'none') return 'Type or pick a text to compare token counts.';
  const pct = f.percent(c.difference, { digits: 0 });
  const how = c.relation === 'same' ? 'the same number of tokens as'
    : c.relation === 'about' ? `about as many tokens as (${f.ratio(c.tokenRatio, { digits: 3 })})`
      : `${pct} ${c.relation === 'fewer' ? 'fewer' : 'more'} tokens than`;
  return `Llama 3 needs ${f.count(c.llama3Tokens, 'token', 'tokens')}, ${how} ${TOKENIZER_NAMES[c.other]} (${f.int(c.otherTokens)}); ${f.ratio(c.tokenRatio)} the count.`;
}

/** The split in one sentence (plain text, for the page and for screen readers). */
function savingSentenceEn(s: SavingSplit, f: Format): string {
  const base = `the ${f.short(VOCAB_FROM_TIKTOKEN.value, { trim: true })} tokens Llama 3 took from cl100k_base`;
  const added = `the ${f.short(VOCAB_EXTRA_NON_ENGLISH.value, { trim: true })} tokens it added`;
  const tokens = (n: number) => `${f.int(Math.abs(n))} token${Math.abs(n) === 1 ? '' : 's'}`;
  const percentOf = (part: number, whole: number) => f.percent(part / whole, { digits: 0 });
  const counts = `(Llama 2 ${f.int(s.llama2)}, cl100k_base ${f.int(s.cl100k)}, Llama 3 ${f.int(s.llama3)} tokens)`;
  if (s.saved <= 0) {
    return `On this text Llama 3 saves no tokens against Llama 2 ${counts}.`;
  }
  if (s.fromBase >= 0 && s.fromAdded >= 0) {
    return `Of the ${tokens(s.saved)} Llama 3 saves against Llama 2 on this text, ${f.int(s.fromBase)} (${percentOf(s.fromBase, s.saved)}) ` +
      `come with ${base} and ${f.int(s.fromAdded)} (${percentOf(s.fromAdded, s.saved)}) with ${added} ${counts}.`;
  }
  if (s.fromBase < 0) {
    return `Llama 3 saves ${tokens(s.saved)} against Llama 2 on this text. With only ${base} it would need ${tokens(s.fromBase)} more ` +
      `than Llama 2, so ${added} save ${tokens(s.fromAdded)} ${counts}.`;
  }
  return `Llama 3 saves ${tokens(s.saved)} against Llama 2 on this text. ${base.charAt(0).toUpperCase()}${base.slice(1)} alone would save ` +
    `${tokens(s.fromBase)}; ${added} give back ${tokens(s.fromAdded)} ${counts}.`;
}

const savingEn = (note: SavingNote, f: Format) => note.kind === 'plainOnly'
  ? `Where the saving comes from is measured on text without special tokens: choose “${SPECIALS_EN.plain}” above to see it for this text.`
  : savingSentenceEn(note.split, f);

function specialNoteEn(n: SpecialNaming): string {
  if (n.kind === 'renamed') {
    const use = n.toolUse === 'endOfMessage' ? '; end of message, for tool calls' : n.toolUse === 'toolCall' ? '; for tool calls' : '';
    const hf = n.huggingFace ? ` Hugging Face’s Llama 3.1 converter calls it ${n.huggingFace}.` : '';
    return `Named ${n.llama31} in Llama 3.1 (Meta’s llama-models${use}); reserved as ${n.llama3} in Llama 3 (April 2024).${hf}`;
  }
  return n.llama31 === n.llama3
    ? 'Reserved in both Llama 3 and Llama 3.1: the released models do not use it.'
    : `Reserved in both versions: ${n.llama3} in Llama 3 (April 2024), ${n.llama31} in Llama 3.1 (Meta’s llama-models numbers its reserved tokens anew after <|python_tag|>). The released models do not use it.`;
}

const charsPerTokenEn = (x: number | null, f: Format) => `${f.decimal(x)} characters per token`;

const en: TokenizerPlaygroundMessages = {
  title: 'Tokenizer playground: Llama 3 against Llama 2',
  summary: 'Type any text and see it split by the real Llama 3 and Llama 2 tokenizers: every token, its id and bytes, and characters per token.',
  // The default state shows the 'prose' sample (meta.ts: text '', sample 'prose').
  defaultText: sampleById('prose')!.text,
  textLabel: 'Text',
  samples: SAMPLES_EN,
  specialsLegend: 'Text like <|eot_id|> is read as',
  specials: SPECIALS_EN,
  compareLegend: 'Compare Llama 3 with',
  compare: { llama2: 'Llama 2', cl100k: 'cl100k_base', none: 'nothing' },
  textBox: 'Text to tokenize',
  tooLong: tooLongEn,

  codeError: (error) => `The tokenizer code could not be loaded (${error}).`,
  encodeError: (error) => `Tokenizing failed: ${error}`,
  vocabularyError: (id, error) => `The ${TOKENIZER_NAMES[id]} vocabulary could not be loaded${error ? ` (${error})` : ''}.`,
  retry: 'Try again',

  tokens: (st, f) => (st ? f.count(st.tokens, 'token', 'tokens') : '… tokens'),
  charsPerToken: (st, f) => (st ? charsPerTokenEn(st.charsPerToken, f) : '… characters per token'),
  notTokenized: 'Not tokenized: the text is over the limit.',
  status: (state, id) => {
    const name = TOKENIZER_NAMES[id];
    switch (state) {
      case 'waiting': return `The ${name} tokenizer loads when this figure is on screen (vocabularies: ${DOWNLOAD_EN}, once).`;
      case 'error': return `The ${name} tokenizer did not load.`;
      case 'ready': return `Tokenizing with ${name}…`;
      case 'loading': return `Loading the ${name} vocabulary (all vocabularies together: ${DOWNLOAD_EN}, once)…`;
    }
  },
  idsSummary: (shown, f) => `Token ids${shown === null ? '' : ` (first ${f.int(shown)})`}`,
  idsRegion: (id) => `${TOKENIZER_NAMES[id]} token ids`,
  addedKey: 'abc',
  addedNote: ({ added, shared, shown }, f) =>
    `Underlined: ${f.int(added)} of these${shown === null ? '' : ` first ${f.int(shown)}`} tokens have ids of ${f.int(FIRST_LLAMA3_ONLY_ID)} or ` +
    `more, which Llama 3 added to cl100k_base’s vocabulary; the other ${f.int(shared)} are cl100k_base tokens with the same ids.`,

  tokenList: (id) => `${TOKENIZER_NAMES[id]} tokens, in order`,
  noTokens: 'No tokens: the text is empty.',
  firstTokens: (shown, count, f) => `Showing the first ${f.int(shown)} of ${f.int(count)} tokens; the counts cover the whole text.`,
  pickGroup: (id) => `Pick a ${TOKENIZER_NAMES[id]} token`,
  previous: 'Previous',
  next: 'Next',
  pickHint: 'Pick a token (Tab to the tokens, then the arrow keys; click one; or Previous and Next) to see its id and bytes.',
  tokenDetail: (d, f) => {
    const where = `${TOKENIZER_NAMES[d.tokenizer]} token ${f.int(d.index + 1)} of ${f.int(d.count)}: id ${f.int(d.id)}`;
    if (d.special) return `${where}, the special token ${d.text}.${d.naming ? ` ${specialNoteEn(d.naming)}` : ''}`;
    return `${where}, “${d.text}”, bytes ${hexBytes(d.bytes)}${d.partial ? ' (part of a character: its other bytes are in the neighbouring tokens)' : ''}.`;
  },
  specialNote: specialNoteEn,

  comparison: comparisonEn,
  saving: savingEn,
  paper: (cite, v, f) => [
    'On Meta’s English sample the report measured ', f.decimal(v.llama2), ' characters per token for Llama 2 and ', f.decimal(v.llama3),
    ' for Llama 3 (', cite, '), whose vocabulary “combines 100K tokens from the tiktoken tokenizer with 28K additional tokens” (same section). ' +
    'Your text gives its own numbers: they depend on the language, the subject and the formatting. Token ids come from the real ' +
    'vocabularies (Meta’s Llama 3 and Llama 2 tokenizer files, OpenAI’s cl100k_base). Characters are Unicode code points; counts leave out ' +
    'the begin- and end-of-text tokens.',
    v.llama2Space ? ' Llama 2’s first token starts with the space SentencePiece adds in front of every text.' : '',
  ],
  license: (link) => [
    'Built with Meta Llama 3. Meta Llama 3 is licensed under the', ' ', link('llama3License', 'Meta Llama 3 Community License'),
    ', Copyright © Meta Platforms, Inc. All Rights Reserved. Llama 2 is licensed under the', ' ', link('llama2License', 'LLAMA 2 Community License'),
    ', Copyright © Meta Platforms, Inc. All Rights Reserved. ', link('notice', 'Notices'),
  ],

  describe: (s, f) => {
    const source = s.source === 'custom' ? 'your text' : `the sample “${SAMPLES_EN[s.source]}”`;
    const names = s.columns.map((c) => TOKENIZER_NAMES[c]).join(' and ');
    const head = `Tokenizer playground: ${source}, ${f.int(s.chars)} characters, tokenized by ${names}` +
      (s.specials === 'special' ? ', with special-token text read as special tokens.' : ', with special-token text read as plain text.');
    if (s.tooLong) return `${head} ${tooLongEn(s.chars, MAX_TEXT_CHARS, f)}`;
    if (!s.stats) return `${head} Vocabularies not loaded yet.`;
    const parts = s.stats.map((st) => `${TOKENIZER_NAMES[st.tokenizer]}: ${f.count(st.tokens, 'token', 'tokens')}, ${charsPerTokenEn(st.charsPerToken, f)}.`);
    if (s.comparison) parts.push(comparisonEn(s.comparison, f));
    if (s.saving) parts.push(savingEn(s.saving, f));
    return [head, ...parts].join(' ');
  },
};

export const messages: Catalogue<TokenizerPlaygroundMessages> = { en, zh };
