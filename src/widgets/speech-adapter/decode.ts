// The browser side of speech-adapter's file path: the reader's file decoded by the browser's own audio decoder
// (OfflineAudioContext.decodeAudioData, which resamples to its context's 16 kHz), mixed to mono and cut to 60 s
// (model.ts toMono); and the spectrogram's luminance mask as a PNG data URL drawn on a canvas. Nothing here makes a
// request: the file is read with File.arrayBuffer().
import { SPEECH_MEL } from '../../lib/audio/mel';
import { checkFile, toMono, type Decoded, type FileProblem } from './model';

type OfflineCtor = new (channels: number, length: number, sampleRate: number) => { decodeAudioData(b: ArrayBuffer): Promise<AudioBuffer> };

/** The file's audio at 16 kHz mono (at most 60 s), or why it cannot be used. */
export async function decodeAudioFile(file: Blob, Ctor: OfflineCtor | undefined = (globalThis as { OfflineAudioContext?: OfflineCtor }).OfflineAudioContext): Promise<Decoded | FileProblem> {
  const problem = checkFile(file.size);
  if (problem) return problem;
  if (!Ctor) return 'not-audio';
  try {
    const bytes = await file.arrayBuffer();
    const audio = await new Ctor(1, 1, SPEECH_MEL.sampleRate).decodeAudioData(bytes);
    const channels = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
    return toMono(channels, audio.sampleRate);
  } catch {
    return 'not-audio';
  }
}

/** A `frames` × `mels` picture (time left to right, the highest band on top) of 8-bit values as a greyscale PNG data
 *  URL, or null where there is no canvas (the server, tests). */
export function maskImage(px: Uint8ClampedArray, frames: number, mels: number): string | null {
  if (typeof document === 'undefined' || frames <= 0) return null;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = frames;
    canvas.height = mels;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const img = ctx.createImageData(frames, mels);
    for (let f = 0; f < frames; f++) {
      for (let m = 0; m < mels; m++) {
        const v = px[f * mels + m]!, o = ((mels - 1 - m) * frames + f) * 4;
        img.data[o] = v; img.data[o + 1] = v; img.data[o + 2] = v; img.data[o + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}
