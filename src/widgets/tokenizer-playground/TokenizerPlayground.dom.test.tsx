// @vitest-environment jsdom
// The island end to end in jsdom: no Worker there, so the client falls back to main-thread slices with
// the real vocabularies. Checks what a reader sees: counts, spans, keyboard detail, hostile text.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import TokenizerPlayground from './TokenizerPlayground';

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
/** A column's counts line (token count and characters per token), under its heading. */
const stats = (name: string) => column(name).querySelector('.tp-stats')?.textContent ?? '';

describe('TokenizerPlayground in a DOM', () => {
  it('"Hello world": 2 tokens for Llama 3 and 2 for Llama 2, with ids on focus', async () => {
    render(<TokenizerPlayground />);
    const textarea = screen.getByLabelText(/Text to tokenize/);
    fireEvent.change(textarea, { target: { value: 'Hello world' } });
    await waitFor(() => expect(stats('Llama 3')).toContain('2 tokens'), { timeout: 20_000 });
    await waitFor(() => expect(stats('Llama 2')).toContain('2 tokens'), { timeout: 20_000 });
    expect(stats('Llama 3')).toContain('5.50 characters per token');
    const list = within(column('Llama 3')).getByRole('listbox');
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Hello', '·world']);
    expect(options.map((o) => o.getAttribute('data-id'))).toEqual(['9906', '1917']);
    // keyboard: one tab stop, arrows move, the detail names id and bytes
    expect(options.map((o) => o.tabIndex)).toEqual([0, -1]);
    act(() => options[0]!.focus());
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(options[1]);
    expect(within(column('Llama 3')).getByText(/token 2 of 2: id 1,917/).textContent).toContain('bytes 20 77 6F 72 6C 64');
    expect(screen.getByText(/Llama 3 needs 2 tokens, the same number of tokens as Llama 2/, { selector: '.tp-compare' })).toBeTruthy();
  }, 30_000);

  it('a typed text longer than a link carries is tokenized whole; the Embed link carries its first 2,000 characters and says so', async () => {
    render(<TokenizerPlayground />);
    const long = 'Hello world. '.repeat(200); // 2,600 characters
    fireEvent.change(screen.getByLabelText(/Text to tokenize/), { target: { value: long } });
    expect((screen.getByLabelText(/Text to tokenize/) as HTMLTextAreaElement).value).toBe(long);
    expect(screen.getByText('2,600 characters', { selector: '.tp-count' })).toBeTruthy();
    await waitFor(() => expect(stats('Llama 3')).toMatch(/\d+ tokens/), { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    await waitFor(() => expect(document.querySelector('.embed-shortened')?.textContent)
      .toBe('The text is too long for a link: this snippet and the Open link carry its first 2,000 of 2,600 characters.'));
    const href = screen.getByRole('link', { name: /^Open/ }).getAttribute('href')!;
    expect(new URLSearchParams(href.split('?')[1]).get('text')).toBe(long.slice(0, 2_000));
  }, 30_000);

  it('special-token text: one token, or plain text, by the switch', async () => {
    render(<TokenizerPlayground />);
    fireEvent.change(screen.getByLabelText(/Text to tokenize/), { target: { value: '<|eot_id|>' } });
    await waitFor(() => expect(stats('Llama 3')).toContain('1 tokens'), { timeout: 20_000 });
    expect(within(column('Llama 3')).getByRole('option').className).toContain('special');
    fireEvent.click(screen.getByLabelText('plain text'));
    await waitFor(() => expect(stats('Llama 3')).toContain('7 tokens'), { timeout: 20_000 });
  }, 30_000);

  it('hostile text shows its invisible characters and partial bytes, and nothing breaks', async () => {
    render(<TokenizerPlayground />);
    fireEvent.change(screen.getByLabelText(/Text to tokenize/), { target: { value: 'a\u202Eb\uD800 🦙\u200D\n' } });
    await waitFor(() => expect(stats('Llama 3')).toMatch(/\d+ tokens/), { timeout: 20_000 });
    const text = within(column('Llama 3')).getByRole('listbox').textContent!;
    // U+202E is 3 bytes (E2 80 AE) that Llama 3 splits over two tokens: shown as bytes, never as the control.
    expect(text).toContain('<0xE2 0x80><0xAE>');
    expect(text).toContain('<0xF0 0x9F>');
    expect(text).toContain('⟨U+200D⟩');
    expect(text).not.toMatch(/[\u202E\u200D]/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  }, 30_000);
});
