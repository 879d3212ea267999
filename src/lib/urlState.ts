import * as z from 'zod/mini';
import { visibleText } from './text';

// Zod's JIT compiles parsers with the Function constructor; our CSP forbids eval, so parse without it.
z.config({ jitless: true });

/** One URL field: a schema over the string the URL carries, with a default and a description. */
export type UrlField = z.ZodMiniType;
/** A flat object of fields (so `schema.parse({})` gives the defaults). Build it with `urlSchema`. */
export type UrlSchema = z.ZodMiniObject<Record<string, UrlField>>;
export type UrlState<S extends UrlSchema> = z.output<S>;

export interface IgnoredField {
  key: string;
  /** The raw value, shortened for display. */
  value: string;
  /** What the field accepts (the URL notice words it in the reader's language). */
  expected: FieldSpec;
}

/**
 * What a URL field accepts, as structure; the words come from the shell's catalogue (src/components/messages.ts),
 * so the notice and the gallery speak the reader's language.
 */
export type FieldSpec =
  | { kind: 'enum'; values: readonly string[] }
  /** Any of these ids, separated by commas, in any order (the empty set is ""). */
  | { kind: 'set'; values: readonly string[] }
  | {
    kind: 'int' | 'number'; min: number; max: number;
    /** A further rule against another field: kvHeads divides heads, head is below heads. */
    relation?: { op: 'divides' | 'below'; key: string };
    /** The number is a percentage. */
    percent?: boolean;
    /** The field may be left out, and what the widget uses then. */
    absent?: 'modelTokens' | 'modelContext';
  }
  | { kind: 'bool' }
  | { kind: 'text'; maxLength: number }
  /** The whole query string, refused when longer than this. */
  | { kind: 'query'; maxLength: number };

/**
 * A URL parameter that was valid on its own but that the widget changed or does not use, e.g. gqa-heads'
 * kvHeads 5 → 4 (must divide heads). Widgets compute these in their model (island's `adjust`).
 */
export interface AdjustedField {
  key: string;
  /** The value as read from the URL. */
  value: string;
  /** The value used instead, or null when the parameter is not used at all. */
  to: string | null;
  /** Why, as a phrase: "must divide heads = 8", "used only with model=custom". */
  reason: string;
}

export interface ParseResult<T> {
  state: T;
  ignored: IgnoredField[];
  /** Keys the query set to a valid value (the widget may still adjust them: AdjustedField). */
  given: string[];
}

/** Longest query string we read at all; a longer one is ignored wholesale. */
export const MAX_QUERY_LENGTH = 8_192;

// zod/mini (a few KB in the browser instead of ~25 KB) has no .describe(): what each field accepts lives here.
const SPECS = new WeakMap<object, FieldSpec>();
/** Attach (or replace) what a field accepts; returns the field. */
export function described<T extends UrlField>(schema: T, spec: FieldSpec): T {
  SPECS.set(schema, spec);
  return schema;
}

/** What a field accepts, or null for a field not built with the helpers below. */
export function fieldSpec(field: UrlField): FieldSpec | null {
  return SPECS.get(field) ?? null;
}

/** The spec of a field built with the helpers below, with a further rule or note added. */
export function refined<T extends UrlField>(field: T, extra: Omit<Extract<FieldSpec, { kind: 'int' | 'number' }>, 'kind' | 'min' | 'max'>): T {
  const spec = SPECS.get(field);
  if (spec?.kind !== 'int' && spec?.kind !== 'number') throw new Error('refined() takes an int or number field');
  return described(field, { ...spec, ...extra });
}

/** A widget's URL schema from its fields (spread `commonFields` in first). */
export function urlSchema<T extends Record<string, UrlField>>(shape: T) {
  return z.object(shape);
}

// ── Field builders: each returns a schema over the *string* a URL carries, with a default. ──

/** One of a fixed list of strings. */
export function enumField<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return described(z._default(z.enum(values), fallback as never), { kind: 'enum', values });
}

/** An integer in [min, max], written in plain decimal digits. */
export function intField(min: number, max: number, fallback: number) {
  return described(
    z._default(
      z.pipe(
        // `+ 0` turns "-0" into 0: the state then serialises and parses back to itself.
        z.pipe(z.string().check(z.regex(/^-?\d{1,16}$/)), z.transform((s) => Number(s) + 0)),
        z.int().check(z.gte(min), z.lte(max)),
      ),
      fallback,
    ),
    { kind: 'int', min, max },
  );
}

/** A finite decimal number in [min, max] (accepts 1e12-style exponents). */
export function numberField(min: number, max: number, fallback: number) {
  return described(
    z._default(
      z.pipe(
        z.pipe(z.string().check(z.regex(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i)), z.transform((s) => Number(s) + 0)),
        z.number().check(z.gte(min), z.lte(max)),
      ),
      fallback,
    ),
    { kind: 'number', min, max },
  );
}

/** true or false. */
export function boolField(fallback: boolean) {
  return described(
    z._default(z.pipe(z.enum(['true', 'false', '1', '0']), z.transform((v: 'true' | 'false' | '1' | '0') => v === 'true' || v === '1')), fallback),
    { kind: 'bool' },
  );
}

// Text fields: the only ones shareQuery may shorten to fit a link.
const TEXT_FIELDS = new WeakSet<object>();

/** Free text up to maxLength code points (longer is refused, not silently cut). */
export function textField(maxLength: number, fallback: string) {
  const field = described(
    z._default(z.string().check(z.refine((s: string) => [...s].length <= maxLength)), fallback),
    { kind: 'text', maxLength },
  );
  TEXT_FIELDS.add(field);
  return field;
}

/** Embed themes: `auto` follows the reader's OS setting. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Parameters every widget accepts. `theme` is applied by the embed page before paint. */
export const commonFields = {
  theme: enumField(THEMES, 'auto'),
};

/** Defaults of a schema. */
export function defaultsOf<S extends UrlSchema>(schema: S): UrlState<S> {
  return schema.parse({});
}

/** Parse a query string (or URLSearchParams) through a widget schema. Never throws. */
export function parseUrl<S extends UrlSchema>(
  schema: S,
  query: string | URLSearchParams,
): ParseResult<UrlState<S>> {
  const state = defaultsOf(schema) as Record<string, unknown>;
  const ignored: IgnoredField[] = [];
  const given: string[] = [];
  let params: URLSearchParams;
  try {
    const raw = typeof query === 'string' ? query : query.toString();
    if (raw.length > MAX_QUERY_LENGTH) {
      return { state: state as UrlState<S>, ignored: [{ key: '(query)', value: String(raw.length), expected: { kind: 'query', maxLength: MAX_QUERY_LENGTH } }], given };
    }
    params = new URLSearchParams(raw);
  } catch {
    return { state: state as UrlState<S>, ignored, given };
  }
  for (const [key, field] of Object.entries(schema.shape)) {
    const raw = params.get(key);
    if (raw === null) continue;
    readField(key, field, raw, state, ignored, given);
  }
  return { state: state as UrlState<S>, ignored, given };
}

/** One field's string through its schema: into `state` and `given` when valid, else into `ignored`. */
function readField(key: string, field: UrlField, raw: string, state: Record<string, unknown>, ignored: IgnoredField[], given: string[]) {
  let ok = false;
  try {
    const r = field.safeParse(raw);
    if (r.success && r.data !== undefined) { state[key] = r.data; ok = true; }
  } catch { /* a refine that throws counts as invalid */ }
  if (ok) given.push(key);
  else ignored.push({ key, value: shorten(raw), expected: fieldSpec(field) ?? { kind: 'text', maxLength: 0 } });
}

/** What parseProps returns: parseUrl's result, plus the props that are no field of the widget. */
export interface PropsResult<T> extends ParseResult<T> {
  unknown: string[];
}

/**
 * A component's props through a widget schema (the npm package: src/package/): each prop is read as the string its
 * URL parameter would carry (a number in JavaScript's decimal form, a boolean as true or false), so a prop is valid
 * exactly when the same URL parameter is, and an invalid one falls back to the default and is named, as on an embed
 * page. `extra` fields are validated and named the same way but not part of the state (the package's `lang`).
 * Unlike a URL there is no length cap on the whole: a text prop has its field's own cap. Never throws.
 */
export function parseProps<S extends UrlSchema>(
  schema: S,
  props: Readonly<Record<string, unknown>>,
  extra: Readonly<Record<string, UrlField>> = {},
): PropsResult<UrlState<S>> {
  const state = defaultsOf(schema) as Record<string, unknown>;
  const ignored: IgnoredField[] = [];
  const given: string[] = [];
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    const own = Object.hasOwn(schema.shape, key);
    const field = own ? schema.shape[key] : Object.hasOwn(extra, key) ? extra[key] : undefined;
    if (!field) { unknown.push(key); continue; }
    const raw = propString(value);
    const into = own ? state : {};
    if (raw === null) ignored.push({ key, value: shorten(`(${typeof value})`), expected: fieldSpec(field) ?? { kind: 'text', maxLength: 0 } });
    else readField(key, field, raw, into, ignored, own ? given : []);
  }
  return { state: state as UrlState<S>, ignored, given, unknown };
}

/** A prop as a URL would carry it, or null for a value no URL can carry (an object, a function, a symbol). */
function propString(value: unknown): string | null {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return Object.is(value, -0) ? '0' : String(value);
    case 'boolean':
    case 'bigint': return String(value);
    default: return null;
  }
}

/** Query string of the values that differ from the defaults ("" when all are defaults). */
export function serializeUrl<S extends UrlSchema>(schema: S, state: Partial<UrlState<S>>, base: Partial<UrlState<S>> = defaultsOf(schema)): string {
  // `base`: the state a link without parameters shows (the schema's defaults, or a language's, see island()).
  const defaults = base as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const key of Object.keys(schema.shape)) {
    const v = (state as Record<string, unknown>)[key];
    if (v === undefined || v === defaults[key]) continue;
    params.set(key, String(v));
  }
  return params.toString();
}

/** A text parameter that had to be cut for a link: its first `kept` of `total` code points are in the query. */
export interface ShortenedField {
  key: string;
  kept: number;
  total: number;
}

/**
 * The query for an Embed snippet or Open link: serializeUrl, except that a text longer than its field
 * accepts, or one that would push the query past MAX_QUERY_LENGTH (the embed page would then ignore it all),
 * is cut to its longest prefix that fits, in whole code points. `shortened` says what was cut.
 */
export function shareQuery<S extends UrlSchema>(
  schema: S, state: Partial<UrlState<S>>, base: Partial<UrlState<S>> = defaultsOf(schema),
): { query: string; shortened: ShortenedField[] } {
  const shared = { ...state } as Record<string, unknown>;
  const shortened: ShortenedField[] = [];
  let query = serializeUrl(schema, state, base);
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = shared[key];
    if (!TEXT_FIELDS.has(field) || typeof value !== 'string') continue;
    if (query.length <= MAX_QUERY_LENGTH && field.safeParse(value).success) continue;
    const fits = (text: string) => field.safeParse(text).success
      && serializeUrl(schema, { ...shared, [key]: text } as Partial<UrlState<S>>, base).length <= MAX_QUERY_LENGTH;
    const cps = Array.from(value);
    // Longest prefix that fits: both conditions only get easier as the prefix shrinks, so bisect.
    // Each code point takes at least one character of the query, which bounds the search.
    let lo = 0, hi = Math.min(cps.length, MAX_QUERY_LENGTH);
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(cps.slice(0, mid).join(''))) lo = mid;
      else hi = mid - 1;
    }
    shared[key] = cps.slice(0, lo).join('');
    shortened.push({ key, kept: lo, total: cps.length });
    query = serializeUrl(schema, shared as Partial<UrlState<S>>, base);
  }
  return { query, shortened };
}

/** The raw value as it may be shown: at most 40 code points, invisible characters made visible (⟨U+202E⟩, ↵). */
function shorten(s: string): string {
  const cps = [...s];
  return visibleText(cps.length > 40 ? `${cps.slice(0, 40).join('')}…` : s);
}
