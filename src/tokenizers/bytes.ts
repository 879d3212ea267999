// UTF-8 helpers shared by the tokenizers: bytes as "binary strings" (one char per byte, 0–255), which
// are cheap Map keys and cheap to slice, and the display of byte runs that are not valid UTF-8.
import { hexBytes } from '../lib/text';

/**
 * UTF-8 bytes of `text` as a binary string (char code = byte value). Lone surrogates become U+FFFD's
 * bytes (EF BF BD), as TextEncoder and the Python/Rust tokenizers do. ASCII text is returned as is.
 */
export function utf8Binary(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) { ascii = false; break; }
  }
  if (ascii) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) { out += text[i]; continue; }
    if (c < 0x800) { out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f)); continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // lone surrogate
    out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

/** A binary string (char code = byte) as bytes. */
export function binaryToBytes(bin: string): Uint8Array {
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// ignoreBOM: a token that is U+FEFF (or text that starts with it) must keep it; the default decoder drops it.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Bytes → text; invalid sequences become U+FFFD (what decode() of a partial token gives). */
export function decodeUtf8(bytes: Uint8Array): string {
  return lenient.decode(bytes);
}

/** One run of a token's bytes: text that is valid UTF-8, or bytes that are not (a partial character). */
export type ByteRun = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: number[] };

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if the byte there does not start one. */
function validSeqLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let n: number, min: number;
  if (c >= 0xc2 && c <= 0xdf) { n = 2; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { n = 3; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 4; min = 0x10000; }
  else return 0;
  if (i + n > b.length) return 0;
  let cp = c & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const d = b[i + k]!;
    if ((d & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

/** Splits bytes into runs of valid UTF-8 text and runs of bytes that are not (e.g. half an emoji). */
export function byteRuns(bytes: Uint8Array): ByteRun[] {
  const runs: ByteRun[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) runs.push({ kind: 'text', text: lenient.decode(bytes.subarray(textStart, end)) });
  };
  while (i < bytes.length) {
    const n = validSeqLength(bytes, i);
    if (n > 0) { i += n; continue; }
    flushText(i);
    const last = runs[runs.length - 1];
    if (last && last.kind === 'bytes') last.bytes.push(bytes[i]!);
    else runs.push({ kind: 'bytes', bytes: [bytes[i]!] });
    i++;
    textStart = i;
  }
  flushText(i);
  return runs;
}

/**
 * Raw bytes that are not a whole character, as the tokenizers name byte tokens: "<0xF0 0x9F>" (Llama 2's
 * SentencePiece vocabulary has one token per byte, "<0xF0>"). The one notation of bytes in every widget that shows
 * tokens (the playground and the BPE stepper), and in the tokenizer chapter.
 */
export function byteTokenText(bytes: Iterable<number>): string {
  return `<${hexBytes(bytes, { prefix: '0x' })}>`;
}

/** Display label of raw token bytes: the text where valid UTF-8, "<0xF0 0x9F>" for runs that are not. */
export function bytesLabel(bytes: Uint8Array): string {
  return byteRuns(bytes)
    .map((r) => (r.kind === 'text' ? r.text : byteTokenText(r.bytes)))
    .join('');
}

/** Replaces lone surrogates with U+FFFD (String.prototype.toWellFormed where available). */
export function wellFormed(text: string): string {
  const s = text as string & { toWellFormed?: () => string };
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
