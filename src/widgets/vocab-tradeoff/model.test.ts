import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLAMA2_VOCAB, LLAMA3_VOCAB_ROWS, MODELS } from '../../data/models';
import { formatFor } from '../../lib/format';
import { parameterCount } from '../../lib/llama';
import { countCodePoints } from '../../lib/text';
import { en as t } from './messages.en';
import {
  VOCAB_MAX, VOCAB_MIN, VOCAB_STOPS, bodyFor, chartGeometry, nearestStop, summarize, tradeoffComparison, tradeoffRows, vocabCost,
  type TradeoffState,
} from './model';
import { SAMPLE_IDS, SAMPLES } from './samples';

const en = formatFor('en');
/** The screen-reader sentence: the model's summary in the English catalogue's words. */
const describeState = (state: TradeoffState, counts?: Parameters<typeof summarize>[1]) => t.describe(summarize(state, counts), en);

const body = (model: 'llama3-8b' | 'llama3-70b' | 'llama3-405b') => bodyFor({ model, dim: 0, layers: 0 }).body!;

describe('embedding + LM head against vocabulary size (Table 3 shapes, facts §B.1)', () => {
  it('Llama 3 8B: 2 × 128,256 × 4,096 = 1,050,673,152 of 8,030,261,248', () => {
    const c = vocabCost(body('llama3-8b'), LLAMA3_VOCAB_ROWS);
    expect(c.embedAndHead).toBe(1_050_673_152n);
    expect(c.total).toBe(8_030_261_248n);
    expect(c.share).toBeCloseTo(1_050_673_152 / 8_030_261_248, 12);
    expect(en.percent(c.share)).toBe('13.1%');
  });
  it('70B and 405B match the reference totals and embeddings', () => {
    const c70 = vocabCost(body('llama3-70b'), LLAMA3_VOCAB_ROWS);
    expect(c70.embedAndHead).toBe(2n * 1_050_673_152n);
    expect(c70.total).toBe(70_553_706_496n);
    const c405 = vocabCost(body('llama3-405b'), LLAMA3_VOCAB_ROWS);
    expect(c405.embedAndHead).toBe(2n * 2_101_346_304n);
    expect(c405.total).toBe(405_853_388_800n);
    expect(en.percent(c405.share)).toBe('1.04%');
  });
  it('the paper’s 128,000 (without special tokens) gives 8,028,164,096 for 8B', () => {
    expect(vocabCost(body('llama3-8b'), 128_000).total).toBe(8_028_164_096n);
  });
  it('Llama 3 70B with Llama 2’s 32,000 rows is exactly Llama 2 70B (same shapes otherwise, facts §B.1)', () => {
    expect(vocabCost(body('llama3-70b'), LLAMA2_VOCAB).total).toBe(68_976_648_192n);
    expect(vocabCost(body('llama3-70b'), LLAMA2_VOCAB).total).toBe(parameterCount(MODELS['llama2-70b']));
  });
  it('agrees with src/lib/llama parameterCount for every V, and the difference between two V is exactly 2·ΔV·d (property)', () => {
    fc.assert(fc.property(fc.integer({ min: VOCAB_MIN, max: VOCAB_MAX }), fc.integer({ min: VOCAB_MIN, max: VOCAB_MAX }),
      fc.constantFrom('llama3-8b', 'llama3-70b', 'llama3-405b') as fc.Arbitrary<'llama3-8b'>, (a, b, m) => {
        const bd = body(m);
        const ca = vocabCost(bd, a), cb = vocabCost(bd, b);
        expect(ca.total).toBe(parameterCount({ ...MODELS[m], vocab: a }));
        expect(ca.total - cb.total).toBe(2n * BigInt(a - b) * BigInt(MODELS[m].dim));
        expect(ca.embedAndHead).toBe(2n * BigInt(a) * BigInt(MODELS[m].dim));
        if (a < b) { expect(ca.total < cb.total).toBe(true); expect(ca.share).toBeLessThan(cb.share); }
      }));
  });
});

describe('custom bodies', () => {
  it('uses Llama 3 8B’s FeedForward rule (1.3, 1,024; facts §A.1) for the feed-forward width', () => {
    expect(bodyFor({ model: 'custom', dim: 8_192, layers: 80 }).body!.shape.ffnDim).toBe(28_672);
    expect(bodyFor({ model: 'custom', dim: 16_384, layers: 126 }).body!.shape.ffnDim).toBe(57_344); // ⌊1.3 × 43,690⌋ = 56,797 → 57,344; 405B’s own rule (1.2, 4,096) gives 53,248
  });
  it('d = 4,096 with 32 layers is exactly Llama 3 8B', () => {
    const b = bodyFor({ model: 'custom', dim: 4_096, layers: 32 }).body!;
    expect(b.shape).toEqual({ dim: 4_096, layers: 32, heads: 32, kvHeads: 8, ffnDim: 14_336, tiedEmbeddings: false });
    expect(vocabCost(b, LLAMA3_VOCAB_ROWS).total).toBe(8_030_261_248n);
  });
  it('explains impossible shapes instead of computing: a code on the field, then the sentence', () => {
    const error = (dim: number, layers: number) => {
      const e = bodyFor({ model: 'custom', dim, layers }).error;
      return e && { field: e.field, code: e.code, message: t.shapeIssue(e, en) };
    };
    expect(error(1_000, 32)).toEqual({
      field: 'dim', code: 'notMultipleOfHeadDim',
      message: 'The width d = 1,000 is not a multiple of 128, the head dimension of every Llama 3 model; try 896 or 1,024.',
    });
    expect(error(Number.NaN, 32)).toEqual({ field: 'dim', code: 'outOfRange', message: 'The width d must be a whole number from 128 to 65,536.' });
    expect(error(4_096, 0)).toEqual({ field: 'layers', code: 'outOfRange', message: 'The number of layers must be a whole number from 1 to 256.' });
    expect(error(1_000, 0)?.field).toBe('dim'); // the width first
    expect(describeState({ model: 'custom', vocab: 128_256, sample: 'english', dim: 1_000, layers: 32 })).toMatch(/^No parameter count: The width d = 1,000 is not/);
    expect(bodyFor({ model: 'custom', dim: 256, layers: 2 }).body!.shape).toMatchObject({ heads: 2, kvHeads: 2 });
  });
});

describe('the trade-off with measured token counts', () => {
  // Counts chosen to make the arithmetic easy to check by hand; the real ones are measured in the browser.
  const text = 'x'.repeat(1_000);
  const rows = tradeoffRows(body('llama3-8b'), text, { llama2: 250, cl100k: 210, llama3: 200 });
  it('computes characters per token and lengths relative to Llama 3', () => {
    expect(rows.map((r) => r.point.vocab)).toEqual([LLAMA2_VOCAB, 100_256, LLAMA3_VOCAB_ROWS]);
    expect(rows.map((r) => r.charsPerToken)).toEqual([4, 1000 / 210, 5]);
    expect(rows.map((r) => r.relativeTokens)).toEqual([1.25, 1.05, 1]);
  });
  it('forward FLOPs per token count the weights in matrix products, without attention over the context', () => {
    // 8B: 2 × 7,504,658,432 = 15,009,316,864 per token (src/lib/llama/flops.test.ts lists the terms), 200 tokens.
    const l3 = rows[2]!;
    expect(l3.flopsPerChar).toBeCloseTo((15_009_316_864 * 200) / 1000, 3);
    // Llama 2's vocabulary: the LM head shrinks by 96,256 × 4,096 weights, 2 × 7,110,393,856 per token, 250 tokens.
    const l2PerToken = 2 * (7_504_658_432 - 96_256 * 4_096);
    expect(l2PerToken).toBe(14_220_787_712);
    expect(rows[0]!.flopsPerChar).toBeCloseTo((l2PerToken * 250) / 1000, 3);
    expect(rows[0]!.relativeFlops).toBeCloseTo((l2PerToken * 250) / (15_009_316_864 * 200), 12);
  });
  it('says the trade-off in words', () => {
    expect(t.tradeoff(tradeoffComparison(rows)!, body('llama3-8b'), en)).toBe(
      // 788,529,152 more parameters = 10.9% of 7,241,732,096; FLOPs per char 15,009,316,864·200 ÷ (14,220,787,712·250) = 0.844.
      'Going from Llama 2’s 32,000 rows to Llama 3’s 128,256 adds 789M parameters to Llama 3.1 8B, 10.9% more in all. ' +
      'On this sample Llama 3 needs 20.0% fewer tokens (250 → 200), so the same text is a shorter sequence, and the forward pass ' +
      'costs about 15.6% less per character.',
    );
  });
  it('leaves unmeasured or failed tokenizers empty, never NaN', () => {
    const partial = tradeoffRows(body('llama3-8b'), text, { llama2: 250, llama3: Number.NaN });
    expect(partial[0]!.tokens).toBe(250);
    expect(partial[0]!.relativeTokens).toBeNull();
    expect(partial[2]!.tokens).toBeNull();
    expect(tradeoffComparison(partial)).toBeNull();
    expect(tradeoffRows(body('llama3-8b'), '', { llama3: 5 })[2]!.charsPerToken).toBeNull();
  });
});

describe('slider stops and chart', () => {
  it('stops are sorted, in bounds, and include the three tokenizers exactly', () => {
    expect(VOCAB_STOPS[0]).toBe(VOCAB_MIN);
    expect(VOCAB_STOPS.at(-1)).toBe(VOCAB_MAX);
    for (let i = 1; i < VOCAB_STOPS.length; i++) expect(VOCAB_STOPS[i]!).toBeGreaterThan(VOCAB_STOPS[i - 1]!);
    for (const v of [32_000, 100_256, 128_256]) expect(VOCAB_STOPS[nearestStop(v)]).toBe(v);
    expect(nearestStop(Number.NaN)).toBe(0);
  });
  it('places the tokenizers left to right on a log axis, with no NaN anywhere', () => {
    fc.assert(fc.property(fc.integer({ min: VOCAB_MIN, max: VOCAB_MAX }), fc.integer({ min: 50, max: 2000 }), (v, w) => {
      const g = chartGeometry(body('llama3-8b'), v, w, 260, en);
      expect(JSON.stringify(g)).not.toMatch(/NaN|Infinity|null/);
      expect(g.points[0]!.x).toBeLessThan(g.points[1]!.x);
      expect(g.points[1]!.x).toBeLessThan(g.points[2]!.x);
      expect(g.domain[0]).toBeLessThanOrEqual(v);
      expect(g.domain[1]).toBeGreaterThanOrEqual(v);
    }), { numRuns: 60 });
  });
});

describe('describe', () => {
  it('states the cost of the chosen V and the measured counts', () => {
    const s = describeState({ model: 'llama3-8b', vocab: LLAMA3_VOCAB_ROWS, sample: 'english', dim: 4096, layers: 32 }, { llama3: 120 });
    expect(s).toMatch(/^Llama 3.1 8B with a vocabulary of 128,256 rows: the embedding and the LM head hold 2 × 128,256 × 4,096 = 1,050,673,152 parameters, 13\.1% of 8,030,261,248\./);
    expect(s).toContain(`Llama 3 (128,256 rows, 13.1% of parameters) needs 120 tokens, ${(countCodePoints(SAMPLES.english.text) / 120).toFixed(2)} characters per token`);
  });
  it('never says NaN, Infinity or undefined (property)', () => {
    fc.assert(fc.property(
      fc.record({
        model: fc.constantFrom('llama3-8b', 'llama3-70b', 'llama3-405b', 'custom') as fc.Arbitrary<'custom'>,
        vocab: fc.integer({ min: -10, max: 2_000_000 }), sample: fc.constantFrom(...SAMPLE_IDS),
        dim: fc.oneof(fc.integer({ min: -5, max: 70_000 }), fc.constant(Number.NaN)), layers: fc.integer({ min: -5, max: 300 }),
      }),
      fc.dictionary(fc.constantFrom('llama2', 'cl100k', 'llama3'), fc.oneof(fc.nat(), fc.constant(Number.NaN))),
      (state, counts) => { expect(describeState(state, counts)).not.toMatch(/NaN|Infinity|undefined/); },
    ), { numRuns: 200 });
  });
});
