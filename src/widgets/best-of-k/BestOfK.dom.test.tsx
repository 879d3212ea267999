// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import BestOfK from './BestOfK';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import Zh from './zh';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const announced = () => text('[data-announcer]');
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;
/** The toy runs on the main thread after a macrotask in jsdom (no Worker): let it. */
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

describe('BestOfK, used through its controls', () => {
  it('first render: pending (same for server and client); then the exact readout, charts, table and selection', async () => {
    await act(async () => { render(<BestOfK />); });
    expect(text('.bk-readout')).toContain('Fitting the reward model');
    // The cost block needs no worker: K = 16 with Table 6's averages.
    expect(text('.bk-cost')).toContain('K × 284.0 = 4,544 response tokens generated per prompt');
    expect(text('.bk-cost')).toContain('5,256 token slots with a copy of the 44.5-token prompt per answer, 4,589 with the prompt’s pages shared: 668 fewer (12.7%)');
    await settle();
    expect(text('.bk-readout')).toContain('KL(best-of-K ‖ reference) = 1.835 nats; the formula log K − (K−1)/K gives 1.835 nats, an upper bound.');
    expect(text('.bk-readout')).toContain('Win rate against a fresh sample: 94.1% (bound K/(K+1) = 94.1%).');
    expect(text('.bk-readout')).toContain('gold reward −0.80 (K = 1: −1.35)');
    expect(text('.bk-readout')).toContain('Over-optimisation: gold peaks at K = 6 (−0.64)');
    expect(text('.bk-readout')).toContain('The reward model orders 74.8% of 200 held-out pairs as labelled');
    expect(document.querySelectorAll('.bk-svg path.bk-exact').length).toBe(3); // KL, win rate, the prompt's F^K
    const top = [...document.querySelectorAll('details.bk-data')].find((d) => d.textContent?.includes('likes most')) as HTMLDetailsElement;
    await act(async () => { top.open = true; fireEvent(top, new Event('toggle')); });
    expect(document.querySelectorAll('.bk-top tbody tr')).toHaveLength(8);
    expect(text('.bk-top tbody tr')).toMatch(/^BBBBB⏎3\.81−2\.20/);
    expect(text('.bk-selection')).toContain('Best per prompt keeps one answer for every prompt');
    const round = [...document.querySelectorAll('details.bk-data')].find((d) => d.textContent?.includes('first sampled round')) as HTMLDetailsElement;
    await act(async () => { round.open = true; fireEvent(round, new Event('toggle')); });
    expect(document.querySelectorAll('.bk-round li')).toHaveLength(4);
  });

  it('keyboard: K moves with the slider, the scorer and rule radios switch, a bad seed is refused', async () => {
    await act(async () => { render(<BestOfK />); });
    await settle();
    const k = slider(/^K, samples per prompt/);
    expect(k.getAttribute('aria-valuetext')).toBe('16 (inside the report’s 10–30)');
    fireEvent.change(k, { target: { value: '1' } });
    await settle();
    expect(text('.bk-readout')).toContain('K = 1 is sampling itself');
    expect(text('.bk-readout')).toContain('KL(best-of-K ‖ reference) = 0.000 nats');
    fireEvent.change(k, { target: { value: '64' } });
    await settle();
    expect(text('.bk-readout')).toContain('K = 64 is above the report’s typical 10–30.');
    expect(text('.bk-readout')).toContain('gold reward −1.10');
    fireEvent.click(screen.getByLabelText('RM, all features'));
    await settle();
    expect(text('.bk-readout')).toContain('gold reward 0.51');
    expect(text('.bk-readout')).toContain('Gold keeps rising with K up to 64');
    fireEvent.click(screen.getByLabelText('Gold (oracle)'));
    await settle();
    expect(text('.bk-readout')).toContain('The scorer is the gold reward itself');
    fireEvent.click(screen.getByLabelText('Top-k overall'));
    await settle();
    expect(text('.bk-selection')).toMatch(/Top-k overall keeps the best-scored answers wherever they are: gold .* prompts get no answer/);
    const seed = screen.getByLabelText('Seed');
    for (const junk of ['-1', '1e400', 'NaN', '__proto__', '9'.repeat(30)]) {
      fireEvent.change(seed, { target: { value: junk } });
      expect(seed.getAttribute('aria-invalid')).toBe('true');
    }
  });

  it('announces the result once per change, after it arrives and settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<BestOfK />); });
    await act(async () => { vi.advanceTimersByTime(10); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    expect(announced()).toBe('');
    fireEvent.change(slider(/^K, samples per prompt/), { target: { value: '30' } });
    await act(async () => { vi.advanceTimersByTime(10); }); // the result arrives (main-thread fallback)
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('Best of 30 with the prompt-blind reward model: KL 2.434 nats (bound 2.435 nats), win rate 96.8%, gold reward −0.97.');
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/best-of-k/?k=8&rm=full&selection=top-overall&seed=3');
    await act(async () => { render(<BestOfK embed />); });
    expect(slider(/^K, samples per prompt/).getAttribute('aria-valuetext')).toBe('8');
    expect((screen.getByLabelText('RM, all features') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Top-k overall') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Seed') as HTMLInputElement).value).toBe('3');
    cleanup();

    window.history.replaceState(null, '', `/embed/best-of-k/${HOSTILE_QUERY}`);
    await act(async () => { render(<BestOfK embed />); });
    const notice = text('.widget-notice');
    for (const key of ['k', 'rm', 'selection', 'seed']) expect(notice).toContain(key);
    expect(slider(/^K, samples per prompt/).value).toBe('16');
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<BestOfK />); });
    fireEvent.change(slider(/^K, samples per prompt/), { target: { value: '24' } });
    fireEvent.click(screen.getByLabelText('Gold (oracle)'));
    fireEvent.click(screen.getByRole('button', { name: 'Another seed' }));
    expect(openState()).toMatchObject({ k: 24, rm: 'gold', selection: 'per-prompt', seed: 8 });
  });

  it('in Chinese, with the toy’s numbers in: no English word outside names and symbols', async () => {
    await act(async () => { render(<Zh />); });
    await settle();
    expect(text('.bk-readout')).toContain('KL 散度 D(K 选一 ‖ 参考策略) = 1.835 奈特');
    const root = document.querySelector('.best-of-k')!.cloneNode(true) as HTMLElement;
    root.querySelectorAll('code').forEach((c) => c.remove());
    const spoken = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ');
    const words = `${root.textContent} ${spoken}`.replace(/(\p{Script=Han})（[^）\p{Script=Han}]{1,40}）/gu, '$1')
      .match(/[A-Za-z][\w.’'-]*[\w]/g)?.filter((w) => !/[_.\d]/.test(w)) ?? [];
    const allowed = new Set(['Llama', 'token', 'log', 'SFT', 'KV', 'KL']);
    expect([...new Set(words.filter((w) => !allowed.has(w)))]).toEqual([]);
  });
});
