import { describe, expect, it } from 'vitest';
import { shownDraft, typedDraft, type Parsed } from './draft';

/** Whole numbers with optional thousands separators, 1 to 1,000,000. */
const parse = (t: string): Parsed<number> => {
  const s = t.replace(/[,\s]/g, '');
  if (!/^\d+$/.test(s)) return { ok: false, error: 'digits only' };
  const n = Number(s);
  return n >= 1 && n <= 1_000_000 ? { ok: true, value: n } : { ok: false, error: 'out of range' };
};

describe('shownDraft: the reader’s text or the value', () => {
  it('no draft: the value', () => {
    expect(shownDraft(null, 8192, parse)).toBeNull();
    expect(shownDraft(undefined, 8192, parse)).toBeNull();
  });
  it('a valid draft that still means the value stays as typed', () => {
    const { draft } = typedDraft('8,192', 4096, parse);
    expect(draft.base).toBe(8192);
    expect(shownDraft(draft, 8192, parse)).toBe('8,192');
  });
  it('a valid draft the value has moved away from gives way to the value', () => {
    expect(shownDraft(typedDraft('8,192', 4096, parse).draft, 16384, parse)).toBeNull();
  });
  it('an invalid draft stays while the value is the one it left on screen, and goes when the value changes', () => {
    const { draft, parsed } = typedDraft('81x', 8192, parse);
    expect(parsed).toEqual({ ok: false, error: 'digits only' });
    expect(shownDraft(draft, 8192, parse)).toBe('81x');
    expect(shownDraft(draft, 16384, parse)).toBeNull();
    expect(shownDraft(typedDraft('', 8192, parse).draft, 8192, parse)).toBe('');
  });
});
