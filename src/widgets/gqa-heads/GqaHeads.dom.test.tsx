// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import GqaHeads from './GqaHeads';

afterEach(() => { cleanup(); window.history.replaceState(null, '', '/'); });

const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const setRange = (el: HTMLInputElement, value: number) => fireEvent.change(el, { target: { value: String(value) } });

describe('GqaHeads in the browser (jsdom)', () => {
  it('offers only divisors for K/V heads and keeps the reader’s choice across a prime head count', () => {
    render(<GqaHeads />);
    const kv = slider(/^Key\/value heads/);
    expect(kv.getAttribute('aria-valuetext')).toBe('2 key/value heads, 4 query heads each');
    expect(screen.getByText(/Only divisors of 8: 1, 2, 4, 8\./)).toBeTruthy();
    setRange(slider(/Query heads/), 11);
    expect(slider(/^Key\/value heads/).getAttribute('aria-valuetext')).toBe('1 key/value head, 11 query heads each');
    setRange(slider(/Query heads/), 12);
    expect(slider(/^Key\/value heads/).getAttribute('aria-valuetext')).toBe('2 key/value heads, 6 query heads each');
    setRange(slider(/^Key\/value heads/), 4); // index 4 of [1, 2, 3, 4, 6, 12]
    expect(slider(/^Key\/value heads/).getAttribute('aria-valuetext')).toBe('6 key/value heads, 2 query heads each');
  });

  it('on an embed page, the K/V count from the URL is the one kept across a prime head count', async () => {
    window.history.replaceState(null, '', '/embed/gqa-heads/?heads=32&kvHeads=8');
    await act(async () => { render(<GqaHeads embed />); });
    expect(slider(/Query heads/).value).toBe('32');
    setRange(slider(/Query heads/), 31);
    expect(slider(/^Key\/value heads/).getAttribute('aria-valuetext')).toBe('1 key/value head, 31 query heads each');
    setRange(slider(/Query heads/), 32);
    expect(slider(/^Key\/value heads/).getAttribute('aria-valuetext')).toBe('8 key/value heads, 4 query heads each');
  });

  it('on an embed page, a K/V count that does not divide the heads, and a head beyond the last, are named as adjusted', async () => {
    window.history.replaceState(null, '', '/embed/gqa-heads/?heads=8&kvHeads=3&head=12');
    await act(async () => { render(<GqaHeads embed />); });
    // Schema-valid values the model had to change: the shell's URL notice names each, with from → to and why.
    const notice = document.querySelector('.widget-notice')!;
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'kvHeads = 3 → 2 (must divide heads = 8 into equal groups; 2 is the nearest divisor)',
      'head = 12 → 7 (the 8 query heads are numbered 0 to 7)',
    ]);
    expect(notice.textContent).toContain('2 URL parameters were adjusted or not used');
    expect(slider(/^Key\/value heads/).getAttribute('aria-valuetext')).toBe('2 key/value heads, 4 query heads each');
  });

  it('on an embed page, a kvHeads the widget can use is not named; one it adjusts from its default is not either', async () => {
    window.history.replaceState(null, '', '/embed/gqa-heads/?heads=3');
    await act(async () => { render(<GqaHeads embed />); });
    // kvHeads was not in the URL: its default (2) becomes 1 for 3 heads without a notice about the URL.
    expect(document.querySelector('.widget-notice')).toBeNull();
  });

  it('named settings: MQA, MHA and the Llama 3 8B shape', () => {
    render(<GqaHeads />);
    fireEvent.click(screen.getByRole('button', { name: /^MQA/ }));
    expect(screen.getByText(/Keys and values to cache: 1 of 8 heads/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^MHA/ }));
    expect(document.querySelector('.gqa-result')!.textContent).toContain('mean-pooling changes nothing: the output is identical to MHA (0%)');
    fireEvent.click(screen.getByRole('button', { name: /^GQA/ }));
    expect(slider(/Query heads/).value).toBe('32');
    expect(slider(/^Key\/value heads/).getAttribute('aria-valuetext')).toBe('8 key/value heads, 4 query heads each');
    expect(screen.getByRole('button', { name: /^GQA/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('the attention maps are one ARIA grid: one Tab stop, arrow keys move the cell and focus, each cell reads both weights', () => {
    render(<GqaHeads />);
    const grid = screen.getByRole('grid', { name: /Attention weights of query head 0/ });
    expect([grid.getAttribute('aria-rowcount'), grid.getAttribute('aria-colcount')]).toEqual(['6', '6']);
    expect(document.getElementById(grid.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Arrow keys move one cell/);
    const cell = () => within(grid).getByRole('gridcell');
    const where = () => [within(grid).getByRole('row').getAttribute('aria-rowindex'), cell().getAttribute('aria-colindex')];
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(1);
    expect(cell().tabIndex).toBe(0);
    expect(where()).toEqual(['6', '1']);
    const readout = document.querySelector('.gqa-readout')!;
    expect(cell().textContent).toMatch(/^Query token 5, key token 0: MHA \d\.\d{3}, mean-pooled \d\.\d{3} \(change [+−]?\d\.\d{3}\)\.$/);
    expect(readout.textContent).toBe(cell().textContent);
    cell().focus();
    fireEvent.keyDown(cell(), { key: 'PageUp' });
    expect(where()).toEqual(['1', '1']);
    expect(document.activeElement).toBe(cell());
    expect(cell().textContent).toBe('Query token 0, key token 0: MHA 1.000, mean-pooled 1.000 (change 0.000).');
    expect(readout.textContent).toBe('Query token 0, key token 0: MHA 1.000, mean-pooled 1.000 (change 0.000).');
    fireEvent.keyDown(cell(), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell());
    expect(cell().textContent).toBe('Query token 0, key token 1: masked (a later token), weight 0 in both.');
    expect(readout.textContent).toBe('Query token 0, key token 1: masked (a later token), weight 0 in both.');
    fireEvent.keyDown(cell(), { key: 'End' });
    expect(readout.textContent).toContain('key token 5');
    fireEvent.keyDown(cell(), { key: 'End', ctrlKey: true });
    expect(where()).toEqual(['6', '6']);
    fireEvent.keyDown(cell(), { key: 'Home', ctrlKey: true });
    expect(where()).toEqual(['1', '1']);
    expect(document.activeElement).toBe(cell());
    // No focusable group is left that a screen reader in browse mode would keep the arrow keys from.
    expect(document.querySelector('.gqa-maps[role="group"], .gqa-maps[tabindex]')).toBeNull();
  });

  it('choosing another query head follows its group', () => {
    render(<GqaHeads />);
    setRange(slider(/Query head shown/), 6);
    expect(slider(/Query head shown/).getAttribute('aria-valuetext')).toBe('query head 6, reads key/value head 1');
    expect(screen.getByRole('grid', { name: /Attention weights of query head 6/ })).toBeTruthy();
  });

  it('a bad typed seed is explained inline and does not change the data', () => {
    render(<GqaHeads />);
    const seed = screen.getByRole('textbox', { name: 'Seed' }) as HTMLInputElement;
    const before = screen.getByText(/Mean-pooling changes the attention output/).textContent;
    fireEvent.change(seed, { target: { value: '12\u202e34' } });
    // Inline, tied to the field (no alert on a half-typed value; the announcer speaks it once settled).
    expect(seed.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(seed.getAttribute('aria-describedby')!)?.textContent).toBe('Type a whole number from 0 to 2,147,483,647.');
    expect(screen.getByText(/Mean-pooling changes the attention output/).textContent).toBe(before);
    fireEvent.change(seed, { target: { value: '8' } });
    expect(seed.getAttribute('aria-invalid')).toBeNull();
    expect(seed.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'New random data' }));
    expect(seed.value).not.toBe('8');
  });

  it('lists the group of every query head as text', () => {
    render(<GqaHeads />);
    const data = screen.getByText('Data: weights, outputs and per-head change').closest('details')!;
    expect(within(data).queryAllByRole('row')).toHaveLength(0); // closed: not rendered after hydration
    data.open = true;
    fireEvent(data, new Event('toggle'));
    const rows = within(data).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(8);
    expect(within(data).getByRole('rowheader', { name: '7' }).parentElement!.textContent).toMatch(/^71/);
  });
});
