// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import DocumentMask from './DocumentMask';
import { fields } from './meta';
import { SEQ_STEPS } from './model';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

/** The counts table as a reader sees it: [mask, pairs, share]. */
const counts = () => [...document.querySelectorAll('.dm-counts tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;
const docsField = () => screen.getByLabelText('Document lengths in tokens, comma-separated') as HTMLInputElement;

describe('DocumentMask, used through its controls', () => {
  it('starts at the worked example: 13,790,528 of 33,558,528 pairs, 58.9% removed', async () => {
    await act(async () => { render(<DocumentMask />); });
    expect(counts()).toEqual([
      ['Causal mask', '33,558,528', '100.0%'],
      ['Causal + document mask', '13,790,528', '41.1%'],
      ['Removed by the document mask', '19,768,000', '58.9%'],
    ]);
    expect(docsField().value).toBe('1000,3000,4192');
    expect(document.querySelector('.dm-rule')?.textContent).toContain('not Llama 3’s data');
    expect(screen.getAllByRole('img', { name: /^Causal/ })).toHaveLength(2);
  });

  it('keyboard on the sequence-length slider (a native range: keys change its value), the field follows', async () => {
    await act(async () => { render(<DocumentMask />); });
    const s = slider(/^Sequence length/);
    fireEvent.change(s, { target: { value: String(Number(s.value) - 1) } });
    expect((screen.getByLabelText('Sequence length, exact tokens') as HTMLInputElement).value).toBe('4,096');
    expect(counts()[0]![1]).toBe('8,390,656');
    fireEvent.change(s, { target: { value: String(SEQ_STEPS.length - 1) } });
    expect(s.getAttribute('aria-valuetext')).toBe('131,072 tokens');
  });

  it('a typed list overrides the preset; a bad list names the problem and keeps the last result', async () => {
    await act(async () => { render(<DocumentMask />); });
    fireEvent.click(screen.getByLabelText('Web pages'));
    expect(docsField().value).toBe('412,1530,286,2210,760,1045,198,3120,530,905');
    fireEvent.change(docsField(), { target: { value: '1000, 3000' } });
    expect((screen.getByLabelText('Your list') as HTMLInputElement).checked).toBe(true);
    expect(document.querySelector('.dm-packing')?.textContent).toContain('the last document is cut from 1,000 tokens to 192');
    for (const [junk, msg] of [['1000,abc', /^Document 2 is not a whole number/], ['0', /^Document 1 has no tokens/], ['9007199254740991,1', /more than 2⁵³ − 1/]] as const) {
      fireEvent.change(docsField(), { target: { value: junk } });
      expect(docsField().getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(docsField().getAttribute('aria-describedby')!)?.textContent).toMatch(msg);
      expect(document.querySelector('.dm-packing')?.textContent).toContain('cut from 1,000 tokens to 192');
    }
  });

  it('the token row: toggle, type an index, the readout says what it sees', async () => {
    await act(async () => { render(<DocumentMask />); });
    fireEvent.click(screen.getByLabelText('Highlight one token’s row'));
    fireEvent.change(screen.getByLabelText('Token index (from 0)'), { target: { value: '5000' } });
    expect(document.querySelector('.dm-headline')?.textContent).toContain('Token 5,000 (document 3) attends 1,001 keys with the document mask, 5,001 without.');
    expect(slider(/^Token$/).getAttribute('aria-valuetext')).toBe('token 5,000 (document 3)');
    fireEvent.change(slider(/^Token$/), { target: { value: '999' } });
    expect(document.querySelector('.dm-headline')?.textContent).toContain('Token 999 (document 1) attends 1,000 keys with the document mask, 1,000 without.');
  });

  it('announces one result per change, after it settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<DocumentMask />); });
    expect(announced()).toBe('');
    fireEvent.change(docsField(), { target: { value: '4096,4096' } });
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('8,192 tokens in 2 documents. The document mask keeps 16,781,312 of 33,558,528 query–key pairs and removes 50.0% of the attention FLOPs.');
    fireEvent.click(screen.getByRole('button', { name: 'Change the text of document 1' }));
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toMatch(/^Document 1 changed\. With the document mask the later token’s output changed by 0 exactly; without it by up to \d\.\d{3}\.$/);
  });

  it('the demo: changing document 1 leaves the later token’s output exactly unchanged with the mask', async () => {
    await act(async () => { render(<DocumentMask />); });
    const result = () => [...document.querySelectorAll('.dm-demo-result')].map((p) => p.textContent);
    expect(result()[0]).toBe('With the document mask: its output changes by 0 exactly (bit for bit).');
    fireEvent.click(screen.getByRole('button', { name: 'Change the text of document 1' }));
    expect(document.querySelector('.dm-demo-version')?.textContent).toBe('Document 1, version 1 against 2');
    expect(result()[0]).toBe('With the document mask: its output changes by 0 exactly (bit for bit).');
    expect(result()[1]).toMatch(/largest change of an output component \d\.\d{3} /);
    expect(screen.getByRole('img', { name: /^Attention weights with the document mask: exactly 0 of its weight on document 1/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Also compute with positions reset per document'));
    expect(result()[2]).toMatch(/differ by at most (0|\d(\.\d)? × 10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+) and its output by/);
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/document-mask/?seqLen=1024&docs=100%2C200&token=300&seed=5');
    await act(async () => { render(<DocumentMask embed />); });
    expect(docsField().value).toBe('100,200');
    expect(document.querySelector('.dm-headline')?.textContent).toContain('Token 300 (document 3) attends 1 key with the document mask, 301 without.');
    cleanup();

    window.history.replaceState(null, '', '/embed/document-mask/?seqLen=__proto__&preset=%3Cimg%3E&seed=-1&token=NaN&docs=1,x');
    await act(async () => { render(<DocumentMask embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    for (const key of ['seqLen', 'preset', 'seed', 'token']) expect(notice).toContain(key);
    expect(document.querySelector('.dm-invalid')?.textContent).toContain('Document 2 is not a whole number');
    cleanup();

    window.history.replaceState(null, '', '/embed/document-mask/?seqLen=64&token=500&preset=web&docs=10,54');
    await act(async () => { render(<DocumentMask embed />); });
    const adjusted = document.querySelector('.widget-notice')?.textContent ?? '';
    expect(adjusted).toContain('must be below seqLen = 64');
    expect(adjusted).toContain('the docs list overrides the preset');
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<DocumentMask />); });
    fireEvent.click(screen.getByLabelText('One book'));
    fireEvent.change(screen.getByLabelText('Sequence length, exact tokens'), { target: { value: '100000' } });
    expect(openState()).toMatchObject({ preset: 'book', seqLen: 100_000, docs: '' });
    expect(openState().token).toBeUndefined();
    fireEvent.change(docsField(), { target: { value: '7,8' } });
    fireEvent.click(screen.getByLabelText('Highlight one token’s row'));
    expect(openState()).toMatchObject({ preset: 'custom', docs: '7,8', token: 60_000 });
  });
});
