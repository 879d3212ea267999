// The character cap of a text box, counted in code points (what a reader calls characters: an emoji counts once,
// as in the widgets' own counts; the count itself is src/lib/text.ts countCodePoints). Pure.
import { countCodePoints } from '../../lib/text';

/** The text cut to its first `max` code points (never inside a surrogate pair), and whether anything was cut. */
export function capText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false }; // UTF-16 units ≥ code points: nothing to cut
  if (countCodePoints(text) <= max) return { text, cut: false };
  let n = 0;
  let end = 0;
  for (const ch of text) {
    if (n === max) break;
    n++;
    end += ch.length;
  }
  return { text: text.slice(0, end), cut: true };
}
