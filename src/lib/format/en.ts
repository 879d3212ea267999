// English number formatting: the site's one set of rules for printing numbers (the Format interface, types.ts).
// Conventions: comma group separators ("1,008 GiB", never "1008 GiB"), a real minus sign (U+2212 "−", never the
// hyphen), a real multiplication sign and superscripts in scientific form ("3.8 × 10²⁵"), and "—" for a value that
// is missing or not finite, so "NaN", "Infinity" and "undefined" never reach a reader.
import type { ByteUnits, Format, Maybe } from './types';

const DASH = '—';
const MINUS = '−';

const groupFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function isFiniteNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** The hyphen-minus JavaScript writes, as the typographic minus sign. */
function minus(s: string): string {
  return s.startsWith('-') ? `${MINUS}${s.slice(1)}` : s;
}

function int(n: Maybe<number | bigint>): string {
  if (typeof n === 'bigint') return minus(groupFmt.format(n));
  if (!isFiniteNumber(n)) return DASH;
  // Anything that rounds to zero is "0", never "-0".
  return Math.round(n) === 0 ? '0' : minus(groupFmt.format(n));
}

/** Group separators in the integer part of a plain decimal string: "1008.5" → "1,008.5". */
function groupDecimal(s: string): string {
  const [whole = '', frac] = s.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** "1.500" → "1.5", "2.00" → "2": trailing zeros after the point, and the point itself if nothing is left. */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

const clampDigits = (d: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(Number.isFinite(d) ? d : lo)));

/**
 * `digits` significant digits of a finite number, never in exponent notation and never dropping integer digits
 * (from 10^digits on, the whole number with separators: 1008 → "1,008"). `trim` drops trailing zeros.
 */
function sig(v: number, digits: number, trim: boolean): string {
  const d = clampDigits(digits, 1, 21);
  if (Math.abs(v) >= 10 ** d) return int(v);
  const rounded = Number(v.toPrecision(d));
  if (Math.abs(rounded) >= 10 ** d) return int(rounded);
  let s: string;
  if (rounded === 0) s = (0).toFixed(d - 1);
  else {
    // Decimals for `d` significant digits (toPrecision would switch to exponent notation below 10⁻⁶).
    const decimals = Math.min(100, Math.max(0, d - 1 - Math.floor(Math.log10(Math.abs(rounded)))));
    s = rounded.toFixed(decimals);
  }
  return minus(trim ? trimZeros(s) : s);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};
const superscript = (n: number) => String(n).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');

function sci(n: Maybe<number>, { digits = 2, bareOne = false, trim = true }: { digits?: number; bareOne?: boolean; trim?: boolean } = {}): string {
  if (!isFiniteNumber(n)) return DASH;
  if (n === 0) return '0';
  // toExponential keeps subnormals exact (dividing by 10^exp would underflow to 0 there).
  const [m = '0', e = '0'] = n.toExponential(clampDigits(digits, 1, 21) - 1).split('e');
  const mantissa = trim ? trimZeros(m) : m;
  const power = `10${superscript(Number(e))}`;
  if (bareOne && (mantissa === '1' || mantissa === '-1')) return mantissa === '1' ? power : `${MINUS}${power}`;
  return `${minus(mantissa)} × ${power}`;
}

const SHORT_UNITS: readonly [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

function short(n: Maybe<number | bigint>, { digits = 3, trim = false }: { digits?: number; trim?: boolean } = {}): string {
  const x = typeof n === 'bigint' ? Number(n) : n;
  if (!isFiniteNumber(x)) return DASH;
  if (Number.isInteger(x) && Math.abs(x) < 1_000) return int(x);
  // The unit follows the rounded value, so 999.96e9 is "1.00T", not "1000B".
  const rounded = Math.abs(Number(x.toPrecision(clampDigits(digits, 1, 21))));
  if (rounded >= 1e15) return sci(x, { digits });
  for (const [scale, unit] of SHORT_UNITS) {
    if (rounded >= scale) return `${sig(x / scale, digits, trim)}${unit}`;
  }
  return sig(x, digits, trim);
}

function params(n: Maybe<number | bigint>): string {
  const x = typeof n === 'bigint' ? Number(n) : n;
  if (!isFiniteNumber(x)) return DASH;
  const abs = Math.abs(x);
  if (abs >= 1e9 && abs < 999.95e9) return minus(`${(x / 1e9).toFixed(1)}B`);
  return short(x);
}

function percent(fraction: Maybe<number>, { digits, trim = false }: { digits?: number; trim?: boolean } = {}): string {
  if (!isFiniteNumber(fraction)) return DASH;
  const p = fraction * 100;
  const a = Math.abs(p);
  const sign = p < 0 ? MINUS : '';
  if (p === 0) return '0%';
  if (a >= 1e15) return `${sign}${sci(a, { digits: 3 })}%`;
  if (digits === undefined) {
    // One decimal from 10 %, two from 1 %, two significant digits below (thresholds on the rounded value).
    const s = a >= 9.995 ? a.toFixed(1) : a >= 0.995 ? a.toFixed(2) : sig(a, 2, true);
    return `${sign}${s}%`;
  }
  const d = clampDigits(digits, 0, 20);
  const s = a.toFixed(d);
  if (Number(s) === 0 && a !== 0) {
    // Too small to show at this precision: say so rather than print a zero that is not one.
    const half = (0.5 * 10 ** -d).toFixed(d + 1);
    return p < 0 ? `> ${MINUS}${half}%` : `< ${half}%`;
  }
  return `${sign}${trim ? trimZeros(s) : s}%`;
}

function decimal(
  n: Maybe<number>, { digits = 2, trim = false, leadingZero = true }: { digits?: number; trim?: boolean; leadingZero?: boolean } = {},
): string {
  if (!isFiniteNumber(n)) return DASH;
  if (Math.abs(n) >= 1e15) return sci(n, { digits: 3 });
  const d = clampDigits(digits, 0, 20);
  const s = Math.abs(n).toFixed(d);
  const t = trim ? trimZeros(s) : s;
  const body = groupDecimal(leadingZero ? t : t.replace(/^0\./, '.'));
  return n < 0 && Number(s) !== 0 ? `${MINUS}${body}` : body;
}

function signed(n: Maybe<number>, { digits = 2 }: { digits?: number } = {}): string {
  if (!isFiniteNumber(n)) return DASH;
  const body = decimal(Math.abs(n), { digits });
  if (Number(Math.abs(n).toFixed(clampDigits(digits, 0, 20))) === 0) return body;
  return `${n > 0 ? '+' : MINUS}${body}`;
}

const BYTE_UNITS: Record<ByteUnits, { base: number; names: readonly string[] }> = {
  binary: { base: 1024, names: ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] },
  decimal: { base: 1000, names: ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'] },
};

function bytes(n: Maybe<number | bigint>, { units = 'binary', digits = 3 }: { units?: ByteUnits; digits?: number } = {}): string {
  const x = typeof n === 'bigint' ? Number(n) : n;
  if (!isFiniteNumber(x) || x < 0) return DASH;
  const { base, names } = BYTE_UNITS[units];
  let i = 0;
  let v = x;
  while (v >= base && i < names.length - 1) { v /= base; i++; }
  const shown = i === 0 && Number.isInteger(v) ? int(v) : sig(v, digits, true);
  return `${shown} ${names[i]}`;
}

function bytesExact(n: Maybe<bigint | number>, { units = 'binary' }: { units?: ByteUnits } = {}): { text: string; exact: boolean } {
  const dash = { text: DASH, exact: false };
  if (typeof n === 'number' && Number.isInteger(n)) n = BigInt(n);
  const { base: b, names } = BYTE_UNITS[units];
  if (typeof n !== 'bigint') {
    // A fractional byte count cannot be exact: rounded like any inexact size.
    return isFiniteNumber(n) && n >= 0 ? { text: `≈${bytes(n, { units, digits: 3 })}`, exact: false } : dash;
  }
  if (n < 0n) return dash;
  const base = BigInt(b);
  let k = 0;
  let scale = 1n;
  while (k < names.length - 1 && n >= scale * base) { scale *= base; k++; }
  const unit = names[k]!;
  for (let f = 0; f <= 4; f++) {
    const pow = 10n ** BigInt(f);
    if ((n * pow) % scale === 0n) {
      const scaled = (n * pow) / scale;
      const frac = f === 0 ? '' : `.${(scaled % pow).toString().padStart(f, '0')}`;
      return { text: `${int(scaled / pow)}${frac} ${unit}`, exact: true };
    }
  }
  const v = Number(n) / Number(scale);
  // Three significant digits with trailing zeros kept: "≈15.0" has three.
  return { text: `≈${sig(v, 3, false)} ${unit}`, exact: false };
}

const DURATION_STEPS: readonly [number, string][] = [[86_400, 'days'], [3_600, 'h'], [60, 'min'], [1, 's'], [1e-3, 'ms'], [1e-6, 'µs']];

function duration(seconds: Maybe<number>): string {
  if (!isFiniteNumber(seconds) || seconds < 0) return DASH;
  for (const [size, unit] of DURATION_STEPS) {
    if (seconds >= size) return `${sig(seconds / size, 3, true)} ${unit}`;
  }
  return `${sig(seconds / 1e-9, 3, true)} ns`;
}

function rate(n: Maybe<number>): string {
  if (!isFiniteNumber(n) || n < 0) return DASH;
  if (n < 0.01) return 'under 0.01';
  return sig(n, 3, true);
}

function ratio(r: Maybe<number>, { digits = 2 }: { digits?: number } = {}): string {
  if (!isFiniteNumber(r) || r < 0) return DASH;
  const d = clampDigits(digits, 0, 20);
  const least = 10 ** -d;
  if (r < least) return `under ${least.toFixed(d)}×`;
  const fixed = r.toFixed(d);
  return `${Number(fixed) >= 10 ? sig(r, 3, true) : fixed}×`;
}

function binaryShort(n: Maybe<number>): string {
  if (!isFiniteNumber(n)) return DASH;
  if (n >= 1_048_576 && n % 1_048_576 === 0) return `${int(n / 1_048_576)}M`;
  if (n >= 1_024 && n % 1_024 === 0) return `${int(n / 1_024)}K`;
  return int(n);
}

function shape(dims: readonly number[]): string {
  return `[${dims.map((d) => int(d)).join(' × ')}]`;
}

const plural = new Intl.PluralRules('en-US');

/** A count with its noun in the right number: count(1, 'token', 'tokens') → "1 token", 2 → "2 tokens". */
function count(n: Maybe<number | bigint>, one: string, other: string): string {
  if (n === null || n === undefined || (typeof n === 'number' && !Number.isFinite(n))) return `${DASH} ${other}`;
  return `${int(n)} ${plural.select(Number(n)) === 'one' ? one : other}`;
}

/** Building blocks another language's formatting reuses (zh.ts): the rules that do not depend on the language. */
export const parts = { DASH, MINUS, int, sig, sci, isFiniteNumber, minus, trimZeros, clampDigits };

export const en: Format = {
  int, short, params, sci, percent, decimal, signed, bytes, bytesExact, duration, rate, ratio, shape, binaryShort, count,
};
