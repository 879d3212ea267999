import { describe, expect, it } from 'vitest';
import { partsText, pieceLangs, type LangPart } from './textLang';

const parts: LangPart[] = [{ lang: 'en', text: 'Hi!' }, { lang: 'ru', text: ' Привет' }, { lang: 'zh', text: '，世界' }];

describe('pieceLangs', () => {
  it('gives each piece the language of the part it lies in (UTF-8 byte lengths)', () => {
    // "Hi" "!" " При" "вет" "，" "世界": 2, 1, 7, 6, 3, 6 bytes.
    expect(pieceLangs(parts, [2, 1, 7, 6, 3, 6])).toEqual(['en', 'en', 'ru', 'ru', 'zh', 'zh']);
  });
  it('a piece across two parts gets no language of its own', () => {
    expect(pieceLangs(parts, [3, 13, 9])).toEqual(['en', 'ru', 'zh']);
    expect(pieceLangs(parts, [2, 8, 6, 9])).toEqual(['en', undefined, 'ru', 'zh']);
  });
  it('skips bytes that are not in the text (Llama 2 prefixes a space)', () => {
    expect(pieceLangs(parts, [3, 1, 7, 6, 9], 1)).toEqual(['en', 'en', 'ru', 'ru', 'zh']);
  });
  it('refuses pieces that are not this text; a partial list may be shorter', () => {
    expect(pieceLangs(parts, [2, 1, 7])).toBeNull();
    expect(pieceLangs(parts, [2, 1, 7], 0, false)).toEqual(['en', 'en', 'ru']);
    expect(pieceLangs(parts, [40], 0, false)).toBeNull();
  });
  it('joins the parts into the text', () => {
    expect(partsText(parts)).toBe('Hi! Привет，世界');
  });
});
