// The playground's English sentences, from the numbers and codes of model.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { llama3SpecialNaming, splitSaving } from '../../tokenizers';
import { en as t } from './messages.en';
import { columnStats, compareColumns, MAX_TEXT_CHARS, savingNote, summarize, tokenDetail, type PlaygroundState } from './model';
import { SAMPLE_IDS } from './samples';

const en = formatFor('en');
const base: PlaygroundState = { text: '', sample: 'prose', specials: 'special', compare: 'llama2' };
const split = (counts: { llama2: number; cl100k: number; llama3: number }) => t.saving({ kind: 'split', split: splitSaving(counts) }, en);
const naming = (id: number) => t.specialNote(llama3SpecialNaming(id)!);

describe('where the saving comes from (issue 9, item 5)', () => {
  it('words every case, never NaN', () => {
    expect(split({ llama2: 100, cl100k: 70, llama3: 60 })).toBe(
      'Of the 40 tokens Llama 3 saves against Llama 2 on this text, 30 (75%) come with the 100K tokens Llama 3 took from cl100k_base ' +
      'and 10 (25%) with the 28K tokens it added (Llama 2 100, cl100k_base 70, Llama 3 60 tokens).',
    );
    expect(split({ llama2: 100, cl100k: 110, llama3: 90 })).toBe(
      'Llama 3 saves 10 tokens against Llama 2 on this text. With only the 100K tokens Llama 3 took from cl100k_base it would need ' +
      '10 tokens more than Llama 2, so the 28K tokens it added save 20 tokens (Llama 2 100, cl100k_base 110, Llama 3 90 tokens).',
    );
    expect(split({ llama2: 100, cl100k: 80, llama3: 85 })).toMatch(/alone would save 20 tokens; the 28K tokens it added give back 5 tokens/);
    expect(split({ llama2: 50, cl100k: 60, llama3: 55 })).toBe('On this text Llama 3 saves no tokens against Llama 2 (Llama 2 50, cl100k_base 60, Llama 3 55 tokens).');
  });
  it('asks for plain text, by the name of its option, when the text holds special-token text', () => {
    const counts = { llama2: 121, cl100k: 92, llama3: 41 };
    expect(t.saving(savingNote('<|eot_id|>', 'special', counts)!, en)).toBe(
      'Where the saving comes from is measured on text without special tokens: choose “plain text” above to see it for this text.');
    expect(t.specials.plain).toBe('plain text');
    expect(t.saving(savingNote('<|eot_id|>', 'plain', counts)!, en)).toMatch(/^Of the 80 tokens/);
  });
});

describe('special tokens in the token details (issue 9, item 1)', () => {
  it('128005 carries the note about Hugging Face’s name for it', () => {
    expect(naming(128005)).toBe(
      'Named <|step_id|> in Llama 3.1 (Meta’s llama-models); reserved as <|reserved_special_token_3|> in Llama 3 (April 2024). ' +
      'Hugging Face’s Llama 3.1 converter calls it <|reserved_special_token_2|>.',
    );
  });
  it('notes say which ids are for tools, and how reserved ids are numbered in each version', () => {
    expect(naming(128008)).toBe('Named <|eom_id|> in Llama 3.1 (Meta’s llama-models; end of message, for tool calls); reserved as <|reserved_special_token_4|> in Llama 3 (April 2024).');
    expect(naming(128010)).toBe('Named <|python_tag|> in Llama 3.1 (Meta’s llama-models; for tool calls); reserved as <|reserved_special_token_5|> in Llama 3 (April 2024).');
    expect(naming(128004)).not.toMatch(/tool/);
    expect(naming(128255)).toMatch(/<\|reserved_special_token_250\|> in Llama 3 \(April 2024\), <\|reserved_special_token_246\|> in Llama 3\.1/);
    expect(naming(128002)).toBe('Reserved in both Llama 3 and Llama 3.1: the released models do not use it.');
  });
  it('the details line: position, id, the token as drawn and its bytes, or the special token and its note', () => {
    const look = (runs: ({ kind: 'text'; text: string } | { kind: 'bytes'; bytes: number[] })[], special = false) => ({ runs, special });
    const result = {
      tokenizer: 'llama3' as const, count: 1_204, ids: [1917, 11410, 128005], ms: 0,
      looks: {
        1917: look([{ kind: 'text', text: ' world' }]),
        11410: look([{ kind: 'text', text: ' ' }, { kind: 'bytes', bytes: [0xf0, 0x9f] }]),
        128005: look([{ kind: 'text', text: '<|step_id|>' }], true),
      },
    };
    expect(t.tokenDetail(tokenDetail(result, 0), en)).toBe('Llama 3 token 1 of 1,204: id 1,917, “␣world”, bytes 20 77 6F 72 6C 64.');
    expect(t.tokenDetail(tokenDetail(result, 1), en)).toBe(
      'Llama 3 token 2 of 1,204: id 11,410, “␣<0xF0 0x9F>”, bytes 20 F0 9F (part of a character: its other bytes are in the neighbouring tokens).');
    expect(t.tokenDetail(tokenDetail(result, 2), en)).toBe(
      'Llama 3 token 3 of 1,204: id 128,005, the special token <|step_id|>. Named <|step_id|> in Llama 3.1 (Meta’s llama-models); reserved as ' +
      '<|reserved_special_token_3|> in Llama 3 (April 2024). Hugging Face’s Llama 3.1 converter calls it <|reserved_special_token_2|>.');
  });
});

describe('limits', () => {
  it('refuses text over the cap with a message that says what to do', () => {
    expect(t.tooLong(50_001, MAX_TEXT_CHARS, en)).toBe('This text has 50,001 characters; the playground tokenizes at most 50,000. Shorten it to see its tokens.');
  });
});

describe('the comparison', () => {
  it('fewer, the same, about as many', () => {
    const a = columnStats('llama3', 377, 1915);
    const b = columnStats('llama2', 412, 1915);
    expect(t.comparison(compareColumns(a, b), en)).toBe('Llama 3 needs 377 tokens, 8% fewer tokens than Llama 2 (412); 0.92× the count.');
    expect(t.comparison(compareColumns(columnStats('llama3', 2, 11), columnStats('llama2', 2, 11)), en)).toBe(
      'Llama 3 needs 2 tokens, the same number of tokens as Llama 2 (2); 1.00× the count.');
    expect(t.comparison(compareColumns(columnStats('llama3', 1001, 9), columnStats('cl100k', 1000, 9)), en)).toBe(
      'Llama 3 needs 1,001 tokens, about as many tokens as (1.001×) cl100k_base (GPT-4) (1,000); 1.00× the count.');
    expect(t.comparison(compareColumns(columnStats('llama3', 0, 0), columnStats('llama2', 0, 0)), en)).toBe('Type or pick a text to compare token counts.');
  });
});

describe('describe()', () => {
  it('before loading, and with counts', () => {
    expect(t.describe(summarize({ ...base, text: 'Hello world' }), en)).toBe(
      'Tokenizer playground: your text, 11 characters, tokenized by Llama 3 and Llama 2, with special-token text read as special tokens. Vocabularies not loaded yet.');
    expect(t.describe(summarize({ ...base, text: 'Hello world' }, { llama3: 2, llama2: 2 }), en)).toContain(
      'Llama 3: 2 tokens, 5.50 characters per token. Llama 2: 2 tokens, 5.50 characters per token.');
    expect(t.describe(summarize({ ...base, compare: 'none', specials: 'plain' }), en)).toBe(
      'Tokenizer playground: the sample “English prose”, 350 characters, tokenized by Llama 3, with special-token text read as plain text. Vocabularies not loaded yet.');
    expect(t.describe(summarize({ ...base, sample: 'custom', text: 'x'.repeat(MAX_TEXT_CHARS + 1) }), en)).toMatch(
      /50,001 characters, .* This text has 50,001 characters; the playground tokenizes at most 50,000\. Shorten it to see its tokens\.$/);
  });
  it('never says NaN, Infinity or undefined', () => {
    const state = fc.record({
      text: fc.string({ unit: 'binary', maxLength: 40 }),
      sample: fc.constantFrom(...SAMPLE_IDS),
      specials: fc.constantFrom('special' as const, 'plain' as const),
      compare: fc.constantFrom('llama2' as const, 'cl100k' as const, 'none' as const),
    });
    fc.assert(fc.property(state, fc.option(fc.record({ llama3: fc.nat(), llama2: fc.nat(), cl100k: fc.nat() })), (s, counts) => {
      expect(t.describe(summarize(s, counts ?? undefined), en)).not.toMatch(/NaN|Infinity|undefined/);
    }));
  });
});
