// The bundled chat pairs of dpo-loss and Llama 3's chat format. The pairs are written for this page (illustrations of
// the token arithmetic, not samples from Llama 3's preference data). The format is Meta's, from
// meta-llama/llama-models models/llama3/chat_format.py (commit a9c89c4): encode_dialog_prompt writes
// <|begin_of_text|>, then per message _encode_header (<|start_header_id|> role <|end_header_id|> "\n\n"), the content
// and <|eot_id|>; an assistant reply is the same message with role "assistant". Each piece is tokenized on its own
// there; tokenizing the whole string with special tokens allowed gives the same ids (pair.test.ts checks it).

/** The bundled pairs' ids (the URL's `pair`). */
export const PAIR_IDS = ['capital', 'repeat', 'gradient'] as const;
export type PairId = (typeof PAIR_IDS)[number];

export interface ChatPair {
  id: PairId;
  /** Language of the texts (marked up as such in the view). */
  lang: 'en' | 'zh';
  prompt: string;
  chosen: string;
  rejected: string;
}

export const PAIRS = [
  {
    // Low edit distance (Pal et al. 2024): the shared start cancels; only the last words differ.
    id: 'capital', lang: 'en', prompt: 'What is the capital of Australia?',
    chosen: 'The capital of Australia is Canberra.', rejected: 'The capital of Australia is Sydney.',
  },
  {
    // Tail repetition (report §4.1.4): the rejected reply goes on where the chosen one stops.
    id: 'repeat', lang: 'en', prompt: 'Answer in one word: is the sky blue on a clear day?',
    chosen: 'Yes.', rejected: 'Yes. Yes. Yes. Yes.',
  },
  {
    id: 'gradient', lang: 'zh', prompt: '用一句话解释什么是梯度下降。',
    chosen: '梯度下降沿着损失函数梯度的反方向反复更新参数，让损失一步步变小。', rejected: '梯度下降就是一种让模型变得更好的方法。',
  },
] as const satisfies readonly ChatPair[];


export const DEFAULT_PAIR: PairId = 'capital';

export function pairById(id: string): ChatPair {
  return PAIRS.find((p) => p.id === id) ?? PAIRS[0];
}

/** One exchange in Llama 3's chat format: the user turn, the assistant header, the reply and <|eot_id|>. */
export function chatFormat(prompt: string, reply: string): string {
  return `<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n${prompt}<|eot_id|>`
    + `<|start_header_id|>assistant<|end_header_id|>\n\n${reply}<|eot_id|>`;
}

/** What the view asks the tokenizer for: chosen then rejected, one string (each begins with <|begin_of_text|>). */
export function jointText(p: ChatPair): string {
  return chatFormat(p.prompt, p.chosen) + chatFormat(p.prompt, p.rejected);
}
