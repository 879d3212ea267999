// The cells of a matrix heatmap, drawn in one colour scale (heatmap.ts): one <path> per sign and intensity level,
// and, over the negative cells, stripes in the paper colour, so the sign does not rest on hue alone (greyscale,
// colour-vision deficiencies; WCAG 1.4.1). Goes inside the widget's SVG; the widget draws its axes and marks around it.
import type { HeatLayer } from './heatmap';
import './heatmap.css';

export interface HeatCellsProps {
  /** heatmapLayers(grid), memoised by the widget on what its grid reads. */
  layers: readonly HeatLayer[];
  /** Classes of the positive and negative cells (the widget's colours). */
  classes?: { p: string; n: string } | undefined;
  /** id of a <HatchPattern> in the document: striped negatives ('signed' grids). */
  hatchId?: string | undefined;
}

export function HeatCells({ layers, classes = { p: 'heat-p', n: 'heat-n' }, hatchId }: HeatCellsProps) {
  const negatives = hatchId ? layers.filter((l) => l.sign === 'n').map((l) => l.d).join('') : '';
  return (
    <>
      {layers.map((l) => <path key={`${l.sign}${l.level}`} d={l.d} className={classes[l.sign]} fillOpacity={l.opacity} />)}
      {negatives && <path className="heat-hatch" d={negatives} fill={`url(#${hatchId})`} />}
    </>
  );
}

/**
 * Diagonal stripes in the paper colour, laid over the cells of negative values. Put it in an SVG's <defs>; fill
 * shapes with `url(#id)`.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={4} height={4} patternTransform="rotate(45)">
      <rect className="hmg-stripe" width={1.5} height={4} />
    </pattern>
  );
}

/** A key swatch drawn in SVG (kept in forced-colours mode, unlike a CSS background), striped when `hatchId` is given. */
export function Swatch({ className, hatchId }: { className: string; hatchId?: string | undefined }) {
  return (
    <svg className="hmg-swatch" viewBox="0 0 12 12" width={12} height={12} aria-hidden="true" focusable="false">
      <rect className={className} width={12} height={12} />
      {hatchId && <rect width={12} height={12} fill={`url(#${hatchId})`} />}
    </svg>
  );
}

/** A document-unique id usable in `url(#…)` (React's ids may hold characters that need escaping there). */
export function svgId(reactId: string, prefix: string): string {
  return `${prefix}-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}
