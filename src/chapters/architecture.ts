// The numbers the architecture chapter prints, computed once for both languages (content/chapters/en/02-architecture.mdx
// and content/chapters/zh/02-architecture.mdx). Pure: shapes from src/data/models.ts, Llama math from src/lib/llama,
// component shares from the param-counter widget's model, and every number formatted by the Format the chapter passes
// (formatFor('en') or formatFor('zh')). No words of either language: the chapters label the rows of the tables.
import {
  CONTEXT_LLAMA2, CONTEXT_LLAMA3, CONTEXT_LLAMA31, LLAMA2_VOCAB, LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS, LLAMA3_VOCAB_ROWS,
  MODELS, RMS_NORM_EPS_LLAMA3, ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3, type ModelConfig,
} from '../data/models';
import { COMPUTE_405B_FLOPS, TOKENS_405B } from '../data/facts';
import type { Format } from '../lib/format';
import { LLAMA3_MODEL_IDS, forwardFlopsPerToken, headDim, parameterCount, trainingFlops } from '../lib/llama';
import { groupShares } from '../widgets/param-counter/model';

/** The three Llama 3 sizes, in the order of the tables' columns (8B, 70B, 405B). */
const SIZES: readonly ModelConfig[] = LLAMA3_MODEL_IDS.map((id) => MODELS[id]);
const SHARES = SIZES.map((m) => groupShares(m));
const s8 = groupShares(MODELS['llama3-8b']);
const s405 = groupShares(MODELS['llama3-405b']);
const n8 = parameterCount(MODELS['llama3-8b']);
/** Llama 3 8B as if it had multi-head attention: as many key/value heads as query heads. */
const n8mha = parameterCount({ ...MODELS['llama3-8b'], kvHeads: MODELS['llama3-8b'].heads });
const n70 = parameterCount(MODELS['llama3-70b']);
const n405 = parameterCount(MODELS['llama3-405b']);
const f8 = forwardFlopsPerToken(MODELS['llama3-8b'], { contextTokens: CONTEXT_LLAMA3 });
const f405 = forwardFlopsPerToken(MODELS['llama3-405b'], { contextTokens: CONTEXT_LLAMA3 });
const f405long = forwardFlopsPerToken(MODELS['llama3-405b'], { contextTokens: CONTEXT_LLAMA31 });
/** 6·N·D for the 405B, against the report's figure. */
const c405 = trainingFlops(n405, TOKENS_405B.value);
const reported405 = BigInt(COMPUTE_405B_FLOPS.value);
const gap405 = c405 > reported405 ? c405 - reported405 : reported405 - c405;
/** Parameters the two vocabulary matrices of the 8B hold beyond Llama 2's 32,000 rows. */
const vocabExtra8 = 2n * BigInt(LLAMA3_VOCAB_ROWS - LLAMA2_VOCAB) * BigInt(MODELS['llama3-8b'].dim);

/** Everything the architecture chapter prints, formatted with `f`. */
export function architectureNumbers(f: Format) {
  const pct = (a: bigint, b: bigint) => f.percent(Number(a) / Number(b));
  const cells = (cell: (m: ModelConfig) => string) => SIZES.map(cell);
  return {
    /** Column heads of the per-size tables: a model's size as its name writes it ("8B", "70B", "405B"). */
    sizes: SIZES.map((m) => m.name.replace(/^Llama [\d.]+ /, '')),
    /** Rows of the shapes table (report Table 3), one cell per size. */
    table3: {
      layers: cells((m) => f.int(m.layers)),
      dim: cells((m) => f.int(m.dim)),
      ffnDim: cells((m) => f.int(m.ffnDim)),
      heads: cells((m) => f.int(m.heads)),
      kvHeads: cells((m) => f.int(m.kvHeads)),
      headDim: cells((m) => f.int(headDim(m))),
      vocab: cells((m) => f.int(m.vocab)),
      ropeTheta: cells((m) => f.int(m.ropeTheta)),
      params: cells((m) => f.params(parameterCount(m))),
    },
    /** Rows of the parameter-share table, one cell per size. */
    shares: {
      ffn: SHARES.map((s) => f.percent(s.ffn.share)),
      attention: SHARES.map((s) => f.percent(s.attention.share)),
      vocab: SHARES.map((s) => f.percent(s.vocab.share)),
      norms: SHARES.map((s) => f.percent(s.norms.share)),
    },
    ffnShare8: f.percent(s8.ffn.share),
    ffnShare405: f.percent(s405.ffn.share),
    vocabShare8: f.percent(s8.vocab.share),
    vocabShare405: f.percent(s405.vocab.share),

    /** Vocabulary, RoPE, RMSNorm and context. */
    bpeTokens: f.int(LLAMA3_BPE_TOKENS),
    specialTokens: f.int(LLAMA3_SPECIAL_TOKENS),
    vocabRows: f.int(LLAMA3_VOCAB_ROWS),
    vocabLlama2: f.int(LLAMA2_VOCAB),
    thetaLlama3: f.int(ROPE_THETA_LLAMA3),
    thetaLlama2: f.int(ROPE_THETA_LLAMA2),
    rmsEps: f.sci(RMS_NORM_EPS_LLAMA3),
    contextLlama3: f.int(CONTEXT_LLAMA3),
    contextLlama31: f.int(CONTEXT_LLAMA31),
    contextLlama2: f.int(CONTEXT_LLAMA2),

    /** Shapes quoted in the prose. */
    ffnDim8: f.int(MODELS['llama3-8b'].ffnDim),
    ffnDim70: f.int(MODELS['llama3-70b'].ffnDim),
    ffnDim405: f.int(MODELS['llama3-405b'].ffnDim),
    heads8: f.int(MODELS['llama3-8b'].heads),
    kvHeads8: f.int(MODELS['llama3-8b'].kvHeads),
    heads7: f.int(MODELS['llama2-7b'].heads),
    kvHeads7: f.int(MODELS['llama2-7b'].kvHeads),

    /** Exact parameter counts; the 8B with multi-head attention; what GQA saves and the larger vocabulary costs there. */
    params8: f.int(n8),
    params70: f.int(n70),
    params405: f.int(n405),
    params8mha: f.int(n8mha),
    gqaSaving8: f.short(Number(n8mha - n8)),
    vocabExtra8: f.short(Number(vocabExtra8)),

    /** Forward FLOPs per token (2N + 2LTd) at 8,192 tokens, and the attention term's share; 405B also at 131,072. */
    flops8: f.sci(Number(f8.total), { digits: 3 }),
    attnShare8: pct(f8.attention, f8.total),
    flops405: f.sci(Number(f405.total), { digits: 3 }),
    attnShare405: pct(f405.attention, f405.total),
    attnShare405long: pct(f405long.attention, f405long.total),

    /** Training compute of the 405B: 6·N·D, the report's figure, their gap, and what the attention term would add. */
    tokens405: f.short(TOKENS_405B.value),
    computed405: f.sci(Number(c405), { digits: 5 }),
    compute405: f.sci(COMPUTE_405B_FLOPS.value),
    computeGap405: pct(gap405, reported405),
    attnAdds405: pct(f405.attention, 2n * n405),
  };
}

export type ArchitectureNumbers = ReturnType<typeof architectureNumbers>;
