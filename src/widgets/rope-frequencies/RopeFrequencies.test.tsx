// The rope-frequencies view rendered on the server: the reference values of facts §B.5–B.7 as a reader sees them
// (the model's output through the view's formatting), the issues and notes, and nothing broken on any URL.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InLocale } from '../../i18n/testing';
import { defaultsOf } from '../../lib/urlState';
import { RopeFrequenciesView } from './RopeFrequencies';
import { fields } from './meta';
import { METHODS, RAMPS } from './model';

type State = ReturnType<typeof defaultsOf<typeof fields>>;
const defaults = defaultsOf(fields);
/** Server HTML without React's text separators, so sentences can be matched as a reader sees them. */
const html = (s: Partial<State> = {}, lang: 'en' | 'zh' = 'en') => renderToString(
  <InLocale lang={lang}><RopeFrequenciesView state={{ ...defaults, ...s }} onChange={() => {}} embed={false} /></InLocale>,
).replace(/<!-- -->/g, '');
/** The cells of the row of pair i in the data table. */
function row(h: string, i: number): string[] {
  const table = h.slice(h.indexOf('class="rf-table"'));
  const m = new RegExp(`<tr><th scope="row">${i}</th>(.*?)</tr>`).exec(table);
  return m ? [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!) : [];
}

describe('RopeFrequencies view: the facts’ values on screen', () => {
  it('§B.6, every row printed there, to every digit (13 significant digits, as %.12e prints them)', () => {
    const h = html();
    const expected: Record<number, string[]> = {
      0: ['6.283', '1.000000000000 × 10⁰', '1.000000000000 × 10⁰', '1', 'keep', '—'],
      16: ['167.079', '3.760603093086 × 10⁻²', '3.760603093086 × 10⁻²', '1', 'keep', '—'],
      28: ['1,956.497', '3.211445994753 × 10⁻³', '3.211445994753 × 10⁻³', '1', 'keep', '—'],
      29: ['2,401.738', '2.616099252925 × 10⁻³', '2.166570763503 × 10⁻³', '0.828168', 'blend', '0.8036'],
      30: ['2,948.303', '2.131119536912 × 10⁻³', '1.371893567761 × 10⁻³', '0.643743', 'blend', '0.5928'],
      31: ['3,619.249', '1.736046702177 × 10⁻³', '8.567514129196 × 10⁻⁴', '0.493507', 'blend', '0.4212'],
      32: ['4,442.883', '1.414213562373 × 10⁻³', '5.248461609930 × 10⁻⁴', '0.371122', 'blend', '0.2813'],
      33: ['5,453.952', '1.152042740263 × 10⁻³', '3.126937503841 × 10⁻⁴', '0.271425', 'blend', '0.1673'],
      34: ['6,695.109', '9.384738703574 × 10⁻⁴', '1.785078127680 × 10⁻⁴', '0.190211', 'blend', '0.0745'],
      35: ['8,218.718', '7.644969883172 × 10⁻⁴', '9.556212353965 × 10⁻⁵', '0.125', '÷ 8', '—'],
      48: ['118,142.831', '5.318295896945 × 10⁻⁵', '6.647869871181 × 10⁻⁶', '0.125', '÷ 8', '—'],
      63: ['2,559,195.517', '2.455140791132 × 10⁻⁶', '3.068925988915 × 10⁻⁷', '0.125', '÷ 8', '—'],
    };
    for (const [i, cells] of Object.entries(expected)) expect(row(h, Number(i)), `pair ${i}`).toEqual(cells);
    expect(h).toContain('29 kept, 6 blended, 29 ÷ 8');
    expect(h).toContain('No attention temperature: this is not YaRN');
  });
  it('§B.5: 14 and 23 at base 10,000, 29 and 35 at 500,000 (lines 8,192 and 2,048), and the λ range', () => {
    const small = html({ base: 10_000 });
    expect(small).toMatch(/2,048 — Llama 3.1 keeps pairs below it[^<]*<\/th><td>23<\/td>/);
    expect(small).toMatch(/8,192 — Llama 3’s context[^<]*<\/th><td>14<\/td>/);
    expect(small).toContain('<strong>54,410.14</strong>');
    const big = html();
    expect(big).toMatch(/2,048 — [^<]*<\/th><td>35<\/td>/);
    expect(big).toMatch(/8,192 — [^<]*<\/th><td>29<\/td><td>32<\/td>/);
    expect(big).toContain('<strong>2,559,195.52</strong>');
    expect(big).toMatch(/32,768 — your line<\/th>/);
  });
  it('NTK-aware base 4,134,231.1 (to two decimals: 4,134,231.13), YaRN’s 1.207944, dynamic NTK’s 30,527.74 and 72,195.86', () => {
    expect(html({ method: 'ntk' })).toContain('<strong>4,134,231.13</strong>');
    const yarn = html({ method: 'yarn' });
    expect(yarn).toContain('<strong>1.207944</strong>');
    expect(yarn).toContain('so the logits by 1/t = 1.4591');
    expect(yarn).toContain('from pair 18 (18.08 rounded down) to pair 35 (34.98 rounded up)');
    expect(yarn).toContain('YaRN, paper’s ramp (in r = L/λ)');
    expect(yarn).toContain('YaRN, code’s ramp (in pair index)');
    const dyn = (seqLen: number) => html({ method: 'dynamic', base: 10_000, factor: 2, original: 4_096, seqLen });
    expect(dyn(8_192)).toContain('<strong>30,527.74</strong>');
    expect(dyn(16_384)).toContain('<strong>72,195.86</strong>');
  });
  it('the forgotten scaling: 116.6 rad and 23 pairs at 131,071; 7.29 rad at pair 32 and 9 pairs at 8,192; why short prompts pass', () => {
    const h = html();
    expect(h).toContain('At position 131,071 the largest error is <strong>116.6 rad</strong> (pair 32); <strong>23 of 64</strong> pairs have slipped by more than π');
    expect(h).toContain('Why such ports pass short-prompt tests and fail on long ones');
    expect(h).toContain('the first passes π at position 3,533');
    const at8k = html({ position: 8_192 });
    expect(at8k).toContain('<strong>7.29 rad</strong> (pair 32); <strong>9 of 64</strong>');
    expect(at8k).toContain('the slowest pair is off by 0.018 rad');
    // Another method: the same error, labelled as that method's, without the Llama 3.1 story.
    const pi = html({ method: 'pi' });
    expect(pi).toContain('The same mistake with position interpolation');
    expect(pi).not.toContain('Why such ports pass');
    expect(html({ method: 'none' })).toContain('there is nothing to forget');
  });
  it('impossible combinations are explained, and the original schedule is still drawn', () => {
    const lowHigh = html({ low: 4, high: 2 });
    expect(lowHigh).toContain('low_freq_factor (4) must be smaller than high_freq_factor (2)');
    expect(lowHigh).toContain('class="rf-svg"');
    expect(html({ method: 'pi', factor: 1 })).toContain('The factor must be greater than 1: s = 1 leaves every pair as it is');
    expect(html({ method: 'dynamic', seqLen: 4_096 })).toContain('at seqLen 4,096 ≤ 8,192 it changes nothing');
    expect(html({ factor: 16 })).toContain('These are not the values Llama 3.1 ships');
  });
  it('every method, ramp and head dimension renders in both languages without NaN, Infinity or undefined', () => {
    for (const method of METHODS) for (const ramp of RAMPS) for (const headDim of ['64', '128', '256'] as const) {
      for (const lang of ['en', 'zh'] as const) {
        const h = html({ method, ramp, headDim, base: 1e9, factor: 1_024, seqLen: 16_777_216, original: 1, position: 16_777_216 }, lang);
        expect(h, `${method} ${ramp} ${headDim} ${lang}`).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
  it('in Chinese: the same numbers, 弧度 for radians, the glossary’s terms', () => {
    const h = html({}, 'zh');
    expect(h).toContain('<strong>116.6 弧度</strong>');
    expect(h).toContain('2.166570763503 × 10⁻³');
    expect(h).toContain('没有注意力温度');
    expect(html({ method: 'pi' }, 'zh')).toContain('位置插值');
  });
});
