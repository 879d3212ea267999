// Rehype plugin run after rehype-citation: gives the bibliography (div#refs) its own "References"
// heading placed right before it — after the footnotes — and drops a hand-written "References"
// heading elsewhere, so every chapter ends: notes, then references.
export function rehypeBibliography() {
  return (tree) => {
    const children = tree.children;
    const text = (n) => (n.type === 'text' ? n.value : (n.children ?? []).map(text).join(''));
    const isRefsHeading = (n) => n.type === 'element' && n.tagName === 'h2' && text(n).trim().replace(/#$/, '') === 'References';
    for (let i = children.length - 1; i >= 0; i--) if (isRefsHeading(children[i])) children.splice(i, 1);
    const at = children.findIndex((n) => n.type === 'element' && n.properties?.id === 'refs');
    if (at < 0) return;
    children.splice(at, 0, {
      type: 'element', tagName: 'h2', properties: { id: 'references' },
      children: [{ type: 'text', value: 'References' }],
    });
  };
}
