// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import AttentionCost from './AttentionCost';
import { fields } from './meta';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

/** The readout as a reader sees it: [label, value] pairs. */
const readout = () => [...document.querySelectorAll('.ac-split > div')].map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]);
/** The bill table's rows: [sequence, FLOPs per token, training FLOPs, GPU-days]. */
const bill = () => [...document.querySelectorAll('.ac-bill tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

describe('AttentionCost, used through its controls', () => {
  it('starts at 405B, 131,072 tokens, causal count: 40.1% attention; the bill at 380 TFLOP/s', async () => {
    await act(async () => { render(<AttentionCost />); });
    expect(readout()).toEqual([
      ['Weights (matmuls)', '2.422 × 10¹²'],
      ['Attention', '1.623 × 10¹²'],
      ['Total', '4.046 × 10¹²'],
      ['Attention’s share', '40.1%'],
    ]);
    expect(bill()).toEqual([
      ['all at 8,192', '2.52 × 10¹²', '2.02 × 10²⁴', '61,500'],
      ['all at 131,072', '4.05 × 10¹²', '3.24 × 10²⁴', '98,586'],
    ]);
    expect(document.querySelector('.ac-crossover')?.textContent).toContain('195,578 tokens');
    expect(document.querySelector('svg.ac-svg')?.getAttribute('role')).toBe('img');
  });

  it('PaLM’s count reproduces design §2.3 at 8,192 and 131,072', async () => {
    await act(async () => { render(<AttentionCost />); });
    fireEvent.click(screen.getByLabelText('Full matrix (PaLM)'));
    expect(readout().map((r) => r[1])).toEqual(['2.435 × 10¹²', '3.247 × 10¹²', '5.682 × 10¹²', '57.1%']);
    fireEvent.change(screen.getByLabelText('Context, exact tokens'), { target: { value: '8K' } });
    expect(readout().map((r) => r[1])).toEqual(['2.435 × 10¹²', '2.029 × 10¹¹', '2.638 × 10¹²', '7.7%']);
  });

  it('keyboard on the context slider (a native range: arrows change its value); Home/End reach 1K and 1M', async () => {
    await act(async () => { render(<AttentionCost />); });
    const s = slider(/^Context/);
    expect(s.getAttribute('aria-valuetext')).toBe('131,072 tokens (128K)');
    fireEvent.change(s, { target: { value: String(Number(s.value) + 1) } });
    expect((screen.getByLabelText('Context, exact tokens') as HTMLInputElement).value).toBe('262,144');
    expect(readout()[3]![1]).toBe('57.3%');
    fireEvent.change(s, { target: { value: s.min } });
    expect((screen.getByLabelText('Context, exact tokens') as HTMLInputElement).value).toBe('1,024');
    fireEvent.change(s, { target: { value: s.max } });
    expect((screen.getByLabelText('Context, exact tokens') as HTMLInputElement).value).toBe('1,048,576');
  });

  it('a document length adds the masked row and curve; one longer than the context gives a message instead', async () => {
    await act(async () => { render(<AttentionCost />); });
    const doc = screen.getByLabelText('Document length, exact (0 = none)');
    fireEvent.change(doc, { target: { value: '8192' } });
    expect(readout()[4]).toEqual(['Attention with 8,192-token documents', '1.015 × 10¹¹ (4.0%)']);
    expect(document.querySelectorAll('path.ac-masked')).toHaveLength(1);
    expect(bill()).toHaveLength(3);
    fireEvent.change(doc, { target: { value: '256K' } });
    expect(document.querySelector('.ac-warn')?.textContent).toMatch(/^A document of 262,144 tokens does not fit in a context of 131,072/);
    expect(document.querySelectorAll('path.ac-masked')).toHaveLength(0);
    expect(readout()).toHaveLength(4);
  });

  it('hostile text in a field gives an inline error and keeps the last valid result', async () => {
    await act(async () => { render(<AttentionCost />); });
    const field = screen.getByLabelText('Achieved TFLOP/s per GPU');
    for (const junk of ['0', '-5', '2.5', 'NaN', '__proto__', '1e400', '🦙', '9'.repeat(40), '8K']) {
      fireEvent.change(field, { target: { value: junk } });
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Throughput/);
      expect(bill()[1]![3]).toBe('98,586');
    }
    fireEvent.change(field, { target: { value: '760' } });
    expect(bill()[1]![3]).toBe('49,293');
  });

  it('announces the result once, after the change settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<AttentionCost />); });
    expect(announced()).toBe('');
    fireEvent.click(screen.getByLabelText('8B'));
    fireEvent.change(screen.getByLabelText('Context, exact tokens'), { target: { value: '64K' } });
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('Llama 3.1 8B at 65,536 tokens, the causal count: attention is 53.4% of 9.66 × 10¹⁰ training FLOPs per token; ' +
      'it equals the weights at 57,256 tokens. Long-context stage: 61,500 to 98,586 GPU-days at 380 TFLOP/s.');
  });

  it('the URL state round-trips: an embed URL sets the controls, hostile values are named, Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/attention-cost/?model=llama3-70b&context=32768&docLen=4096&tflops=300&count=full&theme=dark');
    await act(async () => { render(<AttentionCost embed />); });
    expect((screen.getByLabelText('70B') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Full matrix (PaLM)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Context, exact tokens') as HTMLInputElement).value).toBe('32,768');
    expect((screen.getByLabelText('Document length, exact (0 = none)') as HTMLInputElement).value).toBe('4,096');
    expect((screen.getByLabelText('Achieved TFLOP/s per GPU') as HTMLInputElement).value).toBe('300');
    cleanup();

    window.history.replaceState(null, '', '/embed/attention-cost/?model=__proto__&context=NaN&docLen=-1&tflops=1e99&count=%3Cimg%3E');
    await act(async () => { render(<AttentionCost embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    for (const key of ['model', 'context', 'docLen', 'tflops', 'count']) expect(notice).toContain(key);
    expect(readout()[3]![1]).toBe('40.1%');
    cleanup();

    window.history.replaceState(null, '', '/embed/attention-cost/?context=8192&docLen=16384');
    await act(async () => { render(<AttentionCost embed />); });
    expect(document.querySelector('.widget-notice')?.textContent).toContain('must be at most context = 8,192');
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<AttentionCost />); });
    fireEvent.change(screen.getByLabelText('Context, exact tokens'), { target: { value: '100000' } });
    fireEvent.change(screen.getByLabelText('Document length, exact (0 = none)'), { target: { value: '2K' } });
    fireEvent.click(screen.getByLabelText('Full matrix (PaLM)'));
    expect(openState()).toMatchObject({ model: 'llama3-405b', context: 100_000, docLen: 2_048, tflops: 380, count: 'full' });
  });
});
