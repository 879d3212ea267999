// rl-arena's model on the default task (gold length3, noise medium, the prompt-blind RM, seed 7, 100 iterations, DPO
// 300 steps): its runs are arena.ts's, the documented effects hold through the widget's own state, and it is
// deterministic. Values measured when this was written are in the names where a reader would check them.
import { describe, expect, it } from 'vitest';
import { arenaDpo, arenaGrpo, arenaPpo, LLAMA3_DPO, PLAIN_DPO } from '../../lib/toyLm';
import { parseUrl } from '../../lib/urlState';
import { createArenaClient } from './client';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import {
  DEFAULTS, bonPeak, hackingOf, costRows, dpoOptions, finalRows, goldDrop, methodsText, notesFor, parseMethods,
  resultKey, runShape, toggleMethod, type ArenaResult, type ArenaState,
} from './model';
import { computeArena, firstGroup, setupFor } from './compute';

const last = <T>(xs: readonly T[]) => xs[xs.length - 1]!;
const t0 = performance.now();
const def = computeArena(DEFAULTS);
const defaultMs = performance.now() - t0;
const full = computeArena({ ...DEFAULTS, rm: 'full' });

describe('the methods set', () => {
  it('reads any order, drops repeats, and writes METHODS order', () => {
    expect(parseMethods('grpo,bon,grpo')).toEqual(['bon', 'grpo']);
    expect(methodsText(['ppo', 'dpo'])).toBe('dpo,ppo');
    expect(toggleMethod(DEFAULTS.methods, 'ppo', false)).toBe('bon,dpo,llama3,grpo');
    expect(parseUrl(fields, '?methods=').state.methods).toBe('');
    expect(parseUrl(fields, '?methods=ppo,bon').state.methods).toBe('bon,ppo');
  });
  it('a hostile query falls back to the defaults, each value named', () => {
    const p = parseUrl(fields, HOSTILE_QUERY);
    expect(p.ignored.map((i) => i.key).sort()).toEqual(['beta', 'clip', 'group', 'kl', 'methods', 'nll', 'rm', 'seed', 'steps', 'variant'].sort());
    expect(resultKey(p.state as ArenaState)).toBe(resultKey(DEFAULTS));
  });
  it('no methods: nothing runs, and the note says so', () => {
    const r = computeArena({ ...DEFAULTS, methods: '' });
    expect(finalRows(r)).toEqual([]);
    expect(notesFor({ ...DEFAULTS, methods: '' })).toEqual(['noMethods']);
  });
});

describe('the widget runs are arena.ts\'s (seed 7)', () => {
  const s = setupFor(DEFAULTS), shape = runShape(DEFAULTS);
  it('default shape: DPO 300 steps, PPO and GRPO 100 iterations', () => {
    expect(shape).toEqual({ dpoSteps: 300, dpoEvery: 15, rlSteps: 100, rlEvery: 5 });
  });
  it('DPO, Llama 3\'s DPO, PPO and GRPO points equal arenaDpo / arenaPpo / arenaGrpo\'s', () => {
    expect(dpoOptions(DEFAULTS, 'dpo')).toEqual(PLAIN_DPO);
    expect(dpoOptions(DEFAULTS, 'llama3')).toEqual(LLAMA3_DPO);
    expect(def.dpo!.points).toEqual(arenaDpo(s, PLAIN_DPO, { steps: 300, every: 15, seed: 7 }));
    expect(def.llama3!.points).toEqual(arenaDpo(s, LLAMA3_DPO, { steps: 300, every: 15, seed: 7 }));
    expect(def.ppo!.points).toEqual(arenaPpo(s, { klCoef: 0.04, clip: 0.2 }, { steps: 100, every: 5, seed: 7 }));
    expect(def.grpo!.points).toEqual(arenaGrpo(s, { beta: 0.04, clip: 0.2, group: 16, variant: 'grpo' }, { steps: 100, every: 5, seed: 7 }));
  });
  it('the final length histograms sum to 1 and end where the last point\'s truncation is', () => {
    for (const run of [def.dpo!, def.llama3!, def.ppo!, def.grpo!]) {
      expect(run.lengths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      expect(run.lengths[6]).toBeCloseTo(last(run.points).truncated, 12);
    }
    expect(def.reference[6]).toBeCloseTo(def.dpo!.points[0]!.truncated, 12);
  });
});

describe('documented effects through the widget (default state, seed 7)', () => {
  it('plain DPO: the margin grows while log π(chosen) falls (≈ −8.8 nats) and rejected falls faster (≈ −20.5)', () => {
    const p = last(def.dpo!.points);
    expect(p.margin).toBeGreaterThan(0.5);
    expect(p.chosenShift).toBeCloseTo(-8.8, 0);
    expect(p.rejectedShift).toBeLessThan(2 * p.chosenShift);
  });
  it('Llama 3\'s DPO keeps log π(chosen) within 0.5 nats and KL below 0.5; plain DPO\'s KL is above 2', () => {
    expect(Math.abs(last(def.llama3!.points).chosenShift)).toBeLessThan(0.5);
    expect(last(def.llama3!.points).kl).toBeLessThan(0.5);
    expect(last(def.dpo!.points).kl).toBeGreaterThan(2);
  });
  it('mask alone (nll 0): truncation rises from ≈ 10% to over 50%', () => {
    const r = computeArena({ ...DEFAULTS, methods: 'llama3', nll: 0 });
    expect(r.llama3!.points[0]!.truncated).toBeLessThan(0.15);
    expect(last(r.llama3!.points).truncated).toBeGreaterThan(0.5);
  });
  it('blind RM: PPO ≈ −0.54 and GRPO ≈ −0.67 gold at the end; full RM above −0.1 for both', () => {
    expect(last(def.ppo!.points).gold).toBeLessThan(-0.3);
    expect(last(def.grpo!.points).gold).toBeLessThan(-0.3);
    expect(last(full.ppo!.points).gold).toBeGreaterThan(-0.1);
    expect(last(full.grpo!.points).gold).toBeGreaterThan(-0.1);
  });
  it('PPO with the blind RM plateaus, it does not fall back (the honest finding); best-of-n peaks at n = 4–8 then falls', () => {
    expect(goldDrop(def.ppo!.points).falls).toBe(false);
    const peak = bonPeak(def.bon!);
    expect([4, 8]).toContain(peak.n);
    expect(peak.falls).toBe(true);
    expect(bonPeak(full.bon!).falls).toBe(false);
  });
});

describe('the reward-hacking reading under the KL panels (seed 7)', () => {
  it('every run starts at the reference (one RM score, one gold); the RM score ends higher in each', () => {
    const h = hackingOf(def);
    expect(h.map((x) => x.method)).toEqual(['bon', 'ppo', 'grpo']);
    for (const x of h) {
      expect(x.proxyStart).toBeCloseTo(h[0]!.proxyStart, 9);
      expect(x.goldStart).toBeCloseTo(h[0]!.goldStart, 9);
      expect(x.proxyEnd).toBeGreaterThan(x.proxyStart + 0.5);
    }
  });
  it('blind RM: best-of-n falls back from n = 4–8, PPO does not (the honest finding); full RM: best-of-n does not fall', () => {
    const [bon, ppo] = hackingOf(def);
    expect(bon!.falls).toBe(true);
    expect([4, 8]).toContain(bon!.bestAt);
    expect(bon!.goldEnd).toBeLessThan(bon!.goldBest - 0.05);
    expect(ppo!.falls).toBe(false);
    expect(hackingOf(full)[0]!.falls).toBe(false);
  });
});

describe('GRPO group inspector (seed 7, G = 16)', () => {
  const s = setupFor(DEFAULTS);
  it('advantages are (r − mean)/(std + 10⁻⁴) and sum to 0; GRPO weights each token 1/(G·|o|)', () => {
    const g = firstGroup(s, 16, 'grpo', 7);
    expect(g.rows).toHaveLength(16);
    expect(g.rows.reduce((a, r) => a + r.advantage, 0)).toBeCloseTo(0, 10);
    for (const r of g.rows) {
      expect(r.advantage).toBeCloseTo((r.reward - g.mean) / (g.std + 1e-4), 10);
      expect(r.weight).toBeCloseTo(1 / (16 * r.tokens), 14);
    }
  });
  it('Dr. GRPO: no std, weight 1/(G·6); DAPO: one weight 1/Σ|o| for every token of the group', () => {
    const dr = firstGroup(s, 16, 'dr-grpo', 7), dapo = firstGroup(s, 16, 'dapo', 7);
    for (const r of dr.rows) { expect(r.advantage).toBeCloseTo(r.reward - dr.mean, 10); expect(r.weight).toBe(1 / 96); }
    const total = dapo.rows.reduce((a, r) => a + r.tokens, 0);
    for (const r of dapo.rows) expect(r.weight).toBe(1 / total);
  });
  it('is the first group the GRPO run samples: the same labels as the default result\'s', () => {
    expect(def.group).toEqual(firstGroup(s, 16, 'grpo', 7));
  });
});

describe('cost per update (rlhfMemory\'s counts)', () => {
  it('models resident: PPO 4, GRPO 3 (2 at KL 0), DPO 2 (1 with cached reference log-probs), best-of-n 2', () => {
    const c = Object.fromEntries(costRows(DEFAULTS).map((r) => [r.method, r.models]));
    expect(c).toEqual({ bon: 2, dpo: 2, llama3: 2, ppo: 4, grpo: 3 });
    expect(costRows({ ...DEFAULTS, kl: 0 }).find((r) => r.method === 'grpo')!.models).toBe(2);
    expect(costRows(DEFAULTS, true).find((r) => r.method === 'dpo')!.models).toBe(1);
  });
});

describe('determinism, partial results and the main-thread fallback (seed 7)', () => {
  it('the same state gives the same result', () => {
    expect(computeArena(DEFAULTS)).toEqual(def);
  });
  it('partial results arrive best-of-n first, one per finished method, and the last partial agrees with the final', () => {
    const parts: ArenaResult[] = [];
    const final = computeArena({ ...DEFAULTS, methods: 'bon,ppo', steps: 10 }, (p) => parts.push(p));
    expect(parts).toHaveLength(1);
    expect(parts[0]!.pending).toEqual(['ppo']);
    expect(parts[0]!.bon).toEqual(final.bon);
    expect(parts[0]!.ppo).toBeNull();
    expect(final.pending).toEqual([]);
  });
  it('the client without a worker (the fallback) delivers exactly computeArena\'s result', async () => {
    const s = { ...DEFAULTS, methods: 'bon,grpo', steps: 10 };
    const client = createArenaClient({ worker: false });
    const got = await new Promise<ArenaResult>((resolve) => client.request(s, (r, done) => { if (done) resolve(r); }));
    client.dispose();
    expect(got).toEqual(computeArena(s));
  });
  it(`the default state (all five methods) computes in under 15 s on this loaded machine (measured ${Math.round(defaultMs)} ms)`, () => {
    expect(defaultMs).toBeLessThan(15_000);
  });
});
