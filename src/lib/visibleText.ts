// Makes untrusted text safe to *show*: invisible or reordering characters become visible codes.

/** Controls, format characters (bidi overrides, zero-width), lone surrogates, line/paragraph separators, odd spaces. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|[^\S ]/gu;

/** "a\u202Eb" → "a⟨U+202E⟩b": letters, digits, punctuation, symbols and plain spaces stay as they are. */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE, (ch) => `⟨U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
