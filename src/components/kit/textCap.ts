// The character cap of a text box, counted in code points (what a reader calls characters: an emoji counts once,
// as in the widgets' own counts). Pure.

/** Code points in a text. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The text cut to its first `max` code points (never inside a surrogate pair), and whether anything was cut. */
export function capText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false }; // UTF-16 units ≥ code points: nothing to cut
  let n = 0;
  let end = 0;
  for (const ch of text) {
    if (n === max) return { text: text.slice(0, end), cut: true };
    n++;
    end += ch.length;
  }
  return { text, cut: false };
}
