import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from './format';
import {
  BINARY_SUFFIXES, DECIMAL_SUFFIXES, WHITESPACE_SYMBOLS, checkNumber, codePointLabel, countCodePoints, hexBytes, parseNumber,
  visibleChar, visibleGlyphs, visibleText, type NumberRules, type ParsedNumber,
} from './text';

describe('code points', () => {
  it.each([
    ['', 0], ['abc', 3], ['🦙a', 2], ['🦙🦙', 2], ['a\u0301', 2], ['\uD800', 1], ['\uDC00\uD800', 2], ['世界', 2],
  ])('%j has %i', (s, n) => {
    expect(countCodePoints(s)).toBe(n);
  });
  it('agrees with the string iterator on any string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(countCodePoints(s)).toBe([...s].length);
    }));
  });
  it('labels and hex', () => {
    expect(codePointLabel(0x202e)).toBe('U+202E');
    expect(codePointLabel(0x9)).toBe('U+0009');
    expect(codePointLabel(0x1f999)).toBe('U+1F999');
    expect(hexBytes([0xf0, 0x9f, 0xa6, 0x99])).toBe('F0 9F A6 99');
    expect(hexBytes(new Uint8Array([0x0a, 0xff]), { prefix: '0x' })).toBe('0x0A 0xFF');
    expect(hexBytes([])).toBe('');
  });
});

describe('visible text', () => {
  const TOKEN = { space: 'symbol', loneMark: 'keep' } as const;
  it.each<[string, string, Parameters<typeof visibleText>[1]]>([
    // Running text (URL notices): spaces and combining marks stay; every invisible character is named.
    ['Hello, 世界 🦙 é', 'Hello, 世界 🦙 é', undefined],
    ['a\u202Eb\u200Dc\u0000\u00A0\uD800', 'a⟨U+202E⟩b⟨U+200D⟩c⟨U+0000⟩⟨U+00A0⟩⟨U+D800⟩', undefined],
    ['a\tb\r\nc', 'a⇥b␍↵c', undefined],
    ['❤\uFE0F', '❤⟨U+FE0F⟩', undefined],
    ['\u3164x', '⟨U+3164⟩x', undefined],
    // Token boxes: a space is drawn too, one symbol per white-space character (issue #10: "·" and "␣" before).
    [' a\tb\r\n', '␣a⇥b␍↵', TOKEN],
    ['naïve 你好🦙', 'naïve␣你好🦙', TOKEN],
    ['\u0301a', '\u0301a', TOKEN],
    ['ि', 'ि', TOKEN],
    // Per-character labels: a mark with nothing to sit on is a code, a mark after a letter is not.
    ['\u0301a', '⟨U+0301⟩a', { space: 'symbol', loneMark: 'code' }],
    ['e\u0301', 'e\u0301', { space: 'symbol', loneMark: 'code' }],
    [' \u0301', '␣⟨U+0301⟩', { space: 'symbol', loneMark: 'code' }],
  ])('%j → %j', (input, shown, options) => {
    expect(visibleText(input, options)).toBe(shown);
  });

  it('one character at a time', () => {
    expect(visibleChar(' ')).toBe('␣');
    expect(visibleChar('a')).toBe('a');
    expect(visibleChar('\u0301')).toBe('⟨U+0301⟩');
    expect(visibleChar('\u202E')).toBe('⟨U+202E⟩');
    expect(visibleChar('\n')).toBe('↵');
  });

  it('glyphs carry what they stand for', () => {
    expect(visibleGlyphs('a\u202E b', { space: 'symbol' })).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'code', text: '⟨U+202E⟩', char: '\u202E', title: 'U+202E RIGHT-TO-LEFT OVERRIDE' },
      { kind: 'space', text: '␣', char: ' ', title: 'space' },
      { kind: 'text', text: 'b' },
    ]);
    expect(visibleGlyphs('\uE000')[0]).toEqual({ kind: 'code', text: '⟨U+E000⟩', char: '\uE000', title: 'U+E000' });
  });

  it('every white-space symbol is a single character that no other character is shown as', () => {
    const symbols = Object.values(WHITESPACE_SYMBOLS).map((w) => w.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const s of symbols) {
      expect([...s]).toHaveLength(1);
      expect(visibleText(s, { space: 'symbol' })).toBe(s);
    }
  });

  it('never leaves an invisible or direction-changing character, in any mode', () => {
    const modes = [undefined, TOKEN, { space: 'symbol', loneMark: 'code' } as const];
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      for (const m of modes) {
        const out = visibleText(s, m);
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\uFE00-\uFE0F]/u);
        expect(out.isWellFormed()).toBe(true);
        if (m?.space === 'symbol') expect(out).not.toMatch(/\p{Zs}/u);
      }
    }));
  });

  it('leaves text with nothing invisible in it as it is', () => {
    const invisible = /[\p{C}\p{Z}\u034F\u115F\u1160\u3164\uFFA0\u180B-\u180F\uFE00-\uFE0F]/gu;
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      const visible = s.replace(invisible, '');
      expect(visibleText(visible)).toBe(visible);
      expect(visibleText(visible.replace(/x/g, ' '))).toBe(visible.replace(/x/g, ' '));
    }));
  });
});

describe('reading a typed number', () => {
  const whole: NumberRules = { min: 1, max: 1_000_000 };
  const tokens: NumberRules = { min: 1, max: 1e16, suffixes: DECIMAL_SUFFIXES, exponent: true };
  const context: NumberRules = { min: 1, max: 1_048_576, suffixes: BINARY_SUFFIXES, maxLength: 24 };
  it.each<[string, NumberRules, ParsedNumber]>([
    ['4096', whole, { ok: true, value: 4_096 }],
    [' 4,096 ', whole, { ok: true, value: 4_096 }],
    ['128_256', whole, { ok: true, value: 128_256 }],
    ['1\u00a0024', whole, { ok: true, value: 1_024 }],
    ["1'024", whole, { ok: true, value: 1_024 }],
    ['4096.0', whole, { ok: true, value: 4_096 }],
    ['+7', whole, { ok: true, value: 7 }],
    ['15.6T', tokens, { ok: true, value: 15_600_000_000_000 }],
    ['1.56e13', tokens, { ok: true, value: 15_600_000_000_000 }],
    ['15,600,000,000,000', tokens, { ok: true, value: 15_600_000_000_000 }],
    ['800b', tokens, { ok: true, value: 800e9 }],
    ['128K', context, { ok: true, value: 131_072 }],
    ['8k', context, { ok: true, value: 8_192 }],
    ['1M', context, { ok: true, value: 1_048_576 }],
    ['', whole, { ok: false, failure: 'empty' }],
    ['  ', whole, { ok: false, failure: 'empty' }],
    ['abc', whole, { ok: false, failure: 'invalid' }],
    ['4K', whole, { ok: false, failure: 'invalid' }],
    ['4X', tokens, { ok: false, failure: 'invalid' }],
    ['.', whole, { ok: false, failure: 'invalid' }],
    ['1e9999', tokens, { ok: false, failure: 'invalid' }],
    ['1e3', whole, { ok: false, failure: 'invalid' }],
    ['\u202e4096', whole, { ok: false, failure: 'invalid' }],
    ['١٢٣', whole, { ok: false, failure: 'invalid' }],
    ['-3', whole, { ok: false, failure: 'negative' }],
    ['-0.5', whole, { ok: false, failure: 'negative' }],
    ['2.5', whole, { ok: false, failure: 'fraction' }],
    ['1.5', tokens, { ok: false, failure: 'fraction' }],
    ['0', whole, { ok: false, failure: 'tooSmall', value: 0 }],
    ['-0', whole, { ok: false, failure: 'tooSmall', value: 0 }],
    ['11', { max: 10 }, { ok: false, failure: 'tooLarge', value: 11 }],
    ['2M', context, { ok: false, failure: 'tooLarge', value: 2_097_152 }],
    ['9'.repeat(60), { max: 10 }, { ok: false, failure: 'tooLarge', value: 1e60 }],
    ['1e999T', tokens, { ok: false, failure: 'tooLarge' }],
    ['x'.repeat(25), context, { ok: false, failure: 'tooLong' }],
    ['-3', { min: -5 }, { ok: true, value: -3 }],
    ['2.5', { integer: false, max: 3 }, { ok: true, value: 2.5 }],
  ])('%j', (text, rules, want) => {
    expect(parseNumber(text, rules)).toEqual(want);
  });

  it('compares with the bounds exactly, beyond 2^53', () => {
    expect(parseNumber('9007199254740993', { max: 9_007_199_254_740_992 })).toMatchObject({ ok: false, failure: 'tooLarge' });
    expect(parseNumber('9007199254740992', { max: 9_007_199_254_740_992 }).ok).toBe(true);
    expect(parseNumber('10000000000000000.5', { integer: true })).toEqual({ ok: false, failure: 'fraction' });
  });

  it('checks numbers that are numbers already', () => {
    expect(checkNumber(4_096, whole)).toEqual({ ok: true, value: 4_096 });
    expect(checkNumber(0, whole)).toEqual({ ok: false, failure: 'tooSmall', value: 0 });
    expect(checkNumber(-5, whole)).toEqual({ ok: false, failure: 'negative' });
    expect(checkNumber(14_336.5, whole)).toEqual({ ok: false, failure: 'fraction' });
    expect(checkNumber(2_000_000, whole)).toEqual({ ok: false, failure: 'tooLarge', value: 2_000_000 });
    expect(checkNumber(Number.NaN, whole)).toEqual({ ok: false, failure: 'invalid' });
    expect(checkNumber(Number.POSITIVE_INFINITY, whole)).toEqual({ ok: false, failure: 'tooLarge' });
  });

  it('never throws, and what it accepts obeys the rules', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[-+]?[\d,._ ]{0,12}(e[-+]?\d{1,4})?[kmbtKMBTx]?$/)), (s) => {
      for (const rules of [whole, tokens, context]) {
        const p = parseNumber(s, rules);
        if (p.ok) expect(Number.isInteger(p.value) && p.value >= 1 && p.value <= rules.max!).toBe(true);
      }
    }));
  });

  it('reads back every whole number the formatting prints', () => {
    const en = formatFor('en');
    fc.assert(fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(parseNumber(en.int(n), { min: 1 })).toEqual({ ok: true, value: n });
    }));
  });
});

describe('readBoundedField', () => {
  it('reads within bounds, and names the field, failure, value and bounds when it refuses', async () => {
    const { readBoundedField, BINARY_SUFFIXES: K } = await import('./text');
    expect(readBoundedField('128K', 'seqLen', { min: 2, max: 1_048_576 }, { suffixes: K })).toEqual({ ok: true, value: 131_072 });
    expect(readBoundedField('2M', 'seqLen', { min: 2, max: 1_048_576 }, { suffixes: K }))
      .toEqual({ ok: false, error: { field: 'seqLen', failure: 'tooLarge', value: 2_097_152, min: 2, max: 1_048_576 } });
    expect(readBoundedField('abc', 'cp', { min: 1, max: 64 })).toEqual({ ok: false, error: { field: 'cp', failure: 'invalid', min: 1, max: 64 } });
  });
});
