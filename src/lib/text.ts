// Text as readers see and type it, for every widget: characters counted as Unicode code points, invisible
// characters made visible from one symbol table, bytes in hex, and numbers read from what a reader typed.
// Pure and language-neutral: the only names here are Unicode's own character names; a failed parse is a code
// that each widget words in its own language.

// ── Counting ──────────────────────────────────────────────────────────────────────────────────────

/** Characters as readers count them: Unicode code points (an emoji is one, not two UTF-16 units; a lone surrogate is one). */
export function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

// ── Codes and bytes ───────────────────────────────────────────────────────────────────────────────

/** A code point in Unicode's notation, at least four hex digits: 0x202E → "U+202E", 0x1F999 → "U+1F999". */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Bytes as two-digit upper-case hex, space-separated: "F0 9F A6 99"; with `prefix: '0x'`, "0xF0 0x9F" (the tokenizers' byte tokens). */
export function hexBytes(bytes: Iterable<number>, { prefix = '' }: { prefix?: string } = {}): string {
  return Array.from(bytes, (b) => `${prefix}${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

// ── Making invisible characters visible ───────────────────────────────────────────────────────────

/**
 * The one table of stand-ins for white space, used by every widget (issue #10: the tokenizer playground drew a
 * space as "·" while the BPE stepper in the same chapter drew "␣"). Each symbol is one that ordinary text does not
 * use for anything else, so a reader can always tell the stand-in from a character of the text:
 * - space "␣" (U+2423 OPEN BOX), the typographic sign for a space. Not "·": a middle dot is a character readers
 *   type (Catalan "l·l", this site's own "L·d"), so it could not tell a space from a dot.
 * - line feed "↵" (U+21B5), the return-key arrow.
 * - tab "⇥" (U+21E5, the tab-key symbol). Not "→", an arrow that prose uses ("3.17 → 3.94").
 * - carriage return "␍" (U+240D, from the same Control Pictures block as ␣). Not the two characters "\r",
 *   which a text can contain.
 * `name` is the character's name (for a tooltip, and for a screen reader where the symbol alone would be read out).
 */
export const WHITESPACE_SYMBOLS: Readonly<Record<string, { symbol: string; name: string }>> = {
  ' ': { symbol: '␣', name: 'space' },
  '\n': { symbol: '↵', name: 'line feed' },
  '\t': { symbol: '⇥', name: 'tab' },
  '\r': { symbol: '␍', name: 'carriage return' },
};

/** Unicode names of the invisible characters a reader is most likely to meet (for a code's tooltip). */
const UNICODE_NAMES: Readonly<Record<number, string>> = {
  0x85: 'NEXT LINE', 0xa0: 'NO-BREAK SPACE', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR', 0xfeff: 'BYTE ORDER MARK', 0x061c: 'ARABIC LETTER MARK',
  0x3000: 'IDEOGRAPHIC SPACE', 0xfffd: 'REPLACEMENT CHARACTER',
};

/**
 * Characters that draw nothing, or change the direction of what follows: controls, format characters (bidi
 * controls, zero-width joiners), lone surrogates, private-use and unassigned code points, line and paragraph
 * separators, every space other than U+0020, and the default-ignorable fillers and variation selectors (inside an
 * emoji too, so nothing a reader typed is hidden).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\u034F\u115F\u1160\u3164\uFFA0\u180B-\u180F\uFE00-\uFE0F]/u;
const MARK = /^\p{M}/u;

/** A piece of text as drawn: readable text, a white-space stand-in, or the code of an invisible character. */
export type Glyph =
  | { kind: 'text'; text: string }
  /** `text` is the symbol from WHITESPACE_SYMBOLS; `title` the character's name. */
  | { kind: 'space'; text: string; char: string; title: string }
  /** `text` is "⟨U+202E⟩"; `title` "U+202E RIGHT-TO-LEFT OVERRIDE" where the name is known. */
  | { kind: 'code'; text: string; char: string; title: string };

export interface VisibleOptions {
  /** 'keep' (default): a plain space stays a space, as in running text; 'symbol': it is drawn "␣" (token boxes). */
  space?: 'keep' | 'symbol';
  /**
   * What a combining mark with nothing before it to combine with (at the start, or after a stand-in or a code)
   * becomes. 'keep' (default): text, so a token that starts with a vowel sign (Hindi "ि") stays readable;
   * 'code': its code, where each character gets a label of its own and a mark would float over nothing. Marks
   * after a letter always stay text ("é" written e + U+0301 is one letter).
   */
  loneMark?: 'keep' | 'code';
}

/**
 * The visible form of a text: letters, digits, punctuation, symbols and combining marks as they are; white space
 * from WHITESPACE_SYMBOLS (a plain space only with `space: 'symbol'`); every other invisible or
 * direction-changing character as its code, "⟨U+202E⟩". Adjacent text is one glyph.
 */
export function visibleGlyphs(text: string, { space = 'keep', loneMark = 'keep' }: VisibleOptions = {}): Glyph[] {
  const out: Glyph[] = [];
  let plain = '';
  const flush = () => { if (plain) { out.push({ kind: 'text', text: plain }); plain = ''; } };
  const code = (ch: string) => {
    const cp = ch.codePointAt(0)!;
    const name = UNICODE_NAMES[cp];
    flush();
    out.push({ kind: 'code', text: `⟨${codePointLabel(cp)}⟩`, char: ch, title: name ? `${codePointLabel(cp)} ${name}` : codePointLabel(cp) });
  };
  for (const ch of text) {
    const ws = WHITESPACE_SYMBOLS[ch];
    if (ws && (ch !== ' ' || space === 'symbol')) {
      flush();
      out.push({ kind: 'space', text: ws.symbol, char: ch, title: ws.name });
    } else if (ch !== ' ' && INVISIBLE.test(ch)) {
      code(ch);
    } else if (loneMark === 'code' && plain === '' && MARK.test(ch)) {
      code(ch);
    } else {
      plain += ch;
    }
  }
  flush();
  return out;
}

/** visibleGlyphs as one string: "a\u202Eb" → "a⟨U+202E⟩b" (for notices, labels, tables and screen readers). */
export function visibleText(text: string, options?: VisibleOptions): string {
  return visibleGlyphs(text, options).map((g) => g.text).join('');
}

/** The label of one character on its own: "␣" for a space, the code of anything invisible or of a lone combining mark. */
export function visibleChar(ch: string): string {
  return visibleText(ch, { space: 'symbol', loneMark: 'code' });
}

// ── Reading a typed number ────────────────────────────────────────────────────────────────────────

/** Why a typed number was refused; each widget words these in its own messages. */
export type NumberFailure = 'empty' | 'tooLong' | 'invalid' | 'negative' | 'fraction' | 'tooSmall' | 'tooLarge';

export type ParsedNumber =
  | { ok: true; value: number }
  /** `value`: the number read, when it is one but out of range (so a message can say what it was). */
  | { ok: false; failure: NumberFailure; value?: number };

export interface NumberRules {
  /** Smallest value accepted, inclusive; a minus sign is 'negative' unless `min` is below zero. */
  min?: number | undefined;
  /** Largest value accepted, inclusive (compared exactly, beyond 2⁵³ too). */
  max?: number | undefined;
  /** Whole numbers only (default true): "2.5" is a 'fraction', "4096.0" and "1.5K" (= 1,500) are whole. */
  integer?: boolean | undefined;
  /** Accept an exponent, "1.56e13" (default false: in most fields an "e" is a typo). */
  exponent?: boolean | undefined;
  /** Letters allowed after the number and what they multiply by, lower case (matched in either case). */
  suffixes?: Readonly<Record<string, number>> | undefined;
  /** Longest text read at all, in code points; longer is 'tooLong'. */
  maxLength?: number | undefined;
}

/** A number refused in a named field, with what a message needs to say so (never the typed text itself). */
export interface FieldRefusal<F extends string> {
  field: F;
  failure: NumberFailure;
  /** The number read, when it was one but out of range. */
  value?: number;
  min: number;
  max: number;
}

export type FieldReading<F extends string> = { ok: true; value: number } | { ok: false; error: FieldRefusal<F> };

/**
 * parseNumber for a named field with bounds: the reading, or a refusal naming the field and its bounds (what every
 * widget's typed fields need to word their message).
 */
export function readBoundedField<F extends string>(
  text: string, field: F, bounds: { min: number; max: number }, rules: Omit<NumberRules, 'min' | 'max'> = {},
): FieldReading<F> {
  const { min, max } = bounds;
  const p = parseNumber(text, { ...rules, min, max });
  if (p.ok) return p;
  return { ok: false, error: { field, failure: p.failure, ...(p.value === undefined ? {} : { value: p.value }), min, max } };
}

/** Thousand, million, billion, trillion: "15.6T" = 15,600,000,000,000 (token counts). */
export const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
/** Powers of 1,024, as context windows are written: "128K" = 131,072, "1M" = 1,048,576. */
export const BINARY_SUFFIXES: Readonly<Record<string, number>> = { k: 1_024, m: 1_048_576 };

/** Group separators a reader may type: commas, underscores, apostrophes, and any space (no-break ones too). */
const SEPARATORS = /[\s,_']/g;
/** sign, whole digits, decimals, exponent (up to three digits), one suffix letter. */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,3}))?([a-z]?)$/i;

/**
 * Reads a number a reader typed: digits with optional group separators and a decimal point, and where the rules
 * allow, an exponent ("1.56e13") and a unit letter ("15.6T", "128K"). Exact: the value is computed with bigints, so a
 * fraction or a value just past `max` is caught even beyond 2⁵³. Never throws.
 */
export function parseNumber(text: string, rules: NumberRules = {}): ParsedNumber {
  if (rules.maxLength !== undefined && countCodePoints(text) > rules.maxLength) return { ok: false, failure: 'tooLong' };
  const s = text.replace(SEPARATORS, '');
  if (s === '') return { ok: false, failure: 'empty' };
  const m = NUMBER.exec(s);
  if (!m) return { ok: false, failure: 'invalid' };
  const [, sign = '', whole = '', frac = '', exp = '', suffix = ''] = m;
  if ((whole === '' && frac === '') || (exp !== '' && !rules.exponent)) return { ok: false, failure: 'invalid' };
  const factor = suffix === '' ? 1 : rules.suffixes?.[suffix.toLowerCase()];
  if (factor === undefined || !Number.isInteger(factor) || factor <= 0) return { ok: false, failure: 'invalid' };
  // value = ±num / den exactly.
  const shift = Number(exp || 0) - frac.length;
  const num = BigInt(`${whole}${frac}` || '0') * BigInt(factor) * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const den = shift < 0 ? 10n ** BigInt(-shift) : 1n;
  const negative = sign === '-' && num !== 0n;
  const approx = (negative ? -1 : 1) * ratioToNumber(num, den);
  if (negative && !((rules.min ?? 0) < 0)) return { ok: false, failure: 'negative' };
  if ((rules.integer ?? true) && num % den !== 0n) return { ok: false, failure: 'fraction' };
  const out = (failure: NumberFailure): ParsedNumber => (Number.isFinite(approx) ? { ok: false, failure, value: approx } : { ok: false, failure });
  // Compare ±num/den with the bounds exactly: num/den > max ⇔ num > max·den (bounds as exact rationals).
  const signed = negative ? -num : num;
  if (rules.min !== undefined && compare(signed, den, rules.min) < 0) return out('tooSmall');
  if (rules.max !== undefined && compare(signed, den, rules.max) > 0) return out('tooLarge');
  return { ok: true, value: approx };
}

/** The same rules applied to a value that is already a number (from the URL, or a state). */
export function checkNumber(n: number, rules: NumberRules = {}): ParsedNumber {
  if (Number.isNaN(n)) return { ok: false, failure: 'invalid' };
  if (!Number.isFinite(n)) return n > 0 ? { ok: false, failure: 'tooLarge' } : { ok: false, failure: 'invalid' };
  if (n < 0 && !((rules.min ?? 0) < 0)) return { ok: false, failure: 'negative' };
  if ((rules.integer ?? true) && !Number.isInteger(n)) return { ok: false, failure: 'fraction' };
  if (rules.min !== undefined && n < rules.min) return { ok: false, failure: 'tooSmall', value: n };
  if (rules.max !== undefined && n > rules.max) return { ok: false, failure: 'tooLarge', value: n };
  return { ok: true, value: n };
}

/** num / den as the nearest double (Infinity when it is beyond them). */
function ratioToNumber(num: bigint, den: bigint): number {
  if (den === 1n) return Number(num);
  const whole = num / den;
  // Scale the remainder to 17 significant digits' worth before dividing in floating point.
  return Number(whole) + Number(((num % den) * 10n ** 20n) / den) / 1e20;
}

/** Sign of num/den − bound, exactly (a finite bound is an exact binary fraction; ±Infinity compares as such). */
function compare(num: bigint, den: bigint, bound: number): number {
  if (bound === Number.POSITIVE_INFINITY) return -1;
  if (bound === Number.NEGATIVE_INFINITY) return 1;
  const [bn, bd] = exactRational(bound);
  const d = num * bd - bn * den;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** A finite double as an exact fraction n / d (d a power of two). */
function exactRational(x: number): [bigint, bigint] {
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let d = 1n;
  let v = x;
  while (!Number.isInteger(v)) { v *= 2; d *= 2n; }
  return [BigInt(v), d];
}
