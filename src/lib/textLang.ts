// Languages of the parts of a mixed-language text (WCAG 3.1.2, language of parts): which part each piece
// of the text (a token, a BPE chunk) comes from, so the piece can carry that part's `lang`. Pure.

/** One part of a text in one language (BCP 47 tag). */
export interface LangPart {
  lang: string;
  text: string;
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * The language of each consecutive piece of the text made of `parts`, from the pieces' UTF-8 byte lengths.
 * A piece takes the language of the part it lies in; a piece that straddles two parts gets `undefined` (it
 * inherits the surrounding language). `skipBytes` are bytes at the start of the pieces that are not in the
 * text (Llama 2's dummy-prefix space). Returns null if the pieces cannot be this text: longer than it, or,
 * when `complete`, not exactly as long.
 */
export function pieceLangs(parts: readonly LangPart[], byteLengths: readonly number[], skipBytes = 0, complete = true): (string | undefined)[] | null {
  const ends: number[] = [];
  let total = 0;
  for (const p of parts) { total += utf8Length(p.text); ends.push(total); }
  const sum = byteLengths.reduce((a, n) => a + n, 0) - skipBytes;
  if (sum > total || (complete && sum !== total)) return null;
  const partAt = (byte: number) => { const i = ends.findIndex((e) => byte < e); return i < 0 ? parts.length - 1 : i; };
  const out: (string | undefined)[] = [];
  let at = -skipBytes;
  for (const n of byteLengths) {
    const start = Math.max(0, at);
    const last = Math.max(start, at + n - 1);
    at += n;
    const a = partAt(start), b = partAt(last);
    out.push(a === b ? parts[a]!.lang : undefined);
  }
  return out;
}

/** The text of `parts`. */
export function partsText(parts: readonly LangPart[]): string {
  return parts.map((p) => p.text).join('');
}
