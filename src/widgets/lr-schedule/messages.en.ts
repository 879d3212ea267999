// lr-schedule's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type LrScheduleMessages } from './messages';
import { BATCH_PHASES, COSINE_MID_STEP, LONG_CONTEXT_END, WARMUP_END_TOKENS, RUN, SCHEDULE, type Axis, type FieldRefusal, type ModelId, type Stage } from './model';

/** A token count in short form: 2.87T, 252M, 40M. */
const tok = (n: number, f: Format) => f.short(n, { digits: 3, trim: true });
const lr = (v: number, f: Format) => (v === 0 ? '0' : f.sci(v, { digits: 3 }));
const steps = (n: number, f: Format) => f.decimal(n, { digits: 1, trim: true });
const MODEL: Record<ModelId, string> = { 'llama3-405b': '405B', 'llama3-70b': '70B', 'llama3-8b': '8B' };
const STAGE: Record<Stage, string> = {
  warmup: 'linear warm-up', cosine: 'cosine decay', longContext: 'long-context stage (drawn span)', anneal: 'final anneal to 0',
};
const position = (at: number, axis: Axis, f: Format) => (axis === 'tokens' ? `${tok(at, f)} tokens` : `step ${steps(at, f)}`);
const S = SCHEDULE;
const [P4, P8, P16] = BATCH_PHASES as [typeof BATCH_PHASES[0], typeof BATCH_PHASES[0], typeof BATCH_PHASES[0]];

function fieldError(e: FieldRefusal, f: Format): string {
  const range = e.axis === 'tokens' ? `0 to ${tok(e.max, f)} tokens` : `0 to ${steps(e.max, f)} steps`;
  switch (e.failure) {
    case 'empty': return `Type a position from ${range}.`;
    case 'tooLong': return 'That is too long to be a position.';
    case 'negative': case 'tooSmall': return `The run starts at 0: type ${range}.`;
    case 'tooLarge': return `The run ends at ${e.axis === 'tokens' ? `${tok(e.max, f)} tokens` : `step ${steps(e.max, f)}`}: type ${range}.`;
    default: return `Type a number such as 2.87T, 252M or 2.87e12 (${range}).`;
  }
}

export const en: LrScheduleMessages = {
  title: 'The 405B learning-rate and batch schedule',
  summary: 'Scrub through Llama 3 405B’s pre-training to read the learning rate, batch size, sequence length, tokens and step at any point, check the step count, and compare the scaling-law runs’ schedule.',

  axisLegend: 'x axis',
  axisOption: (axis) => (axis === 'tokens' ? 'Tokens' : 'Steps'),
  modelLegend: 'Peak marked (Table 3)',
  modelOption: (m) => (m === 'llama3-405b' ? '405B (drawn)' : `${MODEL[m]} (peak)`),
  logToggle: 'Log scale (learning rate)',
  atSlider: (axis) => (axis === 'tokens' ? 'Position in the run (tokens)' : 'Position in the run (steps)'),
  atValue: position,
  atValueText: (at, axis, r, f) => `${position(at, axis, f)}, learning rate ${lr(r.lr, f)}`,
  atField: (axis) => (axis === 'tokens' ? 'Exact tokens' : 'Exact step'),
  fieldError,

  clampMessage: (c, f) => {
    const to = c.axis === 'tokens' ? `${tok(c.to, f)} tokens` : `step ${steps(c.to, f)}`;
    if (c.kind === 'invalid') return `The position asked for is not a number: ${to} is shown.`;
    if (c.kind === 'before') return `The position asked for is before the run starts: ${to} is shown.`;
    const asked = c.axis === 'tokens' ? `${tok(c.requested, f)} tokens` : `step ${steps(c.requested, f)}`;
    return `The link asked for ${asked}, past the end of the run (${to}${c.axis === 'steps' ? ', from the batch schedule' : ''}): the end is shown.`;
  },
  clampReason: (c, f) => {
    const to = c.axis === 'tokens' ? `${tok(c.to, f)} tokens` : `step ${steps(c.to, f)}`;
    return c.kind === 'past' ? `past the run’s end, ${to}` : c.kind === 'before' ? 'before the run starts' : 'not a number';
  },

  readoutHeading: 'At this point of the run',
  readoutRows: { tokens: 'Tokens seen', step: 'Step', lr: 'Learning rate', batch: 'Batch', seq: 'Sequence length', stage: 'Stage' },
  tokensCell: (n, exact, f) => (exact ? `${tok(n, f)} (${f.int(n)})` : tok(n, f)),
  stepCell: steps,
  lrCell: lr,
  batchCell: (b, f) => `${tok(b, f)} tokens`,
  seqCell: (s, stages, f) => (s === null
    ? `${f.binaryShort(P8.seqLen)} → ${f.binaryShort(LONG_CONTEXT_END)} in ${f.int(stages)} stages (lengths not given)`
    : `${f.int(s)} tokens`),
  stageName: (s) => STAGE[s],
  announce: (r, f) => {
    const g = r.reading;
    const seq = g.seqLen === null ? `sequences growing from ${f.binaryShort(P8.seqLen)} to ${f.binaryShort(LONG_CONTEXT_END)}` : `sequences of ${f.int(g.seqLen)} tokens`;
    return `${tok(g.tokens, f)} tokens, step ${steps(g.steps, f)}: learning rate ${lr(g.lr, f)}, batch ${tok(g.batchTokens, f)} tokens, ${seq}; ${STAGE[g.stage]}.`;
  },
  modelNote: (m, peak, f) => `Table 3 gives the ${MODEL[m]} a peak learning rate of ${f.sci(peak, { digits: 2 })}. The report says the ` +
    `8B and 70B used “similar recipes” but gives neither their schedules nor their batch sizes: only the peak is marked, ` +
    `and the readout is the 405B’s.`,

  lrTitle: 'Learning rate',
  batchTitle: 'Batch size (tokens) and sequence length',
  compareTitle: 'Shape compared: the 405B and the scaling-law runs, normalised',
  compareAxisTitle: 'fraction of the cosine decay',
  axisTitle: (axis) => (axis === 'tokens' ? 'tokens seen' : 'optimizer steps'),
  lrChartLabel: (r, log, f) => `Learning rate of the 405B against ${r.axis === 'tokens' ? 'tokens' : 'steps'}${log ? ' (log scale)' : ''}: ` +
    `linear warm-up over ${f.int(S.warmupSteps)} steps to ${f.sci(S.peak)}, cosine decay towards ${f.sci(S.final)} at step ` +
    `${f.int(S.cosineSteps)}, then a linear anneal to 0 over the last ${tok(RUN.annealTokens, f)} tokens. ` +
    `Cursor at ${tok(r.reading.tokens, f)} tokens: ${lr(r.reading.lr, f)}.`,
  batchChartLabel: (r, f) => `Batch size: ${tok(P4.batchTokens, f)} tokens until ${tok(P8.fromTokens, f)} tokens, ${tok(P8.batchTokens, f)} until ` +
    `${tok(P16.fromTokens, f)}, then ${tok(P16.batchTokens, f)}. Sequences of ${f.int(P4.seqLen)} tokens, then ${f.int(P8.seqLen)}; ` +
    `the long-context stage (about ${tok(RUN.longContextTokens, f)} tokens) drawn as one span. Cursor: batch ${tok(r.reading.batchTokens, f)} tokens.`,
  compareChartLabel: (c, f) => `Learning rate divided by its peak against the fraction of the cosine: the 405B falls to 1%, the ` +
    `scaling-law runs to 10%. The 405B’s run ends, by the batch count, at ${f.percent(c.decimal / S.cosineSteps, { digits: 1 })} of the ` +
    `stated ${f.int(c.stated)} steps.`,
  legendLr: '405B learning rate',
  legendLongContext: (f) => `Long-context stage: ~${tok(RUN.longContextTokens, f)} tokens, six stages drawn as one span (position approximate)`,
  legendAnneal: (f) => `Anneal: last ${tok(RUN.annealTokens, f)} tokens, to 0`,
  legendCursor: 'The chosen point',
  legendPeak: (m, peak, f) => `${MODEL[m]} peak, ${f.sci(peak, { digits: 2 })} (Table 3; schedule not given)`,
  peakLabel: (m, peak, f) => `${MODEL[m]} peak ${f.sci(peak, { digits: 2 })}`,
  legendBatch: 'Batch size, tokens',
  legendSeq: (f) => `Strip: sequence length (dashed: ${f.binaryShort(P8.seqLen)} → ${f.binaryShort(LONG_CONTEXT_END)}, stages not given)`,
  stripLabel: (s, f) => f.int(s),
  legendLlamaNorm: (f) => `405B: cosine to ${f.sci(S.final)} = 1% of its peak`,
  legendIsoflop: (f) => `Scaling-law (IsoFLOP) runs: cosine to 0.1 of a peak of ${f.sci(RUN.isoflop.peakMin)}–${f.sci(RUN.isoflop.peakMax)}`,
  legendRunEnd: (c, f) => `Where the 405B’s run ends by the batch count (step ${f.int(Math.floor(c.decimal))})`,
  compareCaption: 'The runs’ lengths are not given: both are drawn as learning rate ÷ peak against the fraction of the cosine, warm-ups left out (see the notes).',
  compareNote: (f) => `The scaling-law runs (§3.2.1) warm up for ${f.int(RUN.isoflop.warmupSteps)} steps, then follow a cosine to 0.1 of a ` +
    `peak between ${f.sci(RUN.isoflop.peakMin)} and ${f.sci(RUN.isoflop.peakMax)} chosen by model size (the mapping is not given). ` +
    'Their lengths are not given, so both curves are drawn against the fraction of the cosine, as learning rate ÷ peak, and the warm-ups are left out.',
  chartHint: 'Or drag on a chart. Keys: arrows step, Page Up/Down jump, Home/End; named points are stops.',

  checkHeading: 'The step-count check',
  checkBody: (c, f) => [
    `${tok(P8.fromTokens, f)} ÷ ${tok(P4.batchTokens, f)} + (${tok(P16.fromTokens, f)} − ${tok(P8.fromTokens, f)}) ÷ ${tok(P8.batchTokens, f)} + ` +
    `(${tok(RUN.totalTokens, f)} − ${tok(P16.fromTokens, f)}) ÷ ${tok(P16.batchTokens, f)} = ${c.perPhase.map((n) => steps(n, f)).join(' + ')} = ` +
    `${steps(c.decimal, f)} steps, against the report’s “${f.int(c.stated)} steps” (${f.percent(c.decimal / c.stated, { digits: 1 })} of it).`,
    `With power-of-two batches (4M = ${f.int(2 ** 22)}, 8M = ${f.int(2 ** 23)}, 16M = ${f.int(2 ** 24)} tokens, as Table 4 counts 16M) and the ` +
    `boundaries as printed, the count is lower: ${f.int(Math.round(c.binary))} steps.`,
    `The report gives no per-phase step counts, so neither count can be checked against it. On this count the run ends ` +
    `before the cosine’s last step, where the schedule gives ${lr(c.lrAtRunEnd, f)} rather than ${f.sci(S.final)}; the anneal then takes it to 0.`,
  ],

  assumption: (f) => `Assumed: the ${f.int(S.cosineSteps)} steps include the ${f.int(S.warmupSteps)} warm-up steps (the report does not ` +
    `say), so the cosine runs from step ${f.int(S.warmupSteps)} to ${f.int(S.cosineSteps)}. Steps come from the batch schedule with M = 10⁶.`,
  notesSummary: 'Notes: the long-context stage, the anneal, what is too narrow to see',
  notes: (r, f) => [
    en.compareNote(f),
    `The ${tok(P4.batchTokens, f)}-token phase lasts ${steps(r.check.perPhase[0]!, f)} steps (${tok(P8.fromTokens, f)} tokens) and the warm-up ` +
    `${f.int(S.warmupSteps)} steps (${tok(WARMUP_END_TOKENS, f)} tokens): both are too narrow to see here — scrub to them, or open the table.`,
    `Long context (§3.4.2): about ${tok(RUN.longContextTokens, f)} tokens, in ${f.int(r.stages)} stages from ${f.binaryShort(P8.seqLen)} to ` +
    `${f.binaryShort(LONG_CONTEXT_END)}. The report gives no stage lengths, so it is one span here. It says these stages come late in pre-training ` +
    '(self-attention cost grows quadratically with length) and that the final anneal runs at ' +
    `${f.binaryShort(LONG_CONTEXT_END)} context; the span is drawn ending where the anneal starts. Its exact position, whether its tokens are ` +
    `counted in the ${tok(RUN.totalTokens, f)}, and its batch size and learning rate are not given: the lines simply continue there.`,
    `Annealing (§3.4.3): over the final ${tok(RUN.annealTokens, f)} tokens (${steps(RUN.annealTokens / P16.batchTokens, f)} steps of ` +
    `${tok(P16.batchTokens, f)}) the learning rate falls linearly to 0, with very high-quality sources upsampled; the final pre-trained model is ` +
    'a Polyak average (an average of checkpoints).',
  ],

  dataSummary: 'Data: the schedule at its named points',
  dataLabel: 'The 405B schedule at its named points',
  markName: (id, f) => ({
    batch8M: `Batch ${tok(P4.batchTokens, f)} → ${tok(P8.batchTokens, f)}, sequences ${f.int(P4.seqLen)} → ${f.int(P8.seqLen)}`,
    warmupEnd: `End of warm-up (step ${f.int(S.warmupSteps)})`,
    batch16M: `Batch ${tok(P8.batchTokens, f)} → ${tok(P16.batchTokens, f)}`,
    cosineMid: `Cosine midpoint (step ${f.int(COSINE_MID_STEP)})`,
    longContext: 'Long-context span starts (as drawn)',
    anneal: 'Final anneal starts',
    end: 'End of the run',
  })[id],
  dataColumns: { point: 'Point', tokens: 'Tokens', step: 'Step', lr: 'Learning rate', batch: 'Batch', seq: 'Sequence length' },
  sources: (f) => 'Sources: report §3.4.1 (AdamW, warm-up, cosine, batch schedule), §3.4.2 (long context), §3.4.3 (annealing, Polyak averaging), ' +
    `§1 (the 405B’s ${tok(RUN.totalTokens, f)} tokens), Table 3 (peak learning rates), Table 4 (${tok(P16.batchTokens, f)} tokens per batch), §3.2.1 (the scaling-law runs). Step counts are ` +
    'derived here; the report gives none per phase.',
};

export default words(messages, 'en', en);
