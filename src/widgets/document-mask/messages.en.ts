// document-mask's English words (the interface, with what each key is for: messages.ts).
import { ROPE_THETA_LLAMA3 } from '../../data/rope';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type DocumentMaskMessages } from './messages';
import type { ListError, MaskOk } from './model';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const tokens = (n: number, f: Format) => `${f.int(n)} ${plural(n, 'token', 'tokens')}`;
const docs = (n: number, f: Format) => `${f.int(n)} ${plural(n, 'document', 'documents')}`;
const FIELD = { seqLen: 'Sequence length', seed: 'Seed', token: 'Token' } as const;

function listError(e: ListError, f: Format): string {
  switch (e.code) {
    case 'empty': return 'Type at least one document length, e.g. 1000,3000,4192.';
    case 'notNumber': return `Document ${f.int(e.index + 1)} is not a whole number of tokens (use digits, separated by commas).`;
    case 'notPositive': return `Document ${f.int(e.index + 1)} has no tokens: every length must be at least 1.`;
    case 'tooLarge': return `Document ${f.int(e.index + 1)} is too long to count exactly (more than 2⁵³ − 1 tokens).`;
    case 'tooMany': return `${docs(e.count, f)} is too many: at most ${f.int(e.max)}.`;
    case 'sumOverflow': return 'The lengths add up to more than 2⁵³ − 1 tokens, too many to count exactly.';
    case 'tooManyPacked': return `Packed into this sequence, the list makes ${docs(e.count, f)}; the widget draws at most ${f.int(e.max)}: use longer documents or a shorter sequence.`;
  }
}

const headline = (r: MaskOk, f: Format) =>
  `The document mask keeps ${f.int(r.documentPairs)} of ${f.int(r.causalPairs)} query–key pairs and removes ` +
  `${f.percent(r.removed)} of the attention FLOPs.`;

const tokenSees = (t: { index: number; doc: number; withMask: number; without: number }, f: Format) =>
  `Token ${f.int(t.index)} (document ${f.int(t.doc + 1)}) attends ${f.int(t.withMask)} ${plural(t.withMask, 'key', 'keys')} ` +
  `with the document mask, ${f.int(t.without)} without.`;

export const en: DocumentMaskMessages = {
  title: 'Packing documents and the document mask',
  summary: 'Pack documents into one training sequence and compare the causal mask with the causal + document mask: ' +
    'exact pair counts, the share of attention FLOPs removed, and a real attention head whose output ignores earlier documents.',

  seqLenSlider: 'Sequence length',
  seqLenField: 'Sequence length, exact tokens',
  tokens,
  presetLegend: 'Document lengths (illustrative)',
  presetOption: { web: 'Web pages', code: 'Code files', book: 'One book', random: 'Random', custom: 'Your list' },
  docsField: 'Document lengths in tokens, comma-separated',
  seedField: 'Seed (random lengths and the demo)',
  tokenToggle: 'Highlight one token’s row',
  tokenSlider: 'Token',
  tokenField: 'Token index (from 0)',
  tokenValue: (i, d, f) => `token ${f.int(i)} (document ${f.int(d + 1)})`,
  fieldError: (what, e, f) => (e.code === 'notInteger'
    ? `${FIELD[what]}: type a whole number.`
    : `${FIELD[what]} must be from ${f.int(e.min)} to ${f.int(e.max)}.`),
  listError,

  packingRule: 'Packing: documents end to end, in order; a list that runs out starts again (new documents, same lengths); ' +
    'the one crossing the end is cut there.',
  illustrative: 'Preset lengths are made up, not Llama 3’s data (the report gives no document-length statistics).',
  packingSummary: (p, listCount, seqLen, f) => {
    const parts = [`${tokens(seqLen, f)} hold ${docs(p.lengths.length, f)}`];
    if (p.repeats > 0) parts.push(`the list of ${f.int(listCount)} ${plural(listCount, 'length', 'lengths')} was started again ${f.int(p.repeats)} ${plural(p.repeats, 'time', 'times')}`);
    if (p.cut) parts.push(`the last document is cut from ${tokens(p.cut.listLength, f)} to ${f.int(p.cut.kept)}`);
    else parts.push('no document is cut');
    if (p.leftOut > 0 && p.repeats === 0) parts.push(`${docs(p.leftOut, f)} of the list ${plural(p.leftOut, 'does', 'do')} not fit`);
    return `${parts.join('; ')}.`;
  },

  countsCaption: 'Attended query–key pairs in one sequence (one head, one layer; attention FLOPs are 4·d per pair either way)',
  countsColumns: { mask: 'Mask', pairs: 'Pairs', share: 'Share of causal' },
  maskName: { causal: 'Causal mask', document: 'Causal + document mask' },
  removedRow: 'Removed by the document mask',
  headline,
  tokenSees,
  announce: (r, f) => `${tokens(r.seqLen, f)} in ${docs(r.packing.lengths.length, f)}. ${headline(r, f)}` +
    (r.token ? ` ${tokenSees(r.token, f)}` : ''),

  chartLabel: (kind, r, f) => {
    const cells = `${f.int(r.grid.n)} × ${f.int(r.grid.n)} cells`;
    const pairs = kind === 'causal' ? r.causalPairs : r.documentPairs;
    const what = kind === 'causal'
      ? 'every token sees itself and every earlier token: a lower triangle'
      : `each token sees only the earlier tokens of its own document: ${docs(r.packing.lengths.length, f)} as triangles along the diagonal`;
    return `${en.maskName[kind]} of ${tokens(r.seqLen, f)} in ${cells}: ${what}; ${f.int(pairs)} pairs allowed.` +
      (r.token ? ` Highlighted: ${en.tokenValue(r.token.index, r.token.doc, f)}, ` +
        `${f.int(kind === 'causal' ? r.token.without : r.token.withMask)} keys.` : '');
  },
  axisKeys: 'keys →',
  axisQueries: 'queries →',
  docLabel: (d, f) => `D${f.int(d + 1)}`,
  legendFull: 'all allowed',
  legendPartial: 'some (lighter: fewer)',
  legendMasked: 'masked',
  legendBoundary: 'document boundary',
  legendToken: 'token’s row, keys it sees',
  aggregationNote: (r, f) => {
    const per = r.seqLen / r.grid.n;
    return r.grid.n === r.seqLen
      ? 'One cell per token.'
      : `Each cell is a block of about ${f.int(Math.round(per))} × ${f.int(Math.round(per))} tokens, shaded by the exact share of its pairs ` +
        'allowed (counted, not sampled; 12 steps; any allowed pair shows).';
  },
  boundariesHidden: (n, f) => `${docs(n, f)}: too many boundaries to draw; the table lists them.`,

  tableSummary: 'Data: the packed documents',
  tableCaption: 'Documents in the sequence, in order (tokens numbered from 0)',
  tableColumns: { doc: 'Document', first: 'First token', last: 'Last token', length: 'Length', pairs: 'Pairs' },
  cutNote: (l, f) => `cut from ${f.int(l)}`,
  tableTruncated: (shown, total, f) => `The first ${f.int(shown)} of ${docs(total, f)} are listed.`,

  demoHeading: 'A real attention head on a small packed sequence',
  demoIntro: (d, h, b, f) => `${docs(d.length, f)} of ${d.map((l) => f.int(l)).join(', ')} tokens; one head, dimension ${f.int(h)}; ` +
    `seeded Gaussian queries, keys and values, RoPE (base ${f.int(b)}), softmax with masked scores at −∞. ` +
    `Changing document 1 draws its vectors again. Each strip: a later token’s attention weights over the ${f.int(d.reduce((a, b) => a + b, 0))} keys.`,
  demoEdit: 'Change the text of document 1',
  demoVersion: (v, f) => `Document 1, version ${f.int(v)} against ${f.int(v + 1)}`,
  demoTokenSlider: 'Token in a later document',
  demoTokenValue: (t, d, f) => `token ${f.int(t)} (document ${f.int(d + 1)})`,
  demoStrip: { masked: 'Attention weights with the document mask', unmasked: 'Attention weights without it (causal only)' },
  demoStripLabel: (kind, w, h, f) => `${en.demoStrip[kind]}: ${w === 0 ? 'exactly 0' : h ? f.percent(w) : 'part'} of its weight on document 1.`,
  demoMasked: (d, f) => (d === 0 ? 'With the document mask: its output changes by 0 exactly (bit for bit).' : `With the document mask: its output changes by up to ${f.sci(d)}.`),
  demoUnmasked: (d, n, h, f) => `Without it (causal only): largest change of an output component ${h ? f.decimal(d, { digits: 3 }) : '…'} ` +
    `(output length ${h ? f.decimal(n, { digits: 2 }) : '…'}).`,
  demoResetToggle: 'Also compute with positions reset per document',
  demoReset: (s, o, h, f) => `With the mask and positions restarting at 0 in each document, this token’s scores within its document differ by at most ` +
    `${h ? f.sci(s, { digits: 2 }) : '…'} and its output by ${h ? f.sci(o, { digits: 2 }) : '…'}: rounding only. RoPE scores depend on the ` +
    'distance between tokens, and the mask hides every other document, so the choice changes nothing in exact arithmetic (the report does not say which it did).',
  demoAnnounce: (m, u, f) => `Document 1 changed. With the document mask the later token’s output changed by ${m === 0 ? '0 exactly' : f.sci(m)}; ` +
    `without it by up to ${f.decimal(u, { digits: 3 })}.`,

  tokenAdjusted: (n, f) => `must be below seqLen = ${f.int(n)}`,
  presetOverridden: 'the docs list overrides the preset',

  impossible: 'These settings cannot be drawn:',
  issue: (i, f) => (i.code === 'list' ? listError(i.error, f) : `${FIELD[i.field]} must be a whole number from ${f.int(i.min)} to ${f.int(i.max)}.`),
  sources: (f) => [
    'Sources: document mask and RoPE base ', f.int(ROPE_THETA_LLAMA3), ', ', { cite: 'Report §3.2' },
    '; K/V all-gathered partly to support the mask, ', { cite: 'Report §3.3.2' }, '. Pairs counted exactly: Σ l(l+1)/2 against n(n+1)/2.',
  ],
};

export default words(messages, 'en', en);
