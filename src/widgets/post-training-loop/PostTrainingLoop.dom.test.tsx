// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import PostTrainingLoop from './PostTrainingLoop';
import { fields } from './meta';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const announced = () => text('[data-announcer]');
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;
/** The loop runs on the main thread after a macrotask in jsdom (no Worker): let it. */
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const button = (name: string) => screen.getByRole('button', { name });

describe('PostTrainingLoop, used through its controls', () => {
  it('first render: the shown round is pending (server = client first render); then the six rounds arrive', async () => {
    await act(async () => { render(<PostTrainingLoop />); });
    expect(text('.ptl-round')).toContain('Computing this round…');
    expect(text('.ptl-position')).toBe('Round 6 of 6');
    await settle();
    expect(text('.ptl-progress')).toBe('All 6 rounds computed.');
    expect(text('.ptl-round')).toContain('Gold reward −0.04 · KL to the base model 3.76 nats');
    expect(text('.ptl-round')).toContain('5. DPO from that SFT model');
    expect(document.querySelectorAll('svg.ptl-svg .ptl-chat-dot')).toHaveLength(7);
  }, 20_000);

  it('keyboard and buttons: Back, Next round and Reset step the shown round; the round block follows', async () => {
    window.history.replaceState(null, '', '/embed/post-training-loop/?rounds=2&round=2');
    await act(async () => { render(<PostTrainingLoop embed />); });
    await settle();
    expect(text('.ptl-position')).toBe('Round 2 of 2');
    expect(button('Next round').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Back'));
    expect(text('.ptl-position')).toBe('Round 1 of 2');
    expect(text('.ptl-round')).toContain('1. Preference pairs: 160 comparisons sampled from the base model (round 0)');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(text('.ptl-round')).toContain('Round 0: the base model');
    expect(text('.ptl-round')).toContain('Gold reward −1.35');
    fireEvent.click(button('Next round'));
    expect(text('.ptl-position')).toBe('Round 1 of 2');
    const seed = screen.getByLabelText('Seed');
    for (const junk of ['-1', '1e400', 'NaN', '__proto__', '9'.repeat(30)]) {
      fireEvent.change(seed, { target: { value: junk } });
      expect(seed.getAttribute('aria-invalid')).toBe('true');
    }
  }, 20_000);

  it('averaging on: the averaged numbers against one variant\'s', async () => {
    window.history.replaceState(null, '', '/embed/post-training-loop/?rounds=1&round=1');
    await act(async () => { render(<PostTrainingLoop embed />); });
    fireEvent.click(screen.getByLabelText(/^Model averaging/));
    await settle();
    expect(text('.ptl-avg')).toMatch(/^Averaged RM: \d+\.\d% held-out accuracy; one variant: \d+\.\d%\./);
    expect(text('.ptl-avg')).toContain('one DPO variant: gold');
    expect((screen.getByLabelText(/^Model averaging/) as HTMLInputElement).checked).toBe(true);
    expect(document.querySelectorAll('svg.ptl-svg .ptl-var-dot')).toHaveLength(1);
  }, 20_000);

  it('announces the shown round once per step, after it settles', async () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/embed/post-training-loop/?rounds=2&round=2');
    await act(async () => { render(<PostTrainingLoop embed />); });
    await act(async () => { vi.advanceTimersByTime(10); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    expect(announced()).toBe('');
    fireEvent.click(button('Back'));
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    expect(announced()).toMatch(/^Round 1 of 2: gold reward −0\.\d\d, KL 0\.\d\d nats, RM accuracy \d+\.\d%\.$/);
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  }, 20_000);

  it('the URL state round-trips; a round past the last is clamped and named; hostile values fall back', async () => {
    window.history.replaceState(null, '', '/embed/post-training-loop/?rounds=3&round=6&seed=7&averaging=off');
    await act(async () => { render(<PostTrainingLoop embed />); });
    expect(text('.ptl-code')).toBe('Round 6 is past the last round computed (3): showing round 3.');
    expect(text('.ptl-position')).toBe('Round 3 of 3');
    expect((screen.getByLabelText('Seed') as HTMLInputElement).value).toBe('7');
    expect((screen.getByRole('slider', { name: /^Rounds computed/ }) as HTMLInputElement).value).toBe('3');
    cleanup();

    window.history.replaceState(null, '', `/embed/post-training-loop/${HOSTILE_QUERY}`);
    await act(async () => { render(<PostTrainingLoop embed />); });
    const notice = text('.widget-notice');
    for (const key of ['rounds', 'round', 'seed', 'averaging']) expect(notice).toContain(key);
    expect(text('.ptl-position')).toBe('Round 6 of 6');
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<PostTrainingLoop />); });
    fireEvent.change(screen.getByRole('slider', { name: /^Rounds computed/ }), { target: { value: '4' } });
    expect(openState()).toMatchObject({ rounds: 4, round: 6, seed: 1, averaging: 'off' });
    expect(text('.ptl-position')).toBe('Round 4 of 4');
  }, 20_000);
});
