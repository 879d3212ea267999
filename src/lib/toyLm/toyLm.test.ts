import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_RESPONSES, EOT, LLAMA3_DPO, PLAIN_DPO, POLICY_KINDS, PROMPTS, RESPONSES, RM_FEATURES, adamState, adamStep,
  dpoLoss, exactStats, exactStatsAll, fitReference, goldReward, initPolicy, logProbTable, policySize, preferencePairs,
  responseId, responseLabel, responseLogProbs, responseOf, rmLoss, rmScore, rmSize, sequenceLogProb, sftLoss, steps,
  teacherTable, type DpoOptions, type PolicyKind, type PreferencePair,
} from './index';
import { expectGradClose, numericGrad } from './gradCheck';


describe('the response space', () => {
  it('has 5,461 responses per prompt: 1,365 terminated, 4,096 truncated', () => {
    expect(RESPONSES).toBe(5_461);
    expect(ALL_RESPONSES.filter((r) => r.terminated)).toHaveLength(1_365);
    expect(ALL_RESPONSES.filter((r) => !r.terminated)).toHaveLength(4_096);
  });
  it('ids round-trip and are dense', () => {
    for (let id = 0; id < RESPONSES; id++) expect(responseId(responseOf(id))).toBe(id);
    expect(responseLabel(responseOf(0))).toBe('∅⏎');
    expect(responseLabel({ content: [0, 1, 2], terminated: true })).toBe('ABC⏎');
    expect(responseLabel(responseOf(RESPONSES - 1))).toBe('DDDDDD…');
  });
  it('a terminated response ends with one EOT step; a truncated one has six content steps', () => {
    expect(steps({ content: [2, 3], terminated: true }).map((s) => s.token)).toEqual([2, 3, EOT]);
    expect(steps(responseOf(RESPONSES - 1))).toHaveLength(6);
  });
});

describe('policies: exact enumeration', () => {
  it.each(POLICY_KINDS)('%s: probabilities of all responses sum to 1 for every prompt', (kind) => {
    expect(policySize('lowRank')).toBe(95);
    expect(policySize('tabular')).toBe(120);
    const table = logProbTable(kind, initPolicy(kind, 7, 1));
    for (let p = 0; p < PROMPTS; p++) {
      const lp = responseLogProbs(table, p);
      expect(lp.reduce((s, x) => s + Math.exp(x), 0)).toBeCloseTo(1, 12);
    }
  });
  it('the teacher: geometric lengths, KL to itself 0, P(truncated) = 0.7⁶', () => {
    const t = teacherTable(0.3);
    const s = exactStats(t, t, 0, () => 0);
    expect(s.mass).toBeCloseTo(1, 12);
    expect(s.kl).toBeCloseTo(0, 12);
    expect(s.lengths[0]).toBeCloseTo(0.3, 12);
    expect(s.lengths[6]).toBeCloseTo(0.7 ** 6, 12);
  });
});

const pairs = (kind: PolicyKind): PreferencePair[] =>
  preferencePairs(logProbTable(kind, initPolicy(kind, 3, 0.8)), (p, id) => goldReward('length3', p, id), 12, 2, 11);

describe('gradients against central finite differences', () => {
  it.each(POLICY_KINDS)('%s: SFT', (kind) => {
    const theta = initPolicy(kind, 5, 0.5);
    const ex = [{ prompt: 0, id: 30 }, { prompt: 2, id: 4000 }, { prompt: 3, id: 0 }];
    const g = new Float64Array(theta.length);
    sftLoss(kind, theta, ex, g);
    const scratch = new Float64Array(theta.length);
    expectGradClose(g, numericGrad((t) => sftLoss(kind, t, ex, scratch), theta));
  });
  const variants: [string, DpoOptions][] = [
    ['plain DPO', PLAIN_DPO],
    ['Llama 3 DPO (mask + NLL 0.2 per token)', LLAMA3_DPO],
    ['masked only', { ...PLAIN_DPO, mask: 'content' }],
    ['NLL only, summed', { ...PLAIN_DPO, nll: 0.2 }],
  ];
  for (const kind of POLICY_KINDS) {
    it.each(variants)(`${kind}: %s`, (_, o) => {
      const ref = logProbTable(kind, initPolicy(kind, 1, 0.5));
      const theta = initPolicy(kind, 2, 0.5);
      const data = pairs(kind);
      const g = new Float64Array(theta.length);
      dpoLoss(kind, theta, ref, data, o, g);
      const scratch = new Float64Array(theta.length);
      expectGradClose(g, numericGrad((t) => dpoLoss(kind, t, ref, data, o, scratch), theta));
    });
  }
  it('reward model, with and without margins', () => {
    const data = pairs('lowRank');
    const w = Float64Array.from({ length: rmSize(RM_FEATURES) }, (_, i) => 0.1 * (i - 3));
    for (const margins of [null, data.map((_, i) => (i % 4) * 0.3)]) {
      const g = new Float64Array(w.length);
      rmLoss(w, RM_FEATURES, data, margins, g);
      const scratch = new Float64Array(w.length);
      expectGradClose(g, numericGrad((t) => rmLoss(t, RM_FEATURES, data, margins, scratch), w));
    }
  });
});

describe('losses equal their formulas', () => {
  it('DPO at the reference is ln 2 per pair (z = 0)', () => {
    const theta = initPolicy('lowRank', 9, 0.5);
    const ref = logProbTable('lowRank', theta);
    const g = new Float64Array(theta.length);
    expect(dpoLoss('lowRank', theta, ref, pairs('lowRank'), PLAIN_DPO, g)).toBeCloseTo(Math.LN2, 12);
  });
  it('the RM margin loss is Llama 2\'s −log σ(r_θ(x, y_c) − r_θ(x, y_r) − m(r))', () => {
    const feats = ['length', 'truncated'] as const;
    const w = Float64Array.of(0.5, -2);
    const pair: PreferencePair = { prompt: 0, chosen: responseId({ content: [0, 0, 0], terminated: true }), rejected: responseId({ content: [1], terminated: true }), goldGap: 1 };
    const z = rmScore(w, feats, 0, pair.chosen) - rmScore(w, feats, 0, pair.rejected) - 0.7;
    expect(z).toBeCloseTo(1.5 - 0.5 - 0.7, 12);
    expect(rmLoss(w, feats, [pair], [0.7], new Float64Array(2))).toBeCloseTo(-Math.log(1 / (1 + Math.exp(-z))), 12);
  });
  it('masking leaves EOT out of the DPO sums', () => {
    const table = logProbTable('lowRank', initPolicy('lowRank', 4, 0.5));
    const id = responseId({ content: [1, 2], terminated: true });
    const eot = table[(0 * 6 + 2) * 5 + EOT]!;
    expect(sequenceLogProb(table, 0, id, 'content')).toBeCloseTo(sequenceLogProb(table, 0, id) - eot, 12);
  });
});

describe('data and training are deterministic', () => {
  it('the same seed gives the same pairs and the same reference', () => {
    expect(pairs('lowRank')).toEqual(pairs('lowRank'));
    const t = teacherTable();
    expect(fitReference('lowRank', 4, t, { steps: 20, batch: 8, lr: 0.05 })).toEqual(fitReference('lowRank', 4, t, { steps: 20, batch: 8, lr: 0.05 }));
  });
  it('labels follow Bradley–Terry: clean labels (large k) pick the gold winner', () => {
    const table = teacherTable();
    const gold = (p: number, id: number) => goldReward('lengthNeutral', p, id);
    const clean = preferencePairs(table, gold, 200, 50, 1);
    expect(clean.filter((p) => p.goldGap < 0)).toHaveLength(0);
    const noisy = preferencePairs(table, gold, 400, 0, 1);
    const wrong = noisy.filter((p) => p.goldGap < 0).length;
    expect(wrong).toBeGreaterThan(120);
    expect(wrong).toBeLessThan(280);
  });
  it('SFT on the teacher brings the reference close to it (KL small)', () => {
    const t = teacherTable();
    const theta = fitReference('lowRank', 1, t);
    const kl = exactStatsAll(t, logProbTable('lowRank', theta), () => 0).kl;
    expect(kl).toBeLessThan(0.1);
  });
  it('Adam descends: a DPO run raises the margin and keeps probabilities summing to 1', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
      const kind: PolicyKind = 'lowRank';
      const theta = initPolicy(kind, seed, 0.5);
      const ref = logProbTable(kind, theta);
      const data = preferencePairs(ref, (p, id) => goldReward('lengthNeutral', p, id), 16, 3, seed);
      const g = new Float64Array(theta.length), adam = adamState(theta.length);
      const first = dpoLoss(kind, theta, ref, data, LLAMA3_DPO, g);
      for (let s = 0; s < 30; s++) {
        dpoLoss(kind, theta, ref, data, LLAMA3_DPO, g);
        adamStep(theta, g, adam, 0.05);
      }
      expect(dpoLoss(kind, theta, ref, data, LLAMA3_DPO, g)).toBeLessThan(first);
      expect(exactStats(logProbTable(kind, theta), ref, 0, () => 0).mass).toBeCloseTo(1, 10);
    }), { numRuns: 5 });
  });
});
