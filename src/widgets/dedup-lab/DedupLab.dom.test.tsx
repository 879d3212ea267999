// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeHtml } from '../../../tests/unit/normalize';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { InLocale } from '../../i18n/testing';
import { parseUrl } from '../../lib/urlState';
import DedupLab, { DedupLabView } from './DedupLab';
import { PASTED_EXAMPLES } from './examples';
import { fields } from './meta';
import { DEFAULTS, PASTE_CAPS } from './model';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const outcome = () => document.querySelector('.dl-outcome')?.textContent ?? '';
const announced = () => document.querySelector('[data-announcer]')?.textContent ?? '';
const badges = () => [...document.querySelectorAll('.dl-badge')].map((b) => b.textContent);
const slider = (name: RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;
const select = (name: RegExp) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;
const DEFAULT_OUTCOME = 'Of 24 documents, the URL level removed 4, the document level 8 (8 flagged pairs), and the line level 17 lines of 64: 12 documents remain.';

describe('DedupLab, used through its controls', () => {
  it('starts on the built-in pages: every page listed with its fate in words, removed ones struck through', async () => {
    await act(async () => { render(<DedupLab />); });
    expect(outcome()).toBe(DEFAULT_OUTCOME);
    const b = badges();
    expect(b).toHaveLength(24);
    expect(b.filter((x) => x === 'Removed · URL level')).toHaveLength(4);
    expect(b.filter((x) => x === 'Removed · document level')).toHaveLength(8);
    expect(b.filter((x) => x === 'Kept, lines removed')).toHaveLength(7);
    // A removed page: every line struck; its reason names the kept copy.
    const first = document.querySelector('.dl-doc')!;
    expect(first.querySelectorAll('del.dl-line').length).toBe(first.querySelectorAll('.dl-line').length);
    expect(first.querySelector('.dl-reason')?.textContent).toBe('An older crawl of this URL: #2 (2023-06-14) is kept.');
    // The Chinese pages carry their language.
    expect(document.querySelectorAll('.dl-body[lang="zh"]')).toHaveLength(2);
    // The flagged pairs: estimate and exact Jaccard side by side.
    const rows = [...document.querySelectorAll('.dl-level .dl-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual(['#4 and #5', '1.000', '1.000', '100.0%']);
    // The chart: role img, its name says bands, rows and threshold.
    expect(screen.getByRole('img', { name: /1 − \(1 − s\^4\)\^32.*threshold about 0\.42/ })).toBeTruthy();
  });

  it('keyboard: the shingle slider, the bands and permutations menus recompute; a new perms keeps bands valid', async () => {
    await act(async () => { render(<DedupLab />); });
    fireEvent.change(slider(/Shingle size/), { target: { value: '1' } });
    expect(document.querySelectorAll('.dl-how')[1]?.textContent).toContain('over 1-word shingles');
    // Bags of words: every pair shares more, so more pairs appear in the S-curve table.
    expect(document.querySelector('.dl-table tbody tr th')?.textContent).toBe('#4 and #5');
    fireEvent.change(slider(/Shingle size/), { target: { value: '5' } });
    expect(outcome()).toBe(DEFAULT_OUTCOME);
    fireEvent.change(select(/bands/), { target: { value: '8' } });
    expect(outcome()).toBe('Of 24 documents, the URL level removed 4, the document level 3 (3 flagged pairs), and the line level 20 lines of 91: 17 documents remain.');
    // 8 bands divide 16: kept; then 64 bands on 128, and 16 permutations: 64 is too many, the nearest divisor is 16.
    fireEvent.change(select(/Permutations/), { target: { value: '16' } });
    expect(select(/bands/).value).toBe('8');
    fireEvent.change(select(/Permutations/), { target: { value: '128' } });
    fireEvent.change(select(/bands/), { target: { value: '64' } });
    fireEvent.change(select(/Permutations/), { target: { value: '16' } });
    expect(select(/bands/).value).toBe('16');
    expect([...select(/bands/).options].map((o) => o.textContent)).toEqual(['1 band × 16 rows', '2 bands × 8 rows', '4 bands × 4 rows', '8 bands × 2 rows', '16 bands × 1 row']);
    fireEvent.change(slider(/Line threshold/), { target: { value: '5' } });
    expect(document.querySelectorAll('.dl-lines li')).toHaveLength(0);
  });

  it('announces the outcome once per change, after it settles', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<DedupLab />); });
    expect(announced()).toBe('');
    fireEvent.change(slider(/Line threshold/), { target: { value: '1' } });
    expect(announced()).toBe('');
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(announced()).toBe('Of 24 documents, the URL level removed 4, the document level 8 (8 flagged pairs), and the line level 19 lines of 64: 12 documents remain.');
    const region = document.querySelector('[data-announcer]')!;
    const said = region.innerHTML;
    // The seed changes estimates but not this outcome: nothing new is said.
    fireEvent.change(screen.getByLabelText('Hash seed'), { target: { value: '2' } });
    await act(async () => { vi.advanceTimersByTime(ANNOUNCE_DELAY_MS); });
    expect(region.innerHTML).toBe(said);
  });

  it('the URL state round-trips; bands that do not divide perms are corrected and said; hostile values are named', async () => {
    window.history.replaceState(null, '', '/embed/dedup-lab/?shingle=3&perms=64&bands=8&lineT=4&seed=9&theme=dark');
    await act(async () => { render(<DedupLab embed />); });
    expect(slider(/Shingle size/).value).toBe('3');
    expect(select(/Permutations/).value).toBe('64');
    expect(select(/bands/).value).toBe('8');
    expect(slider(/Line threshold/).value).toBe('4');
    expect((screen.getByLabelText('Hash seed') as HTMLInputElement).value).toBe('9');
    cleanup();

    window.history.replaceState(null, '', '/embed/dedup-lab/?bands=30');
    await act(async () => { render(<DedupLab embed />); });
    expect(document.querySelector('.dl-issues')?.textContent).toBe('30 bands do not divide 128 permutations into equal rows: using the nearest divisor, 32 bands of 4 rows.');
    expect(select(/bands/).value).toBe('32');
    cleanup();

    window.history.replaceState(null, '', '/embed/dedup-lab/?shingle=__proto__&perms=NaN&bands=-1&lineT=1e99&seed=%3Cimg%3E');
    await act(async () => { render(<DedupLab embed />); });
    const notice = document.querySelector('.widget-notice')?.textContent ?? '';
    for (const key of ['shingle', 'perms', 'bands', 'lineT', 'seed']) expect(notice).toContain(key);
    expect(outcome()).toBe(DEFAULT_OUTCOME);
    cleanup();

    window.history.replaceState(null, '', '/');
    await act(async () => { render(<DedupLab />); });
    fireEvent.change(slider(/Shingle size/), { target: { value: '7' } });
    fireEvent.change(select(/bands/), { target: { value: '16' } });
    fireEvent.change(screen.getByLabelText('Hash seed'), { target: { value: '42' } });
    expect(openState()).toMatchObject({ shingle: 7, perms: 128, bands: 16, lineT: DEFAULTS.lineT, seed: 42 });
  });

  it('pasted documents: run as typed, grouped by a leading URL, Chinese shingled by character; caps refused in words', async () => {
    await act(async () => { render(<DedupLab />); });
    fireEvent.click(screen.getByLabelText('Your own'));
    expect(document.querySelector('.dl-problem')?.textContent).toBe('Paste or type some documents to run them through the three levels.');
    const box = screen.getByRole('textbox', { name: 'Your documents' });
    await act(async () => { fireEvent.change(box, { target: { value: PASTED_EXAMPLES.mixed } }); });
    expect(outcome()).toBe('Of 5 documents, the URL level removed 1, the document level 1 (1 flagged pair), and the line level 0 lines of 5: 3 documents remain.');
    expect(badges()).toEqual(['Removed · URL level', 'Kept', 'Kept', 'Kept', 'Removed · document level']);
    expect(document.querySelector('.dl-notes')?.textContent).toContain('a k-shingle of Chinese is k consecutive characters (2 documents in this corpus)');
    await act(async () => { fireEvent.change(box, { target: { value: 'a\n\n'.repeat(PASTE_CAPS.docs + 1) } }); });
    expect(document.querySelector('.dl-problem')?.textContent).toMatch(/^That is 31 documents; this lab runs at most 30\./);
    expect(document.querySelector('.dl-outcome')).toBeNull();
    await act(async () => { fireEvent.change(box, { target: { value: 'x'.repeat(PASTE_CAPS.chars + 1) } }); });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.ctl-error')?.textContent).toBe('6,001 characters: over the 6,000 this lab runs. Shorten the text.');
  });
});

describe('DedupLab with pasted documents, in both languages (snapshots)', () => {
  it.each(['en', 'zh'] as const)('%s', (lang) => {
    const html = renderToString(
      <InLocale lang={lang}>
        <DedupLabView state={parseUrl(fields, '').state} onChange={() => {}} embed={false} initialText={PASTED_EXAMPLES.mixed} />
      </InLocale>,
    );
    expect(html).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
    expect(normalizeHtml(html)).toMatchSnapshot();
  });
});
