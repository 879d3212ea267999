// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import RopeDecay from './RopeDecay';
import { fields } from './meta';
import { BASE_STEPS, DISTANCE_STEPS } from './model';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

/** The readout per curve (its columns) as a reader sees them: [curve, bound, all-ones, pairs not yet turned]. */
const readout = () => {
  const names = [...document.querySelectorAll('.rd-readout-table thead th')].map((c) => c.textContent);
  const rows = [...document.querySelectorAll('.rd-readout-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((c) => c.textContent));
  return names.map((n, i) => [n, ...rows.map((r) => r[i])]);
};
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
/** The state an Open link carries, parsed back through the widget's URL schema. */
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

describe('RopeDecay, used through its controls', () => {
  it('starts at 8,192 with design V4’s row and §B.5’s counts', async () => {
    await act(async () => { render(<RopeDecay />); });
    expect(readout()).toEqual([
      ['base 10,000 (Llama 2)', '4.90', '0.025', '14 of 64'],
      ['base 500,000 (Llama 3)', '5.15', '0.265', '29 of 64'],
    ]);
  });

  it('the exact distance field takes digits and K; the slider follows; the readout recomputes', async () => {
    await act(async () => { render(<RopeDecay />); });
    const field = screen.getByLabelText('Distance, exact tokens');
    fireEvent.change(field, { target: { value: '128K' } });
    expect(readout()).toEqual([
      ['base 10,000 (Llama 2)', '8.39', '−0.006', '0 of 64'],
      ['base 500,000 (Llama 3)', '4.09', '0.048', '15 of 64'],
    ]);
    expect(DISTANCE_STEPS[Number(slider(/^Distance/).value)]).toBe(131_072);
    expect(slider(/^Distance/).getAttribute('aria-valuetext')).toBe('131,072 tokens (128K)');
    fireEvent.change(field, { target: { value: '1,000' } });
    expect(readout().map((r) => r.slice(1, 3))).toEqual([['4.47', '0.159'], ['10.20', '0.492']]);
  });

  it('keyboard on the distance slider: arrow steps, Home and End reach 1 and 131,072', async () => {
    await act(async () => { render(<RopeDecay />); });
    const s = slider(/^Distance/);
    // A native range: arrow keys change its value and fire change, which is what the browser does for a key press.
    fireEvent.change(s, { target: { value: String(Number(s.value) + 1) } });
    expect((screen.getByLabelText('Distance, exact tokens') as HTMLInputElement).value).toBe('9,742');
    fireEvent.change(s, { target: { value: '0' } });
    expect(readout().map((r) => r[1])).toEqual(['31.54', '31.65']);
    fireEvent.change(s, { target: { value: String(DISTANCE_STEPS.length - 1) } });
    expect((screen.getByLabelText('Distance, exact tokens') as HTMLInputElement).value).toBe('131,072');
  });

  it('hostile text in a field gives an inline error and keeps the last valid result', async () => {
    await act(async () => { render(<RopeDecay />); });
    const field = screen.getByLabelText('Second base, exact');
    for (const junk of ['1', '0', '-5', '2.5', 'NaN', '__proto__', '1e400', '🦙', '9'.repeat(40)]) {
      fireEvent.change(field, { target: { value: junk } });
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Base/);
      expect(readout()[1]).toEqual(['base 500,000 (Llama 3)', '5.15', '0.265', '29 of 64']);
    }
    fireEvent.change(field, { target: { value: '1e6' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(readout()[1]![0]).toBe('base 1,000,000');
    expect(BASE_STEPS[Number(slider(/^Second base/).value)]).toBe(1_000_000);
  });

  it('Llama 3.1 scaling and the head dimension change the second curve and add their notes', async () => {
    await act(async () => { render(<RopeDecay />); });
    fireEvent.click(screen.getByLabelText('Llama 3.1 (factor 8)'));
    expect(readout()[1]![0]).toBe('base 500,000 with Llama 3.1 scaling');
    expect(document.querySelector('.rd-notes')?.textContent).toContain('Llama 3.1’s rule (Meta’s code; the report does not describe it)');
    fireEvent.click(screen.getByLabelText('64'));
    expect(readout().map((r) => r[3])).toEqual([expect.stringMatching(/ of 32$/), expect.stringMatching(/ of 32$/)]);
    expect(document.querySelector('.rd-notes')?.textContent).toContain('d\u00a0=\u00a064 is shown for comparison, not a Llama 3 shape');
  });

  it('announces the result once, after the change settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<RopeDecay />); });
    expect(announced()).toBe('');
    fireEvent.change(screen.getByLabelText('Distance, exact tokens'), { target: { value: '10' } });
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('Distance 10: RoFormer bound 17.95 for base 10,000 (Llama 2) and 20.89 for base 500,000 (Llama 3); ' +
      'all-ones score 0.669 and 0.764; pairs not yet turned once: 60 and 61 of 64.');
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/rope-decay/?base=1000000&scaling=llama31&distance=100&headDim=256&theme=dark');
    await act(async () => { render(<RopeDecay embed />); });
    expect((screen.getByLabelText('Second base, exact') as HTMLInputElement).value).toBe('1,000,000');
    expect((screen.getByLabelText('Llama 3.1 (factor 8)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('256') as HTMLInputElement).checked).toBe(true);
    expect(readout()[1]![0]).toBe('base 1,000,000 with Llama 3.1 scaling');
    cleanup();

    window.history.replaceState(null, '', '/embed/rope-decay/?base=__proto__&distance=NaN&headDim=-1&scaling=%3Cimg%3E');
    await act(async () => { render(<RopeDecay embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    for (const key of ['base', 'distance', 'headDim', 'scaling']) expect(notice).toContain(key);
    expect(readout()[1]).toEqual(['base 500,000 (Llama 3)', '5.15', '0.265', '29 of 64']);
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<RopeDecay />); });
    fireEvent.change(screen.getByLabelText('Distance, exact tokens'), { target: { value: '54410' } });
    fireEvent.click(screen.getByLabelText('Llama 3.1 (factor 8)'));
    expect(openState()).toMatchObject({ base: 500_000, scaling: 'llama31', distance: 54_410, headDim: '128' });
  });
});
