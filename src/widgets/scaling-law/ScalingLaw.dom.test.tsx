// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import ScalingLaw from './ScalingLaw';
import { fields } from './meta';
import { BUDGET_STEPS } from './model';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

/** The readout as a reader sees it: [law name, tokens, parameters] per row. */
const readout = () => [...document.querySelectorAll('.sl-readout-table tbody tr')].map((tr) => [
  tr.querySelector('.sl-law-name')?.textContent, ...[...tr.querySelectorAll('td')].map((c) => c.textContent),
]);
const row = (name: string) => readout().find((r) => r[0] === name);
const slider = () => screen.getByRole('slider', { name: /^Compute budget/ }) as HTMLInputElement;
const budgetField = () => screen.getByLabelText('Budget, FLOPs (e.g. 3.8e25)') as HTMLInputElement;
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

describe('ScalingLaw, used through its controls', () => {
  it('starts at 3.8 × 10²⁵ with the report’s two printed laws read honestly', async () => {
    await act(async () => { render(<ScalingLaw />); });
    expect(row('Report, text')).toEqual(['Report, text', '10.46T', '605B']);
    expect(row('Report, Figure 3 legend')).toEqual(['Report, Figure 3 legend', '16.29T', '389B']);
    expect(row('Your law')).toEqual(['Your law', '10.46T', '605B']);
    expect(document.querySelector('.sl-caveat')?.textContent).toMatch(/not Llama 3’s IsoFLOP measurements/);
    expect(document.querySelector('.sl-notes')?.textContent).toContain('6 × 402B × 16.55T = 3.99 × 10²⁵, not 3.8 × 10²⁵');
    expect(BUDGET_STEPS[Number(slider().value)]).toBe(3.8e25);
  });

  it('the budget field takes scientific notation; the slider follows; the readout recomputes', async () => {
    await act(async () => { render(<ScalingLaw />); });
    fireEvent.change(budgetField(), { target: { value: '1e22' } });
    expect(BUDGET_STEPS[Number(slider().value)]).toBe(1e22);
    const text = row('Report, text')!;
    expect(text.slice(1)).toEqual(['132.6B', '12.6B']); // 0.29 × 10^(22 × 0.53) = 1.326 × 10¹¹; 10²²/(6 × that)
    expect(document.querySelector('.sl-notes')?.textContent).not.toContain('extrapolated');
  });

  it('keyboard on the budget slider: a step changes the field and the readout; Home and End reach 10¹⁸ and 10²⁷', async () => {
    await act(async () => { render(<ScalingLaw />); });
    const s = slider();
    const before = row('Report, text');
    // A native range: arrow keys change its value and fire change, which is what the browser does for a key press.
    fireEvent.change(s, { target: { value: String(Number(s.value) + 1) } });
    expect(budgetField().value).toBe('5e25');
    expect(row('Report, text')).not.toEqual(before);
    fireEvent.change(s, { target: { value: '0' } });
    expect(budgetField().value).toBe('1e18');
    expect(document.querySelector('.sl-notes')?.textContent).toContain('below the smallest run');
    fireEvent.change(s, { target: { value: String(BUDGET_STEPS.length - 1) } });
    expect(budgetField().value).toBe('1e27');
  });

  it('hostile text in the law fields gives an inline error and keeps the last valid law; no Infinity on screen', async () => {
    await act(async () => { render(<ScalingLaw />); });
    const alpha = screen.getByLabelText('Exponent α') as HTMLInputElement;
    for (const junk of ['0', '-0.5', 'NaN', '__proto__', '1e400', '🦙', '9'.repeat(40), 'Infinity']) {
      fireEvent.change(alpha, { target: { value: junk } });
      expect(alpha.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(alpha.getAttribute('aria-describedby')!)?.textContent).toMatch(/^α/);
      expect(row('Your law')).toEqual(['Your law', '10.46T', '605B']);
      expect(document.body.textContent).not.toMatch(/Infinity|NaN/);
    }
    fireEvent.change(alpha, { target: { value: '0.537' } });
    fireEvent.change(screen.getByLabelText('Coefficient A'), { target: { value: '0.299' } });
    expect(row('Your law')).toEqual(['Your law', '16.29T', '389B']);
    // A law in bounds that asks the impossible: words in its row.
    fireEvent.change(alpha, { target: { value: '2' } });
    expect(row('Your law')![1]).toMatch(/^impossible/);
    expect(document.body.textContent).not.toMatch(/Infinity|NaN/);
  });

  it('announces the result once, after the change settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<ScalingLaw />); });
    expect(announced()).toBe('');
    fireEvent.change(budgetField(), { target: { value: '1e2' } });
    fireEvent.change(budgetField(), { target: { value: '1e22' } });
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('At 10²² FLOPs: re-enactment on Chinchilla’s surface 321B tokens, 5.19B parameters; report text 132.6B tokens, 12.6B parameters; ' +
      'Figure 3 legend 194.8B tokens, 8.55B parameters; your law equals the text’s.');
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/scaling-law/?budget=1e22&alpha=0.537&A=0.299&surface=chinchilla&theme=dark');
    await act(async () => { render(<ScalingLaw embed />); });
    expect(budgetField().value).toBe('1e22');
    expect((screen.getByLabelText('Exponent α') as HTMLInputElement).value).toBe('0.537');
    expect(row('Your law')!.slice(1)).toEqual(['194.8B', '8.55B']);
    cleanup();

    window.history.replaceState(null, '', '/embed/scaling-law/?budget=Infinity&alpha=0&A=-1&surface=__proto__');
    await act(async () => { render(<ScalingLaw embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    for (const key of ['budget', 'alpha', 'A', 'surface']) expect(notice).toContain(key);
    expect(row('Report, text')).toEqual(['Report, text', '10.46T', '605B']);
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<ScalingLaw />); });
    fireEvent.change(budgetField(), { target: { value: '6e18' } });
    fireEvent.change(screen.getByLabelText('Exponent α'), { target: { value: '0.5' } });
    expect(openState()).toMatchObject({ budget: 6e18, alpha: 0.5, A: 0.29, surface: 'chinchilla' });
    cleanup();
    window.history.replaceState(null, '', '/');
    await act(async () => { render(<ScalingLaw />); });
    fireEvent.change(budgetField(), { target: { value: '3.9e25' } });
    expect(openState().budget).toBe(3.9e25);
  });
});
