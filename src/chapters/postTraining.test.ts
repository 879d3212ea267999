// The post-training chapter's numbers against the reference values of shared/reference/llama3-facts.md §E,
// llama3-facts-2.md §L (Tables 6 and 7 and their checks) and the toy's tests (src/lib/toyLm/postTraining.test.ts),
// as both languages print them.
import { describe, expect, it } from 'vitest';
import { TABLE_6, TABLE_7 } from '../data/postTraining';
import { formatFor } from '../lib/format';
import { kvTokensForSamples, postTrainingNumbers, weightedMean } from './postTraining';

const n = postTrainingNumbers(formatFor('en'));
const zh = postTrainingNumbers(formatFor('zh'));

describe('post-training chapter numbers (English formatting)', () => {
  it('the recipe: six rounds, K 10–30, over 2×, SFT 10⁻⁵ for 8.5K–9K steps, DPO 10⁻⁵, β 0.1, NLL 0.2 (facts §E)', () => {
    expect([n.rounds, n.kMin, n.kMax, n.pagedSpeedup]).toEqual(['6', '10', '30', '2×']);
    expect([n.sftLr, n.sftStepsMin, n.sftStepsMax]).toEqual(['10⁻⁵', '8.5K', '9K']);
    expect([n.dpoLr, n.dpoBeta, n.dpoNll, n.levels, n.keptLevels]).toEqual(['10⁻⁵', '0.1', '0.2', '4', '2']);
  });

  it('Llama 2 Table 27 margins: small 1, 2/3, 1/3, 0; large 3, 2, 1, 0', () => {
    expect(n.margins).toEqual({ small: ['1', '2/3', '1/3', '0'], large: ['3', '2', '1', '0'] });
  });

  it('Table 6: shares sum to 100%; the share-weighted means reproduce the Total row (3.77, 1,041.69, 44.48, 283.93)', () => {
    expect(n.table6.shareSum).toBe('100.00%');
    expect(n.table6.mean).toEqual({ turns: '3.77', tokensPerExample: '1,041.69', promptTokens: '44.48', responseTokens: '283.93' });
    const t = TABLE_6.value.total;
    expect(n.raw.t6Mean.turns).toBeCloseTo(t.turns, 1);
    expect(Math.abs(n.raw.t6Mean.tokensPerExample - t.tokensPerExample)).toBeLessThan(0.1);
    expect(Math.abs(n.raw.t6Mean.promptTokens - t.promptTokens)).toBeLessThan(0.05);
    expect(Math.abs(n.raw.t6Mean.responseTokens - t.responseTokens)).toBeLessThan(0.1);
    expect(n.table6.rows.generalEnglish).toEqual({ share: '81.99%', turns: '4.1', tokensPerExample: '1,000.4', promptTokens: '36.4', responseTokens: '271.2' });
    expect(n.table6.total).toEqual({ share: '100%', turns: '3.8', tokensPerExample: '1,041.6', promptTokens: '44.5', responseTokens: '284.0' });
  });

  it('Table 6: tokens per example is not prompt + response (1,000.4 vs 307.6; Llama 2 798.5 vs 265.5)', () => {
    expect(n.table6.generalPromptPlusResponse).toBe('307.6');
    expect(n.llama2.promptPlusResponse).toBe('265.5');
    expect([n.llama2.comparisons, n.llama2.tokensPerExample, n.llama2.promptTokens, n.llama2.responseTokens]).toEqual(['1,418,091', '798.5', '31.4', '234.1']);
    expect(n.llama2.growth).toEqual({ turns: '−3%', tokensPerExample: '30%', promptTokens: '42%', responseTokens: '21%' });
  });

  it('Table 7: shares sum to 100%; weighted means 4.65 / 847.1 / 536.7 / 310.4 against printed 4.7 / 846.1 / 535.7 / 310.4; context + final = tokens within 0.2', () => {
    expect(n.table7.shareSum).toBe('100.00%');
    expect(n.table7.mean).toEqual({ turns: '4.65', tokens: '847.1', contextTokens: '536.7', finalResponseTokens: '310.4' });
    expect(n.raw.t7SplitGap).toBeLessThanOrEqual(0.2 + 1e-9);
    expect([n.table7.longShare, n.table7.longTokens]).toEqual(['0.11%', '38,135.6']);
    // 0.01 points of the long-context share move the token mean by 0.0001 × (38,135.6 − 847.1) ≈ 3.7 tokens.
    expect([n.table7.longStep, n.table7.longSensitivity]).toEqual(['0.01', '3.7']);
    expect(weightedMean(TABLE_7.value.rows, () => 1)).toBe(1);
  });

  it('best-of-K bounds at K = 10 and 30: log K − (K−1)/K = 1.40 and 2.43; K/(K+1) = 90.9% and 96.8%; binary K = 2: 0.131 < 0.193', () => {
    expect(n.bon).toEqual({
      klBoundMin: '1.40', klBoundMax: '2.43', winBoundMin: '90.9%', winBoundMax: '96.8%',
      binaryK2: '0.131', binaryBoundK2: '0.193', ln2: '0.693',
    });
  });

  it('shared prompt pages: K·(P + R) against P + K·R on Table 6\'s 44.5 and 284.0 tokens', () => {
    expect(kvTokensForSamples(30, 44.5, 284)).toEqual({ unshared: 9_855, shared: 8_564.5, saved: expect.closeTo(29 * 44.5 / 9_855, 12) });
    expect(kvTokensForSamples(1, 44.5, 284).saved).toBe(0);
    expect(n.kv).toEqual({
      promptTokens: '44.5', responseTokens: '284.0', generatedMin: '2,840', generatedMax: '8,520',
      unsharedMax: '9,855.0', sharedMax: '8,564.5', savedMin: '12.2%', savedMax: '13.1%',
    });
  });

  it('the toy: 4 prompts, 4 content tokens, 5,461 responses, 95 (120 tabular) parameters', () => {
    expect([n.toy.prompts, n.toy.contentTokens, n.toy.maxTokens, n.toy.responses, n.toy.params, n.toy.tabularParams])
      .toEqual(['4', '4', '6', '5,461', '95', '120']);
    expect([n.toy.features, n.toy.goldFeatures]).toEqual(['5', '2']);
  });

  it('the toy RM (seed 1 reference, 600 pairs k = 3 seed 7, first 400 train): levels, the Llama 3 filter, held-out accuracy ≈ 0.75 blind', () => {
    expect(n.toy.levelCounts).toEqual(['221', '110', '40', '29']);
    expect(n.raw.toy.levelCounts.reduce((s, c) => s + c, 0)).toBe(400);
    expect([n.toy.kept, n.toy.flippedAll, n.toy.flippedKept]).toEqual(['331', '31', '14']);
    expect(n.raw.toy.blind.heldOut).toBeCloseTo(0.75, 1);
    expect([n.toy.blindHeldOut, n.toy.fullHeldOut]).toEqual(['74.8%', '87.3%']);
  });

  it('the toy over-optimises: blind RM gold −1.35 → −0.66 → −1.10 (K 1, 8, 64) while its proxy rises; all five features −1.35 → −0.06 → +0.51', () => {
    expect(n.toy.blind).toEqual({ gold: ['−1.35', '−0.66', '−1.10'], proxy: ['0.43', '2.00', '2.85'] });
    expect(n.toy.full.gold).toEqual(['−1.35', '−0.06', '0.51']);
    const proxy = n.raw.toy.blind.curve.map((p) => p.proxy);
    for (let i = 1; i < proxy.length; i++) expect(proxy[i]).toBeGreaterThanOrEqual(proxy[i - 1]! - 1e-12);
    expect([n.toy.blindPeakK, n.toy.blindPeakGold]).toEqual(['6', '−0.64']);
  });

  it('the toy\'s exact KL stays under the bound for every K, 2.434 against 2.435 at K = 30', () => {
    for (const p of [...n.raw.toy.blind.curve, ...n.raw.toy.full.curve]) {
      expect(p.kl).toBeLessThanOrEqual(p.klBound + 1e-12);
      expect(p.winRate).toBeLessThanOrEqual(p.winBound + 1e-12);
    }
    expect([n.toy.kl30, n.toy.klBound30, n.toy.win30]).toEqual(['2.434', '2.435', '96.8%']);
  });

  it('the toy margin: Llama 2\'s large margin adds 2 points of held-out accuracy at 25 pairs, 0.35 at 100 and 400 (10 seeds)', () => {
    expect(n.toy.marginSizes).toEqual(['25', '100', '400']);
    expect(n.toy.marginGain).toEqual(['2', '0.35', '0.35']);
    const [a, b, c] = n.raw.toy.marginGain.map((g) => g.gain);
    expect(a).toBeGreaterThan(b!);
    expect(b).toBeGreaterThanOrEqual(c! - 1e-12);
  });
});

describe('post-training chapter numbers (Chinese formatting)', () => {
  it('prints the same values in the Chinese formatter', () => {
    expect([zh.rounds, zh.kMin, zh.kMax, zh.dpoBeta, zh.dpoNll]).toEqual(['6', '10', '30', '0.1', '0.2']);
    expect(zh.margins).toEqual(n.margins);
    expect(zh.toy.responses).toBe(n.toy.responses);
    expect(zh.table6.shareSum).toBe('100.00%');
  });
});
