// The numbers of the tokenizer chapter (content/chapters/<lang>/03-tokenizer.mdx), shared by every language: each
// chapter imports them with its own formatting (formatFor('en'), formatFor('zh')) and words them itself. No
// wording here: role descriptions, sample sentences and prose stay in the chapters.
// Build time only: the Chinese sample counts come from the real tokenizers (src/tokenizers/measure.ts, several MB),
// so no island may import this file (src/tokenizers/boundary.test.ts lists who may).
import { CHARS_PER_TOKEN_LLAMA2, CHARS_PER_TOKEN_LLAMA3 } from '../data/facts';
import { CL100K_REGULAR_TOKENS, LLAMA2_VOCAB, LLAMA3_BPE_TOKENS, LLAMA3_VOCAB_ROWS, MODELS, type ModelConfig } from '../data/models';
import type { Format } from '../lib/format';
import { paramBreakdown, parameterCount } from '../lib/llama';
import { LLAMA3_CHAT_TOKENS, llama3SpecialName, llama3SpecialNames } from '../tokenizers';
import { measureSaving, type MeasuredSaving } from '../tokenizers/measure';
import { sampleById } from '../widgets/tokenizer-playground/samples';
import { SAMPLES as VOCAB_SAMPLES } from '../widgets/vocab-tradeoff/samples';

/** Llama 3's regular ids after cl100k_base's: 128,000 − 100,256. */
export const ADDED_TOKENS = LLAMA3_BPE_TOKENS - CL100K_REGULAR_TOKENS;

/** Characters per token, Llama 3 over Llama 2, on the report's English sample (§3.2): 3.94 / 3.17. */
export const CHARS_GAIN = CHARS_PER_TOKEN_LLAMA3.value / CHARS_PER_TOKEN_LLAMA2.value;
/** Fewer tokens for the same text: 1 − 3.17 / 3.94. */
export const FEWER_TOKENS = 1 - CHARS_PER_TOKEN_LLAMA2.value / CHARS_PER_TOKEN_LLAMA3.value;
/** The same text in fewer tokens: a window of fixed length holds this much more text (3.94 / 3.17 − 1). */
export const MORE_TEXT = CHARS_GAIN - 1;

/** The named ids at the start of the special range, the rows of the chapter's table (roles are worded there). */
export const SPECIAL_ROW_IDS: readonly number[] = [128000, 128001, 128002, 128003, 128004, 128005, 128006, 128007, 128008, 128009, 128010];

/** Special-token names of the April 2024 tokenizer, by id. */
export const APRIL_NAMES: ReadonlyMap<number, string> = llama3SpecialNames();

/** The name of a chat-format token (Llama 3.1's, where it named a reserved id). */
export function chatTokenName(key: keyof typeof LLAMA3_CHAT_TOKENS): string {
  const name = llama3SpecialName(LLAMA3_CHAT_TOKENS[key]);
  if (name === undefined) throw new Error(`no special token named for "${key}"`);
  return name;
}

/** A short conversation in the chat format (Meta's prompt_format.md), ending where the model's answer begins. */
export function chatExample(system: string, user: string): string {
  const n = chatTokenName;
  return [
    `${n('beginOfText')}${n('startHeader')}system${n('endHeader')}`, '',
    `${system}${n('endOfTurn')}${n('startHeader')}user${n('endHeader')}`, '',
    `${user}${n('endOfTurn')}${n('startHeader')}assistant${n('endHeader')}`, '', '',
  ].join('\n');
}

/** Parameters of the embedding matrix and the output layer together (Llama 3 does not share them): 2 · n_vocab · d. */
export function vocabParams(m: ModelConfig): bigint {
  const b = paramBreakdown(m);
  return b.embedding + b.lmHead;
}

export const M8 = MODELS['llama3-8b'];
export const M405 = MODELS['llama3-405b'];

let chinese: { playground: MeasuredSaving; vocabTradeoff: MeasuredSaving } | undefined;

/**
 * The Chinese samples of the playground and of the vocabulary figure, counted with the real tokenizers (once; the
 * first call builds all three vocabularies).
 */
export function chineseSamples(): { playground: MeasuredSaving; vocabTradeoff: MeasuredSaving } {
  if (!chinese) {
    const playground = sampleById('chinese');
    if (!playground) throw new Error('tokenizer-playground has no "chinese" sample');
    chinese = { playground: measureSaving(playground.text), vocabTradeoff: measureSaving(VOCAB_SAMPLES.chinese.text) };
  }
  return chinese;
}

/** What the chapter prints, formatted for one language. */
export function tokenizerNumbers(f: Format) {
  const v8 = vocabParams(M8);
  const v405 = vocabParams(M405);
  return {
    added: ADDED_TOKENS,
    gain: CHARS_GAIN,
    fewer: f.percent(FEWER_TOKENS, { digits: 1 }),
    moreText: f.percent(MORE_TEXT, { digits: 1 }),
    zh: chineseSamples(),
    /** A share of the saving, whole percent. */
    percent: (x: number | null) => f.percent(x, { digits: 0 }),
    m8: M8,
    m405: M405,
    v8,
    /** The same two matrices with Llama 2's 32,000 rows. */
    v8small: vocabParams({ ...M8, vocab: LLAMA2_VOCAB }),
    v405,
    /** The vocabulary matrices as a share of the whole model. */
    v8share: f.percent(Number(v8) / Number(parameterCount(M8)), { digits: 1 }),
    v405share: f.percent(Number(v405) / Number(parameterCount(M405)), { digits: 1 }),
    /** Output-layer FLOPs per token for the 8B model: 2 · n_vocab · d, n_vocab the 128,256 embedding rows. */
    outputFlops8: 2 * LLAMA3_VOCAB_ROWS * M8.dim,
  };
}
