// @vitest-environment jsdom
// speech-adapter through its controls: the counts at once, the spectrogram after the worker (here: the main thread
// after a macrotask), the seconds slider, and the reader's file: decoded by the browser's decoder (a stand-in here),
// errors named (empty, not audio, too short), cut to 60 s with a message, and no network request on the way.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SpeechAdapter from './SpeechAdapter';
import Zh from './zh';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });
const fileInput = () => document.querySelector('input[type=file]') as HTMLInputElement;

/** A stand-in for OfflineAudioContext: "decodes" any non-empty bytes to `seconds` of a 440 Hz stereo tone at 16 kHz. */
function fakeDecoder(seconds: number, fail = false) {
  return class {
    constructor(_c: number, _l: number, public sampleRate: number) {}
    decodeAudioData(_b: ArrayBuffer): Promise<AudioBuffer> {
      if (fail) return Promise.reject(new DOMException('Unable to decode audio data', 'EncodingError'));
      const n = Math.round(seconds * this.sampleRate);
      const ch = Float32Array.from({ length: n }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 440 * i) / 16_000));
      return Promise.resolve({ numberOfChannels: 2, sampleRate: this.sampleRate, length: n, getChannelData: () => ch } as unknown as AudioBuffer);
    }
  };
}

async function load(file: File) {
  await act(async () => { fireEvent.change(fileInput(), { target: { files: [file] } }); });
  await settle();
}

describe('SpeechAdapter', () => {
  it('default: 10 s → 125 tokens at once; the spectrogram of the vowels after the worker', async () => {
    await act(async () => { render(<SpeechAdapter />); });
    expect(text('.sa-counts')).toContain('10 s of speech → 125 language-model tokens (12.5 per second, one per 80 ms).');
    expect(text('.sa-counts')).toContain('A minute is 750 tokens; the 60-s maximum speech segment ◐ is 750 tokens in the context.');
    expect(text('.sa-counts')).toContain('Counted at the edges: 998 mel frames → 249 encoder frames → 125 tokens.');
    expect(text('.sa-stages')).toContain('24 Conformer layers, 1,536 wide, 24 rotary attention heads ◐');
    expect(text('.sa-params')).toContain('1,000,599,552');
    expect(text('.sa-spectro')).toContain('Computing the log-mel spectrogram');
    await settle();
    expect(text('.sa-spectro')).toContain('998 frames in');
    expect(screen.getByRole('img', { name: /Log-mel spectrogram of 10 s, 998 frames of 80 bands/ })).toBeTruthy();
    // The detail picture is a grid of 80 bands × 25 tokens; one cell has the Tab stop and the arrows move it.
    const grid = screen.getByRole('grid', { name: /Detail: 0 s to 2 s, 25 tokens of 80 ms/ });
    expect(grid.getAttribute('aria-rowcount')).toBe('80');
    expect(grid.getAttribute('aria-colcount')).toBe('25');
    const cell = () => screen.getByRole('gridcell');
    expect(cell().textContent).toMatch(/^token 1, 0\.00–0\.08 s, band at 7,\d{3} Hz: mean log₁₀ power −\d\.\d\d$/);
    await act(async () => { fireEvent.keyDown(cell(), { key: 'ArrowRight' }); });
    await act(async () => { fireEvent.keyDown(cell(), { key: 'End' }); });
    expect(cell().textContent).toMatch(/^token 25, 1\.92–2\.00 s/);
    const details = document.querySelector('details.sa-data') as HTMLDetailsElement;
    await act(async () => { details.open = true; fireEvent(details, new Event('toggle')); });
    expect(document.querySelectorAll('.sa-table tbody tr')).toHaveLength(25);
  });

  it('the seconds slider: 60 s → 750 tokens; 1 s → 12.5', async () => {
    await act(async () => { render(<SpeechAdapter />); });
    const s = screen.getByRole('slider', { name: /Seconds of audio/ }) as HTMLInputElement;
    fireEvent.change(s, { target: { value: '60' } });
    expect(text('.sa-counts')).toContain('60 s of speech → 750 language-model tokens');
    expect(text('.sa-counts')).toContain('5,998 mel frames → 1,499 encoder frames → 750 tokens');
    fireEvent.change(s, { target: { value: '1' } });
    expect(text('.sa-counts')).toContain('1 s of speech → 12.5 language-model tokens');
  });

  it('a file: decoded in the page, its spectrogram shown, no network request', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network')));
    const xhrOpen = vi.spyOn(XMLHttpRequest.prototype, 'open');
    vi.stubGlobal('fetch', fetchSpy);
    vi.stubGlobal('OfflineAudioContext', fakeDecoder(3));
    await act(async () => { render(<SpeechAdapter />); });
    await settle();
    await load(new File([new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4])], 'tone.wav', { type: 'audio/wav' }));
    expect(text('.sa-file-line')).toContain('Your file “tone.wav”: 3 s, resampled to 16 kHz mono in this browser.');
    expect(text('.sa-spectro')).toContain('Log-mel spectrogram of “tone.wav” (3 s), 80 bands');
    expect(text('.sa-spectro')).toContain('298 frames in');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhrOpen).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the bundled sample' }));
    await settle();
    expect(document.activeElement).toBe(fileInput()); // the button removed itself; focus is not lost
    expect(text('.sa-spectro')).toContain('of the sample (10 s)');
  });

  it('file errors are named: empty, not audio, too short; longer than 60 s is cut with a message', async () => {
    vi.stubGlobal('OfflineAudioContext', fakeDecoder(3, true));
    await act(async () => { render(<SpeechAdapter />); });
    await load(new File([], 'empty.wav'));
    expect(text('.sa-file-line')).toContain('That file is empty: nothing to decode.');
    await load(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(text('.sa-file-line')).toContain('This browser could not decode that file as audio.');
    vi.stubGlobal('OfflineAudioContext', fakeDecoder(0.01));
    await load(new File(['x'], 'click.wav'));
    expect(text('.sa-file-line')).toContain('shorter than one 25 ms analysis window');
    vi.stubGlobal('OfflineAudioContext', fakeDecoder(61));
    await load(new File(['x'], 'long.wav'));
    expect(text('.sa-file-line')).toContain('Your file “long.wav”: 61 s, longer than the 60-s maximum segment ◐, so only its first 60 s are used');
    expect(text('.sa-spectro')).toContain('5,998 frames in');
  });

  it('no decoder at all (an old browser): the file is refused as not audio', async () => {
    vi.stubGlobal('OfflineAudioContext', undefined);
    await act(async () => { render(<SpeechAdapter />); });
    await load(new File(['x'], 'a.wav'));
    expect(text('.sa-file-line')).toContain('could not decode');
  });

  it('Chinese: the counts and the file error in Chinese', async () => {
    await act(async () => { render(<Zh />); });
    expect(text('.sa-counts')).toContain('10 秒语音 → 125 个语言模型 token（每秒 12.5 个，每 80 毫秒一个）。');
    await load(new File([], 'e.wav'));
    expect(text('.sa-file-line')).toContain('这个文件是空的');
  });
});
