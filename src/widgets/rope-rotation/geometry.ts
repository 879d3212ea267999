// Drawing geometry of rope-rotation (pure: angles in, SVG coordinates and path strings out), tested alone in
// geometry.test.ts. Angles are mathematical: radians, counter-clockwise from the +x axis. SVG's y axis points down,
// so a point at angle φ and radius r from the centre (cx, cy) is (cx + r·cos φ, cy − r·sin φ).

export interface Point {
  x: number;
  y: number;
}

/** The point at angle `phi`, `r` from `c`. */
export function polar(c: Point, r: number, phi: number): Point {
  return { x: c.x + r * Math.cos(phi), y: c.y - r * Math.sin(phi) };
}

const fmt = (v: number) => Number(v.toFixed(2));
const pt = (p: Point) => `${fmt(p.x)} ${fmt(p.y)}`;

/**
 * An arc of radius r around c from angle `from`, turning by `by` radians (|by| ≤ 2π; positive = counter-clockwise),
 * as an SVG path; `wedge` closes it through the centre (a pie slice). Empty for a turn too small to draw.
 */
export function arcPath(c: Point, r: number, from: number, by: number, wedge = false): string {
  if (!(Math.abs(by) > 1e-4) || !(r > 0)) return '';
  // A full turn cannot be one SVG arc (its ends coincide): draw it as two halves.
  const turn = Math.min(Math.abs(by), 2 * Math.PI - 1e-6) * Math.sign(by);
  const a = polar(c, r, from);
  const mid = polar(c, r, from + turn / 2);
  const b = polar(c, r, from + turn);
  // Counter-clockwise on screen (y down) is SVG's sweep-flag 0.
  const sweep = turn > 0 ? 0 : 1;
  const arcs = `A ${fmt(r)} ${fmt(r)} 0 0 ${sweep} ${pt(mid)} A ${fmt(r)} ${fmt(r)} 0 0 ${sweep} ${pt(b)}`;
  return wedge ? `M ${pt(c)} L ${pt(a)} ${arcs} Z` : `M ${pt(a)} ${arcs}`;
}

/** An arrow from `from` to `to`: the shaft (ending at the head's base) and the head, a triangle `size` long. */
export function arrow(from: Point, to: Point, size: number): { shaft: string; head: string } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (!(len > 0)) return { shaft: '', head: '' };
  const ux = dx / len;
  const uy = dy / len;
  const s = Math.min(size, len * 0.6);
  const base = { x: to.x - ux * s, y: to.y - uy * s };
  const half = s * 0.45;
  const left = { x: base.x - uy * half, y: base.y + ux * half };
  const right = { x: base.x + uy * half, y: base.y - ux * half };
  return { shaft: `M ${pt(from)} L ${pt(base)}`, head: `M ${pt(to)} L ${pt(left)} L ${pt(right)} Z` };
}

/**
 * One pair drawn in a circle of radius `radius` around `c`. Each vector is drawn at the radius whatever its length:
 * the drawing is about directions (a rotation changes no length; the view prints the lengths).
 */
export interface PairDrawing {
  q: { shaft: string; head: string; tip: Point; label: Point };
  k: { shaft: string; head: string; tip: Point; label: Point };
  /** The pair before rotation (position 0): plain lines. */
  q0: { to: Point };
  k0: { to: Point };
  /** The arc from k to q (the angle between them). */
  between: string;
}

export function pairDrawing(
  c: Point, radius: number,
  v: { q: readonly [number, number]; k: readonly [number, number]; signed: number },
  before: { q: readonly [number, number]; k: readonly [number, number] },
  headSize: number, labelGap: number,
): PairDrawing {
  const phi = ([x, y]: readonly [number, number]) => Math.atan2(y, x);
  const vector = (u: readonly [number, number]) => {
    const tip = polar(c, radius, phi(u));
    return { ...arrow(c, tip, headSize), tip, label: polar(c, radius + labelGap, phi(u)) };
  };
  const arcR = Math.max(6, radius * 0.28);
  return {
    q: vector(v.q),
    k: vector(v.k),
    q0: { to: polar(c, radius, phi(before.q)) },
    k0: { to: polar(c, radius, phi(before.k)) },
    between: arcPath(c, arcR, phi(v.k), v.signed),
  };
}

/** A dial of radius r around c: its hand at `angle` and the wedge from 0 to it (the part of the current turn). */
export function dialDrawing(c: Point, r: number, angle: number): { hand: Point; wedge: string } {
  return { hand: polar(c, r, angle), wedge: arcPath(c, r, 0, angle, true) };
}
