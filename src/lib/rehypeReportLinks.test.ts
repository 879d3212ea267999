import { describe, expect, it } from 'vitest';
import { REPORT, sectionHref } from '../data/report';
import { isForeignReference, rehypeReportLinks } from './rehypeReportLinks';

type N = { type: string; [k: string]: unknown };
const text = (value: string): N => ({ type: 'text', value });
const el = (tagName: string, children: N[], properties: Record<string, unknown> = {}): N => ({ type: 'element', tagName, properties, children });
/** A rehype-citation citation: <span id="citation--KEY--1">(<a href="#bib-KEY">Author, 2024</a>)</span>. */
const cite = (key: string): N => el('span', [text('('), el('a', [text('Author, 2024')], { href: `#bib-${key}` }), text(')')], { id: `citation--${key}--1` });
const root = (...children: N[]): N => ({ type: 'root', children });

function run(tree: N): N {
  rehypeReportLinks()(tree as never);
  return tree;
}
/** The links the plugin made: [text, href]. */
function links(tree: N): [string, string][] {
  const out: [string, string][] = [];
  const visit = (n: N) => {
    if (n.type === 'element' && n.tagName === 'a' && (n.properties as { className?: string[] }).className?.includes('report-ref')) {
      out.push([plain(n), (n.properties as { href: string }).href]);
    }
    for (const c of (n.children as N[] | undefined) ?? []) visit(c);
  };
  visit(tree);
  return out;
}
const plain = (n: N): string => (n.type === 'text' ? (n.value as string) : ((n.children as N[] | undefined) ?? []).map(plain).join(''));

describe('rehypeReportLinks', () => {
  it('links sections and tables in running text, keeping the text as written', () => {
    const p = el('p', [text('The changes are few (§3.2, Table 3), and the window grows in six stages (§3.4.2).')]);
    const tree = run(root(p));
    expect(links(tree)).toEqual([
      ['§3.2', `${REPORT.html}#S3.SS2`],
      ['Table 3', `${REPORT.html}#S3.SS2`],
      ['§3.4.2', `${REPORT.html}#S3.SS4.SSS2`],
    ]);
    expect(plain(tree)).toBe('The changes are few (§3.2, Table 3), and the window grows in six stages (§3.4.2).');
  });

  it('links a range to its first section, and a section the v1 HTML lacks to the abstract page', () => {
    const tree = run(root(el('p', [text('Long context (§3.2–3.4) and speech (§8).')])));
    expect(links(tree)).toEqual([['§3.2–3.4', sectionHref('3.2')!], ['§8', REPORT.abs]]);
  });

  it('does not link inside headings, code, math, existing links or the bibliography', () => {
    const tree = run(root(
      el('h2', [text('What §3.2 changes')]),
      el('p', [el('code', [text('§3.2')]), text(' '), el('a', [text('§3.2')], { href: '/x/' })]),
      el('p', [el('span', [text('§3.2')], { className: ['katex'] })]),
      el('div', [el('div', [text('Table 3')], { className: ['csl-entry'] })], { id: 'refs' }),
    ));
    expect(links(tree)).toEqual([]);
  });

  it('does not link references to another paper’s sections (only the report’s §1 here)', () => {
    const tree = run(root(
      el('p', [text('Numbers are split "into individual digits" (Llama 2 paper, §2.2).')]),
      el('p', [text('The Llama 2 paper itself gives 2.0T (its Table 1).')]),
      el('p', [text('Kaplan et al. give the same estimate (their §2.1, Table 1).')]),
      el('p', [text('This gives the forward-pass estimate '), cite('kaplan2020scaling'), text(' (§2.1, Table 1):')]),
      el('p', [text('As Kaplan et al. (§2.1) put it.')]),
      el('p', [text('The Llama 2 paper, §2.2, says so.')]),
      el('p', [text('Values come from the Llama 3 report (§1) and the Llama 2 paper (Table 1).')]),
    ));
    expect(links(tree).map(([t]) => t)).toEqual(['§1']);
  });

  it('links references to the report next to those to other works, decided clause by clause', () => {
    const tree = run(root(
      el('p', [text('The report’s §3.2 list has four items; the Llama 2 paper, §2.2, has none.')]),
      el('p', [text('Meta says so '), cite('dubey2024llama3'), text(' (§3.2).')]),
      el('p', [text('Numbers (Llama 2 paper, §2.2) against Llama 3 (§3.2).')]),
      el('p', [text('The shapes (report Table 3) and its tokenizer (§3.2).')]),
    ));
    expect(links(tree).map(([t]) => t)).toEqual(['§3.2', '§3.2', '§3.2', 'Table 3', '§3.2']);
  });

  it('follows text across inline elements and starts afresh in each block', () => {
    const tree = run(root(
      el('p', [text('See the '), el('em', [text('Llama 2 paper')]), text(', §2.2.')]),
      el('p', [text('§2.2 of the report.')]),
    ));
    expect(links(tree).map(([t]) => t)).toEqual(['§2.2']);
  });

  it('works inside MDX JSX elements such as a <Figure> caption', () => {
    const fig: N = { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [], children: [el('p', [text('Shapes from Table 3 (§3.2).')])] };
    const tree = run(root(fig));
    expect(links(tree).map(([t]) => t)).toEqual(['Table 3', '§3.2']);
  });

  it('leaves references it cannot place as plain text', () => {
    const tree = run(root(el('p', [text('Table 99 and §3.0 and §3.2.1.4.')])));
    expect(links(tree)).toEqual([]);
    expect(plain(tree)).toBe('Table 99 and §3.0 and §3.2.1.4.');
  });
});

describe('isForeignReference', () => {
  it('reads the clause before a reference', () => {
    expect(isForeignReference('numbers are split (Llama 2 paper, ')).toBe(true);
    expect(isForeignReference('as measured (')).toBe(false);
    expect(isForeignReference('the estimate ⟦cite:kaplan2020scaling⟧  (')).toBe(true);
    expect(isForeignReference('the estimate ⟦cite:dubey2024llama3⟧  (')).toBe(false);
    expect(isForeignReference('Kaplan et al. (')).toBe(true);
    expect(isForeignReference('The Llama 2 paper was earlier. The report’s ')).toBe(false);
    expect(isForeignReference('Its paper says (see the report, ')).toBe(false);
  });
});
