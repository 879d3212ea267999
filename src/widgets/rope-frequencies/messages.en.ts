// rope-frequencies's English words (the interface, with what each key is for: messages.ts).
import { CONTEXT_LLAMA3 } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type Parts, type RopeFrequenciesMessages } from './messages';
import { SHORT_PROMPT_POSITION, XIONG_EFFECTIVE_CONTEXT, type Band, type CurveId, type LineId, type Method, type RopeSummary } from './model';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** A setting as typed: whole numbers with separators, others with up to two decimals. */
const amount = (x: number, f: Format) => (Number.isInteger(x) ? f.int(x) : f.decimal(x, { digits: 2, trim: true }));
/** Radians: one decimal from 100, two from 1, two significant digits below. */
const rad = (x: number, f: Format) => (x === 0 ? '0' : f.decimal(x, { digits: x >= 100 ? 1 : x >= 1 ? 2 : Math.max(2, 1 - Math.floor(Math.log10(x))) }));
/** A wavelength in positions, two decimals (2π = 6.28; §B.5's 54,410.14; 2,559,195.52, which §B.5 rounds to .5). */
const lambda = (x: number, f: Format) => f.decimal(x, { digits: 2 });
/** A new base: two decimals (4,134,231.13; the facts print 4,134,231.1 and 30,527.74). */
const newBase = (x: number, f: Format) => f.decimal(x, { digits: 2 });

const METHOD: Record<Method, string> = {
  none: 'None (the original schedule)',
  pi: 'Position interpolation',
  ntk: 'NTK-aware',
  yarn: 'NTK-by-parts / YaRN',
  llama31: 'Llama 3.1’s rule',
  dynamic: 'Dynamic NTK (Hugging Face)',
};
const CURVE: Record<CurveId, string> = {
  pi: 'position interpolation',
  ntk: 'NTK-aware',
  yarnPaper: 'YaRN, paper’s ramp (in r = L/λ)',
  yarnCode: 'YaRN, code’s ramp (in pair index)',
  llama31: 'Llama 3.1’s rule',
  dynamic: 'dynamic NTK',
};
const CURVE_SHORT: Record<CurveId, string> = {
  pi: 'PI', ntk: 'NTK-aware', yarnPaper: 'YaRN paper', yarnCode: 'YaRN code', llama31: 'Llama 3.1', dynamic: 'dynamic NTK',
};
/** A method inside a sentence ("The same mistake with …"). */
const METHOD_PHRASE: Record<Exclude<Method, 'none'>, string> = {
  pi: 'position interpolation',
  ntk: 'NTK-aware scaling',
  yarn: 'NTK-by-parts / YaRN',
  llama31: 'Llama 3.1’s rule (with these values, or on this schedule)',
  dynamic: 'dynamic NTK',
};
const LINE: Record<LineId, string> = {
  llama2: 'Llama 2’s context',
  llama3: 'Llama 3’s context (April 2024)',
  llama31: 'Llama 3.1’s context',
  custom: 'your line',
  highBoundary: 'Llama 3.1 keeps pairs below it (L ÷ high)',
  lowBoundary: 'Llama 3.1 divides pairs above it by s (L ÷ low)',
};
const FIELD = {
  base: 'Base b', factor: 'Factor s', low: 'low_freq_factor', high: 'high_freq_factor', original: 'Original context L, tokens',
  seqLen: 'Sequence length, exact tokens', context: 'Your line, tokens', position: 'Position m, exact',
} as const;

const bandName = (band: Band, factor: number, f: Format) => (band === 'divide' ? `÷ ${amount(factor, f)}` : band);
const bandCounts = (c: Record<Band, number>, factor: number, f: Format) =>
  `${f.int(c.keep)} kept, ${f.int(c.blend)} blended, ${f.int(c.divide)} ÷ ${amount(factor, f)}`;

/** The scaled curves of a summary in words: "Llama 3.1’s rule: 29 kept, 6 blended, 29 ÷ 8; longest wavelength …". */
function curvesSentence(s: RopeSummary, f: Format): string {
  const factor = s.detail && 'factor' in s.detail ? s.detail.factor : 1;
  return s.curves.map((c) => {
    const bands = c.bandCounts ? `: ${bandCounts(c.bandCounts, factor, f)}` : '';
    return `${CURVE[c.id]}${bands}; longest wavelength ${lambda(c.longest, f)} tokens`;
  }).join('. ');
}

const longerList = (s: RopeSummary, which: (l: RopeSummary['lines'][number]) => number, f: Format) =>
  s.lines.map((l) => `${f.int(which(l))} longer than ${amount(l.tokens, f)}`).join(', ');

export const en: RopeFrequenciesMessages = {
  title: 'RoPE frequencies, wavelengths and context scaling',
  summary: 'Every rotation frequency and wavelength of a RoPE head against context lengths, with position interpolation, NTK-aware, YaRN, Llama 3.1’s rule or dynamic NTK laid over it, and how far off a port that forgets the scaling is.',

  scheduleLegend: 'The schedule θᵢ = b^(−2i/d)',
  scalingLegend: 'Scaling rule',
  fieldLabel: FIELD,
  basePreset: (base, f) => `${f.int(base)} · ${base === 10_000 ? 'Llama 2' : 'Llama 3'}`,
  basePresetsLabel: 'Bases of the Llama models',
  headDimLegend: 'Head dimension d (Llama 3: 128)',
  headDimOption: (d, f) => f.int(d),
  methodLabel: 'Method',
  methodOption: METHOD,
  rampLegend: 'YaRN’s ramp',
  rampOption: { both: 'Both', paper: 'Paper (in r)', code: 'Code (in i)' },
  seqLenSlider: 'Sequence length (powers of two)',
  positionSlider: 'Position m (powers of two)',
  tokens: (n, f) => `${f.int(n)} ${plural(n, 'token', 'tokens')}`,
  positionValue: (n, f) => `position ${f.int(n)}`,
  positionPreset: (n, f) => f.int(n),
  positionPresetsLabel: 'Jump to a position',
  numberError: ({ field, failure, value, min, max }, f) => {
    const label = FIELD[field];
    const range = `from ${amount(min, f)} to ${amount(max, f)}`;
    const whole = field === 'original' || field === 'seqLen' || field === 'context' || field === 'position';
    switch (failure) {
      case 'tooLong': return `${label}: that is too long. Type a number ${range}.`;
      case 'tooSmall':
        if (field === 'factor') return `${label} must be greater than 1 (s < 1 would make pairs turn faster)${value === undefined ? '' : `; that is ${amount(value, f)}`}.`;
        return `${label} must be ${range}${value === undefined ? '' : `; that is ${amount(value, f)}`}.`;
      case 'tooLarge': return `${label} must be ${range}${value === undefined ? '' : `; that is ${amount(value, f)}`}.`;
      case 'fraction': return `${label} must be a whole number ${range}.`;
      default: {
        const hint = field === 'base' ? ' (e.g. 500,000, 5e5 or 500K)' : whole ? ' (digits, or with K = 1,024, e.g. 8K)' : ' (e.g. 8 or 2.5)';
        return `${label}: type a number ${range}${hint}.`;
      }
    }
  },

  headline: (s, f) => [
    `${f.int(s.pairs)} pairs (d = ${f.int(s.headDim)}, b = ${amount(s.base, f)}): wavelengths `,
    { strong: lambda(2 * Math.PI, f) }, ' to ', { strong: lambda(s.longest, f) }, ' tokens.',
  ],
  legendOriginal: 'original',
  curveName: CURVE,
  axisWavelength: 'λ, tokens',
  axisTheta: 'θ, rad/token',
  axisPair: 'pair i',
  lineLabel: (l, f) => (Number.isInteger(l.tokens) ? f.binaryShort(l.tokens) : amount(l.tokens, f)),
  spectrumTitle: (d) => `Chart of RoPE wavelengths against pair index, log scale. ${d}`,
  linesCaption: 'Pairs whose wavelength is longer than each line: they do not complete one turn within that many positions',
  lineColumn: 'Line (tokens)',
  longerColumn: (pairs, f) => `Pairs (of ${f.int(pairs)}) longer: original`,
  longerScaledColumn: (c) => `with ${CURVE_SHORT[c]}`,
  lineName: (l, f) => `${amount(l.tokens, f)} — ${l.ids.map((id) => LINE[id]).join('; ')}`,

  impossible: 'This scaling cannot be computed (the original schedule is still drawn):',
  issue: (i, f) => {
    switch (i.code) {
      case 'factorNotAboveOne':
        return `The factor must be greater than 1: s = ${amount(i.factor, f)} leaves every pair as it is (and s < 1 would make pairs turn faster, not slower).`;
      case 'lowNotBelowHigh':
        return `low_freq_factor (${amount(i.low, f)}) must be smaller than high_freq_factor (${amount(i.high, f)}): the rule keeps wavelengths below original ÷ high, divides those above original ÷ low, and blends in between with (original/λ − low) ÷ (high − low), which needs high > low.`;
      case 'outOfRange':
        return `${FIELD[i.field]} must be from ${amount(i.min, f)} to ${amount(i.max, f)}.`;
      case 'unknownChoice':
        return i.field === 'method' ? 'Choose one of the listed methods.' : i.field === 'headDim' ? 'The head dimension must be 64, 128 or 256.' : 'YaRN’s ramp must be both, paper or code.';
    }
  },
  impossibleAnnounced: (issues) => `This scaling cannot be computed: ${issues.join(' ')}`,
  detail: (d, pairs, f) => {
    switch (d.method) {
      case 'none':
        return [];
      case 'pi':
        return ['Every frequency is divided by s: ', { math: `θ′ᵢ = θᵢ / ${amount(d.factor, f)}` }, `, so position m is read as m/${amount(d.factor, f)}. Every pair turns ${amount(d.factor, f)} times slower, the fastest too.`];
      case 'ntk':
        return [
          'A larger base: ', { math: 'b′ = b·s^(d/(d−2))' }, ' = ', { strong: newBase(d.newBase, f) },
          `. Pair 0 keeps its frequency, pair ${f.int(pairs - 1)} is divided by exactly s, the pairs between by less.`,
        ];
      case 'yarn':
        return [
          `The ramp γ runs between α = ${amount(d.alpha, f)} and β = ${amount(d.beta, f)} (YaRN’s values for Llama); θ′ᵢ = (1 − γ)·θᵢ/s + γ·θᵢ. `,
          'Paper: γ is linear in ', { math: 'r = L/λ' }, `, so pairs with λ < L/β = ${amount(d.keepBelow, f)} are kept and λ > L/α = ${amount(d.divideAbove, f)} divided by s. `,
          `Code: γ is linear in the pair index, from pair ${f.int(d.range.low)} (${f.decimal(d.range.lowExact, { digits: 2 })} rounded down) to pair ${f.int(d.range.high)} (${f.decimal(d.range.highExact, { digits: 2 })} rounded up). `,
          'YaRN also multiplies q and k by ', { math: '√(1/t) = 0.1·ln s + 1' }, ' = ', { strong: f.decimal(d.scale, { digits: 6 }) },
          `, so the logits by 1/t = ${f.decimal(d.logitScale, { digits: 4 })}.`,
        ];
      case 'llama31':
        return [
          'Kept where λ < original ÷ high = ', { strong: amount(d.keepBelow, f) }, '; divided by the factor where λ > original ÷ low = ',
          { strong: amount(d.divideAbove, f) }, '; between, ', { math: 'smooth = (original/λ − low) / (high − low)' }, ' and ',
          { math: 'θ′ = (1 − smooth)·θ/s + smooth·θ' },
          '. No attention temperature: this is not YaRN (NTK-by-parts’ shape, ramped from low to high, logits unscaled).',
        ];
      case 'dynamic':
        return d.active
          ? [
            `At seqLen = ${f.int(d.seqLen)} > original ${f.int(d.original)}: `, { math: 'b′ = b·(s·seqLen/L − (s − 1))^(d/(d−2))' }, ' = ',
            { strong: newBase(d.newBase, f) }, '. Hugging Face recomputes the base whenever the sequence grows past the original length.',
          ]
          : [`At seqLen = ${f.int(d.seqLen)} ≤ original ${f.int(d.original)} the base stays b = `, { strong: newBase(d.newBase, f) }, '.'];
    }
  },
  note: (n, f) => {
    switch (n.code) {
      case 'dynamicInactive':
        return `Dynamic NTK only scales sequences longer than the original context: at seqLen ${f.int(n.seqLen)} ≤ ${f.int(n.original)} it changes nothing. Raise the sequence length to see it act.`;
      case 'noEffect':
        return 'With these values the rule leaves every pair of this schedule as it is.';
      case 'notShipped':
        return 'These are not the values Llama 3.1 ships (factor 8, low 1, high 4, original 8,192): the rule, with your values.';
      case 'otherSchedule':
        return `Llama 3.1 applies this rule to base 500,000 and head dimension 128; here it is applied to base ${amount(n.base, f)}, d = ${f.int(n.headDim)}.`;
      case 'positionZero':
        return 'At position 0 nothing is rotated, so nothing is off.';
    }
  },
  ratioHeading: 'New ÷ original frequency, pair by pair',
  ratioTitle: (d) => `Chart of the ratio of the scaled to the original frequency of each pair, log scale, with the bands. ${d}`,
  stripLabel: { pi: 'bands', ntk: '', yarnPaper: 'paper', yarnCode: 'code', llama31: 'bands', dynamic: '' },
  bandName,
  bandLegend: (band, factor, f) => (band === 'keep' ? 'keep (ratio 1)' : band === 'blend' ? 'blend (between)' : `÷ ${amount(factor, f)} (ratio 1/${amount(factor, f)})`),
  bandCounts,
  bandSummary: (curves, factor, f) => ` ${curves.map((c) => `${CURVE[c.id].charAt(0).toUpperCase()}${CURVE[c.id].slice(1)}: ${bandCounts(c.counts, factor, f)}`).join('; ')}.`,
  bandRun: (band, count, factor, f) => `${bandName(band, factor, f)}: ${f.int(count)}`,
  divideLine: (factor, f) => `1/${amount(factor, f)}`,
  axisRatio: 'θ′/θ',

  forgotHeading: ['A port that forgets ', { code: 'rope_scaling' }],
  forgotWhat: (method, asShipped) => asShipped
    ? ['A port that loads Llama 3.1’s weights but uses the unscaled θᵢ, not the trained θ′ᵢ, is off by ', { math: 'm·(θᵢ − θ′ᵢ)' }, ' rad on pair i for a query m tokens after its key.']
    : [`The same mistake with ${METHOD_PHRASE[method]}: a model trained with the scaled θ′ᵢ, run with the unscaled θᵢ. At position m the error is `, { math: 'm·(θᵢ − θ′ᵢ)' }, ' radians.'],
  forgotResult: (e, pairs, curve, f) => [
    curve ? `${CURVE[curve].charAt(0).toUpperCase()}${CURVE[curve].slice(1)}: at` : 'At', ` position ${f.int(e.position)} the largest error is `, { strong: `${rad(e.max, f)} rad` },
    ` (pair ${f.int(e.maxPair)}); `, { strong: `${f.int(e.overPi)} of ${f.int(pairs)}` },
    ` ${plural(e.overPi, 'pair has', 'pairs have')} slipped by more than π, half a turn; the slowest pair is off by ${rad(e.last, f)} rad.`,
  ],
  forgotWhy: (e, asShipped, f) => {
    const short = `At position ${f.int(SHORT_PROMPT_POSITION)} no pair is off by more than ${rad(e.atShort, f)} rad; `;
    return asShipped
      ? ['Why such ports pass short-prompt tests and fail on long ones: the error grows in proportion to position, and the ',
        { strong: f.int(e.exact) }, ` fastest pairs (kept by the rule) are exact. ${short}`
        + (e.firstOverPi === null ? 'no pair ever passes π.' : `the first passes π at position ${f.int(e.firstOverPi)}; beyond, more and more slow pairs get distances wrong.`)]
      : [`The error grows in proportion to position; the ${f.int(e.exact)} ${plural(e.exact, 'pair', 'pairs')} this rule leaves unchanged ${plural(e.exact, 'is', 'are')} exact. ${short}`
        + (e.firstOverPi === null ? 'no pair ever passes π.' : `the first passes π at position ${f.int(e.firstOverPi)}.`)];
  },
  forgotNothing: 'With no scaling (or an impossible one) there is nothing to forget: choose a method above.',
  errorTitle: (d) => `Chart of the phase error of each pair when the scaling is forgotten. ${d}`,
  axisError: 'error, rad',
  piLabel: 'π',
  piLegend: 'hatched: past π (half a turn)',

  tableSummary: (pairs, scaled, f) => `Data: λ and θ of all ${f.int(pairs)} pairs, exactly${scaled ? ', before and after scaling' : ''}`,
  tableScroll: (pairs, f) => `Inverse frequencies of all ${f.int(pairs)} pairs`,
  tableCaption: 'Inverse frequency θ of each pair, in radians per token, before and after the scaling',
  colPair: 'i',
  colWavelength: 'λ (tokens)',
  colOriginal: 'θ original',
  colScaled: (c) => `θ′ ${CURVE_SHORT[c]}`,
  colRatio: (c) => `θ′/θ ${CURVE_SHORT[c]}`,
  colBand: (c) => `band ${CURVE_SHORT[c]}`,
  colGamma: (c) => (c === 'llama31' ? 'smooth' : `γ ${CURVE_SHORT[c]}`),
  tableNote: 'Computed in float64 (13 significant digits shown). Meta’s and Hugging Face’s code compute in float32, which differs by at most about 2 × 10⁻⁷ relative.',

  sourcesSummary: 'Sources of every number and formula',
  sources: (method, f) => {
    const common: Parts = [
      'Base 500,000, d = 128: ', { cite: 'Report §3.2, Table 3' },
      '; base 10,000: Meta’s Llama 2 code; contexts 4,096: ', { cite: 'Llama 2 paper, Table 1' }, `; ${f.int(CONTEXT_LLAMA3)}: Meta Llama 3 model card; 131,072: Meta llama-models code, `,
      { cite: 'Report §3.4.2' }, ` (“128K”). Your line starts at ${f.int(XIONG_EFFECTIVE_CONTEXT)}, up to which `, { cite: 'Report §3.2' },
      ' says Xiong et al. (2023) found base 500,000 effective. ',
    ];
    const rule: Record<Method, Parts> = {
      none: [],
      pi: ['Position interpolation: Chen et al. (2023), arXiv 2306.15595.'],
      ntk: ['NTK-aware: bloc97 (2023), as YaRN’s paper writes it (Peng et al. 2023, arXiv 2309.00071, Eq. 16).'],
      yarn: ['NTK-by-parts and YaRN: Peng et al. (2023), arXiv 2309.00071, Eqs. 17–22; the code’s ramp: Hugging Face ', { code: '_compute_yarn_parameters' }, ' and jquesnelle/yarn ', { code: 'find_correction_range' }, '.'],
      llama31: ['Llama 3.1’s rule: Meta llama-models ', { code: 'models/llama3/model.py' }, ' ', { code: 'apply_scaling' }, ' (“Values obtained from grid search”), as Hugging Face’s rope_type ', { code: 'llama3' }, '; not in the report.'],
      dynamic: ['Dynamic NTK: Hugging Face ', { code: '_compute_dynamic_ntk_parameters' }, '.'],
    };
    return [...common, ...rule[method]];
  },
  unusedReason: (_field, usedBy) => `not used by this method (only by ${usedBy.map((m) => METHOD[m]).join(', ')})`,

  announce: (s, position, f) => {
    const l8 = s.lines.find((l) => l.tokens === CONTEXT_LLAMA3);
    const head = `Base ${amount(s.base, f)}, head dimension ${f.int(s.headDim)}: ${f.int(s.pairs)} pairs` +
      (l8 ? `, ${f.int(l8.longer)} longer than ${f.int(l8.tokens)} tokens.` : '.');
    if (s.issues.length) return `${head} The scaling cannot be computed.`;
    if (!s.curves.length) return head;
    const first = s.curves[0]!;
    return `${head} ${curvesSentence(s, f)}. Forgetting it: ${rad(first.error.max, f)} rad at position ${f.int(position)}.`;
  },
  describe: (s, f) => {
    const head = `Wavelengths of the ${f.int(s.pairs)} pairs of a head of dimension ${f.int(s.headDim)} with base ${amount(s.base, f)}, on a log scale, from ${lambda(2 * Math.PI, f)} (pair 0) to ${lambda(s.longest, f)} tokens (pair ${f.int(s.pairs - 1)}). Pairs ${longerList(s, (l) => l.longer, f)}.`;
    if (!s.curves.length) return head;
    return `${head} ${curvesSentence(s, f)}. ${s.curves.map((c, k) => `With ${CURVE[c.id]}: ${longerList(s, (l) => l.longerScaled[k]!, f)}`).join('. ')}.`;
  },
  describeRatio: (s, f) => s.curves.map((c) => {
    const r = c.ratio;
    return `${CURVE[c.id]}: ratio ${f.decimal(r[0]!, { digits: 3, trim: true })} at pair 0, ${f.decimal(r[r.length - 1]!, { digits: 3, trim: true })} at pair ${f.int(r.length - 1)}`;
  }).join('. ') + '.',
  describeErrors: (s, f) => s.curves.map((c) => `${CURVE[c.id]}: largest error ${rad(c.error.max, f)} rad at pair ${f.int(c.error.maxPair)}, ${f.int(c.error.overPi)} pairs past π`).join('. ') + '.',
};

export default words(messages, 'en', en);
