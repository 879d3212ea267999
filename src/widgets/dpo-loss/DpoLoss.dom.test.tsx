// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import DpoLoss from './DpoLoss';
import Zh from './zh';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const all = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '');
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;

describe('DpoLoss, used through its controls', () => {
  it('first render: ln 2 at margin 0, both curves, the bandit; then the real tokens of the capital pair', async () => {
    await act(async () => { render(<DpoLoss />); });
    expect(text('.dl-readout')).toContain('Loss −log σ(z) = 0.693 = ln 2');
    expect(document.querySelectorAll('svg.dl-svg[role="img"]')).toHaveLength(2);
    expect(document.querySelectorAll('.dl-svg .dl-ref')).toHaveLength(0); // β is Llama 3's: no reference curve
    expect(all('.dl-readout').join(' ')).toContain('π(No) 16.7% → 2.94%');
    expect(all('.dl-readout').join(' ')).toContain('< 0: it falls');
    await waitFor(() => expect(document.querySelectorAll('.dl-toks li').length).toBeGreaterThan(20), { timeout: 30_000 });
    const chosen = [...document.querySelectorAll('.dl-tokrow')][1]!;
    expect([...chosen.querySelectorAll('li.dl-up .dl-text')].map((e) => e.textContent)).toEqual(['␣Canberra', '.']);
    expect(chosen.querySelectorAll('li.dl-masked')).toHaveLength(5);
    expect(chosen.querySelectorAll('li.dl-cancels')).toHaveLength(5);
    expect(all('.dl-readout').join(' ')).toContain('2 chosen and 2 rejected tokens move the margin');
    expect(all('.dl-readout').join(' ')).toContain('summed over its 8 tokens');
  }, 40_000);

  it('controls: β and the margin move the readout and add Llama 3’s β as a reference; the mask, pair, policy and steps change the view', async () => {
    await act(async () => { render(<DpoLoss />); });
    const beta = slider(/β/);
    fireEvent.change(beta, { target: { value: '1' } });
    const margin = slider(/margin/);
    fireEvent.change(margin, { target: { value: '2' } });
    expect(text('.dl-readout')).toContain('z = β·m = +2.000');
    expect(document.querySelectorAll('.dl-svg .dl-ref')).toHaveLength(2); // Llama 3's β as the dashed reference
    fireEvent.click(screen.getByRole('radio', { name: /Tabular/ }));
    expect(all('.dl-readout').join(' ')).toContain('Tabular: a step moves only two logits');
    fireEvent.click(screen.getByRole('button', { name: /Reset/ }));
    expect(all('.dl-readout').join(' ')).toContain('No step yet.');
    fireEvent.click(screen.getByRole('button', { name: /Step/ }));
    expect(text('.dl-stepvalue')).toBe('after 1 step');
    fireEvent.click(screen.getByRole('checkbox', { name: /Mask/ }));
    fireEvent.click(screen.getByRole('radio', { name: /One word/ }));
    await waitFor(() => expect(all('.dl-readout').join(' ')).toContain('The final <|eot_id|> follows different text'), { timeout: 30_000 });
  }, 40_000);

  it('Chinese: the same parts in Chinese words', async () => {
    await act(async () => { render(<Zh />); });
    expect(text('.dl-readout')).toContain('恰为 log 2');
    expect(all('.dl-readout').join(' ')).toContain('π(不) 16.7% → 2.94%');
  });
});
