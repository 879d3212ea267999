// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import ContextParallel from './ContextParallel';
import { fields } from './meta';
import { CP_STEPS } from './model';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const workLines = () => [...document.querySelectorAll('.cp-workline')].map((p) => p.textContent);
const layer = () => Object.fromEntries([...document.querySelectorAll('.cp-layer tbody tr')].map((tr) => [
  tr.querySelector('th')!.childNodes[0]!.textContent, tr.querySelector('td')!.textContent,
]));
const heading = () => document.querySelector('.cp-section .cp-subhead')?.textContent;
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

describe('ContextParallel, used through its controls', () => {
  it('starts at Table 4 row 3: 32 chunks, equal zigzag work, naive ≈ 31.0×, 64 MiB against 32 MiB', async () => {
    await act(async () => { render(<ContextParallel />); });
    expect(heading()).toBe('The sequence in 32 chunks of 4,096 tokens');
    expect(workLines()).toEqual([
      'Zigzag split: every rank computes 536,875,008 pairs; max/min = 1, equal work.',
      'Naive split: rank 15 computes 1,040,191,488 pairs, rank 0 33,558,528; max/min = 31.0×.',
    ]);
    expect(layer()).toMatchObject({
      'K and V all-gathered': '67,108,864 B = 64 MiB',
      'of which from the other CP − 1 ranks': '62,914,560 B = 60 MiB',
      'Local Q chunk': '33,554,432 B = 32 MiB',
    });
    expect(document.querySelectorAll('.cp-chunk')).toHaveLength(32);
    expect([...document.querySelectorAll('.cp-chunk-rank')].map((c) => c.textContent).slice(0, 2)).toEqual(['0', '1']);
    expect(document.querySelectorAll('.cp-chunk-rank')[31]?.textContent).toBe('0');
    expect(screen.getByRole('button', { name: 'Row 3: CP 16, 128K' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('.cp-t4-note')?.textContent).toContain('DP = 8 would make both right: 16,384 GPUs and 16,777,216 tokens');
    expect(document.querySelector('.cp-why')?.textContent).toContain('With MHA the gather would be 1 GiB, 16× more.');
    expect([...document.querySelectorAll('.cp-t4 tbody tr')].map((tr) => tr.textContent)).toEqual([
      '1 (8,192)8·1·16·64 = 8,192printed 8,192 ✓32 × 64 × 8,192 = 16,777,216printed 16,777,216 ✓',
      '2 (8,192)8·1·16·128 = 16,384printed 16,384 ✓16 × 128 × 8,192 = 16,777,216printed 16,777,216 ✓',
      '3 (131,072)8·16·16·4 = 8,192printed 16,384 ✗16 × 4 × 131,072 = 8,388,608printed 16,777,216 ✗',
    ]);
  });

  it('keyboard: the CP slider steps through powers of two, the split radios switch, the strip follows', async () => {
    await act(async () => { render(<ContextParallel />); });
    const s = slider(/^Context-parallel ranks/);
    // A native range: arrow keys change its value and fire change, which is what the browser does for a key press.
    fireEvent.change(s, { target: { value: String(Number(s.value) - 1) } });
    expect(CP_STEPS[Number(s.value)]).toBe(8);
    expect(heading()).toBe('The sequence in 16 chunks of 8,192 tokens');
    fireEvent.click(screen.getByLabelText('Naive (contiguous)'));
    expect(workLines()[0]).toMatch(/^Naive split: rank 7 computes/);
    expect([...document.querySelectorAll('.cp-chunk-rank')].map((c) => c.textContent).slice(0, 4)).toEqual(['0', '0', '1', '1']);
    fireEvent.change(s, { target: { value: '0' } });
    expect(document.querySelector('.cp-notes')?.textContent).toContain('CP = 1: one rank holds the whole sequence');
  });

  it('a length that is not a multiple of 2·CP names the nearest valid lengths, and a button sets one', async () => {
    await act(async () => { render(<ContextParallel />); });
    fireEvent.change(screen.getByLabelText('Length, exact tokens'), { target: { value: '131,000' } });
    expect(document.querySelector('.cp-invalid')?.textContent).toContain(
      '131,000 tokens cannot be cut into 2·CP = 32 equal chunks: the length must be a multiple of 32. The nearest valid lengths are 130,976 and 131,008.');
    fireEvent.click(screen.getByRole('button', { name: 'Use 131,008' }));
    expect(document.querySelector('.cp-invalid')).toBeNull();
    expect(heading()).toBe('The sequence in 32 chunks of 4,094 tokens');
  });

  it('hostile text in a field: an inline error, the last valid result stays', async () => {
    await act(async () => { render(<ContextParallel />); });
    const field = screen.getByLabelText('CP, exact');
    for (const junk of ['0', '65', '-1', '2.5', 'NaN', '__proto__', '1e400', '🦙', '9'.repeat(40)]) {
      fireEvent.change(field, { target: { value: junk } });
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(heading()).toBe('The sequence in 32 chunks of 4,096 tokens');
    }
  });

  it('Table 4 presets set CP, length and the 405B', async () => {
    await act(async () => { render(<ContextParallel />); });
    fireEvent.change(screen.getByRole('combobox', { name: /Model/ }), { target: { value: 'llama3-8b' } });
    expect(document.querySelector('.cp-tp')?.textContent).toContain('The report gives no CP or TP for the 8B');
    expect(document.querySelector('#cp-layer-h')?.textContent).toBe('One layer on one GPU: Llama 3.1 8B, TP = 8 (assumed)');
    fireEvent.click(screen.getByRole('button', { name: 'Row 1: CP 1, 8K' }));
    expect(heading()).toBe('The sequence in 2 chunks of 4,096 tokens');
    expect(screen.getByRole('button', { name: 'Row 1: CP 1, 8K' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Row 2: CP 1, 8K' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('combobox', { name: /Model/ }) as HTMLSelectElement).value).toBe('llama3-405b');
  });

  it('Figure 5: GPU0’s TP, CP, PP, DP groups are the report’s', async () => {
    await act(async () => { render(<ContextParallel />); });
    const line = () => document.querySelector('.cp-group')?.textContent;
    expect(line()).toBe('GPU0’s CP group: GPU0 and GPU2 (the same TP, PP and DP coordinates). The report: “GPU0 and GPU2 are in the same CP group” ✓.');
    for (const [dim, partner] of [['TP', 1], ['PP', 4], ['DP', 8]] as const) {
      fireEvent.click(screen.getByLabelText(dim));
      expect(line()).toMatch(new RegExp(`^GPU0’s ${dim} group: GPU0 and GPU${partner} .* The report: “GPU0 and GPU${partner} are in the same ${dim} group” ✓\\.$`));
      expect([...document.querySelectorAll('.cp-gpu.in-group .cp-gpu-name > [translate]')].map((g) => g.textContent)).toEqual(['GPU0', `GPU${partner}`]);
    }
    fireEvent.change(screen.getByRole('combobox', { name: 'GPU' }), { target: { value: '13' } });
    expect(line()).toBe('GPU13’s DP group: GPU5 and GPU13 (the same TP, CP and PP coordinates). The report: “GPU0 and GPU8 are in the same DP group” ✓.');
  });

  it('announces the result once per change, after it settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<ContextParallel />); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    expect(announced()).toBe('');
    fireEvent.click(screen.getByLabelText('Naive (contiguous)'));
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('CP 16, 131,072 tokens, naive split: 32 chunks of 4,096, max/min 31.0× (zigzag split: equal work). ' +
      'Per layer per GPU: 64 MiB of K and V gathered against 32 MiB of local Q.');
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/context-parallel/?cp=8&seqLen=65536&model=llama3-70b&split=naive&theme=dark');
    await act(async () => { render(<ContextParallel embed />); });
    expect((screen.getByLabelText('CP, exact') as HTMLInputElement).value).toBe('8');
    expect((screen.getByLabelText('Length, exact tokens') as HTMLInputElement).value).toBe('65,536');
    expect((screen.getByLabelText('Naive (contiguous)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: /Model/ }) as HTMLSelectElement).value).toBe('llama3-70b');
    cleanup();

    window.history.replaceState(null, '', '/embed/context-parallel/?cp=__proto__&seqLen=NaN&model=llama2-7b&split=%3Cimg%3E');
    await act(async () => { render(<ContextParallel embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    for (const key of ['cp', 'seqLen', 'model', 'split']) expect(notice).toContain(key);
    expect(heading()).toBe('The sequence in 32 chunks of 4,096 tokens');
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<ContextParallel />); });
    fireEvent.change(screen.getByLabelText('Length, exact tokens'), { target: { value: '32K' } });
    fireEvent.click(screen.getByLabelText('Naive (contiguous)'));
    expect(openState()).toMatchObject({ cp: 16, seqLen: 32_768, model: 'llama3-405b', split: 'naive' });
  });
});
