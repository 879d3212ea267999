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
    expect(options.map((o) => o.textContent)).toEqual(['Hello', '␣world']);
    expect(options.map((o) => o.getAttribute('data-id'))).toEqual(['9906', '1917']);
    // keyboard: one tab stop, arrows move, the detail names id and bytes
    expect(options.map((o) => o.tabIndex)).toEqual([0, -1]);
    act(() => options[0]!.focus());
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(options[1]);
    expect(within(column('Llama 3')).getByText(/token 2 of 2: id 1,917/).textContent).toContain('bytes 20 77 6F 72 6C 64');
    expect(screen.getByText(/Llama 3 needs 2 tokens, the same number of tokens as Llama 2/, { selector: '.tp-compare' })).toBeTruthy();
    // The split of the saving (all three tokenizers ran), outside any live region.
    const split = await screen.findByText(/^On this text Llama 3 saves no tokens against Llama 2 \(Llama 2 2, cl100k_base 2, Llama 3 2 tokens\)\.$/, { selector: '.tp-split' }, { timeout: 20_000 });
    expect(split.closest('[aria-live]')).toBeNull();
  }, 30_000);

  it('a typed text longer than a link carries is tokenized whole; the Embed link carries its first 2,000 characters and says so', async () => {
    render(<TokenizerPlayground />);
    const long = 'Hello world. '.repeat(200); // 2,600 characters
    fireEvent.change(screen.getByLabelText(/Text to tokenize/), { target: { value: long } });
    expect((screen.getByLabelText(/Text to tokenize/) as HTMLTextAreaElement).value).toBe(long);
    expect(screen.getByText('2,600 of 50,000 characters.', { selector: '.ctl-count' })).toBeTruthy();
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
    await waitFor(() => expect(stats('Llama 3')).toMatch(/(^|\D)1 token(?!s)/), { timeout: 20_000 });
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

  it('Previous and Next pick tokens with full-size buttons (WCAG 2.5.8), keeping focus on the button', async () => {
    render(<TokenizerPlayground />);
    fireEvent.change(screen.getByLabelText(/Text to tokenize/), { target: { value: 'Hello world' } });
    await waitFor(() => expect(stats('Llama 3')).toContain('2 tokens'), { timeout: 20_000 });
    const col = column('Llama 3');
    const next = within(col).getByRole('button', { name: 'Next' });
    const previous = within(col).getByRole('button', { name: 'Previous' });
    expect(within(col).getByRole('group', { name: 'Pick a Llama 3 token' })).toBeTruthy();
    act(() => next.focus());
    fireEvent.click(next);
    expect(col.querySelector('.tp-detail')!.textContent).toMatch(/^Llama 3 token 1 of 2: id 9,906, “Hello”/);
    expect(within(col).getAllByRole('option').map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(col.querySelector('.tp-detail')!.textContent).toMatch(/^Llama 3 token 2 of 2: id 1,917/);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next); // at the end: stays
    expect(col.querySelector('.tp-detail')!.textContent).toMatch(/^Llama 3 token 2 of 2/);
    fireEvent.click(previous);
    expect(col.querySelector('.tp-detail')!.textContent).toMatch(/^Llama 3 token 1 of 2/);
    expect(document.activeElement).toBe(next);
    // The token list's Tab stop follows the pick.
    expect(within(col).getAllByRole('option').map((o) => o.tabIndex)).toEqual([0, -1]);
  }, 30_000);

  it('the Chinese sample’s tokens are marked lang="zh"; in the mixed sample each token carries its part’s language', async () => {
    render(<TokenizerPlayground />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Text' }), { target: { value: 'chinese' } });
    await waitFor(() => expect(column('Llama 3').getAttribute('aria-busy')).toBeNull(), { timeout: 20_000 });
    await waitFor(() => expect(within(column('Llama 3')).getByRole('listbox').getAttribute('lang')).toBe('zh-Hans'), { timeout: 20_000 });
    expect(within(column('Llama 2')).getByRole('listbox').getAttribute('lang')).toBe('zh-Hans');

    fireEvent.change(screen.getByRole('combobox', { name: 'Text' }), { target: { value: 'mixed' } });
    await waitFor(() => expect(within(column('Llama 3')).getByRole('listbox').getAttribute('lang')).toBeNull(), { timeout: 20_000 });
    for (const name of ['Llama 3', 'Llama 2']) {
      const options = within(within(column(name)).getByRole('listbox')).getAllByRole('option');
      const langOf = (t: string) => options.filter((o) => o.textContent === t).map((o) => o.getAttribute('lang'));
      expect(langOf('!')[0], name).toBe('en');
      expect(langOf('␣monde')).toEqual(['fr']);
      expect(options.filter((o) => o.getAttribute('lang') === 'ru').map((o) => o.textContent).join(''), name).toBe('␣Привет,␣мир!');
      expect(options.filter((o) => o.getAttribute('lang') === 'ja').map((o) => o.textContent).join(''), name).toBe('␣こんにちは、世界。');
      expect(options.filter((o) => o.getAttribute('lang') === 'vi').map((o) => o.textContent).join(''), name).toBe('␣Xin␣chào␣thế␣giới.');
      expect(options.every((o) => o.getAttribute('lang'))).toBe(true);
    }
    // Typed text that is not a sample gets no language of its own (the page's).
    fireEvent.change(screen.getByLabelText(/Text to tokenize/), { target: { value: 'Привет' } });
    await waitFor(() => expect(stats('Llama 3')).toMatch(/\d+ tokens/), { timeout: 20_000 });
    await waitFor(() => expect(column('Llama 3').querySelectorAll('[lang]')).toHaveLength(0), { timeout: 20_000 });
  }, 60_000);
});
