import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, LLAMA3_CHAT_TOKENS, type Tokenizer } from '../../tokenizers';
import {
  BANDIT_CHOSEN, BANDIT_FEATURES, BANDIT_LR, BANDIT_REJECTED, analysePair, banditRun, banditSummary, lossAt, lossCurve,
  nllShare, splitJoint, splitSequence,
} from './model';
import { PAIRS, PAIR_IDS, chatFormat, jointText, pairById } from './pair';

describe('the loss curve', () => {
  it('ln 2 = 0.693147 and weight ½ at margin 0, for every β', () => {
    for (const beta of [0.01, 0.1, 1]) {
      const p = lossAt(beta, 0);
      expect(p.loss).toBeCloseTo(0.6931471805599453, 14);
      expect(p.weight).toBe(0.5);
    }
  });
  it('z = β·m; loss = log(1 + e^−z); weight = σ(−z) (β 0.1, m 2: z 0.2)', () => {
    const p = lossAt(0.1, 2);
    expect(p.z).toBeCloseTo(0.2, 15);
    expect(p.loss).toBeCloseTo(0.5981388693815918, 14);
    expect(p.weight).toBeCloseTo(0.45016600268752216, 14);
    // The gradient of the loss in m is −β·σ(−z) (finite difference).
    const h = 1e-6;
    expect((lossAt(0.1, 2 + h).loss - lossAt(0.1, 2 - h).loss) / (2 * h)).toBeCloseTo(-0.1 * p.weight, 9);
  });
  it('the curve spans −10 … 10, falls monotonically, finite at the extremes', () => {
    const c = lossCurve(1);
    expect(c).toHaveLength(201);
    expect(c[0]!.m).toBe(-10);
    expect(c[200]!.m).toBe(10);
    expect(c[0]!.loss).toBeCloseTo(10.000045398899218, 12);
    for (let i = 1; i < c.length; i++) expect(c[i]!.loss).toBeLessThan(c[i - 1]!.loss);
  });
  it('the NLL term: per token λ·ℓ̄, summed λ·n·ℓ̄, and their shares of the loss; pushes λ/n, λ and β·σ(−z)', () => {
    const s = nllShare(lossAt(0.1, 0), 0.1, 0.2, 1, 8);
    expect(s.perToken).toBeCloseTo(0.2, 15);
    expect(s.summed).toBeCloseTo(1.6, 15);
    expect(s.perTokenShare).toBeCloseTo(0.2 / (0.2 + Math.LN2), 14);
    expect(s.summedShare).toBeCloseTo(1.6 / (1.6 + Math.LN2), 14);
    expect(s.gradPerToken).toBeCloseTo(0.025, 15);
    expect(s.gradSummed).toBe(0.2);
    expect(s.gradDpo).toBeCloseTo(0.05, 15);
    expect(nllShare(lossAt(0.1, 0), 0.1, 0, 1, 8).summedShare).toBe(0);
  });
});

describe('the chat pairs in Llama 3’s format (real tokenizer)', () => {
  let llama3: Tokenizer;
  beforeAll(async () => { llama3 = await loadTokenizer('llama3'); }, 60_000);
  const T = LLAMA3_CHAT_TOKENS;
  /** Meta's ChatFormat (models/llama3/chat_format.py): every piece encoded on its own. */
  const meta = (prompt: string, reply: string) => {
    const enc = (s: string) => llama3.encode(s, 'plain');
    const header = (role: string) => [T.startHeader, ...enc(role), T.endHeader, ...enc('\n\n')];
    return [T.beginOfText, ...header('user'), ...enc(prompt), T.endOfTurn, ...header('assistant'), ...enc(reply), T.endOfTurn];
  };

  it('the id list matches the pairs, and an unknown id falls back to the first pair', () => {
    expect(PAIRS.map((p) => p.id)).toEqual([...PAIR_IDS]);
    expect(pairById('nope')).toBe(PAIRS[0]);
  });
  it.each(PAIRS.map((p) => [p.id, p] as const))('%s: one string with specials gives exactly Meta’s piecewise ids', (_id, p) => {
    const [c, r] = splitJoint(llama3.encode(jointText(p), 'special'))!;
    expect(c).toEqual(meta(p.prompt, p.chosen));
    expect(r).toEqual(meta(p.prompt, p.rejected));
    expect(llama3.encode(chatFormat(p.prompt, p.chosen), 'special')).toEqual(c);
    // The header: <|start_header_id|> assistant <|end_header_id|> "\n\n" (id 271).
    expect(splitSequence(c)!.header).toEqual([T.startHeader, ...llama3.encode('assistant', 'plain'), T.endHeader, 271]);
    expect(llama3.tokenLabel(271)).toBe('\n\n');
  });
  it('capital, mask on: 25 tokens each, 13 prompt, 12 in the assistant turn, 5 masked, 5 cancel, 2 move the margin', () => {
    const [c, r] = splitJoint(llama3.encode(jointText(pairById('capital')), 'special'))!;
    const a = analysePair(c, r, 'on')!;
    expect(a.chosen.counts).toEqual({ total: 25, prompt: 13, response: 12, content: 7, masked: 5, inLoss: 7, cancels: 5, effective: 2, nllTokens: 8 });
    expect(a.rejected.counts.effective).toBe(2);
    expect(a.headerTokens).toBe(4);
    expect(a.chosen.tokens.slice(13).map((x) => x.push)).toEqual(['masked', 'masked', 'masked', 'masked', 'cancels', 'cancels', 'cancels', 'cancels', 'cancels', 'up', 'up', 'masked']);
    expect(a.rejected.tokens.at(-2)!.push).toBe('down');
    expect(llama3.tokenLabel(a.chosen.tokens.at(-3)!.id)).toBe(' Canberra');
  });
  it('capital, mask off: the header cancels too (9 tokens), the final <|eot_id|> does not', () => {
    const [c, r] = splitJoint(llama3.encode(jointText(pairById('capital')), 'special'))!;
    const a = analysePair(c, r, 'off')!;
    expect(a.chosen.counts).toMatchObject({ masked: 0, inLoss: 12, cancels: 9, effective: 3 });
    expect(a.chosen.tokens.at(-1)).toEqual({ id: T.endOfTurn, role: 'eot', push: 'up' });
    expect(a.rejected.tokens.at(-1)).toEqual({ id: T.endOfTurn, role: 'eot', push: 'down' });
  });
  it('repeat, mask on: no chosen token moves the margin (“Yes.” is the rejected reply’s start; the difference is the masked end)', () => {
    const [c, r] = splitJoint(llama3.encode(jointText(pairById('repeat')), 'special'))!;
    const on = analysePair(c, r, 'on')!;
    expect(on.chosen.counts).toMatchObject({ content: 2, inLoss: 2, cancels: 2, effective: 0 });
    expect(on.rejected.counts).toMatchObject({ content: 8, cancels: 2, effective: 6 });
    expect(analysePair(c, r, 'off')!.chosen.counts.effective).toBe(1); // only its <|eot_id|>
  });
  it('malformed sequences give null, not a crash', () => {
    expect(splitJoint([1, 2, 3])).toBeNull();
    expect(analysePair([T.beginOfText, 5, T.endOfTurn], [T.beginOfText, T.endOfTurn], 'on')).toBeNull();
  });
});

describe('the DPO bandit (design §2.1.1 level 1)', () => {
  const sig = (x: number) => 1 / (1 + Math.exp(-x));
  it('tabular, one step: θ moves by lr·β·(1 − σ(z))·(e_w − e_l) and π(chosen) rises', () => {
    for (const beta of [0.05, 0.1, 0.7]) {
      const [s0, s1] = banditRun('tabular', beta, 1);
      expect(s0!.z).toBe(0);
      const eta = BANDIT_LR * beta * (1 - sig(s0!.z));
      const theta = [0, 0, 0, 0, 0, 0].map((_, k) => (k === BANDIT_CHOSEN ? eta : k === BANDIT_REJECTED ? -eta : 0));
      const norm = theta.reduce((a, x) => a + Math.exp(x), 0);
      s1!.pi.forEach((p, k) => expect(p).toBeCloseTo(Math.exp(theta[k]!) / norm, 14));
      expect(s1!.pi[BANDIT_CHOSEN]!).toBeGreaterThan(s0!.pi[BANDIT_CHOSEN]!);
      expect(s0!.slope).toBeCloseTo(1, 14); // 1 − π_w + π_l with π uniform
    }
  });
  it('tabular: π(chosen) never falls, at any β, over 30 steps; the slope 1 − π_w + π_l stays > 0', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), (beta) => {
      const run = banditRun('tabular', beta, 30);
      for (let i = 1; i < run.length; i++) expect(run[i]!.pi[BANDIT_CHOSEN]!).toBeGreaterThanOrEqual(run[i - 1]!.pi[BANDIT_CHOSEN]! - 1e-12);
      for (const s of run) expect(s.slope).toBeGreaterThan(0);
    }), { numRuns: 30 });
  });
  it('shared, one step at β 0.1: w = −lr·β·½·(φ_l − φ_w), every logit moves, π(chosen) falls', () => {
    const [s0, s1] = banditRun('shared', 0.1, 1);
    const w = [0, 1].map((j) => -BANDIT_LR * 0.1 * 0.5 * (BANDIT_FEATURES[BANDIT_REJECTED]![j]! - BANDIT_FEATURES[BANDIT_CHOSEN]![j]!));
    expect(w[0]).toBeCloseTo(0, 15);
    expect(w[1]).toBeCloseTo(-0.1, 15);
    const logits = BANDIT_FEATURES.map((phi) => phi[0] * w[0]! + phi[1] * w[1]!);
    const norm = logits.reduce((a, x) => a + Math.exp(x), 0);
    s1!.pi.forEach((p, k) => expect(p).toBeCloseTo(Math.exp(logits[k]!) / norm, 14));
    expect(s1!.pi[BANDIT_CHOSEN]!).toBeLessThan(s0!.pi[BANDIT_CHOSEN]!);
    expect(s0!.slope).toBeLessThan(0);
  });
  it('shared, the default 10 steps at β 0.1: π(No) falls every step (16.7% → 2.9%) while z grows; "Yes" gains most; tabular gives 93.4%', () => {
    const b = banditSummary('shared', 0.1, 10);
    for (let i = 1; i < b.run.length; i++) {
      expect(b.run[i]!.pi[BANDIT_CHOSEN]!).toBeLessThan(b.run[i - 1]!.pi[BANDIT_CHOSEN]!);
      expect(b.run[i]!.z).toBeGreaterThan(b.run[i - 1]!.z);
    }
    expect(b.chosenFell).toBe(true);
    expect(b.run[10]!.pi[BANDIT_CHOSEN]!).toBeCloseTo(0.0294, 3);
    expect(b.biggestGain).toBe(0);
    expect(b.other.pi[BANDIT_CHOSEN]!).toBeCloseTo(0.934, 3);
    const t = banditSummary('tabular', 0.1, 10);
    expect(t.chosenFell).toBe(false);
    expect(banditSummary('shared', 0.1, 0).chosenFell).toBe(false);
  });
  it('is fast: 30 steps of both policies and the pair analysis well under 16 ms', () => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) banditSummary('shared', 0.1, 30);
    expect((performance.now() - t0) / 20).toBeLessThan(16);
  });
});
