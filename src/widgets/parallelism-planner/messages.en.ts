// parallelism-planner's English words (the interface, with what each key is for: messages.ts).
import { wholeNumberError } from '../../components/kit/messages.en';
import { MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type MemoryTerm, type ParallelismPlannerMessages } from './messages';
import type { FieldKey, FieldRefusal, LayoutDim, PlanOk } from './model';

const FIELD: Record<FieldKey, string> = {
  gpus: 'GPUs', tp: 'TP', cp: 'CP', pp: 'PP', dp: 'DP', seqLen: 'Sequence length', mbs: 'Batch size/DP',
  m: 'Micro-batches M', v: 'Interleave V', mfu: 'MFU',
};
const DIM: Record<LayoutDim, string> = { tp: 'TP', cp: 'CP', pp: 'PP', dp: 'DP' };
const OUTLINE: Record<LayoutDim, string> = { tp: 'solid outline', cp: 'dashed outline', pp: 'dotted outline', dp: 'double outline' };
const gb = (b: number, f: Format) => f.bytes(b, { units: 'decimal' });
const list = (items: string[]) => (items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const gpuList = (ranks: number[], f: Format) => list(ranks.map((r) => `GPU ${f.int(r)}`));

const fieldError = (e: FieldRefusal, f: Format): string => {
  if (e.field === 'mfu') {
    return e.failure === 'tooSmall' || e.failure === 'tooLarge' || e.failure === 'negative'
      ? 'MFU must be from 1% to 100%.' : 'MFU: type a percentage from 1 to 100, e.g. 43.';
  }
  return wholeNumberError(FIELD[e.field], e, f);
};

const memFormula = (term: MemoryTerm, r: PlanOk, f: Format): string => {
  const a = r.assumptions, m = r.memory, p = f.short(m.params);
  switch (term) {
    case 'weights': return `bf16: 2 B × ${p} parameters (whole: not resharded after forward)`;
    case 'gradients': return a.gradients === 'sharded'
      ? `fp32: 4 B × ${p} ÷ DP ${f.int(r.layout.dp)}`
      : `fp32: 4 B × ${p} (accumulated whole until the reduce-scatter)`;
    case 'optimizer': return `${f.int(a.optimizerBytes)} B × ${p} ÷ DP ${f.int(r.layout.dp)}`;
    case 'activations': return `${f.bytes(m.activationPerLayer, { units: 'decimal' })} per layer and micro-batch × ${f.int(m.layersInFlight)} in flight`;
  }
};

export const en: ParallelismPlannerMessages = {
  title: '4D parallelism planner: TP, CP, PP and DP on H100s',
  summary: 'Split a Llama 3 training job over GPUs the report’s way, [TP, CP, PP, DP], and see the memory of one GPU ' +
    'against 80 GB, the pipeline bubble, tokens per step, the rank layout and the time to train at a chosen MFU.',

  latinTerms: [],

  modelLabel: 'Model (Table 3 shape)',
  modelOption: (m, n, f) => `${MODELS[m].name} (${f.params(n)} parameters)`,
  presetsLegend: 'Table 4 rows (405B)',
  presetButton: (row, p, f) => `Row ${f.int(row)}: ${f.int(p.gpus)} GPUs, ${f.binaryShort(p.seqLen)}`,
  layoutLegend: 'Layout: TP × CP × PP × DP = GPUs (the sizes offered keep DP whole)',
  gpusField: 'GPUs',
  dimLabel: { tp: 'TP (tensor)', cp: 'CP (context)', pp: 'PP (pipeline)' },
  dpLabel: 'DP (data), the rest',
  dpValue: (dp, ok, f) => (ok ? f.int(dp) : `${f.int(dp)}: the product is not the GPU count`),
  batchLegend: 'Batch, schedule and speed',
  fieldLabel: { seqLen: 'Sequence length', mbs: 'Batch size/DP', m: 'Micro-batches M', v: 'Interleave V', mfu: 'MFU, %' },
  fieldError,

  impossible: 'This configuration cannot run as set.',
  issue: (i, f) => {
    switch (i.code) {
      case 'notWhole': return 'Every size must be a whole number of at least 1, and MFU from 1% to 100%.';
      case 'product': return `TP × CP × PP × DP = ${f.int(i.inner)} × ${f.int(i.dp)} = ${f.int(i.product)}, not ${f.int(i.gpus)} GPUs` +
        (i.fixDp === null ? `: ${f.int(i.inner)} does not divide ${f.int(i.gpus)}.` :
          `, and tokens per step would be ${f.int(i.tokensNow)}. DP = ${f.int(i.fixDp)} gives ${f.int(i.gpus)} GPUs and ${f.int(i.tokensFixed)} tokens per step.`) +
        (i.printedRows.length > 0 ? ` Table 4 row ${i.printedRows.map((x) => f.int(x)).join(', ')} is printed this way (its printed tokens per batch are 16M): DP = ${f.int(i.fixDp)} fixes both numbers.` : '');
      case 'tpHeads': return `TP = ${f.int(i.tp)} must divide the ${f.int(i.heads)} query heads, the ${f.int(i.kvHeads)} K/V heads and d_ff = ${f.int(i.ffnDim)}.`;
      case 'ppLayers': return `PP × V = ${f.int(i.chunks)} pipeline chunks, more than the ${f.int(i.layers)} layers.`;
      case 'microBatch': return `M = ${f.int(i.m)} must divide the ${f.int(i.mbs)} sequences per DP group (each micro-batch holds whole sequences).`;
      case 'cpChunks': return `The ${f.int(i.seqLen)}-token sequence must split into 2 × CP = ${f.int(i.step)} equal chunks.`;
      case 'interleaveM': return `Fewer micro-batches than pipeline ranks (M = ${f.int(i.m)} < PP = ${f.int(i.pp)}) with V > 1: the usual interleaved schedule does not allow it; the report’s modified schedule does, so the numbers are shown.`;
    }
  },
  fixDp: (dp, f) => `Use DP = ${f.int(dp)}`,
  impossibleAnnounced: (issues) => `Cannot run: ${issues.join(' ')}`,
  dpAdjusted: (fix, f) => (fix === null
    ? 'tp × cp × pp × dp must equal gpus; the widget shows why'
    : `tp × cp × pp × dp must equal gpus; the widget shows why and offers dp = ${f.int(fix)}`),

  resultLine: (r, f) => `${MODELS[r.model].size} on ${f.int(r.gpus)} GPUs: ${gb(r.memory.total, f)} per GPU of 80 GB ` +
    `(${r.fits ? 'fits' : 'does not fit'}), bubble ${f.percent(r.bubble)}, ${f.int(r.tokensPerStep)} tokens per step, ` +
    `${f.decimal(r.run.days, { digits: 1 })} days at MFU ${f.percent(r.mfu)}.`,
  rowsMatch: (rows, f) => (rows.length === 0 ? '' : `Table 4 row ${rows.map((x) => f.int(x)).join(', ')} as printed.`),

  memHeading: 'Memory of one GPU',
  memTotal: (r, f) => `${gb(r.memory.total, f)} of 80 GB (${f.percent(r.memoryShare)}): ${r.fits ? 'fits' : 'does not fit'}`,
  memTerm: { weights: 'Weights', gradients: 'Gradients', optimizer: 'Optimizer states', activations: 'Activations' },
  memFormula,
  memTotalRow: 'Total',
  memCapacityRow: 'H100, nominal',
  memDescribe: (m, cap, f) => `Stacked bar: weights ${gb(m.weights, f)}, gradients ${gb(m.gradients, f)}, optimizer ` +
    `${gb(m.optimizer, f)}, activations ${gb(m.activations, f)}; total ${gb(m.total, f)} against ${gb(cap, f)}.`,
  capacityLabel: (b, f) => `${gb(b, f)}`,
  memScope: 'Shown: a GPU of the first pipeline rank (embedding, most micro-batches in flight), no recomputation. ' +
    'Not counted: communication buffers, CP’s all-gathered K/V, logits, the CUDA context, fragmentation.',
  assumptionsLegend: 'Assumptions the report does not state',
  optLegend: 'Optimizer bytes/parameter',
  optOption: { '12': '12: fp32 m, v, master', '8': '8: m, v, no master' },
  gradsLegend: 'Gradients',
  gradsOption: { sharded: 'Sharded over DP', accumulated: 'Accumulated whole' },
  ffnLegend: 'SwiGLU tensors saved',
  ffnOption: { '2': '2 × d_ff (fused)', '4': '4 × d_ff' },
  memTableLabel: 'Memory of one GPU, by term',

  stepHeading: 'Pipeline and step',
  stepRows: (r, f) => [
    ['Bubble (PP − 1)/(V·M)', `(${f.int(r.layout.pp)} − 1)/(${f.int(r.v)} × ${f.int(r.m)}) = ${f.percent(r.bubble)}`],
    ['Tokens per step', f.int(r.tokensPerStep)],
    ['Sequences per micro-batch', f.decimal(r.microBatchSequences, { digits: 2, trim: true })],
    ['Tokens per second (whole job)', f.short(r.run.tokensPerSecond, { digits: 3 })],
    ['Time per step', f.duration(r.stepSeconds)],
  ],

  trainHeading: 'Time to train',
  attnToggle: 'Count attention FLOPs (12·L·H·Q·T, PaLM)',
  trainRows: (r, f) => {
    const rows: [string, string][] = [
      ['FLOPs per token', `${f.sci(r.flopsPerToken, { digits: 3 })}${r.flopsPerToken === 6 * r.params ? ' = 6N' : ' = 6N + attention'}`],
      ['Training tokens', r.tokensAbout ? `${f.short(r.tokens, { digits: 2 })} (the report’s “about 15T”)` : `${f.short(r.tokens, { digits: 3 })} (report §1)`],
      ['Training FLOPs', f.sci(r.run.flops, { digits: 4 }) + (r.ref405 ? ` (report: ${f.sci(r.ref405.flops, { digits: 2 })})` : '')],
      ['Days', f.decimal(r.run.days, { digits: 1 })],
      ['GPU-hours', f.short(r.run.gpuHours, { digits: 3 }) + (r.ref405 ? ` (model card: ${f.short(r.ref405.gpuHours, { digits: 4 })})` : '')],
    ];
    return rows;
  },
  peakNote: 'FLOPs ÷ (GPUs × 989.5 TFLOP/s × MFU), with NVIDIA’s dense BF16 peak for the H100 SXM: the report does not ' +
    'say which peak its MFU uses. Its 3.8 × 10²⁵ FLOPs and the card’s 30.84M GPU-hours are the 405B’s only.',
  layoutHeading: 'Rank layout [TP, CP, PP, DP]',
  strides: (r, f) => `Consecutive ranks differ in TP first: stride TP 1, CP ${f.int(r.strides.cp)}, PP ${f.int(r.strides.pp)}, ` +
    `DP ${f.int(r.strides.dp)}.`,
  gridHelp: 'Choose a GPU (arrow keys move): its four groups are outlined and marked T, C, P, D.',
  gridLabel: 'GPUs by rank',
  gpuName: (k, c, f) => `GPU ${f.int(k)}, TP ${f.int(c.tp)}, CP ${f.int(c.cp)}, PP ${f.int(c.pp)}, DP ${f.int(c.dp)}`,
  groupMark: { tp: 'T', cp: 'C', pp: 'P', dp: 'D' },
  groupLine: (dim, k, members, f) => `${DIM[dim]} group (${OUTLINE[dim]}, ${DIM[dim][0]}): ${members.length === 1 ? `GPU ${f.int(k)} alone` : gpuList(members, f)}`,
  groupSummary: (dim, g, f) => `GPU 0’s ${DIM[dim]} group: ` +
    (g.second === null ? 'GPU 0 alone' : g.size === 2 ? `GPU ${f.int(g.first)} and ${f.int(g.second)}`
      : `${f.int(g.size)} GPUs, ranks ${f.int(g.first)}, ${f.int(g.second)}, …, ${f.int(g.last)} (stride ${f.int(g.stride)})`),
  fig5Note: 'Figure 5’s 16 GPUs (all sizes 2): GPU 0 and 1 share a TP group, 0 and 2 a CP group, 0 and 4 a PP group, 0 and 8 a DP group.',

  notesSummary: 'Notes: what is assumed',
  notes: [
    '80 GB is the H100’s nominal memory, not what a program can allocate (the CUDA context and the framework take a share).',
    'The report’s 3.8 × 10²⁵ FLOPs over the model card’s 30.84M GPU-hours is about 342 TFLOP/s per GPU on average, below Table 4’s 380–430 while running.',
    'Weights: FSDP shards optimizer states and gradients but does not reshard the weights after the forward pass (report §3.3.2), so a GPU holds its TP·PP share whole.',
    'Activations: bf16 tensors a Llama block keeps for backward (norms, Q, K, V, FlashAttention’s output, the SwiGLU tensors) split by TP with sequence parallelism and by CP; 1F1B holds min(PP, M) micro-batches on the first rank, the interleaved schedule more. The report trains at 8K “without activation checkpointing”.',
    'M and V of the 405B are not stated in the report; the presets use one sequence per micro-batch and V = 1.',
    'The embedding sits on the first pipeline rank and the output layer on the last; the report balances them by giving those ranks fewer layers, which this count does not.',
  ],
  sources: 'Sources: report §3.3.2 and Table 4; shapes Table 3; H100 80 GB and 989.5 TFLOP/s dense BF16: NVIDIA datasheet; 30.84M GPU-hours: Llama 3.1 model card.',
};

export default words(messages, 'en', en);
