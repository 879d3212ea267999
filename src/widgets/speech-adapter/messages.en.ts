// speech-adapter's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { SPEECH_ADAPTER, SPEECH_ENCODER, SPEECH_MELS, SPEECH_STACK } from '../../data/multimodal';
import { messages, type SpeechAdapterMessages } from './messages';
import {
  ENCODER_MS, LM_DIMS, MAX_FILE_BYTES, MAX_SECONDS, MEL_MS, STAGE_WIDTH, TOKEN_MS, TOKENS_PER_SECOND, WINDOW_SECONDS,
  encoderParamCheck, tokensFor, type StageId,
} from './model';

const sec = (v: number, f: Format) => `${f.decimal(v, { digits: 1, trim: true })} s`;
const ms = (v: number, f: Format) => `${f.int(v)} ms`;
const rate = (v: number, f: Format) => f.decimal(v, { digits: 1, trim: true });
const enc = SPEECH_ENCODER.value;

const DETAIL: Record<StageId, (f: Format) => string> = {
  mel: (f) => `${f.int(SPEECH_MELS.value)} log-mel bands per frame ◐ (computed below from real audio)`,
  stack: (f) => `${f.int(SPEECH_STACK.value)} frames stacked (${f.int(STAGE_WIDTH.stack)} values) and linearly projected ◐`,
  conformer: (f) => `${f.int(enc.layers)} Conformer layers, ${f.int(enc.dim)} wide, ${f.int(enc.heads)} rotary attention heads ◐`,
  conv: (f) => `Convolution, kernel ${f.int(SPEECH_ADAPTER.value.kernel)}, stride ${f.int(SPEECH_ADAPTER.value.stride)}: halves the frame rate ◐`,
  transformer: () => 'One Transformer layer with rotary attention ◐',
  linear: (f) => `Linear layer into the language model’s embedding space (${f.int(LM_DIMS['8b'])} wide for 8B, ${f.int(LM_DIMS['70b'])} for 70B): each vector is fed as a token, not through cross-attention ◐`,
};

export const en: SpeechAdapterMessages = {
  title: 'From audio to language-model tokens',
  summary: 'The speech path of Llama 3 from 10 ms mel frames through the Conformer encoder and the adapter to one token every 80 ms, with a real mel spectrogram of your own audio computed in the browser.',

  secondsLabel: 'Seconds of audio',
  secondsValue: (s, f) => sec(s, f),
  secondsFileHint: 'Your file keeps its own length in the spectrogram; the slider sets the counts.',
  sampleLegend: 'Bundled sample (made in code)',
  sampleOption: { vowels: 'Vowels a, i, u', chirp: 'Chirp 100 Hz → 7 kHz' },
  fileButton: 'Load your own audio file…',
  fileLabel: 'Decoded in this browser; nothing is uploaded.',
  fileDecoding: (name) => `Decoding “${name}” in this browser…`,
  fileLoaded: (name, s, full, truncated, f) => truncated
    ? `Your file “${name}”: ${sec(full, f)}, longer than the ${f.int(MAX_SECONDS)}-s maximum segment ◐, so only its first ${sec(s, f)} are used (a longer recording would be cut into segments).`
    : `Your file “${name}”: ${sec(s, f)}, resampled to 16 kHz mono in this browser.`,
  fileProblem: (p, f) => ({
    empty: 'That file is empty: nothing to decode.',
    'too-large': `That file is larger than ${f.bytes(MAX_FILE_BYTES)}: pick a shorter clip (only ${f.int(MAX_SECONDS)} s are used anyway).`,
    'not-audio': 'This browser could not decode that file as audio. Try a WAV, MP3, OGG or M4A file.',
    'too-short': 'That audio is shorter than one 25 ms analysis window: there is no frame to show.',
  })[p],
  backToSample: 'Back to the bundled sample',
  secondaryNote: '◐ From secondary carriers: three independent summaries of the report agree on these numbers; the primary text of §8 was not checked.',

  timelineTitle: 'From audio to language-model tokens',
  stageNums: (st, s, f) => `one per ${ms(st.stepMs, f)} · ${rate(st.perSecond, f)}/s · ${rate(st.nominal, f)} in ${sec(s, f)}`,
  stageName: { mel: 'Mel frames', stack: 'Stack ×4', conformer: 'Conformer encoder', conv: 'Adapter: convolution', transformer: 'Adapter: Transformer layer', linear: 'Adapter: linear → LM' },
  stageDetail: (id, f) => DETAIL[id](f),
  ms,
  perSecond: (v, f) => rate(v, f),
  stripTitle: (v, f) => `The first ${ms(v, f)}, drawn to scale`,
  stripRow: { mel: `mel, ${MEL_MS} ms`, enc: `encoder, ${ENCODER_MS} ms`, tok: `tokens, ${TOKEN_MS} ms` },
  stripLabel: (v, f) => `In the first ${ms(v, f)}: ${f.int(v / MEL_MS)} mel frames of ${MEL_MS} ms, ${f.int(v / ENCODER_MS)} encoder frames of ${ENCODER_MS} ms, ${f.int(v / TOKEN_MS)} language-model tokens of ${TOKEN_MS} ms.`,
  countLines: (s, st, f) => [
    `${sec(s, f)} of speech → ${rate(tokensFor(s), f)} language-model tokens (${rate(TOKENS_PER_SECOND, f)} per second, one per ${ms(TOKEN_MS, f)}).`,
    `A minute is ${f.int(tokensFor(60))} tokens; the ${f.int(MAX_SECONDS)}-s maximum speech segment ◐ is ${f.int(tokensFor(MAX_SECONDS))} tokens in the context.`,
    `Counted at the edges: ${f.int(st[0]!.exact)} mel frames → ${f.int(st[1]!.exact)} encoder frames → ${f.int(st[3]!.exact)} tokens.`,
  ],
  conventionsNote: 'The report gives rates, not edges. Counted here: no padding of the 25 ms mel windows, a remainder of 1–3 frames dropped by the stacking, the convolution padded by one frame each side.',

  spectroTitle: (s, file, f) => (file ? `Log-mel spectrogram of “${file}” (${sec(s, f)}), 80 bands` : `Log-mel spectrogram of the sample (${sec(s, f)}), 80 bands`),
  pending: 'Computing the log-mel spectrogram…',
  overviewLabel: (r, at, f) => `Log-mel spectrogram of ${sec(r.seconds, f)}, ${f.int(r.frames)} frames of 80 bands; the detail window starts at ${sec(at, f)}.`,
  windowLabel: 'Detail window starts at',
  windowValue: (at, f) => `${sec(at, f)} (${f.int(WINDOW_SECONDS)} s shown)`,
  detailLabel: (_r, at, rows, f) => `Detail: ${sec(at, f)} to ${sec(at + WINDOW_SECONDS, f)}, ${f.int(rows.length)} tokens of ${TOKEN_MS} ms, each over ${f.int(TOKEN_MS / MEL_MS)} mel frames; the table below lists each token’s loudest band.`,
  cellText: (tok, hz, v, f) => `token ${f.int(tok.index + 1)}, ${f.decimal(tok.from, { digits: 2 })}–${f.decimal(tok.to, { digits: 2 })} s, band at ${f.int(Math.round(hz))} Hz: mean log₁₀ power ${f.decimal(v, { digits: 2 })}`,
  gridLegend: { enc: `encoder frame edge (${ENCODER_MS} ms)`, tok: `token edge (${TOKEN_MS} ms)`, shade: 'stronger colour = more energy (70 dB range)' },
  axisTime: 'time (s)',
  axisHz: 'band centre (Hz)',
  tableSummary: (n, f) => `Table: the ${f.int(n)} tokens of the window`,
  tableColumns: { token: 'Token', span: 'Covers', mean: 'Mean log₁₀ power', peak: 'Loudest band' },
  span: (a, b, f) => `${f.decimal(a, { digits: 2 })}–${f.decimal(b, { digits: 2 })} s`,
  hz: (v, f) => `${f.int(Math.round(v))} Hz`,
  melNote: (r, f) => `The report names an 80-dimensional mel spectrogram and nothing more; computed here with common conventions (16 kHz, 25 ms Hann window every 10 ms, 512-point FFT, Slaney mel scale 0–8 kHz, log₁₀). ${f.int(r.frames)} frames in ${f.int(Math.max(1, Math.round(r.ms)))} ms.`,
  announce: (r, f) => `Spectrogram ready: ${sec(r.seconds, f)}, ${f.int(r.frames)} mel frames, ${rate(tokensFor(r.seconds), f)} tokens.`,

  paramsTitle: 'Parameters',
  paramLines: (f) => {
    const c = encoderParamCheck();
    return [
      `Speech encoder (Conformer): ${f.short(enc.params, { digits: 1 })} parameters ◐.`,
      `Adapter (convolution, Transformer layer, linear): about ${f.short(SPEECH_ADAPTER.value.params, { digits: 1 })} parameters ◐. Its inner sizes come from a single source and are not shown.`,
      `Derived check, not a fact: ${f.int(enc.layers)} layers × (two feed-forward networks of 4,096, attention, convolution module of kernel 7 ◐) = ${f.int(c.total)} ≈ ${f.short(c.total, { digits: 5 })}, which matches “1B”.`,
      'The language model is frozen: speech training updates only the encoder and the adapter.',
    ];
  },

  notesSummary: 'Notes',
  notes: (f) => [
    `Speech enters the context as ordinary tokens: ${f.int(tokensFor(MAX_SECONDS))} tokens for ${f.int(MAX_SECONDS)} s take as much room (and KV cache) as ${f.int(tokensFor(MAX_SECONDS))} text tokens. The image adapter of §7 uses cross-attention instead.`,
    'The bundled samples are synthetic: a pulse train through three formant resonators (Peterson & Barney’s vowel formants) and an exponential sine sweep, with seeded noise at about −80 dB. They are not speech from the report’s data.',
    'Your file is read with the browser’s own audio decoder and never leaves the page.',
  ],
  sources: 'Sources: report §8.1–8.2 via secondary carriers (llama3-facts-2 §M); mel spectrogram: src/lib/audio/mel.ts; model widths: Table 3.',
};

export default words(messages, 'en', en);
