// Number formatting shared by every widget and page. Never returns "NaN", "Infinity" or "undefined".

const groupFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Exact integer with thousands separators: 8030261248 → "8,030,261,248". Accepts bigint. */
export function formatInt(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isFinite(n)) return '—';
  return groupFmt.format(n);
}

/** Significant-digit form: 8.03e9 → "8.03B", 15.6e12 → "15.6T". */
export function formatShort(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return '—';
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  const abs = Math.abs(n);
  for (const [scale, unit] of units) {
    if (abs >= scale) return `${trimZeros((n / scale).toPrecision(digits))}${unit}`;
  }
  return trimZeros(n.toPrecision(digits));
}

/** Scientific form with a real superscript: 3.8e25 → "3.8 × 10²⁵". */
export function formatSci(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '—';
  if (n === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  const mantissa = trimZeros((n / 10 ** exp).toPrecision(digits));
  return `${mantissa} × 10${superscript(exp)}`;
}

/** Bytes in binary units: 17179869184 → "16 GiB". */
export function formatBytes(bytes: number, digits = 3): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0;
  let v = bytes;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${i === 0 ? v : trimZeros(v.toPrecision(digits))} ${units[i]}`;
}

/** "×7.8" style ratio with two significant digits. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '—';
  return `×${trimZeros(r.toPrecision(r >= 10 ? 3 : 2))}`;
}

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
function superscript(n: number): string {
  return String(n).split('').map((c) => SUP[c] ?? c).join('');
}

function trimZeros(s: string): string {
  return s.includes('e') ? s : s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}
