// rope-decay's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { CONTEXT_LLAMA3, CONTEXT_LLAMA31 } from '../../data/models';
import { LLAMA31_ROPE_SCALING, ROPE_HEAD_DIM, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3 } from '../../data/rope';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type RopeDecayMessages } from './messages';
import type { DecayIssue, LimitKey, SeriesResult } from './model';

const S = LLAMA31_ROPE_SCALING.value;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const FIELD: Record<LimitKey, string> = { base: 'Base', distance: 'Distance' };
/** "d = " with no-break spaces, so "d =" never ends a line. */
const D = 'd\u00a0=\u00a0';

function baseValue(base: number, f: Format): string {
  if (base === ROPE_THETA_LLAMA3) return `${f.int(base)} (Llama 3)`;
  if (base === ROPE_THETA_LLAMA2) return `${f.int(base)} (Llama 2)`;
  return f.int(base);
}

function seriesName(s: Pick<SeriesResult, 'id' | 'base' | 'scaled'>, f: Format): string {
  if (s.scaled) return `base ${f.int(s.base)} with Llama 3.1 scaling`;
  return `base ${baseValue(s.base, f)}`;
}

const bound = (v: number, f: Format) => f.decimal(v, { digits: 2 });
const score = (v: number, f: Format) => f.decimal(v, { digits: 3 });
const tokens = (n: number, f: Format) => `${f.int(n)} ${plural(n, 'token', 'tokens')}`;

function issue(i: DecayIssue, f: Format): string {
  switch (i.code) {
    case 'outOfRange': return `${FIELD[i.field]} must be a whole number from ${f.int(i.min)} to ${f.int(i.max)}.`;
    case 'unknownChoice': return i.field === 'headDim' ? 'Head dimension must be 64, 128 or 256.' : 'Scaling must be none or llama31.';
  }
}

/** "at 131,072, 15 of its 64 pairs are still on their first turn" for a base whose longest wavelength is off the axis. */
function offAxis(s: SeriesResult, pairs: number, f: Format): string {
  return `The longest wavelength of ${seriesName(s, f)} is ${f.int(Math.round(s.longestWavelength))} tokens, past the axis: ` +
    `at ${f.int(CONTEXT_LLAMA31)}, ${f.int(s.unturnedAtEnd)} of its ${f.int(pairs)} pairs are still on their first turn.`;
}

export const en: RopeDecayMessages = {
  title: 'Long-term decay and the RoPE base',
  summary: 'RoFormer’s decay bound and the score of all-ones queries and keys against distance, 1 to 131,072 tokens, ' +
    'for base 10,000 against Llama 3’s 500,000, with or without Llama 3.1’s frequency scaling, and what the decay does not explain.',

  baseSlider: (ref, f) => `Second base (compared with ${f.int(ref)})`,
  baseField: 'Second base, exact',
  baseValue,
  scalingLegend: 'Llama 3.1 scaling on the second base',
  scalingOption: (s, f) => (s === 'none' ? 'None' : `Llama 3.1 (factor ${f.int(S.factor)})`),
  headDimLegend: 'Head dimension d',
  headDimOption: (h, f) => (h === ROPE_HEAD_DIM ? `${f.int(h)} (Llama 3)` : f.int(h)),
  distanceSlider: 'Distance between query and key',
  distanceField: 'Distance, exact tokens',
  distanceValue: tokens,
  distanceValueText: (d, f) => (d >= 1_024 && f.binaryShort(d) !== f.int(d) ? `${tokens(d, f)} (${f.binaryShort(d)})` : tokens(d, f)),
  fieldError: (e, f) => wholeNumberError(FIELD[e.field], e, f, e.field === 'base' ? ' (digits, or an exponent such as 5e5)' : ' (digits, or K = 1,024, e.g. 8K)'),

  seriesName,

  readoutHeading: (d, f) => `At a distance of ${tokens(d, f)}`,
  readoutColumns: { series: 'Curve', bound: 'RoFormer bound', ones: 'All-ones score', unturned: 'Pairs not yet turned once' },
  unturnedCell: (n, pairs, f) => `${f.int(n)} of ${f.int(pairs)}`,
  readoutLabel: (d, f) => `Values at a distance of ${tokens(d, f)}`,
  readoutKey: 'RoFormer bound: (1/(d/2))·Σ|S_j|, caps |q·k| up to a factor set by q and k. All-ones score: the rotated ' +
    'q_m·k_n for q = k = (1, …, 1), ÷ d (1 at distance 0). Not yet turned once: wavelength longer than the distance.',
  announce: (r, f) => {
    const a = r.reference.reading;
    const b = r.compared.reading;
    return `Distance ${f.int(r.distance)}: RoFormer bound ${bound(a.bound, f)} for ${seriesName(r.reference, f)} and ` +
      `${bound(b.bound, f)} for ${seriesName(r.compared, f)}; all-ones score ${score(a.ones, f)} and ${score(b.ones, f)}; ` +
      `pairs not yet turned once: ${f.int(a.unturned)} and ${f.int(b.unturned)} of ${f.int(r.pairs)}.`;
  },

  legendWrap: 'longest wavelength (● or ■: which base)',
  legendFall: 'the bound stops falling at every step',
  legendDistance: 'chosen distance (dots: exact values)',
  panelTitle: {
    bound: 'RoFormer’s bound, (1/(d/2))·Σ|S_j|',
    ones: 'All-ones score, (1/(d/2))·Σ cos(r·θᵢ)',
  },
  axisTitle: ['distance n − m, tokens', '(log scale; K = 1,024)'],
  axisTitleLine: 'distance n − m, tokens (log scale; K = 1,024)',
  wrapLabel: (lambda, f) => `λ ${f.int(Math.round(lambda))}`,
  chartLabel: (m, r, f) => {
    const v = (s: SeriesResult, j: number) => (m === 'bound' ? bound(s.curve.bound[j]!, f) : score(s.curve.ones[j]!, f));
    const at = (s: SeriesResult) => (m === 'bound' ? bound(s.reading.bound, f) : score(s.reading.ones, f));
    const last = r.reference.curve.distances.length - 1;
    const what = m === 'bound' ? 'RoFormer’s bound' : 'the all-ones score';
    const wrap = r.reference.wrapsOnAxis
      ? ` Every pair of ${seriesName(r.reference, f)} has turned at least once past ${f.int(Math.round(r.reference.longestWavelength))}.`
      : '';
    return `Chart of ${what} against distance, log scale from 1 to ${f.int(CONTEXT_LLAMA31)} tokens: ` +
      `${seriesName(r.reference, f)} from ${v(r.reference, 0)} at distance 1 to ${v(r.reference, last)} at ${f.int(CONTEXT_LLAMA31)}; ` +
      `${seriesName(r.compared, f)} from ${v(r.compared, 0)} to ${v(r.compared, last)}. ` +
      `At ${f.int(r.distance)}: ${at(r.reference)} and ${at(r.compared)}.${wrap}`;
  },

  wrapNote: (r, f) => {
    const ref = r.reference;
    const head = `Dotted line at ${f.int(Math.round(ref.longestWavelength))} tokens: the longest wavelength of ${seriesName(ref, f)} ` +
      `at ${D}${f.int(r.headDim)}. Past it all ${f.int(r.pairs)} of its pairs have turned at least once, so no single pair tells ` +
      'such a distance from a shorter one (it only revisits angles); all the angles together still differ, so positions are not ' +
      'confused outright.';
    const c = r.compared;
    const other = c.wrapsOnAxis
      ? ` The longest wavelength of ${seriesName(c, f)} is ${f.int(Math.round(c.longestWavelength))} tokens (its dotted line).`
      : ` ${offAxis(c, r.pairs, f)}`;
    return head + other;
  },
  fallNote: (r, f) => {
    const part = (s: SeriesResult) => (s.steadyFall
      ? `to distance ${f.int(s.steadyFall.distance)} for ${seriesName(s, f)}`
      : `to the end of the axis for ${seriesName(s, f)}`);
    return `Not a smooth decay: the bound falls at every step only up ${part(r.reference)} and up ${part(r.compared)} ` +
      '(the triangles); then it goes up and down, rising between neighbouring plotted distances ' +
      `${f.int(r.reference.rises.rises)} and ${f.int(r.compared.rises.rises)} times out of ${f.int(r.reference.rises.steps)}.`;
  },
  samplingNote: (points, pairs, fastest, f) =>
    `The ${f.int(points)} plotted distances (whole tokens, log-spaced) and the chosen one are exact, with all ${f.int(pairs)} ` +
    `pairs; the segments between them are not: the fastest pair turns every ${f.decimal(fastest, { digits: 2 })} tokens, so far ` +
    'out the true curves swing between neighbouring points, and the chosen distance’s dots can sit off the line.',
  scalingNote: (f) =>
    `Llama 3.1’s rule (Meta’s code; the report does not describe it): pairs with a wavelength under ${f.int(S.original)} ÷ ${f.int(S.high)} = ` +
    `${f.int(S.original / S.high)} tokens keep their frequency, pairs over ${f.int(S.original / S.low)} turn ${f.int(S.factor)} times ` +
    'slower, and those between are blended. It is applied to the second base only.',
  note: (n, f) => {
    switch (n.code) {
      case 'otherHeadDim':
        return `Llama 3’s heads have ${D}${f.int(ROPE_HEAD_DIM)} (report Table 3); ${D}${f.int(n.headDim)} is shown for comparison, not a Llama 3 shape.`;
      case 'scalingOtherBase':
        return `Llama 3.1 ships this scaling with base ${f.int(ROPE_THETA_LLAMA3)} only; on base ${f.int(n.base)} it is a what-if.`;
      case 'sameCurve':
        return `Both curves use base ${f.int(ROPE_THETA_LLAMA2)}, so they lie on top of each other.`;
    }
  },
  caveatHeading: 'What the decay does and does not explain',
  caveat: (name) => [
    'Both curves are special cases: the bound caps |q·k| only up to a factor that depends on q and k, and the all-ones ' +
    'score is one particular q and k. For q and k with independent zero-mean entries (random Gaussian vectors, say), ' +
    'the expected score is 0 at every distance: on average there is nothing to decay. ',
    name('Barbero'),
    ' et al. (2024) studied a trained ',
    name('Gemma 7B'),
    ' and argue that decay is unlikely to be the core reason RoPE works: the model builds positional attention patterns ' +
    'from the highest frequencies and mostly uses the lowest, which they suspect carry meaning. What the curves do show ' +
    'is the distance scale at which each base’s pairs fall out of step.',
  ],
  sources: (f, name) => [
    `Sources: the bound, RoFormer (Su et al. 2021), their §3.4.3; base ${f.int(ROPE_THETA_LLAMA2)}, Meta’s Llama 2 code ` +
    `(precompute_freqs_cis, theta=10000.0); base ${f.int(ROPE_THETA_LLAMA3)}, `, { cite: 'Report §3.2' },
    `; ${D}${f.int(ROPE_HEAD_DIM)}, `, { cite: 'Report Table 3' },
    `; Llama 3.1’s scaling (factor ${f.int(S.factor)}, low ${f.int(S.low)}, high ${f.int(S.high)}, original ${f.int(S.original)}), ` +
    'Meta’s llama-models code (apply_scaling); the caveat, ', name('Barbero'), ' et al. 2024 (arXiv 2410.06205). Every number on the charts is computed from these.',
  ],

  dataSummary: 'Data: both measures at powers of two and key distances',
  dataLabel: 'RoFormer bound and all-ones score by distance',
  distanceColumn: 'Distance (tokens)',
  measureColumn: (m, name) => `${m === 'bound' ? 'Bound' : 'All-ones'}, ${name}`,
  distanceRow: (d, chosen, f) => `${f.int(d)}${d === 0 ? ' (same position)' : ''}${chosen ? ' (chosen)' : ''}`,
  tableNote: (f) => `Distance 0 is the same position (it has no place on the log axis). ${f.int(CONTEXT_LLAMA3)} is Llama 3’s ` +
    `training context, ${f.int(CONTEXT_LLAMA31)} Llama 3.1’s.`,

  impossible: 'This state cannot be computed.',
  issue,
  fieldName: FIELD,
};

export default words(messages, 'en', en);
