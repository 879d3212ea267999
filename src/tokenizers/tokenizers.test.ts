// The tokenizer layer against the exact reference ids (shared/reference/tokenizer-reference-ids.json:
// Meta's tiktoken for Llama 3, SentencePiece with Meta's tokenizer.model for Llama 2, tiktoken cl100k_base).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import reference from '../../tests/fixtures/tokenizer-reference-ids.json';
import { countCharacters, loadTokenizer, type Tokenizer } from './index';
import type { ByteBpe } from './byteBpe';
import { utf8Binary } from './bytes';
import { LLAMA3_PATTERN } from './pattern';

interface Case { text: string; llama3: number[]; llama3_plain_specials: number[]; llama2: number[]; cl100k: number[] }
const cases = reference as Case[];

let llama3: Tokenizer, llama2: Tokenizer, cl100k: Tokenizer;
beforeAll(async () => {
  [llama3, llama2, cl100k] = await Promise.all([loadTokenizer('llama3'), loadTokenizer('llama2'), loadTokenizer('cl100k')]);
}, 60_000);

const label = (c: Case) => JSON.stringify(c.text.slice(0, 40));

describe('reference ids (77 strings)', () => {
  it('has the 77 cases', () => expect(cases).toHaveLength(77));
  it.each(cases.map((c) => [label(c), c] as const))('Llama 3, specials as tokens: %s', (_, c) => {
    expect(llama3.encode(c.text, 'special')).toEqual(c.llama3);
  });
  it.each(cases.map((c) => [label(c), c] as const))('Llama 3, specials as text: %s', (_, c) => {
    expect(llama3.encode(c.text, 'plain')).toEqual(c.llama3_plain_specials);
  });
  it.each(cases.map((c) => [label(c), c] as const))('Llama 2: %s', (_, c) => {
    expect(llama2.encode(c.text, 'special')).toEqual(c.llama2);
  });
  it.each(cases.map((c) => [label(c), c] as const))('cl100k_base: %s', (_, c) => {
    expect(cl100k.encode(c.text, 'special')).toEqual(c.cl100k);
  });
});

describe('known ids', () => {
  it('"Hello world" → [9906, 1917] (Llama 3) and [15043, 3186] (Llama 2)', () => {
    expect(llama3.encode('Hello world', 'special')).toEqual([9906, 1917]);
    expect(llama2.encode('Hello world', 'special')).toEqual([15043, 3186]);
  });
  it('special tokens of the chat format', () => {
    expect(llama3.encode('<|begin_of_text|>', 'special')).toEqual([128000]);
    expect(llama3.encode('<|end_of_text|>', 'special')).toEqual([128001]);
    expect(llama3.encode('<|start_header_id|><|end_header_id|>', 'special')).toEqual([128006, 128007]);
    expect(llama3.encode('<|eot_id|>', 'special')).toEqual([128009]);
    expect(llama3.tokenLabel(128009)).toBe('<|eot_id|>');
    expect(llama3.isSpecial(128009)).toBe(true);
    expect(llama3.isSpecial(9906)).toBe(false);
  });
  it('Llama 3.1 names of reserved ids are accepted and shown', () => {
    expect(llama3.encode('<|eom_id|><|python_tag|><|finetune_right_pad_id|>', 'special')).toEqual([128008, 128010, 128004]);
    expect(llama3.tokenLabel(128010)).toBe('<|python_tag|>');
    expect(llama3.encode('<|step_id|>', 'special')).toEqual([128005]);
    expect(llama3.encode('<|reserved_special_token_3|>', 'special')).toEqual([128005]); // its April 2024 name
    expect(llama3.tokenLabel(128005)).toBe('<|step_id|>');
    expect(llama3.tokenLabel(128004)).toBe('<|finetune_right_pad_id|>');
    expect(llama3.tokenLabel(128008)).toBe('<|eom_id|>');
    expect(llama3.tokenLabel(128255)).toBe('<|reserved_special_token_250|>');
  });
  it('"a<|eot_id|>b" as plain text (tokenizers.md caveat 2)', () => {
    expect(llama3.encode('a<|eot_id|>b', 'plain')).toEqual([64, 27, 91, 68, 354, 851, 91, 29, 65]);
  });
  it('an emoji after a space spans three tokens whose bytes are partial UTF-8', () => {
    const ids = llama3.encode(' 🦙', 'special');
    expect(ids).toEqual([11410, 99, 247]);
    expect([...llama3.tokenBytes(11410)]).toEqual([0x20, 0xf0, 0x9f]);
    expect(llama3.tokenLabel(11410)).toBe(' <0xF0 0x9F>');
    expect(llama3.tokenLabel(99)).toBe('<0xA6>');
    expect(llama3.decode(ids)).toBe(' 🦙');
  });
  it('vocabulary sizes: 128,256 / 32,000 / 100,277', () => {
    expect(llama3.vocabSize).toBe(128_256);
    expect(llama2.vocabSize).toBe(32_000);
    expect(cl100k.vocabSize).toBe(100_277);
  });
  it('Llama 2 token bytes: ▁ is a space, <0x0A> is a newline byte', () => {
    expect(new TextDecoder().decode(llama2.tokenBytes(15043))).toBe(' Hello');
    expect([...llama2.tokenBytes(13)]).toEqual([10]);
    expect(llama2.tokenLabel(1)).toBe('<s>');
  });
  it('bad ids never throw', () => {
    for (const t of [() => llama3, () => llama2, () => cl100k]) {
      for (const id of [-1, 1e9, 1.5, NaN]) {
        expect(() => t().tokenLabel(id)).not.toThrow();
        expect(t().tokenBytes(id)).toHaveLength(0);
      }
    }
  });
});

describe('Llama 3 = cl100k_base + 27,744 tokens (measured here)', () => {
  it('ids 0–100,255 have the same bytes in both vocabularies', () => {
    for (let id = 0; id < 100_256; id++) {
      const a = llama3.tokenBytes(id), b = cl100k.tokenBytes(id);
      if (a.length !== b.length || a.some((x, i) => x !== b[i])) throw new Error(`id ${id} differs`);
    }
  });
  it('the vocabulary rebuilds Meta\'s original/tokenizer.model (sha256 82e9d319…5551b55)', () => {
    const lines: string[] = [];
    for (let id = 0; id < 128_000; id++) lines.push(`${Buffer.from(llama3.tokenBytes(id)).toString('base64')} ${id}\n`);
    const hash = createHash('sha256').update(lines.join('')).digest('hex');
    expect(hash).toBe('82e9d31979e92ab929cd544440f129d9ecd797b69e327f80f17e1c50d5551b55');
  });
});

describe('pre-tokenization follows Unicode White_Space like Meta\'s (Rust) regex', () => {
  const split = (s: string) => Array.from(s.matchAll(new RegExp(LLAMA3_PATTERN.source, 'gu')), (m) => m[0]);
  it('U+0085 is whitespace, U+FEFF is not', () => {
    expect(split('a\u0085 b')).toEqual(['a', '\u0085', ' b']);
    expect(split('a\uFEFFb')).toEqual(['a', '\uFEFFb']);
  });
  it('digits in groups of at most three; contractions split off', () => {
    expect(split('1234567')).toEqual(['123', '456', '7']);
    expect(split("we'LL")).toEqual(['we', "'LL"]);
  });
});

describe('properties', () => {
  const wellFormed = fc.string({ unit: 'grapheme', maxLength: 60 });
  const mixed = fc.oneof(wellFormed, fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
    fc.constantFrom('<|eot_id|>', '🦙', '你好', '\r\n', '  ', '\u2581', "'s", '123456', '\uFEFF', '\u0085', '\u202E'));
  const text = fc.array(mixed, { maxLength: 6 }).map((a) => a.join(''));
  it('decode(encode(x)) = x for well-formed text (Llama 3 and cl100k, both modes)', () => {
    fc.assert(fc.property(text, (x) => {
      expect(llama3.decode(llama3.encode(x, 'plain'))).toBe(x);
      expect(llama3.decode(llama3.encode(x, 'special'))).toBe(x);
      expect(cl100k.decode(cl100k.encode(x, 'plain'))).toBe(x);
    }), { numRuns: 300 });
  });
  it('decode(encode(x)) = x for Llama 2 (text without U+2581, which SentencePiece reads as a space)', () => {
    fc.assert(fc.property(text.map((x) => x.replaceAll('\u2581', '_')), (x) => {
      expect(llama2.decode(llama2.encode(x, 'plain'))).toBe(x);
    }), { numRuns: 300 });
  });
  it('never throws, always valid ids, on arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (x) => {
      for (const [t, max] of [[llama3, 128_256], [llama2, 32_000], [cl100k, 100_277]] as const) {
        const ids = t.encode(x, 'special');
        expect(ids.every((id) => Number.isInteger(id) && id >= 0 && id < max)).toBe(true);
        expect(ids.length).toBeLessThanOrEqual(4 * x.length + 1);
        expect(typeof t.decode(ids)).toBe('string');
      }
    }), { numRuns: 300 });
  });
  it('lone surrogates encode like U+FFFD', () => {
    expect(llama3.encode('a\uD800b', 'plain')).toEqual(llama3.encode('a\uFFFDb', 'plain'));
    expect(llama2.encode('a\uDC00b', 'plain')).toEqual(llama2.encode('a\uFFFDb', 'plain'));
  });
  it('counts characters as code points', () => {
    expect(countCharacters('🦙a')).toBe(2);
    expect(countCharacters('\uD800')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });
  it('the heap merge and the scan merge agree (any piece, any length)', () => {
    const bpe = (llama3 as Tokenizer & { bpe: ByteBpe }).bpe;
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'grapheme-ascii', maxLength: 120 }),
      fc.array(fc.constantFrom('的', '是', 'ing', ' the', 'aa', '🦙', 'é'), { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(fc.property(piece, (x) => {
      const bin = utf8Binary(x);
      if (!bin) return;
      expect(bpe.mergeWithHeap(bin)).toEqual(bpe.mergeByScan(bin));
    }), { numRuns: 400 });
  });
});

describe('Llama 2 chunked encoding is exact', () => {
  it('no piece has "▁" right after a character that is not "▁" (so chunks never merge across)', async () => {
    const { default: sp } = await import('llama-tokenizer-js');
    const bad = sp.vocabById.filter((p) => /[^\u2581]\u2581/u.test(p));
    expect(sp.vocabById).toHaveLength(32_000);
    expect(bad).toEqual([]);
  });
  it('equals llama-tokenizer-js on the whole text at once', async () => {
    const { default: sp } = await import('llama-tokenizer-js');
    const text = cases.map((c) => c.text).join('\n  \u2581x ');
    expect(llama2.encode(text, 'plain')).toEqual(sp.encode(text, false, true));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (x) => {
      expect(llama2.encode(x, 'plain')).toEqual(x ? sp.encode(x, false, true) : []);
    }), { numRuns: 200 });
  });
});

describe('special-token table', () => {
  it('names the chat-format ids as the tokenizer does', async () => {
    const { LLAMA3_CHAT_TOKENS, llama3SpecialName } = await import('./specials');
    for (const id of Object.values(LLAMA3_CHAT_TOKENS)) {
      expect(llama3.tokenLabel(id)).toBe(llama3SpecialName(id));
      expect(llama3.encode(llama3SpecialName(id)!, 'special')).toEqual([id]);
    }
    expect(llama3SpecialName(LLAMA3_CHAT_TOKENS.endOfTurn)).toBe('<|eot_id|>');
  });
});

describe('byte-order mark', () => {
  it('a leading U+FEFF survives decode and shows in labels (TextDecoder would drop it by default)', () => {
    for (const t of [llama3, llama2, cl100k]) {
      expect(t.decode(t.encode('\uFEFFa', 'plain'))).toBe('\uFEFFa');
    }
    expect(llama3.tokenLabel(3305)).toBe('\uFEFF');
  });
});
