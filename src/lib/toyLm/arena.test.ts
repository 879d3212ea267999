// The arena's documented effects on its default task (gold 'length3', noise 'medium' (k = 3), 400 pairs seed 7, the
// reference of seed 1; DPO 300 steps × 32, PPO and GRPO 100 iterations, lr 0.05, KL coefficient 0.04, clip 0.2,
// G = 16), with the values measured when this was written in the names where a reader would check them.
import { describe, expect, it } from 'vitest';
import {
  ARENA_TOY, arenaBestOfN, arenaDpo, arenaGrpo, arenaPpo, arenaSetup, LLAMA3_DPO, PLAIN_DPO, type ArenaRm,
} from './index';

const task = (rm: ArenaRm) => arenaSetup({ gold: 'length3', noise: 'medium', rm, seed: 7 });
const blind = task('blind'), full = task('full');
const dpoRun = { steps: 300, every: 60, seed: 7 };
const rlRun = { steps: 100, every: 20, seed: 7 };
const last = <T>(xs: readonly T[]) => xs[xs.length - 1]!;

describe('arena set-up', () => {
  it('uses the reference and pairs of the post-training chapter (400 pairs from π_ref, seeded)', () => {
    expect(blind.pairs).toHaveLength(ARENA_TOY.pairs);
    expect(full.pairs).toEqual(blind.pairs);
    expect(task('blind').rmWeights).toEqual(blind.rmWeights);
  });
});

describe('DPO on the arena task (seed 7)', () => {
  const plain = arenaDpo(blind, PLAIN_DPO, dpoRun);
  const llama3 = arenaDpo(blind, LLAMA3_DPO, dpoRun);
  const masked = arenaDpo(blind, { ...PLAIN_DPO, mask: 'content' }, dpoRun);
  it('plain DPO: margin grows while log π(chosen) falls (≈ −8.8 nats) and rejected falls faster (≈ −20.5)', () => {
    expect(last(plain).margin).toBeGreaterThan(0.5);
    expect(last(plain).chosenShift).toBeLessThan(-5);
    expect(last(plain).rejectedShift).toBeLessThan(2 * last(plain).chosenShift);
  });
  it('Llama 3\'s variant (mask + NLL 0.2 per token) keeps log π(chosen) within 0.5 nats and KL below 0.5 (plain: ≈ 2.4)', () => {
    expect(Math.abs(last(llama3).chosenShift)).toBeLessThan(0.5);
    expect(last(llama3).kl).toBeLessThan(0.5);
    expect(last(plain).kl).toBeGreaterThan(2);
  });
  it('masking EOT alone: truncation rises from ≈ 10% to over 50% (the report\'s claim is not reproduced alone)', () => {
    expect(masked[0]!.truncated).toBeLessThan(0.15);
    expect(last(masked).truncated).toBeGreaterThan(0.5);
  });
  it('is deterministic for a seed', () => {
    expect(arenaDpo(blind, PLAIN_DPO, dpoRun)).toEqual(plain);
  });
});

describe('PPO and GRPO against the reward model (seed 7): the misspecified RM costs gold at the same KL', () => {
  const ppo = { klCoef: 0.04, clip: 0.2 }, grpo = { beta: 0.04, clip: 0.2, group: 16, variant: 'grpo' as const };
  const runs = {
    ppoBlind: arenaPpo(blind, ppo, rlRun), ppoFull: arenaPpo(full, ppo, rlRun),
    grpoBlind: arenaGrpo(blind, grpo, rlRun), grpoFull: arenaGrpo(full, grpo, rlRun),
  };
  it('both raise the proxy they optimise, and start at KL 0', () => {
    for (const r of Object.values(runs)) {
      expect(r[0]!.kl).toBeCloseTo(0, 12);
      expect(last(r).proxy).toBeGreaterThan(r[0]!.proxy + 0.5);
    }
  });
  it('with the prompt-blind RM the gold ends below −0.3 (PPO ≈ −0.54, GRPO ≈ −0.67); with all features above −0.1', () => {
    expect(last(runs.ppoBlind).gold).toBeLessThan(-0.3);
    expect(last(runs.grpoBlind).gold).toBeLessThan(-0.3);
    expect(last(runs.ppoFull).gold).toBeGreaterThan(-0.1);
    expect(last(runs.grpoFull).gold).toBeGreaterThan(-0.1);
  });
  it('are deterministic for a seed', () => {
    expect(arenaPpo(blind, ppo, rlRun)).toEqual(runs.ppoBlind);
    expect(arenaGrpo(blind, grpo, rlRun)).toEqual(runs.grpoBlind);
  });
});

describe('best-of-n, exact', () => {
  it('blind RM: gold rises then falls (peak at n = 4 or 8, n = 64 lower) while the proxy rises; full RM: gold keeps rising', () => {
    const b = arenaBestOfN(blind), f = arenaBestOfN(full);
    const peak = b.reduce((m, p) => (p.gold > m.gold ? p : m));
    expect([4, 8]).toContain(peak.n);
    expect(last(b).gold).toBeLessThan(peak.gold - 0.3);
    for (let i = 1; i < b.length; i++) expect(b[i]!.proxy).toBeGreaterThan(b[i - 1]!.proxy);
    for (let i = 1; i < f.length; i++) expect(f[i]!.gold).toBeGreaterThan(f[i - 1]!.gold);
    for (const p of [...b, ...f]) expect(p.kl).toBeLessThanOrEqual(p.klBound + 1e-12);
  });
});
