import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/rng';
import { decodeToBytes, encodeWithMerges, mergePair, preTokenize, segmentationAt, trainBpe, utf8 } from './bpe';

const ids = (s: string) => Array.from(utf8(s));
const bytesOf = (t: ReturnType<typeof trainBpe>, id: number) => new TextDecoder().decode(t.vocab[id]);

// Text with everything the regex and UTF-8 care about: contractions, digits, all kinds of white space, CJK,
// emoji (4 bytes, surrogate pairs in JS), combining marks, bidi controls, lone surrogates.
const hostileChar = fc.constantFrom(
  'a', 'Z', 'é', 'ſ', "'", 's', 'S', 'l', 'L', 'd', 't', 're', 'VE', ' ', '  ', '\n', '\r\n', '\t', '\u0085', '\u00a0', '\ufeff',
  '\u3000', '1', '12345', '٣', '.', ',', '!', '?', '—', '中', '文', '分词', '🦙', '👍🏽', 'e\u0301', '\u202e', '\u200b', '\ud800', '\udc00', '\u0000',
);
const hostileText = fc.oneof(
  fc.array(hostileChar, { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

describe('preTokenize (Llama 3 regex)', () => {
  it('splits like Meta’s pattern on the usual cases', () => {
    expect(preTokenize('Hello world')).toEqual(['Hello', ' world']);
    // Contractions are their own chunks, in any case; ſ folds to s as in Rust's case-insensitive regex.
    expect(preTokenize("I'm here, it's THEIR'S")).toEqual(['I', "'m", ' here', ',', ' it', "'s", ' THEIR', "'S"]);
    expect(preTokenize("it'ſx")).toEqual(['it', "'ſ", 'x']);
    // Digits go in groups of at most three, with no leading space.
    expect(preTokenize('pay 1234567 now')).toEqual(['pay', ' ', '123', '456', '7', ' now']);
    // Punctuation runs keep one leading space and swallow following newlines.
    expect(preTokenize('a ...\n\nb')).toEqual(['a', ' ...\n\n', 'b']);
    // White space before a word: all but the last space form a chunk; the last joins the word.
    expect(preTokenize('a   b')).toEqual(['a', '  ', ' b']);
    expect(preTokenize('line\n  next')).toEqual(['line', '\n', ' ', ' next']);
    expect(preTokenize('分词器')).toEqual(['分词器']);
  });
  it('treats U+0085 as white space and U+FEFF as not (Unicode White_Space, unlike JavaScript \\s)', () => {
    expect(preTokenize('a\u0085b')).toEqual(['a', '\u0085b']);
    expect(preTokenize('a \u0085 b')).toEqual(['a', ' \u0085', ' b']);
    expect(preTokenize('a \u0085b')).toEqual(['a', ' ', '\u0085b']); // JavaScript \s would give 'a', ' \u0085', 'b'
    expect(preTokenize('a\ufeff b')).toEqual(['a', '\ufeff', ' b']);
    expect(preTokenize(' \ufeffx')).toEqual([' \ufeff', 'x']); // JavaScript \s would give ' ', '\ufeffx'
  });
  it('chunks always concatenate back to the input (property)', () => {
    fc.assert(fc.property(hostileText, (text) => {
      const chunks = preTokenize(text);
      expect(chunks.join('')).toBe(text);
      expect(chunks.every((c) => c.length > 0)).toBe(true);
    }), { numRuns: 400 });
  });
});

describe('mergePair', () => {
  it('merges left to right without overlap', () => {
    expect(mergePair([1, 1, 1], 1, 1, 9)).toEqual([9, 1]);
    expect(mergePair([1, 1, 1, 1], 1, 1, 9)).toEqual([9, 9]);
    expect(mergePair([1, 2, 3, 1, 2], 1, 2, 9)).toEqual([9, 3, 9]);
    expect(mergePair([2, 1], 1, 2, 9)).toEqual([2, 1]);
  });
});

describe('trainBpe', () => {
  /*
   * Worked by hand. Corpus "low lower lowest" → chunks "low" | " lower" | " lowest".
   * Bytes: l=108 o=111 w=119 e=101 r=114 s=115 t=116 space=32; 3 + 6 + 7 = 16 tokens.
   * Pair counts: (l,o) 3, (o,w) 3, (␣,l) 2, (w,e) 2, (e,r) 1, (e,s) 1, (s,t) 1.
   * 1. Tie at 3: (108,111) < (111,119), so l+o → 256 "lo". Tokens 2+5+6 = 13.
   *    Now (256,w) 3, (␣,256) 2, (w,e) 2, (e,r) (e,s) (s,t) 1.
   * 2. (256,119) → 257 "low" (count 3). Tokens 1+4+5 = 10. Now (␣,257) 2, (257,e) 2, others 1.
   * 3. Tie at 2: (32,257) < (257,101), so ␣+low → 258 " low". Tokens 1+3+4 = 8.
   * 4. (258,101) → 259 " lowe" (count 2). Tokens 1+2+3 = 6. Now (259,r) (259,s) (s,t) all 1.
   * 5. Tie at 1: (115,116) is smallest, so s+t → 260 "st". Tokens 1+2+2 = 5.
   */
  it('learns the hand-worked merges of "low lower lowest"', () => {
    const t = trainBpe('low lower lowest', 5);
    expect(t.chunks).toEqual(['low', ' lower', ' lowest']);
    expect(t.merges.map((m) => [m.left, m.right, m.id, m.count])).toEqual([
      [108, 111, 256, 3],
      [256, 119, 257, 3],
      [32, 257, 258, 2],
      [258, 101, 259, 2],
      [115, 116, 260, 1],
    ]);
    expect([256, 257, 258, 259, 260].map((id) => bytesOf(t, id))).toEqual(['lo', 'low', ' low', ' lowe', 'st']);
    expect(t.tokensAfter).toEqual([16, 13, 10, 8, 6, 5]);
    expect(t.segmentation).toEqual([[257], [259, 114], [259, 260]]);
  });

  /*
   * One chunk (all letters): "aaabdaaabac". Pairs (a,a) 4, (a,b) 2, (b,d) (d,a) (b,a) (a,c) 1.
   * 1. a+a → 256: "aaab" becomes [256, a, b] (left to right): 256 a b d 256 a b a c (9 tokens).
   * 2. (256,a) and (a,b) tie at 2; 97 < 256, so a+b → 257: 256 257 d 256 257 a c (7).
   * 3. (256,257) → 258 (count 2): 258 d 258 a c (5).
   * 4. All pairs 1; the smallest is (a,c) = (97,99) → 259: 258 d 258 259 (4).
   */
  it('breaks ties by the smaller token ids, raw bytes before merged tokens', () => {
    const t = trainBpe('aaabdaaabac', 4);
    expect(t.merges.map((m) => [m.left, m.right, m.count])).toEqual([[97, 97, 4], [97, 98, 2], [256, 257, 2], [97, 99, 1]]);
    expect(t.tokensAfter).toEqual([11, 9, 7, 5, 4]);
    expect(t.segmentation).toEqual([[258, 100, 258, 259]]);
  });

  it('tie-breaking does not depend on where the pairs occur', () => {
    // Every pair occurs once in "abxba" and in "baxab", in different orders: both pick (a,b) = (97,98),
    // the smallest, whether it comes first or last.
    for (const text of ['abxba', 'baxab']) {
      const first = trainBpe(text, 1).merges[0]!;
      expect([first.left, first.right], text).toEqual([97, 98]);
    }
    expect(trainBpe('xba xab', 1).merges[0]).toMatchObject({ left: 32, right: 120, count: 1 });
    expect(trainBpe('ba ba ab', 1).merges[0]).toMatchObject({ left: 98, right: 97, count: 2 });
  });

  it('counts pairs inside chunks only, weighted by repeats', () => {
    // "ab ab ab": chunks "ab", " ab", " ab"; (a,b) occurs 3 times, (␣,a) twice, and b→space never (chunk boundary).
    const t = trainBpe('ab ab ab', 10);
    expect(t.merges[0]).toMatchObject({ left: 97, right: 98, count: 3 });
    expect(t.merges.some((m) => m.left === 98 && m.right === 32)).toBe(false);
    expect(t.words.map((w) => [w.text, w.count])).toEqual([['ab', 1], [' ab', 2]]);
  });

  it('stops when every chunk is a single token', () => {
    const t = trainBpe('hello hello', 500);
    // "hello" (4 merges) and " hello" (one more for the space) → 5 merges, then nothing is left.
    expect(t.merges).toHaveLength(5);
    expect(t.segmentation.every((s) => s.length === 1)).toBe(true);
    expect(t.tokensAfter.at(-1)).toBe(2);
  });

  it('handles empty text and odd merge counts without throwing', () => {
    expect(trainBpe('', 10)).toMatchObject({ chunks: [], merges: [], tokensAfter: [0], segmentation: [] });
    expect(trainBpe('abc', -3).merges).toEqual([]);
    expect(trainBpe('abc', Number.NaN).merges).toEqual([]);
    expect(trainBpe('abcabc', 2.7).merges).toHaveLength(2);
  });

  it('decoding the tokens gives back the UTF-8 bytes of the input (property)', () => {
    fc.assert(fc.property(hostileText, fc.integer({ min: 0, max: 60 }), (text, k) => {
      const t = trainBpe(text, k);
      const all = t.segmentation.flat();
      expect(Array.from(decodeToBytes(all, t.vocab))).toEqual(ids(text));
    }), { numRuns: 300 });
  });

  it('token count never increases with merges, and each merge saves at least one token (property)', () => {
    fc.assert(fc.property(hostileText, fc.integer({ min: 0, max: 80 }), (text, k) => {
      const t = trainBpe(text, k);
      expect(t.tokensAfter[0]).toBe(ids(text).length);
      expect(t.tokensAfter).toHaveLength(t.merges.length + 1);
      for (let i = 1; i < t.tokensAfter.length; i++) expect(t.tokensAfter[i]!).toBeLessThan(t.tokensAfter[i - 1]!);
      expect(t.segmentation.flat()).toHaveLength(t.tokensAfter.at(-1)!);
    }), { numRuns: 300 });
  });

  it('the first k merges do not depend on how many are asked for (property)', () => {
    fc.assert(fc.property(hostileText, fc.integer({ min: 0, max: 30 }), (text, k) => {
      const long = trainBpe(text, 60);
      expect(trainBpe(text, k).merges).toEqual(long.merges.slice(0, k));
    }), { numRuns: 150 });
  });

  it('encodeWithMerges reproduces the trainer’s segmentation at every step (property)', () => {
    fc.assert(fc.property(hostileText, fc.integer({ min: 0, max: 80 }), (text, k) => {
      const t = trainBpe(text, k);
      expect(encodeWithMerges(text, t.merges)).toEqual(t.segmentation);
      const half = Math.floor(t.merges.length / 2);
      expect(encodeWithMerges(text, t.merges.slice(0, half))).toEqual(segmentationAt(t, half));
    }), { numRuns: 300 });
  });

  it('segmentationAt matches retraining with fewer merges', () => {
    const text = 'the cat sat on the mat. the rat sat on the hat.';
    const full = trainBpe(text, 40);
    for (const k of [0, 1, 5, 17, 40]) expect(segmentationAt(full, k)).toEqual(trainBpe(text, k).segmentation);
  });

  it('encodes unseen text with learned merges, falling back to bytes', () => {
    const t = trainBpe('low lower lowest', 5);
    expect(encodeWithMerges('slow', t.merges)).toEqual([[115, 257]]);
    expect(encodeWithMerges(' lowest!', t.merges)).toEqual([[259, 260], [33]]);
  });

  it('trains 500 merges on 2,000 characters in well under 50 ms', () => {
    // Worst case for the trainer: many distinct words (seeded pseudo-random), so merges stay available.
    const rand = mulberry32(7);
    const alphabet = 'etaoinshrdlucmfwypvbgk';
    let text = '';
    while ([...text].length < 2000) {
      const n = 2 + Math.floor(rand() * 8);
      let w = rand() < 0.1 ? ' 分词' : ' ';
      for (let i = 0; i < n; i++) w += alphabet[Math.floor(rand() * rand() * alphabet.length)];
      text += rand() < 0.05 ? `${w}, ${Math.floor(rand() * 10000)}.` : w;
    }
    text = [...text].slice(0, 2000).join('');
    trainBpe(text, 500); // warm-up (JIT)
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      const t = trainBpe(text, 500);
      times.push(performance.now() - t0);
      expect(t.merges).toHaveLength(500);
    }
    times.sort((a, b) => a - b);
    const median = times[2]!;
    console.info(`trainBpe: 500 merges on 2,000 characters, median ${median.toFixed(1)} ms`);
    expect(median).toBeLessThan(50);
  });
});
