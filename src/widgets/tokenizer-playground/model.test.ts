import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { splitSaving } from '../../tokenizers';
import {
  checkText, chunkTokens, columnsFor, columnStats, endsLine, compareColumns, describe as describeState,
  hasLlama3SpecialText, MAX_TEXT_CHARS, resolveText, sampleOfText, savingNote, savingSentence,
  sharedWithCl100k, specialTokenNote, tokenizersFor, tokenLangs, type PlaygroundState,
} from './model';
import { SAMPLE_IDS, SAMPLES } from './samples';

const en = formatFor('en');
const base: PlaygroundState = { text: '', sample: 'prose', specials: 'special', compare: 'llama2' };

describe('which text is tokenized', () => {
  it('the sample, unless the reader typed or chose their own text', () => {
    expect(resolveText(base).text).toBe(SAMPLES[0]!.text);
    expect(resolveText({ ...base, text: 'Hello world' }).text).toBe('Hello world');
    expect(resolveText({ ...base, sample: 'custom' }).text).toBe('');
    expect(resolveText({ ...base, sample: 'chat' }).text).toContain('<|start_header_id|>assistant<|end_header_id|>');
  });
  it('every sample id but custom has a text', () => {
    for (const id of SAMPLE_IDS) if (id !== 'custom') expect(resolveText({ ...base, sample: id }).text.length).toBeGreaterThan(20);
  });
  it('columns: Llama 3 first, then the comparison', () => {
    expect(columnsFor('llama2')).toEqual(['llama3', 'llama2']);
    expect(columnsFor('cl100k')).toEqual(['llama3', 'cl100k']);
    expect(columnsFor('none')).toEqual(['llama3']);
  });
});

describe('where the saving comes from (issue 9, item 5)', () => {
  it('comparing runs all three tokenizers; no comparison runs one', () => {
    expect(tokenizersFor('llama2')).toEqual(['llama3', 'llama2', 'cl100k']);
    expect(tokenizersFor('cl100k')).toEqual(['llama3', 'cl100k', 'llama2']);
    expect(tokenizersFor('none')).toEqual(['llama3']);
  });
  it('has no split for an empty text, or counts that are not whole numbers of tokens', () => {
    expect(savingNote('', 'plain', { llama2: 0, cl100k: 0, llama3: 0 })).toBeNull();
    expect(savingNote('x', 'plain', { llama2: 0, cl100k: 70, llama3: 60 })).toBeNull();
    expect(savingNote('x', 'plain', { llama2: Number.NaN, cl100k: 70, llama3: 60 })).toBeNull();
    expect(savingNote('x', 'plain', { llama2: 100, cl100k: 70, llama3: 60 })).toMatch(/^Of the 40 tokens/);
  });
  it('words every case, never NaN', () => {
    expect(savingSentence(splitSaving({ llama2: 100, cl100k: 70, llama3: 60 }))).toBe(
      'Of the 40 tokens Llama 3 saves against Llama 2 on this text, 30 (75%) come with the 100K tokens Llama 3 took from cl100k_base ' +
      'and 10 (25%) with the 28K tokens it added (Llama 2 100, cl100k_base 70, Llama 3 60 tokens).',
    );
    expect(savingSentence(splitSaving({ llama2: 100, cl100k: 110, llama3: 90 }))).toBe(
      'Llama 3 saves 10 tokens against Llama 2 on this text. With only the 100K tokens Llama 3 took from cl100k_base it would need ' +
      '10 tokens more than Llama 2, so the 28K tokens it added save 20 tokens (Llama 2 100, cl100k_base 110, Llama 3 90 tokens).',
    );
    expect(savingSentence(splitSaving({ llama2: 100, cl100k: 80, llama3: 85 }))).toMatch(/alone would save 20 tokens; the 28K tokens it added give back 5 tokens/);
    expect(savingSentence(splitSaving({ llama2: 50, cl100k: 60, llama3: 55 }))).toBe('On this text Llama 3 saves no tokens against Llama 2 (Llama 2 50, cl100k_base 60, Llama 3 55 tokens).');
  });
  it('asks for plain text when Llama 3 would read special tokens the others read as text', () => {
    expect(hasLlama3SpecialText('a<|eot_id|>b')).toBe(true);
    expect(hasLlama3SpecialText('<|step_id|>')).toBe(true);
    expect(hasLlama3SpecialText('<|fake_token|>')).toBe(false);
    expect(hasLlama3SpecialText('x<|endoftext|>')).toBe(true); // cl100k_base's own special token
    const counts = { llama2: 121, cl100k: 92, llama3: 41 };
    expect(savingNote('<|eot_id|>', 'special', counts)).toMatch(/^Where the saving comes from is measured on text without special tokens/);
    expect(savingNote('<|eot_id|>', 'plain', counts)).toMatch(/^Of the 80 tokens/);
    expect(savingNote('x', 'plain', { llama2: 3, llama3: 2 })).toBeNull();
  });
  it('token details of 128005 say what Hugging Face calls it (issue 9, item 1)', () => {
    expect(specialTokenNote('llama3', 128005)).toContain('Hugging Face’s Llama 3.1 converter calls it <|reserved_special_token_2|>');
    expect(specialTokenNote('llama3', 128005)).toContain('Named <|step_id|> in Llama 3.1');
    expect(specialTokenNote('cl100k', 128005)).toBe('');
    expect(specialTokenNote('llama3', 9906)).toBe('');
  });
});

describe('limits', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(checkText('🦙🦙').chars).toBe(2);
    expect(checkText('a\u0301').chars).toBe(2);
  });
  it(`accepts ${MAX_TEXT_CHARS} characters and refuses one more, with a message`, () => {
    expect(checkText('a'.repeat(MAX_TEXT_CHARS)).ok).toBe(true);
    const over = checkText('🦙'.repeat(MAX_TEXT_CHARS + 1));
    expect(over.ok).toBe(false);
    expect(over.ok ? '' : over.message).toBe('This text has 50,001 characters; the playground tokenizes at most 50,000. Shorten it to see its tokens.');
  });
});

describe('statistics', () => {
  it('characters per token and the Llama 3 / Llama 2 ratio', () => {
    const a = columnStats('llama3', 377, 1915);
    const b = columnStats('llama2', 412, 1915);
    expect(a.charsPerToken).toBeCloseTo(5.0796, 4);
    expect(en.decimal(a.charsPerToken)).toBe('5.08');
    expect(en.decimal(b.charsPerToken)).toBe('4.65');
    const c = compareColumns(a, b);
    expect(c.tokenRatio).toBeCloseTo(377 / 412, 12);
    expect(c.sentence).toBe('Llama 3 needs 377 tokens, 8% fewer tokens than Llama 2 (412); 0.92× the count.');
  });
  it('"Hello world": 2 tokens each, the same count', () => {
    const c = compareColumns(columnStats('llama3', 2, 11), columnStats('llama2', 2, 11));
    expect(c.sentence).toBe('Llama 3 needs 2 tokens, the same number of tokens as Llama 2 (2); 1.00× the count.');
  });
  it('an empty text has no characters per token and no ratio', () => {
    expect(columnStats('llama3', 0, 0).charsPerToken).toBeNull();
    expect(en.decimal(null)).toBe('—');
    expect(compareColumns(columnStats('llama3', 0, 0), columnStats('llama2', 0, 0)).tokenRatio).toBeNull();
  });
  it('counts are never negative or fractional, whatever comes in', () => {
    fc.assert(fc.property(fc.double(), fc.double(), (t, c) => {
      const s = columnStats('llama3', t, c);
      expect(s.tokens).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(s.tokens)).toBe(true);
      expect(s.chars).toBeGreaterThanOrEqual(0);
      expect(en.decimal(s.charsPerToken)).not.toMatch(/NaN|Infinity/);
    }));
  });
  it('splits Llama 3 ids into cl100k_base ids and added ones', () => {
    expect(sharedWithCl100k([9906, 1917, 100_255, 100_256, 127_999, 128_009])).toEqual({ shared: 3, added: 2 });
  });
});

describe('blocks of tokens', () => {
  it('split after line ends and after at most max tokens, covering every token once', () => {
    expect(chunkTokens([false, true, false, false, false], 2)).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(chunkTokens([], 3)).toEqual([]);
    fc.assert(fc.property(fc.array(fc.boolean(), { maxLength: 200 }), fc.integer({ min: -5, max: 50 }), (flags, max) => {
      const chunks = chunkTokens(flags, max);
      let at = 0;
      for (const [a, b] of chunks) { expect(a).toBe(at); expect(b).toBeGreaterThan(a); at = b; }
      expect(at).toBe(flags.length);
    }));
  });
  it('a token ends a line when its text ends with a line feed', () => {
    expect(endsLine({ runs: [{ kind: 'text', text: '.\n\n' }] })).toBe(true);
    expect(endsLine({ runs: [{ kind: 'text', text: 'a' }, { kind: 'bytes', bytes: [0xf0] }] })).toBe(false);
    expect(endsLine({ runs: [] })).toBe(false);
  });
});

describe('describe()', () => {
  it('before loading, and with counts', () => {
    expect(describeState({ ...base, text: 'Hello world' })).toBe(
      'Tokenizer playground: your text, 11 characters, tokenized by Llama 3 and Llama 2, with special-token text read as special tokens. Vocabularies not loaded yet.');
    expect(describeState({ ...base, text: 'Hello world' }, { llama3: 2, llama2: 2 })).toContain(
      'Llama 3: 2 tokens, 5.50 characters per token. Llama 2: 2 tokens, 5.50 characters per token.');
  });
  it('never says NaN, Infinity or undefined', () => {
    const state = fc.record({
      text: fc.string({ unit: 'binary', maxLength: 40 }),
      sample: fc.constantFrom(...SAMPLE_IDS),
      specials: fc.constantFrom('special' as const, 'plain' as const),
      compare: fc.constantFrom('llama2' as const, 'cl100k' as const, 'none' as const),
    });
    fc.assert(fc.property(state, fc.option(fc.record({ llama3: fc.nat(), llama2: fc.nat(), cl100k: fc.nat() })), (s, counts) => {
      expect(describeState(s, counts ?? undefined)).not.toMatch(/NaN|Infinity|undefined/);
    }));
  });
});

describe('languages of the samples (WCAG 3.1.2)', () => {
  it('the Chinese sample is zh; the mixed one is written part by part and is the same text as before', () => {
    const chinese = SAMPLES.find((s) => s.id === 'chinese')!;
    expect(chinese.lang).toBe('zh-Hans');
    const mixed = SAMPLES.find((s) => s.id === 'mixed')!;
    expect(mixed.text).toBe(
      'Hello, world! Bonjour le monde. Привет, мир! Γειά σου, κόσμε. नमस्ते दुनिया। ' +
      'مرحبا بالعالم. שלום עולם. こんにちは、世界。 안녕하세요, 세계! Xin chào thế giới.');
    expect(mixed.parts!.map((p) => p.lang)).toEqual(['en', 'fr', 'ru', 'el', 'hi', 'ar', 'he', 'ja', 'ko', 'vi']);
    expect(mixed.parts!.find((p) => p.lang === 'ru')!.text).toBe(' Привет, мир!');
    expect(SAMPLES.filter((s) => s.lang || s.parts).map((s) => s.id)).toEqual(['chinese', 'mixed']);
  });
  it('tokens get their part’s language from their bytes; Llama 2’s added leading space is skipped', () => {
    const mixed = SAMPLES.find((s) => s.id === 'mixed')!;
    const text = (t: string) => ({ runs: [{ kind: 'text' as const, text: t }], special: false });
    // A made-up split of the text into tokens of a few characters each.
    const pieces = mixed.text.match(/.{1,3}/gu)!;
    const looks = Object.fromEntries(pieces.map((p, i) => [i, text(p)]));
    const ids = pieces.map((_, i) => i);
    const langs = tokenLangs(mixed, { tokenizer: 'llama3', count: ids.length, ids, looks })!;
    expect(langs[0]).toBe('en');
    expect(langs.at(-1)).toBe('vi');
    expect(langs.filter((l) => l === 'ru').length).toBeGreaterThan(2);
    // The same pieces with a space in front of the first (as Llama 2 shows it) give the same languages.
    const l2 = tokenLangs(mixed, { tokenizer: 'llama2', count: ids.length, ids, looks: { ...looks, 0: text(` ${pieces[0]}`) } });
    expect(l2).toEqual(langs);
    // Tokens that are not this text mark nothing; a text without parts has no per-token languages.
    expect(tokenLangs(mixed, { tokenizer: 'llama3', count: 1, ids: [0], looks })).toBeNull();
    expect(tokenLangs(SAMPLES[0], { tokenizer: 'llama3', count: ids.length, ids, looks })).toBeNull();
    expect(sampleOfText(mixed.text)).toBe(mixed);
    expect(sampleOfText('typed')).toBeUndefined();
  });
});
