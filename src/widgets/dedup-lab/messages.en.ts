// dedup-lab's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type DedupLabMessages, type FieldName } from './messages';
import type { DocFate, ParamIssue, PasteIssue } from './model';

const FIELD: FieldName = { shingle: 'Shingle size', perms: 'Permutations', bands: 'Bands', lineT: 'Line threshold', seed: 'Seed' };

function issue(i: ParamIssue, f: Format): string {
  switch (i.code) {
    case 'bandsNotDivisor':
      return `${f.int(i.bands)} bands do not divide ${f.int(i.perms)} permutations into equal rows: using the nearest divisor, ${f.int(i.nearest)} bands of ${f.int(i.perms / i.nearest)} rows.`;
    case 'outOfRange':
      return `${FIELD[i.field]} must be a whole number from ${f.int(i.min)} to ${f.int(i.max)}.`;
  }
}

function pasteIssue(i: PasteIssue, f: Format): string {
  switch (i.code) {
    case 'empty':
      return 'Paste or type some documents to run them through the three levels.';
    case 'tooManyChars':
      return `That is ${f.int(i.chars)} characters; this lab runs at most ${f.int(i.max)}, so that every change stays instant. Shorten the text.`;
    case 'tooManyDocs':
      return `That is ${f.int(i.docs)} documents; this lab runs at most ${f.int(i.max)}. Remove some, or join some (a blank line or a line --- starts a new document).`;
  }
}

function fateBadge(fate: DocFate): string {
  switch (fate.level) {
    case 'url': return 'Removed · URL level';
    case 'doc': return 'Removed · document level';
    case 'kept': return fate.emptied ? 'Emptied · line level' : fate.linesRemoved > 0 ? 'Kept, lines removed' : 'Kept';
  }
}

export const en: DedupLabMessages = {
  title: 'De-duplication lab',
  summary: 'Run a small web corpus, or your own documents, through the three de-duplication levels of the Llama 3 report — URL, MinHash document and line — and see what each removes and why.',

  corpusLegend: 'Corpus',
  corpusOption: (c, docs, f) => (c === 'bundled' ? `${f.int(docs)} built-in pages` : 'Your own'),
  pasteLabel: 'Your documents',
  pasteHint: (maxDocs, maxChars, f) =>
    `Separate documents with a blank line or a line ---. A document whose first line is a URL (optionally followed by a date such as 2023-06-14) is grouped by that URL. At most ${f.int(maxDocs)} documents and ${f.int(maxChars)} characters.`,
  pasteIssue,
  tooLong: (chars, max, f) => `${f.int(chars)} characters: over the ${f.int(max)} this lab runs. Shorten the text.`,
  shingleLabel: 'Shingle size k',
  shingleValue: (k, f) => f.count(k, 'word', 'words'),
  permsLabel: 'Permutations (signature length)',
  permsOption: (perms, f) => f.int(perms),
  bandsLabel: 'LSH bands × rows',
  bandsOption: (bands, rows, f) => `${f.count(bands, 'band', 'bands')} × ${f.count(rows, 'row', 'rows')}`,
  lineTLabel: 'Line threshold T',
  lineTValue: (t, f) => `more than ${f.count(t, 'time', 'times')}`,
  seedLabel: 'Hash seed',
  seedError: (min, max, f) => `Enter a whole number from ${f.int(min)} to ${f.int(max)}.`,
  issue,
  impossible: 'These settings cannot be run:',

  outcome: (r, f) => {
    const c = r.counts;
    return `Of ${f.count(c.docs, 'document', 'documents')}, the URL level removed ${f.int(c.url)}, the document level ${f.int(c.doc)} (${f.count(c.flagged, 'flagged pair', 'flagged pairs')}), and the line level ${f.count(c.linesRemoved, 'line', 'lines')} of ${f.int(c.lines)}${c.emptied > 0 ? `, emptying ${f.int(c.emptied)}` : ''}: ${f.int(c.kept)} documents remain.`;
  },

  levelHeading: { url: '1. URL level', doc: '2. Document level', line: '3. Line level' },
  reportQuote: {
    url: 'We perform URL-level de-duplication across the entire dataset. We keep the most recent version for pages corresponding to each URL.',
    doc: 'We perform global MinHash (…) de-duplication across the entire dataset to remove near duplicate documents.',
    line: 'We perform aggressive line-level de-duplication similar to ccNet (…). We remove lines that appeared more than 6 times in each bucket of 30M documents.',
  },
  quoteRendering: null,
  levelHow: {
    url: 'Here: of the pages with the same URL, the latest crawl date stays (on the same date, the later one in the list).',
    doc: (r, f, name) => [
      `Here: `, name('MinHash'), ` signatures of ${f.int(r.params.perms)} seeded hash functions over ${f.int(r.params.shingle)}-word shingles, cut into ${f.int(r.params.bands)} bands of ${f.int(r.rows)} rows; two pages sharing one whole band are flagged, and the later of the two goes.`,
    ],
    line: (r, f, name) => [
      `Here (`, name('ccNet'), `-style): the bucket is the whole corpus after step 2, and a line (trimmed, spaces collapsed) seen more than ${f.count(r.params.lineT, 'time', 'times')} goes, every copy of it.`,
    ],
  },
  levelRemoved: {
    url: (n, f) => (n === 0 ? 'Removed nothing: no URL appears twice.' : `Removed ${f.count(n, 'older crawl', 'older crawls')}.`),
    doc: (n, flagged, f) => (flagged === 0 ? 'Flagged no pair: nothing removed.' : `Flagged ${f.count(flagged, 'pair', 'pairs')}; removed ${f.count(n, 'document', 'documents')}.`),
    line: (lines, total, emptied, f) =>
      `Removed ${f.int(lines)} of ${f.count(total, 'line', 'lines')}${emptied > 0 ? `; ${f.count(emptied, 'document was', 'documents were')} left empty` : ''}.`,
  },

  docsHeading: 'The documents',
  docsLabel: 'Documents and what happened to them',
  docsKey: 'Struck through: removed (the reason is given); beside a struck line, how often it was seen.',
  fateBadge,
  fateReason: (fate, other, f) => {
    switch (fate.level) {
      case 'url':
        return `An older crawl of this URL: #${f.int(other?.number ?? 0)}${other?.date ? ` (${other.date})` : ''} is kept.`;
      case 'doc':
        return `Flagged with #${f.int(other?.number ?? 0)}, which is kept: MinHash estimate ${f.decimal(fate.estimate, { digits: 2 })}, exact Jaccard ${f.decimal(fate.exact, { digits: 2 })}.`;
      case 'kept':
        return fate.emptied ? 'Every line was seen too often: nothing is left.'
          : fate.linesRemoved > 0 ? `${f.count(fate.linesRemoved, 'line', 'lines')} removed at the line level.` : 'Passed all three levels untouched.';
    }
  },
  docNumber: (n, f) => `#${f.int(n)}`,
  noUrl: 'no URL',
  noDate: 'no date',
  lineCount: (count, f) => `seen ${f.count(count, 'time', 'times')}`,

  pairsHeading: 'Flagged pairs',
  pairsCaption: 'Pairs flagged by LSH: MinHash estimate against the exact Jaccard similarity of their shingle sets',
  pairColumns: { pair: 'Pair', exact: 'Jaccard (exact)', estimate: 'MinHash (est.)', probability: 'P(flag)', flagged: 'Flagged' },
  pairName: (a, b, f) => `#${f.int(a)} and #${f.int(b)}`,
  flaggedCell: (flagged) => (flagged ? 'Yes' : 'No'),
  pairsNote: (perms, f) =>
    `The estimate is the share of the ${f.int(perms)} signature positions where the two pages agree; its standard error is about √(J(1 − J)/${f.int(perms)}), so more permutations bring it closer.`,
  noPairs: 'No pair was flagged.',

  curveHeading: 'The LSH S-curve',
  curveLabel: (r, f) =>
    `S-curve of the chance that a pair is flagged, 1 − (1 − s^${f.int(r.rows)})^${f.int(r.params.bands)}, against its Jaccard similarity s; threshold about ${f.decimal(r.threshold, { digits: 2 })}. ${f.count(r.pairs.length, 'pair', 'pairs')} placed at their exact similarity, ${f.int(r.counts.flagged)} flagged. The table below lists them.`,
  axisX: 'exact Jaccard similarity s',
  axisY: 'chance of a flag',
  legendCurve: (bands, rows, f) => `1 − (1 − s^${f.int(rows)})^${f.int(bands)}`,
  legendFlagged: 'pair flagged (filled square)',
  legendMissed: 'pair not flagged (hollow circle)',
  legendThreshold: (t, f) => `threshold ≈ (1/b)^(1/r) = ${f.decimal(t, { digits: 2 })}`,
  zeroPairs: (n, f) => `${f.count(n, 'pair shares', 'pairs share')} no shingle at all (s = 0, at the origin; not in the table).`,
  curveDataSummary: 'Table: every pair that shares a shingle',
  curveDataCaption: 'Pairs by exact Jaccard similarity, with the MinHash estimate, the chance of a flag and whether LSH flagged them',

  notesHeading: 'Notes: what this lab assumes',
  noteScale: (reportT, bucket, t, defaultT, docs, f) =>
    `The report's T is ${f.int(reportT)} per ${f.short(bucket, { digits: 2 })} documents; in ${f.int(docs)} documents no line is seen that often, so this lab's T (now ${f.int(t)}, default ${f.int(defaultT)}) is scaled down for illustration, not the report's.`,
  noteParams: (name) => [
    'The report gives no shingle size, permutation count, bands or similarity threshold for its ', name('MinHash'),
    ' step: the defaults here (5-word shingles, 128 permutations, 32 bands of 4 rows) are this lab\'s, chosen to show the method.',
  ],
  noteKeep: 'The report does not say which copy of a near duplicate it keeps; this lab keeps the earlier one in the list, and removes whatever the bands flag without re-checking the estimate, so a pair below the threshold can be caught by luck and one above it missed.',
  noteCjk: (cjkDocs, f) =>
    `Chinese, Japanese and Korean text has no spaces between words, so each such character counts as one word here: a k-shingle of Chinese is k consecutive characters (${f.count(cjkDocs, 'document', 'documents')} in this corpus).`,
  noteLanguages: 'The report runs its document- and line-level de-duplication within the data of each language; with one pair of Chinese pages among English ones, mixing them here changes nothing.',
  noteCorpus: 'The built-in pages were written for this site: every site, name and event in them is invented.',
  noteCorpusLanguage: null,
};

export default words(messages, 'en', en);
