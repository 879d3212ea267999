import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOS_ID, MAX_TEXT_CHARS, MICRO_CONFIG, MICRO_VOCAB, UNK_ID, applyRope, createWeights, forward, kvHeadOf,
  microParameterCount, rmsNorm, ropeInverseFrequencies, runMicro, tokenize, topK, visibleChar, type Matrix, type MicroWeights,
} from './microModel';

// ── An independent, plain implementation: nested arrays and straightforward loops, no shared code. ──

type M = number[][];
const toRows = (m: Matrix): M => Array.from({ length: m.rows }, (_, i) => Array.from({ length: m.cols }, (_, j) => m.data[i * m.cols + j]!));
const mm = (a: M, b: M): M => a.map((r) => b[0]!.map((_, j) => r.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
const norm = (x: M, eps: number): M => x.map((r) => {
  const ms = r.reduce((s, v) => s + v * v, 0) / r.length;
  return r.map((v) => v / Math.sqrt(ms + eps));
});
function rope(x: M, nHeads: number, h: number, theta: number): M {
  return x.map((r, m) => {
    const out = r.slice();
    for (let head = 0; head < nHeads; head++) {
      for (let i = 0; i < h / 2; i++) {
        const w = Math.pow(theta, -(2 * i) / h);
        const a = r[head * h + 2 * i]!, b = r[head * h + 2 * i + 1]!;
        // complex multiplication (a + ib)·e^{i m w}, as torch.view_as_complex in Meta's code
        out[head * h + 2 * i] = a * Math.cos(m * w) - b * Math.sin(m * w);
        out[head * h + 2 * i + 1] = a * Math.sin(m * w) + b * Math.cos(m * w);
      }
    }
    return out;
  });
}
function plainSoftmax(xs: number[]): number[] {
  const mx = Math.max(...xs);
  const e = xs.map((v) => Math.exp(v - mx));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
/** Meta's repeat_kv: [T, KV, h] → [T, KV·rep, h], each KV head repeated rep times in place. */
function repeatKv(x: M, kv: number, h: number, rep: number): M {
  return x.map((r) => {
    const out: number[] = [];
    for (let j = 0; j < kv; j++) for (let k = 0; k < rep; k++) out.push(...r.slice(j * h, (j + 1) * h));
    return out;
  });
}
function plainForward(w: MicroWeights, ids: number[]) {
  const c = w.config;
  const E = toRows(w.embedding);
  let x: M = ids.map((id) => E[id]!.slice());
  const atts: M[][] = [];
  for (const lw of w.layers) {
    const xn = norm(x, c.normEps); // gains are 1
    const q = rope(mm(xn, toRows(lw.wq)), c.heads, c.headDim, c.ropeTheta);
    const k = repeatKv(rope(mm(xn, toRows(lw.wk)), c.kvHeads, c.headDim, c.ropeTheta), c.kvHeads, c.headDim, c.heads / c.kvHeads);
    const v = repeatKv(mm(xn, toRows(lw.wv)), c.kvHeads, c.headDim, c.heads / c.kvHeads);
    const T = x.length;
    const out: M = Array.from({ length: T }, () => new Array(c.heads * c.headDim).fill(0));
    const layerAtt: M[] = [];
    for (let head = 0; head < c.heads; head++) {
      const A: M = [];
      for (let i = 0; i < T; i++) {
        const scores: number[] = [];
        for (let j = 0; j < T; j++) {
          let dot = 0;
          for (let e = 0; e < c.headDim; e++) dot += q[i]![head * c.headDim + e]! * k[j]![head * c.headDim + e]!;
          scores.push(j <= i ? dot / Math.sqrt(c.headDim) : -Infinity);
        }
        const p = plainSoftmax(scores);
        A.push(p);
        for (let e = 0; e < c.headDim; e++) {
          let s = 0;
          for (let j = 0; j < T; j++) s += p[j]! * v[j]![head * c.headDim + e]!;
          out[i]![head * c.headDim + e] = s;
        }
      }
      layerAtt.push(A);
    }
    atts.push(layerAtt);
    const hres = x.map((r, i) => r.map((val, j) => val + mm(out, toRows(lw.wo))[i]![j]!));
    const hn = norm(hres, c.normEps);
    const g = mm(hn, toRows(lw.w1)), u = mm(hn, toRows(lw.w3));
    const act = g.map((r, i) => r.map((z, j) => (z / (1 + Math.exp(-z))) * u[i]![j]!));
    const down = mm(act, toRows(lw.w2));
    x = hres.map((r, i) => r.map((val, j) => val + down[i]![j]!));
  }
  const logits = mm(norm(x, c.normEps), toRows(w.output));
  return { logits, probs: logits.map(plainSoftmax), atts };
}

const ids = (text: string) => tokenize(text).tokens.map((t) => t.id);
const W = createWeights(3);

describe('micro model configuration', () => {
  it('has the Llama 3 structure at toy size', () => {
    expect(MICRO_CONFIG).toMatchObject({ dim: 16, heads: 4, kvHeads: 2, headDim: 4, layers: 2, ffnDim: 48, ropeTheta: 500_000, normEps: 1e-5 });
    expect(MICRO_CONFIG.vocab).toBe(MICRO_VOCAB.length);
    expect(new Set(MICRO_VOCAB).size).toBe(MICRO_VOCAB.length);
  });
  it('counts its weights with the same formula as the big models', () => {
    const c = MICRO_CONFIG;
    const perLayer = 16 * 16 + 2 * 16 * 8 + 16 * 16 + 3 * 16 * 48 + 2 * 16;
    expect(microParameterCount()).toBe(2 * c.vocab * 16 + 2 * perLayer + 16);
  });
  it('draws the same weights for the same seed and different ones for another', () => {
    expect(createWeights(3).layers[1]!.w2.data).toEqual(W.layers[1]!.w2.data);
    expect(createWeights(4).embedding.data).not.toEqual(W.embedding.data);
    expect(W.layers[0]!.attnNorm.every((g) => g === 1)).toBe(true);
  });
});

describe('tokenizer', () => {
  it('prepends BOS and maps one character to one token', () => {
    const t = tokenize('hi!');
    expect(t.tokens.map((x) => x.id)).toEqual([BOS_ID, MICRO_VOCAB.indexOf('h'), MICRO_VOCAB.indexOf('i'), MICRO_VOCAB.indexOf('!')]);
    expect(t.tokens.map((x) => x.label)).toEqual(['BOS', 'h', 'i', '!']);
    expect(t.unknownCount).toBe(0);
  });
  it('maps characters outside the vocabulary to <unk> and flags them', () => {
    const t = tokenize('Hé😀');
    expect(t.tokens.slice(1).map((x) => [x.id, x.unknown, x.label])).toEqual([[UNK_ID, true, 'H'], [UNK_ID, true, 'é'], [UNK_ID, true, '😀']]);
    expect(t.unknownCount).toBe(3);
  });
  it('shows invisible and reordering characters as code points, never raw', () => {
    expect(visibleChar('\u202E')).toBe('⟨U+202E⟩');
    expect(visibleChar('\u200D')).toBe('⟨U+200D⟩');
    expect(visibleChar('\u0000')).toBe('⟨U+0000⟩');
    expect(visibleChar('\uD800')).toBe('⟨U+D800⟩');
    expect(visibleChar('\u0301')).toBe('⟨U+0301⟩');
    expect(visibleChar(' ')).toBe('␣');
    expect(visibleChar('\u00A0')).toBe('⟨U+00A0⟩');
  });
  it('keeps at most 64 characters (code points, not UTF-16 units)', () => {
    expect(tokenize('😀'.repeat(64)).truncated).toBe(false);
    const t = tokenize('a'.repeat(70));
    expect(t.truncated).toBe(true);
    expect(t.tokens).toHaveLength(MAX_TEXT_CHARS + 1);
  });
  it('never lets a control, format or surrogate character into a label', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
      for (const t of tokenize(s).tokens) {
        expect(t.label).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Z}\p{M}]/u);
        expect(t.label.length).toBeGreaterThan(0);
      }
    }));
  });
});

describe('building blocks', () => {
  it('RMSNorm gives unit RMS before the gain (ε = 0), and √(ms/(ms+ε)) with ε', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 16, maxLength: 16 }), (v) => {
      fc.pre(v.some((x) => Math.abs(x) > 1e-3));
      const x: Matrix = { rows: 1, cols: 16, data: Float64Array.from(v) };
      const { y, rms } = rmsNorm(x, new Float64Array(16).fill(1), 0);
      const out = Math.sqrt(Array.from(y.data).reduce((s, a) => s + a * a, 0) / 16);
      expect(Math.abs(out - 1)).toBeLessThan(1e-6);
      const ms = v.reduce((s, a) => s + a * a, 0) / 16;
      expect(rms[0]).toBeCloseTo(Math.sqrt(ms), 9);
      const withEps = rmsNorm(x, new Float64Array(16).fill(1), 1e-5).y;
      const out2 = Math.sqrt(Array.from(withEps.data).reduce((s, a) => s + a * a, 0) / 16);
      expect(Math.abs(out2 - Math.sqrt(ms / (ms + 1e-5)))).toBeLessThan(1e-12);
    }));
  });
  it('RoPE inverse frequencies match Meta’s for θ = 500,000, h = 128 (facts B.6)', () => {
    const f = ropeInverseFrequencies(128, 500_000);
    expect(f).toHaveLength(64);
    expect(f[0]).toBe(1);
    expect(Math.abs(f[16]! / 3.760603093086e-2 - 1)).toBeLessThan(1e-11);
    expect(Math.abs(f[28]! / 3.211445994753e-3 - 1)).toBeLessThan(1e-11);
    expect(Math.abs(f[63]! / 2.455140791132e-6 - 1)).toBeLessThan(1e-11);
  });
  const vec = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 });
  const pos = fc.integer({ min: 0, max: 10_000 });
  const inv = ropeInverseFrequencies(4, 500_000);
  const rot = (v: number[], m: number) => Array.from(applyRope({ rows: 1, cols: 4, data: Float64Array.from(v) }, 1, 4, inv, [m]).data);
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  it('RoPE keeps vector norms', () => {
    fc.assert(fc.property(vec, pos, (v, m) => {
      const n0 = Math.hypot(...v), n1 = Math.hypot(...rot(v, m));
      expect(Math.abs(n1 - n0)).toBeLessThanOrEqual(1e-9 * Math.max(1, n0));
    }));
  });
  it('⟨R(m)q, R(n)k⟩ depends only on m − n', () => {
    fc.assert(fc.property(vec, vec, pos, pos, fc.integer({ min: -5_000, max: 5_000 }), (q, k, m, n, s) => {
      fc.pre(m + s >= 0 && n + s >= 0);
      const a = dot(rot(q, m), rot(k, n)), b = dot(rot(q, m + s), rot(k, n + s));
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.hypot(...q) * Math.hypot(...k)));
    }));
  });
  it('RoPE leaves position 0 untouched and rotates the first pair by m radians', () => {
    expect(rot([1, 2, 3, 4], 0)).toEqual([1, 2, 3, 4]);
    const r = rot([1, 0, 1, 0], 1);
    expect(r[0]).toBeCloseTo(Math.cos(1), 12);
    expect(r[1]).toBeCloseTo(Math.sin(1), 12);
    expect(r[2]).toBeCloseTo(Math.cos(1 / Math.sqrt(500_000)), 12); // ω₁ = θ^(−2/4)
  });
  it('query heads map to key/value heads as repeat_kv does', () => {
    expect([0, 1, 2, 3].map((h) => kvHeadOf(h, 4, 2))).toEqual([0, 0, 1, 1]);
    expect(Array.from({ length: 32 }, (_, h) => kvHeadOf(h, 32, 8))).toEqual(Array.from({ length: 32 }, (_, h) => Math.floor(h / 4)));
  });
});

describe('forward pass', () => {
  const text = 'a llama reads the report.';
  const trace = forward(W, ids(text));
  const T = text.length + 1;

  it('has the shapes of the Llama 3 blocks', () => {
    const c = MICRO_CONFIG;
    const shape = (m: Matrix) => [m.rows, m.cols];
    expect(shape(trace.embedding)).toEqual([T, c.dim]);
    for (const L of trace.layers) {
      expect(shape(L.q)).toEqual([T, c.heads * c.headDim]);
      expect(shape(L.k)).toEqual([T, c.kvHeads * c.headDim]);
      expect(shape(L.v)).toEqual([T, c.kvHeads * c.headDim]);
      expect(L.attention).toHaveLength(c.heads);
      for (const A of L.attention) expect(shape(A)).toEqual([T, T]);
      expect(shape(L.heads)).toEqual([T, c.heads * c.headDim]);
      expect(shape(L.ffnHidden)).toEqual([T, c.ffnDim]);
      expect(shape(L.output)).toEqual([T, c.dim]);
    }
    expect(trace.layers).toHaveLength(c.layers);
    expect(shape(trace.logits)).toEqual([T, c.vocab]);
    expect(shape(trace.probs)).toEqual([T, c.vocab]);
  });

  it('matches the plain implementation: logits within 1e-9, attention within 1e-12', () => {
    const plain = plainForward(W, ids(text));
    for (let t = 0; t < T; t++) {
      for (let v = 0; v < MICRO_CONFIG.vocab; v++) {
        expect(Math.abs(trace.logits.data[t * MICRO_CONFIG.vocab + v]! - plain.logits[t]![v]!)).toBeLessThan(1e-9);
        expect(Math.abs(trace.probs.data[t * MICRO_CONFIG.vocab + v]! - plain.probs[t]![v]!)).toBeLessThan(1e-9);
      }
    }
    trace.layers.forEach((L, l) => L.attention.forEach((A, h) => {
      for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) expect(Math.abs(A.data[i * T + j]! - plain.atts[l]![h]![i]![j]!)).toBeLessThan(1e-12);
    }));
  });

  it('matches the plain implementation for other texts and seeds', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 1000 }), (s, seed) => {
      const w = createWeights(seed);
      const got = forward(w, ids(s)), want = plainForward(w, ids(s));
      const V = MICRO_CONFIG.vocab;
      for (let t = 0; t < got.logits.rows; t++) for (let v = 0; v < V; v++) {
        expect(Math.abs(got.logits.data[t * V + v]! - want.logits[t]![v]!)).toBeLessThan(1e-9);
      }
    }), { numRuns: 25 });
  });

  it('masks the future exactly and every attention row sums to 1', () => {
    for (const L of trace.layers) for (const A of L.attention) {
      for (let i = 0; i < T; i++) {
        let s = 0;
        for (let j = 0; j < T; j++) {
          const a = A.data[i * T + j]!;
          if (j > i) expect(a).toBe(0);
          else expect(a).toBeGreaterThan(0);
          s += a;
        }
        expect(Math.abs(s - 1)).toBeLessThan(1e-12);
      }
    }
    // The first token (BOS) can only attend to itself.
    expect(trace.layers[0]!.attention[2]!.data[0]).toBe(1);
  });

  it('next-token probabilities sum to 1 at every position', () => {
    const V = MICRO_CONFIG.vocab;
    for (let t = 0; t < T; t++) {
      let s = 0;
      for (let v = 0; v < V; v++) s += trace.probs.data[t * V + v]!;
      expect(Math.abs(s - 1)).toBeLessThan(1e-12);
    }
    const top = topK(trace, T - 1, 5);
    expect(top).toHaveLength(5);
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.p).toBeGreaterThanOrEqual(top[i]!.p);
  });

  it('RMSNorm outputs of the pass have RMS √(ms/(ms+ε)) ≈ 1', () => {
    for (const L of trace.layers) {
      for (let t = 0; t < T; t++) {
        let ss = 0;
        for (let j = 0; j < 16; j++) ss += L.attnNorm.data[t * 16 + j]! ** 2;
        const ms = L.attnNormRms[t]! ** 2;
        expect(Math.abs(Math.sqrt(ss / 16) - Math.sqrt(ms / (ms + 1e-5)))).toBeLessThan(1e-12);
        expect(Math.abs(Math.sqrt(ss / 16) - 1)).toBeLessThan(1e-3);
      }
    }
  });

  it('GQA: query heads in one group read identical keys and values', () => {
    // Give query heads 0 and 1 (group of KV head 0) the same W_q columns: their attention must then be
    // identical, while head 2 (KV head 1) given the same columns still differs, because its keys differ.
    const w = createWeights(11);
    const wq = w.layers[0]!.wq;
    for (let i = 0; i < wq.rows; i++) for (let e = 0; e < 4; e++) {
      wq.data[i * wq.cols + 4 + e] = wq.data[i * wq.cols + e]!;
      wq.data[i * wq.cols + 8 + e] = wq.data[i * wq.cols + e]!;
    }
    const tr = forward(w, ids('grouped query'));
    const [a0, a1, a2] = tr.layers[0]!.attention;
    expect(Array.from(a1!.data)).toEqual(Array.from(a0!.data));
    expect(Array.from(a2!.data)).not.toEqual(Array.from(a0!.data));
    const H = tr.layers[0]!.heads;
    for (let t = 0; t < H.rows; t++) for (let e = 0; e < 4; e++) expect(H.data[t * 16 + 4 + e]).toBe(H.data[t * 16 + e]);
  });

  it('uses the untied LM head, not the embedding transposed', () => {
    const E = toRows(W.embedding), O = toRows(W.output);
    expect(O.length).toBe(16);
    expect(O[0]![5]).not.toBe(E[5]![0]);
  });

  it('runs 64 characters in well under 5 ms', () => {
    const text64 = 'the quick brown fox jumps over the lazy dog, then naps. 12345678';
    expect(Array.from(text64)).toHaveLength(64);
    runMicro(text64); // warm up the JIT
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      runMicro(text64, 3);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.info(`[architecture-explorer] forward pass, 65 tokens: best ${times[0]!.toFixed(3)} ms, median ${times[15]!.toFixed(3)} ms`);
    // Best of 30: the cost of the pass itself, not of other processes sharing the CPU with the test run.
    expect(times[0]).toBeLessThan(5);
  });

  it('never produces NaN or Infinity, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 70 }), fc.integer({ min: 1, max: 999_999 }), (s, seed) => {
      const { trace: tr } = runMicro(s, seed);
      for (const v of tr.probs.data) expect(Number.isFinite(v)).toBe(true);
      for (const v of tr.layers[1]!.output.data) expect(Number.isFinite(v)).toBe(true);
    }), { numRuns: 40 });
  });
});
