// Facts from the Llama 3 report and the Llama 2 paper that prose and widgets show, each with its source.
// Every value here appears in shared/reference/llama3-facts.md; `cite` is what the page shows beside it.

export interface Fact<T = number> {
  value: T;
  /** Where a reader can check it: section, table or file. */
  cite: string;
}

/** Parameters of the flagship, as the paper names it ([P] §1). */
export const FLAGSHIP_PARAMS: Fact = { value: 405e9, cite: 'Report §1' };
/** Pre-training tokens of the 405B model ([P] §1). */
export const TOKENS_405B: Fact = { value: 15.6e12, cite: 'Report §1' };
/** "About 15T multilingual tokens", all sizes ([P] §1; model cards say "15T+"). */
export const TOKENS_LLAMA3_ABOUT: Fact = { value: 15e12, cite: 'Report §1' };
/** Llama 2's corpus as the Llama 3 report states it ([P] §1). */
export const TOKENS_LLAMA2_PER_LLAMA3_REPORT: Fact = { value: 1.8e12, cite: 'Report §1' };
/** Llama 2's corpus as its own paper states it ([L2P] Table 1). */
export const TOKENS_LLAMA2_PER_LLAMA2_PAPER: Fact = { value: 2.0e12, cite: 'Llama 2 paper, Table 1' };
/** Pre-training compute of 405B, FLOPs ([P] §1). */
export const COMPUTE_405B_FLOPS: Fact = { value: 3.8e25, cite: 'Report §1' };
/** "Almost 50× more than the largest version of Llama 2" ([P] §1). */
export const COMPUTE_RATIO_VS_LLAMA2: Fact = { value: 50, cite: 'Report §1' };

/** Pre-training data mix ([P] §3.1.2), percent of tokens. */
export const DATA_MIX: Fact<{ label: string; percent: number }[]> = {
  value: [
    { label: 'General knowledge', percent: 50 },
    { label: 'Mathematics and reasoning', percent: 25 },
    { label: 'Code', percent: 17 },
    { label: 'Multilingual', percent: 8 },
  ],
  cite: 'Report §3.1.2',
};

/** Tokenizer compression on the paper's English sample, characters per token ([P] §3.2). */
export const CHARS_PER_TOKEN_LLAMA2: Fact = { value: 3.17, cite: 'Report §3.2' };
export const CHARS_PER_TOKEN_LLAMA3: Fact = { value: 3.94, cite: 'Report §3.2' };
/** 100K tiktoken tokens + 28K extra non-English tokens ([P] §3.2). */
export const VOCAB_FROM_TIKTOKEN: Fact = { value: 100_000, cite: 'Report §3.2' };
export const VOCAB_EXTRA_NON_ENGLISH: Fact = { value: 28_000, cite: 'Report §3.2' };

/** Long-context extension: six stages, about 800B tokens ([P] §3.4.2). */
export const LONG_CONTEXT_STAGES: Fact = { value: 6, cite: 'Report §3.4.2' };
export const LONG_CONTEXT_TOKENS: Fact = { value: 800e9, cite: 'Report §3.4.2' };
/** Post-training: six rounds of SFT → DPO with rejection sampling ([P] §4.1.6). */
export const POST_TRAINING_ROUNDS: Fact = { value: 6, cite: 'Report §4.1.6' };
/** DPO hyperparameters ([P] §4.1.4). */
export const DPO_BETA: Fact = { value: 0.1, cite: 'Report §4.1.4' };
export const DPO_LEARNING_RATE: Fact = { value: 1e-5, cite: 'Report §4.1.4' };
export const DPO_NLL_COEFFICIENT: Fact = { value: 0.2, cite: 'Report §4.1.4' };
/** Rejection sampling draws K outputs, "typically between 10 and 30" ([P] §4.2.2). */
export const REJECTION_SAMPLES_MIN: Fact = { value: 10, cite: 'Report §4.2.2' };
export const REJECTION_SAMPLES_MAX: Fact = { value: 30, cite: 'Report §4.2.2' };

/** Vision encoder: ViT-H/14, 630M parameters ([P] §7). */
export const VISION_ENCODER_PARAMS: Fact = { value: 630e6, cite: 'Report §7' };
/** Cross-attention adapter adds ≈100B parameters to 405B ([P] §7). */
export const VISION_ADAPTER_PARAMS_405B: Fact = { value: 100e9, cite: 'Report §7' };

/** Post-training recipes, in words. */
export const POST_TRAINING_LLAMA2: Fact<string> = {
  value: 'SFT, then RLHF: rejection sampling and PPO',
  cite: 'Llama 2 paper §3.2.3',
};
export const POST_TRAINING_LLAMA3: Fact<string> = {
  value: 'Six rounds of SFT, rejection sampling and DPO',
  cite: 'Report §4.1',
};
