// What a language's number formatting provides: one implementation per locale (en.ts; the Chinese edition adds
// zh.ts), picked with formatFor(locale) in index.ts, or useFormat() in a view (src/i18n/react.tsx).
//
// Every method is a plain function of its arguments (no `this`), takes the number itself (never a preformatted
// string), and never returns "NaN", "Infinity" or "undefined": a missing or non-finite input prints as "—".

/** A number that may be missing; null, undefined and non-finite values print as "—". */
export type Maybe<T> = T | null | undefined;

/** Binary units (KiB, MiB, GiB: powers of 1,024) or decimal SI units (kB, MB, GB: powers of 1,000). */
export type ByteUnits = 'binary' | 'decimal';

export interface Format {
  /** Exact integer with group separators: 8030261248 → "8,030,261,248" (bigint stays exact; a fraction is rounded). */
  int(n: Maybe<number | bigint>): string;
  /** A count with its noun in the language's number: count(1, 'token', 'tokens') → "1 token" (languages without plural forms pass the same word twice). */
  count(n: Maybe<number | bigint>, one: string, other: string): string;

  /**
   * Short form with a unit of thousands (K, M, B, T) and `digits` significant digits (default 3):
   * 8.03e9 → "8.03B", 2e12 (digits 2) → "2.0T"; `trim` drops trailing zeros ("2.0T" → "2T", for axis ticks).
   * Integers below 1,000 print whole ("512"); from 10¹⁵ on, scientific form.
   */
  short(n: Maybe<number | bigint>, options?: { digits?: number; trim?: boolean }): string;

  /**
   * A model's parameter count as the site rounds it: billions with one decimal (8.0B, 70.6B, 405.9B, so the
   * 405B reads as the 405,853,388,800 it is rather than "406B"); other magnitudes as `short`.
   */
  params(n: Maybe<number | bigint>): string;

  /**
   * Scientific form with a real superscript and `digits` significant digits (default 2), trailing zeros dropped:
   * 3.8e25 → "3.8 × 10²⁵". `bareOne`: a mantissa of exactly 1 is left out, 1e-5 → "10⁻⁵". `trim: false` keeps the
   * trailing zeros, so a column of exact values shows every digit (13 digits: 5.248461609930 × 10⁻⁴, as %.12e prints).
   */
  sci(n: Maybe<number>, options?: { digits?: number; bareOne?: boolean; trim?: boolean }): string;

  /**
   * A fraction as a percentage: 0.702 → "70.2%". Zero, and only zero, is "0%".
   * Without `digits`: enough digits to tell shares apart — one decimal from 10%, two from 1%, two significant digits
   * below (70.2%, 5.43%, 0.0033%).
   * With `digits`: that many decimals (`trim` drops trailing zeros, for axis ticks), and a value too small to show
   * is "< 0.05%" (for one decimal), never a zero that is not one.
   */
  percent(fraction: Maybe<number>, options?: { digits?: number; trim?: boolean }): string;

  /**
   * Fixed decimals (default 2) with a real minus sign, never "−0.00": −0.1234 → "−0.123" (digits 3).
   * `trim` drops trailing zeros (85.3333 → "85.33", 12.5 → "12.5"); `leadingZero: false` drops the zero before the
   * point in values under 1, for tight cells: 0.25 → ".25".
   */
  decimal(n: Maybe<number>, options?: { digits?: number; trim?: boolean; leadingZero?: boolean }): string;

  /** A change, always signed, fixed decimals (default 2): "+0.012", "−0.004", and "0.000" when it rounds to zero. */
  signed(n: Maybe<number>, options?: { digits?: number }): string;

  /**
   * Bytes rounded to `digits` significant digits (default 3, trailing zeros dropped) in the largest unit that keeps
   * the value ≥ 1, with group separators: 17179869184 → "16 GiB", 1.0823e12 → "1,008 GiB", decimal 16060522496 →
   * "16.1 GB".
   */
  bytes(n: Maybe<number | bigint>, options?: { units?: ByteUnits; digits?: number }): string;

  /**
   * Bytes exactly when the value has at most four decimals in its unit (every power-of-two size in binary units
   * does: 4,227,858,432 B = "3.9375 GiB"), else rounded to three significant digits, trailing zeros kept, and marked
   * "≈" ("≈15.0 GB"). `exact` says which.
   */
  bytesExact(n: Maybe<bigint | number>, options?: { units?: ByteUnits }): { text: string; exact: boolean };

  /** Seconds as a short duration, three significant digits: 0.00992 → "9.92 ms" (ns, µs, ms, s, min, h, days). */
  duration(seconds: Maybe<number>): string;

  /** A rate such as tokens per second: three significant digits, whole numbers from 100, "under 0.01" below that. */
  rate(n: Maybe<number>): string;

  /**
   * How many times: "1.07×". `digits` decimals below 10 (default 2, kept so a column aligns: "0.30×"), three
   * significant digits from 10 ("123×"), and "under 0.01×" when too small to show.
   */
  ratio(r: Maybe<number>, options?: { digits?: number }): string;

  /** The dimensions of a matrix or tensor: [4096, 1024] → "[4,096 × 1,024]", [16] → "[16]". */
  shape(dims: readonly number[]): string;

  /**
   * A count written in binary thousands when it is an exact multiple, as context windows are (K = 1,024,
   * M = 1,048,576): 131072 → "128K", 1048576 → "1M"; any other count as `int`.
   */
  binaryShort(n: Maybe<number>): string;
}
