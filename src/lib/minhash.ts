// MinHash and locality-sensitive hashing for near-duplicate documents (Broder 1997; the banding of Leskovec,
// Rajaraman & Ullman, "Mining of Massive Datasets" ch. 3), the technique the Llama 3 report names for its
// document-level de-duplication (§3.1.1). Pure and seeded: the same text, parameters and seed give the same result.

/** The word k-shingles of a text: lower-cased, split on whitespace, every run of k consecutive words. */
export function shingles(text: string, k: number): Set<string> {
  const words = text.toLowerCase().split(/\s+/u).filter(Boolean);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < k) { out.add(words.join(' ')); return out; }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| (1 for two empty sets). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** FNV-1a over UTF-16 code units, then murmur3's finaliser: a string → an unsigned 32-bit hash. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature: for each of `perms` seeded hash functions hᵢ(x) = fmix32(x ⊕ sᵢ), the minimum over the
 * shingles. Two sets agree in one position with probability ≈ their Jaccard similarity.
 */
export function signature(set: ReadonlySet<string>, perms: number, seed: number): Uint32Array {
  const sig = new Uint32Array(perms).fill(0xffffffff);
  const salts = Array.from({ length: perms }, (_, i) => fmix32((seed >>> 0) ^ Math.imul(i + 1, 0x9e3779b9)));
  for (const x of set) {
    const hx = hashString(x);
    for (let i = 0; i < perms; i++) {
      const v = fmix32(hx ^ salts[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The MinHash estimate of Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * LSH banding: the signature cut into `bands` bands of `rows` rows; two documents become candidates when some band
 * is identical. Returns the candidate pairs [i, j] with i < j, sorted. Uses bands·rows ≤ signature length.
 */
export function lshCandidates(sigs: readonly Uint32Array[], bands: number, rows: number): [number, number][] {
  const pairs = new Set<string>();
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, doc) => {
      const key = Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',');
      const list = buckets.get(key);
      if (list) list.push(doc); else buckets.set(key, [doc]);
    });
    for (const docs of buckets.values()) {
      for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) pairs.add(`${docs[i]},${docs[j]}`);
    }
  }
  return [...pairs].map((p) => p.split(',').map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Probability that two documents of Jaccard similarity s become candidates: 1 − (1 − s^r)^b. */
export function lshProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}
