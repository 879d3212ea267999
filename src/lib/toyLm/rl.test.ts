import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GRPO_NORMS, POLICY_KINDS, PROMPTS, RESPONSES, VALUE_SIZE, clippedSurrogate, exactStats, gae, goldReward,
  groupAdvantages, grpoLoss, initPolicy, k3, logProbTable, ppoPolicyLoss, ppoRewards, responseSteps, sampleResponse,
  sequenceLogProb, valueIndex, valueLoss, valuesAlong, whiten, type GrpoGroup, type PpoToken,
  GRPO_DEEPSEEKMATH, LLAMA3_DPO, PLAIN_DPO, PPO_TOY, fitReference, preferencePairs, runDpo, runGrpo, runPpo, teacherTable,
  type DpoOptions,
} from './index';
import { expectGradClose, numericGrad } from './gradCheck';
import { cell } from './policy';
import { mulberry32 } from '../rng';


describe('k3, the KL estimator', () => {
  it('is never negative and 0 when the policies agree', () => {
    fc.assert(fc.property(fc.double({ min: -20, max: 0, noNaN: true }), fc.double({ min: -20, max: 0, noNaN: true }), (a, b) => {
      expect(k3(a, b)).toBeGreaterThanOrEqual(0);
    }));
    expect(k3(-1.3, -1.3)).toBe(0);
  });
  it('summed over a response\'s tokens, its expectation under π is the exact KL(π ‖ π_ref) (to 1e-12)', () => {
    const table = logProbTable('lowRank', initPolicy('lowRank', 1, 0.8));
    const ref = logProbTable('lowRank', initPolicy('lowRank', 2, 0.8));
    for (let p = 0; p < PROMPTS; p++) {
      let expected = 0;
      for (let id = 0; id < RESPONSES; id++) {
        const { contexts, tokens } = responseSteps(id);
        let s = 0;
        for (let t = 0; t < tokens.length; t++) s += k3(table[cell(p, contexts[t]!, tokens[t]!)]!, ref[cell(p, contexts[t]!, tokens[t]!)]!);
        expected += Math.exp(sequenceLogProb(table, p, id)) * s;
      }
      expect(expected).toBeCloseTo(exactStats(table, ref, p, () => 0).kl, 12);
    }
  });
});

describe('the clipped surrogate', () => {
  it.each([
    // ratio, A, loss, dLoss/dlog π
    [1.5, 1, -1.2, 0], // above the band with A > 0: clipped, no gradient
    [0.5, 1, -0.5, -0.5], // below with A > 0: the ratio term is smaller, gradient flows
    [0.5, -1, 0.8, 0], // below with A < 0: clipped
    [1.5, -1, 1.5, 1.5], // above with A < 0: gradient flows
  ])('ratio %s, advantage %s', (ratio, a, loss, d) => {
    const s = clippedSurrogate(Math.log(ratio), 0, a, 0.2);
    expect(s.loss).toBeCloseTo(loss, 12);
    expect(s.dLogp).toBeCloseTo(d, 12);
  });
});

describe('GRPO', () => {
  it('advantages sum to 0; a group with one reward gives zeros; std scaling gives unit sample std', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 32 }), (r) => {
      for (const scale of [true, false]) expect(groupAdvantages(r, scale).reduce((s, x) => s + x, 0)).toBeCloseTo(0, 9);
    }));
    expect(groupAdvantages([0.7, 0.7, 0.7], true)).toEqual([0, 0, 0]);
    const a = groupAdvantages([1, 2, 3, 6], true);
    const sd = Math.sqrt(a.reduce((s, x) => s + x * x, 0) / 3);
    expect(sd).toBeCloseTo(1, 3);
  });
  for (const kind of POLICY_KINDS) {
    it.each(GRPO_NORMS)(`${kind}: the gradient of the loss (norm %s) matches finite differences, with ratios inside and outside the clip band`, (norm) => {
      const old = logProbTable(kind, initPolicy(kind, 3, 0.6));
      const ref = logProbTable(kind, initPolicy(kind, 4, 0.6));
      const theta = initPolicy(kind, 5, 0.6);
      const u = mulberry32(9);
      const groups: GrpoGroup[] = [0, 2].map((prompt) => {
        const ids = Array.from({ length: 6 }, () => sampleResponse(old, prompt, u));
        return { prompt, ids, advantages: groupAdvantages(ids.map((id) => goldReward('length3', prompt, id)), true) };
      });
      const o = { clip: 0.2, beta: 0.04, scaleStd: true, norm };
      const g = new Float64Array(theta.length), scratch = new Float64Array(theta.length);
      grpoLoss(kind, theta, old, ref, groups, o, g);
      expectGradClose(g, numericGrad((t) => grpoLoss(kind, t, old, ref, groups, o, scratch), theta));
    });
  }
  it('with μ = 1 (the sampling policy is the current one) the surrogate is −mean advantage and the KL term starts at its k3 value', () => {
    const theta = initPolicy('lowRank', 6, 0.6);
    const table = logProbTable('lowRank', theta);
    const groups: GrpoGroup[] = [{ prompt: 1, ids: [0, 7, 30], advantages: [1, -2, 1] }];
    const loss = grpoLoss('lowRank', theta, table, table, groups, { clip: 0.2, beta: 0.5, scaleStd: true, norm: 'sequence' }, new Float64Array(theta.length));
    expect(loss).toBeCloseTo(-(1 - 2 + 1) / 3, 12); // ratio 1, k3 0
  });
});

describe('PPO', () => {
  it('GAE: λ = 1 gives the Monte Carlo return minus V; λ = 0 gives the one-step TD error', () => {
    const r = [0.1, -0.2, 1.5], v = [0.3, 0.2, 0.9];
    const mc = gae(r, v, 1, 1);
    expect(mc.returns[0]).toBeCloseTo(1.4, 12);
    expect(mc.advantages[0]).toBeCloseTo(1.4 - 0.3, 12);
    const td = gae(r, v, 1, 0);
    expect(td.advantages[1]).toBeCloseTo(-0.2 + 0.9 - 0.2, 12);
    expect(td.advantages[2]).toBeCloseTo(1.5 - 0.9, 12);
  });
  it('the per-token reward is −β_KL·(log π − log π_ref), plus the score on the last token', () => {
    const old = logProbTable('lowRank', initPolicy('lowRank', 1, 0.6)), ref = logProbTable('lowRank', initPolicy('lowRank', 2, 0.6));
    const id = 30, p = 1;
    const r = ppoRewards(old, ref, p, id, 2, 0.05);
    const { tokens } = responseSteps(id);
    expect(r).toHaveLength(tokens.length);
    const sum = r.reduce((s, x) => s + x, 0);
    expect(sum).toBeCloseTo(2 - 0.05 * (sequenceLogProb(old, p, id) - sequenceLogProb(ref, p, id)), 12);
  });
  it('whitened advantages have mean 0 and std 1', () => {
    const w = whiten([1, 4, -2, 7]);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(0, 12);
    expect(Math.sqrt(w.reduce((s, x) => s + x * x, 0) / 4)).toBeCloseTo(1, 6);
  });
  for (const kind of POLICY_KINDS) {
    it(`${kind}: policy and value gradients match finite differences`, () => {
      const old = logProbTable(kind, initPolicy(kind, 3, 0.6));
      const theta = initPolicy(kind, 7, 0.6);
      const values = Float64Array.from({ length: VALUE_SIZE }, (_, i) => Math.sin(i));
      const u = mulberry32(4);
      const batch: PpoToken[] = [];
      for (let n = 0; n < 8; n++) {
        const prompt = n % PROMPTS, id = sampleResponse(old, prompt, u);
        const { contexts, tokens } = responseSteps(id);
        const v = valuesAlong(values, prompt, id);
        const { advantages, returns } = gae(ppoRewards(old, old, prompt, id, goldReward('length3', prompt, id), 0.05), v, 1, 0.95);
        for (let t = 0; t < tokens.length; t++) {
          batch.push({ prompt, context: contexts[t]!, token: tokens[t]!, position: t, oldLogp: old[cell(prompt, contexts[t]!, tokens[t]!)]!, advantage: advantages[t]!, ret: returns[t]! });
        }
      }
      const g = new Float64Array(theta.length), scratch = new Float64Array(theta.length);
      ppoPolicyLoss(kind, theta, batch, 0.2, g);
      expectGradClose(g, numericGrad((t) => ppoPolicyLoss(kind, t, batch, 0.2, scratch), theta));
      const gv = new Float64Array(VALUE_SIZE), sv = new Float64Array(VALUE_SIZE);
      valueLoss(values, batch, gv);
      expectGradClose(gv, numericGrad((t) => valueLoss(t, batch, sv), values));
      expect(valueIndex(3, 5, 5)).toBe(VALUE_SIZE - 1);
    });
  }
});

describe('runs', () => {
  const kind = 'lowRank' as const;
  const theta0 = fitReference(kind, 1, teacherTable(), { steps: 100, batch: 16, lr: 0.05 });
  const ref = logProbTable(kind, theta0);
  const gold = (p: number, id: number) => goldReward('length3', p, id);
  const common = { kind, theta0, refTable: ref, reward: gold, gold, iterations: 20, lr: 0.05, seed: 3, every: 5 };
  it('GRPO and PPO are deterministic for a seed, start at the reference (KL 0) and raise the reward they optimise', () => {
    for (const run of [() => runGrpo({ ...common, group: 8, options: GRPO_DEEPSEEKMATH }), () => runPpo({ ...common, options: PPO_TOY })]) {
      const t = performance.now();
      const a = run();
      expect(performance.now() - t).toBeLessThan(2_000);
      expect(run()).toEqual(a);
      expect(a.points.map((p) => p.step)).toEqual([0, 5, 10, 15, 20]);
      expect(a.points[0]!.kl).toBeCloseTo(0, 12);
      expect(a.points.at(-1)!.gold).toBeGreaterThan(a.points[0]!.gold);
    }
  });
});

describe('DPO runs on the toy (seed 1 reference, 400 pairs k = 3 seed 7, length-neutral gold, 300 steps × 32, lr 0.05)', () => {
  const kind = 'lowRank' as const;
  const theta0 = fitReference(kind, 1, teacherTable());
  const ref = logProbTable(kind, theta0);
  const gold = (p: number, id: number) => goldReward('lengthNeutral', p, id);
  const pairs = preferencePairs(ref, gold, 400, 3, 7);
  const run = (options: DpoOptions) => runDpo({ kind, theta0, refTable: ref, reward: gold, gold, iterations: 300, lr: 0.05, seed: 1, every: 100, pairs, batch: 32, options });
  const plain = run(PLAIN_DPO), llama3 = run(LLAMA3_DPO), masked = run({ ...PLAIN_DPO, mask: 'content' });
  it('plain DPO: the margin grows while log π(chosen) falls (likelihood displacement), rejected falling faster', () => {
    const end = plain.points.at(-1)!;
    expect(end.margin).toBeGreaterThan(plain.points[0]!.margin);
    expect(end.chosenShift).toBeLessThan(-2);
    expect(end.rejectedShift).toBeLessThan(end.chosenShift);
  });
  it('Llama 3\'s NLL term (0.2, with masking) keeps log π(chosen) near the reference and the KL small', () => {
    const end = llama3.points.at(-1)!;
    expect(end.chosenShift).toBeGreaterThan(-1);
    expect(end.kl).toBeLessThan(plain.points.at(-1)!.kl);
    expect(end.truncated).toBeLessThan(llama3.points[0]!.truncated);
  });
  it('masking EOT alone (no NLL) does not reproduce the report\'s claim in the toy: truncation rises', () => {
    expect(masked.points.at(-1)!.truncated).toBeGreaterThan(0.5);
    expect(masked.points[0]!.truncated).toBeLessThan(0.2);
  });
  it('points are deterministic and the three mass shares sum to 1', () => {
    expect(run(PLAIN_DPO)).toEqual(plain);
    for (const p of plain.points) expect(p.chosenMass + p.rejectedMass + p.unseenMass).toBeCloseTo(1, 9);
  });
});
