// Rehype plugin for chapters in a language other than English (content/chapters/<lang>/…; English is untouched):
// 1. Every ## and ### heading takes the anchor id of the English chapter's heading in the same place, so
//    /gqa/#why-decoding-is-limited-by-memory and /zh/gqa/#why-decoding-is-limited-by-memory are the same section
//    and the language switch keeps the reader's place. The two chapters must have the same headings, in the same
//    order and depth: the build stops, naming the first difference, when they do not.
// 2. The words remark-rehype and the bibliography write (the notes heading, "Back to reference n", the references
//    heading) in that language.
// Runs after rehype-slug (which gave the headings their own ids) and before rehype-autolink-headings.
import { readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import GithubSlugger from 'github-slugger';

const WORDS = {
  zh: { notes: '注释', backref: (n) => `返回正文第 ${n} 处引用`, references: '参考文献' },
};

/** The ## / ### headings of a Markdown source outside code fences, with the ids rehype-slug gives them. */
export function headingIds(source) {
  const slugger = new GithubSlugger();
  const out = [];
  let fence = null;
  for (const line of source.split('\n')) {
    const f = /^(```|~~~)/.exec(line);
    if (f) { fence = fence === null ? f[1] : fence === f[1] ? null : fence; continue; }
    if (fence !== null) continue;
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[2];
    // The bibliography's heading is made by rehypeBibliography, not written: it is not a section to match.
    if (m[1] === '##' && /^(References|参考文献)$/.test(text)) continue;
    out.push({ depth: m[1].length, text, id: slugger.slug(text) });
  }
  return out;
}

const textOf = (n) => (n.type === 'text' ? n.value : (n.children ?? []).map(textOf).join(''));

export function rehypeChapterLocale() {
  return (tree, file) => {
    const path = file.path ?? '';
    const m = /[\\/]content[\\/]chapters[\\/]([a-z]+)[\\/][^\\/]+\.mdx$/.exec(path);
    const lang = m?.[1];
    if (!lang || lang === 'en') return;
    const words = WORDS[lang];
    if (!words) throw new Error(`${path}: no words for "${lang}" in src/lib/rehypeChapterLocale.mjs`);

    const english = headingIds(readFileSync(join(dirname(path), '..', 'en', basename(path)), 'utf8'));
    const own = [];
    const visit = (n) => {
      if (n.type === 'element' && (n.tagName === 'h2' || n.tagName === 'h3')) {
        const id = n.properties?.id;
        if (id !== 'references' && id !== 'footnote-label' && id !== 'cite-title') own.push(n);
      }
      if (n.type === 'element' && n.properties?.dataFootnoteBackref !== undefined) {
        const ref = /fnref-(\d+|[^-]+)(?:-\d+)?$/.exec(String(n.properties.href ?? ''));
        n.properties.ariaLabel = words.backref(ref?.[1] ?? '');
      }
      if (n.type === 'element' && n.properties?.id === 'footnote-label') n.children = [{ type: 'text', value: words.notes }];
      if (n.type === 'element' && n.tagName === 'h2' && n.properties?.id === 'references') n.children = [{ type: 'text', value: words.references }];
      for (const c of n.children ?? []) visit(c);
    };
    visit(tree);
    const describe = (h) => (h ? `${'#'.repeat(h.depth)} ${h.text}` : '(none)');
    for (let i = 0; i < Math.max(own.length, english.length); i++) {
      const mine = own[i];
      const en = english[i];
      const depth = mine ? Number(mine.tagName.slice(1)) : 0;
      if (!mine || !en || depth !== en.depth) {
        throw new Error(
          `${path}: heading ${i + 1} does not match the English chapter's (${describe(mine && { depth, text: textOf(mine) })} against ${describe(en)}). ` +
          'A translated chapter has the same ## and ### headings as the English one, in the same order.',
        );
      }
      mine.properties.id = en.id;
    }
  };
}
