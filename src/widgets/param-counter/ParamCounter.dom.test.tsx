// @vitest-environment jsdom
// Interaction through the real island (state owned by the shell), as a reader would use it.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import ParamCounter from './ParamCounter';

afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });

const total = () => document.querySelector('.pc-total-n')?.textContent ?? null;
const field = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('ParamCounter interaction', () => {
  it('choosing a preset fills the fields and the total', async () => {
    await act(async () => { render(<ParamCounter />); });
    expect(total()).toBe('8,030,261,248');
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama3-70b' } });
    expect(total()).toBe('70,553,706,496');
    expect(field(/^dim/).value).toBe('8192');
    expect(field(/^layers/).value).toBe('80');
  });

  it('editing a field of a preset switches to Custom and keeps the other shapes', async () => {
    await act(async () => { render(<ParamCounter />); });
    fireEvent.change(field(/^kvHeads/), { target: { value: '32' } });
    expect((screen.getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value).toBe('custom');
    expect(total()).toBe('8,835,567,616'); // Llama 3 8B shapes with MHA (facts §B.1)
  });

  it('an impossible value shows its reason on the field and removes every number; fixing it brings them back', async () => {
    await act(async () => { render(<ParamCounter />); });
    const heads = field(/^heads/);
    fireEvent.change(heads, { target: { value: '48' } });
    expect(heads.getAttribute('aria-invalid')).toBe('true');
    const errId = heads.getAttribute('aria-describedby')!;
    expect(document.getElementById(errId)?.textContent).toBe('heads (48) must divide dim (4,096) evenly; 4,096 ÷ 48 = 85.33.');
    expect(total()).toBeNull();
    expect(document.querySelector('.pc-table')).toBeNull();
    fireEvent.change(heads, { target: { value: '32' } });
    expect(heads.getAttribute('aria-invalid')).toBeNull();
    expect(total()).toBe('8,030,261,248');
  });

  it('text that is not a number keeps what was typed and explains, without echoing it', async () => {
    await act(async () => { render(<ParamCounter />); });
    const dim = field(/^dim/);
    fireEvent.change(dim, { target: { value: '40\u202e96<b>' } });
    expect(dim.value).toBe('40\u202e96<b>');
    const msg = document.getElementById(dim.getAttribute('aria-describedby')!)!.textContent!;
    expect(msg).toBe('Use digits only, for example 4,096.');
    expect(document.querySelector('b')).toBeNull();
    expect(total()).toBeNull();
    fireEvent.change(dim, { target: { value: '' } });
    expect(document.getElementById(dim.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Enter dim as a whole number/);
  });

  it('choosing a preset discards half-typed fields', async () => {
    await act(async () => { render(<ParamCounter />); });
    fireEvent.change(field(/^dim/), { target: { value: 'abc' } });
    expect(total()).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama3-405b' } });
    expect(field(/^dim/).value).toBe('16384');
    expect(field(/^dim/).getAttribute('aria-invalid')).toBeNull();
    expect(total()).toBe('405,853,388,800');
  });

  it('tokens accept 2T and update C = 6·N·D; the view switch changes the chart axis', async () => {
    await act(async () => { render(<ParamCounter />); });
    fireEvent.change(screen.getByRole('textbox', { name: 'Training tokens D' }), { target: { value: '2T' } });
    // 6 × 8,030,261,248 × 2,000,000,000,000
    expect(document.body.textContent).toContain('96,363,134,976,000,000,000,000');
    fireEvent.click(screen.getByRole('radio', { name: 'Share of total' }));
    const svg = document.querySelector('.pc-chart svg')!;
    expect(within(svg as unknown as HTMLElement).getByText('100%')).toBeTruthy();
  });

  it('reads a custom config from the embed URL', async () => {
    window.history.replaceState(null, '', '/embed/param-counter/?model=custom&dim=4096&layers=32&heads=32&kvHeads=32&ffnDim=11008&vocab=32000');
    await act(async () => { render(<ParamCounter embed />); });
    expect(total()).toBe('6,738,415,616'); // = Llama 2 7B
    expect(field(/^ffnDim/).value).toBe('11008');
  });

  it('an embed URL with tied=true but a preset model names tied as not used (it works only with model=custom)', async () => {
    window.history.replaceState(null, '', '/embed/param-counter/?tied=true&layers=80');
    await act(async () => { render(<ParamCounter embed />); });
    const items = [...document.querySelectorAll('.widget-notice li')].map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^layers = 80 is not used \(used only with model=custom; .+ has its own shape\)$/),
      expect.stringMatching(/^tied = true is not used \(used only with model=custom; .+ has its own shape\)$/),
    ]);
  });
});
