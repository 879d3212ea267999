// Header search over the Pagefind index built by `npm run build`. Pagefind's own code and index are
// fetched from /pagefind/ only when the reader first focuses the box; results are built with DOM text
// nodes (no innerHTML of anything typed), except Pagefind's excerpt, whose <mark> tags are rebuilt by hand.
// The results list closes when focus leaves the search (so it never covers what is focused next, WCAG 2.4.11)
// and on Escape; it opens again when the box is focused with a query in it.

interface PagefindResult { url: string; meta: { title?: string }; excerpt: string }
interface Pagefind {
  init?: () => Promise<void>;
  debouncedSearch: (q: string, opts?: object, ms?: number) => Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 8;

/** The page's words (Base.astro, <body data-words>); search.ts runs only on site pages, which have them. */
const words = () => JSON.parse(document.body.dataset['words'] ?? '{}') as { searchUnavailable: string; searchNone: string; searchOne: string; searchMany: string };

export function initSearch(): void {
  const input = document.querySelector<HTMLInputElement>('#site-search');
  const list = document.querySelector<HTMLUListElement>('#site-search-results');
  const status = document.querySelector<HTMLElement>('#site-search-status');
  if (!input || !list || !status) return;
  let pagefind: Promise<Pagefind | null> | null = null;
  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)
      .then(async (m: Pagefind) => { await m.init?.(); return m; })
      .catch(() => null);
    return pagefind;
  };
  const search = input.closest<HTMLElement>('.search') ?? input.parentElement!;
  const setOpen = (open: boolean) => { list.hidden = !open; };
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('focus', () => { if (input.value.trim()) setOpen(true); });
  search.addEventListener('focusout', (e) => {
    const to = e.relatedTarget;
    if (!(to instanceof Node) || !search.contains(to)) setOpen(false);
  });
  input.addEventListener('input', async () => {
    const q = input.value.trim().slice(0, 200);
    const pf = await load();
    if (!q) { list.replaceChildren(); status.textContent = ''; return; }
    if (!pf) { status.textContent = words().searchUnavailable; return; }
    const res = await pf.debouncedSearch(q, {}, 150);
    if (res === null) return; // superseded by a newer keystroke
    const data = await Promise.all(res.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim().slice(0, 200) !== q) return;
    list.replaceChildren(...data.map(resultItem));
    setOpen(document.activeElement === input || search.contains(document.activeElement));
    const w = words();
    status.textContent = data.length === 0 ? w.searchNone : res.results.length === 1 ? w.searchOne : w.searchMany.replace('{n}', String(res.results.length));
  });
  input.addEventListener('keydown', (e) => {
    // Escape closes an open list first; a second Escape (or one with the list closed) clears the box.
    if (e.key === 'Escape' && !list.hidden && list.childElementCount > 0) { setOpen(false); e.preventDefault(); return; }
    if (e.key === 'Escape') { input.value = ''; list.replaceChildren(); status.textContent = ''; setOpen(false); }
    if (e.key === 'ArrowDown' && list.hidden && list.childElementCount > 0) setOpen(true);
    if (e.key === 'ArrowDown') { list.querySelector('a')?.focus(); e.preventDefault(); }
  });
  list.addEventListener('keydown', (e) => {
    const links = [...list.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) { links[i + 1]?.focus(); e.preventDefault(); }
    if (e.key === 'ArrowUp') { (i > 0 ? links[i - 1] : input)?.focus(); e.preventDefault(); }
    if (e.key === 'Escape') { setOpen(false); input.focus(); e.preventDefault(); }
  });
}

function resultItem(r: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  const title = document.createElement('strong');
  title.textContent = r.meta.title ?? r.url;
  const excerpt = document.createElement('span');
  excerpt.className = 'excerpt';
  excerpt.append(...excerptNodes(r.excerpt));
  a.append(title, excerpt);
  li.append(a);
  return li;
}

/** Pagefind excerpts are text with <mark>…</mark>; rebuild them as nodes without parsing HTML. */
function excerptNodes(excerpt: string): Node[] {
  const text = (s: string) => document.createTextNode(decodeEntities(s));
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!m) return text(part);
    const mark = document.createElement('mark');
    mark.append(text(m[1] ?? ''));
    return mark;
  });
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}
