// Seeded pseudo-random numbers for reproducible widget data: mulberry32 (uniform), Box–Muller (Gaussian).
// Pure: the same seed always gives the same stream, so a URL with `seed=` reproduces a view exactly.
// Not for cryptography.

/** A stream of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, period 2^32.
 * `seed` is reduced to an unsigned 32-bit integer (non-finite seeds count as 0).
 * Returns a function giving uniform numbers in [0, 1) with 2^-32 resolution.
 */
export function mulberry32(seed: number): Uniform {
  let a = Number.isFinite(seed) ? seed >>> 0 : 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal numbers N(0, 1) from a uniform stream by the Box–Muller transform:
 * z0 = √(−2 ln u1) · cos(2π u2), z1 = √(−2 ln u1) · sin(2π u2). Both values of a pair are used.
 * u1 is taken as 1 − uniform() ∈ (0, 1], so ln u1 is finite.
 */
export function gaussian(uniform: Uniform): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const u1 = 1 - uniform();
    const u2 = uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
}

/**
 * An unsigned 32-bit seed derived from a base seed and a path of integers (e.g. tensor id, head
 * index), so independent streams can be drawn without one shifting another: adding a head does not
 * change the numbers of the heads before it. Mixing is murmur3's fmix32, applied to the seed and after each element.
 */
export function deriveSeed(seed: number, ...path: number[]): number {
  let h = fmix32((Number.isFinite(seed) ? seed >>> 0 : 0) ^ 0x9e3779b9);
  for (const p of path) h = fmix32(Math.imul(h ^ ((Number.isFinite(p) ? p : 0) >>> 0), 0x85ebca6b) ^ 0x27d4eb2f);
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
