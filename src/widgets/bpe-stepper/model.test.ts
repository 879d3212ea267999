import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { trainBpe, utf8 } from './bpe';
import { CORPORA } from './corpora';
import {
  MAX_MERGES, MAX_TEXT_CHARS, chartGeometry, chartTableRows, chunkLangs, clampStep, mergeShown, resolveCorpus, stepStats,
  summarize, tokenLabel, tokenParts,
} from './model';

const bytes = (...b: number[]) => Uint8Array.from(b);
const en = formatFor('en');

describe('tokenParts: how a token’s bytes are shown', () => {
  it('shows whole printable characters as text and white space as symbols', () => {
    expect(tokenParts(utf8(' the'))).toEqual([{ kind: 'space', symbol: '␣', name: 'space' }, { kind: 'text', text: 'the' }]);
    expect(tokenLabel(utf8('分词'))).toBe('分词');
    expect(tokenLabel(utf8('🦙'))).toBe('🦙');
    expect(tokenLabel(utf8('a\n\tb'))).toBe('a↵⇥b');
  });
  it('shows partial UTF-8 as bytes, as the tokenizers name them (as the playground does), keeping the whole characters around it', () => {
    // 分 = E5 88 86. A token holding "a" plus the first two bytes of 分:
    expect(tokenParts(bytes(0x61, 0xe5, 0x88))).toEqual([{ kind: 'text', text: 'a' }, { kind: 'bytes', bytes: [0xe5, 0x88] }]);
    expect(tokenLabel(bytes(0x61, 0xe5, 0x88))).toBe('a<0xE5 0x88>');
    expect(tokenLabel(bytes(0x86))).toBe('<0x86>');
    // 🦙 = F0 9F A6 99 cut after three bytes.
    expect(tokenLabel(bytes(0xf0, 0x9f, 0xa6))).toBe('<0xF0 0x9F 0xA6>');
  });
  it('never draws control, bidi or invisible characters: they become bytes', () => {
    expect(tokenLabel(utf8('\u202e'))).toBe('<0xE2 0x80 0xAE>'); // RIGHT-TO-LEFT OVERRIDE
    expect(tokenLabel(utf8('a\u0000b'))).toBe('a<0x00>b');
    expect(tokenLabel(utf8('\u00a0'))).toBe('<0xC2 0xA0>');
    expect(tokenLabel(utf8('\u200b'))).toBe('<0xE2 0x80 0x8B>');
  });
  it('accounts for every byte exactly once (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 24 }), (b) => {
      const n = tokenParts(b).reduce((sum, p) =>
        sum + (p.kind === 'bytes' ? p.bytes.length : p.kind === 'space' ? 1 : utf8(p.text).length), 0);
      expect(n).toBe(b.length);
    }));
  });
});

describe('resolveCorpus', () => {
  it('uses presets as they are and custom text when chosen', () => {
    expect(resolveCorpus({ corpus: 'rhyme', text: 'ignored' })).toEqual({ text: CORPORA.rhyme.text, issue: null });
    expect(resolveCorpus({ corpus: 'custom', text: 'hi' })).toEqual({ text: 'hi', issue: null });
  });
  it('flags empty and over-long text instead of failing (messages.test.ts words them)', () => {
    expect(resolveCorpus({ corpus: 'custom', text: '' })).toEqual({ text: '', issue: { code: 'empty' } });
    const long = resolveCorpus({ corpus: 'custom', text: '🦙'.repeat(MAX_TEXT_CHARS + 5) });
    expect([...long.text]).toHaveLength(MAX_TEXT_CHARS);
    expect(long.issue).toEqual({ code: 'cut', chars: 2_005, max: 2_000 });
  });
  it('presets are within the limit and long enough to learn from', () => {
    for (const c of Object.values(CORPORA)) {
      expect([...c.text].length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(trainBpe(c.text, MAX_MERGES).merges.length).toBeGreaterThan(20);
    }
  });
});

describe('stepStats and chart', () => {
  const t = trainBpe(CORPORA.rhyme.text, MAX_MERGES);
  it('clamps steps to the merges the text allows', () => {
    expect(clampStep(t, -4)).toBe(0);
    expect(clampStep(t, 1e9)).toBe(t.merges.length);
    expect(clampStep(t, Number.NaN)).toBe(0);
  });
  it('counts characters, bytes, chunks and tokens of the rhyme', () => {
    // 22 words and 3 full stops = 25 chunks; 91 ASCII characters = 91 byte tokens.
    expect(stepStats(CORPORA.rhyme.text, t, 0)).toMatchObject({ chars: 91, bytes: 91, chunks: 25, tokens: 91, bytesPerToken: 1 });
    // "at" occurs 14 times (cat sat mat rat sat hat that cat that rat sat flat that mat): the first merge.
    expect(t.merges[0]).toEqual({ rank: 0, left: 97, right: 116, id: 256, count: 14 });
    expect(stepStats(CORPORA.rhyme.text, t, 1).tokens).toBe(91 - 14);
  });
  it('lays the line out inside the box, the marker on the current step', () => {
    const g = chartGeometry(t.tokensAfter, 3, 400, 190, en);
    const iw = 400 - g.margin.left - g.margin.right;
    expect(g.path.startsWith('M0,')).toBe(true);
    expect(g.marker.x).toBeCloseTo((3 / (t.tokensAfter.length - 1)) * iw, 6);
    expect(g.path).not.toMatch(/NaN|Infinity/);
    expect(chartGeometry([0], 0, 10, 10, en).path).not.toMatch(/NaN|Infinity/);
    expect(chartGeometry([12_000, 5_000], 1, 400, 190, en).yTicks.map((tk) => tk.label)).toContain('10,000');
  });
  it('tabulates every 25th step, the last and the current one', () => {
    const rows = chartTableRows([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 3, 5);
    expect(rows.map((r) => r.merges)).toEqual([0, 3, 5, 10]);
    expect(rows.find((r) => r.current)).toEqual({ merges: 3, tokens: 7, current: true });
  });
});

describe('summarize(): what the description is built from', () => {
  it('the statistics at the step and the latest merge, as parts', () => {
    const s = summarize({ corpus: 'custom', text: 'low lower lowest', merges: 3 });
    expect(s.corpus).toBe('custom');
    expect(s.stats).toMatchObject({ step: 3, chars: 16, bytes: 16, chunks: 3, distinctChunks: 3, tokens: 8 });
    expect(s.latest).toMatchObject({
      step: 3, merge: { count: 2 },
      left: [{ kind: 'space', symbol: '␣', name: 'space' }], right: [{ kind: 'text', text: 'low' }],
      made: [{ kind: 'space', symbol: '␣', name: 'space' }, { kind: 'text', text: 'low' }],
    });
    expect(summarize({ corpus: 'custom', text: 'ab', merges: 0 })).toMatchObject({ stats: { step: 0, tokens: 2 }, latest: null });
    expect(summarize({ corpus: 'custom', text: '', merges: 4 })).toEqual({ corpus: 'custom', stats: null, latest: null });
  });
  it('the latest merge is clamped like the step', () => {
    const t = trainBpe(CORPORA.rhyme.text, MAX_MERGES);
    expect(mergeShown(t, 0)).toBeNull();
    expect(mergeShown(t, 1e9)!.step).toBe(t.merges.length);
    expect(mergeShown(t, 1)!.made).toEqual([{ kind: 'text', text: 'at' }]);
  });
});

describe('languages of the multilingual corpus (WCAG 3.1.2)', () => {
  it('is written part by part (English, Chinese, English) and is the same text as before', () => {
    const c = CORPORA.multilingual;
    expect(c.text).toBe(
      'Numbers such as 2024 or 3.14159 are cut into groups of at most three digits before any merging. ' +
      '分词器先把文字变成字节，再把常见的字节对合并成新的词元。词元越多，序列越长。' +
      'An emoji like 🦙 is four bytes, so at first it shows up as raw bytes; Chinese characters are three bytes each.');
    expect(c.parts!.map((p) => p.lang)).toEqual(['en', 'zh', 'en']);
  });
  it('chunkLangs: each regex chunk gets its part’s language; other texts get none', () => {
    const t = trainBpe(CORPORA.multilingual.text, 20);
    const langs = chunkLangs(CORPORA.multilingual.text, t)!;
    expect(langs).toHaveLength(t.chunkWord.length);
    expect(langs[0]).toBe('en');
    expect(langs.filter((l) => l === 'zh')).toHaveLength(4);
    expect(chunkLangs(CORPORA.prose.text, trainBpe(CORPORA.prose.text, 5))).toBeNull();
    expect(chunkLangs('分词器', trainBpe('分词器', 5))).toBeNull();
  });
});
