// vocab-tradeoff's English words (the interface, with what each key is for: messages.ts).
import { MODELS } from '../../data/models';
import type { Format } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { Body } from './model';
import type { SampleId } from './samples';
import { words } from '../../i18n/react';
import { messages, type VocabTradeoffMessages } from './messages';

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

export const en: VocabTradeoffMessages = {
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

export default words(messages, 'en', en);
