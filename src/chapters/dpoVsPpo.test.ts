// The DPO chapter's numbers against the reference values of shared/reference/llama3-facts.md §E (Llama 3's DPO,
// Llama 2's PPO, DeepSeekMath's GRPO), src/lib/llama/rlhfMemory.ts's counts on the Llama 3 shapes, and the arena's
// documented effects on seed 7 (src/lib/toyLm/arena.test.ts), as both languages print them.
import { describe, expect, it } from 'vitest';
import { LLAMA3_PPO_REASON, LLAMA3_PPO_SENTENCE, arxivMonth } from '../data/dpo';
import { formatFor } from '../lib/format';
import { dpoVsPpoNumbers, gpusFor } from './dpoVsPpo';

const n = dpoVsPpoNumbers(formatFor('en'));
const zh = dpoVsPpoNumbers(formatFor('zh'));

describe('DPO chapter numbers (English formatting)', () => {
  it('Llama 3 DPO: β 0.1, LR 10⁻⁵, NLL 0.2; Llama 2 PPO: clip 0.2, KL 0.01 / 0.005, LR 10⁻⁶; DeepSeekMath GRPO: β 0.04, G 64, LR 10⁻⁶ (facts §E)', () => {
    expect([n.dpoBeta, n.dpoLr, n.dpoNll]).toEqual(['0.1', '10⁻⁵', '0.2']);
    expect(n.llama2).toEqual({ clip: '0.2', klSmall: '0.01', klLarge: '0.005', lr: '10⁻⁶' });
    expect(n.grpo).toEqual({ beta: '0.04', group: '64', lr: '10⁻⁶' });
  });

  it('the quoted reason is a part of the report\'s sentence', () => {
    expect(LLAMA3_PPO_SENTENCE.value).toContain(LLAMA3_PPO_REASON.value);
  });

  it('dates: DPO 2023; DeepSeekMath February 2024, the Llama 3 report July 2024, five months apart', () => {
    expect(arxivMonth('2402.03300')).toEqual({ year: 2024, month: 2 });
    expect(() => arxivMonth('not-an-id')).toThrow();
    expect(n.dates.dpoYear).toBe('2023');
    expect(n.dates.dsmMonth).toEqual({ en: 'February 2024', zh: '2024年2月' });
    expect(n.dates.llama3Month).toEqual({ en: 'July 2024', zh: '2024年7月' });
    expect(n.dates.monthsDsmToLlama3).toBe('5');
    expect([n.dates.drGrpoYear, n.dates.dapoYear]).toEqual(['2025', '2025']);
  });

  it('the DPO loss: ln 2 = 0.693147 and weight 1/2 at margin 0; 0.127 / 0.119 at +2, 2.127 / 0.881 at −2', () => {
    expect(n.loss).toEqual({
      ln2: '0.693147', weight0: '0.50', zPos: '2', zNeg: '−2', lossPlus2: '0.127', weightPlus2: '0.119', lossMinus2: '2.127', weightMinus2: '0.881', gapForZ2: '20',
    });
  });

  it('memory of the states (bf16 weights, fp32 gradients, 12-byte AdamW): 18 bytes trained, 2 frozen; models per method', () => {
    expect([n.memory.bytesTrained, n.memory.bytesFrozen, n.memory.gpu, n.memory.gpuBytes]).toEqual(['18', '2', 'H100', '80 GB']);
    for (const m of [n.memory.m8b, n.memory.m70b, n.memory.m405b]) {
      expect([m.ppo.models, m.grpo.models, m.dpo.models, m.dpoCached.models]).toEqual(['4', '3', '2', '1']);
      expect([m.ppo.trained, m.grpo.trained, m.dpo.trained]).toEqual(['2', '1', '1']);
    }
  });

  it('405B: PPO 16.2 TB on 203 H100s, GRPO 8.92 TB (112), DPO 8.12 TB (102), cached reference 7.31 TB (92)', () => {
    const m = n.memory.m405b;
    expect([m.ppo.bytes, m.ppo.gpus, m.grpo.bytes, m.grpo.gpus]).toEqual(['16.2 TB', '203', '8.92 TB', '112']);
    expect([m.dpo.bytes, m.dpo.gpus, m.dpoCached.bytes, m.dpoCached.gpus]).toEqual(['8.12 TB', '102', '7.31 TB', '92']);
    expect([m.ppoOverDpo, m.ppoOverDpoCached]).toEqual(['1.99×', '2.22×']);
    // By hand: the 405B has 405,853,388,800 parameters; the DPO policy alone is 18 bytes each.
    const dpo = n.raw.mem['llama3-405b'].dpoCached;
    expect(dpo.total).toBe(405_853_388_800 * 18);
    expect(gpusFor(dpo.total)).toBe(Math.ceil((405_853_388_800 * 18) / 80e9));
  });

  it('8B and 70B: PPO 311 GB (4 GPUs) and 2.8 TB (36); DPO 161 GB (3) and 1.41 TB (18)', () => {
    expect([n.memory.m8b.ppo.bytes, n.memory.m8b.ppo.gpus, n.memory.m8b.dpo.bytes, n.memory.m8b.dpo.gpus]).toEqual(['311 GB', '4', '161 GB', '3']);
    expect([n.memory.m70b.ppo.bytes, n.memory.m70b.ppo.gpus, n.memory.m70b.dpo.bytes, n.memory.m70b.dpo.gpus]).toEqual(['2.8 TB', '36', '1.41 TB', '18']);
  });
});

describe('DPO chapter numbers: the toy (rl-arena defaults, seed 7)', () => {
  const t = n.toy;
  it('plain DPO: chosen −8.8, rejected −20.5 nats, margin 1.17, KL 2.41; truncation 10% → 6%', () => {
    expect([t.dpo.plain.chosenShift, t.dpo.plain.rejectedShift, t.dpo.plain.margin, t.dpo.plain.kl]).toEqual(['−8.8', '−20.5', '1.17', '2.41']);
    expect([t.dpo.plain.truncatedStart, t.dpo.plain.truncated]).toEqual(['10%', '6%']);
    expect([t.seed, t.pairs, t.batch, t.dpoSteps, t.rlSteps, t.responses]).toEqual(['7', '400', '32', '300', '100', '5,461']);
  });
  it('mask alone: truncation 10% → 84%, mean length 1.9 → 5.5; NLL alone and both keep chosen within 0.5 nats', () => {
    expect([t.dpo.mask.truncated, t.dpo.mask.meanLengthStart, t.dpo.mask.meanLength]).toEqual(['84%', '1.9', '5.5']);
    expect([t.dpo.nll.chosenShift, t.dpo.nll.truncated, t.dpo.nll.kl]).toEqual(['−0.2', '2%', '0.46']);
    expect([t.dpo.llama3.chosenShift, t.dpo.llama3.truncated, t.dpo.llama3.kl]).toEqual(['−0.1', '4%', '0.26']);
  });
  it('PPO and GRPO: the blind RM ends at gold −0.54 / −0.67, the full RM at 0.07 / 0.10; PPO-blind plateaus (peak −0.53)', () => {
    expect([t.ppoBlind.goldStart, t.ppoBlind.gold, t.ppoBlind.peakGold, t.ppoBlind.proxyStart, t.ppoBlind.proxy]).toEqual(['−1.35', '−0.54', '−0.53', '0.43', '1.57']);
    expect([t.grpoBlind.gold, t.ppoFull.gold, t.grpoFull.gold]).toEqual(['−0.67', '0.07', '0.10']);
    expect([t.rmFixPpo, t.rmFixGrpo, t.rmFixBon]).toEqual(['0.61', '0.77', '1.61']);
  });
  it('best-of-n, exact: blind RM peaks at n = 8 (−0.66) and falls to −1.10 at 64; full RM rises to 0.51; exact KL 3.174 ≤ bound 3.175', () => {
    expect([t.bonBlind.peakN, t.bonBlind.peakGold, t.bonBlind.gold, t.bonFull.gold]).toEqual(['8', '−0.66', '−1.10', '0.51']);
    const b = n.raw.toy.bon.blind.at(-1)!;
    expect(b.kl).toBeLessThanOrEqual(b.klBound);
    expect([t.bonBlind.kl, t.bonBlind.klBound]).toEqual(['3.174', '3.175']);
    expect([t.bonBlind.peakKl, t.bonBlind.peakKlBound]).toEqual([expect.stringMatching(/^1\.20\d$/), '1.204']);
  });
});

describe('DPO chapter numbers (Chinese formatting)', () => {
  it('same values, the Chinese formatter', () => {
    expect([zh.dpoBeta, zh.dpoLr, zh.dpoNll]).toEqual(['0.1', '10⁻⁵', '0.2']);
    expect(zh.toy.dpo.plain.chosenShift).toBe('−8.8');
    expect(zh.memory.m405b.ppo.gpus).toBe('203');
  });
});
