// Rehype plugin: turns every reference to the Llama 3 report in running text ("§3.2", "§3.4.2", "§3.2–3.4",
// "Table 3") into a link to that section of the report's arXiv HTML, through src/data/report.ts (the one
// place that knows the anchors). It leaves alone:
//   - headings, code, math (KaTeX output), existing links, buttons and form controls, the bibliography;
//   - references to another work's sections, decided by the clause they sit in: "Llama 2 paper, §2.2",
//     "(its Table 1)", "Kaplan et al. (their §2.1)", "the Llama 2 paper (Table 1)", or a parenthesis right
//     after a citation of another work ("[@kaplan2020scaling] (§2.1, Table 1)"). A clause that names "the
//     report" always links.
// Works on plain hast and on MDX's hast (mdxJsxFlowElement / mdxJsxTextElement, e.g. <Figure> captions).
import { findReportRefs } from '../data/report';

/** The bibliography key of the Llama 3 report (content/references.bib). */
export const REPORT_CITATION_KEYS: readonly string[] = ['dubey2024llama3'];

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Elements whose text is never linked. */
const SKIP_TAGS = new Set([
  'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg', 'button', 'label', 'select', 'option',
  'textarea', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'Code',
]);
/** Elements that start a new clause context (block-level). */
const BLOCK_TAGS = new Set([
  'p', 'li', 'ul', 'ol', 'td', 'th', 'tr', 'table', 'thead', 'tbody', 'caption', 'figcaption', 'figure', 'blockquote',
  'dd', 'dt', 'dl', 'div', 'section', 'aside', 'details', 'summary',
]);

/** A word marking the clause as about another work. */
const FOREIGN_WORDS = /\b(?:paper|papers|their|its|et al\.)(?![\w-])|论文|等人/i;
/** Naming the report settles it the other way. */
const REPORT_WORDS = /\breport(?:'s|’s)?\b|报告/i;
/** Where a clause ends (outside parentheses): a sentence end not after "al", "e.g", "i.e", or a semicolon/colon. */
const CLAUSE_END = /(?:(?<!\bal|\be\.g|\bi\.e)[.!?]|[;:])\s|[。！？；：]/g;
/** A citation in the context string: ⟦cite:key⟧. */
const CITE_MARK = /⟦cite:([^⟧]+)⟧\s*$/;

function tagOf(n: Node): string | undefined {
  if (n.type === 'element') return n.tagName;
  if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') return n.name ?? undefined;
  return undefined;
}

function classList(n: Node): string[] {
  const c = n.properties?.className;
  if (Array.isArray(c)) return c.map(String);
  if (typeof c === 'string') return c.split(/\s+/);
  const attr = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && (a.name === 'className' || a.name === 'class'));
  return typeof attr?.value === 'string' ? attr.value.split(/\s+/) : [];
}

function idOf(n: Node): string {
  const id = n.properties?.id;
  if (typeof id === 'string') return id;
  const attr = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : '';
}

function textOf(n: Node): string {
  if (n.type === 'text') return n.value ?? '';
  return (n.children ?? []).map(textOf).join('');
}

/** The citation key of a rehype-citation span (id "citation--KEY--N"), if `n` is one. */
function citationKey(n: Node): string | undefined {
  const m = /^citation--(.+)--\d+$/.exec(idOf(n));
  return m?.[1];
}

function isSkipped(n: Node): boolean {
  const tag = tagOf(n);
  if (tag && SKIP_TAGS.has(tag)) return true;
  if (idOf(n) === 'refs') return true;
  return classList(n).some((c) => c === 'katex' || c === 'katex-display' || c === 'math' || c.startsWith('csl-'));
}

/**
 * Whether a reference at the end of `before` (the block's text up to it) points into another work.
 * Inside parentheses the clause is the text since the innermost open "("; otherwise since the last clause end.
 */
export function isForeignReference(before: string, reportKeys: readonly string[] = REPORT_CITATION_KEYS): boolean {
  let depth = 0;
  let open = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) { open = i; break; }
      depth--;
    }
  }
  let clause: string;
  if (open >= 0) {
    clause = before.slice(open + 1);
  } else {
    let start = 0;
    for (const m of before.matchAll(CLAUSE_END)) start = m.index + m[0].length;
    clause = before.slice(start);
  }
  if (REPORT_WORDS.test(clause)) return false;
  if (FOREIGN_WORDS.test(clause)) return true;
  const cite = /⟦cite:([^⟧]+)⟧/g;
  for (const m of clause.matchAll(cite)) if (!reportKeys.includes(m[1]!)) return true;
  if (open >= 0) {
    // "(§2.1, Table 1)" right after "[@kaplan2020scaling]" or "Kaplan et al.": the citation decides.
    const lead = before.slice(0, open);
    const key = CITE_MARK.exec(lead)?.[1];
    if (key !== undefined) return !reportKeys.includes(key);
    // "… the Llama 2 paper (Table 1)", "Kaplan et al. (§2.1)".
    if (/\b(?:paper|papers|et al\.)\s*$|论文\s*$|等人\s*$/i.test(lead)) return true;
  }
  return false;
}

interface Options {
  /** Bibliography keys that mean "the report" (default: REPORT_CITATION_KEYS). */
  reportKeys?: readonly string[];
  /** Class of the links made (default "report-ref"). */
  className?: string;
}

export function rehypeReportLinks(options: Options = {}) {
  const reportKeys = options.reportKeys ?? REPORT_CITATION_KEYS;
  const className = options.className ?? 'report-ref';

  /** Walks the children of `parent`; `ctx.text` is the block's text so far (citations as ⟦cite:key⟧). */
  function walk(parent: Node, ctx: { text: string }): void {
    const children = parent.children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const n = children[i]!;
      if (n.type === 'text') {
        const value = n.value ?? '';
        const refs = findReportRefs(value);
        const out: Node[] = [];
        let last = 0;
        for (const r of refs) {
          if (!r.href || isForeignReference(ctx.text + value.slice(0, r.index), reportKeys)) continue;
          if (r.index > last) out.push({ type: 'text', value: value.slice(last, r.index) });
          out.push({
            type: 'element',
            tagName: 'a',
            properties: { href: r.href, className: [className] },
            children: [{ type: 'text', value: r.text }],
          });
          last = r.index + r.text.length;
        }
        ctx.text += value;
        if (out.length) {
          if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
          children.splice(i, 1, ...out);
          i += out.length - 1;
        }
        continue;
      }
      const key = citationKey(n);
      if (key !== undefined) { ctx.text += ` ⟦cite:${key}⟧ `; continue; }
      if (isSkipped(n)) { ctx.text += tagOf(n) === 'a' ? textOf(n) : '⟦…⟧'; continue; }
      if (!n.children) continue;
      const tag = tagOf(n);
      const block = n.type === 'mdxJsxFlowElement' || (tag !== undefined && BLOCK_TAGS.has(tag));
      walk(n, block ? { text: '' } : ctx);
    }
  }

  return (tree: Node) => { walk(tree, { text: '' }); };
}
