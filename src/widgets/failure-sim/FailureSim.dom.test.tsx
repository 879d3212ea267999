// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import FailureSim from './FailureSim';
import { fields } from './meta';
import { STOPS } from './model';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const announced = () => text('[data-announcer]');
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;
/** The batch runs on the main thread after a macrotask in jsdom (no Worker): let it. */
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

describe('FailureSim, used through its controls', () => {
  it('first render: the closed form; the runs arrive after it (jsdom has no Worker: the main-thread fallback)', async () => {
    await act(async () => { render(<FailureSim />); });
    expect(text('.fs-readout')).toContain('Effective training time at τ = 30 min: 87.9%.');
    expect(text('.fs-readout')).toContain('Young/Daly: τ* = √(2·δ·MTBF) = 13.6 min, which gives 90.1%.');
    await settle();
    expect(text('.fs-runs')).toMatch(/Useful training \d+\.\d%/);
    expect(text('.fs-spread')).toMatch(/^Mean 87\.\d% \(closed form 87\.9%\)/);
    expect(document.querySelectorAll('svg.fs-svg .fs-run')).toHaveLength(100);
    // Table 5: 18 rows, the typo row marked, the totals.
    expect(document.querySelectorAll('.fs-t5-table tbody tr:not(.fs-cat)')).toHaveLength(18);
    expect(text('.fs-typo')).toBe('Faulty GPU14835.3%30.1% ✗ typo');
    expect(text('.fs-t5-table tfoot')).toBe('Total419100.0%94.9%');
    expect(text('.fs-cat')).toBe('GPU: 268 = 64.0% (printed 58.7%)');
  });

  it('the same seed gives the same run; Another run gives another', async () => {
    await act(async () => { render(<FailureSim />); });
    await settle();
    const first = text('.fs-runs');
    cleanup();
    await act(async () => { render(<FailureSim />); });
    await settle();
    expect(text('.fs-runs')).toBe(first);
    fireEvent.click(screen.getByRole('button', { name: 'Another run' }));
    await settle();
    expect(text('.fs-runs')).not.toBe(first);
    expect(text('.fs-runs')).toContain('One run, seed 2');
  });

  it('keyboard: the sliders step through their stops, the scale radios switch, the readout follows', async () => {
    await act(async () => { render(<FailureSim />); });
    const ckpt = slider(/^Checkpoint every/);
    fireEvent.change(ckpt, { target: { value: String(STOPS.ckpt.indexOf(15)) } });
    expect(text('.fs-readout')).toContain('at τ = 15 min:');
    fireEvent.click(screen.getByLabelText('4×'));
    expect(text('.fs-readout')).toContain('1,676 unexpected interruptions in 54 days (one every 46.4 min)');
    const write = slider(/^Write time/);
    fireEvent.change(write, { target: { value: '0' } });
    expect(text('.fs-readout')).toContain('With a free checkpoint (δ = 0) τ* is 0');
    const seed = screen.getByLabelText('Seed');
    for (const junk of ['-1', '1e400', 'NaN', '__proto__', '9'.repeat(30)]) {
      fireEvent.change(seed, { target: { value: junk } });
      expect(seed.getAttribute('aria-invalid')).toBe('true');
    }
  });

  it('announces the closed-form result once per change, after it settles (the runs are not spoken)', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<FailureSim />); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    expect(announced()).toBe('');
    fireEvent.change(slider(/^Checkpoint every/), { target: { value: String(STOPS.ckpt.indexOf(60)) } });
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('Effective training time 81.5% at τ = 1 h (closed form); τ* = 13.6 min gives 90.1%.');
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/failure-sim/?rate=20&ckpt=60&write=120&restart=10&scale=2&seed=7');
    await act(async () => { render(<FailureSim embed />); });
    expect(slider(/^Unexpected/).getAttribute('aria-valuetext')).toBe('20 a day, every 1.2 h');
    expect(slider(/^Checkpoint every/).getAttribute('aria-valuetext')).toBe('1 h');
    expect(slider(/^Write time/).getAttribute('aria-valuetext')).toBe('2 min');
    expect((screen.getByLabelText('2×') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Seed') as HTMLInputElement).value).toBe('7');
    cleanup();

    window.history.replaceState(null, '', `/embed/failure-sim/${HOSTILE_QUERY}`);
    await act(async () => { render(<FailureSim embed />); });
    const notice = text('.widget-notice');
    for (const key of ['rate', 'ckpt', 'write', 'restart', 'scale', 'seed']) expect(notice).toContain(key);
    expect(text('.fs-readout')).toContain('at τ = 30 min: 87.9%');
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<FailureSim />); });
    fireEvent.change(slider(/^Restart time/), { target: { value: String(STOPS.restart.indexOf(20)) } });
    fireEvent.click(screen.getByLabelText('2×'));
    expect(openState()).toMatchObject({ restart: 20, scale: '2', ckpt: 30, write: 30, seed: 1 });
  });
});
