// The benchmark's generated texts are deterministic, about the requested size, and of the right script.
import { describe, expect, it } from 'vitest';
import { chineseText, englishText } from './benchTokenizer.mjs';

describe('benchTokenizer texts', () => {
  const en = 'A tokenizer is the first thing a language model reads and the last thing it writes.';
  const zh = '分词器把文本切成一个个词元，模型每次只预测下一个词元。';
  it('English: same text for the same seed, ~the requested UTF-8 size', () => {
    const a = englishText(en, 50_000);
    expect(englishText(en, 50_000)).toBe(a);
    expect(Buffer.byteLength(a)).toBeGreaterThanOrEqual(50_000);
    expect(Buffer.byteLength(a)).toBeLessThan(50_200);
    expect(englishText(en, 50_000, 7)).not.toBe(a);
  });
  it('Chinese: Han characters and punctuation only, ~the requested size', () => {
    const a = chineseText(zh, 30_000);
    expect(chineseText(zh, 30_000)).toBe(a);
    expect(a).toMatch(/^[\p{Script=Han}，。；：、！？\n]+$/u);
    expect(Buffer.byteLength(a)).toBeGreaterThanOrEqual(30_000);
    expect(() => chineseText('no han here', 10)).toThrow('no Han characters');
  });
});
