// Where a reference such as "§3.2" or "Table 3" points in the report: its arXiv HTML (LaTeXML) rendering.
// A link to it is a plain <a href>, never a request the page makes.
//
// Anchors: LaTeXML gives §3 the id "S3", §3.3 "S3.SS3", §3.3.4 "S3.SS3.SSS4" (the form seen in links to the
// report's HTML that resolve). A table's own id is not checked here, so a table links to the section that
// holds it. The facts sheet was read against the v1 HTML (generated 5 Aug 2024), which stops after §7.7:
// later sections link to the abstract page, where the PDF is.

export const REPORT = {
  title: 'The Llama 3 Herd of Models',
  arxiv: '2407.21783',
  abs: 'https://arxiv.org/abs/2407.21783',
  html: 'https://arxiv.org/html/2407.21783v1',
} as const;

/** Sections present in the v1 HTML rendering: 1 … 7.7. */
const LAST_HTML_SECTION = [7, 7] as const;

/** The section each table cited on the site sits in (report v1). Add a row when a chapter cites a new table. */
export const TABLE_SECTION: Readonly<Record<number, string>> = {
  1: '1',
  2: '1',
  3: '3.2',
  4: '3.3.2',
  5: '3.3.4',
  6: '4.2.1',
  7: '4.2.2',
};

function inHtml(parts: number[]): boolean {
  const [a = 0, b = 0] = parts;
  return a < LAST_HTML_SECTION[0] || (a === LAST_HTML_SECTION[0] && b <= LAST_HTML_SECTION[1]);
}

/** URL of a report section, e.g. "3.4.2" → …v1#S3.SS4.SSS2. Undefined for a malformed section number. */
export function sectionHref(section: string): string | undefined {
  if (!/^\d{1,2}(\.\d{1,2}){0,2}$/.test(section)) return undefined;
  const parts = section.split('.').map(Number);
  if (parts.some((p) => p < 1)) return undefined;
  if (!inHtml(parts)) return REPORT.abs;
  const ids = ['S', 'SS', 'SSS'].slice(0, parts.length).map((p, i) => `${p}${parts[i]}`);
  return `${REPORT.html}#${ids.join('.')}`;
}

/** URL for a table: the section that holds it (see TABLE_SECTION). Undefined for a table not listed. */
export function tableHref(table: number): string | undefined {
  const section = TABLE_SECTION[table];
  return section ? sectionHref(section) : undefined;
}

export interface RefPart {
  /** The text as written, e.g. "§3.2" or "Table 3". */
  text: string;
  /** Where it points, when it names a section or a listed table. */
  href?: string;
}

/** A reference found in running text: where it starts, its text and (when known) its link. */
export interface RefMatch extends RefPart {
  index: number;
}

const SECTION = String.raw`\d{1,2}(?:\.\d{1,2}){0,2}`;
/**
 * "§3.2", "§ 3.2", a range "§3.2–3.4" / "§7–8" (linked to its first section), "Table 3" or, in Chinese, "表 3". A number glued to
 * more digits or dots ("§3.2.1.4", "Table 123") is not a reference this module can place, so it is not matched.
 */
const REF_RE = new RegExp(String.raw`§\s?(${SECTION})(?:[–-](${SECTION}))?(?!\d|\.\d)|\bTable\s(\d{1,2})(?!\d)|表\s?(\d{1,2})(?!\d)`, 'g');

/** Every report reference in `text`, in order. A reference the report cannot place keeps no href. */
export function findReportRefs(text: string): RefMatch[] {
  const out: RefMatch[] = [];
  for (const m of text.matchAll(REF_RE)) {
    const href = m[1] !== undefined ? sectionHref(m[1]) : tableHref(Number(m[3] ?? m[4]));
    out.push(href ? { index: m.index, text: m[0], href } : { index: m.index, text: m[0] });
  }
  return out;
}

/** Splits a reference list such as "§1, §3.2, Table 3" into linked parts (separators kept as plain parts). */
export function reportRefParts(ref: string): RefPart[] {
  const out: RefPart[] = [];
  let last = 0;
  for (const m of findReportRefs(ref)) {
    if (m.index > last) out.push({ text: ref.slice(last, m.index) });
    out.push(m.href ? { text: m.text, href: m.href } : { text: m.text });
    last = m.index + m.text.length;
  }
  if (last < ref.length) out.push({ text: ref.slice(last) });
  return out;
}

/**
 * A widget's source note such as "Report §3.2, Table 3; Llama 2 paper, Table 1" as parts, linking only the
 * references to this report: within each `;`-separated segment, what follows the word "Report" or "报告" ("Report §1",
 * "computed from the shapes in Report Table 3"). Other papers' sections and tables ("Llama 2 paper, Table 1",
 * "Vaswani et al. 2017, §3.1") and code stay plain text.
 */
export function citeParts(cite: string): RefPart[] {
  const out: RefPart[] = [];
  for (const seg of cite.split(/(;\s*|；)/)) {
    const at = seg.search(/\bReport\b|报告/);
    if (at < 0) { if (seg) out.push({ text: seg }); continue; }
    if (at > 0) out.push({ text: seg.slice(0, at) });
    out.push(...reportRefParts(seg.slice(at)));
  }
  // Merge neighbouring plain parts, so the output has no more pieces than it needs.
  return out.reduce<RefPart[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last && !last.href && !p.href) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}
