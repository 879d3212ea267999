// Where Llama 3's saving over Llama 2 comes from, on the playground's samples through the real tokenizers (issue 9,
// item 5): the part cl100k_base (Llama 3's first 100K ids) already gives, and the part the 28K added tokens give.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, splitSaving, type Tokenizer, type TokenizerId } from '../../tokenizers';
import { formatFor } from '../../lib/format';
import { en } from './messages.en';
import { savingNote, summarize, tokenizersFor } from './model';
import { sampleById } from './samples';

let tok: Record<TokenizerId, Tokenizer>;
beforeAll(async () => {
  const [llama3, llama2, cl100k] = await Promise.all([loadTokenizer('llama3'), loadTokenizer('llama2'), loadTokenizer('cl100k')]);
  tok = { llama3, llama2, cl100k };
}, 60_000);

const count = (text: string, mode: 'special' | 'plain' = 'plain') =>
  Object.fromEntries(tokenizersFor('llama2').map((id) => [id, tok[id].encode(text, mode).length])) as Record<TokenizerId, number>;

describe('the Llama 2 → Llama 3 saving, split', () => {
  it('Chinese sample: 131 → 83 tokens; cl100k_base gives 24 of the 48 saved, the added tokens the other 24', () => {
    const c = count(sampleById('chinese')!.text);
    expect(c).toEqual({ llama3: 83, llama2: 131, cl100k: 107 });
    expect(splitSaving(c)).toEqual({ llama2: 131, cl100k: 107, llama3: 83, saved: 48, fromBase: 24, fromAdded: 24, shareFromBase: 0.5, shareFromAdded: 0.5 });
    expect(en.saving(savingNote(sampleById('chinese')!.text, 'special', c)!, formatFor('en'))).toBe(
      'Of the 48 tokens Llama 3 saves against Llama 2 on this text, 24 (50%) come with the 100K tokens Llama 3 took from ' +
      'cl100k_base and 24 (50%) with the 28K tokens it added (Llama 2 131, cl100k_base 107, Llama 3 83 tokens).',
    );
  });
  it('English prose: the whole saving comes with the cl100k_base part', () => {
    const s = splitSaving(count(sampleById('prose')!.text));
    expect(s.saved).toBeGreaterThan(0);
    expect(s.fromAdded).toBe(0);
    expect(s.fromBase).toBe(s.saved);
  });
  it('the screen-reader summary carries the split when two tokenizers are compared', () => {
    const text = sampleById('chinese')!.text;
    const c = count(text);
    const say = (compare: 'cl100k' | 'none') => en.describe(summarize({ text: '', sample: 'chinese', specials: 'plain', compare }, c), formatFor('en'));
    expect(say('cl100k')).toContain('Of the 48 tokens Llama 3 saves');
    expect(say('none')).not.toContain('saves');
  });
});
