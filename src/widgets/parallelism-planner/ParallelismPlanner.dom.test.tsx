// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import ParallelismPlanner from './ParallelismPlanner';
import { fields } from './meta';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const result = () => document.querySelector('.pp-result')?.textContent ?? '';
const dpLine = () => document.querySelector('.pp-dp .pp-dp-value')?.textContent;
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
const select = (name: RegExp) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;
const memRows = () => Object.fromEntries([...document.querySelectorAll<HTMLElement>('tr[data-term]')]
  .map((tr) => [tr.dataset.term, tr.querySelector('td')!.textContent]));

describe('ParallelismPlanner, used through its controls', () => {
  it('starts at Table 4 row 1: 62.1 GB per GPU, bubble 46.9%, 16,777,216 tokens per step', async () => {
    await act(async () => { render(<ParallelismPlanner />); });
    expect(result()).toBe('405B on 8,192 GPUs: 62.1 GB per GPU of 80 GB (fits), bubble 46.9%, 16,777,216 tokens per step, ' +
      '126.1 days at MFU 43.0%. Table 4 row 1 as printed.');
    expect(dpLine()).toBe('64');
    expect(screen.getByRole('button', { name: 'Row 1: 8,192 GPUs, 8K' }).getAttribute('aria-pressed')).toBe('true');
    expect(memRows()).toMatchObject({ weights: '6.9 GB', gradients: '216 MB', optimizer: '647 MB', activations: '54.3 GB' });
    expect(document.querySelector('.pp-grid')).toBeNull();
    expect(document.querySelector('.pp-notes')?.hasAttribute('open')).toBe(false);
  });

  it('TP, CP and PP offer only sizes that keep DP whole; the GPU count keeps the product', async () => {
    await act(async () => { render(<ParallelismPlanner />); });
    const tpOptions = [...select(/^TP/).options].map((o) => Number(o.value));
    for (const tp of tpOptions) expect(8_192 % (tp * 16)).toBe(0);
    fireEvent.change(select(/^TP/), { target: { value: '4' } });
    expect(dpLine()).toBe('128');
    fireEvent.change(screen.getByLabelText('GPUs'), { target: { value: '24' } });
    expect(dpLine()).toBe('3'); // TP 4, CP 1, PP gcd(16, 6) = 2
    expect(select(/^PP/).value).toBe('2');
  });

  it('row 3 lands on the printed values, says why they do not multiply, and DP = 8 fixes GPUs and tokens', async () => {
    await act(async () => { render(<ParallelismPlanner />); });
    fireEvent.click(screen.getByRole('button', { name: 'Row 3: 16,384 GPUs, 128K' }));
    const invalid = document.querySelector('.pp-invalid')?.textContent ?? '';
    expect(invalid).toContain('TP × CP × PP × DP = 2,048 × 4 = 8,192, not 16,384 GPUs, and tokens per step would be 8,388,608.');
    expect(invalid).toContain('Table 4 row 3 is printed this way');
    fireEvent.click(screen.getByRole('button', { name: 'Use DP = 8' }));
    expect(document.querySelector('.pp-invalid')).toBeNull();
    expect(result()).toContain('16,777,216 tokens per step');
    expect(openState()).toMatchObject({ gpus: 16_384, tp: 8, cp: 16, pp: 16, dp: 8, seqLen: 131_072, mbs: 16, m: 16, mfu: 0.38 });
  });

  it('the assumptions are editable: accumulated gradients, 8-byte optimizer', async () => {
    await act(async () => { render(<ParallelismPlanner />); });
    fireEvent.change(select(/^Gradients/), { target: { value: 'accumulated' } });
    expect(memRows()).toMatchObject({ gradients: '13.8 GB' });
    expect(result()).toContain('75.6 GB per GPU');
    fireEvent.change(select(/^Optimizer bytes/), { target: { value: '8' } });
    expect(memRows()).toMatchObject({ optimizer: '431 MB' });
  });

  it('Figure 5 with the keyboard: GPU 0’s groups are 0/1, 0/2, 0/4, 0/8; arrow keys move the chosen GPU', async () => {
    window.history.replaceState(null, '', '/embed/parallelism-planner/?model=llama3-8b&gpus=16&tp=2&cp=2&pp=2&dp=2&mbs=4&m=4');
    await act(async () => { render(<ParallelismPlanner embed />); });
    const lines = () => [...document.querySelectorAll('.pp-groups li')].map((li) => li.textContent);
    expect(lines()).toEqual([
      'TP group (solid outline, T): GPU 0 and GPU 1',
      'CP group (dashed outline, C): GPU 0 and GPU 2',
      'PP group (dotted outline, P): GPU 0 and GPU 4',
      'DP group (double outline, D): GPU 0 and GPU 8',
    ]);
    const gpu0 = screen.getByRole('button', { name: 'GPU 0, TP 0, CP 0, PP 0, DP 0' });
    expect(gpu0.getAttribute('aria-pressed')).toBe('true');
    expect(gpu0.tabIndex).toBe(0);
    gpu0.focus();
    fireEvent.keyDown(gpu0, { key: 'End' });
    const gpu15 = screen.getByRole('button', { name: 'GPU 15, TP 1, CP 1, PP 1, DP 1' });
    expect(document.activeElement).toBe(gpu15);
    expect(gpu15.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(gpu15, { key: 'ArrowLeft' });
    expect(lines()[0]).toBe('TP group (solid outline, T): GPU 14 and GPU 15');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' }); // one row (TP·CP·PP = 8, one DP replica) up: GPU 6
    expect(document.activeElement?.getAttribute('aria-label')).toBe('GPU 6, TP 0, CP 1, PP 1, DP 0');
    expect(document.querySelectorAll('.pp-gpu.in-tp')).toHaveLength(2);
  });

  it('announces the result once per change, after it settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<ParallelismPlanner />); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    expect(announced()).toBe('');
    fireEvent.change(select(/^PP/), { target: { value: '8' } });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('405B on 8,192 GPUs: 68.4 GB per GPU of 80 GB (fits), bubble 21.9%, 33,554,432 tokens per step, 126.1 days at MFU 43.0%.');
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  });

  it('choosing a GPU in the grid announces its four groups, once', async () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/embed/parallelism-planner/?model=llama3-8b&gpus=16&tp=2&cp=2&pp=2&dp=2&mbs=4&m=4');
    await act(async () => { render(<ParallelismPlanner embed />); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    fireEvent.click(screen.getByRole('button', { name: 'GPU 5, TP 1, CP 0, PP 1, DP 0' }));
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    obs.disconnect();
    expect(said).toEqual(['TP group (solid outline, T): GPU 4 and GPU 5. CP group (dashed outline, C): GPU 5 and GPU 7. ' +
      'PP group (dotted outline, P): GPU 1 and GPU 5. DP group (double outline, D): GPU 5 and GPU 13']);
  });

  it('the URL state round-trips; an inconsistent dp and hostile values are named on an embed page', async () => {
    window.history.replaceState(null, '', '/embed/parallelism-planner/?model=llama3-70b&gpus=1024&tp=8&cp=1&pp=4&dp=32&seqLen=4096&mbs=8&m=8&v=2&mfu=0.4&grads=accumulated');
    await act(async () => { render(<ParallelismPlanner embed />); });
    expect(select(/^Model/).value).toBe('llama3-70b');
    expect((screen.getByLabelText('GPUs') as HTMLInputElement).value).toBe('1,024');
    expect((screen.getByLabelText('MFU, %') as HTMLInputElement).value).toBe('40');
    expect(select(/^PP/).value).toBe('4');
    expect((screen.getByLabelText('Interleave V') as HTMLInputElement).value).toBe('2');
    expect(select(/^Gradients/).value).toBe('accumulated');
    expect(result()).toMatch(/^70B on 1,024 GPUs: /);
    cleanup();

    // Changes made with the controls travel in the Open link and parse back to the same state.
    window.history.replaceState(null, '', '/');
    await act(async () => { render(<ParallelismPlanner />); });
    fireEvent.change(select(/^Model/), { target: { value: 'llama3-70b' } });
    fireEvent.change(screen.getByLabelText('GPUs'), { target: { value: '1024' } });
    fireEvent.change(select(/^PP/), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Interleave V'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('MFU, %'), { target: { value: '40' } });
    fireEvent.change(select(/^Gradients/), { target: { value: 'accumulated' } });
    fireEvent.click(screen.getByLabelText('Count attention FLOPs (12·L·H·Q·T, PaLM)'));
    expect(openState()).toMatchObject({ model: 'llama3-70b', gpus: 1_024, tp: 8, cp: 1, pp: 4, dp: 32, v: 2, mfu: 0.4, grads: 'accumulated', attnFlops: true });
    cleanup();

    window.history.replaceState(null, '', '/embed/parallelism-planner/?gpus=16384&tp=8&cp=16&pp=16&dp=4&seqLen=131072&mbs=16&m=16&v=__proto__&mfu=NaN');
    await act(async () => { render(<ParallelismPlanner embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    expect(notice).toContain('v = __proto__');
    expect(notice).toContain('mfu = NaN');
    expect(notice).toContain('dp = 4');
    expect(notice).toContain('offers dp = 8');
    expect(document.querySelector('.pp-invalid')).not.toBeNull();
  });
});
