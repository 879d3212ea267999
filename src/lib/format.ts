// Number formatting shared by every widget and page. Never returns "NaN", "Infinity" or "undefined".

const groupFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Exact integer with thousands separators: 8030261248 → "8,030,261,248". Accepts bigint. */
export function formatInt(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isFinite(n)) return '—';
  return groupFmt.format(n);
}

/** Significant-digit form: 8.03e9 → "8.03B", 15.6e12 → "15.6T", 2e12 (2 digits) → "2.0T". */
export function formatShort(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return '—';
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  // The unit follows the rounded value, so 999.96e9 is "1.00T", not "1.00e+3B".
  const abs = Math.abs(Number(n.toPrecision(Math.max(1, Math.min(digits, 21)))));
  for (const [scale, unit] of units) {
    if (abs >= scale) return `${sig(n / scale, digits, false)}${unit}`;
  }
  return sig(n, digits, false);
}

/**
 * A model's parameter count as the site rounds it: billions with one decimal (8.0B, 70.6B, 405.9B, so the
 * 405B reads as the 405,853,388,800 it is rather than "406B"); other magnitudes as formatShort.
 */
export function formatParams(n: number | bigint): string {
  const x = Number(n);
  if (!Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  if (abs >= 1e9 && abs < 999.95e9) return `${(x / 1e9).toFixed(1)}B`;
  return formatShort(x);
}

/** Scientific form with a real superscript: 3.8e25 → "3.8 × 10²⁵". */
export function formatSci(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '—';
  if (n === 0) return '0';
  // toExponential keeps subnormals exact (dividing by 10^exp would underflow to 0 there).
  const [m = '0', e = '0'] = n.toExponential(Math.max(0, digits - 1)).split('e');
  const mantissa = trimZeros(m);
  const exp = Number(e);
  return `${mantissa} × 10${superscript(exp)}`;
}

/** Bytes in binary units: 17179869184 → "16 GiB". */
export function formatBytes(bytes: number, digits = 3): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${i === 0 ? v : sig(v, digits)} ${units[i]}`;
}

/** Bytes in decimal (SI) units: 16060522496 → "16.1 GB". */
export function formatBytesDecimal(bytes: number, digits = 3): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let i = 0;
  let v = bytes;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return `${i === 0 ? v : sig(v, digits)} ${units[i]}`;
}

/** "×7.8" style ratio, three significant digits at most. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '—';
  return `×${sig(r, 3)}`;
}

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
function superscript(n: number): string {
  return String(n).split('').map((c) => SUP[c] ?? c).join('');
}

/** `digits` significant digits, but never exponent notation and never dropping integer digits. */
function sig(v: number, digits: number, trim = true): string {
  if (Math.abs(v) >= 10 ** digits) return String(Math.round(v));
  const s = v.toPrecision(digits);
  return trim ? trimZeros(s) : s;
}

function trimZeros(s: string): string {
  return s.includes('e') ? s : s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}
