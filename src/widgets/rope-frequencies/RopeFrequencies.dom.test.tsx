// @vitest-environment jsdom
// rope-frequencies used through its controls (jsdom): methods, typed numbers and their errors, the position slider
// and buttons, the one announcement per change, and the URL state of an embed page (read, named when unused, shared).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import RopeFrequencies from './RopeFrequencies';
import { fields } from './meta';

afterEach(() => { cleanup(); vi.useRealTimers(); window.history.replaceState(null, '', '/'); });

const text = () => document.querySelector('.rope-freq')?.textContent?.replace(/\u00a0/g, ' ') ?? '';
const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const errorOf = (input: HTMLInputElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? null;

describe('RopeFrequencies, used through its controls', () => {
  it('the method select switches the overlay and its numbers; YaRN’s ramp radios pick paper, code or both', () => {
    render(<RopeFrequencies />);
    expect(text()).toContain('29 kept, 6 blended, 29 ÷ 8');
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'ntk' } });
    expect(text()).toContain('4,134,231.13');
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'yarn' } });
    expect(text()).toContain('1.207944');
    expect(document.querySelectorAll('.rf-strip')).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('Code (in i)'));
    expect(document.querySelectorAll('.rf-strip')).toHaveLength(1);
    expect(text()).toContain('YaRN, code’s ramp (in pair index)');
    expect(text()).not.toContain('YaRN, paper’s ramp');
    // Fields the method does not read are not offered.
    expect(screen.queryByLabelText('low_freq_factor')).toBeNull();
  });

  it('typed numbers: decimals and K are read; a refused text gives an inline error and keeps the last result', () => {
    render(<RopeFrequencies />);
    type('Factor s', '2.5');
    expect(text()).toContain('÷ 2.5');
    expect(text()).toContain('These are not the values Llama 3.1 ships');
    for (const junk of ['0.5', 'abc', '1e3', '-4', '9'.repeat(30)]) {
      type('Factor s', junk);
      expect(field('Factor s').getAttribute('aria-invalid')).toBe('true');
      expect(errorOf(field('Factor s'))).toMatch(/^Factor s/);
      expect(text()).toContain('÷ 2.5');
    }
    type('Factor s', '8');
    expect(field('Factor s').getAttribute('aria-invalid')).toBeNull();
    type('Original context L, tokens', '8K');
    expect(text()).toContain('29 kept, 6 blended, 29 ÷ 8');
    type('Base b', '5e5');
    expect(text()).toContain('2,559,195.52');
    type('Base b', '10,000');
    expect(text()).toContain('54,410.14');
  });

  it('impossible combinations: factor 1 and low ≥ high explain themselves; the spectrum stays', () => {
    render(<RopeFrequencies />);
    type('Factor s', '1');
    expect(document.querySelector('.rf-invalid')?.textContent).toContain('The factor must be greater than 1');
    type('Factor s', '8');
    type('low_freq_factor', '4');
    expect(document.querySelector('.rf-invalid')?.textContent).toContain('low_freq_factor (4) must be smaller than high_freq_factor (4)');
    expect(document.querySelectorAll('.rf-svg').length).toBeGreaterThanOrEqual(1);
    type('low_freq_factor', '1');
    expect(document.querySelector('.rf-invalid')).toBeNull();
  });

  it('the position: keys on the powers-of-two slider, the exact field and the buttons', () => {
    render(<RopeFrequencies />);
    const slider = screen.getByRole('slider', { name: /^Position m/ }) as HTMLInputElement;
    expect(slider.getAttribute('aria-valuetext')).toBe('position 131,071');
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    fireEvent.change(slider, { target: { value: '13' } });
    expect(text()).toContain('At position 8,192 the largest error is 7.29 rad (pair 32); 9 of 64 pairs');
    expect(field('Position m, exact').value).toBe('8,192');
    fireEvent.click(screen.getByRole('button', { name: '131,071' }));
    expect(text()).toContain('116.6 rad');
    expect(screen.getByRole('button', { name: '131,071' }).getAttribute('aria-pressed')).toBe('true');
    type('Position m, exact', '32768');
    expect(text()).toContain('29.14 rad');
    expect(text()).toContain('16 of 64');
  });

  it('one polite announcement per settled change, with the result', async () => {
    vi.useFakeTimers();
    const { container } = render(<RopeFrequencies />);
    const region = container.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const mo = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    mo.observe(region, { childList: true, subtree: true, characterData: true });
    const slider = screen.getByRole('slider', { name: /^Position m/ });
    for (const v of [16, 15, 14, 13]) {
      fireEvent.keyDown(slider, { key: 'ArrowLeft' });
      fireEvent.change(slider, { target: { value: String(v) } });
      await act(async () => { vi.advanceTimersByTime(100); });
    }
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(said).toEqual([
      'Base 500,000, head dimension 128: 64 pairs, 29 longer than 8,192 tokens. Llama 3.1’s rule: 29 kept, 6 blended, 29 ÷ 8; longest wavelength 20,473,564.14 tokens. Forgetting it: 7.29 rad at position 8,192.',
    ]);
    mo.disconnect();
  });

  it('the data table and the sources sit in closed disclosures whose summaries say what they hold; opening shows them', async () => {
    render(<RopeFrequencies />);
    const [data, sources] = [...document.querySelectorAll('.rope-freq details')] as HTMLDetailsElement[];
    expect(data!.open).toBe(false);
    expect(sources!.open).toBe(false);
    expect(data!.querySelector('summary')!.textContent).toBe('Data: λ and θ of all 64 pairs, exactly, before and after scaling');
    expect(sources!.querySelector('summary')!.textContent).toBe('Sources of every number and formula');
    // Hydrated and closed, the table is not rendered (DataDetails); opened, it is, with §B.6's row 32.
    expect(data!.querySelector('.rf-table')).toBeNull();
    await act(async () => {
      data!.open = true;
      data!.dispatchEvent(new Event('toggle'));
    });
    const row32 = [...data!.querySelectorAll('.rf-table tbody tr')][32]!;
    expect([...row32.querySelectorAll('td')].map((c) => c.textContent)).toEqual(
      ['4,442.883', '1.414213562373 × 10⁻³', '5.248461609930 × 10⁻⁴', '0.371122', 'blend', '0.2813'],
    );
    expect(sources!.textContent).toContain('apply_scaling');
  });

  it('an embed URL sets the state; fields the method does not read are named; Open shares the state', async () => {
    window.history.replaceState(null, '', '/embed/rope-frequencies/?method=dynamic&base=10000&factor=2&original=4096&seqLen=16384&low=2&ramp=code&headDim=96');
    await act(async () => { render(<RopeFrequencies embed />); });
    expect(text()).toContain('72,195.86');
    const notice = document.querySelector('.widget-notice')!.textContent!;
    expect(notice).toContain('headDim');
    expect(notice).toMatch(/low = 2.*not used by this method \(only by Llama 3\.1’s rule\)/s);
    expect(notice).toMatch(/ramp = code.*only by NTK-by-parts \/ YaRN/s);
    cleanup();
    window.history.replaceState(null, '', '/');
    render(<RopeFrequencies />);
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'pi' } });
    type('Factor s', '4');
    const open = screen.getByRole('link', { name: /^Open/ }).getAttribute('href')!;
    const query = open.slice(open.indexOf('?') + 1);
    const parsed = parseUrl(fields, query);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state).toMatchObject({ method: 'pi', factor: 4, base: 500_000 });
  });
});
