// Rehype plugin run after rehype-citation: gives the bibliography (div#refs) its own "References"
// heading placed right before it — after the footnotes — and drops a hand-written "References"
// heading elsewhere, so every chapter ends: notes, then references. It also decodes the HTML entities
// that rehype-citation leaves in citation tooltips (an attribute is text: "&#38;" would show literally).
export function rehypeBibliography() {
  return (tree) => {
    decodeTooltips(tree);
    const children = tree.children;
    const text = (n) => (n.type === 'text' ? n.value : (n.children ?? []).map(text).join(''));
    // A translated chapter's own "References" heading is dropped too (rehypeChapterLocale words the new one).
    const isRefsHeading = (n) => n.type === 'element' && n.tagName === 'h2' && /^(References|参考文献)$/.test(text(n).trim().replace(/#$/, ''));
    for (let i = children.length - 1; i >= 0; i--) if (isRefsHeading(children[i])) children.splice(i, 1);
    const at = children.findIndex((n) => n.type === 'element' && n.properties?.id === 'refs');
    if (at < 0) return;
    children.splice(at, 0, {
      type: 'element', tagName: 'h2', properties: { id: 'references' },
      children: [{ type: 'text', value: 'References' }],
    });
  };
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Tooltip text as a reader should see it: numeric and basic named entities decoded (once). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function decodeTooltips(node) {
  const props = node.properties;
  if (props) for (const key of ['dataTooltip', 'data-tooltip']) if (typeof props[key] === 'string') props[key] = decodeEntities(props[key]);
  for (const child of node.children ?? []) decodeTooltips(child);
}
