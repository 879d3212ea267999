// Against a reference written here from the definitions (a direct DFT, librosa's mel formulas re-derived), not
// against the module's own helpers.
import { describe, expect, it } from 'vitest';
import { frameCount, hzToMel, logMelSpectrogram, melFilterbank, melToHz } from './mel';
import { mulberry32 } from '../rng';

/** Reference: direct DFT power of one windowed, zero-padded frame. */
function dftPower(frame: readonly number[], n: number): number[] {
  return Array.from({ length: n / 2 + 1 }, (_, k) => {
    let re = 0, im = 0;
    frame.forEach((x, t) => { re += x * Math.cos((-2 * Math.PI * k * t) / n); im += x * Math.sin((-2 * Math.PI * k * t) / n); });
    return re * re + im * im;
  });
}
/** Reference Slaney mel (librosa.hz_to_mel with htk=False), written out again. */
function refHzToMel(f: number) { return f < 1000 ? (3 * f) / 200 : 15 + (27 * Math.log(f / 1000)) / Math.log(6.4); }
function refMelToHz(m: number) { return m < 15 ? (200 * m) / 3 : 1000 * 6.4 ** ((m - 15) / 27); }

describe('mel scale and filterbank (librosa conventions: Slaney scale and normalisation)', () => {
  it('1 kHz is 15 mels, 6.4 kHz is 42, and the two directions invert each other', () => {
    expect(hzToMel(1000)).toBeCloseTo(15, 12);
    expect(hzToMel(6400)).toBeCloseTo(42, 12);
    for (const f of [0, 50, 440, 999, 1000, 3000, 8000]) {
      expect(hzToMel(f)).toBeCloseTo(refHzToMel(f), 12);
      expect(melToHz(hzToMel(f))).toBeCloseTo(f, 9);
      expect(melToHz(refHzToMel(f))).toBeCloseTo(refMelToHz(refHzToMel(f)), 9);
    }
  });
  it('80 filters over 257 bins, each a triangle whose area in Hz·weight is 1 (Slaney normalisation), within rounding of the grid', () => {
    const fb = melFilterbank();
    expect(fb).toHaveLength(80);
    for (const f of fb) expect(f).toHaveLength(257);
    // Weights match the reference triangles computed here.
    const lo = refHzToMel(0), hi = refHzToMel(8000);
    const edges = Array.from({ length: 82 }, (_, i) => refMelToHz(lo + ((hi - lo) * i) / 81));
    for (const m of [0, 10, 40, 79]) {
      for (let k = 0; k < 257; k++) {
        const f = (k * 16000) / 512, [a, b, c] = [edges[m]!, edges[m + 1]!, edges[m + 2]!];
        const tri = f <= a || f >= c ? 0 : f <= b ? (f - a) / (b - a) : (c - f) / (c - b);
        expect(fb[m]![k]).toBeCloseTo((tri * 2) / (c - a), 12);
      }
    }
  });
});

describe('log-mel spectrogram (16 kHz, 25 ms Hann window, 10 ms hop, 512-point FFT, 80 mels)', () => {
  const u = mulberry32(5);
  const samples = Float64Array.from({ length: 16000 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 1000 * i) / 16000) + 0.01 * (u() - 0.5));
  const spec = logMelSpectrogram(samples);
  it('one second gives 98 frames (no padding) of 80 values: 100 frames a second, 12.5 tokens after × 8', () => {
    expect(frameCount(16000)).toBe(98);
    expect(frameCount(399)).toBe(0);
    expect(spec.frames).toBe(98);
    expect(spec.data).toHaveLength(98 * 80);
  });
  it('equals the direct DFT through the reference filters, frame by frame', () => {
    const fb = melFilterbank();
    for (const t of [0, 37, 97]) {
      const frame = Array.from({ length: 400 }, (_, i) => samples[t * 160 + i]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / 400)));
      const p = dftPower(frame, 512);
      for (let m = 0; m < 80; m++) {
        const ref = Math.log10(Math.max(1e-10, fb[m]!.reduce((s, w, k) => s + w * p[k]!, 0)));
        expect(spec.data[t * 80 + m]).toBeCloseTo(ref, 4); // Float32 storage
      }
    }
  });
  it('a 1 kHz tone peaks in the filter centred nearest 1 kHz; silence sits at the floor', () => {
    const row = Array.from(spec.data.subarray(40 * 80, 41 * 80));
    const peak = row.indexOf(Math.max(...row));
    const lo = hzToMel(0), hi = hzToMel(8000);
    const centres = Array.from({ length: 80 }, (_, m) => melToHz(lo + ((hi - lo) * (m + 1)) / 81));
    const nearest = centres.reduce((best, c, m) => (Math.abs(c - 1000) < Math.abs(centres[best]! - 1000) ? m : best), 0);
    expect(Math.abs(peak - nearest)).toBeLessThanOrEqual(1);
    expect(Array.from(logMelSpectrogram(new Float64Array(800)).data).every((v) => v === -10)).toBe(true);
  });
  it('never gives NaN for hostile samples (NaN-free on huge, tiny and zero input)', () => {
    const s = logMelSpectrogram(Float64Array.from({ length: 1600 }, (_, i) => (i % 2 ? 1e30 : -1e-30)));
    expect(Array.from(s.data).every(Number.isFinite)).toBe(true);
  });
});
