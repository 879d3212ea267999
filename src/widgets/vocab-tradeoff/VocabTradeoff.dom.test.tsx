// @vitest-environment jsdom
// Interaction through the real island, with the tokenizer client replaced by a fake that counts on cue
// (the real vocabularies are exercised in samples.test.ts).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  fail: new Set<string>(),
  counts: { llama2: 134, cl100k: 120, llama3: 120 } as Record<string, number>,
  requests: [] as string[],
}));

vi.mock('../../tokenizers/client', () => ({
  createTokenizerClient: (onStatus: (id: string, s: string) => void) => ({
    mode: () => 'main',
    load: (ids: string[]) => ids.forEach((id) => onStatus(id, fake.fail.has(id) ? 'error' : 'ready')),
    tokenize: async (r: { text: string; tokenizers: string[] }) => {
      const id = r.tokenizers[0]!;
      fake.requests.push(id);
      if (fake.fail.has(id)) throw new Error(`could not load ${id}`);
      return [{ tokenizer: id, count: fake.counts[id]! + (r.text.startsWith('每') ? 100 : 0), ids: [], looks: {}, ms: 0 }];
    },
    dispose: () => {},
  }),
}));

import VocabTradeoff from './VocabTradeoff';

afterEach(() => { cleanup(); fake.fail.clear(); fake.requests.length = 0; });

const cells = (row: string) => [...document.querySelectorAll('.vt-table tbody tr')]
  .find((tr) => tr.querySelector('th')?.textContent === row)!.querySelectorAll('td');
const settle = () => act(async () => { for (let i = 0; i < 10; i++) await Promise.resolve(); await new Promise((r) => setTimeout(r, 0)); });

describe('VocabTradeoff interaction', () => {
  it('measures the sample with all three tokenizers and states the trade-off', async () => {
    await act(async () => { render(<VocabTradeoff />); });
    await settle();
    expect(fake.requests).toEqual(['llama2', 'cl100k', 'llama3']);
    expect(cells('Llama 3')[3]!.textContent).toBe('120');
    expect(cells('Llama 2')[5]!.textContent).toBe('×1.12');
    expect(document.querySelector('.vt-status')!.textContent).toMatch(/^Going from Llama 2’s 32,000 rows to Llama 3’s 128,256 adds 789M parameters/);
  });

  it('a tokenizer that fails to load is named; the others and the parameter side still work', async () => {
    fake.fail.add('cl100k');
    await act(async () => { render(<VocabTradeoff />); });
    await settle();
    expect(document.querySelector('.vt-status')!.textContent).toMatch(/^Could not load cl100k_base/);
    expect(cells('cl100k_base')[3]!.textContent).toBe('not loaded');
    expect(cells('Llama 3')[3]!.textContent).toBe('120');
    expect(document.querySelector('.vt-readout')!.textContent).toContain('1,050,673,152');
  });

  it('the quick picks, the exact field and the slider all set V', async () => {
    await act(async () => { render(<VocabTradeoff />); });
    fireEvent.click(screen.getByRole('button', { name: /Llama 2/ }));
    expect(document.querySelector('.vt-readout')!.textContent).toContain('2 × 32,000 × 4,096');
    const exact = screen.getByRole('textbox', { name: 'Exact V' }) as HTMLInputElement;
    expect(exact.value).toBe('32000');
    fireEvent.change(exact, { target: { value: '250,000' } });
    expect(document.querySelector('.vt-readout')!.textContent).toContain('2 × 250,000 × 4,096');
    fireEvent.change(exact, { target: { value: '12' } });
    expect(exact.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.vt-readout')!.textContent).toContain('2 × 250,000 × 4,096'); // unchanged
    const slider = screen.getByRole('slider', { name: /Vocabulary size V/ }) as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '0' } });
    expect(document.querySelector('.vt-readout')!.textContent).toContain('2 × 1,000 × 4,096');
    expect(exact.value).toBe('1000');
  });

  it('custom width: starts from the model on screen, explains a bad width, recovers', async () => {
    await act(async () => { render(<VocabTradeoff />); });
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama3-70b' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Model' }), { target: { value: 'custom' } });
    const width = screen.getByRole('textbox', { name: 'Width d' }) as HTMLInputElement;
    expect(width.value).toBe('8192');
    fireEvent.change(width, { target: { value: '8000' } });
    expect(width.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.vt-readout')).toBeNull();
    fireEvent.change(width, { target: { value: '4096' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Layers' }), { target: { value: '32' } });
    expect(document.querySelector('.vt-readout')!.textContent).toContain('of 8,030,261,248');
  });

  it('changing the sample measures the new text', async () => {
    await act(async () => { render(<VocabTradeoff />); });
    await settle();
    fireEvent.change(screen.getByRole('combobox', { name: 'Sample text' }), { target: { value: 'chinese' } });
    await settle();
    expect(cells('Llama 3')[3]!.textContent).toBe('220');
  });
});
