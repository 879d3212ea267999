// Named states of dedup-lab whose view is snapshotted (src/widgets/contract.test.tsx): the default, each parameter at
// an instructive value, and the error states. The reader's own documents are not URL state: PASTED_EXAMPLES are
// rendered (and snapshotted in both languages) by DedupLab.dom.test.tsx through the view's `initialText`.
import type { Examples } from '../types';
import type { fields } from './meta';

export const examples = {
  /** 5-word shingles, 128 permutations, 32 bands × 4 rows (threshold ≈ 0.42), T = 2: 4 URL, 8 document removals. */
  default: {},
  /** 1-word shingles (bags of words): shared vocabulary lifts every pair; the AMP copy is missed by the bands. */
  'small-shingles': { shingle: 1, bands: 16 },
  /** 10-word shingles: an edit breaks ten shingles, so edited copies look less alike. */
  'large-shingles': { shingle: 10 },
  /** 8 bands × 16 rows (threshold ≈ 0.88): only exact copies and one lucky near copy are flagged. */
  'few-bands': { bands: 8 },
  /** 64 bands × 2 rows (threshold ≈ 0.13): a loose net. */
  'many-bands': { bands: 64 },
  /** 16 permutations: rough estimates. */
  'few-perms': { perms: 16, bands: 4 },
  /** T = 1: every line seen more than once goes (the shop's navigation bar too). */
  'line-t-1': { lineT: 1 },
  /** 30 bands do not divide 128: the nearest divisor, 32, is used and the widget says so. */
  'bands-not-divisor': { bands: 30 },
  /** 100 permutations (not on the menu) with 32 bands: nearest divisor 25. */
  'perms-100': { perms: 100 },
  /** A state no URL can give (the schema refuses shingle 0), as a direct caller could pass it: words, not numbers. */
  impossible: { shingle: 0 },
} satisfies Examples<typeof fields>;

/** The reader's own documents (view prop `initialText`). */
export const PASTED_EXAMPLES = {
  /** Two crawls of one URL, an edited copy, a repeated footer, and a pair of Chinese posts (character shingles). */
  mixed: [
    'https://my-blog.example/post 2024-01-02',
    'Notes on baking bread at home, with a list of what went wrong the first five times.',
    'Subscribe to my newsletter',
    '',
    'https://my-blog.example/post 2024-03-09',
    'Notes on baking bread at home, with a list of what went wrong the first six times.',
    'Subscribe to my newsletter',
    '',
    'Notes on baking bread at home, with a list of what went wrong the first six times and how I fixed it.',
    'Subscribe to my newsletter',
    '---',
    '今天下午公司组织了一次消防演练，全体员工在十分钟内撤离到楼下空地。',
    '---',
    '今天下午公司组织了一次消防演练，全体员工在十二分钟内撤离到楼下空地。',
  ].join('\n'),
  /** Nothing but blank lines. */
  empty: '\n\n---\n\n',
} as const;
