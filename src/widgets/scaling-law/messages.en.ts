// scaling-law's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { CHINCHILLA_SURFACE, ISOFLOP_RANGE, SCALING_LAW_FIGURE, SCALING_LAW_TEXT } from '../../data/pretraining';
import { BUDGET_COUNT, SIZE_COUNT, STATED, TOKENS_PER_PARAM_WINDOW, type LawReading } from './model';
import { messages, type ScalingLawMessages } from './messages';

const tok = (f: Format, n: number) => f.short(n, { digits: 4, trim: true });
const par = (f: Format, n: number) => f.short(n, { digits: 3 });
const flops = (f: Format, c: number) => f.sci(c, { digits: 3, bareOne: true });
const reading = (f: Format, l: LawReading) => (l.ok ? `${tok(f, l.tokens)} tokens, ${par(f, l.params)} parameters` : 'no usable value');
const S = CHINCHILLA_SURFACE.value;
const T = SCALING_LAW_TEXT.value, F = SCALING_LAW_FIGURE.value;
const PLACE: Record<string, string> = {
  'llama3-8b': 'Llama 3 8B', 'llama3-70b': 'Llama 3 70B', 'llama3-405b': 'Llama 3.1 405B',
  'llama2-70b-l2': 'Llama 2 70B', 'llama2-70b-l3': 'Llama 2 70B',
};

export const en: ScalingLawMessages = {
  title: 'Compute-optimal scaling law',
  summary: 'Re-enact the report’s IsoFLOP procedure on Chinchilla’s published loss surface, read every version of the power law at a compute budget, and place the Llama models by compute.',

  caveat: (name) => [
    'The curves below are ', name('Chinchilla'), '’s fitted loss surface (', name('Hoffmann'), ' et al. 2022), not Llama 3’s IsoFLOP measurements, which are not published. The procedure is the report’s; the numbers it finds are Chinchilla’s.',
  ],

  budgetSlider: 'Compute budget',
  budgetField: 'Budget, FLOPs (e.g. 3.8e25)',
  budgetValue: (c, f) => `${flops(f, c)} FLOPs${c === 3.8e25 ? ' (the 405B)' : ''}`,
  customLegend: 'Your power law N*(C) = A·C^α (training tokens)',
  alphaField: 'Exponent α',
  AField: 'Coefficient A',
  fieldError: (e, f) => {
    const what = { budget: 'The budget', alpha: 'α', A: 'A' }[e.field];
    const range = e.field === 'budget' ? `${flops(f, e.min)} to ${flops(f, e.max)} FLOPs` : `${f.sci(e.min, { digits: 2 })} to ${f.sci(e.max, { digits: 2 })}`;
    switch (e.failure) {
      case 'empty': return `${what} is needed: a number from ${range}.`;
      case 'tooLong': return `${what}: that text is too long for a number.`;
      case 'invalid': return `${what} must be a number, such as ${e.field === 'budget' ? '3.8e25' : e.field === 'alpha' ? '0.53' : '0.29'}.`;
      case 'negative': return `${what} must be positive: ${range}.`;
      case 'tooSmall': return `${what} must be at least ${e.field === 'budget' ? flops(f, e.min) : f.sci(e.min, { digits: 2 })}${e.field === 'budget' ? '' : ' (zero would make no law)'}.`;
      case 'tooLarge': return `${what} must be at most ${e.field === 'budget' ? `${flops(f, e.max)} FLOPs` : f.sci(e.max, { digits: 2 })}.`;
      default: return `${what} must be a number from ${range}.`;
    }
  },
  surfaceLine: (f, name) => [
    'Loss surface: ', name('Chinchilla'), `’s L(N, D) = E + A/N^α + B/D^β with E = ${f.decimal(S.E)}, A = ${f.decimal(S.A, { digits: 1 })}, B = ${f.decimal(S.B, { digits: 1 })}, α = ${f.decimal(S.alpha)}, β = ${f.decimal(S.beta)} (eq. 10), the only surface offered here.`,
  ],

  readoutHeading: (c, f) => `Compute-optimal split at ${flops(f, c)} FLOPs`,
  readoutColumns: { law: 'Law', tokens: 'Tokens D*', params: 'Parameters' },
  readoutKey: 'Each law gives the tokens D*; the parameters are what the budget leaves for them, C/(6D*).',
  lawName: {
    reenacted: 'Re-enactment fit',
    surface: 'Surface’s exact optimum',
    text: 'Report, text',
    figure: 'Report, Figure 3 legend',
    custom: 'Your law',
  },
  lawSource: (id, same) => ({
    reenacted: 'through the minima',
    surface: 'eq. 4, no fit',
    text: '§3.2.1: 0.53, 0.29',
    figure: '0.537, 0.299',
    custom: same ? '= the text’s' : 'your α and A',
  })[id],
  lawIssue: (issue) => ({
    noFit: 'no fit: a parabola had no minimum',
    tooManyTokens: 'impossible: more tokens than the budget can train on a 1-parameter model',
    tooFewTokens: 'impossible: under one training token',
  })[issue],
  announce: (r, f) => {
    const l = r.laws;
    return `At ${flops(f, r.budget)} FLOPs: re-enactment on Chinchilla’s surface ${reading(f, l.reenacted)}; report text ${reading(f, l.text)}; ` +
      `Figure 3 legend ${reading(f, l.figure)}; your law ${r.customIsText ? 'equals the text’s' : reading(f, l.custom)}.`;
  },

  isoTitle: 'IsoFLOP curves on Chinchilla’s surface',
  isoLabel: (r, f) => {
    const c = r.curves;
    const a = c[0]!, b = c[c.length - 1]!;
    return `Loss against model size for ${c.length} budgets from ${flops(f, a.flops)} to ${flops(f, b.flops)} FLOPs, a parabola through each. ` +
      `The minimum moves from ${par(f, a.optimumParams ?? NaN)} parameters at loss ${f.decimal(a.fittedLoss, { digits: 3 })} to ${par(f, b.optimumParams ?? NaN)} at ${f.decimal(b.fittedLoss, { digits: 3 })}, and the curves flatten. The data table below lists every run.`;
  },
  isoAxisX: 'Parameters N (log scale)',
  isoAxisY: 'Loss',
  isoBudget: (c, f) => `${flops(f, c)} FLOPs`,
  isoLegend: { run: 'run (surface loss)', parabola: 'fitted parabola', minimum: 'its minimum' },

  lawTitle: 'Compute-optimal tokens against compute',
  lawLabel: (r, f) => `Log–log chart of training tokens against compute from ${flops(f, 1e18)} to ${flops(f, 1e27)} FLOPs: the ${r.reenactment.curves.length} parabola minima with the line fitted through them, ` +
    `the surface’s exact optimum, the report’s text and Figure 3 laws${r.customIsText ? '' : ' and your law'}, the report’s stated 16.55T at 3.8 × 10²⁵, and Llama 3 8B, 70B, 405B and Llama 2 70B at their compute. ` +
    `At the chosen ${flops(f, r.budget)}: text ${reading(f, r.laws.text)}; Figure 3 ${reading(f, r.laws.figure)}.`,
  lawAxisX: 'Compute C, FLOPs (log scale)',
  lawAxisY: 'Training tokens (log)',
  lawLegend: {
    minima: 'parabola minima',
    stated: 'report’s stated 402B on 16.55T',
    llama: 'Llama models as trained',
    runs: 'span of the report’s runs',
    budget: 'your budget, each law’s reading',
  },
  placementLabel: (p) => (p.model === 'llama2-70b' ? 'Llama 2 70B' : PLACE[p.key]!.replace(/^Llama 3(\.1)? /, '')),

  flatHeading: 'The minima flatten as budgets grow',
  flatText: (r, k, f) => {
    const c = r.reenactment.curves, a = c[0]!, b = c[c.length - 1]!;
    const d = (v: number) => f.decimal(v, { digits: 4 });
    return `On this surface, a model ${f.decimal(k, { digits: 0 })}× larger than the optimal size adds ${d(a.penalty.larger)} to the loss at ${flops(f, a.flops)} FLOPs, ` +
      `${d(b.penalty.larger)} at ${flops(f, b.flops)} and ${d(r.penalty.larger)} at ${flops(f, r.budget)} (${f.decimal(k, { digits: 0 })}× smaller: ${d(a.penalty.smaller)}, ${d(b.penalty.smaller)}, ${d(r.penalty.smaller)}). ` +
      'The report saw its own IsoFLOP curves flatten the same way, and for that reason chose 405B, near its law’s 402B: close to the optimum, a size off it costs little.';
  },

  llamaHeading: 'Llama models by compute (6·N·D, exact parameter counts)',
  llamaColumns: { model: 'Model', tokens: 'Tokens', flops: 'Compute, FLOPs', perParam: 'Tokens per param.', over: '× Figure 3 law' },
  placementName: (p) => PLACE[p.key]!,
  placementSource: (p) => p.tokensFact.cite,
  placementTokens: (p, f) => `${p.about ? 'about ' : ''}${f.short(p.tokens, { digits: p.digits })}`,
  llamaNote: () => `8B and 70B saw far more tokens than compute-optimal for their compute (“about 15T”, report §1): a smaller model trained longer is cheaper to run at inference. The 405B is near its law. “× Figure 3 law”: tokens trained ÷ the tokens Figure 3’s law gives at the same compute. Llama 2 70B has two published token counts, both shown.`,

  statedNote: (r, f) => `The report says its law at 3.8 × 10²⁵ suggests 402B parameters on 16.55T tokens. Its text’s (0.53, 0.29) give ${reading(f, r.statedLaws.text)}; ` +
    `its Figure 3 legend’s (0.537, 0.299) give ${reading(f, r.statedLaws.figure)}; and 6 × 402B × 16.55T = ${flops(f, STATED.sixND)}, not 3.8 × 10²⁵: the printed coefficients are rounded.`,
  exponentNote: (r, f) => `The re-enactment finds α = ${f.decimal(r.reenactment.law?.alpha, { digits: 4 })}, A = ${f.decimal(r.reenactment.law?.A, { digits: 4 })}; the surface’s exact exponent is α/(α + β) = ${f.decimal(r.reenactment.exactExponent, { digits: 4 })}. Llama 3’s own curves gave ${f.decimal(F.alpha, { digits: 3 })} (${f.decimal(T.alpha)} in the text): they are not this surface.`,
  beyondNote: (r, f) => `${flops(f, r.budget)} is ${f.ratio(r.beyondRuns ?? NaN)} the largest run (10²²): every law here is extrapolated.`,
  belowNote: () => 'This budget is below the smallest run (6 × 10¹⁸): the laws are extrapolated downwards.',
  procedureNote: (f) => `${f.int(BUDGET_COUNT)} budgets log-spaced from ${flops(f, ISOFLOP_RANGE.value.minFlops)} to ${flops(f, ISOFLOP_RANGE.value.maxFlops)}; at each, ${f.int(SIZE_COUNT)} sizes between ${f.int(TOKENS_PER_PARAM_WINDOW.max)} and ${f.int(TOKENS_PER_PARAM_WINDOW.min)} tokens per parameter, within 40M–16B (the report’s sizes per budget are not published); D = C/(6N); a second-degree polynomial in log N per budget; its minimum; N*(C) = A·C^α through the minima.`,

  notesSummary: "Notes: the report's 402B on 16.55T, the fitted exponent, extrapolation",
  dataSummary: 'Data table: every re-enacted budget',
  dataLabel: 'The re-enacted IsoFLOP budgets',
  dataColumns: {
    budget: 'Budget, FLOPs', sizes: 'Sizes trained', fitted: 'Parabola minimum N', fittedTokens: 'Its tokens', exact: 'Exact optimum N', loss: 'Loss at minimum',
    smaller: (k, f) => `Loss added, ${f.decimal(k, { digits: 0 })}× smaller`, larger: (k, f) => `${f.decimal(k, { digits: 0 })}× larger`,
  },

  sources: (name) => [
    'Sources: Llama 3 report §3.2.1 and Figure 3 (procedure, both printed laws, 402B / 16.55T), §1 (15.6T, about 15T, 1.8T, 3.8 × 10²⁵); ',
    name('Hoffmann'), ' et al. 2022, eq. 4 and eq. 10 (the surface and its exact optimum); Llama 2 paper, Table 1 (2.0T). Parameter counts: exact, from the published shapes.',
  ],

  impossible: 'These settings cannot be computed:',
  issue: (e, f) => `${e.field === 'budget' ? 'The budget' : e.field} must be between ${f.sci(e.min, { bareOne: true })} and ${f.sci(e.max, { bareOne: true })}.`,
};

export default words(messages, 'en', en);
