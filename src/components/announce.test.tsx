// @vitest-environment jsdom
// The announcement policy (announce.tsx), with fake timers: quick changes are spoken once, after they settle,
// politely, through one region per widget; nothing is spoken before the reader acts; inputs are never live.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commonFields, intField, urlSchema } from '../lib/urlState';
import GqaHeads from '../widgets/gqa-heads/GqaHeads';
import KvCache from '../widgets/kv-cache/KvCache';
import ParamCounter from '../widgets/param-counter/ParamCounter';
import { defineWidget, type ViewProps } from '../widgets/types';
import { ANNOUNCE_DELAY_MS, useAnnounce } from './announce';
import { NumberField, Slider } from './kit';
import { island } from './WidgetShell';
import { inEnglish, testCatalogue } from '../i18n/testing';

const fields = urlSchema({ ...commonFields, n: intField(1, 100, 10) });
const meta = defineWidget({ id: 'announce-test', chapter: 'overview', position: 1, reportRef: '§1', height: { en: 300, zh: 300 }, fields });
const catalogue = testCatalogue('announce-test', 'Announce test', 'A widget used by the announcer tests only.');

function View({ state, onChange }: ViewProps<typeof fields>) {
  const [late, setLate] = useState('');
  // A result that changes without the reader (like a vocabulary finishing its download).
  useEffect(() => { const t = setTimeout(() => setLate('loaded'), 100); return () => clearTimeout(t); }, []);
  const [text, setText] = useState('');
  useAnnounce(`Result: ${state.n * 2}.`, { hold: state.n === 99 });
  useAnnounce(late);
  return (
    <>
      <Slider label="N" value={state.n} min={1} max={100} onChange={(n) => onChange({ n })} valueText={(n) => `${n} things`} />
      <NumberField label="Digits" value={text} onChange={setText}
        parse={(t) => (/^\d*$/.test(t) ? { ok: true, value: t } : { ok: false, error: 'Digits only.' })} />
      <p>Result: {state.n * 2}.</p>
    </>
  );
}
const Island = inEnglish(island(meta, View, { messages: catalogue.key }), catalogue.words);

/** Every change of the widget's live region, in order. */
function liveLog(container: HTMLElement): { said: () => string[]; stop: () => void } {
  const region = container.querySelector<HTMLElement>('[data-announcer]')!;
  const log: string[] = [];
  const mo = new MutationObserver(() => log.push(region.textContent ?? ''));
  mo.observe(region, { childList: true, subtree: true, characterData: true });
  return { said: () => log.filter((t) => t !== ''), stop: () => mo.disconnect() };
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { cleanup(); vi.useRealTimers(); });

describe('useAnnounce and the widget announcer', () => {
  it('ten quick slider steps give one polite announcement, of the settled result, after the delay', async () => {
    const { container } = render(<Island />);
    await act(async () => { vi.advanceTimersByTime(200); }); // the late result arrives before the reader acts
    const log = liveLog(container);
    const slider = screen.getByRole('slider', { name: 'N' });
    for (let n = 11; n <= 20; n++) {
      await act(async () => { vi.advanceTimersByTime(100); }); // a key press every 100 ms
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
      fireEvent.change(slider, { target: { value: String(n) } });
    }
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1); });
    expect(log.said()).toEqual([]);
    await act(async () => { vi.advanceTimersByTime(1); });
    expect(log.said()).toEqual(['Result: 40.']);
    await act(async () => { vi.advanceTimersByTime(5_000); });
    expect(log.said()).toEqual(['Result: 40.']);
    const region = container.querySelector('[data-announcer]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
    log.stop();
  });

  it('the slider speaks its own value once (aria-valuetext); its visible value is not live and not in the label', () => {
    const { container } = render(<Island />);
    const slider = screen.getByRole('slider', { name: 'N' });
    expect(slider.getAttribute('aria-valuetext')).toBe('10 things');
    expect(container.querySelectorAll('output')).toHaveLength(0);
    expect(container.querySelector('label')!.textContent).toBe('N');
    // The only live region of the widget (its view and the announcer; the Embed panel's copy status aside) is the announcer.
    const live = [...container.querySelectorAll('[aria-live], [role="status"], [role="alert"], output')].filter((e) => !e.closest('.widget-actions'));
    expect(live.map((e) => e.hasAttribute('data-announcer'))).toEqual([true]);
  });

  it('says nothing before the reader acts: a late result is the baseline, not news', async () => {
    const { container } = render(<Island />);
    const log = liveLog(container);
    await act(async () => { vi.advanceTimersByTime(5_000); });
    expect(log.said()).toEqual([]);
    log.stop();
  });

  it('a result marked late is quiet when it first arrives after the reader acted, and spoken when it changes later', async () => {
    function LateView({ state, onChange }: ViewProps<typeof fields>) {
      const [loaded, setLoaded] = useState(false);
      useEffect(() => { const t = setTimeout(() => setLoaded(true), 2_000); return () => clearTimeout(t); }, []);
      useAnnounce(`N is ${state.n}.`);
      useAnnounce(loaded ? `Counted ${state.n * 3}.` : '', { late: !loaded });
      return <Slider label="N" value={state.n} min={1} max={100} onChange={(n) => onChange({ n })} valueText={(n) => `${n} things`} />;
    }
    const LateIsland = inEnglish(island(meta, LateView, { messages: catalogue.key }), catalogue.words);
    const { container } = render(<LateIsland />);
    const log = liveLog(container);
    const slider = screen.getByRole('slider', { name: 'N' });
    fireEvent.change(slider, { target: { value: '20' } });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(log.said()).toEqual(['N is 20.']);
    await act(async () => { vi.advanceTimersByTime(3_000); }); // the download ends: its first counts are not news
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2); });
    expect(log.said()).toEqual(['N is 20.']);
    fireEvent.change(slider, { target: { value: '21' } });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(log.said()).toEqual(['N is 20.', 'N is 21. Counted 63.']);
    log.stop();
  });

  it('a change that comes back to what was last spoken says nothing', async () => {
    const { container } = render(<Island />);
    const log = liveLog(container);
    const slider = screen.getByRole('slider', { name: 'N' });
    fireEvent.change(slider, { target: { value: '30' } });
    fireEvent.change(slider, { target: { value: '10' } });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 3); });
    expect(log.said()).toEqual([]);
    log.stop();
  });

  it('a held result waits for the hold to end, then is spoken once', async () => {
    const { container } = render(<Island />);
    await act(async () => { vi.advanceTimersByTime(200); });
    const log = liveLog(container);
    const slider = screen.getByRole('slider', { name: 'N' });
    fireEvent.change(slider, { target: { value: '99' } }); // held
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 3); });
    expect(log.said()).toEqual([]);
    fireEvent.change(slider, { target: { value: '98' } });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(log.said()).toEqual(['Result: 196.']);
    log.stop();
  });

  it('a field error is shown inline at once, never as an alert, and spoken once the typing settles', async () => {
    const { container } = render(<Island />);
    await act(async () => { vi.advanceTimersByTime(200); });
    const log = liveLog(container);
    const field = screen.getByRole('textbox', { name: 'Digits' });
    for (const t of ['1', '1x', '1xy', '1xyz']) {
      fireEvent.change(field, { target: { value: t } });
      await act(async () => { vi.advanceTimersByTime(150); });
    }
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe('Digits only.');
    expect(log.said()).toEqual([]);
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(log.said()).toEqual(['Digits only.']);
    log.stop();
  });
});

describe('the real widgets follow the policy', { timeout: 30_000 }, () => {
  it('kv-cache: four context steps → one announcement of the settled cache size', async () => {
    const { container } = render(<KvCache />);
    const log = liveLog(container);
    const slider = screen.getByRole('slider', { name: /^Context/ });
    for (const e of [13, 14, 15, 16]) {
      fireEvent.change(slider, { target: { value: String(e) } });
      await act(async () => { vi.advanceTimersByTime(120); });
    }
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(log.said()).toHaveLength(1);
    // 2^16 = 65,536 tokens of the default Llama 3 8B (GQA, bf16): 131,072 B per token × 65,536 = 8 GiB.
    expect(log.said()[0]).toMatch(/^KV cache for 1 × 65,536 tokens: 8 GiB \(8,589,934,592 bytes\)\./);
    log.stop();
  });

  it('gqa-heads: ten query-head steps → one announcement of the GQA summary; the cell readout stays quiet', async () => {
    const { container } = render(<GqaHeads />);
    const log = liveLog(container);
    const readout = container.querySelector('.gqa-readout')!;
    // Not a live region at all: the focused grid cell's name carries the same sentence (HeatmapGrid).
    expect(readout.closest('[aria-live]:not([aria-live="off"])')).toBeNull();
    const slider = screen.getByRole('slider', { name: 'Query heads' });
    for (let h = 9; h <= 18; h++) fireEvent.change(slider, { target: { value: String(h) } });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(log.said()).toHaveLength(1);
    expect(log.said()[0]).toMatch(/^GQA: 18 query heads read \d+ key\/value heads/);
    log.stop();
  });

  it('param-counter: a half-typed width gives no alert and no announcement; once settled, the new total is spoken once', async () => {
    const { container } = render(<ParamCounter />);
    const log = liveLog(container);
    const dim = screen.getByRole('textbox', { name: /^dim/ });
    for (const t of ['5', '51', '512', '5120']) {
      fireEvent.change(dim, { target: { value: t } });
      await act(async () => { vi.advanceTimersByTime(150); });
    }
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(log.said()).toHaveLength(1);
    expect(log.said()[0]).toMatch(/^Custom shape: [\d,]+ parameters, about /);
    log.stop();
  });
});
