import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locale';
import { en } from './en';
import { formatFor, type Format } from './index';

/** [what the call is, its output, the expected text]: one row per rule a reader would check. */
const TABLE: [string, string, string][] = [
  // Integers: group separators, bigint exact, real minus sign.
  ['int 8030261248', en.int(8_030_261_248), '8,030,261,248'],
  ['int bigint', en.int(405_853_388_800n), '405,853,388,800'],
  ['int bigint beyond 2^64', en.int(12_345_678_901_234_567_890n), '12,345,678,901,234,567,890'],
  ['int negative', en.int(-4_096), '−4,096'],
  ['int rounds a fraction', en.int(2.5e3 + 0.4), '2,500'],
  ['int never "-0"', en.int(-0.2), '0'],
  ['int missing', en.int(null), '—'],
  // Short forms: three significant digits by default; the unit follows the rounded value.
  ['short 8B', en.short(8_030_261_248), '8.03B'],
  ['short 70B', en.short(70_553_706_496), '70.6B'],
  ['short 405B', en.short(405_853_388_800), '406B'],
  ['short 69.0B keeps its zero', en.short(68_976_648_192), '69.0B'],
  ['short 15.6T', en.short(15.6e12), '15.6T'],
  ['short 2 digits', en.short(1.8e12, { digits: 2 }), '1.8T'],
  ['short 2.0T', en.short(2e12, { digits: 2 }), '2.0T'],
  ['short trimmed', en.short(2e12, { trim: true }), '2T'],
  ['short trimmed 2.5B', en.short(2.5e9, { trim: true }), '2.5B'],
  ['short 999.96B rounds up a unit', en.short(999.96e9), '1.00T'],
  ['short small integer whole', en.short(512), '512'],
  ['short zero', en.short(0), '0'],
  ['short bigint', en.short(1_050_673_152n), '1.05B'],
  ['short from 10^15: scientific', en.short(1.234e15), '1.23 × 10¹⁵'],
  ['short negative', en.short(-2.5e9), '−2.50B'],
  // Model sizes: billions with one decimal (issue 9, item 15).
  ['params 405B', en.params(405_853_388_800n), '405.9B'],
  ['params 8B', en.params(8_030_261_248), '8.0B'],
  ['params 70B', en.params(70_553_706_496), '70.6B'],
  ['params 7B', en.params(6_738_415_616), '6.7B'],
  ['params 69B', en.params(68_976_648_192), '69.0B'],
  ['params millions', en.params(124_000_000), '124M'],
  ['params 999.96B', en.params(999.96e9), '1.00T'],
  ['params beyond 10^15', en.params(2n * 10n ** 18n), '2 × 10¹⁸'],
  ['params NaN', en.params(Number.NaN), '—'],
  // Scientific.
  ['sci', en.sci(3.8e25), '3.8 × 10²⁵'],
  ['sci 3 digits trims', en.sci(3.7988e25, { digits: 3 }), '3.8 × 10²⁵'],
  ['sci 3 digits', en.sci(1.7213e10, { digits: 3 }), '1.72 × 10¹⁰'],
  ['sci negative exponent', en.sci(1e-5), '1 × 10⁻⁵'],
  ['sci bare one', en.sci(1e-5, { digits: 1, bareOne: true }), '10⁻⁵'],
  ['sci bare one leaves others', en.sci(2.2e-16, { bareOne: true }), '2.2 × 10⁻¹⁶'],
  ['sci negative', en.sci(-3.8e25), '−3.8 × 10²⁵'],
  ['sci zero', en.sci(0), '0'],
  ['sci keeping zeros (an exact column)', en.sci(5.24846160993e-4, { digits: 13, trim: false }), '5.248461609930 × 10⁻⁴'],
  ['sci keeping zeros, one', en.sci(1, { digits: 13, trim: false, bareOne: true }), '1.000000000000 × 10⁰'],
  ['sci machine epsilon', en.sci(2.220446049250313e-16), '2.2 × 10⁻¹⁶'],
  ['sci drops a zero mantissa digit', en.sci(1.0e-16), '1 × 10⁻¹⁶'],
  // Percent: shares (no digits) and fixed decimals.
  ['percent share ≥ 10%', en.percent(0.7021), '70.2%'],
  ['percent share 1–10%', en.percent(0.05432), '5.43%'],
  ['percent share < 1%: two significant digits', en.percent(0.000033), '0.0033%'],
  ['percent share 0.5%', en.percent(0.005), '0.5%'],
  ['percent share zero', en.percent(0), '0%'],
  ['percent share 100%', en.percent(1), '100.0%'],
  ['percent share 9.996% rounds to one decimal', en.percent(0.09996), '10.0%'],
  ['percent 1 decimal', en.percent(0.1234, { digits: 1 }), '12.3%'],
  ['percent 1 decimal, too small to show', en.percent(0.0004, { digits: 1 }), '< 0.05%'],
  ['percent 1 decimal, exactly zero', en.percent(0, { digits: 1 }), '0%'],
  ['percent 1 decimal, rounds down', en.percent(0.2345, { digits: 1 }), '23.4%'],
  ['percent 0 decimals', en.percent(0.256, { digits: 0 }), '26%'],
  ['percent 0 decimals, too small', en.percent(0.003, { digits: 0 }), '< 0.5%'],
  ['percent tick trimmed', en.percent(0.15, { digits: 2, trim: true }), '15%'],
  ['percent tick trimmed 0.5%', en.percent(0.005, { digits: 2, trim: true }), '0.5%'],
  ['percent negative', en.percent(-0.25, { digits: 0 }), '−25%'],
  // Fixed decimals and signed changes.
  ['decimal', en.decimal(4.6349), '4.63'],
  ['decimal 3 digits', en.decimal(0.1234, { digits: 3 }), '0.123'],
  ['decimal negative, real minus', en.decimal(-0.12345, { digits: 3 }), '−0.123'],
  ['decimal missing', en.decimal(Number.NaN), '—'],
  ['decimal never −0.000', en.decimal(-0.00001, { digits: 3 }), '0.000'],
  ['decimal no leading zero', en.decimal(0.25, { leadingZero: false }), '.25'],
  ['decimal no leading zero, 1', en.decimal(1, { leadingZero: false }), '1.00'],
  ['decimal trimmed', en.decimal(12.5, { trim: true }), '12.5'],
  ['decimal trimmed 85.33', en.decimal(4_096 / 48, { trim: true }), '85.33'],
  ['decimal groups thousands', en.decimal(1234.5, { digits: 1 }), '1,234.5'],
  ['signed up', en.signed(0.0123, { digits: 3 }), '+0.012'],
  ['signed down', en.signed(-0.004, { digits: 3 }), '−0.004'],
  ['signed down more', en.signed(-0.0123, { digits: 3 }), '−0.012'],
  ['signed rounds to zero: no sign', en.signed(-0.0001, { digits: 3 }), '0.000'],
  // Bytes: one rule, with separators (issue #10: "1008 GiB" and "1,008 GiB" were both printed).
  ['bytes 16 GiB', en.bytes(17_179_869_184), '16 GiB'],
  ['bytes 5 digits', en.bytes(4_227_858_432, { digits: 5 }), '3.9375 GiB'],
  ['bytes 1,008 GiB with separator', en.bytes(1_082_331_758_592), '1,008 GiB'],
  ['bytes under 1 KiB', en.bytes(512), '512 B'],
  ['bytes bigint', en.bytes(16_060_522_496n, { digits: 4 }), '14.96 GiB'],
  ['bytes decimal', en.bytes(16_060_522_496, { units: 'decimal' }), '16.1 GB'],
  ['bytes decimal 812 GB', en.bytes(811_706_777_600, { units: 'decimal' }), '812 GB'],
  ['bytes decimal 999 B', en.bytes(999, { units: 'decimal' }), '999 B'],
  ['bytes decimal 1 kB', en.bytes(1_000, { units: 'decimal' }), '1 kB'],
  ['bytes negative', en.bytes(-1), '—'],
  ['bytesExact power of two', en.bytesExact(4_227_858_432n).text, '3.9375 GiB'],
  ['bytesExact with separator', en.bytesExact(1_082_331_758_592n).text, '1,008 GiB'],
  ['bytesExact 8 EiB', en.bytesExact(2n ** 63n).text, '8 EiB'],
  ['bytesExact rounded keeps its zero', en.bytesExact(16_000_000_000n, { units: 'binary' }).text, '≈14.9 GiB'],
  ['bytesExact decimal rounded', en.bytesExact(1_073_741_824n, { units: 'decimal' }).text, '≈1.07 GB'],
  ['bytesExact ≈15.0', en.bytesExact(16_106_127_360n + 1n, { units: 'binary' }).text, '≈15.0 GiB'],
  ['bytesExact number', en.bytesExact(1_024, { units: 'binary' }).text, '1 KiB'],
  // Durations, rates, ratios.
  ['duration ms', en.duration(0.00992), '9.92 ms'],
  ['duration s', en.duration(1.5), '1.5 s'],
  ['duration min', en.duration(90), '1.5 min'],
  ['duration days', en.duration(86_400 * 1_234), '1,234 days'],
  ['duration ns', en.duration(2e-9), '2 ns'],
  ['duration negative', en.duration(-1), '—'],
  ['rate', en.rate(100.8), '101'],
  ['rate 3 digits', en.rate(12.345), '12.3'],
  ['rate whole with separator', en.rate(12_345.6), '12,346'],
  ['rate small', en.rate(0.004), 'under 0.01'],
  ['ratio 8B cache ÷ weights', en.ratio(1.0737), '1.07×'],
  ['ratio keeps two decimals', en.ratio(0.3044), '0.30×'],
  ['ratio 0.08', en.ratio(0.0833), '0.08×'],
  ['ratio from 10: three significant digits', en.ratio(123.456), '123×'],
  ['ratio 50', en.ratio(50), '50×'],
  ['ratio 3 decimals', en.ratio(0.9981, { digits: 3 }), '0.998×'],
  ['ratio too small', en.ratio(0.004), 'under 0.01×'],
  ['ratio 9.996 rounds to 10', en.ratio(9.996), '10×'],
  // Shapes.
  ['shape matrix', en.shape([4_096, 1_024]), '[4,096 × 1,024]'],
  ['shape vector', en.shape([16]), '[16]'],
  // Binary thousands for context lengths.
  ['binaryShort 128K', en.binaryShort(131_072), '128K'],
  ['binaryShort 1M', en.binaryShort(1_048_576), '1M'],
  ['binaryShort 8K', en.binaryShort(8_192), '8K'],
  ['binaryShort not a multiple', en.binaryShort(100_000), '100,000'],
  ['binaryShort 128,000 is 125K', en.binaryShort(128_000), '125K'],
  ['binaryShort small', en.binaryShort(512), '512'],
  ['binaryShort 1', en.binaryShort(1), '1'],
  ['binaryShort 1,000', en.binaryShort(1_000), '1,000'],
];

describe('English formatting', () => {
  it.each(TABLE)('%s', (_, got, want) => {
    expect(got).toBe(want);
  });

  it('bytesExact says exact only when it is', () => {
    expect(en.bytesExact(17_179_869_184n)).toEqual({ text: '16 GiB', exact: true });
    expect(en.bytesExact(17_179_869_184n, { units: 'decimal' })).toEqual({ text: '≈17.2 GB', exact: false });
  });

  it('formatFor gives every locale a complete Format (English for en)', () => {
    for (const l of LOCALES) expect(Object.keys(formatFor(l)).sort()).toEqual(Object.keys(en).sort());
    expect(formatFor('en')).toBe(en);
  });
});

// ── Properties ─────────────────────────────────────────────────────────────────────────────────

/** Every method applied to one number (with and without options), as text. */
function everything(f: Format, x: number): string[] {
  const b = Number.isInteger(x) ? BigInt(x) : null;
  return [
    f.int(x), f.short(x), f.short(x, { digits: 2, trim: true }), f.params(x), f.sci(x), f.sci(x, { digits: 3, bareOne: true }),
    f.percent(x), f.percent(x, { digits: 1 }), f.percent(x, { digits: 0, trim: true }), f.decimal(x), f.decimal(x, { digits: 3, leadingZero: false }), f.decimal(x, { trim: true }),
    f.signed(x), f.bytes(x), f.bytes(x, { units: 'decimal', digits: 4 }), f.bytesExact(x).text, f.bytesExact(x, { units: 'decimal' }).text,
    f.duration(x), f.rate(x), f.ratio(x), f.ratio(x, { digits: 3 }), f.binaryShort(x),
    ...(b === null ? [] : [f.int(b), f.short(b), f.params(b), f.bytes(b), f.bytesExact(b).text]),
  ];
}

describe('English formatting: properties', () => {
  it('never prints NaN, Infinity, undefined, exponent notation or a hyphen for minus', () => {
    fc.assert(fc.property(fc.double(), (x) => {
      for (const s of [...everything(en, x), en.shape([x, 2])]) {
        expect(s).not.toMatch(/NaN|Infinity|undefined|\de[+-]?\d|-/);
        expect(s.length).toBeGreaterThan(0);
      }
    }), { numRuns: 2_000 });
  });

  it('missing values print as a dash', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(new Set(everything(en, v as number))).toEqual(new Set(['—']));
    }
  });

  it('int round-trips every integer, bigint included', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
      expect(BigInt(en.int(n).replace(/,/g, '').replace('−', '-'))).toBe(n);
    }));
  });

  it('bytesExact is exact whenever it says so', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n }), fc.constantFrom('binary' as const, 'decimal' as const), (n, units) => {
      const h = en.bytesExact(n, { units });
      if (h.exact) {
        const [num, unit] = h.text.split(' ');
        const names = units === 'binary' ? ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] : ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
        const [whole, frac = ''] = num!.replace(/,/g, '').split('.');
        expect(BigInt(whole! + frac) * (units === 'binary' ? 1024n : 1000n) ** BigInt(names.indexOf(unit!))).toBe(n * 10n ** BigInt(frac.length));
      } else {
        expect(h.text.startsWith('≈')).toBe(true);
      }
    }));
  });

  it('short and percent stay within rounding of the value they print', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 9e14, noNaN: true }), (x) => {
      const s = en.short(x);
      const m = /^([\d.,]+)([KMBT]?)$/.exec(s)!;
      const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[m[2] as '' | 'K' | 'M' | 'B' | 'T'];
      expect(Math.abs(Number(m[1]!.replace(/,/g, '')) * scale - x) / x).toBeLessThan(0.006);
    }));
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), (x) => {
      expect(Math.abs(Number(en.percent(x).replace('%', '')) / 100 - x) / x).toBeLessThanOrEqual(0.05 + 1e-9); // two significant digits at worst
    }));
  });
});

describe('count: a number with its noun', () => {
  it.each([
    [0, '0 tokens'], [1, '1 token'], [2, '2 tokens'], [1_000, '1,000 tokens'], [1n, '1 token'], [Number.NaN, '— tokens'],
  ] as const)('%s → %s', (n, words) => {
    expect(en.count(n, 'token', 'tokens')).toBe(words);
  });
});
