// Every word vocab-tradeoff shows or speaks, one catalogue per language (src/i18n/locale.ts): labels, the readout,
// the chart's text alternative, the table, the trade-off sentence, the screen-reader description, the sentences for
// an issue of the custom shape (src/lib/llama validateShape codes) and under "Exact V" (src/lib/text.ts parseNumber
// failure codes). Numbers come in as numbers and are printed with the reader's Format.
//
// A sentence with marked-up parts (a bold share, a citation link) takes those parts as slots `N` from the view and
// returns the sentence as a list of strings and slots, so each language puts them where its word order wants them.
import type { Catalogue } from '../../i18n/locale';
import { MODELS } from '../../data/models';
import type { Format } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';
import type { TokenizerId } from '../../tokenizers';
import type { Body, CurveEnd, TradeoffComparison, TradeoffSummary, VocabCost } from './model';
import type { SampleId } from './samples';
import { zh } from './messages.zh';

/** A sentence with slots: strings and the view's marked-up parts, in reading order. */
export type Rich<N> = (string | N)[];

export interface VocabTradeoffMessages {
  title: string;
  summary: string;
  /** The body's name in sentences: a model's name (src/data), or the custom width and layers. */
  bodyName: (body: Body, f: Format) => string;
  /** Where the custom body's shapes come from (report references in it become links). */
  customSource: string;
  /** Where each tokenizer's row count comes from (report references in it become links). */
  tokenizerCite: Record<TokenizerId, string>;
  /** Names of the sample texts. */
  samples: Record<SampleId, string>;

  model: string;
  width: string;
  layers: string;
  sample: string;
  /** Under the custom fields: the shapes that follow from the width. */
  customNote: (shape: Body['shape'], headDim: number, f: Format) => string;
  /** The slider, its visible value and its aria-valuetext, and the exact field. */
  vocabSlider: string;
  vocabValue: (rows: number, f: Format) => string;
  vocabValueText: (rows: number, f: Format) => string;
  exactVocab: string;
  /** The group of buttons that set V to a tokenizer's rows. */
  picks: string;

  /** The cost of V under the slider; `params` and `share` are the marked-up numbers. */
  readout: <N>(slots: { params: N; share: N }, cost: VocabCost, body: Body, f: Format) => Rich<N>;
  /** Spoken once the slider or field settles. */
  announce: (cost: VocabCost, body: Body, f: Format) => string;

  /** The chart's text alternative: the share at both ends of the curve. */
  chartLabel: (body: Body, ends: readonly [CurveEnd, CurveEnd], f: Format) => string;
  chartAxis: string;
  /** After a tokenizer's name on a wide chart, once its count is measured. */
  pointCharsPerToken: (charsPerToken: number, f: Format) => string;
  chartLegend: string;

  tableHeading: string;
  tableSample: (sample: SampleId, chars: number, f: Format) => string;
  loading: string;
  /** Tokenizers that failed to load, by name; `all` when none loaded. */
  loadFailed: (names: readonly string[], all: boolean) => string;
  /** A cell whose count is still loading, and one whose tokenizer failed. */
  pending: string;
  notLoaded: string;
  columns: {
    tokenizer: string; rows: string; params: string; share: string; tokens: string; charsPerToken: string; relativeTokens: string; flopsPerChar: string;
  };
  tableNote: (body: Body, cl100kRows: number, f: Format) => string;
  /** One tokenizer's row count and its citation (`cite`, a slot), for the sources line. */
  sourceRow: <N>(name: string, rows: number, cite: N, f: Format) => Rich<N>;
  /** The sources line: each tokenizer's `rows` (sourceRow), then the body's `shapes` citation. */
  sources: <N>(rows: readonly Rich<N>[], body: Body, shapes: N, f: Format) => Rich<N>;

  /** Llama 2's vocabulary against Llama 3's on this body and sample. */
  tradeoff: (c: TradeoffComparison, body: Body, f: Format) => string;
  /** What a screen reader hears. */
  describe: (s: TradeoffSummary, f: Format) => string;
  /** Under the width or layers field (and in place of the result). */
  shapeIssue: (issue: ShapeIssue, f: Format) => string;
  /** Under "Exact V"; `min` and `max` are the vocabulary sizes the field accepts. */
  vocabError: (failure: NumberFailure, range: { min: number; max: number }, f: Format) => string;
}

const bodyName = (body: Body, f: Format) =>
  body.model === 'custom' ? `Custom (d = ${f.int(body.shape.dim)}, ${f.int(body.shape.layers)} layers)` : MODELS[body.model].name;

const samples: Record<SampleId, string> = {
  english: 'English prose',
  code: 'Code (TypeScript)',
  chinese: 'Chinese prose',
  mixed: 'Mixed: numbers, Chinese, Russian, emoji',
};

function shapeIssue(issue: ShapeIssue, f: Format): string {
  switch (issue.code) {
    case 'outOfRange': {
      const what = issue.field === 'dim' ? 'The width d' : issue.field === 'layers' ? 'The number of layers' : `The ${issue.field}`;
      return `${what} must be a whole number from ${f.int(issue.min)} to ${f.int(issue.max)}.`;
    }
    case 'notMultipleOfHeadDim': {
      const h = issue.headDim;
      const lower = Math.max(h, Math.floor(issue.dim / h) * h);
      return `The width d = ${f.int(issue.dim)} is not a multiple of ${f.int(h)}, the head dimension of every Llama 3 model; try ${f.int(lower)} or ${f.int(lower + h)}.`;
    }
    // Not produced here (heads follow from the width, 8 key/value heads or fewer), worded for completeness.
    case 'exceedsDim':
    case 'notDivisorOfDim':
      return `The width d = ${f.int(issue.dim)} cannot be split into ${f.int(issue.heads)} heads.`;
    case 'oddHeadDim':
      return `The head dimension ${f.int(issue.headDim)} must be even.`;
    case 'exceedsHeads':
    case 'notDivisor':
      return `${f.int(issue.kvHeads)} key/value heads cannot serve ${f.int(issue.heads)} query heads in equal groups.`;
  }
}

const en: VocabTradeoffMessages = {
  title: 'What a bigger vocabulary costs, and what it buys',
  summary:
    'Embedding and output-layer parameters against vocabulary size for Llama 3 models, with the Llama 2, cl100k and Llama 3 tokenizers measured live on a sample: fewer tokens per character for more parameters.',
  bodyName,
  customSource: 'your width and layers; heads of 128 dimensions and 8 key/value heads as in Report Table 3; feed-forward width by the 8B rule of Meta’s llama-models code',
  tokenizerCite: {
    llama2: 'Meta llama code (tokenizer.model)',
    cl100k: 'OpenAI tiktoken (cl100k_base ranks 0–100,255)',
    llama3: '128,000 in Report Table 3, + 256 special tokens in Meta llama-models code',
  },
  samples,

  model: 'Model',
  width: 'Width d',
  layers: 'Layers',
  sample: 'Sample text',
  customNote: (s, h, f) => `${f.int(s.heads)} heads of ${f.int(h)}, ${f.int(s.kvHeads)} key/value heads, SwiGLU width ${f.int(s.ffnDim)} (Llama 3 8B’s rule).`,
  vocabSlider: 'Vocabulary size V',
  vocabValue: (v, f) => `${f.int(v)} rows`,
  vocabValueText: (v, f) => `${f.int(v)} embedding rows`,
  exactVocab: 'Exact V',
  picks: 'Jump to a tokenizer’s vocabulary',

  readout: ({ params, share }, c, body, f) => [
    params, ` parameters in the embedding and the LM head: 2 × ${f.int(c.vocab)} × ${f.int(body.shape.dim)}, which is `, share,
    ` of ${f.int(c.total)} (${bodyName(body, f)} with this vocabulary).`,
  ],
  announce: (c, body, f) =>
    `V = ${f.int(c.vocab)}: the embedding and the LM head are ${f.percent(c.share)} of ${bodyName(body, f)}’s ${f.int(c.total)} parameters.`,

  chartLabel: (body, [from, to], f) =>
    `Share of ${bodyName(body, f)}’s parameters in the embedding and LM head, rising with vocabulary size from ${f.percent(from.share)} at ` +
    `${f.int(from.vocab)} rows to ${f.percent(to.share)} at ${f.int(to.vocab)} rows.`,
  chartAxis: 'vocabulary size V (embedding rows, log scale)',
  pointCharsPerToken: (x, f) => ` · ${f.decimal(x)} chars/token`,
  chartLegend:
    'Line: share of all parameters spent on the embedding and the LM head (2·V·d of them) if this model had V rows. ' +
    'Dots: the three tokenizers; diamond: the V you chose.',

  tableHeading: 'What each vocabulary costs and saves',
  tableSample: (s, chars, f) => `On the sample “${samples[s]}” (${f.int(chars)} characters).`,
  loading: 'Loading the three tokenizers to count the sample’s tokens… The parameter numbers above do not need them.',
  loadFailed: (names, all) => `Could not load ${names.join(', ')}: ${all ? 'no token counts, but' : 'those counts are missing;'} the parameter side is complete.`,
  pending: '…',
  notLoaded: 'not loaded',
  columns: {
    tokenizer: 'Tokenizer', rows: 'Rows V', params: 'Embedding + head', share: 'Share', tokens: 'Tokens', charsPerToken: 'Chars per token',
    relativeTokens: 'Tokens vs Llama 3', flopsPerChar: 'Forward FLOPs per char',
  },
  tableNote: (body, cl100k, f) =>
    `Every row prices ${bodyName(body, f)}’s layers with that tokenizer’s vocabulary. Tokens are counted live in your browser ` +
    '(no BOS/EOS; Llama 2 includes SentencePiece’s leading space). Forward FLOPs per character ≈ 2 × (weights in matrix ' +
    'products: attention, feed-forward and LM head; not the embedding lookup or the norm gains) × tokens ÷ characters; ' +
    `attention over the context is left out, and it grows with the square of the sequence length. cl100k_base sits at its ${f.int(cl100k)} regular tokens.`,
  sourceRow: (name, rows, cite, f) => [`${name} ${f.int(rows)}, `, cite],
  sources: (rows, body, shapes, f) => [
    'Sources: rows V: ', ...rows.flatMap((r, i) => (i > 0 ? ['; ', ...r] : r)), `. Shapes of ${bodyName(body, f)}: `, shapes,
    '. Every other number is computed from these and the measured token counts.',
  ],

  tradeoff: (c, body, f) => {
    const pct = (x: number) => f.percent(Math.abs(x), { digits: 1 });
    return (
      `Going from Llama 2’s ${f.int(c.fromVocab)} rows to Llama 3’s ${f.int(c.toVocab)} adds ` +
      `${f.short(c.extraParams)} parameters to ${bodyName(body, f)}, ${pct(c.totalChange)} ${c.totalChange >= 0 ? 'more' : 'fewer'} in all. ` +
      `On this sample Llama 3 needs ${pct(c.tokenChange)} ${c.tokenChange <= 0 ? 'fewer' : 'more'} tokens (${f.int(c.fromTokens)} → ${f.int(c.toTokens)}), ` +
      `so the same text is a ${c.tokenChange <= 0 ? 'shorter' : 'longer'} sequence, and the forward pass costs about ` +
      `${pct(c.flopsChange)} ${c.flopsChange <= 0 ? 'less' : 'more'} per character.`
    );
  },
  describe: (s, f) => {
    if (!s.ok) return `No parameter count: ${shapeIssue(s.issue, f)}`;
    const c = s.cost;
    const head =
      `${bodyName(s.body, f)} with a vocabulary of ${f.int(c.vocab)} rows: the embedding and the LM head hold 2 × ${f.int(c.vocab)} × ` +
      `${f.int(s.body.shape.dim)} = ${f.int(c.embedAndHead)} parameters, ${f.percent(c.share)} of ${f.int(c.total)}.`;
    if (s.measured.length === 0) return `${head} Token counts for the sample are not measured yet.`;
    const parts = s.measured.map((r) =>
      `${r.point.name} (${f.int(r.point.vocab)} rows, ${f.percent(r.cost.share)} of parameters) needs ${f.int(r.tokens)} tokens, ` +
      `${f.decimal(r.charsPerToken)} characters per token`,
    );
    return `${head} On the sample “${samples[s.sample]}”: ${parts.join('; ')}.`;
  },
  shapeIssue,
  vocabError: (failure, { min, max }, f) =>
    failure === 'tooSmall' || failure === 'tooLarge'
      ? `V must be from ${f.int(min)} to ${f.int(max)} rows.`
      : `Type a whole number of rows from ${f.int(min)} to ${f.int(max)}.`,
};

export const messages: Catalogue<VocabTradeoffMessages> = { en, zh };
