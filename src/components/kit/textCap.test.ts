import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCodePoints } from '../../lib/text';
import { capText } from './textCap';

describe('capText', () => {
  it('cut after max code points, never inside a pair', () => {
    expect(capText('abc', 3)).toEqual({ text: 'abc', cut: false });
    expect(capText('abcd', 3)).toEqual({ text: 'abc', cut: true });
    expect(capText('🦙🦙🦙', 2)).toEqual({ text: '🦙🦙', cut: true });
    expect(capText('🦙🦙', 2)).toEqual({ text: '🦙🦙', cut: false });
    expect(capText('x', 0)).toEqual({ text: '', cut: true });
  });
  it('the result is a prefix of at most max code points, cut only when the text was longer', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(30), (s, max) => {
      const r = capText(s, max);
      expect(s.startsWith(r.text)).toBe(true);
      expect(countCodePoints(r.text)).toBe(Math.min(max, countCodePoints(s)));
      expect(r.cut).toBe(countCodePoints(s) > max);
    }));
  });
});
