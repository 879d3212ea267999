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

/** Splits a reference list such as "§1, §3.2, Table 3" into linked parts (separators kept as plain parts). */
export function reportRefParts(ref: string): RefPart[] {
  const out: RefPart[] = [];
  const re = /§\s?(\d{1,2}(?:\.\d{1,2}){0,2})|Table\s(\d{1,2})/g;
  let last = 0;
  for (const m of ref.matchAll(re)) {
    if (m.index > last) out.push({ text: ref.slice(last, m.index) });
    const href = m[1] !== undefined ? sectionHref(m[1]) : tableHref(Number(m[2]));
    out.push(href ? { text: m[0], href } : { text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < ref.length) out.push({ text: ref.slice(last) });
  return out;
}
