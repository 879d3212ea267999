import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { defaultsOf, parseUrl } from '../../lib/urlState';
import { en as t } from './messages.en';
import { fields } from './meta';
import {
  attentionKind, cellReading, computeModel, DEFAULTS as MODEL_DEFAULTS, groupRanges, kvHeadsAfterHeadsChange, LLAMA3_8B,
  LLAMA3_HEAD_DIM, LLAMA3_SHAPES, MAX_SEED, nextSeed, readSeed, resolveConfig, summarize, type GqaModel, type GqaState,
} from './model';

const DEFAULTS = defaultsOf(fields);
// The widget's words (messages.ts) in English, fed by the model's numbers and codes.
const en = formatFor('en');
const describeState = (s: Partial<GqaState>, m?: GqaModel) => t.describe(summarize(s, m), en);
const cellSentence = (m: GqaModel, h: number, c: { row: number; col: number }) => t.cell(cellReading(m, h, c), en);
/** What the shell's URL notice lists for a state (GqaHeads.tsx adjust). */
const adjusted = (s: Partial<GqaState>) =>
  resolveConfig(s).adjustments.map((a) => ({ key: a.key, value: String(a.value), to: String(a.to), reason: t.adjustReason(a, en) }));
const groupSentence = (heads: number, kvHeads: number) => t.groupsSentence(groupRanges(heads, kvHeads));

describe('Llama 3 shapes (report Table 3, facts §A)', () => {
  it('8B, 70B and 405B all have 8 K/V heads for 32, 64 and 128 query heads: groups of 4, 8 and 16', () => {
    expect(LLAMA3_SHAPES.map((s) => [s.heads, s.kvHeads, s.heads / s.kvHeads])).toEqual([[32, 8, 4], [64, 8, 8], [128, 8, 16]]);
    expect(LLAMA3_8B).toMatchObject({ heads: 32, kvHeads: 8 });
    expect(LLAMA3_HEAD_DIM).toBe(128);
  });
  it('the 8B preset is a valid widget state and is GQA', () => {
    const c = resolveConfig({ ...DEFAULTS, heads: LLAMA3_8B.heads, kvHeads: LLAMA3_8B.kvHeads });
    expect(c.adjustments).toEqual([]);
    expect(c.kind).toBe('GQA');
    expect(c.groupSize).toBe(4);
  });
});

describe('resolveConfig', () => {
  it('accepts the defaults unchanged (the URL defaults are the model’s)', () => {
    expect(DEFAULTS).toEqual({ theme: 'auto', ...MODEL_DEFAULTS });
    const c = resolveConfig(DEFAULTS);
    expect(c).toMatchObject({ heads: 8, kvHeads: 2, seq: 6, head: 0, groupSize: 4, cacheShare: 0.25, kind: 'GQA', adjustments: [] });
    expect(resolveConfig({})).toEqual(c);
  });
  it('a K/V count that does not divide the query heads becomes the nearest divisor, and says so', () => {
    const c = resolveConfig({ ...DEFAULTS, heads: 8, kvHeads: 3 });
    expect(c.kvHeads).toBe(2);
    expect(c.adjustments).toEqual([{ key: 'kvHeads', value: 3, to: 2, issue: { field: 'kvHeads', code: 'notDivisor', kvHeads: 3, heads: 8 } }]);
    expect(adjusted({ ...DEFAULTS, heads: 8, kvHeads: 3 })).toEqual([{ key: 'kvHeads', value: '3', to: '2', reason: 'must divide heads = 8 into equal groups; 2 is the nearest divisor' }]);
    expect(resolveConfig({ ...DEFAULTS, heads: 12, kvHeads: 5 }).kvHeads).toBe(4);
    // The issue's example: kvHeads 5 → 4 with 8 query heads.
    expect(adjusted({ ...DEFAULTS, heads: 8, kvHeads: 5 })).toEqual([
      { key: 'kvHeads', value: '5', to: '4', reason: 'must divide heads = 8 into equal groups; 4 is the nearest divisor' },
    ]);
  });
  it('more K/V heads than query heads falls back to MHA, and says so', () => {
    const c = resolveConfig({ ...DEFAULTS, heads: 4, kvHeads: 32 });
    expect(c.kvHeads).toBe(4);
    expect(c.kind).toBe('MHA');
    expect(adjusted({ ...DEFAULTS, heads: 4, kvHeads: 32 })).toEqual([{ key: 'kvHeads', value: '32', to: '4', reason: 'cannot exceed heads = 4' }]);
  });
  it('a shown head beyond the last one is clamped, and says so', () => {
    const c = resolveConfig({ ...DEFAULTS, heads: 4, kvHeads: 2, head: 9 });
    expect(c.head).toBe(3);
    expect(c.adjustments).toEqual([{ key: 'head', value: 9, to: 3, heads: 4 }]);
    expect(adjusted({ ...DEFAULTS, heads: 4, kvHeads: 2, head: 9 })).toEqual([{ key: 'head', value: '9', to: '3', reason: 'the 4 query heads are numbered 0 to 3' }]);
    expect(adjusted({ ...DEFAULTS, heads: 1, kvHeads: 1, head: 2 })[0]!.reason).toBe('the 1 query head is numbered 0 to 0');
  });
  it('names MHA, GQA, MQA and the single head', () => {
    expect(attentionKind(8, 8)).toBe('MHA');
    expect(attentionKind(8, 2)).toBe('GQA');
    expect(attentionKind(8, 1)).toBe('MQA');
    expect(attentionKind(1, 1)).toBe('single');
  });
  it('always yields a valid config, for any input at all', () => {
    const anything = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(undefined), fc.constant(null));
    fc.assert(fc.property(fc.record({ heads: anything, kvHeads: anything, seq: anything, seed: anything, similarity: anything, head: anything }), (raw) => {
      const c = resolveConfig(raw as never);
      expect(Number.isInteger(c.heads) && c.heads >= 1 && c.heads <= 32).toBe(true);
      expect(c.heads % c.kvHeads).toBe(0);
      expect(c.head >= 0 && c.head < c.heads).toBe(true);
      expect(c.seq >= 2 && c.seq <= 16).toBe(true);
      expect(c.similarity >= 0 && c.similarity <= 1).toBe(true);
    }));
  });
});

describe('changing the query heads keeps the reader’s K/V choice where it can', () => {
  it('snaps to the divisor nearest to the preferred count, and comes back after a prime', () => {
    expect(kvHeadsAfterHeadsChange(11, 2)).toBe(1); // 11 is prime: only 1 or 11
    expect(kvHeadsAfterHeadsChange(12, 2)).toBe(2); // the preference (2) is remembered, not the forced 1
    expect(kvHeadsAfterHeadsChange(32, 8)).toBe(8);
    expect(kvHeadsAfterHeadsChange(6, 8)).toBe(6);
  });
});

describe('group text (what a screen reader hears for the diagram)', () => {
  it('lists each K/V head with its contiguous query heads', () => {
    expect(groupSentence(8, 2)).toBe('K/V head 0: query heads 0–3. K/V head 1: query heads 4–7.');
    expect(groupSentence(3, 3)).toBe('K/V head 0: query head 0. K/V head 1: query head 1. K/V head 2: query head 2.');
    expect(groupRanges(32, 8)[7]).toEqual({ group: 7, first: 28, last: 31 });
  });
});

describe('describe', () => {
  it('describes the default state in words with the measured change', () => {
    const text = describeState(DEFAULTS);
    expect(text).toMatch(/^8 query heads share 2 key\/value heads: grouped-query attention \(GQA\), 4 query heads per key\/value head\. K\/V head 0: query heads 0–3\. K\/V head 1: query heads 4–7\./);
    const m = computeModel(DEFAULTS);
    expect(text).toContain(`changes the attention output by ${formatFor('en').percent(m.comparison.totalError, { digits: 1 })}`);
    expect(m.comparison.totalError).toBeGreaterThan(0);
  });
  it('says MHA is unchanged exactly, and handles one head', () => {
    expect(describeState({ ...DEFAULTS, kvHeads: 8 })).toContain('output equals multi-head attention exactly');
    expect(describeState({ ...DEFAULTS, heads: 1, kvHeads: 1 })).toMatch(/^One query head/);
    expect(describeState({ ...DEFAULTS, kvHeads: 1 })).toContain('multi-query attention (MQA), 8 query heads per key/value head');
  });
  it('never contains NaN, Infinity or undefined, for any URL', () => {
    const keys = Object.keys(fields.shape);
    const query = fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.integer({ min: -5, max: 2 ** 31 }).map(String)));
    fc.assert(fc.property(query, (rec) => {
      const { state } = parseUrl(fields, new URLSearchParams(rec));
      const m = computeModel(state);
      const text = [describeState(state, m), cellSentence(m, m.config.head, { row: m.config.seq - 1, col: 0 }), ...adjusted(state).map((a) => a.reason)].join(' ');
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 150 });
  });
});

describe('attention-map cells', () => {
  it('reads a cell: both weights and the change, or that it is masked', () => {
    const m = computeModel(DEFAULTS);
    expect(cellReading(m, 0, { row: 1, col: 4 })).toEqual({ row: 1, col: 4, weights: null });
    expect(cellReading(m, 0, { row: 99, col: -3 })).toMatchObject({ row: 5, col: 0 });
    const r = cellReading(m, 3, { row: 5, col: 2 });
    expect(r.weights!.change).toBe(m.comparison.gqa[3]!.weights[5 * 6 + 2]! - m.comparison.mha[3]!.weights[5 * 6 + 2]!);
    expect(cellSentence(m, 0, { row: 1, col: 4 })).toBe('Query token 1, key token 4: masked (a later token), weight 0 in both.');
    const w = m.comparison.mha[0]!.weights[0]!;
    expect(w).toBe(1);
    expect(cellSentence(m, 0, { row: 0, col: 0 })).toBe('Query token 0, key token 0: MHA 1.000, mean-pooled 1.000 (change 0.000).');
  });
});

describe('seeds', () => {
  it('reads typed seeds and explains bad ones', () => {
    // The field's message for a refused seed (messages.ts), from the parser's failure code.
    const read = (text: string) => { const p = readSeed(text); return p.ok ? p : { ok: false, error: t.seedError(p.error, en) }; };
    expect(read(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(read('2147483647')).toEqual({ ok: true, value: MAX_SEED });
    expect(readSeed('2147483648')).toEqual({ ok: false, error: 'tooLarge' });
    expect(read('2147483648')).toEqual({ ok: false, error: 'The largest seed is 2,147,483,647.' });
    for (const bad of ['', '-1', '1.5', '1e3', 'abc', '\u202e12', '😀']) {
      expect(read(bad)).toEqual({ ok: false, error: 'Type a whole number from 0 to 2,147,483,647.' });
    }
  });
  it('new seeds stay in range and move on', () => {
    let s = 7;
    const seen = new Set<number>();
    for (let i = 0; i < 100; i++) {
      s = nextSeed(s);
      expect(s >= 0 && s <= 2 ** 31 - 1).toBe(true);
      seen.add(s);
    }
    expect(seen.size).toBe(100);
  });
});
