import { describe, expect, it } from 'vitest';
import { MODELS } from '../../data/models';
import { RLHF_METHODS, parameterCount, rlhfMemory, scalarHeadParams } from './index';

const shape8b = MODELS['llama3-8b'];

describe('rlhfMemory', () => {
  it('a scalar head replaces the 128,256 × 4,096 vocabulary head of the 8B', () => {
    expect(Number(parameterCount(shape8b))).toBe(8_030_261_248);
    expect(scalarHeadParams(shape8b)).toBe(8_030_261_248 - 128_256 * 4_096 + 4_096);
  });
  it('the models each method holds, by hand for the 8B (bf16 weights, fp32 gradients, 12-byte AdamW)', () => {
    const lm = 8_030_261_248, rm = 8_030_261_248 - 128_256 * 4_096 + 4_096;
    const ppo = rlhfMemory('ppo', shape8b);
    expect(ppo.models.map((m) => `${m.role}:${m.trained}`)).toEqual(['policy:true', 'value:true', 'reference:false', 'reward:false']);
    expect(ppo.total).toBe(lm * 18 + rm * 18 + lm * 2 + rm * 2);
    const grpo = rlhfMemory('grpo', shape8b);
    expect(grpo.models.map((m) => m.role)).toEqual(['policy', 'reference', 'reward']);
    expect(grpo.total).toBe(lm * 18 + lm * 2 + rm * 2);
    expect(rlhfMemory('grpo', shape8b, undefined, { cachedReference: false, grpoKl: false }).models.map((m) => m.role)).toEqual(['policy', 'reward']);
    const dpo = rlhfMemory('dpo', shape8b);
    expect(dpo.total).toBe(lm * 18 + lm * 2);
    const cached = rlhfMemory('dpo', shape8b, undefined, { cachedReference: true, grpoKl: true });
    expect(cached.models).toHaveLength(1);
    expect(cached.generates).toBe(false);
    expect(ppo.generates && grpo.generates).toBe(true);
  });
  it('PPO holds the most, then GRPO, then DPO, for every Llama 3 size', () => {
    for (const id of ['llama3-8b', 'llama3-70b', 'llama3-405b'] as const) {
      const [ppo, grpo, dpo] = RLHF_METHODS.map((m) => rlhfMemory(m, MODELS[id]).total);
      expect(ppo).toBeGreaterThan(grpo!);
      expect(grpo).toBeGreaterThan(dpo!);
    }
  });
});
