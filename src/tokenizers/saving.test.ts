// The tokenizer chapter's claim about Chinese, measured: how much of Llama 3's saving over Llama 2 the
// cl100k_base part of its vocabulary already gives, and how much the 28K added tokens add (report §3.2).
import { describe, expect, it } from 'vitest';
import { SAMPLES as PLAYGROUND_SAMPLES } from '../widgets/tokenizer-playground/samples';
import { SAMPLES as VOCAB_SAMPLES } from '../widgets/vocab-tradeoff/samples';
import { measureSaving } from './measure';
import { splitSaving } from './saving';

describe('splitSaving', () => {
  it('splits llama2 − llama3 into llama2 − cl100k and cl100k − llama3', () => {
    expect(splitSaving({ llama2: 30, cl100k: 25, llama3: 10 })).toEqual({
      llama2: 30, cl100k: 25, llama3: 10, saved: 20, fromBase: 5, fromAdded: 15, shareFromBase: 0.25, shareFromAdded: 0.75,
    });
  });
  it('keeps a negative part: the base alone would need more tokens than Llama 2', () => {
    expect(splitSaving({ llama2: 100, cl100k: 110, llama3: 90 })).toMatchObject({ saved: 10, fromBase: -10, fromAdded: 20, shareFromBase: -1, shareFromAdded: 2 });
  });
  it('has no shares when nothing is saved (never NaN)', () => {
    const s = splitSaving({ llama2: 0, cl100k: 0, llama3: 0 });
    expect(s.shareFromBase).toBeNull();
    expect(s.shareFromAdded).toBeNull();
  });
});

describe('the Chinese samples through the real tokenizers', () => {
  it('pins the counts the chapter prints (re-measure and update the prose if a sample changes)', () => {
    // The texts these counts belong to; a changed sample fails here first, with a clear message.
    const chinese = PLAYGROUND_SAMPLES.find((s) => s.id === 'chinese')!.text;
    expect(chinese).toMatch(/^分词器把文本切成一个个词元.*中文文本因此明显变短。$/);
    expect(VOCAB_SAMPLES.chinese.text.length).toBe(176);
    const playground = measureSaving(chinese);
    const vocabTradeoff = measureSaving(VOCAB_SAMPLES.chinese.text);
    expect(playground).toMatchObject({ characters: 103, llama2: 131, cl100k: 107, llama3: 83, saved: 48, fromBase: 24, fromAdded: 24 });
    expect(vocabTradeoff).toMatchObject({ characters: 176, llama2: 277, cl100k: 233, llama3: 154, saved: 123, fromBase: 44, fromAdded: 79 });
    expect(vocabTradeoff.shareFromAdded).toBeCloseTo(79 / 123, 12);
  }, 60_000);

  it('gives English no gain from the added tokens ("no impact on English tokenization", §3.2)', () => {
    const english = measureSaving(VOCAB_SAMPLES.english.text);
    expect(english.fromAdded).toBe(0);
    expect(english.saved).toBeGreaterThan(0);
  }, 60_000);
});
