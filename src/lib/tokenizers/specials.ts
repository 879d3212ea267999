// Llama 3's special tokens (ids 128,000–128,255): names by id, no vocabulary data (safe to import anywhere).
import { LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS } from './constants';

/**
 * Special-token names by id, as in Meta's April 2024 llama3 tokenizer.py ([L3]): the named tokens and
 * `<|reserved_special_token_N|>` for the rest, N counting up from 0 in id order.
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
 * Llama 3.1 gave four reserved ids names ([LM] llama-models tokenizer.py; facts §C); they are shown by those
 * names and accepted in text as well as the April 2024 reserved names. (HF's 3.1 converter calls 128005
 * `<|reserved_special_token_2|>`, facts §G.10.)
 */
export const LLAMA31_NAMES: ReadonlyMap<number, string> = new Map([
  [128004, '<|finetune_right_pad_id|>'],
  [128005, '<|step_id|>'],
  [128008, '<|eom_id|>'],
  [128010, '<|python_tag|>'],
]);

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
