import { describe, expect, it } from 'vitest';
import { MODELS } from '../../data/models';
import { LLAMA2_PEER_OF, LLAMA3_MODEL_IDS, LLAMA3_OF, LLAMA3_SIZES } from './sizes';

describe('Llama 3 sizes and their Llama 2 peers', () => {
  it('each size names its Llama 3 config, smallest first', () => {
    expect(LLAMA3_SIZES.map((s) => MODELS[LLAMA3_OF[s]].name)).toEqual(['Llama 3.1 8B', 'Llama 3.1 70B', 'Llama 3.1 405B']);
    expect(LLAMA3_SIZES.map((s) => LLAMA3_OF[s])).toEqual([...LLAMA3_MODEL_IDS]);
  });
  it('pairs 8B with Llama 2 7B and 70B with 70B; 405B with the largest Llama 2, 70B', () => {
    expect(LLAMA2_PEER_OF).toEqual({ '8b': 'llama2-7b', '70b': 'llama2-70b', '405b': 'llama2-70b' });
    for (const s of LLAMA3_SIZES) expect(MODELS[LLAMA2_PEER_OF[s]].family).toBe('llama2');
  });
});
