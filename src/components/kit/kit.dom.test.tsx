// @vitest-environment jsdom
// The kit's behaviour, part by part, as a reader meets it (the views' own tests cover their wiring).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataDetails, DataTable, NumberField, Reserve, StepControls, TextArea, type Parsed } from './index';

afterEach(cleanup);

const parseCount = (t: string): Parsed<number> => {
  const s = t.replace(/,/g, '').trim();
  if (!/^\d+$/.test(s)) return { ok: false, error: 'Type digits.' };
  const n = Number(s);
  return n >= 1 && n <= 100_000 ? { ok: true, value: n } : { ok: false, error: 'From 1 to 100,000.' };
};

function Counter({ start = 8192 }: { start?: number }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <NumberField label="Count" value={value} parse={parseCount} onChange={setValue} format={(v) => v.toLocaleString('en-US')} />
      <button type="button" onClick={() => setValue((v) => v * 2)}>Double</button>
      <button type="button" onClick={() => setValue((v) => v / 2)}>Halve</button>
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('NumberField', () => {
  const field = () => screen.getByRole('textbox', { name: 'Count' }) as HTMLInputElement;
  const value = () => screen.getByTestId('value').textContent;

  it('keeps what the reader typed while it means the value', () => {
    render(<Counter />);
    expect(field().value).toBe('8,192');
    fireEvent.change(field(), { target: { value: '4096' } });
    expect(value()).toBe('4096');
    expect(field().value).toBe('4096'); // not rewritten to "4,096" under the cursor
  });

  it('keeps an invalid text with its error inline, and the value unchanged', () => {
    render(<Counter />);
    fireEvent.change(field(), { target: { value: '81x' } });
    expect(field().value).toBe('81x');
    expect(value()).toBe('8192');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field().getAttribute('aria-describedby')!)?.textContent).toBe('Type digits.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a value changed elsewhere replaces the draft, and the draft does not come back with the old value', () => {
    render(<Counter />);
    fireEvent.change(field(), { target: { value: '81x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Double' }));
    expect(field().value).toBe('16,384');
    expect(field().getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Halve' }));
    expect(field().value).toBe('8,192');
  });
});

function Box({ overCap, start = '' }: { overCap: 'cut' | 'refuse'; start?: string }) {
  const [text, setText] = useState(start);
  return (
    <>
      <TextArea label="Notes" value={text} onChange={setText} max={5} overCap={overCap} />
      <button type="button" onClick={() => setText('ab')}>Sample</button>
    </>
  );
}

describe('TextArea', () => {
  const box = () => screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement;
  const count = () => document.getElementById(box().getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent;

  it('shows the count under the box, tied to it', () => {
    render(<Box overCap="cut" start="🦙 hi" />);
    expect(count()).toBe('4 of 5 characters.');
  });

  it('cut: keeps the first characters (an emoji is one) and says so until the text changes elsewhere', () => {
    render(<Box overCap="cut" />);
    fireEvent.change(box(), { target: { value: '🦙🦙🦙🦙🦙🦙🦙' } });
    expect(box().value).toBe('🦙🦙🦙🦙🦙');
    expect(count()).toBe('5 of 5 characters. Only the first 5 characters were kept.');
    fireEvent.click(screen.getByRole('button', { name: 'Sample' }));
    expect(count()).toBe('2 of 5 characters.');
  });

  it('refuse: keeps the whole text, marks the box invalid and explains inline', () => {
    render(<Box overCap="refuse" />);
    fireEvent.change(box(), { target: { value: 'abcdefg' } });
    expect(box().value).toBe('abcdefg');
    expect(box().getAttribute('aria-invalid')).toBe('true');
    const [, errId] = box().getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(errId!)?.textContent).toBe('This text has 7 characters; at most 5 are used.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('StepControls', () => {
  it('Reset, Back, forward, Play in that order; an end is said, not disabled, and does nothing', () => {
    const back = vi.fn(), next = vi.fn(), reset = vi.fn();
    render(<StepControls label="Steps" atStart atEnd={false} onBack={back} onNext={next} onReset={reset} onPlay={() => {}} nextLabel="Merge" />);
    const group = screen.getByRole('group', { name: 'Steps' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reset', '◀ Back', 'Merge ▶', 'Play']);
    // The arrows are decoration: the names are the words.
    expect(screen.getByRole('button', { name: 'Back' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Back' }).hasAttribute('disabled')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(back).not.toHaveBeenCalled();
    expect(reset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(next).toHaveBeenCalledTimes(1);
  });
});

describe('DataDetails and DataTable: one policy for readers without JavaScript', () => {
  const table = (
    <DataDetails summary="Data">
      <DataTable caption="Numbers" scroll="Numbers, as a table">
        <tbody><tr><th scope="row">a</th><td>1</td></tr></tbody>
      </DataTable>
    </DataDetails>
  );
  it('the server HTML holds the whole table, closed, in a named scroll region, with its caption', () => {
    const html = renderToString(table);
    expect(html).toMatch(/^<details class="data-details"><summary>Data<\/summary><section class="scroll-region" tabindex="0" aria-label="Numbers, as a table"><table><caption class="visually-hidden">Numbers<\/caption><tbody><tr><th scope="row">a<\/th><td>1<\/td><\/tr><\/tbody><\/table><\/section><\/details>$/);
  });
  it('once running, a closed disclosure renders its table only while open', () => {
    const { container } = render(table);
    const details = container.querySelector('details')!;
    expect(container.querySelector('table')).toBeNull();
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getByRole('table', { name: 'Numbers' })).toBeTruthy();
  });
});

describe('Reserve', () => {
  it('lays the sizer out hidden from everyone, in the same cell as the content', () => {
    render(<Reserve sizer={<p>Loss 8.888, accuracy 100.0% (the widest line)</p>}><p>Computing…</p></Reserve>);
    const sizer = screen.getByText(/the widest line/).parentElement!;
    expect(sizer.getAttribute('aria-hidden')).toBe('true');
    expect(sizer.className).toBe('kit-reserve-size');
    expect(screen.getByText('Computing…').parentElement!.className).toBe('kit-reserve-content');
    expect(sizer.parentElement).toBe(screen.getByText('Computing…').parentElement!.parentElement);
  });
});
