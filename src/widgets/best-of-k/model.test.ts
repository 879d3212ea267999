import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGED_ATTENTION_SPEEDUP, REJECTION_SAMPLING_K, TABLE_6 } from '../../data/postTraining';
import { parseUrl, serializeUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import {
  DEFAULTS, K_VALUES, RM_KINDS, TOY, computeBok, costOf, goldPeak, notesFor, resultKey, type BokState,
} from './model';

const state = (o: Partial<BokState> = {}): BokState => ({ ...DEFAULTS, ...o });

describe('best-of-k: exact best-of-K on the toy (the tested reference set-up: seed 1 reference, 600 pairs k = 3 seed 7)', () => {
  const blind = computeBok(state({ k: 30 }));
  const full = computeBok(state({ rm: 'full' }));
  const oracle = computeBok(state({ rm: 'gold' }));

  it('the prompt-blind RM: held-out accuracy ≈ 0.75; gold −1.35 (K 1) → −0.66 (K 8) → −1.10 (K 64) while its score rises', () => {
    expect(blind.heldOut).toBeCloseTo(0.75, 2);
    const g = (k: number) => blind.curve[k - 1]!.gold;
    expect(g(1).toFixed(2)).toBe('-1.35');
    expect(g(8).toFixed(2)).toBe('-0.66');
    expect(g(64).toFixed(2)).toBe('-1.10');
    for (let k = 2; k <= 64; k++) expect(blind.curve[k - 1]!.proxy).toBeGreaterThan(blind.curve[k - 2]!.proxy);
    expect(blind.peak).toMatchObject({ k: 6, fallsAfter: true });
    expect(blind.peak.gold.toFixed(2)).toBe('-0.64');
    expect(notesFor(state(), blind)).toEqual(['overOptimised']);
    expect(notesFor(state({ k: 8 }), blind)).toEqual(['belowReport', 'overOptimised']);
    expect(notesFor(state({ k: 31 }), null)).toEqual(['aboveReport']);
  });

  it('all five features: gold −1.35 → −0.06 (K 8) → +0.51 (K 64), rising all the way', () => {
    const g = (k: number) => full.curve[k - 1]!.gold;
    expect(g(1).toFixed(2)).toBe('-1.35');
    expect(g(8).toFixed(2)).toBe('-0.06');
    expect(g(64).toFixed(2)).toBe('0.51');
    expect(full.peak).toMatchObject({ k: 64, fallsAfter: false });
    expect(full.heldOut!).toBeGreaterThan(blind.heldOut!);
    expect(notesFor(state({ rm: 'full' }), full)).toEqual(['stillRising']);
  });

  it('exact KL at K = 30 is 2.43 against the bound 2.435; KL ≤ bound and win rate ≤ K/(K+1) at every K, for every scorer', () => {
    const at = blind.at;
    expect(at.k).toBe(30);
    expect(at.kl.toFixed(2)).toBe('2.43');
    expect(at.klBound.toFixed(3)).toBe('2.435');
    expect(at.klBound).toBeCloseTo(Math.log(30) - 29 / 30, 14);
    for (const r of [blind, full, oracle]) {
      for (const c of r.curve) {
        expect(c.kl).toBeLessThanOrEqual(c.klBound + 1e-12);
        expect(c.winRate).toBeLessThanOrEqual(c.winBound + 1e-12);
      }
      expect(r.curve[0]!.kl).toBeCloseTo(0, 12);
      expect(r.curve[0]!.winRate).toBeCloseTo(0.5, 12);
    }
    // The oracle's ties (gold takes few values) keep its KL further below the bound than the RMs'.
    expect(oracle.curve[63]!.klBound - oracle.curve[63]!.kl).toBeGreaterThan(blind.curve[63]!.klBound - blind.curve[63]!.kl);
  });

  it('the oracle: the proxy is the gold, and it never falls with K', () => {
    expect(oracle.heldOut).toBeNull();
    for (const c of oracle.curve) expect(c.proxy).toBe(c.gold);
    for (let k = 2; k <= 64; k++) expect(oracle.curve[k - 1]!.gold).toBeGreaterThanOrEqual(oracle.curve[k - 2]!.gold - 1e-12);
    expect(notesFor(state({ rm: 'gold', k: 1 }), oracle)).toEqual(['k1', 'oracle']);
  });

  it('the shown prompt: CDFs end at 1 and F^K ≤ F; the top rows are sorted by score and best-of-K puts more mass on them', () => {
    for (const r of [blind, full, oracle]) {
      const last = r.cdf[r.cdf.length - 1]!;
      expect(last.f).toBeCloseTo(1, 9);
      expect(last.fk).toBeCloseTo(1, 9);
      for (const p of r.cdf) expect(p.fk).toBeLessThanOrEqual(p.f + 1e-12);
      expect(r.top).toHaveLength(TOY.topRows);
      for (let i = 1; i < r.top.length; i++) expect(r.top[i]!.score).toBeLessThanOrEqual(r.top[i - 1]!.score);
      expect(r.topMass.bon).toBeGreaterThan(r.topMass.pi);
    }
    expect(full.top[0]!.label).toBe('AAA⏎'); // prompt 1's good token is A, three tokens: gold 1, the best there is
    expect(full.top[0]!.gold).toBe(1);
  });

  it('selection: best per prompt covers every prompt and its sampled gold is near the exact one; top-k overall leaves prompts out', () => {
    for (const r of [blind, full, oracle]) {
      const { perPrompt, topOverall, round, repeats } = r.selection;
      expect(repeats).toBe(TOY.repeats);
      expect(perPrompt.empty).toBe(0);
      expect(perPrompt.anyEmpty).toBe(0);
      expect(topOverall.empty).toBeGreaterThan(0.2);
      expect(Math.abs(perPrompt.gold - r.at.gold)).toBeLessThan(0.1);
      expect(topOverall.proxy).toBeGreaterThanOrEqual(perPrompt.proxy); // the 4 best of the pool score at least as well
      expect(round['per-prompt'].map((x) => x.prompt)).toEqual([0, 1, 2, 3]);
      expect(round['top-overall']).toHaveLength(4);
    }
    // With the prompt-blind RM, keeping the best-scored overall buys more proxy and less gold.
    expect(blind.selection.topOverall.gold).toBeLessThan(blind.selection.perPrompt.gold);
    expect(full.selection.topOverall.gold).toBeGreaterThan(full.selection.perPrompt.gold);
  });

  it('is deterministic for a seed; another seed fits another RM', () => {
    const again = computeBok(state({ k: 30 }));
    expect(again).toEqual(blind);
    const other = computeBok(state({ k: 30, seed: 42 }));
    expect(other.curve[7]!.gold).not.toBe(blind.curve[7]!.gold);
    expect(other.curve[0]!.gold).toBe(blind.curve[0]!.gold); // K = 1 is the reference: no RM involved
  });

  it('a new K for a fitted (rm, seed) is fast: the worst case (K = 64, fresh curve cached) under 400 ms in the worker (loaded machine)', () => {
    computeBok(state({ rm: 'blind', k: 63 }));
    const t0 = performance.now();
    computeBok(state({ rm: 'blind', k: 64 }));
    const dt = performance.now() - t0;
    console.log(`best-of-k: new K (64) for a fitted RM: ${dt.toFixed(1)} ms`);
    // ~40 ms on an idle core; 85–100 ms measured with the machine's load average at 7–10 on 2 cores. Worker only.
    expect(dt).toBeLessThan(400);
  });

  it('goldPeak finds the highest point and whether the curve falls after it', () => {
    const pts = [1, 3, 2].map((gold, i) => ({ ...blind.curve[0]!, k: i + 1, gold }));
    expect(goldPeak(pts)).toEqual({ k: 2, gold: 3, fallsAfter: true });
  });
});

describe('best-of-k: the generation cost (Table 6 as a worked example)', () => {
  it('K = 16: 4,544 response tokens; 16 × 328.5 = 5,256 cache slots with copies, 44.5 + 16 × 284 = 4,588.5 shared', () => {
    const c = costOf(16);
    expect(c.promptTokens).toBe(TABLE_6.value.total.promptTokens);
    expect(c.generated).toBeCloseTo(4_544, 9);
    expect(c.cacheCopies).toBeCloseTo(5_256, 9);
    expect(c.cacheShared).toBeCloseTo(4_588.5, 9);
    expect(c.saved).toBeCloseTo(15 * 44.5, 9);
    expect(c.discardedShare).toBe(15 / 16);
    expect(c.reportSpeedup).toBe(PAGED_ATTENTION_SPEEDUP.value);
  });
  it('sharing saves (K − 1) prompt copies: nothing at K = 1, a share that grows with K and stays below prompt/(prompt + response)', () => {
    expect(costOf(1).saved).toBe(0);
    fc.assert(fc.property(fc.integer({ min: 2, max: 64 }), (k) => {
      const a = costOf(k - 1), b = costOf(k);
      expect(b.savedShare).toBeGreaterThan(a.savedShare);
      expect(b.savedShare).toBeLessThan(44.5 / 328.5);
    }));
  });
});

describe('best-of-k: state', () => {
  it('URL: defaults K 16 (inside the report’s 10–30), blind, per-prompt, seed 7; hostile values fall back and are named', () => {
    const d = parseUrl(fields, '').state;
    expect(d).toMatchObject({ k: 16, rm: 'blind', selection: 'per-prompt', seed: 7 });
    expect(d.k).toBeGreaterThanOrEqual(REJECTION_SAMPLING_K.value.min);
    expect(d.k).toBeLessThanOrEqual(REJECTION_SAMPLING_K.value.max);
    const h = parseUrl(fields, HOSTILE_QUERY);
    expect(h.state).toMatchObject({ k: 16, rm: 'blind', selection: 'per-prompt', seed: 7 });
    expect(h.ignored.map((i) => i.key).sort()).toEqual(['k', 'rm', 'seed', 'selection']);
    expect(parseUrl(fields, '?k=65').state.k).toBe(16);
    expect(parseUrl(fields, '?k=0').state.k).toBe(16);
  });
  it('URL round trip for any valid state; the result key holds every input of the result', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 64 }), fc.constantFrom(...RM_KINDS), fc.constantFrom('per-prompt', 'top-overall' as const),
      fc.integer({ min: 0, max: 999_999 }), (k, rm, selection, seed) => {
        const s = { ...parseUrl(fields, '').state, k, rm, selection, seed };
        expect(parseUrl(fields, serializeUrl(fields, s)).state).toEqual(s);
        expect(resultKey({ k, rm, selection, seed })).toBe(`${k}|${rm}|${seed}`);
      }));
    expect(K_VALUES).toHaveLength(64);
  });
});
