// The BPE stepper's English sentences, from the numbers and codes of model.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { trainBpe, utf8 } from './bpe';
import { en as enWords } from './messages.en';
import { CORPORA } from './corpora';
import { MAX_MERGES, MAX_TEXT_CHARS, mergeShown, resolveCorpus, stepStats, summarize, tokenParts, type StepperState } from './model';

const t = enWords;
const en = formatFor('en');
const describeState = (state: StepperState) => t.describe(summarize(state), en);

describe('describe', () => {
  it('tells what happened at the step in words', () => {
    expect(describeState({ corpus: 'custom', text: 'low lower lowest', merges: 3 })).toBe(
      'Byte-level BPE trained on your text: 16 characters, 16 UTF-8 bytes, split by the Llama 3 regex into 3 chunks (3 distinct). ' +
      'After 3 merges the text is 8 tokens, 2.00 characters per token. Latest merge, number 3: “space” plus “low” becomes “space low”, a pair seen 2 times.',
    );
    expect(describeState({ corpus: 'custom', text: 'ab', merges: 0 })).toMatch(/Before any merge every byte is a token: 2 tokens\.$/);
    expect(describeState({ corpus: 'custom', text: 'ab', merges: 1 })).toMatch(/After 1 merge the text is /);
    expect(describeState({ corpus: 'custom', text: '', merges: 0 })).toMatch(/^No training text yet/);
  });
  it('names a preset as the menu does (capitals kept: “the English paragraph”)', () => {
    expect(describeState({ corpus: 'prose', text: '', merges: 10 })).toMatch(/^Byte-level BPE trained on the English paragraph: 593 characters/);
    expect(t.corpora.prose).toBe('English paragraph');
    expect(describeState({ corpus: 'multilingual', text: '', merges: 0 })).toMatch(/^Byte-level BPE trained on the mixed: numbers, Chinese, emoji:/);
  });
  it('never says NaN, Infinity or undefined (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer({ min: -5, max: 600 }), (text, merges) => {
      expect(describeState({ corpus: 'custom', text, merges })).not.toMatch(/NaN|Infinity|undefined/);
    }), { numRuns: 100 });
  });
});

describe('the training text’s issues', () => {
  it('explains empty and over-long text instead of failing', () => {
    expect(t.corpusIssue(resolveCorpus({ corpus: 'custom', text: '' }).issue!, en)).toBe('Type or paste some text to train on.');
    expect(t.corpusIssue(resolveCorpus({ corpus: 'custom', text: '🦙'.repeat(MAX_TEXT_CHARS + 5) }).issue!, en)).toBe(
      'The text has 2,005 characters; only the first 2,000 are used.');
    expect(t.corpusIssue({ code: 'unknownCorpus' }, en)).toBe('Unknown corpus: showing the English paragraph.');
  });
});

describe('tokens in words and on screen', () => {
  it('a screen reader hears white space named and bytes in hex', () => {
    expect(t.tokenSpoken(tokenParts(utf8(' the')))).toBe('space the');
    expect(t.tokenSpoken(tokenParts(Uint8Array.from([0x61, 0xe4, 0xbd])))).toBe('a bytes E4 BD');
  });
  it('the announcer: the latest merge and the counts, or that there is none yet', () => {
    const training = trainBpe(CORPORA.rhyme.text, MAX_MERGES);
    const stats = (step: number) => stepStats(CORPORA.rhyme.text, training, step);
    expect(t.announce(mergeShown(training, 1), stats(1), en)).toBe('Merge 1: a plus t becomes at. 77 tokens for 91 characters: 1.18 characters per token.');
    expect(t.announce(null, stats(0), en)).toBe('No merges yet: every byte is a token. 91 tokens for 91 characters: 1.00 characters per token.');
    expect(t.announce(null, null, en)).toBe('');
  });
  it('the note under the text names the symbols and the byte notation the boxes use', () => {
    const training = trainBpe(CORPORA.rhyme.text, MAX_MERGES);
    expect(t.segNote(stepStats(CORPORA.rhyme.text, training, 0), en).join('')).toBe(
      '25 chunks, 91 tokens. Dashed boxes are the chunks cut by Llama 3’s regex; merges never cross them. Each solid box inside is a token; ' +
      '␣ is a space, ↵ a line feed, and <0xE4 0xBD> shows bytes that are not a whole printable character.');
  });
});
