// @vitest-environment jsdom
// rope-rotation used through its controls, as a reader would: the real island (state owned by the shell), the keyboard
// on the dials, the announcement, and the URL state both ways (the embed page reads it; the Open link writes it).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { formatFor } from '../../lib/format';
import { defaultsOf, parseUrl } from '../../lib/urlState';
import { en as t } from './messages.en';
import { fields } from './meta';
import { computeRotation, type RotationOk } from './model';
import RopeRotation from './RopeRotation';

/** A score as the view prints it once mounted in the browser: 12 decimals. */
const score = (s: number) => en.decimal(s, { digits: 12 });

afterEach(() => { cleanup(); vi.useRealTimers(); window.history.replaceState(null, '', '/'); });

const en = formatFor('en');
const defaults = defaultsOf(fields);
const result = (patch: Partial<typeof defaults>) => computeRotation({ ...defaults, ...patch }) as RotationOk;
const cells = () => [...document.querySelectorAll('.rr-scores td')].map((td) => td.textContent);
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const dials = () => [...document.querySelectorAll<HTMLInputElement>('.rr-dial input[type=radio]')];
const dial = (i: number) => dials()[i]!;
const checked = () => dials().findIndex((d) => d.checked);
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';

describe('RopeRotation, used through its controls', () => {
  it('renders the default state: the scores at (100, 37) and (5,100, 5,037), equal to float64 rounding', () => {
    render(<RopeRotation />);
    const r = result({});
    expect(cells()[0]).toBe(score(r.scores.at));
    expect(cells()[1]).toBe(score(r.scores.shifted));
    expect(cells()[2]).toBe(t.difference(r.scores.difference, en));
    expect(document.querySelector('.rr-verdict')?.textContent).toBe(t.verdict(r, en, true));
  });

  it('the exact fields accept K and move the sliders; a bad text is named under the field and changes nothing', () => {
    render(<RopeRotation />);
    fireEvent.change(field('m, exact'), { target: { value: '8K' } });
    expect(slider(/^Query position m/).value).toBe('8192');
    expect(cells()[0]).toBe(score(result({ m: 8_192 }).scores.at));
    const n = field('n, exact');
    for (const junk of ['128K', '-1', '1.5', '🦙', '9'.repeat(40)]) {
      fireEvent.change(n, { target: { value: junk } });
      expect(n.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(n.getAttribute('aria-describedby')!)?.textContent).toMatch(/^n[ :]/);
      expect(slider(/^Key position n/).value).toBe('37');
    }
  });

  it('the dials are one Tab stop; arrow keys move the selected pair and the focus, and set the pair shown above', () => {
    render(<RopeRotation />);
    expect(checked()).toBe(16);
    // One native radio group (one name): the browser gives it one Tab stop, the checked dial.
    expect(dials()).toHaveLength(64);
    expect(new Set(dials().map((d) => d.name)).size).toBe(1);
    expect(dials().filter((d) => d.checked)).toEqual([dial(16)]);
    expect(dial(16).getAttribute('aria-label')).toBe('Pair 16: wavelength 167.079 positions; 0.599 turns at m = 100; hand at 215.5°');
    dial(16).focus();
    fireEvent.keyDown(dial(16), { key: 'ArrowRight' });
    expect(checked()).toBe(17);
    expect(document.activeElement).toBe(dial(17));
    expect(slider(/^Pair i/).value).toBe('17');
    expect(document.querySelector('.rr-subhead')?.textContent).toBe('Pair 17: dimensions 34 and 35 of q and k');
    // jsdom lays nothing out, so the dials keep the server's 8 a row: ↓ moves by 8.
    expect(document.querySelector('.rr-dials-box')?.classList.contains('is-wide')).toBe(false);
    fireEvent.keyDown(dial(17), { key: 'ArrowDown' });
    expect(checked()).toBe(25);
    expect(document.activeElement).toBe(dial(25));
    fireEvent.keyDown(dial(25), { key: 'ArrowUp' });
    expect(checked()).toBe(17);
    fireEvent.keyDown(dial(17), { key: 'End' });
    expect(checked()).toBe(63);
    fireEvent.keyDown(dial(63), { key: 'ArrowRight' }); // the last pair: nowhere to go
    expect(checked()).toBe(63);
    fireEvent.keyDown(dial(63), { key: 'Home' });
    expect(checked()).toBe(0);
    fireEvent.keyDown(dial(0), { key: 'Tab' }); // not ours: the browser moves on
    expect(checked()).toBe(0);
    fireEvent.click(dial(40));
    expect(checked()).toBe(40);
    expect(slider(/^Pair i/).value).toBe('40');
  });

  it('the base: presets, and a custom value typed in (decimals, exponents); out of bounds is refused', () => {
    render(<RopeRotation />);
    fireEvent.click(screen.getByLabelText('10,000 · Llama 2'));
    expect(document.querySelector('.rr-facts')?.textContent).toContain('10,000^(−32/128)');
    expect(document.querySelector('.rr-notes')?.textContent).toContain('Llama 2 was trained on 4,096 positions; position 5,100 is past them.');
    fireEvent.click(screen.getByLabelText('Custom'));
    const custom = field('Custom base');
    expect(custom.value).toBe('10,000');
    fireEvent.change(custom, { target: { value: '1e6' } });
    expect(document.querySelector('.rr-facts')?.textContent).toContain('1,000,000^(−32/128)');
    expect((screen.getByLabelText('Custom') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(custom, { target: { value: '1' } });
    expect(custom.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.rr-custom-base .ctl-error')?.textContent).toBe('The base must be from 2 to 1,000,000,000; that is 1.');
    fireEvent.click(screen.getByLabelText('500,000 · Llama 3'));
    expect(screen.queryByLabelText('Custom base')).toBeNull();
    expect(document.querySelector('.rr-facts')?.textContent).toContain('500,000^(−32/128)');
  });

  it('a shift past position 0 is limited and said so; moving only the key changes the score', () => {
    render(<RopeRotation />);
    fireEvent.change(field('Δ, exact'), { target: { value: '-200' } });
    expect(slider(/^Shift both by Δ/).value).toBe('-37');
    expect(document.querySelector('.rr-notes')?.textContent).toContain('Δ = −200 would move a position outside 0 to 131,071, so Δ = −37 is used');
    const r = result({ shift: -200 });
    expect(cells()[1]).toBe(score(r.scores.shifted));
    expect(cells()[4]).toBe(`${score(r.scores.keyOnly.score)}${t.keyOnlyChange(r.scores.keyOnly.change, en)}`);
    expect(r.scores.keyOnly.n).toBe(0);
  });

  it('announces the result once the controls settle, not while loading', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<RopeRotation />); });
    await act(async () => { vi.advanceTimersByTime(2 * ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('');
    dial(16).focus();
    fireEvent.keyDown(dial(16), { key: 'ArrowLeft' });
    fireEvent.keyDown(dial(15), { key: 'ArrowLeft' });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 100); });
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(200); });
    expect(announced()).toBe(t.announce(result({ pair: 14 }), en));
  });
});

describe('RopeRotation and the URL', () => {
  it('an embed URL sets every field; the Open link writes the state back, and it parses to the same state', async () => {
    const query = 'm=5000&n=12&pair=40&base=10000&seed=7&shift=-3';
    window.history.replaceState(null, '', `/embed/rope-rotation/?${query}`);
    await act(async () => { render(<RopeRotation embed />); });
    expect(field('m, exact').value).toBe('5,000');
    expect(field('n, exact').value).toBe('12');
    expect(slider(/^Pair i/).value).toBe('40');
    expect((screen.getByLabelText('10,000 · Llama 2') as HTMLInputElement).checked).toBe(true);
    expect(field('Seed of q and k').value).toBe('7');
    expect(slider(/^Shift both by Δ/).value).toBe('-3');
    expect(cells()[0]).toBe(score(result({ m: 5_000, n: 12, pair: 40, base: 10_000, seed: 7, shift: -3 }).scores.at));
    cleanup();
    // Not on an embed page: change things, then read the Open link.
    render(<RopeRotation />);
    fireEvent.change(field('m, exact'), { target: { value: '77' } });
    fireEvent.click(dial(5));
    fireEvent.click(screen.getByLabelText('Custom'));
    fireEvent.change(field('Custom base'), { target: { value: '4134231.1' } });
    fireEvent.change(field('Δ, exact'), { target: { value: '-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'New q and k' }));
    const href = screen.getByRole('link', { name: /Open/ }).getAttribute('href')!;
    const parsed = parseUrl(fields, href.split('?')[1] ?? '');
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state).toMatchObject({ m: 77, n: 37, pair: 5, base: 4_134_231.1, shift: -20 });
    expect(parsed.state.seed).not.toBe(defaults.seed);
  });

  it('hostile values are ignored and named; a shift that does not fit is adjusted and named', async () => {
    window.history.replaceState(null, '', '/embed/rope-rotation/?m=NaN&base=__proto__&pair=64&seed=-1&n=1e3&shift=131071');
    await act(async () => { render(<RopeRotation embed />); });
    const notice = (document.querySelector('.widget-notice')?.textContent ?? '').replace(/\u00a0/g, ' ');
    for (const key of ['m', 'base', 'pair', 'seed', 'n']) expect(notice).toContain(`${key} = `);
    expect(notice).toContain('shift = 131071 → 130971 (keeps m + Δ and n + Δ within 0 to 131,071: here Δ can be −37 to 130,971)');
    expect(field('m, exact').value).toBe('100');
    expect(slider(/^Shift both by Δ/).value).toBe('130971');
    // The notice quotes what the URL said (m = NaN); the widget itself never prints NaN.
    expect(document.querySelector('.rope-rotation')?.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
