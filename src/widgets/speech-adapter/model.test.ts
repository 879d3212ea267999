// speech-adapter's model against exact values: the timeline's rates (report §8, ◐), frame counts from mel.ts, the
// encoder's derived parameter check (facts-2 §M: 1,000,599,552), the bundled samples' spectrograms, the file checks.
import { describe, expect, it } from 'vitest';
import { frameCount, logMelSpectrogram } from '../../lib/audio/mel';
import {
  ENCODER_MS, LM_DIMS, MAX_SECONDS, MEL_MS, TOKEN_MS, TOKENS_PER_SECOND, checkFile, computeSpectrogram, describe as describeState,
  encoderParamCheck, exactCounts, intensities, melCentreHz, synthSample, timeline, toMono, tokenSummaries, tokensFor, windowStart,
} from './model';

describe('timeline', () => {
  it('10 ms mel frames, 40 ms encoder frames, 80 ms tokens: 12.5 tokens/s, 750 per minute, 750 per 60-s segment', () => {
    expect([MEL_MS, ENCODER_MS, TOKEN_MS]).toEqual([10, 40, 80]);
    expect(TOKENS_PER_SECOND).toBe(12.5);
    expect(tokensFor(60)).toBe(750);
    expect(tokensFor(MAX_SECONDS)).toBe(750);
    expect(tokensFor(10)).toBe(125);
    expect(tokensFor(1)).toBe(12.5);
  });
  it('stages for 10 s: nominal 1000 / 250 / 125 and exact counts under the widget conventions', () => {
    const st = timeline(10);
    expect(st.map((s) => s.id)).toEqual(['mel', 'stack', 'conformer', 'conv', 'transformer', 'linear']);
    expect(st.map((s) => s.nominal)).toEqual([1000, 250, 250, 125, 125, 125]);
    expect(st.map((s) => s.perSecond)).toEqual([100, 25, 25, 12.5, 12.5, 12.5]);
    // mel.ts: ⌊(160,000 − 400) / 160⌋ + 1 = 998; ⌊998 / 4⌋ = 249; ⌈249 / 2⌉ = 125.
    expect(st.map((s) => s.exact)).toEqual([998, 249, 249, 125, 125, 125]);
  });
  it('exact counts follow mel.ts frameCount', () => {
    for (const n of [0, 399, 400, 559, 560, 16_000, 960_000]) {
      const c = exactCounts(n);
      expect(c.mel).toBe(frameCount(n));
      expect(c.stacked).toBe(Math.floor(frameCount(n) / 4));
      expect(c.tokens).toBe(Math.ceil(c.stacked / 2));
    }
    expect(exactCounts(60 * 16_000)).toEqual({ mel: 5998, stacked: 1499, tokens: 750 });
  });
  it('the LM embedding widths are the 8B and 70B dims', () => {
    expect(LM_DIMS).toEqual({ '8b': 4096, '70b': 8192 });
  });
  it('describe', () => {
    expect(describeState({ seconds: 10, sample: 'vowels', at: 0 })).toBe('10 s of speech: 1000 mel frames of 10 ms, 250 encoder frames of 40 ms, 125 language-model tokens of 80 ms (12.5 per second; 750 for a 60-s segment).');
  });
});

describe('encoder parameter check (derived, facts-2 §M)', () => {
  it('24 × 41,691,648 = 1,000,599,552 ≈ 1.0006B', () => {
    const c = encoderParamCheck();
    expect(c.parts).toEqual({ ffn: 25_165_824, attention: 9_437_184, conv: 4_718_592 + 10_752 + 2_359_296 });
    expect(c.perLayer).toBe(41_691_648);
    expect(c.total).toBe(1_000_599_552);
  });
});

describe('bundled samples and their spectrograms', () => {
  it('are deterministic, 16 kHz, peak ≈ 0.5', () => {
    const a = synthSample('vowels', 2), b = synthSample('vowels', 2);
    expect(a.length).toBe(32_000);
    expect(a).toEqual(b);
    const peak = a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak).toBeGreaterThan(0.49);
    expect(peak).toBeLessThan(0.51);
  });
  it('the spectrogram is mel.ts on the sample: 80 bands, 998 frames for 10 s', () => {
    const r = computeSpectrogram({ source: 'sample', sample: 'vowels', seconds: 10 });
    expect(r.frames).toBe(998);
    expect(r.mels).toBe(80);
    const direct = logMelSpectrogram(synthSample('vowels', 10));
    expect(r.data).toEqual(direct.data);
    expect(r.data.every(Number.isFinite)).toBe(true);
  });
  it('vowels: /a/ peaks near F1 730 Hz, /i/ near its F1 270 Hz; silence gaps are quiet', () => {
    const r = computeSpectrogram({ source: 'sample', sample: 'vowels', seconds: 2 });
    const rows = tokenSummaries(r, 0);
    expect(rows).toHaveLength(24); // 2 s = 25 tokens of 80 ms; 198 frames hold 24 whole ones
    // token 2 (160–240 ms) is inside /a/ (0–400 ms); token 8 (640–720 ms) inside /i/ (500–900 ms)
    expect(rows[2]!.peakHz).toBeGreaterThan(500);
    expect(rows[2]!.peakHz).toBeLessThan(1_200);
    expect(rows[8]!.peakHz).toBeLessThan(400);
    // token 5 (400–480 ms) is silence: much quieter than a vowel
    expect(rows[5]!.mean).toBeLessThan(rows[2]!.mean - 2);
  });
  it('chirp: the loudest band rises with time inside a sweep', () => {
    const r = computeSpectrogram({ source: 'sample', sample: 'chirp', seconds: 2 });
    const rows = tokenSummaries(r, 0);
    expect(rows[1]!.peakHz).toBeLessThan(rows[12]!.peakHz);
    expect(rows[12]!.peakHz).toBeLessThan(rows[22]!.peakHz);
  });
  it('intensities map [max − 8, max] to 0 … 255', () => {
    const r = computeSpectrogram({ source: 'sample', sample: 'chirp', seconds: 1 });
    const px = intensities(r, 0, r.frames);
    expect(px.length).toBe(r.frames * 80);
    expect(Math.max(...px)).toBe(255);
  });
  it('a 60-s sample is computed in reasonable time', () => {
    const r = computeSpectrogram({ source: 'sample', sample: 'vowels', seconds: 60 });
    expect(r.frames).toBe(5998);
    console.log(`60 s spectrogram: ${r.ms.toFixed(0)} ms`);
  });
  it('band centres span 0 … 8 kHz', () => {
    expect(melCentreHz(0)).toBeGreaterThan(0);
    expect(melCentreHz(79)).toBeLessThan(8_000);
  });
  it('window start is clamped into the audio', () => {
    expect(windowStart(0, 10)).toBe(0);
    expect(windowStart(50, 10)).toBe(8);
    expect(windowStart(5, 1)).toBe(0);
  });
});

describe('the reader file', () => {
  it('empty and too large are refused before decoding', () => {
    expect(checkFile(0)).toBe('empty');
    expect(checkFile(NaN)).toBe('empty');
    expect(checkFile(60 * 1024 * 1024)).toBe('too-large');
    expect(checkFile(1000)).toBeNull();
  });
  it('mono mix, cut to 60 s, too short refused', () => {
    const l = new Float32Array(16_000 * 61).fill(0.5), r = new Float32Array(16_000 * 61).fill(-0.25);
    const d = toMono([l, r], 16_000);
    if (typeof d === 'string') throw new Error(d);
    expect(d.samples.length).toBe(960_000);
    expect(d.samples[0]).toBeCloseTo(0.125, 7);
    expect(d.truncated).toBe(true);
    expect(d.fullSeconds).toBe(61);
    expect(toMono([new Float32Array(100)], 16_000)).toBe('too-short');
    expect(toMono([], 16_000)).toBe('too-short');
  });
});
