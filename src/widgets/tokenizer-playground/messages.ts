// The words of the tokenizer playground, one catalogue per language (src/i18n/locale.ts): labels, statuses,
// the comparison and the split of the saving, a token's details, the notes under the columns and the
// screen-reader description. Tokenizer names are proper names (TOKENIZER_NAMES, src/tokenizers); numbers come in
// as numbers and are printed with the reader's Format. Sentences that hold a link or a citation take it as `N`
// (the view's element) and return their pieces in order.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { type LoadState, type SpecialNaming, type TokenizerId } from '../../tokenizers';
import { type ColumnStats, type Compare, type Comparison, type PlaygroundState, type PlaygroundSummary, type SavingNote, type TokenDetail } from './model';
import { type SampleId } from './samples';

/** Where the licence notes link: the two Llama licences and the notices file (public/). */
export type LicenseLink = 'llama3License' | 'llama2License' | 'notice';

export interface TokenizerPlaygroundMessages {
  title: string;
  summary: string;
  /** The sample a page in this language opens on (the island's default for `sample`): the Chinese sample on /zh/. */
  defaultSample: SampleId;
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
  /** The licences' attribution; `english` marks text kept in English as English (lang="en") on other pages. */
  license: <N>(link: (to: LicenseLink, text: string) => N, english: (text: string) => N) => (string | N)[];

  describe: (s: PlaygroundSummary, f: Format) => string;
}

export const messages = catalogueKey<TokenizerPlaygroundMessages>('tokenizer-playground');
