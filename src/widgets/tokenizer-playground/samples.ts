// Sample texts of the tokenizer playground, written for this site (their names are in messages.ts). The chat sample follows the
// Llama 3 chat format (Meta's llama-models prompt_format.md; report §4.1.1 describes the protocol).

import { partsText, type LangPart } from '../../lib/textLang';

export const SAMPLE_IDS = ['prose', 'code', 'chinese', 'mixed', 'emoji', 'numbers', 'chat', 'invisible', 'custom'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export interface Sample {
  id: Exclude<SampleId, 'custom'>;
  text: string;
  /** Language of the whole text (BCP 47), when it is not English: the `lang` wherever the text is shown (WCAG 3.1.2). */
  lang?: string;
  /** A text in several languages, part by part (`text` is their concatenation): each token shown gets its part's `lang`. */
  parts?: readonly LangPart[];
}

/** The mixed-scripts sample, one greeting per language; each part starts with the space before it. */
const MIXED_PARTS: readonly LangPart[] = [
  { lang: 'en', text: 'Hello, world!' },
  { lang: 'fr', text: ' Bonjour le monde.' },
  { lang: 'ru', text: ' Привет, мир!' },
  { lang: 'el', text: ' Γειά σου, κόσμε.' },
  { lang: 'hi', text: ' नमस्ते दुनिया।' },
  { lang: 'ar', text: ' مرحبا بالعالم.' },
  { lang: 'he', text: ' שלום עולם.' },
  { lang: 'ja', text: ' こんにちは、世界。' },
  { lang: 'ko', text: ' 안녕하세요, 세계!' },
  { lang: 'vi', text: ' Xin chào thế giới.' },
];

export const SAMPLES: readonly Sample[] = [
  {
    id: 'prose',
    text:
      'A tokenizer is the first thing a language model reads and the last thing it writes. It cuts text into ' +
      'pieces from a fixed vocabulary, and the model only ever predicts the next piece. A bigger vocabulary ' +
      'holds longer pieces, so the same paragraph turns into fewer tokens: shorter sequences, cheaper ' +
      'attention, and more text in the same context window.',
  },
  {
    id: 'code',
    text: [
      'def moving_average(values, window=3):',
      '    """Mean of every run of `window` consecutive values."""',
      '    if window <= 0:',
      '        raise ValueError("window must be positive")',
      '    total = sum(values[:window])',
      '    out = [total / window]',
      '    for i in range(window, len(values)):',
      '        total += values[i] - values[i - window]',
      '        out.append(total / window)',
      '    return out',
      '',
    ].join('\n'),
  },
  {
    id: 'chinese',
    lang: 'zh-Hans',
    text:
      '分词器把文本切成一个个词元，模型每次只预测下一个词元。词表越大，常见的词语就越可能成为一个完整的词元，' +
      '同一句话需要的词元也就越少。Llama 3 的词表大约是 Llama 2 的四倍，中文文本因此明显变短。',
  },
  {
    id: 'mixed',
    text: partsText(MIXED_PARTS),
    parts: MIXED_PARTS,
  },
  {
    id: 'emoji',
    text:
      'Llamas 🦙 and camels 🐪 are cousins. A family: 👩‍👩‍👧‍👦. Thumbs up: 👍🏽. ' +
      'Flags: 🇫🇷 🇯🇵 🇧🇷. A red heart: ❤️. Math: ∑ x² ≤ ∞.',
  },
  {
    id: 'numbers',
    text:
      'The 405B model saw 15,600,000,000,000 tokens (15.6T) and used 3.8 × 10^25 FLOPs. ' +
      'Ten digits: 1234567890. Pi: 3.14159265358979. A price: $1,299.99. A date: 2024-07-23. ' +
      'A version: v3.1.405. A phone: +1 (555) 010-9999.',
  },
  {
    id: 'chat',
    text:
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou answer in one sentence.<|eot_id|>' +
      '<|start_header_id|>user<|end_header_id|>\n\nWhy does a bigger vocabulary make text shorter?<|eot_id|>' +
      '<|start_header_id|>assistant<|end_header_id|>\n\nBecause common words and word pieces become single tokens.<|eot_id|>',
  },
  {
    id: 'invisible',
    text:
      'Zero-width\u200Bspace, a\u200Djoiner, tab\there, no-break\u00A0space, a byte-order\uFEFFmark, ' +
      'next-line\u0085here, and a right-to-left \u202Eoverride\u202C that cannot reorder anything here.\r\nEnd.',
  },
];

export function sampleById(id: SampleId): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
