import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LLAMA3_KEPT_LEVELS } from '../../data/postTraining';
import { RM_FEATURES, fitRewardModel, goldReward, keepLevels, marginsFor, preferencePairs, rmScore, strengthOf } from '../../lib/toyLm';
import { parseUrl, serializeUrl } from '../../lib/urlState';
import { fields } from './meta';
import {
  BLIND_FEATURES, DEFAULTS, FEATURES_PATTERN, HELD_OUT, LIMITS, NOISE_K, SCATTER_PER_PROMPT, drawPairs, featuresText,
  parseFeatures, referenceTable, runRewardModel, stateKey, toggleFeature, type RmState,
} from './model';

const ALL = RM_FEATURES.join(',');
const at = (over: Partial<RmState>): RmState => ({ ...DEFAULTS, ...over });

describe('the default reproduces the shared toy’s reference numbers', () => {
  const r = runRewardModel(DEFAULTS);
  it('seed-1 reference, 600 pairs k = 3 seed 7, first 400 train: prompt-blind held-out accuracy ≈ 0.75 (0.7475 exactly)', () => {
    expect(DEFAULTS).toMatchObject({ pairs: 400, seed: 7, noise: 'medium', gold: 'length3', margin: 'none', levels: 'all' });
    expect(NOISE_K.medium).toBe(3);
    expect(r.heldOutAccuracy).toBeCloseTo(0.7475, 12);
    expect(r.heldOutAccuracy).toBeCloseTo(0.75, 2);
  });
  it('is exactly the shared fitRewardModel on the shared pairs (nothing re-implemented)', () => {
    const all = preferencePairs(referenceTable(), (p, id) => goldReward('length3', p, id), 600, 3, 7);
    const fit = fitRewardModel(BLIND_FEATURES, all.slice(0, 400), all.slice(400), null);
    expect(r.trace).toEqual(fit.trace);
    expect(r.weights.map((w) => w.value)).toEqual(Array.from(fit.w));
  });
  it('starts at log 2 and ends lower; level counts add up to the pairs; no code', () => {
    expect(r.codes).toEqual([]);
    expect(r.trace[0]!.loss).toBeCloseTo(Math.LN2, 12);
    expect(r.loss).toBeLessThan(0.5);
    expect(r.levelCounts.reduce((s, l) => s + l.count, 0)).toBe(400);
    expect(r.levelCounts.map((l) => l.count)).toEqual([221, 110, 40, 29]);
    expect(r.used).toBe(400);
    expect(r.scatter).toHaveLength(4 * SCATTER_PER_PROMPT);
  });
});

describe('features, filter, margin', () => {
  it('all five features (what the gold reward uses) beat the prompt-blind three on held-out pairs, the gold order and correlation', () => {
    const blind = runRewardModel(DEFAULTS), full = runRewardModel(at({ features: ALL }));
    expect(full.heldOutAccuracy).toBeGreaterThan(blind.heldOutAccuracy);
    expect(full.goldOrderAccuracy).toBeGreaterThan(0.95);
    expect(full.correlation).toBeGreaterThan(0.95);
    expect(blind.correlation).toBeLessThan(0.9);
    // The full model's held-out "mistakes" are mostly label noise: it sides with the gold reward.
    expect(full.wrongNoisy / full.wrongCount).toBeGreaterThan(0.5);
  });
  it('Llama 3’s filter trains on the two strongest levels only, counted per level', () => {
    const r = runRewardModel(at({ levels: 'llama3' }));
    const { train } = drawPairs(at({ levels: 'llama3' }));
    const kept = keepLevels(train, LLAMA3_KEPT_LEVELS.value);
    expect(r.used).toBe(kept.length);
    expect(r.used).toBe(r.levelCounts.filter((l) => l.kept).reduce((s, l) => s + l.count, 0));
    expect(r.levelCounts.map((l) => l.kept)).toEqual([true, true, false, false]);
    expect(kept.every((p) => Math.abs(p.goldGap) >= 0.5)).toBe(true);
  });
  it('the margin is Llama 2’s, from the shared marginsFor: the same fit as calling the shared pieces', () => {
    for (const margin of ['small', 'large'] as const) {
      const r = runRewardModel(at({ margin }));
      const { train, heldOut } = drawPairs(DEFAULTS);
      expect(r.trace).toEqual(fitRewardModel(BLIND_FEATURES, train, heldOut, marginsFor(train, margin)).trace);
      expect(r.trace[0]!.loss).toBeGreaterThan(Math.LN2); // the margin is subtracted inside σ
    }
  });
  it('coin-flip labels (k = 0) leave the held-out accuracy near chance', () => {
    const r = runRewardModel(at({ noise: 'random' }));
    expect(Math.abs(r.heldOutAccuracy - 0.5)).toBeLessThan(0.1);
  });
});

describe('error states and invariants', () => {
  it('no features: a code, no fit, no trace', () => {
    const r = runRewardModel(at({ features: '' }));
    expect(r.codes).toEqual(['noFeatures']);
    expect(r.trace).toEqual([]);
    expect(r.levelCounts.reduce((s, l) => s + l.count, 0)).toBe(DEFAULTS.pairs);
  });
  it('feature text: any order and repeats read back canonically; toggling round-trips; every subset is a valid URL value', () => {
    const subset = fc.subarray([...RM_FEATURES]);
    fc.assert(fc.property(subset, (fs) => {
      const text = featuresText(fs);
      expect(FEATURES_PATTERN.test(text)).toBe(true);
      expect(parseFeatures([...fs].reverse().join(','))).toEqual(RM_FEATURES.filter((f) => fs.includes(f)));
      for (const f of RM_FEATURES) expect(toggleFeature(toggleFeature(text, f, true), f, fs.includes(f))).toBe(text);
      const parsed = parseUrl(fields, `?features=${[...fs].reverse().join(',')}`);
      expect(parsed.ignored).toEqual([]);
      expect(parsed.state.features).toBe(text);
    }));
  });
  it('URL state round-trips; hostile values fall back and are named', () => {
    fc.assert(fc.property(
      fc.constantFrom('none', 'small', 'large'), fc.constantFrom('low', 'medium', 'high', 'random'), fc.subarray([...RM_FEATURES]),
      fc.integer({ min: LIMITS.pairs.min, max: LIMITS.pairs.max }), fc.integer({ min: 0, max: LIMITS.seed.max }),
      (margin, noise, fs, pairs, seed) => {
        const state = { ...parseUrl(fields, '').state, margin, noise, features: featuresText(fs), pairs, seed } as ReturnType<typeof parseUrl<typeof fields>>['state'];
        expect(parseUrl(fields, serializeUrl(fields, state)).state).toEqual(state);
      },
    ));
    const bad = parseUrl(fields, '?margin=__proto__&noise=NaN&features=tokens,evil&pairs=1e400&seed=-5&levels=x&gold=9');
    expect(bad.ignored.map((i) => i.key).sort()).toEqual(['features', 'gold', 'levels', 'margin', 'noise', 'pairs', 'seed']);
    expect(bad.state.features).toBe(DEFAULTS.features);
  });
  it('deterministic per seed; the wrong table holds only pairs it orders against the label, consistent with the accuracy', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(20, 100, 400), fc.subarray([...RM_FEATURES], { minLength: 1 }),
      (seed, pairs, fs) => {
        const s = at({ seed, pairs, features: featuresText(fs) });
        const r = runRewardModel(s);
        expect(runRewardModel(s)).toEqual(r);
        if (r.codes.length > 0) return expect(r.used).toBe(0);
        const lost = (1 - r.heldOutAccuracy) * HELD_OUT; // strict errors + half the ties
        expect(r.wrongCount).toBeGreaterThanOrEqual(lost - 1e-9);
        expect(r.wrongCount).toBeLessThanOrEqual(2 * lost + 1e-9);
        for (const w of r.wrong) {
          expect(w.rmGap).toBeLessThanOrEqual(0);
          expect(w.rmGap).toBeCloseTo(rmScore(Float64Array.from(r.weights.map((x) => x.value)), r.features, w.prompt, w.chosen)
            - rmScore(Float64Array.from(r.weights.map((x) => x.value)), r.features, w.prompt, w.rejected), 10);
        }
        expect(Number.isFinite(r.correlation)).toBe(true);
      }), { numRuns: 12 });
  });
  it('the state key changes with every input and ignores the order of features', () => {
    expect(stateKey(at({ features: 'length,tokens' }))).toBe(stateKey(at({ features: 'tokens,length' })));
    expect(stateKey(at({ seed: 8 }))).not.toBe(stateKey(DEFAULTS));
  });
  it('strength levels are the shared strengthOf’s', () => {
    const { train } = drawPairs(DEFAULTS);
    const r = runRewardModel(DEFAULTS);
    r.levelCounts.forEach((l) => expect(train.filter((p) => strengthOf(p) === l.level).length).toBe(l.count));
  });
});

describe('performance (the fit runs in a worker; this is its cost)', () => {
  it('the worst state (2,000 pairs, all features, large margin) fits in well under the worker budget of 250 ms', () => {
    referenceTable();
    runRewardModel(at({ pairs: 2000, features: ALL, margin: 'large' })); // warm-up
    const t0 = performance.now();
    runRewardModel(at({ pairs: 2000, features: ALL, margin: 'large', seed: 11 }));
    const dt = performance.now() - t0;
    console.log(`reward-model worst fit: ${dt.toFixed(1)} ms`);
    expect(dt).toBeLessThan(250);
  });
  it('what the main thread does per update (parse the features, the state key) is far under a frame', () => {
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) stateKey(at({ features: ALL, seed: i }));
    expect((performance.now() - t0) / 1000).toBeLessThan(1);
  });
});
