// Normalises server-rendered widget HTML for snapshots (observablehq/plot style): numbers in SVG
// geometry rounded to 2 decimals, React's generated ids renumbered, and React's text separators (<!-- -->,
// which only say where one JSX text piece ends) removed, so a snapshot changes only when what a reader sees changes.
export function normalizeHtml(html: string): string {
  const ids = new Map<string, string>();
  return html
    .replace(/<!-- -->/g, '')
    .replace(/(«|_R_|:R|_r_)[A-Za-z0-9_]*(»|_|:)?/g, (m) => {
      if (!ids.has(m)) ids.set(m, `id${ids.size}`);
      return ids.get(m)!;
    })
    .replace(/(\s(?:x|y|x1|x2|y1|y2|width|height|cx|cy|r|d|points|transform|viewBox)=")([^"]*)"/g, (_, attr: string, value: string) =>
      `${attr}${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
    )
    .replace(/></g, '>\n<');
}
