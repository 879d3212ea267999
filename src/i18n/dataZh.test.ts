// Every source note src/data holds reads in Chinese through citeZh: no English left but names, code and units. A new
// form of source in src/data fails here until dataZh.ts has a rule for it.
import { describe, expect, it } from 'vitest';
import * as facts from '../data/facts';
import { GPUS } from '../data/gpus';
import { MODELS } from '../data/models';
import { formatFor } from '../lib/format';
import { citeZh, dateZh, tokensZh } from './dataZh';

const sources = [
  ...Object.values(facts).flatMap((v) => (v && typeof v === 'object' && 'cite' in v && typeof v.cite === 'string' ? [v.cite] : [])),
  ...Object.values(GPUS).map((g) => g.cite),
  ...Object.values(MODELS).flatMap((m) => [m.source, m.contextCite, m.trainingTokens.cite, ...(m.earlier ? [m.earlier.contextCite] : [])]),
];

/** Names, code and units a Chinese source note keeps. */
const KEPT = new Set(['Meta', 'Llama', 'llama', 'llama-models', 'NVIDIA', 'SXM', 'HBM', 'Tensor', 'Core', 'GPU', 'GQA', 'GB', 'TB', 'K', 'ModelArgs', 'FeedForward', 'token']);

const english = (s: string) => [...s.matchAll(/[A-Za-z][\w.-]*/g)].map((m) => m[0])
  .filter((w) => w.length > 1 && !/[_\d]|[a-z][A-Z]/.test(w) && !KEPT.has(w.replace(/[.-]+$/, '')));

describe('src/data in Chinese', () => {
  it('finds the sources', () => expect(sources.length).toBeGreaterThan(20));
  it.each([...new Set(sources)])('%s', (source) => {
    const zh = citeZh(source);
    expect(english(zh), zh).toEqual([]);
    // Every number of the English note is still there.
    expect(zh.match(/\d[\d,.]*/g) ?? []).toEqual(source.match(/\d[\d,.]*/g) ?? []);
  });
  it('writes release dates and token figures the Chinese way', () => {
    expect(dateZh('April 2024')).toBe('2024 年 4 月');
    const f = formatFor('zh');
    expect(tokensZh({ value: 15e12, text: 'about 15T' }, f)).toEqual({ approx: true, value: '15 万亿' });
    expect(tokensZh({ value: 15.6e12, text: '15.6T' }, f)).toEqual({ approx: false, value: '15.6 万亿' });
    expect(tokensZh({ value: 2e12, text: '2.0T' }, f)).toEqual({ approx: false, value: '2.0 万亿' });
  });
});
