// @vitest-environment jsdom
// Interaction through the real island (state owned by the shell), as a reader would use it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import BpeStepper from './BpeStepper';
import { CORPORA } from './corpora';

afterEach(() => { cleanup(); vi.useRealTimers(); });

const slider = () => screen.getByRole('slider', { name: /Merges done/ }) as HTMLInputElement;
const status = () => document.querySelector('.bpe-status')?.textContent ?? '';
const button = (name: RegExp) => screen.getByRole('button', { name });

describe('BpeStepper interaction', () => {
  it('Merge, Back and Reset move one step at a time and stop at 0', async () => {
    await act(async () => { render(<BpeStepper />); });
    expect(slider().value).toBe('10');
    fireEvent.click(button(/^Merge/));
    expect(slider().value).toBe('11');
    expect(status()).toMatch(/^Merge 11:/);
    fireEvent.click(button(/Back/));
    fireEvent.click(button(/Back/));
    expect(slider().value).toBe('9');
    fireEvent.click(button(/Reset/));
    expect(slider().value).toBe('0');
    expect(status()).toMatch(/^No merges yet/);
    fireEvent.click(button(/Back/)); // already at 0: nothing happens, the button keeps focus
    expect(slider().value).toBe('0');
    expect(button(/Back/).getAttribute('aria-disabled')).toBe('true');
  });

  it('the slider jumps to any step; the table lists the newest merges first', async () => {
    await act(async () => { render(<BpeStepper />); });
    fireEvent.change(slider(), { target: { value: '3' } });
    const rows = [...document.querySelectorAll('.bpe-merges tbody tr')].map((r) => r.querySelector('td')?.textContent);
    expect(rows).toEqual(['3', '2', '1']);
  });

  it('Play advances one merge per tick, Pause stops it, and it stops by itself at the end', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<BpeStepper />); });
    // The rhyme allows 24 merges.
    fireEvent.change(screen.getByRole('combobox', { name: 'Training text' }), { target: { value: 'rhyme' } });
    fireEvent.change(slider(), { target: { value: '20' } });
    fireEvent.click(button(/^Play$/));
    expect(button(/^Pause$/)).toBeTruthy();
    await act(async () => { vi.advanceTimersByTime(700); });
    expect(slider().value).toBe('21');
    fireEvent.click(button(/^Pause$/));
    await act(async () => { vi.advanceTimersByTime(5000); });
    expect(slider().value).toBe('21');
    fireEvent.click(button(/^Play$/));
    for (let i = 0; i < 10; i++) await act(async () => { vi.advanceTimersByTime(700); });
    expect(slider().value).toBe('24');
    expect(button(/^Play$/).getAttribute('aria-disabled')).toBe('true');
  });

  it('editing the text switches to "Your own text" and retrains; a preset brings its text back', async () => {
    await act(async () => { render(<BpeStepper />); });
    const box = screen.getByRole('textbox', { name: /^Text/ }) as HTMLTextAreaElement;
    await act(async () => { fireEvent.change(box, { target: { value: 'low lower lowest' } }); });
    expect((screen.getByRole('combobox', { name: 'Training text' }) as HTMLSelectElement).value).toBe('custom');
    // "low lower lowest" allows 7 merges in all (lo, low, ␣low, ␣lowe, st, ␣lower, ␣lowest); step 10 is clamped.
    expect(slider().value).toBe('7');
    expect(slider().max).toBe('7');
    fireEvent.change(screen.getByRole('combobox', { name: 'Training text' }), { target: { value: 'prose' } });
    expect(box.value).toBe(CORPORA.prose.text);
  });

  it('pasting more than 2,000 characters keeps the first 2,000 and says so', async () => {
    await act(async () => { render(<BpeStepper />); });
    const box = screen.getByRole('textbox', { name: /^Text/ }) as HTMLTextAreaElement;
    await act(async () => { fireEvent.change(box, { target: { value: '分词'.repeat(1500) } }); });
    expect([...box.value]).toHaveLength(2000);
    expect(document.querySelector('.bpe-textarea .ctl-count')?.textContent).toBe('2,000 of 2,000 characters. Only the first 2,000 characters were kept.');
  });
});
