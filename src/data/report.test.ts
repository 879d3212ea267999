import { describe, expect, it } from 'vitest';
import { citeParts, findReportRefs, REPORT, reportRefParts, sectionHref, tableHref } from './report';

describe('report links', () => {
  it('maps section numbers to LaTeXML anchors of the v1 HTML', () => {
    expect(sectionHref('3')).toBe(`${REPORT.html}#S3`);
    expect(sectionHref('3.2')).toBe('https://arxiv.org/html/2407.21783v1#S3.SS2');
    expect(sectionHref('3.3.4')).toBe('https://arxiv.org/html/2407.21783v1#S3.SS3.SSS4');
    expect(sectionHref('7.7')).toBe(`${REPORT.html}#S7.SS7`);
  });
  it('sends sections the v1 HTML does not contain to the abstract page', () => {
    expect(sectionHref('8')).toBe(REPORT.abs);
    expect(sectionHref('8.2')).toBe(REPORT.abs);
    expect(sectionHref('7.8')).toBe(REPORT.abs);
  });
  it('refuses malformed section numbers', () => {
    for (const s of ['', '0', '3.0', 'x', '3..2', '3.2.1.1', '123']) expect(sectionHref(s)).toBeUndefined();
  });
  it('links a table to the section that holds it, and an unknown table to nothing', () => {
    expect(tableHref(3)).toBe(sectionHref('3.2'));
    expect(tableHref(99)).toBeUndefined();
  });
  it('splits a reference list into linked parts, keeping the text as written', () => {
    const parts = reportRefParts('§1, §3.2, Table 3, §4');
    expect(parts.map((p) => p.text).join('')).toBe('§1, §3.2, Table 3, §4');
    expect(parts.filter((p) => p.href).map((p) => p.text)).toEqual(['§1', '§3.2', 'Table 3', '§4']);
    expect(parts.find((p) => p.text === 'Table 3')?.href).toBe(`${REPORT.html}#S3.SS2`);
  });
  it('finds references in running text: sections, ranges (linked to their first section) and tables', () => {
    const refs = findReportRefs('See §3.2–3.4 and §7–8, § 3.1.2, Table 4 and Table 31, not §3.2.1.4 or §123.');
    expect(refs.map((r) => [r.text, r.href])).toEqual([
      ['§3.2–3.4', sectionHref('3.2')],
      ['§7–8', sectionHref('7')],
      ['§ 3.1.2', sectionHref('3.1.2')],
      ['Table 4', sectionHref('3.3.2')],
      ['Table 31', undefined],
    ]);
    expect(reportRefParts('§1–2').map((p) => [p.text, p.href])).toEqual([['§1–2', sectionHref('1')]]);
  });
  it('links a widget source only where it names this report', () => {
    const parts = citeParts('Report §3.2, Table 3; Llama 2 paper, Table 1; Meta llama-models code');
    expect(parts.map((p) => p.text).join('')).toBe('Report §3.2, Table 3; Llama 2 paper, Table 1; Meta llama-models code');
    expect(parts.filter((p) => p.href).map((p) => [p.text, p.href])).toEqual([
      ['§3.2', `${REPORT.html}#S3.SS2`], ['Table 3', `${REPORT.html}#S3.SS2`],
    ]);
    expect(citeParts('Vaswani et al. 2017, §3.1; Llama 2 paper §2.2').some((p) => p.href)).toBe(false);
    expect(citeParts('Su et al. (RoFormer); Report §3.2').filter((p) => p.href).map((p) => p.text)).toEqual(['§3.2']);
    expect(citeParts('Computed from the shapes in Report Table 3').map((p) => [p.text, p.href])).toEqual([
      ['Computed from the shapes in Report ', undefined], ['Table 3', `${REPORT.html}#S3.SS2`],
    ]);
    expect(citeParts('the Llama 3 report says 1.8T').some((p) => p.href)).toBe(false);
    expect(citeParts('')).toEqual([]);
  });
});
