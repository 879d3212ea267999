// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFor } from '../lib/format';
import { commonFields, enumField, urlSchema, textField, type FieldSpec } from '../lib/urlState';
import { defineWidget, type ViewProps } from '../widgets/types';
import { en as shellEn } from './messages.en';
import { zh as shellZh } from './messages.zh';
import { island } from './WidgetShell';
import { inEnglish, testCatalogue } from '../i18n/testing';

const fields = urlSchema({ ...commonFields, mode: enumField(['ok', 'boom'], 'ok') });
const meta = defineWidget({ id: 'test-widget', chapter: 'overview', position: 1, reportRef: '§1', height: { en: 300, zh: 300 }, fields });
const catalogue = testCatalogue('test-widget', 'Test widget', 'A widget used by the shell tests only.');

function View({ state, onChange }: ViewProps<typeof fields>) {
  if (state.mode === 'boom') throw new Error('kaboom');
  return <button type="button" onClick={() => onChange({ mode: 'boom' })}>break it</button>;
}
const Island = inEnglish(island(meta, View, { messages: catalogue.key }), catalogue.words);

afterEach(() => { window.history.replaceState(null, '', '/'); });

describe('WidgetShell', () => {
  it('catches a failing view: shows a message and a reload button; reload restores the default state', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<><Island /><p>rest of the page</p></>);
    fireEvent.click(screen.getByRole('button', { name: 'break it' }));
    expect(screen.getByRole('alert').textContent).toContain('Test widget stopped working: kaboom');
    expect(screen.getByText('rest of the page')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload widget' }));
    expect(screen.getByRole('button', { name: 'break it' })).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });

  it('on an embed page, reads the URL and lists what it ignored', async () => {
    window.history.replaceState(null, '', '/embed/test-widget/?mode=banana&theme=dark');
    await act(async () => { render(<Island embed />); });
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('mode');
    expect(notice.textContent).toContain('banana');
    expect(notice.textContent).toContain('one of ok, boom');
    expect(document.querySelector('.widget')?.getAttribute('data-hydrated')).toBe('true');
  });

  it('offers an embed snippet for the current state', async () => {
    await act(async () => { render(<Island site="https://example.org" />); });
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const snippet = (screen.getByRole('textbox') as HTMLTextAreaElement).value;
    expect(snippet).toMatch(/^<iframe data-l3x src="http:\/\/localhost(:\d+)?\/embed\/test-widget\/" title="Test widget \(Llama 3 Explained\)" width="100%" height="300"/);
    expect(snippet).toContain('/embed.js');
    expect(screen.getByRole('link', { name: /Open/ }).getAttribute('href')).toBe('/embed/test-widget/');
  });

  it('lets the blogger fix the embed theme: the reader’s setting (no parameter), light or dark', async () => {
    await act(async () => { render(<Island />); });
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const group = screen.getByRole('group', { name: 'Theme of the embedded widget' });
    expect((screen.getByRole('radio', { name: 'the reader’s setting' }) as HTMLInputElement).checked).toBe(true);
    expect(group.textContent).toContain('dark');
    await act(async () => { fireEvent.click(screen.getByRole('radio', { name: 'dark' })); });
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain('/embed/test-widget/?theme=dark"');
    expect(screen.getByRole('link', { name: /Open/ }).getAttribute('href')).toBe('/embed/test-widget/?theme=dark');
    await act(async () => { fireEvent.click(screen.getByRole('radio', { name: 'the reader’s setting' })); });
    expect(screen.getByRole('link', { name: /Open/ }).getAttribute('href')).toBe('/embed/test-widget/');
  });

  it('cuts a text too long for a link, says so, and the snippet and Open link carry the part that fits', async () => {
    const textFields = urlSchema({ ...commonFields, text: textField(100, '') });
    const textMeta = defineWidget({ ...meta, id: 'text-widget', fields: textFields });
    const TextView = ({ onChange }: ViewProps<typeof textFields>) => (
      <button type="button" onClick={() => onChange({ text: 'x'.repeat(250) })}>type a lot</button>
    );
    const TextIsland = inEnglish(island(textMeta, TextView, { messages: catalogue.key }), catalogue.words);
    await act(async () => { render(<TextIsland />); });
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(document.querySelector('.embed-shortened')).toBeNull();
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'type a lot' })); });
    expect(document.querySelector('.embed-shortened')?.textContent).toBe(
      'The text is too long for a link: this snippet and the Open link carry its first 100 of 250 characters.',
    );
    // A screen reader hears it with the snippet.
    expect(screen.getByRole('textbox', { description: /carry its first 100 of 250 characters/ })).toBeTruthy();
    const href = screen.getByRole('link', { name: /Open/ }).getAttribute('href');
    expect(href).toBe(`/embed/text-widget/?text=${'x'.repeat(100)}`);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toContain(`?text=${'x'.repeat(100)}"`);
  });
});

describe('what a URL field accepts, in words (the shell catalogue words the structural spec)', () => {
  const t = shellEn;
  const f = formatFor('en');
  it.each([
    [{ kind: 'enum', values: ['8b', '70b', '405b'] }, 'one of 8b, 70b, 405b'],
    [{ kind: 'set', values: ['bon', 'dpo', 'ppo'] }, 'any of bon, dpo, ppo, separated by commas'],
    [{ kind: 'int', min: 1, max: 1_000_000 }, 'a whole number from 1 to 1,000,000'],
    [{ kind: 'int', min: 1, max: 32, relation: { op: 'divides', key: 'heads' } }, 'a whole number from 1 to 32 that divides heads'],
    [{ kind: 'int', min: 0, max: 31, relation: { op: 'below', key: 'heads' } }, 'a whole number from 0 to 31, below heads'],
    [{ kind: 'int', min: 0, max: 100, percent: true }, 'a whole number of percent from 0 to 100'],
    [{ kind: 'number', min: 1, max: 1e16, absent: 'modelTokens' }, 'a number from 1 to 1 × 10¹⁶ (absent: the model’s documented token count)'],
    [{ kind: 'bool' }, 'true or false'],
    [{ kind: 'text', maxLength: 2_000 }, 'text of at most 2,000 characters'],
    [{ kind: 'query', maxLength: 8_192 }, 'a query of at most 8,192 characters'],
  ] as [FieldSpec, string][])('%j → %s', (spec, words) => {
    expect(t.accepts(spec, f)).toBe(words);
  });
});

describe('the same, in Chinese', () => {
  const f = formatFor('zh');
  it.each([
    [{ kind: 'enum', values: ['8b', '70b', '405b'] }, '8b、70b、405b 之一'],
    [{ kind: 'set', values: ['bon', 'dpo', 'ppo'] }, 'bon、dpo、ppo 中的任意几项，用英文逗号分隔'],
    [{ kind: 'int', min: 1, max: 32, relation: { op: 'divides', key: 'heads' } }, '1 到 32 之间的整数，且能整除 heads'],
    [{ kind: 'number', min: 1, max: 1e16, absent: 'modelTokens' }, '1 到 1 × 10¹⁶ 之间的数（缺省时取模型的公开训练 token 数）'],
    [{ kind: 'query', maxLength: 8_192 }, '不超过 8,192 个字符的查询'],
  ] as [FieldSpec, string][])('%j → %s', (spec, words) => {
    expect(shellZh.accepts(spec, f)).toBe(words);
  });
});
