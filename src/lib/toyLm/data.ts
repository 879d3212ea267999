// The toy's data: the synthetic teacher the reference policy is fine-tuned on, the hidden gold reward (the "human"),
// and Bradley–Terry preference pairs labelled by it (design §2.1.1; Gao et al. 2022's synthetic-gold set-up).
import { cell } from './policy';
import { sampleResponse } from './sequences';
import { ALL_RESPONSES, CONTENT_TOKENS, CONTEXTS, EOT, PROMPTS, VOCAB } from './space';
import { mulberry32 } from '../rng';

/**
 * The teacher's log-probability table: at every step it ends the answer with probability `stop`, or says one of
 * the four content tokens uniformly. Lengths are geometric; the content is uniform and prompt-blind.
 */
export function teacherTable(stop = 0.3): Float64Array {
  const table = new Float64Array(PROMPTS * CONTEXTS * VOCAB);
  for (let p = 0; p < PROMPTS; p++) {
    for (let c = 0; c < CONTEXTS; c++) {
      for (let v = 0; v < CONTENT_TOKENS; v++) table[cell(p, c, v)] = Math.log((1 - stop) / CONTENT_TOKENS);
      table[cell(p, c, EOT)] = Math.log(stop);
    }
  }
  return table;
}

export type GoldPreset = 'lengthNeutral' | 'length3';
export const GOLD_PRESETS: readonly GoldPreset[] = ['lengthNeutral', 'length3'];

/**
 * The hidden gold reward r*(prompt, response). For prompt p the "good" token is p and the "bad" one p + 1 (mod 4).
 * - 'lengthNeutral': (#good − #bad) / length (0 for an empty answer), and −1 if truncated;
 * - 'length3': the same share, −0.6·|length − 3|, and −1.5 (instead of −1) if truncated: it prefers three tokens.
 */
export function goldReward(preset: GoldPreset, prompt: number, id: number): number {
  const r = ALL_RESPONSES[id]!;
  const good = prompt, bad = (prompt + 1) % CONTENT_TOKENS;
  let net = 0;
  for (const t of r.content) net += t === good ? 1 : t === bad ? -1 : 0;
  const n = r.content.length;
  const share = n === 0 ? 0 : net / n;
  if (preset === 'lengthNeutral') return share - (r.terminated ? 0 : 1);
  return share - 0.6 * Math.abs(n - 3) - (r.terminated ? 0 : 1.5);
}

/** Annotator noise as named levels, each a Bradley–Terry sharpness k in P(a ≻ b) = σ(k·(r*(a) − r*(b))). */
export const NOISES = ['low', 'medium', 'high', 'random'] as const;
export type Noise = (typeof NOISES)[number];
export const NOISE_K: Record<Noise, number> = { low: 10, medium: 3, high: 1, random: 0 };

/** One labelled comparison: two responses to a prompt, the preferred one first. */
export interface PreferencePair {
  prompt: number;
  chosen: number;
  rejected: number;
  /** r*(chosen) − r*(rejected) under the gold reward (may be negative: a noisy label). */
  goldGap: number;
}

/**
 * `n` seeded pairs: prompts in turn, two responses drawn from the policy table (the reference, normally), labelled by
 * Bradley–Terry on the gold reward, P(a ≻ b) = σ(k·(r*(a) − r*(b))). A larger k means cleaner labels; k = 0 is a
 * coin flip. Ties of identical responses are redrawn (at most a few times), so a pair compares two answers.
 */
export function preferencePairs(
  table: Float64Array, gold: (prompt: number, id: number) => number, n: number, k: number, seed: number,
): PreferencePair[] {
  const uniform = mulberry32(seed);
  const pairs: PreferencePair[] = [];
  for (let i = 0; i < n; i++) {
    const prompt = i % PROMPTS;
    const a = sampleResponse(table, prompt, uniform);
    let b = sampleResponse(table, prompt, uniform);
    for (let tries = 0; b === a && tries < 8; tries++) b = sampleResponse(table, prompt, uniform);
    const gap = gold(prompt, a) - gold(prompt, b);
    const aWins = uniform() < 1 / (1 + Math.exp(-k * gap));
    pairs.push(aWins
      ? { prompt, chosen: a, rejected: b, goldGap: gap }
      : { prompt, chosen: b, rejected: a, goldGap: -gap });
  }
  return pairs;
}
