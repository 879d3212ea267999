import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boolField, enumField, intField, MAX_QUERY_LENGTH, numberField, urlSchema, parseProps, parseUrl, serializeUrl, shareQuery, textField } from './urlState';

const schema = urlSchema({
  size: enumField(['8b', '70b', '405b'], '8b'),
  layers: intField(1, 512, 32),
  tokens: numberField(1, 1e16, 15.6e12),
  tied: boolField(false),
  text: textField(64, 'Hello'),
});

/** Every state of `schema` that parsing can produce. */
const state = fc.record({
  size: fc.constantFrom('8b', '70b', '405b'),
  layers: fc.integer({ min: 1, max: 512 }),
  tokens: fc.double({ min: 1, max: 1e16, noNaN: true }),
  tied: fc.boolean(),
  text: fc.string({ unit: 'grapheme', maxLength: 20 }),
});

describe('parseUrl', () => {
  it('returns the defaults for an empty query', () => {
    expect(parseUrl(schema, '')).toEqual({
      state: { size: '8b', layers: 32, tokens: 15.6e12, tied: false, text: 'Hello' },
      ignored: [],
      given: [],
    });
  });
  it('reads valid values', () => {
    const r = parseUrl(schema, '?size=405b&layers=126&tokens=1e12&tied=true&text=%F0%9F%A6%99%20hi');
    expect(r.state).toEqual({ size: '405b', layers: 126, tokens: 1e12, tied: true, text: '🦙 hi' });
    expect(r.ignored).toEqual([]);
    expect(r.given).toEqual(['size', 'layers', 'tokens', 'tied', 'text']);
  });
  it('falls back per field and says which it ignored', () => {
    const r = parseUrl(schema, 'size=banana&layers=3.5&tokens=NaN&tied=maybe&text=' + 'x'.repeat(65) + '&unknown=1');
    expect(r.state).toEqual({ size: '8b', layers: 32, tokens: 15.6e12, tied: false, text: 'Hello' });
    expect(r.ignored.map((i) => i.key)).toEqual(['size', 'layers', 'tokens', 'tied', 'text']);
    expect(r.ignored[0]).toEqual({ key: 'size', value: 'banana', expected: { kind: 'enum', values: ['8b', '70b', '405b'] } });
    expect(r.ignored[1]?.expected).toEqual({ kind: 'int', min: 1, max: 512 });
    expect(r.ignored[4]?.value.endsWith('…')).toBe(true);
    expect(r.given).toEqual([]); // an unknown key is neither given nor ignored
  });
  it('shows ignored values with invisible and reordering characters made visible', () => {
    const r = parseUrl(schema, `size=${encodeURIComponent('8b\u202E\u200Bx\n')}`);
    expect(r.ignored[0]?.value).toBe('8b⟨U+202E⟩⟨U+200B⟩x↵'); // a line feed as the one symbol table draws it
  });
  it('refuses out-of-range, empty and exotic numbers', () => {
    for (const bad of ['0', '513', '', ' 5', '0x10', '1e2', 'Infinity', '-1', '99999999999999999999']) {
      expect(parseUrl(schema, `layers=${encodeURIComponent(bad)}`).state.layers).toBe(32);
    }
  });
  it('reads "-0" as 0, so the state round-trips (found by the URL fuzz in src/widgets/contract.test.tsx)', () => {
    const schema = urlSchema({ i: intField(-5, 5, 3), x: numberField(-5, 5, 3) });
    const { state } = parseUrl(schema, '?i=-0&x=-0');
    expect(Object.is(state.i, 0)).toBe(true);
    expect(Object.is(state.x, 0)).toBe(true);
  });
  it('counts text in code points, not UTF-16 units', () => {
    const emoji64 = '🦙'.repeat(64);
    expect(parseUrl(schema, `text=${encodeURIComponent(emoji64)}`).state.text).toBe(emoji64);
  });
  it('never throws, whatever the query', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (q) => {
      const r = parseUrl(schema, q);
      expect(schema.safeParse({}).success).toBe(true);
      expect(typeof r.state.layers).toBe('number');
    }));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('size', 'layers', 'tokens', 'tied', 'text', 'x'), fc.string({ unit: 'binary' })), (rec) => {
      parseUrl(schema, new URLSearchParams(rec));
    }));
  });
  it('ignores absurdly long queries wholesale', () => {
    const r = parseUrl(schema, 'size=405b&pad=' + 'a'.repeat(10_000));
    expect(r.state.size).toBe('8b');
    expect(r.ignored[0]?.key).toBe('(query)');
  });
});

describe('serializeUrl', () => {
  it('writes only what differs from the defaults', () => {
    expect(serializeUrl(schema, { size: '8b', layers: 32, tokens: 15.6e12, tied: false, text: 'Hello' })).toBe('');
    expect(serializeUrl(schema, { size: '405b', layers: 32, tokens: 15.6e12, tied: true, text: 'Hello' })).toBe('size=405b&tied=true');
  });
  it('round-trips every state that parsing can produce', () => {
    fc.assert(fc.property(state, (s) => {
      const r = parseUrl(schema, serializeUrl(schema, s));
      expect(r.ignored).toEqual([]);
      expect(r.state).toEqual(s);
    }));
  });
});

describe('shareQuery (Embed snippet and Open link)', () => {
  const long = urlSchema({ size: enumField(['8b', '70b', '405b'], '8b'), text: textField(2_000, '') });
  const defaults = { size: '8b' as const, text: '' };

  it('is serializeUrl when everything fits', () => {
    const state = { size: '405b' as const, text: 'Hello world' };
    expect(shareQuery(long, state)).toEqual({ query: serializeUrl(long, state), shortened: [] });
  });
  it('cuts a typed text longer than the field accepts to the longest prefix it accepts', () => {
    const text = 'abcdefghij'.repeat(5_000);
    const { query, shortened } = shareQuery(long, { ...defaults, size: '70b', text });
    expect(shortened).toEqual([{ key: 'text', kept: 2_000, total: 50_000 }]);
    const back = parseUrl(long, query);
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual({ size: '70b', text: text.slice(0, 2_000) });
  });
  it('cuts non-ASCII text so the whole query stays readable (under MAX_QUERY_LENGTH), and not one code point less', () => {
    const text = '世界🦙'.repeat(700); // 2,100 code points; each takes 9 or 12 characters once percent-encoded
    const { query, shortened } = shareQuery(long, { ...defaults, size: '405b', text });
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const kept = shortened[0]!.kept;
    const cps = Array.from(text);
    expect(serializeUrl(long, { size: '405b', text: cps.slice(0, kept + 1).join('') }).length).toBeGreaterThan(MAX_QUERY_LENGTH);
    const back = parseUrl(long, query);
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual({ size: '405b', text: cps.slice(0, kept).join('') });
  });
  it('never splits a character: whatever the text, the shared query parses back to a prefix of it', () => {
    const text = fc.string({ unit: 'binary', maxLength: 4_000 }).filter((t) => t.isWellFormed());
    fc.assert(fc.property(text, (t) => {
      const { query, shortened } = shareQuery(long, { size: '8b', text: t });
      expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      const back = parseUrl(long, query);
      expect(back.ignored).toEqual([]);
      expect(t.startsWith(back.state.text)).toBe(true);
      expect(Array.from(back.state.text).length).toBe(shortened[0]?.kept ?? Array.from(t).length);
    }), { numRuns: 60 });
  });
});

describe('parseProps (the npm package: a component’s props read as its URL)', () => {
  it('gives a valid state as it is, with nothing named', () => {
    fc.assert(fc.property(state, (s) => {
      const r = parseProps(schema, s);
      expect(r.state).toEqual(s);
      expect(r.ignored).toEqual([]);
      expect(r.unknown).toEqual([]);
      expect(r.given.sort()).toEqual(Object.keys(s).sort());
    }));
  });

  it('accepts a prop exactly when the URL accepts the same parameter', () => {
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }), fc.double(), fc.boolean(), fc.string({ maxLength: 80 }),
      fc.constantFrom('70b', '405b', '12', '1e3', 'true', '0', '-0', 'NaN', 'Infinity'),
    );
    fc.assert(fc.property(fc.constantFrom('size', 'layers', 'tokens', 'tied', 'text'), value, (key, v) => {
      const fromProps = parseProps(schema, { [key]: v });
      const fromUrl = parseUrl(schema, new URLSearchParams({ [key]: String(Object.is(v, -0) ? 0 : v) }));
      expect(fromProps.state).toEqual(fromUrl.state);
      expect(fromProps.ignored.map((i) => i.key)).toEqual(fromUrl.ignored.map((i) => i.key));
    }));
  });

  it('names an invalid prop and uses the default instead', () => {
    const r = parseProps(schema, { layers: -5, size: 'gpt-4', tied: 'yes', tokens: Number.NaN });
    expect(r.state).toEqual(parseProps(schema, {}).state);
    expect(r.ignored.map((i) => [i.key, i.value])).toEqual([['layers', '-5'], ['size', 'gpt-4'], ['tied', 'yes'], ['tokens', 'NaN']]);
    expect(r.ignored[0]!.expected).toEqual({ kind: 'int', min: 1, max: 512 });
  });

  it('names unknown props, checks extra fields without putting them in the state, and skips undefined', () => {
    const r = parseProps(schema, { layrs: 3, layers: 12, lang: 'fr', tied: undefined }, { lang: enumField(['en', 'zh'], 'en') });
    expect(r.unknown).toEqual(['layrs']);
    expect(r.state.layers).toBe(12);
    expect(r.state).not.toHaveProperty('lang');
    expect(r.ignored.map((i) => i.key)).toEqual(['lang']);
    expect(r.given).toEqual(['layers']);
  });

  it('never throws, whatever the props hold', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('size', 'layers', 'tokens', 'tied', 'text', 'x'), fc.anything()), (props) => {
      const r = parseProps(schema, props);
      // A state the URL can carry: it goes through a link and back unchanged.
      const back = parseUrl(schema, serializeUrl(schema, r.state));
      expect(back.ignored).toEqual([]);
      expect(back.state).toEqual(r.state);
    }));
  });

  it('reads a text prop longer than a URL could carry, up to its own cap', () => {
    const long = 'x'.repeat(MAX_QUERY_LENGTH + 10);
    const big = urlSchema({ text: textField(MAX_QUERY_LENGTH * 2, '') });
    expect(parseProps(big, { text: long }).state.text).toBe(long);
  });
});
