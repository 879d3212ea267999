import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import {
  checkText, chunkTokens, columnsFor, columnStats, endsLine, compareColumns, hasLlama3SpecialText, MAX_TEXT_CHARS, resolveText,
  runsText, sampleOfText, savingNote, sharedWithCl100k, summarize, tokenDetail, tokenizersFor, tokenLangs, type PlaygroundState,
} from './model';
import { SAMPLE_IDS, SAMPLES } from './samples';

const en = formatFor('en');
const base: PlaygroundState = { text: '', sample: 'prose', specials: 'special', compare: 'llama2' };

describe('which text is tokenized', () => {
  it('the sample, unless the reader typed or chose their own text', () => {
    expect(resolveText(base)).toEqual({ text: SAMPLES[0]!.text, source: 'prose' });
    expect(resolveText({ ...base, text: 'Hello world' })).toEqual({ text: 'Hello world', source: 'custom' });
    expect(resolveText({ ...base, sample: 'custom' })).toEqual({ text: '', source: 'custom' });
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
    expect(savingNote('x', 'plain', { llama2: 3, llama3: 2 })).toBeNull();
    expect(savingNote('x', 'plain', { llama2: 100, cl100k: 70, llama3: 60 })).toEqual({
      kind: 'split', split: { llama2: 100, cl100k: 70, llama3: 60, saved: 40, fromBase: 30, fromAdded: 10, shareFromBase: 0.75, shareFromAdded: 0.25 },
    });
  });
  it('asks for plain text when Llama 3 would read special tokens the others read as text', () => {
    expect(hasLlama3SpecialText('a<|eot_id|>b')).toBe(true);
    expect(hasLlama3SpecialText('<|step_id|>')).toBe(true);
    expect(hasLlama3SpecialText('<|fake_token|>')).toBe(false);
    expect(hasLlama3SpecialText('x<|endoftext|>')).toBe(true); // cl100k_base's own special token
    const counts = { llama2: 121, cl100k: 92, llama3: 41 };
    expect(savingNote('<|eot_id|>', 'special', counts)).toEqual({ kind: 'plainOnly' });
    expect(savingNote('<|eot_id|>', 'plain', counts)).toMatchObject({ kind: 'split', split: { saved: 80 } });
  });
});

describe('a token’s details', () => {
  const look = (runs: ({ kind: 'text'; text: string } | { kind: 'bytes'; bytes: number[] })[], special = false) => ({ runs, special });
  it('the token as drawn, its bytes, and whether it holds part of a character', () => {
    const result = {
      tokenizer: 'llama3' as const, count: 3, ids: [1917, 11410, 99], ms: 0,
      looks: { 1917: look([{ kind: 'text', text: ' world' }]), 11410: look([{ kind: 'text', text: ' ' }, { kind: 'bytes', bytes: [0xf0, 0x9f] }]), 99: look([{ kind: 'bytes', bytes: [0xa6] }]) },
    };
    expect(tokenDetail(result, 0)).toEqual({
      tokenizer: 'llama3', index: 0, count: 3, id: 1917, text: '␣world', special: false, bytes: [0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64], partial: false, naming: undefined,
    });
    expect(tokenDetail(result, 1)).toMatchObject({ text: '␣<0xF0 0x9F>', bytes: [0x20, 0xf0, 0x9f], partial: true });
    expect(runsText([{ kind: 'text', text: 'a\u202E' }, { kind: 'bytes', bytes: [0xe2, 0x80] }])).toBe('a⟨U+202E⟩<0xE2 0x80>');
  });
  it('a special Llama 3 id carries how the versions name it (issue 9, item 1); other tokenizers’ specials do not', () => {
    const special = (tokenizer: 'llama3' | 'cl100k', id: number, name: string) =>
      tokenDetail({ tokenizer, count: 1, ids: [id], ms: 0, looks: { [id]: look([{ kind: 'text', text: name }], true) } }, 0);
    expect(special('llama3', 128005, '<|step_id|>')).toMatchObject({
      special: true, text: '<|step_id|>', bytes: [],
      naming: { kind: 'renamed', llama31: '<|step_id|>', llama3: '<|reserved_special_token_3|>', huggingFace: '<|reserved_special_token_2|>' },
    });
    expect(special('llama3', 128009, '<|eot_id|>').naming).toBeUndefined();
    expect(special('cl100k', 100257, '<|endoftext|>').naming).toBeUndefined();
  });
});

describe('limits', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(checkText('🦙🦙').chars).toBe(2);
    expect(checkText('a\u0301').chars).toBe(2);
  });
  it(`accepts ${MAX_TEXT_CHARS} characters and refuses one more`, () => {
    expect(checkText('a'.repeat(MAX_TEXT_CHARS))).toEqual({ ok: true, chars: MAX_TEXT_CHARS });
    expect(checkText('🦙'.repeat(MAX_TEXT_CHARS + 1))).toEqual({ ok: false, chars: MAX_TEXT_CHARS + 1 });
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
    expect(c.difference).toBeCloseTo(35 / 412, 12);
    expect(c).toMatchObject({ other: 'llama2', llama3Tokens: 377, otherTokens: 412, relation: 'fewer' });
  });
  it('relations: the same count, within half a percent, more', () => {
    expect(compareColumns(columnStats('llama3', 2, 11), columnStats('llama2', 2, 11)).relation).toBe('same');
    expect(compareColumns(columnStats('llama3', 1001, 9), columnStats('llama2', 1000, 9)).relation).toBe('about');
    expect(compareColumns(columnStats('llama3', 1006, 9), columnStats('llama2', 1000, 9)).relation).toBe('more');
  });
  it('an empty text has no characters per token and no ratio', () => {
    expect(columnStats('llama3', 0, 0).charsPerToken).toBeNull();
    expect(en.decimal(null)).toBe('—');
    expect(compareColumns(columnStats('llama3', 0, 0), columnStats('llama2', 0, 0))).toMatchObject({ tokenRatio: null, relation: 'none' });
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

describe('summarize(): what the description is built from', () => {
  it('before loading, with counts, and over the limit', () => {
    expect(summarize({ ...base, text: 'Hello world' })).toEqual({
      source: 'custom', chars: 11, tooLong: false, columns: ['llama3', 'llama2'], specials: 'special', stats: null, comparison: null, saving: null,
    });
    const s = summarize({ ...base, text: 'Hello world' }, { llama3: 2, llama2: 2, cl100k: 2 });
    expect(s.stats!.map((c) => [c.tokenizer, c.tokens, c.charsPerToken])).toEqual([['llama3', 2, 5.5], ['llama2', 2, 5.5]]);
    expect(s.comparison).toMatchObject({ relation: 'same', other: 'llama2' });
    expect(s.saving).toMatchObject({ kind: 'split', split: { saved: 0 } });
    expect(summarize({ ...base, compare: 'none' }, { llama3: 70, llama2: 90, cl100k: 80 })).toMatchObject({ source: 'prose', comparison: null, saving: null });
    expect(summarize({ ...base, sample: 'custom', text: 'x'.repeat(MAX_TEXT_CHARS + 1) }, { llama3: 1 })).toMatchObject({ tooLong: true, stats: null });
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
