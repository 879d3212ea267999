import fc from 'fast-check';
import { expect, it } from 'vitest';
import { visibleText } from './visibleText';

it('keeps ordinary text, including CJK, emoji and combining marks', () => {
  expect(visibleText('Hello, 世界 🦙 é')).toBe('Hello, 世界 🦙 é');
});
it('names controls, bidi overrides, zero-width characters, odd spaces and lone surrogates', () => {
  expect(visibleText('a\u202Eb\u200Dc\u0000\t\u00A0\uD800')).toBe('a⟨U+202E⟩b⟨U+200D⟩c⟨U+0000⟩⟨U+0009⟩⟨U+00A0⟩⟨U+D800⟩');
});
it('never leaves a bidi control, control character or lone surrogate in its output', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
    const out = visibleText(s);
    expect(out).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
    expect(out.isWellFormed()).toBe(true);
  }));
});
