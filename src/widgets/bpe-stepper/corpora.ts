// The BPE stepper's built-in training texts, written for this site (their names are in messages.ts).
import { partsText, type LangPart } from '../../lib/textLang';

export const CORPUS_IDS = ['prose', 'rhyme', 'code', 'multilingual', 'custom'] as const;
export type CorpusId = (typeof CORPUS_IDS)[number];

/** A built-in training text (its name is in messages.ts); `parts` when it mixes languages (`text` is their concatenation). */
export interface Corpus {
  text: string;
  parts?: readonly LangPart[];
}

/** The multilingual corpus by language; the space before the Chinese belongs to it, as in the regex's chunk. */
const MULTILINGUAL_PARTS: readonly LangPart[] = [
  { lang: 'en', text: 'Numbers such as 2024 or 3.14159 are cut into groups of at most three digits before any merging.' },
  { lang: 'zh', text: ' 分词器先把文字变成字节，再把常见的字节对合并成新的词元。词元越多，序列越长。' },
  { lang: 'en', text: 'An emoji like 🦙 is four bytes, so at first it shows up as raw bytes; Chinese characters are three bytes each.' },
];

/** Built-in training texts, written for this site. */
export const CORPORA: Record<Exclude<CorpusId, 'custom'>, Corpus> = {
  prose: {
    text:
      'A tokenizer turns text into numbers. It starts from bytes, the smallest pieces that any text can be ' +
      'broken into, and then it learns to glue the most common neighbours together. The pair that turns up most ' +
      'often becomes a new token, and then the counting starts again. After a few hundred rounds the common words ' +
      'of the training text have become single tokens, while the rare words are still spelled out in smaller ' +
      'pieces. A tokenizer with a larger vocabulary simply keeps going for longer, so that more of the words it ' +
      'meets are covered by one token each, and the same text needs fewer tokens.',
  },
  rhyme: {
    text: 'the cat sat on the mat. the rat sat on the hat. that cat and that rat sat flat on that mat.',
  },
  code: {
    text:
      'def count_pairs(ids):\n' +
      '    counts = {}\n' +
      '    for left, right in zip(ids, ids[1:]):\n' +
      '        counts[(left, right)] = counts.get((left, right), 0) + 1\n' +
      '    return counts\n' +
      '\n' +
      'def apply_merge(ids, pair, new_id):\n' +
      '    merged, i = [], 0\n' +
      '    while i < len(ids):\n' +
      '        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:\n' +
      '            merged.append(new_id)\n' +
      '            i += 2\n' +
      '        else:\n' +
      '            merged.append(ids[i])\n' +
      '            i += 1\n' +
      '    return merged\n',
  },
  multilingual: {
    text: partsText(MULTILINGUAL_PARTS),
    parts: MULTILINGUAL_PARTS,
  },
};
