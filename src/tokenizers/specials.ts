// Llama 3's special tokens (ids 128,000–128,255): names by id, no vocabulary data (safe to import anywhere).
// Sources (shared/reference/llama3-facts.md §C, §G.10): Meta's April 2024 llama3 tokenizer.py [L3] and Meta's
// llama-models tokenizer.py for Llama 3.1 [LM]; Hugging Face's convert_llama_weights_to_hf.py [HF-conv].
import { LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS } from '../data/models';

/**
 * Special-token names by id, as in Meta's April 2024 llama3 tokenizer.py ([L3]): the named tokens and
 * `<|reserved_special_token_N|>` for the rest, N counting up from 0 in id order (128255 is _250). These are the
 * names the playground reads in text (Hugging Face's Llama 3 tokenizer.json has the same list).
 */
export function llama3SpecialNames(): Map<number, string> {
  const named: Record<number, string> = {
    128000: '<|begin_of_text|>',
    128001: '<|end_of_text|>',
    128006: '<|start_header_id|>',
    128007: '<|end_header_id|>',
    128009: '<|eot_id|>',
  };
  const names = new Map<number, string>();
  let reserved = 0;
  for (let id = LLAMA3_BPE_TOKENS; id < LLAMA3_BPE_TOKENS + LLAMA3_SPECIAL_TOKENS; id++) {
    names.set(id, named[id] ?? `<|reserved_special_token_${reserved++}|>`);
  }
  return names;
}

/**
 * The four ids Llama 3.1 named that Llama 3 (April 2024) had reserved ([LM] llama-models tokenizer.py, from its
 * first commit): two for tool use (128008, 128010) and two others (128004, 128005). They are shown by these names
 * and read in text under these names as well as their April 2024 reserved names.
 * (HF's 3.1 converter calls 128005 `<|reserved_special_token_2|>`, facts §G.10.)
 */
export const LLAMA31_NAMES: ReadonlyMap<number, string> = new Map([
  [128004, '<|finetune_right_pad_id|>'],
  [128005, '<|step_id|>'],
  [128008, '<|eom_id|>'],
  [128010, '<|python_tag|>'],
]);

/** What Llama 3.1 uses two of them for (facts §C: <|eom_id|> ends a message for a tool call). */
const LLAMA31_TOOL_USE: Readonly<Record<number, SpecialToolUse>> = {
  128008: 'endOfMessage',
  128010: 'toolCall',
};

/**
 * Hugging Face's Llama 3.1 converter names 128005 differently from Meta ([HF-conv] special-token list for
 * "3.1"; facts §G.10). Every other named id agrees.
 */
export const HF_LLAMA31_NAME_OF_128005 = '<|reserved_special_token_2|>';

/** Ids of the chat-format tokens, by name (the names both tokenizer versions agree on, plus 3.1's). */
export const LLAMA3_CHAT_TOKENS = {
  beginOfText: 128000,
  endOfText: 128001,
  startHeader: 128006,
  endHeader: 128007,
  endOfMessage: 128008,
  endOfTurn: 128009,
  pythonTag: 128010,
} as const;

/** The name the playground shows for a special id (Llama 3.1's where it named a reserved id). */
export function llama3SpecialName(id: number): string | undefined {
  return LLAMA31_NAMES.get(id) ?? llama3SpecialNames().get(id);
}

/** First id after <|python_tag|>: from here on Llama 3.1 numbers its reserved names from 2 ([LM]). */
const FIRST_LLAMA31_RESERVED = 128011;

/**
 * Llama 3.1's name for an id that both versions leave reserved ([LM]: `<|reserved_special_token_{2 + i}|>` after
 * the eleven named or reserved ids 128000–128010), or undefined for the ids below 128011.
 */
export function llama31ReservedName(id: number): string | undefined {
  if (!Number.isInteger(id) || id < FIRST_LLAMA31_RESERVED || id >= LLAMA3_BPE_TOKENS + LLAMA3_SPECIAL_TOKENS) return undefined;
  return `<|reserved_special_token_${id - FIRST_LLAMA31_RESERVED + 2}|>`;
}

/** A special token's part in Llama 3.1's tool use: 'endOfMessage' ends a message for a tool call, 'toolCall' marks one. */
export type SpecialToolUse = 'endOfMessage' | 'toolCall';

/**
 * How the versions name a special id (for the playground's token details, which word it):
 * - 'renamed': Llama 3.1 named an id that Llama 3 (April 2024) had reserved; `toolUse` when it is for tool use,
 *   `huggingFace` when Hugging Face's 3.1 converter calls it something else (128005 only, facts §G.10).
 * - 'reserved': both versions reserve it; `llama31` equals `llama3` when Llama 3.1 keeps the April 2024 name, else
 *   it is 3.1's name (llama-models numbers its reserved tokens anew after <|python_tag|>).
 */
export type SpecialNaming =
  | { kind: 'renamed'; llama3: string; llama31: string; toolUse: SpecialToolUse | null; huggingFace: string | null }
  | { kind: 'reserved'; llama3: string; llama31: string };

/** How the versions name a special id; undefined outside the special range and for ids every version names alike. */
export function llama3SpecialNaming(id: number): SpecialNaming | undefined {
  const april = llama3SpecialNames().get(id);
  if (april === undefined) return undefined;
  const named = LLAMA31_NAMES.get(id);
  if (named !== undefined) {
    return {
      kind: 'renamed', llama3: april, llama31: named, toolUse: LLAMA31_TOOL_USE[id] ?? null,
      huggingFace: id === 128005 ? HF_LLAMA31_NAME_OF_128005 : null,
    };
  }
  if (!april.startsWith('<|reserved_special_token_')) return undefined;
  return { kind: 'reserved', llama3: april, llama31: llama31ReservedName(id) ?? april };
}
