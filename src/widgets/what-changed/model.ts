// Llama 2 → Llama 3 per size: report §1 (tokens, compute), §3.2 and Table 3 (vocabulary, GQA, θ, context), §4 (post-training).
// Pure: every number comes from src/data or is computed here from it (6·N·D estimates are labelled as such).
// The Llama 3 side is the Llama 3.1 release the report's results are for; where the April 2024 Llama 3 release
// differs (its 8,192-token window), the row shows both.
import { COMPUTE_405B_FLOPS, POST_TRAINING_LLAMA2, POST_TRAINING_LLAMA3 } from '../../data/facts';
import { LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS, MODELS, type ModelConfig } from '../../data/models';
import { formatInt, formatParams, formatRatio, formatSci } from '../../lib/format';
import { LLAMA2_PEER_OF, LLAMA3_OF, parameterCount, trainingFlops, type Llama3Size } from '../../lib/llama';

/** One side of a row. `value` drives the bar; `text` is what is printed. */
export interface Cell {
  value: number | null;
  text: string;
  /** Short qualifier printed under the value ("6ND estimate", "pre-trained at 8,192"). */
  note?: string;
  /** Where the value comes from (report references in it become links). */
  cite: string;
}

export type RowId = 'params' | 'tokens' | 'compute' | 'vocab' | 'context' | 'theta' | 'kvHeads' | 'postTraining';

export interface Row {
  id: RowId;
  label: string;
  /** Chapter slug that explains this row. */
  chapter: string;
  llama2: Cell;
  llama3: Cell;
  /** How bars compare the two values: log where they differ by orders of magnitude. */
  scale: 'log' | 'linear' | 'none';
  /** llama3 / llama2, or null when not numeric. */
  ratio: number | null;
}

const COMPUTED_6ND = 'Computed: 6 × parameters × tokens';

function tokensCell(m: ModelConfig): Cell {
  const t = m.trainingTokens;
  return { value: t.value, text: t.text, ...(t.note ? { note: t.note } : {}), cite: t.cite };
}

function contextCell(m: ModelConfig): Cell {
  const base = { value: m.contextTokens, text: formatInt(m.contextTokens) };
  if (m.family !== 'llama3') return { ...base, cite: m.contextCite };
  const standard = `standard pre-training at ${formatInt(m.pretrainContextTokens)}, then extended (Report §3.4)`;
  return m.earlier
    ? {
      ...base,
      note: `${m.name}; ${m.earlier.name} (${m.earlier.date}): ${formatInt(m.earlier.contextTokens)}`,
      cite: `${m.contextCite}; ${m.earlier.contextCite}`,
    }
    : { ...base, note: `${m.name} only; ${standard}`, cite: m.contextCite };
}

export function compareRows(size: Llama3Size): Row[] {
  const { llama2: l2, llama3: l3 } = modelsFor(size);
  const n2 = Number(parameterCount(l2));
  const n3 = Number(parameterCount(l3));
  const tokens2 = l2.trainingTokens.value;
  const tokens3 = l3.trainingTokens.value;
  // 6·N·D on each model's documented token count (src/data/models.ts); the report states the 405B's own figure.
  const flops2 = Number(trainingFlops(parameterCount(l2), tokens2));
  const flops3 = size === '405b' ? COMPUTE_405B_FLOPS.value : Number(trainingFlops(parameterCount(l3), tokens3));

  const rows: Row[] = [
    {
      id: 'params', label: 'Parameters', chapter: 'architecture', scale: 'log',
      llama2: { value: n2, text: formatParams(n2), note: `${formatInt(n2)} exactly`, cite: 'Computed from its config (Meta llama code)' },
      llama3: { value: n3, text: formatParams(n3), note: `${formatInt(n3)} exactly`, cite: 'Computed from the shapes in Report Table 3' },
      ratio: n3 / n2,
    },
    {
      id: 'tokens', label: 'Pre-training tokens', chapter: 'pretraining', scale: 'log',
      llama2: tokensCell(l2),
      llama3: tokensCell(l3),
      ratio: tokens3 / tokens2,
    },
    {
      id: 'compute', label: 'Training compute (FLOPs)', chapter: 'pretraining', scale: 'log',
      llama2: { value: flops2, text: `≈${formatSci(flops2)}`, note: '6·N·D estimate', cite: COMPUTED_6ND },
      llama3: size === '405b'
        ? { value: flops3, text: formatSci(flops3), note: 'stated in the report', cite: COMPUTE_405B_FLOPS.cite }
        : { value: flops3, text: `≈${formatSci(flops3)}`, note: '6·N·D estimate', cite: COMPUTED_6ND },
      ratio: flops3 / flops2,
    },
    {
      id: 'vocab', label: 'Vocabulary', chapter: 'tokenizer', scale: 'log',
      llama2: { value: l2.vocab, text: formatInt(l2.vocab), note: 'SentencePiece BPE', cite: 'Meta llama code (tokenizer.model)' },
      llama3: {
        value: l3.vocab, text: formatInt(l3.vocab),
        note: `${formatInt(LLAMA3_BPE_TOKENS)} BPE + ${LLAMA3_SPECIAL_TOKENS} special (tiktoken)`,
        cite: 'Report §3.2, Table 3 (128,000); Meta llama-models code (256 special tokens)',
      },
      ratio: l3.vocab / l2.vocab,
    },
    {
      id: 'context', label: 'Context window (tokens)', chapter: 'long-context', scale: 'log',
      llama2: contextCell(l2),
      llama3: contextCell(l3),
      ratio: l3.contextTokens / l2.contextTokens,
    },
    {
      id: 'theta', label: 'RoPE base Θ', chapter: 'rope', scale: 'log',
      llama2: { value: l2.ropeTheta, text: formatInt(l2.ropeTheta), cite: 'Meta llama code (precompute_freqs_cis default)' },
      llama3: { value: l3.ropeTheta, text: formatInt(l3.ropeTheta), cite: 'Report §3.2, Table 3' },
      ratio: l3.ropeTheta / l2.ropeTheta,
    },
    {
      id: 'kvHeads', label: 'Key/value heads', chapter: 'gqa', scale: 'linear',
      llama2: {
        value: l2.kvHeads, text: `${l2.kvHeads} of ${l2.heads}`,
        note: l2.kvHeads === l2.heads ? 'multi-head attention' : 'grouped-query attention', cite: 'Llama 2 paper, Table 1',
      },
      llama3: { value: l3.kvHeads, text: `${l3.kvHeads} of ${l3.heads}`, note: 'grouped-query attention', cite: 'Report §3.2, Table 3' },
      ratio: l3.kvHeads / l2.kvHeads,
    },
    {
      id: 'postTraining', label: 'Post-training', chapter: 'dpo-vs-ppo', scale: 'none',
      llama2: { value: null, text: POST_TRAINING_LLAMA2.value, cite: POST_TRAINING_LLAMA2.cite },
      llama3: { value: null, text: POST_TRAINING_LLAMA3.value, cite: POST_TRAINING_LLAMA3.cite },
      ratio: null,
    },
  ];
  return rows;
}

/** The Llama 2 and Llama 3 models a size compares (src/lib/llama/sizes.ts). */
export function modelsFor(size: Llama3Size): { llama2: ModelConfig; llama3: ModelConfig } {
  return { llama2: MODELS[LLAMA2_PEER_OF[size]], llama3: MODELS[LLAMA3_OF[size]] };
}

/** Bar geometry for one row on a 0…1 axis: log rows span whole decades around both values. */
export function barExtent(row: Row): { domain: [number, number]; ticks: number[] } | null {
  const a = row.llama2.value, b = row.llama3.value;
  if (row.scale === 'none' || a === null || b === null || a <= 0 || b <= 0) return null;
  if (row.scale === 'linear') {
    const max = Math.max(a, b);
    return { domain: [0, max], ticks: [0, max] };
  }
  const lo = Math.floor(Math.log10(Math.min(a, b))) - 1;
  const hi = Math.ceil(Math.log10(Math.max(a, b) * 1.0001));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(10 ** e);
  return { domain: [10 ** lo, 10 ** hi], ticks };
}

/** The sentence a screen reader hears for the current comparison. */
export function describe(size: Llama3Size): string {
  const { llama2, llama3 } = modelsFor(size);
  const rows = compareRows(size);
  // The context row also says which release each window belongs to.
  const side = (r: Row, c: Cell) => (r.id === 'context' && c.note ? `${c.text} (${c.note})` : c.text);
  const parts = rows.map((r) =>
    r.ratio === null
      ? `${r.label}: ${side(r, r.llama2)} versus ${side(r, r.llama3)}`
      : `${r.label}: ${side(r, r.llama2)} versus ${side(r, r.llama3)} (${formatRatio(r.ratio)})`,
  );
  return `${llama2.name} compared with ${llama3.name}. ${parts.join('. ')}.`;
}
