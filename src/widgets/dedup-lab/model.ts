// The three de-duplication levels of the Llama 3 report (§3.1.1), run for real on a small corpus. Pure: state and
// documents → what each level removes, with codes and numbers; messages.ts words them. MinHash, Jaccard, LSH banding
// and the S-curve are src/lib/minhash.ts; this file adds only the CJK-aware shingling (a Han, kana or Hangul character
// counts as one word: whitespace does not split Chinese) and the pipeline around them.
//
// What the report says (facts-2 §J), and what this widget adds because the report does not say:
// 1. URL level: "We keep the most recent version for pages corresponding to each URL." Here: per URL, the latest
//    crawl date; on equal dates the later page in the list. A page without a URL (pasted without one) is not grouped.
// 2. Document level: "global MinHash (…) de-duplication … to remove near duplicate documents". The report gives no
//    shingle size, permutation count, bands or threshold. Here: word k-shingles, `perms` seeded hash functions, LSH
//    with `bands` bands of perms/bands rows; every candidate pair is "flagged". Going through the pages in order, a
//    page is removed when it is flagged with an earlier page that was kept (the report does not say which copy
//    survives: this widget keeps the first). No check of the estimate after banding: what the bands let through goes.
// 3. Line level: "We remove lines that appeared more than 6 times in each bucket of 30M documents." Here the bucket
//    is the whole (tiny) corpus left after level 2, and the threshold `lineT` is scaled down for illustration. A line
//    is compared after trimming and collapsing spaces (ccNet also lower-cases and strips digits and punctuation; the
//    report does not say what Llama 3 normalises). Every occurrence of a line seen more than lineT times goes; blank
//    lines are not counted.
import { estimateJaccard, jaccard, lshProbability, shingles, signature } from '../../lib/minhash';
import { CORPUS, type CorpusDoc } from './corpus';

// ── Limits and defaults (meta.ts builds the URL schema from these) ──────────────────────────────

export const LIMITS = {
  shingle: { min: 1, max: 10 },
  perms: { min: 16, max: 256 },
  bands: { min: 1, max: 256 },
  lineT: { min: 1, max: 1_000 },
  seed: { min: 0, max: 4_294_967_295 },
} as const;
export type LimitKey = keyof typeof LIMITS;

export const DEFAULTS = {
  shingle: 5,
  perms: 128,
  /** 32 bands of 4 rows: threshold (1/32)^(1/4) ≈ 0.42 (the report gives none). */
  bands: 32,
  /** Scaled for a 24-page corpus (the report's 6 is per 30M-document bucket). */
  lineT: 2,
  seed: 1,
} as const;

/** The report's line threshold and bucket size (§3.1.1). */
export const REPORT_LINE_T = 6;
export const REPORT_BUCKET_DOCS = 30_000_000;

/** Permutation counts on the widget's menu (the URL takes any whole number in LIMITS.perms). */
export const PERMS_STEPS = [16, 32, 64, 128, 256] as const;

/** The reader's corpus: at most this many documents and characters (so one update stays well inside a frame). */
export const PASTE_CAPS = { docs: 30, chars: 6_000 } as const;

// ── Bands ───────────────────────────────────────────────────────────────────────────────────────

/** Every divisor of n, ascending. */
export function divisors(n: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= n; d++) if (n % d === 0) out.push(d);
  return out;
}

/** The divisor of `perms` nearest to `bands` (on ties the larger: more bands, more candidates). */
export function nearestBands(perms: number, bands: number): number {
  let best = 1;
  for (const d of divisors(perms)) if (Math.abs(d - bands) <= Math.abs(best - bands)) best = d;
  return best;
}

/**
 * LSH banding, the same result as src/lib/minhash.ts `lshCandidates` (a property test checks it), built faster: the
 * shared version makes each band key with subarray + Array.from + join, which at 256 bands × 30 documents takes about
 * 15 ms of CPU here; this one concatenates the numbers in a loop (lead: a candidate fix for the shared file).
 */
export function bandCandidates(sigs: readonly Uint32Array[], bands: number, rows: number): [number, number][] {
  const found = new Set<number>();
  const n = sigs.length;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    for (let doc = 0; doc < n; doc++) {
      const sig = sigs[doc]!;
      let key = '';
      for (let i = b * rows; i < (b + 1) * rows; i++) key += `${sig[i]!},`;
      const list = buckets.get(key);
      if (list) list.push(doc); else buckets.set(key, [doc]);
    }
    for (const docs of buckets.values()) {
      for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) found.add(docs[i]! * n + docs[j]!);
    }
  }
  return [...found].sort((x, y) => x - y).map((k) => [Math.floor(k / n), k % n]);
}

/** Threshold where the S-curve is steepest, ≈ (1/b)^(1/r) (Leskovec, Rajaraman & Ullman §3.4.2). */
export function lshThreshold(bands: number, rows: number): number {
  return (1 / bands) ** (1 / rows);
}

// ── Shingles ────────────────────────────────────────────────────────────────────────────────────

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True when a text contains Chinese, Japanese or Korean characters (they are shingled one character per word). */
export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

/** k-shingles where each CJK character is a word of its own (character k-grams) and other text splits on spaces. */
export function docShingles(text: string, k: number): Set<string> {
  return shingles(text.replace(CJK, ' $& '), k);
}

/** A line as the line level compares it: trimmed, runs of whitespace as one space. */
export function normalizeLine(line: string): string {
  return line.trim().replace(/\s+/gu, ' ');
}

// ── The reader's corpus ─────────────────────────────────────────────────────────────────────────

const URL_LINE = /^(https?:\/\/\S+)(?:\s+(\d{4}-\d{2}-\d{2}))?\s*$/u;

export type PasteIssue =
  | { code: 'empty' }
  | { code: 'tooManyChars'; chars: number; max: number }
  | { code: 'tooManyDocs'; docs: number; max: number };

export type PasteResult = { ok: true; docs: CorpusDoc[] } | { ok: false; issue: PasteIssue };

/**
 * The reader's documents: separated by a blank line or a line `---`. A document whose first line is a URL (optionally
 * followed by a date yyyy-mm-dd) takes that URL and date; the others have none. Over the caps: refused, with a code.
 */
export function parsePasted(text: string): PasteResult {
  const chars = [...text].length;
  if (chars > PASTE_CAPS.chars) return { ok: false, issue: { code: 'tooManyChars', chars, max: PASTE_CAPS.chars } };
  const blocks: string[][] = [[]];
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    if (raw.trim() === '' || raw.trim() === '---') { if (blocks.at(-1)!.length > 0) blocks.push([]); continue; }
    blocks.at(-1)!.push(raw);
  }
  const filled = blocks.filter((b) => b.length > 0);
  if (filled.length === 0) return { ok: false, issue: { code: 'empty' } };
  if (filled.length > PASTE_CAPS.docs) return { ok: false, issue: { code: 'tooManyDocs', docs: filled.length, max: PASTE_CAPS.docs } };
  const docs = filled.map((block, i): CorpusDoc => {
    const m = URL_LINE.exec(block[0]!.trim());
    const body = m && block.length > 1 ? block.slice(1) : block;
    const joined = body.join('\n');
    return { id: `p${i + 1}`, url: m && block.length > 1 ? m[1]! : null, date: m && block.length > 1 ? m[2] ?? null : null,
      lang: hasCjk(joined) ? 'zh' : 'en', text: joined };
  });
  return { ok: true, docs };
}

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────

export interface DedupParams {
  shingle: number;
  perms: number;
  bands: number;
  lineT: number;
  seed: number;
}

export type ParamIssue =
  | { code: 'bandsNotDivisor'; bands: number; perms: number; nearest: number }
  | { code: 'outOfRange'; field: LimitKey; value: number; min: number; max: number };

/** Parameters a caller may pass (the URL schema keeps them in range; bands must also divide perms). */
export function checkParams(p: DedupParams): { params: DedupParams; issues: ParamIssue[]; fatal: boolean } {
  const issues: ParamIssue[] = [];
  for (const key of Object.keys(LIMITS) as LimitKey[]) {
    const v = p[key];
    const { min, max } = LIMITS[key];
    if (!Number.isInteger(v) || v < min || v > max) issues.push({ code: 'outOfRange', field: key, value: v, min, max });
  }
  if (issues.length > 0) return { params: p, issues, fatal: true };
  if (p.perms % p.bands !== 0 || p.bands > p.perms) {
    const nearest = nearestBands(p.perms, p.bands);
    return { params: { ...p, bands: nearest }, issues: [{ code: 'bandsNotDivisor', bands: p.bands, perms: p.perms, nearest }], fatal: false };
  }
  return { params: p, issues, fatal: false };
}

// ── The pipeline ────────────────────────────────────────────────────────────────────────────────

/** Why a document went, or that it stayed. */
export type DocFate =
  | { level: 'url'; keptIndex: number }
  | { level: 'doc'; keptIndex: number; estimate: number; exact: number }
  | { level: 'kept'; linesRemoved: number; emptied: boolean };

export interface LineFate {
  text: string;
  /** Occurrences of the normalised line in the corpus after the document level (0 for a blank line). */
  count: number;
  removed: boolean;
}

export interface DocResult {
  doc: CorpusDoc;
  index: number;
  fate: DocFate;
  /** Lines with their fate (only documents that reach the line level have removed lines). */
  lines: LineFate[];
}

/** A pair of documents that both reached the document level. */
export interface PairResult {
  a: number;
  b: number;
  exact: number;
  estimate: number;
  /** LSH made it a candidate (some band identical). */
  flagged: boolean;
  /** Probability of becoming a candidate at its exact Jaccard, 1 − (1 − J^r)^b. */
  probability: number;
}

export interface DedupResult {
  params: DedupParams;
  rows: number;
  threshold: number;
  issues: ParamIssue[];
  docs: DocResult[];
  /** Every pair of documents that reached the document level, in index order. */
  pairs: PairResult[];
  counts: {
    docs: number;
    url: number;
    doc: number;
    flagged: number;
    lines: number;
    linesRemoved: number;
    emptied: number;
    kept: number;
  };
  /** Documents shingled character by character (CJK). */
  cjkDocs: number;
}

export type DedupOutcome = { ok: true; result: DedupResult } | { ok: false; issues: ParamIssue[] };

/** Parse a crawl date to a sortable number (no date: before every date). */
const dateKey = (d: string | null) => (d ? Number(d.replace(/-/g, '')) : -1);

/** Which document survives the URL level for each index: the most recent crawl of its URL (ties: the later one). */
export function urlLevel(docs: readonly CorpusDoc[]): (number | null)[] {
  const latest = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.url === null) return;
    const seen = latest.get(d.url);
    if (seen === undefined || dateKey(d.date) >= dateKey(docs[seen]!.date)) latest.set(d.url, i);
  });
  // null: the document survives; a number: the index of the copy that was kept instead.
  return docs.map((d, i) => (d.url === null || latest.get(d.url) === i ? null : latest.get(d.url)!));
}

/** Shingle sets and signatures, cached by text, k, perms and seed (changing the bands or lineT recomputes neither). */
export class SignatureCache {
  private shingleSets = new Map<string, Set<string>>();
  private sigs = new Map<string, Uint32Array>();
  shingles(text: string, k: number): Set<string> {
    const key = `${k}\u0000${text}`;
    let s = this.shingleSets.get(key);
    if (!s) { s = docShingles(text, k); this.shingleSets.set(key, s); this.trim(this.shingleSets); }
    return s;
  }
  signature(text: string, k: number, perms: number, seed: number): Uint32Array {
    const key = `${k}\u0000${perms}\u0000${seed}\u0000${text}`;
    let s = this.sigs.get(key);
    if (!s) { s = signature(this.shingles(text, k), perms, seed); this.sigs.set(key, s); this.trim(this.sigs); }
    return s;
  }
  private trim(map: Map<string, unknown>) {
    // Enough for two corpora at a few settings; the oldest entries go first.
    while (map.size > 1_000) map.delete(map.keys().next().value!);
  }
}

/** Run the three levels on `docs` with the parameters (bands corrected to a divisor when needed, with an issue). */
export function runDedup(docs: readonly CorpusDoc[], input: DedupParams, cache: SignatureCache = new SignatureCache()): DedupOutcome {
  const checked = checkParams(input);
  if (checked.fatal) return { ok: false, issues: checked.issues };
  const p = checked.params;
  const rows = p.perms / p.bands;

  // 1. URL level.
  const urlKept = urlLevel(docs);
  const fates: (DocFate | null)[] = urlKept.map((k) => (k === null ? null : { level: 'url', keptIndex: k }));

  // 2. Document level, on the survivors.
  const live = docs.map((_, i) => i).filter((i) => fates[i] === null);
  const sets = live.map((i) => cache.shingles(docs[i]!.text, p.shingle));
  const sigs = live.map((i) => cache.signature(docs[i]!.text, p.shingle, p.perms, p.seed));
  const candidates = new Set(bandCandidates(sigs, p.bands, rows).map(([x, y]) => x * live.length + y));
  const pairs: PairResult[] = [];
  for (let x = 0; x < live.length; x++) {
    for (let y = x + 1; y < live.length; y++) {
      const exact = jaccard(sets[x]!, sets[y]!);
      pairs.push({
        a: live[x]!, b: live[y]!, exact, estimate: estimateJaccard(sigs[x]!, sigs[y]!),
        flagged: candidates.has(x * live.length + y), probability: lshProbability(exact, p.bands, rows),
      });
    }
  }
  const pairAt = (x: number, y: number) => pairs[x * live.length - (x * (x + 1)) / 2 + (y - x - 1)]!;
  const keptLive: number[] = [];
  live.forEach((docIndex, x) => {
    const match = keptLive.find((k) => pairAt(k, x).flagged);
    if (match === undefined) { keptLive.push(x); return; }
    const pair = pairAt(match, x);
    fates[docIndex] = { level: 'doc', keptIndex: live[match]!, estimate: pair.estimate, exact: pair.exact };
  });

  // 3. Line level, on what is left.
  const survivors = keptLive.map((x) => live[x]!);
  const counts = new Map<string, number>();
  for (const i of survivors) {
    for (const line of docs[i]!.text.split('\n')) {
      const n = normalizeLine(line);
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  let lines = 0;
  let linesRemoved = 0;
  let emptied = 0;
  const results: DocResult[] = docs.map((doc, index) => {
    const fate = fates[index];
    const reached = fate === null;
    const lineFates = doc.text.split('\n').map((text): LineFate => {
      const n = normalizeLine(text);
      const count = reached && n ? counts.get(n)! : 0;
      return { text, count, removed: reached && count > p.lineT };
    });
    if (!reached) return { doc, index, fate: fate!, lines: lineFates };
    const nonBlank = lineFates.filter((l) => normalizeLine(l.text) !== '').length;
    const removed = lineFates.filter((l) => l.removed).length;
    lines += nonBlank;
    linesRemoved += removed;
    if (removed === nonBlank) emptied++;
    return { doc, index, fate: { level: 'kept', linesRemoved: removed, emptied: removed === nonBlank }, lines: lineFates };
  });

  const urlCount = fates.filter((f) => f?.level === 'url').length;
  const docCount = fates.filter((f) => f?.level === 'doc').length;
  return {
    ok: true,
    result: {
      params: p, rows, threshold: lshThreshold(p.bands, rows), issues: checked.issues, docs: results, pairs,
      counts: {
        docs: docs.length, url: urlCount, doc: docCount, flagged: pairs.filter((q) => q.flagged).length,
        lines, linesRemoved, emptied, kept: survivors.length - emptied,
      },
      cjkDocs: docs.filter((d) => hasCjk(d.text)).length,
    },
  };
}

/** The bundled corpus through the pipeline. */
export function runBundled(params: DedupParams, cache?: SignatureCache): DedupOutcome {
  return runDedup(CORPUS, params, cache);
}

// ── The S-curve ─────────────────────────────────────────────────────────────────────────────────

/** Samples of 1 − (1 − s^r)^b at s = 0, 1/n, …, 1. */
export function sCurve(bands: number, rows: number, n = 100): { s: number; p: number }[] {
  return Array.from({ length: n + 1 }, (_, i) => ({ s: i / n, p: lshProbability(i / n, bands, rows) }));
}

/** Pairs worth a row in the table: some shingle shared (the others all sit at the origin), most similar first. */
export function tablePairs(pairs: readonly PairResult[]): PairResult[] {
  return pairs.filter((q) => q.exact > 0 || q.flagged).sort((x, y) => y.exact - x.exact || x.a - y.a || x.b - y.b);
}
