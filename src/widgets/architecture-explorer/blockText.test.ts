// The explorer's RoPE text: the score depends on the signed offset n − m, not on an unsigned distance
// (issue #9, item 15), in the site's notation (θᵢ frequencies, Θ the base).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../../data/models';
import { formatFor } from '../../lib/format';
import { en as enWords } from './messages.en';

const BLOCK_TEXT = enWords.blocks;
const en = formatFor('en');

describe('RoPE block text', () => {
  const m = MODELS['llama3-8b'];
  it('says the score depends on the signed offset, not the distance', () => {
    const what = BLOCK_TEXT.rope.what(m, en);
    expect(what).toContain('signed offset n − m');
    expect(what).not.toMatch(/only on the distance/);
  });
  it('writes θᵢ for the frequencies and Θ for the base (500,000)', () => {
    expect(BLOCK_TEXT.rope.equation(m, en)).toBe('(q₂ᵢ, q₂ᵢ₊₁) ↦ R(m·θᵢ)·(q₂ᵢ, q₂ᵢ₊₁),   θᵢ = Θ^(−2i/dₕ),   Θ = 500,000');
  });
});
