// What a number field shows: the reader's own text (the draft) or the value. Pure; NumberField and the widgets that
// evaluate drafts themselves (param-counter) share this one rule.

/** A typed text read as a value, or a failure the widget puts into words. */
export type Parsed<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** The reader's text, and the value that was on screen when it was typed (what an invalid text leaves in place). */
export interface Draft<T> {
  text: string;
  base: T;
}

/**
 * The text to show for `value`: the draft while it is invalid and the value has not changed since it was typed, or
 * while it still means the value ("8,192" stays as typed, it is not rewritten to "8192" under the reader's cursor);
 * otherwise null, and the field shows the value (a slider, a preset or the URL changed it).
 */
export function shownDraft<T, E>(draft: Draft<T> | null | undefined, value: T, parse: (text: string) => Parsed<T, E>): string | null {
  if (!draft) return null;
  const p = parse(draft.text);
  if (p.ok) return Object.is(p.value, value) ? draft.text : null;
  return Object.is(draft.base, value) ? draft.text : null;
}

/** The draft a keystroke makes: a valid text stands for its value, an invalid one for the value it leaves on screen. */
export function typedDraft<T, E>(text: string, value: T, parse: (text: string) => Parsed<T, E>): { draft: Draft<T>; parsed: Parsed<T, E> } {
  const parsed = parse(text);
  return { draft: { text, base: parsed.ok ? parsed.value : value }, parsed };
}
