// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import LrSchedule from './LrSchedule';
import { fields } from './meta';
import { MARKS, sliderStops } from './model';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

/** The readout as a reader sees it: row name → value. */
const readout = () => Object.fromEntries([...document.querySelectorAll('.lrs-readout-list > div')].map((d) => [
  d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent,
]));
const slider = () => screen.getByRole('slider', { name: /^Position in the run/ }) as HTMLInputElement;
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

describe('LrSchedule, used through its controls', () => {
  it('starts at the second doubling, 2.87T tokens', async () => {
    await act(async () => { render(<LrSchedule />); });
    expect(readout()).toEqual({
      'Tokens seen': '2.87T', Step: '358,781.5', 'Learning rate': '6.42 × 10⁻⁵', Batch: '16M tokens',
      'Sequence length': '8,192 tokens', Stage: 'cosine decay',
    });
  });

  it('keyboard scrub: the slider steps through stops; Home and End reach the ends; the named points are stops', async () => {
    await act(async () => { render(<LrSchedule />); });
    const s = slider();
    const stops = sliderStops('tokens');
    // A native range: the browser turns an arrow key into a change of value; that is what fires here.
    fireEvent.change(s, { target: { value: String(Number(s.value) + 1) } });
    expect(readout()['Tokens seen']).toBe(`${(stops[Number(s.value)]! / 1e12).toFixed(2)}T`);
    fireEvent.change(s, { target: { value: '0' } });
    expect(readout()['Learning rate']).toBe('0');
    expect(readout().Batch).toBe('4M tokens');
    expect(readout()['Sequence length']).toBe('4,096 tokens');
    fireEvent.change(s, { target: { value: String(stops.length - 1) } });
    expect(readout()['Learning rate']).toBe('0');
    expect(readout().Stage).toBe('final anneal to 0');
    const warm = stops.indexOf(MARKS.find((m) => m.id === 'warmupEnd')!.tokens);
    fireEvent.change(s, { target: { value: String(warm) } });
    expect(readout()['Learning rate']).toBe('8 × 10⁻⁵');
    expect(readout().Step).toBe('8,000');
    expect(s.getAttribute('aria-valuetext')).toBe('63.7B tokens, learning rate 8 × 10⁻⁵');
  });

  it('the exact field takes 252M; the steps axis keeps the same point; hostile text is refused inline', async () => {
    await act(async () => { render(<LrSchedule />); });
    const field = screen.getByLabelText('Exact tokens');
    fireEvent.change(field, { target: { value: '252M' } });
    expect(readout()).toMatchObject({ Step: '63', 'Learning rate': '6.3 × 10⁻⁷', Batch: '8M tokens', 'Sequence length': '8,192 tokens' });
    fireEvent.click(screen.getByLabelText('Steps'));
    expect((screen.getByLabelText('Exact step') as HTMLInputElement).value).toBe('63');
    expect(readout().Step).toBe('63');
    const steps = screen.getByLabelText('Exact step');
    for (const junk of ['NaN', '__proto__', '-5', '2e6', '🦙']) {
      fireEvent.change(steps, { target: { value: junk } });
      expect(steps.getAttribute('aria-invalid')).toBe('true');
      expect(readout().Step).toBe('63');
    }
    fireEvent.change(steps, { target: { value: '604000' } });
    expect(readout()['Learning rate']).toBe('4.04 × 10⁻⁵');
  });

  it('8B and 70B: only the Table 3 peak is marked, with a note that their schedules are not given', async () => {
    await act(async () => { render(<LrSchedule />); });
    fireEvent.click(screen.getByLabelText('8B (peak)'));
    expect(document.querySelector('.lrs-model-note')?.textContent).toMatch(/peak learning rate of 3 × 10⁻⁴.*neither their schedules nor their batch sizes/);
    expect(document.querySelector('.lrs-peak-label')?.textContent).toBe('8B peak 3 × 10⁻⁴');
    expect(readout()['Learning rate']).toBe('6.42 × 10⁻⁵');
  });

  it('announces the readout once per change, after it settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<LrSchedule />); });
    expect(announced()).toBe('');
    const field = screen.getByLabelText('Exact tokens');
    fireEvent.change(field, { target: { value: '252M' } });
    fireEvent.change(field, { target: { value: '15.2T' } });
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    const first = announced();
    expect(first).toBe('15.2T tokens, step 1,129,406.5: learning rate 1.48 × 10⁻⁶, batch 16M tokens, sequences growing from 8K to 128K; ' +
      'long-context stage (drawn span).');
    // Nothing new: nothing said again.
    const region = document.querySelector('[data-announcer]')!;
    const node = region.firstChild;
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 3); });
    expect(region.firstChild).toBe(node);
  });

  it('the URL round-trips: an embed URL sets the controls; past-the-end and hostile values are named; Open carries changes', async () => {
    window.history.replaceState(null, '', '/embed/lr-schedule/?axis=steps&at=604000&model=llama3-70b');
    await act(async () => { render(<LrSchedule embed />); });
    expect((screen.getByLabelText('Steps') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('70B (peak)') as HTMLInputElement).checked).toBe(true);
    expect(readout()['Learning rate']).toBe('4.04 × 10⁻⁵');
    cleanup();

    window.history.replaceState(null, '', '/embed/lr-schedule/?axis=steps&at=2000000');
    await act(async () => { render(<LrSchedule embed />); });
    expect(document.querySelector('.lrs-clamp')?.textContent).toBe(
      'The link asked for step 2,000,000, past the end of the run (step 1,154,406.5, from the batch schedule): the end is shown.');
    expect(document.querySelector('.widget-notice')?.textContent).toContain('at');
    expect(readout()['Learning rate']).toBe('0');
    cleanup();

    window.history.replaceState(null, '', '/embed/lr-schedule/?at=__proto__&axis=NaN&model=%3Cimg%3E');
    await act(async () => { render(<LrSchedule embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    for (const key of ['at', 'axis', 'model']) expect(notice).toContain(key);
    expect(readout().Step).toBe('358,781.5');
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<LrSchedule />); });
    fireEvent.click(screen.getByLabelText('Steps'));
    fireEvent.change(screen.getByLabelText('Exact step'), { target: { value: '8000' } });
    fireEvent.click(screen.getByLabelText('8B (peak)'));
    expect(openState()).toMatchObject({ axis: 'steps', at: 8_000, model: 'llama3-8b' });
  });
});
