// Chinese number formatting (the Format interface, types.ts). What differs from English (en.ts), and why:
// - Large counts group by 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), the way Chinese writes them, not by K/M/B/T:
//   8.03e9 → "80.3 亿", 1.56e13 → "15.6 万亿" (a model's name keeps its English size: "Llama 3 8B").
// - Durations and the words of "under …" in Chinese ("9.92 毫秒", "不到 0.01").
// - No plural: count(n, one, other) prints `other` (catalogues pass the measure word: "个 token").
// - A space between a number and a Chinese unit ("80.3 亿"), as Chinese technical writing spaces CJK and Latin.
// Everything else (group separators, the minus sign, scientific form, bytes, percentages, shapes) is en.ts's:
// zh-CN writes them the same way.
import { en, parts } from './en';
import type { Format, Maybe } from './types';

const { DASH, int, sig, sci, isFiniteNumber, minus, clampDigits } = parts;

const SHORT_UNITS: readonly [number, string][] = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];

function short(n: Maybe<number | bigint>, { digits = 3, trim = false }: { digits?: number; trim?: boolean } = {}): string {
  const x = typeof n === 'bigint' ? Number(n) : n;
  if (!isFiniteNumber(x)) return DASH;
  if (Number.isInteger(x) && Math.abs(x) < 10_000) return int(x);
  // The unit follows the rounded value, so 9,999.6e8 is "1.00 万亿", not "10,000 亿".
  const rounded = Math.abs(Number(x.toPrecision(clampDigits(digits, 1, 21))));
  if (rounded >= 1e16) return sci(x, { digits });
  for (const [scale, unit] of SHORT_UNITS) {
    if (rounded >= scale) return `${sig(x / scale, digits, trim)} ${unit}`;
  }
  return sig(x, digits, trim);
}

function params(n: Maybe<number | bigint>): string {
  const x = typeof n === 'bigint' ? Number(n) : n;
  if (!isFiniteNumber(x)) return DASH;
  const abs = Math.abs(x);
  // 亿 with one decimal from 10⁸ to below 10¹²: 80.3 亿, 705.5 亿, 4,058.5 亿 (the 405B's 405,853,388,800).
  if (abs >= 1e8 && abs < 9_999.95e8) {
    const [whole = '0', frac = '0'] = (abs / 1e8).toFixed(1).split('.');
    return minus(`${x < 0 ? '-' : ''}${int(Number(whole))}.${frac} 亿`);
  }
  return short(x);
}

const DURATION_STEPS: readonly [number, string][] = [[86_400, '天'], [3_600, '小时'], [60, '分钟'], [1, '秒'], [1e-3, '毫秒'], [1e-6, '微秒']];

function duration(seconds: Maybe<number>): string {
  if (!isFiniteNumber(seconds) || seconds < 0) return DASH;
  for (const [size, unit] of DURATION_STEPS) {
    if (seconds >= size) return `${sig(seconds / size, 3, true)} ${unit}`;
  }
  return `${sig(seconds / 1e-9, 3, true)} 纳秒`;
}

function rate(n: Maybe<number>): string {
  if (!isFiniteNumber(n) || n < 0) return DASH;
  return n < 0.01 ? '不到 0.01' : sig(n, 3, true);
}

function ratio(r: Maybe<number>, options: { digits?: number } = {}): string {
  const s = en.ratio(r, options);
  return s.startsWith('under ') ? `不到 ${s.slice('under '.length)}` : s;
}

/** Chinese has no plural: `other` is printed for every count (the catalogue gives the measure word with it). */
function count(n: Maybe<number | bigint>, _one: string, other: string): string {
  if (n === null || n === undefined || (typeof n === 'number' && !Number.isFinite(n))) return `${DASH} ${other}`;
  return `${int(n)} ${other}`;
}

export const zh: Format = { ...en, short, params, duration, rate, ratio, count };
