// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import RewardModel from './RewardModel';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const announced = () => text('[data-announcer]');
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;
/** The fit runs on the main thread after a macrotask in jsdom (no Worker): let it. */
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

describe('RewardModel, used through its controls', () => {
  it('first render is pending; the fit arrives after it with the reference numbers, the charts and the wrong pairs', async () => {
    await act(async () => { render(<RewardModel />); });
    expect(text('.rm-readout')).toContain('Fitting…');
    await settle();
    expect(text('.rm-readout')).toContain('Held-out accuracy against the annotators’ labels: 74.8% of 200 pairs');
    expect(text('.rm-readout')).toContain('Loss 0.418');
    expect(text('.rm-level-list')).toBe('significantly bettergap ≥ 1221✓usedbettergap ≥ 0.5110✓usedslightly bettergap ≥ 0.240✓usedmarginally bettergap < 0.229✓used');
    expect(document.querySelectorAll('.rm-svg .rm-mark')).toHaveLength(120);
    expect(document.querySelectorAll('.rm-wrong-table tbody tr')).toHaveLength(5);
    expect(text('.rm-wrong .rm-head')).toContain('51 of 200');
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(3);
  });

  it('keyboard: features toggle one by one (the empty set is an error), the filter and the margin switch, the readout follows', async () => {
    await act(async () => { render(<RewardModel />); });
    await settle();
    fireEvent.click(screen.getByLabelText('good/bad share for the prompt'));
    fireEvent.click(screen.getByLabelText('distance from 3 tokens'));
    await settle();
    expect(text('.rm-readout')).toContain('Held-out accuracy against the annotators’ labels: 87.3%');
    for (const name of ['token counts (A–D)', 'length', 'truncated', 'good/bad share for the prompt', 'distance from 3 tokens']) {
      fireEvent.click(screen.getByLabelText(name));
    }
    expect(text('.rm-readout')).toContain('Choose at least one feature');
    expect(document.querySelector('.rm-svg')).toBeNull();
    fireEvent.click(screen.getByLabelText('length'));
    fireEvent.click(screen.getByLabelText(/^Llama 3’s filter/));
    await settle();
    expect(text('.kit-reserve-content .rm-used')).toMatch(/^Llama 3’s filter keeps \d+ of 400 pairs\.$/);
    expect(document.querySelectorAll('.rm-dropped')).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('Llama 2 large'));
    await settle();
    expect(openState()).toMatchObject({ features: 'length', levels: 'llama3', margin: 'large' });
    const seed = screen.getByLabelText('Seed');
    for (const junk of ['-1', '1e400', 'NaN', '__proto__', '9'.repeat(30)]) {
      fireEvent.change(seed, { target: { value: junk } });
      expect(seed.getAttribute('aria-invalid')).toBe('true');
    }
  });

  it('announces the fitted result once per change, after it arrives and settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<RewardModel />); });
    await act(async () => { vi.advanceTimersByTime(10); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    expect(announced()).toBe('');
    fireEvent.click(screen.getByLabelText('low (k = 10)'));
    await act(async () => { vi.advanceTimersByTime(10); });
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    expect(announced()).toMatch(/^Held-out accuracy \d+\.\d%, gold order \d+\.\d%, loss 0\.\d{3}, correlation with gold 0\.\d\d\.$/);
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/reward-model/?margin=small&noise=high&features=goodBad,tokens&pairs=800&seed=3&levels=llama3&gold=lengthNeutral');
    await act(async () => { render(<RewardModel embed />); });
    expect((screen.getByLabelText('Llama 2 small') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('high (k = 1)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('token counts (A–D)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('length') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('good/bad share for the prompt') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('length-neutral') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('slider', { name: /^Training pairs/ }).getAttribute('aria-valuetext')).toBe('800');
    expect((screen.getByLabelText('Seed') as HTMLInputElement).value).toBe('3');
    cleanup();

    window.history.replaceState(null, '', `/embed/reward-model/${HOSTILE_QUERY}`);
    await act(async () => { render(<RewardModel embed />); });
    const notice = text('.widget-notice');
    for (const key of ['margin', 'noise', 'features', 'pairs', 'seed', 'levels', 'gold']) expect(notice).toContain(key);
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<RewardModel />); });
    fireEvent.click(screen.getByLabelText('distance from 3 tokens'));
    fireEvent.change(screen.getByRole('slider', { name: /^Training pairs/ }), { target: { value: '2' } });
    expect(openState()).toMatchObject({ features: 'tokens,length,truncated,lengthFrom3', pairs: 100, margin: 'none', seed: 7 });
  });
});
