// The speech path of Llama 3, report §8 (◐: secondary carriers, facts-2 §M): 10 ms mel frames → stacked by 4 to
// 40 ms (linear projection) → Conformer encoder → stride-2 convolution to 80 ms → one rotary Transformer layer →
// linear into the language model's embedding space, fed as tokens (not cross-attention). Pure: the timeline's
// rates and counts, the encoder's parameter check, the bundled synthetic samples (seeded), the log-mel spectrogram
// of a sample or of the reader's decoded audio (src/lib/audio/mel.ts), the file checks and the screen-reader text.
import { CONFORMER_INTERNALS, SPEECH_ADAPTER, SPEECH_ENCODER, SPEECH_MAX_SECONDS, SPEECH_MELS, SPEECH_MEL_STEP_MS, SPEECH_STACK } from '../../data/multimodal';
import { MODELS } from '../../data/models';
import { SPEECH_MEL, frameCount, logMelSpectrogram, melFilterbank, melToHz, hzToMel } from '../../lib/audio/mel';
import { deriveSeed, gaussian, mulberry32 } from '../../lib/rng';

// ——— Limits and URL defaults ———

export const SAMPLES = ['vowels', 'chirp'] as const;
export type SampleId = (typeof SAMPLES)[number];

/** The longest audio the widget takes: the report's maximum speech segment (60 s, ◐). */
export const MAX_SECONDS = SPEECH_MAX_SECONDS.value;
/** The detail view's width, seconds (25 tokens of 80 ms). */
export const WINDOW_SECONDS = 2;
/** A file larger than this is refused before decoding (a minute of 48 kHz stereo WAV is ≈ 11.5 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const LIMITS = {
  seconds: { min: 1, max: MAX_SECONDS },
  at: { min: 0, max: MAX_SECONDS - WINDOW_SECONDS },
  seed: { min: 0, max: 999_999 },
} as const;

export const DEFAULTS = { seconds: 10, sample: 'vowels' as SampleId, at: 0, seed: 1 };

// ——— The timeline ———

export type StageId = 'mel' | 'stack' | 'conformer' | 'conv' | 'transformer' | 'linear';
export const STAGES: readonly StageId[] = ['mel', 'stack', 'conformer', 'conv', 'transformer', 'linear'];

export interface Stage {
  id: StageId;
  /** Time one output vector covers, ms. */
  stepMs: number;
  /** Output vectors per second of audio. */
  perSecond: number;
  /** Output vectors for the chosen seconds at the nominal rate (seconds × perSecond). */
  nominal: number;
  /** Output vectors for the chosen seconds under this widget's edge conventions (see exactCounts). */
  exact: number;
}

/** Milliseconds per mel frame, per encoder frame (× 4 stacking) and per LM token (× stride 2): 10, 40, 80. */
export const MEL_MS = SPEECH_MEL_STEP_MS.value;
export const ENCODER_MS = MEL_MS * SPEECH_STACK.value;
export const TOKEN_MS = ENCODER_MS * SPEECH_ADAPTER.value.stride;

/** Language-model tokens per second of speech: 1000 / 80 = 12.5. */
export const TOKENS_PER_SECOND = 1000 / TOKEN_MS;

/** Tokens for `seconds` of speech at the nominal rate. */
export function tokensFor(seconds: number): number {
  return (seconds * 1000) / TOKEN_MS;
}

/**
 * Exact counts for `seconds` of 16 kHz audio under this widget's conventions (the report states none of them): mel
 * frames as mel.ts frames them (no padding: ⌊(n − 400)/160⌋ + 1); stacking by 4 drops a remainder of 1–3 frames;
 * the kernel-3, stride-2 convolution is padded by 1 on each side, so it gives ⌈frames / 2⌉.
 */
export function exactCounts(samples: number): { mel: number; stacked: number; tokens: number } {
  const mel = frameCount(samples);
  const stacked = Math.floor(mel / SPEECH_STACK.value);
  const stride = SPEECH_ADAPTER.value.stride, kernel = SPEECH_ADAPTER.value.kernel, pad = (kernel - 1) / 2;
  const tokens = stacked === 0 ? 0 : Math.floor((stacked + 2 * pad - kernel) / stride) + 1;
  return { mel, stacked, tokens };
}

export function timeline(seconds: number): Stage[] {
  const ex = exactCounts(Math.round(seconds * SPEECH_MEL.sampleRate));
  const step: Record<StageId, number> = { mel: MEL_MS, stack: ENCODER_MS, conformer: ENCODER_MS, conv: TOKEN_MS, transformer: TOKEN_MS, linear: TOKEN_MS };
  const exact: Record<StageId, number> = { mel: ex.mel, stack: ex.stacked, conformer: ex.stacked, conv: ex.tokens, transformer: ex.tokens, linear: ex.tokens };
  return STAGES.map((id) => ({ id, stepMs: step[id], perSecond: 1000 / step[id], nominal: (seconds * 1000) / step[id], exact: exact[id] }));
}

/** Width of each stage's output vectors where a fact gives it (mel bins, the Conformer's latent size, the LM's dim). */
export const STAGE_WIDTH = {
  mel: SPEECH_MELS.value,
  stack: SPEECH_MELS.value * SPEECH_STACK.value,
  conformer: SPEECH_ENCODER.value.dim,
} as const;

/** The language models the speech interface was trained on (report §8: 8B and 70B) and their embedding widths. */
export const LM_DIMS = { '8b': MODELS['llama3-8b'].dim, '70b': MODELS['llama3-70b'].dim } as const;

// ——— Parameters ———

/**
 * Derived check of the encoder's "1B" (facts-2 §M, own arithmetic on ◐ inputs): per Conformer layer two FFNs
 * (2 · 2 · d · ffn), attention (4 · d²) and the convolution module (pointwise d · 2d, depthwise d · k, pointwise d²);
 * biases and norms left out. 24 × 41,691,648 = 1,000,599,552.
 */
export function encoderParamCheck(): { perLayer: number; total: number; parts: { ffn: number; attention: number; conv: number } } {
  const d = SPEECH_ENCODER.value.dim, { ffn, convKernel } = CONFORMER_INTERNALS.value;
  const parts = { ffn: 2 * (2 * d * ffn), attention: 4 * d * d, conv: d * 2 * d + d * convKernel + d * d };
  const perLayer = parts.ffn + parts.attention + parts.conv;
  return { perLayer, total: SPEECH_ENCODER.value.layers * perLayer, parts };
}

// ——— Bundled samples (made in code, seeded: nothing is downloaded) ———

/** Vowel formants F1–F3, Hz, of adult male speakers (Peterson & Barney 1952, Table II): /a/, /i/, /u/. */
const VOWELS: readonly (readonly [number, number, number])[] = [[730, 1_090, 2_440], [270, 2_290, 3_010], [300, 870, 2_240]];

/** A two-pole resonator (Klatt 1980) at `f` Hz with bandwidth `bw` Hz, applied in place. */
function resonate(x: Float32Array, from: number, to: number, f: number, bw: number, rate: number): void {
  const r = Math.exp((-Math.PI * bw) / rate), c = -r * r, b = 2 * r * Math.cos((2 * Math.PI * f) / rate), a = 1 - b - c;
  let y1 = 0, y2 = 0;
  for (let i = from; i < to; i++) {
    const y = a * x[i]! + b * y1 + c * y2;
    x[i] = y; y2 = y1; y1 = y;
  }
}

/**
 * `seconds` of a bundled signal at 16 kHz, peak 0.5: 'vowels' cycles /a/ /i/ /u/ (0.4 s each, then 0.1 s of
 * silence) from a glottal pulse train whose pitch glides 110 → 150 Hz, through three formant resonators; 'chirp' is
 * a sine sweeping 100 Hz → 7 kHz exponentially every 2 s. Both get seeded noise at about −80 dB, so no frame is all zeros.
 */
export function synthSample(id: SampleId, seconds: number, seed: number = DEFAULTS.seed): Float32Array {
  const rate = SPEECH_MEL.sampleRate, n = Math.round(seconds * rate), x = new Float32Array(n);
  if (id === 'chirp') {
    const period = 2 * rate, f0 = 100, f1 = 7_000, k = Math.log(f1 / f0);
    for (let i = 0; i < n; i++) {
      const t = (i % period) / rate, T = period / rate;
      // Phase of an exponential sweep: 2π f0 T (e^{k t / T} − 1) / k.
      x[i] = Math.sin((2 * Math.PI * f0 * T * (Math.exp((k * t) / T) - 1)) / k);
    }
  } else {
    const seg = Math.round(0.5 * rate), voiced = Math.round(0.4 * rate);
    let phase = 0;
    for (let start = 0, v = 0; start < n; start += seg, v++) {
      const end = Math.min(n, start + voiced);
      for (let i = start; i < end; i++) {
        const f = 110 + 40 * ((i - start) / voiced);
        phase += f / rate;
        if (phase >= 1) { phase -= 1; x[i] = 1; }
      }
      const [a, b, c] = VOWELS[v % VOWELS.length]!;
      for (const [fr, bw] of [[a, 80], [b, 100], [c, 120]] as const) resonate(x, start, end, fr, bw, rate);
      // A 20 ms fade at both ends of the vowel.
      const fade = Math.round(0.02 * rate);
      for (let i = 0; i < fade && start + i < end; i++) { x[start + i]! *= i / fade; if (end - 1 - i >= start) x[end - 1 - i]! *= i / fade; }
    }
  }
  let peak = 0;
  for (let i = 0; i < n; i++) peak = Math.max(peak, Math.abs(x[i]!));
  const g = gaussian(mulberry32(deriveSeed(seed, SAMPLES.indexOf(id))));
  const scale = peak > 0 ? 0.5 / peak : 0;
  for (let i = 0; i < n; i++) x[i] = x[i]! * scale + 5e-5 * g();
  return x;
}

// ——— The spectrogram (the worker's job) ———

/** What the worker is asked: a bundled sample, or the reader's decoded audio (16 kHz mono, at most 60 s). */
export type SpecRequest =
  | { source: 'sample'; sample: SampleId; seconds: number }
  | { source: 'file'; id: number; samples: Float32Array };

export interface SpecResult {
  frames: number;
  mels: number;
  /** log10 mel power, frame-major (mel.ts). */
  data: Float32Array;
  /** Largest value; the picture shows [max − DISPLAY_RANGE, max]. */
  max: number;
  /** Seconds of audio the spectrogram was computed from. */
  seconds: number;
  /** Milliseconds the computation took (in the worker, or on the main thread where no worker runs). */
  ms: number;
}

/** The picture's range in log10 units below the loudest cell: 7 = 70 dB. */
export const DISPLAY_RANGE = 7;

let cachedFilters: Float64Array[] | null = null;

export function computeSpectrogram(req: SpecRequest, now: () => number = () => (typeof performance !== 'undefined' ? performance.now() : 0)): SpecResult {
  const t0 = now();
  const samples = req.source === 'sample' ? synthSample(req.sample, req.seconds) : req.samples;
  const mel = logMelSpectrogram(samples, SPEECH_MEL, (cachedFilters ??= melFilterbank(SPEECH_MEL)));
  let max = -Infinity;
  for (let i = 0; i < mel.data.length; i++) if (mel.data[i]! > max) max = mel.data[i]!;
  if (!Number.isFinite(max)) max = 0;
  return { frames: mel.frames, mels: mel.mels, data: mel.data, max, seconds: samples.length / SPEECH_MEL.sampleRate, ms: now() - t0 };
}

export function requestKey(req: SpecRequest): string {
  return req.source === 'sample' ? `s:${req.sample}:${req.seconds}` : `f:${req.id}`;
}

/** Centre frequency, Hz, of mel band m (0 … 79), from the filterbank's edges. */
export function melCentreHz(m: number): number {
  const lo = hzToMel(SPEECH_MEL.fMin), hi = hzToMel(SPEECH_MEL.fMax);
  return melToHz(lo + ((hi - lo) * (m + 1)) / (SPEECH_MEL.mels + 1));
}

export interface TokenSummary {
  /** Token index in the clip, from 0. */
  index: number;
  /** Start and end of the 80 ms it covers, seconds. */
  from: number;
  to: number;
  /** Mean log10 mel power over its frames and bands. */
  mean: number;
  /** The band with the most power (mean over the token's frames), and its centre, Hz. */
  peakBand: number;
  peakHz: number;
}

/** Frames per LM token: 8 mel frames of 10 ms. */
export const FRAMES_PER_TOKEN = TOKEN_MS / MEL_MS;

/** One row per 80-ms token in [at, at + WINDOW_SECONDS): the table beside the picture. */
export function tokenSummaries(r: SpecResult, at: number): TokenSummary[] {
  const first = Math.round((at * 1000) / TOKEN_MS), last = Math.min(Math.floor(r.frames / FRAMES_PER_TOKEN), first + (WINDOW_SECONDS * 1000) / TOKEN_MS);
  const out: TokenSummary[] = [];
  const band = new Float64Array(r.mels);
  for (let k = first; k < last; k++) {
    band.fill(0);
    let sum = 0;
    for (let f = k * FRAMES_PER_TOKEN; f < (k + 1) * FRAMES_PER_TOKEN; f++) {
      for (let m = 0; m < r.mels; m++) { const v = r.data[f * r.mels + m]!; band[m]! += v; sum += v; }
    }
    let peakBand = 0;
    for (let m = 1; m < r.mels; m++) if (band[m]! > band[peakBand]!) peakBand = m;
    out.push({ index: k, from: (k * TOKEN_MS) / 1000, to: ((k + 1) * TOKEN_MS) / 1000, mean: sum / (FRAMES_PER_TOKEN * r.mels), peakBand, peakHz: melCentreHz(peakBand) });
  }
  return out;
}

/** Mean log10 power of band `band` over the 8 frames of token `token` (the value a keyboard cell reads out). */
export function cellValue(r: SpecResult, token: number, band: number): number {
  let sum = 0, n = 0;
  for (let f = token * FRAMES_PER_TOKEN; f < Math.min(r.frames, (token + 1) * FRAMES_PER_TOKEN); f++, n++) sum += r.data[f * r.mels + band]!;
  return n > 0 ? sum / n : 0;
}

/** The window's start, clamped so the window lies inside the audio (seconds). */
export function windowStart(at: number, seconds: number): number {
  return Math.max(0, Math.min(at, Math.floor(seconds - WINDOW_SECONDS)));
}

/** Pixels of the picture: 8-bit intensity in [0, 255] per cell (frame-major), 0 at max − DISPLAY_RANGE or below. */
export function intensities(r: SpecResult, fromFrame: number, toFrame: number): Uint8ClampedArray {
  const from = Math.max(0, fromFrame), to = Math.min(r.frames, toFrame);
  const out = new Uint8ClampedArray(Math.max(0, to - from) * r.mels);
  for (let f = from; f < to; f++) {
    for (let m = 0; m < r.mels; m++) {
      out[(f - from) * r.mels + m] = Math.round(255 * Math.max(0, Math.min(1, (r.data[f * r.mels + m]! - (r.max - DISPLAY_RANGE)) / DISPLAY_RANGE)));
    }
  }
  return out;
}

// ——— The reader's file ———

export type FileProblem = 'empty' | 'too-large' | 'not-audio' | 'too-short';

/** Checked before decoding: an empty file, or one too large to decode in a tab. */
export function checkFile(size: number): FileProblem | null {
  if (!(size > 0)) return 'empty';
  if (size > MAX_FILE_BYTES) return 'too-large';
  return null;
}

export interface Decoded {
  /** 16 kHz mono, at most MAX_SECONDS. */
  samples: Float32Array;
  /** Length of the decoded audio before the cut, seconds. */
  fullSeconds: number;
  /** The audio was longer than MAX_SECONDS and only its start is used. */
  truncated: boolean;
}

/**
 * Channels decoded at 16 kHz (AudioContext.decodeAudioData resamples to its context's rate) → mono (the mean of the
 * channels), cut to MAX_SECONDS. Shorter than one 25 ms window: 'too-short'.
 */
export function toMono(channels: readonly Float32Array[], sampleRate: number): Decoded | FileProblem {
  const length = channels[0]?.length ?? 0;
  if (channels.length === 0 || sampleRate !== SPEECH_MEL.sampleRate || length < SPEECH_MEL.window) return 'too-short';
  const keep = Math.min(length, MAX_SECONDS * sampleRate);
  const samples = new Float32Array(keep);
  for (const ch of channels) for (let i = 0; i < keep; i++) samples[i]! += ch[i]! / channels.length;
  for (let i = 0; i < keep; i++) if (!Number.isFinite(samples[i]!)) samples[i] = 0;
  return { samples, fullSeconds: length / sampleRate, truncated: length > keep };
}

// ——— Screen-reader text ———

export interface SpeechState { seconds: number; sample: SampleId; at: number }

/** What the widget shows, in one paragraph (English: the catalogues have their own words for each language). */
export function describe(s: SpeechState): string {
  const st = timeline(s.seconds);
  return `${s.seconds} s of speech: ${st[0]!.nominal} mel frames of ${MEL_MS} ms, ${st[1]!.nominal} encoder frames of ${ENCODER_MS} ms, `
    + `${tokensFor(s.seconds)} language-model tokens of ${TOKEN_MS} ms (${TOKENS_PER_SECOND} per second; ${tokensFor(MAX_SECONDS)} for a ${MAX_SECONDS}-s segment).`;
}
