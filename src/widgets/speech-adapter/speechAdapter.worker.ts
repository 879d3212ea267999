// Web Worker of speech-adapter: the 80-band log-mel spectrogram (src/lib/audio/mel.ts) of a bundled sample or of the
// reader's decoded audio, off the main thread (60 s is ≈ 6,000 frames), newest request only.
/// <reference lib="webworker" />
import { serveLatest } from '../../lib/latestWorker';
import { computeSpectrogram, type SpecRequest } from './model';

serveLatest((r: SpecRequest) => computeSpectrogram(r));
