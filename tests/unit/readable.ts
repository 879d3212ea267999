// What a reader sees and hears of server-rendered HTML (React's renderToString output): its text, and the attributes
// assistive technology reads. Parts marked as not prose are left out: code, typed text areas, math, and anything
// with translate="no" or a language other than the page's (tokens, sample texts). A small tag scanner, enough for
// React's well-formed output; no DOM needed.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIP_TAGS = new Set(['code', 'kbd', 'pre', 'samp', 'textarea', 'math', 'script', 'style']);
const READ_ATTRS = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt']);

const decode = (s: string) => s
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'")
  .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
  .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&amp;/g, '&');

/** Text and read attributes of `html`, outside the parts that are not the page's prose in `lang` (e.g. "zh"). */
export function readable(html: string, lang: string): string[] {
  const out: string[] = [];
  const stack: { tag: string; skip: boolean }[] = [];
  const skipping = () => stack.some((s) => s.skip);
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[5] !== undefined) { if (!skipping()) out.push(decode(m[5])); continue; }
    const [, close, rawTag, attrText = '', selfClose] = m;
    const tag = rawTag!.toLowerCase();
    if (close) {
      const at = stack.map((s) => s.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    const attrs = new Map([...attrText.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? '')]));
    const itsLang = attrs.get('lang');
    const skip = SKIP_TAGS.has(tag) || attrs.get('translate') === 'no' || (itsLang !== undefined && !itsLang.startsWith(lang))
      || (attrs.get('class') ?? '').split(/\s+/).some((c) => c.startsWith('katex'));
    if (!skip && !skipping()) for (const [name, value] of attrs) if (READ_ATTRS.has(name) && value) out.push(value);
    if (!VOID.has(tag) && !selfClose) stack.push({ tag, skip });
  }
  return out;
}
