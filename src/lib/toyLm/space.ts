// The toy language model's world (design §2.1.1, level 2): 4 prompts, 4 content tokens A–D and an end-of-turn token
// EOT, responses of at most 6 tokens. A response is k content tokens then EOT (k = 0…5), or 6 content tokens
// (truncated): Σ₀⁵ 4ᵏ + 4⁶ = 1,365 + 4,096 = 5,461 responses per prompt, small enough to enumerate, so every
// expectation on a page is exact. Responses have dense ids 0…5,460: terminated ones by length then base-4 digits,
// the truncated ones last.

export const PROMPTS = 4;
/** Content tokens A, B, C, D are 0…3. */
export const CONTENT_TOKENS = 4;
/** The end-of-turn token (the formatting token Llama 3 masks in DPO). */
export const EOT = 4;
/** Next-token choices: A–D and EOT. */
export const VOCAB = 5;
/** What a token is conditioned on: the previous content token (0…3), or START before the first token (5). Row 4
 *  (EOT) is never a context, since a response ends at EOT; it is kept so rows index by token id. */
export const START = 5;
export const CONTEXTS = 6;
/** Most tokens a response holds; a response that reaches it without EOT is truncated. */
export const MAX_TOKENS = 6;
/** Responses per prompt. */
export const RESPONSES = 5_461;
/** First id of each terminated length k = 0…5, then of the truncated block: 0, 1, 5, 21, 85, 341, 1,365. */
export const LENGTH_OFFSETS = [0, 1, 5, 21, 85, 341, 1_365] as const;

/** One response: its content tokens, and whether it ended with EOT (false = cut at MAX_TOKENS). */
export interface Response {
  content: readonly number[];
  terminated: boolean;
}

/** The id of a response (inverse of `responseOf`). */
export function responseId(r: Response): number {
  let digits = 0;
  for (const t of r.content) digits = digits * 4 + t;
  return r.terminated ? LENGTH_OFFSETS[r.content.length]! + digits : LENGTH_OFFSETS[6] + digits;
}

/** The response with a given id. */
export function responseOf(id: number): Response {
  let length = 6, terminated = false;
  for (let k = 0; k < 6; k++) {
    if (id < LENGTH_OFFSETS[k + 1]!) {
      length = k;
      terminated = true;
      break;
    }
  }
  let digits = id - (terminated ? LENGTH_OFFSETS[length]! : LENGTH_OFFSETS[6]);
  const content = new Array<number>(length);
  for (let i = length - 1; i >= 0; i--) {
    content[i] = digits % 4;
    digits = Math.floor(digits / 4);
  }
  return { content, terminated };
}

/** Every response once, by id. */
export const ALL_RESPONSES: readonly Response[] = Array.from({ length: RESPONSES }, (_, id) => responseOf(id));

/**
 * The (context, token) steps a response is made of: each content token in the context of the one before it (START
 * first), then EOT in the context of the last content token when it terminated.
 */
export function steps(r: Response): { context: number; token: number }[] {
  const out: { context: number; token: number }[] = [];
  let context = START;
  for (const t of r.content) {
    out.push({ context, token: t });
    context = t;
  }
  if (r.terminated) out.push({ context, token: EOT });
  return out;
}

/** "ABC⏎", "∅⏎" for an empty answer, "ABCDAB…" when truncated: a compact label for charts and tables. */
export function responseLabel(r: Response): string {
  const body = r.content.map((t) => 'ABCD'[t]).join('');
  return r.terminated ? `${body || '∅'}⏎` : `${body}…`;
}
