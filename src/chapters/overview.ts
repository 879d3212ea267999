// The numbers the overview chapter prints, computed once for both languages (content/chapters/en/01-overview.mdx and
// content/chapters/zh/01-overview.mdx). Pure: facts from src/data, Llama math from src/lib/llama, and every number
// formatted by the Format the chapter passes (formatFor('en') or formatFor('zh')). No words of either language here:
// a chapter that needs a number in a form its language writes differently takes the raw value (`raw`).
import {
  CONTEXT_LLAMA3, CONTEXT_LLAMA31, LLAMA2_VOCAB, LLAMA3_BPE_TOKENS, LLAMA3_SPECIAL_TOKENS, LLAMA3_VOCAB_ROWS, MODELS,
  ROPE_THETA_LLAMA2, ROPE_THETA_LLAMA3,
} from '../data/models';
import {
  CHARS_PER_TOKEN_LLAMA2, CHARS_PER_TOKEN_LLAMA3, COMPUTE_405B_FLOPS, DATA_MIX, LONG_CONTEXT_STAGES, LONG_CONTEXT_TOKENS,
  POST_TRAINING_ROUNDS, TOKENS_405B, TOKENS_LLAMA2_PER_LLAMA2_PAPER, TOKENS_LLAMA2_PER_LLAMA3_REPORT, TOKENS_LLAMA3_ABOUT,
} from '../data/facts';
import type { Format } from '../lib/format';
import { parameterCount, trainingFlops } from '../lib/llama';

const n405 = parameterCount(MODELS['llama3-405b']);
const n8 = parameterCount(MODELS['llama3-8b']);
const n7 = parameterCount(MODELS['llama2-7b']);
/** Llama 3 8B as if it had multi-head attention: as many key/value heads as query heads. */
const n8mha = parameterCount({ ...MODELS['llama3-8b'], kvHeads: MODELS['llama3-8b'].heads });

/** Labels of the pre-training data mix as src/data/facts.ts names them (§3.1.2): the chapters word each category. */
export type DataMixLabel = 'General knowledge' | 'Mathematics and reasoning' | 'Code' | 'Multilingual';

/** Everything the overview prints, formatted with `f`. */
export function overviewNumbers(f: Format) {
  const tokenRatio = (llama2: number) => f.decimal(TOKENS_LLAMA3_ABOUT.value / llama2, { digits: 1 });
  const mixPercent = (percent: number) => f.percent(percent / 100, { digits: 0 });
  return {
    /** Context windows: the April 2024 Llama 3 (8,192) and Llama 3.1 (131,072). */
    contextLlama3: f.int(CONTEXT_LLAMA3),
    contextLlama31: f.int(CONTEXT_LLAMA31),

    /** Pre-training tokens: "about 15T" for the family, 15.6T for the 405B, and Llama 2's two figures. */
    tokensAbout: f.short(TOKENS_LLAMA3_ABOUT.value, { digits: 2 }),
    tokens405: f.short(TOKENS_405B.value),
    tokensLlama2Paper: f.short(TOKENS_LLAMA2_PER_LLAMA2_PAPER.value, { digits: 2 }),
    tokensLlama2Report: f.short(TOKENS_LLAMA2_PER_LLAMA3_REPORT.value, { digits: 2 }),
    /** How many times Llama 2's tokens, by the Llama 2 paper's figure and by the report's. */
    tokenRatioPaper: tokenRatio(TOKENS_LLAMA2_PER_LLAMA2_PAPER.value),
    tokenRatioReport: tokenRatio(TOKENS_LLAMA2_PER_LLAMA3_REPORT.value),

    /** Pre-training compute of the 405B as the report states it, and 6·N·D from the exact count. */
    compute405: f.sci(COMPUTE_405B_FLOPS.value),
    params405: f.int(n405),
    computed405: f.sci(Number(trainingFlops(n405, TOKENS_405B.value)), { digits: 4 }),
    tokensPerParam405: f.int(TOKENS_405B.value / Number(n405)),

    /** The final pre-training data mix (§3.1.2), in the order of src/data/facts.ts. */
    dataMix: DATA_MIX.value.map((d) => ({ label: d.label as DataMixLabel, percent: mixPercent(d.percent) })),
    /** One category's share of the mix; throws at build time if facts.ts no longer has that category. */
    mix(label: DataMixLabel): string {
      const d = DATA_MIX.value.find((x) => x.label === label);
      if (!d) throw new Error(`overviewNumbers: no data mix category "${label}" in src/data/facts.ts`);
      return mixPercent(d.percent);
    },

    /** Tokenizer and vocabulary. */
    bpeTokens: f.int(LLAMA3_BPE_TOKENS),
    specialTokens: f.int(LLAMA3_SPECIAL_TOKENS),
    vocabRows: f.int(LLAMA3_VOCAB_ROWS),
    vocabLlama2: f.int(LLAMA2_VOCAB),
    charsPerTokenLlama2: String(CHARS_PER_TOKEN_LLAMA2.value),
    charsPerTokenLlama3: String(CHARS_PER_TOKEN_LLAMA3.value),

    /** RoPE bases. */
    thetaLlama2: f.int(ROPE_THETA_LLAMA2),
    thetaLlama3: f.int(ROPE_THETA_LLAMA3),

    /** Long-context extension of the 405B (§3.4.2) and the post-training rounds (§4.1.6). */
    longContextStages: f.int(LONG_CONTEXT_STAGES.value),
    longContextTokens: f.short(LONG_CONTEXT_TOKENS.value),
    postTrainingRounds: f.int(POST_TRAINING_ROUNDS.value),

    /** Llama 3 8B against Llama 2 7B: FFN widths; the parameter differences are `raw` (each language rounds them). */
    ffnLlama3_8b: f.int(MODELS['llama3-8b'].ffnDim),
    ffnLlama2_7b: f.int(MODELS['llama2-7b'].ffnDim),
    /** Parameters Llama 3 8B has beyond Llama 2 7B, and what grouped-query attention saves in it. */
    extraOver7b: f.params(n8 - n7),
    gqaSaving8b: f.params(n8mha - n8),

    /** Raw values, for a chapter that prints them in a form of its own. */
    raw: {
      /** Parameters Llama 3 8B has beyond Llama 2 7B. */
      extraOver7b: n8 - n7,
      /** Parameters grouped-query attention saves in Llama 3 8B (multi-head minus grouped-query). */
      gqaSaving8b: n8mha - n8,
    },
  };
}

export type OverviewNumbers = ReturnType<typeof overviewNumbers>;
