// The 80-dimensional log-mel spectrogram a speech encoder like Llama 3's reads (report §8, ◐ in facts-2 §M: "80-dim
// mel-spectrogram", one frame per 10 ms, stacked by 4 to 40 ms). The report gives no window, FFT size, mel scale or
// log floor, so this module states its conventions, which are the common ones (librosa's defaults, as Whisper uses
// them): 16 kHz audio, a 25 ms periodic Hann window (400 samples) every 10 ms (160 samples), zero-padded to a 512-point
// FFT, the power spectrum, 80 triangular filters on the Slaney mel scale from 0 Hz to 8 kHz with Slaney's area
// normalisation, and log10 with a floor of 10⁻¹⁰. The FFT is fft.js (MIT). Pure: no DOM; a worker or a test can call it.
import FFT from 'fft.js';

export interface MelConfig {
  sampleRate: number;
  /** Window length, samples. */
  window: number;
  /** Hop between frames, samples. */
  hop: number;
  /** FFT size (a power of two ≥ window; the window is zero-padded). */
  nFft: number;
  mels: number;
  fMin: number;
  fMax: number;
}

export const SPEECH_MEL: MelConfig = { sampleRate: 16_000, window: 400, hop: 160, nFft: 512, mels: 80, fMin: 0, fMax: 8_000 };

// Slaney's mel scale (librosa htk=False): linear below 1 kHz (3 mels per 200 Hz), logarithmic above.
const F_SP = 200 / 3;
const MIN_LOG_HZ = 1000;
const MIN_LOG_MEL = MIN_LOG_HZ / F_SP; // 15
const LOG_STEP = Math.log(6.4) / 27;

export function hzToMel(hz: number): number {
  return hz < MIN_LOG_HZ ? hz / F_SP : MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP;
}

export function melToHz(mel: number): number {
  return mel < MIN_LOG_MEL ? mel * F_SP : MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL));
}

/** Row m holds filter m's weight for each FFT bin 0 … nFft/2 (Slaney-normalised triangles: 2/(f_{m+2} − f_m)). */
export function melFilterbank(c: MelConfig = SPEECH_MEL): Float64Array[] {
  const bins = c.nFft / 2 + 1;
  const binHz = Array.from({ length: bins }, (_, k) => (k * c.sampleRate) / c.nFft);
  const lo = hzToMel(c.fMin), hi = hzToMel(c.fMax);
  const edges = Array.from({ length: c.mels + 2 }, (_, i) => melToHz(lo + ((hi - lo) * i) / (c.mels + 1)));
  return Array.from({ length: c.mels }, (_, m) => {
    const [left, centre, right] = [edges[m]!, edges[m + 1]!, edges[m + 2]!];
    const norm = 2 / (right - left);
    return Float64Array.from(binHz, (f) => Math.max(0, Math.min((f - left) / (centre - left), (right - f) / (right - centre))) * norm);
  });
}

/** The periodic Hann window (torch.hann_window's default, librosa's 'hann' with fftbins=True). */
export function hann(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
}

/** Frames of a signal: floor((length − window) / hop) + 1 (none when shorter than a window; no centring or padding). */
export function frameCount(samples: number, c: MelConfig = SPEECH_MEL): number {
  return samples < c.window ? 0 : Math.floor((samples - c.window) / c.hop) + 1;
}

export interface LogMel {
  frames: number;
  mels: number;
  /** log10(max(mel power, 10⁻¹⁰)), frame-major: value of mel m in frame t at [t·mels + m]. */
  data: Float32Array;
}

/** The log-mel spectrogram of mono samples at c.sampleRate. */
export function logMelSpectrogram(samples: ArrayLike<number>, c: MelConfig = SPEECH_MEL, filters = melFilterbank(c)): LogMel {
  const frames = frameCount(samples.length, c), bins = c.nFft / 2 + 1;
  const data = new Float32Array(frames * c.mels);
  const fft = new FFT(c.nFft), win = hann(c.window);
  const input = new Array<number>(c.nFft).fill(0), out = fft.createComplexArray() as number[];
  const power = new Float64Array(bins);
  for (let t = 0; t < frames; t++) {
    const start = t * c.hop;
    for (let i = 0; i < c.window; i++) input[i] = samples[start + i]! * win[i]!;
    fft.realTransform(out, input);
    for (let k = 0; k < bins; k++) power[k] = out[2 * k]! ** 2 + out[2 * k + 1]! ** 2;
    for (let m = 0; m < c.mels; m++) {
      const f = filters[m]!;
      let s = 0;
      for (let k = 0; k < bins; k++) s += f[k]! * power[k]!;
      data[t * c.mels + m] = Math.log10(Math.max(s, 1e-10));
    }
  }
  return { frames, mels: c.mels, data };
}
