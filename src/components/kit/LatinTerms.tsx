// A catalogue string with the Latin names its language keeps (a widget's `latinTerms`: GPU, KV, DPO …) wrapped in
// <span translate="no">, so a page translator leaves them alone. Whole words only: a term does not match inside a
// longer word or a hyphenated compound ("KV" in "KV-cache" stays with its compound). Case-insensitive.
import type { ReactNode } from 'react';

/** One pattern per catalogue's term list (the list is a constant of the catalogue): built once, not per render. */
const patterns = new WeakMap<readonly string[], RegExp>();
function patternFor(terms: readonly string[]): RegExp {
  let re = patterns.get(terms);
  if (!re) {
    const alternatives = terms.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|');
    re = new RegExp(`(?<![\\w-])(${alternatives})(?![\\w-])`, 'gi');
    patterns.set(terms, re);
  }
  return re;
}

export function LatinTerms({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const re = patternFor(terms);
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(<span key={m.index} translate="no">{m[0]}</span>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
