// The samples through the real tokenizers (the same layer the widget uses in the browser): what the report
// claims about compression (§3.2) must show up on them.
import { describe, expect, it } from 'vitest';
import { loadTokenizer, type TokenizerId } from '../../tokenizers';
import { countChars } from './model';
import { SAMPLE_IDS, SAMPLES } from './samples';

const ids: TokenizerId[] = ['llama2', 'cl100k', 'llama3'];

describe('samples through the real tokenizers', () => {
  it('Llama 3 needs fewer tokens than Llama 2 on every sample, as many as cl100k on English and fewer on Chinese', async () => {
    const tok = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await loadTokenizer(id)] as const)));
    const counts: Record<string, Record<string, number>> = {};
    for (const s of SAMPLE_IDS) {
      const text = SAMPLES[s].text;
      counts[s] = Object.fromEntries(ids.map((id) => [id, tok[id]!.encode(text, 'plain').length]));
      const c = counts[s]!;
      console.info(`${s}: ${countChars(text)} chars; ` + ids.map((id) => `${id} ${c[id]} (${(countChars(text) / c[id]!).toFixed(2)} chars/token)`).join(', '));
      expect(c.llama3!).toBeLessThan(c.llama2!);
      expect(c.llama3!).toBeLessThanOrEqual(c.cl100k!);
    }
    expect(counts.english!.llama3).toBe(counts.english!.cl100k);
    expect(counts.chinese!.llama3!).toBeLessThan(counts.chinese!.cl100k!);
  }, 60_000);
});
