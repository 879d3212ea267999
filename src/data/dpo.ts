// Facts the DPO chapter (content/chapters/<lang>/10-dpo-vs-ppo.mdx) and its widgets show beside Llama 3's own DPO
// settings (those live in src/data/postTraining.ts): Llama 2's PPO, DeepSeekMath's GRPO, the dates that place GRPO
// after DPO and before the Llama 3 report, and the report's words on why it chose DPO. Each with its source
// (shared/reference/llama3-facts.md §E; the report text of §4.1.4). Derived values are not stored here:
// src/chapters/dpoVsPpo.ts computes them and its test pins them.
import type { Fact } from './facts';
import { GPUS } from './gpus';

// ——— Llama 3's choice, [P] §4.1.4 (verbatim) ———

/** Why Llama 3 uses DPO and not PPO: the report's sentence, quoted exactly (§4.1.4). */
export const LLAMA3_PPO_SENTENCE: Fact<string> = {
  value: 'We also explored on-policy algorithms such as PPO (Schulman et al., 2017), but found that DPO required less compute for large-scale models and performed better, especially on instruction following benchmarks like IFEval (Zhou et al., 2023).',
  cite: 'Report §4.1.4',
};
/** The part of that sentence the chapter quotes. */
export const LLAMA3_PPO_REASON: Fact<string> = {
  value: 'DPO required less compute for large-scale models and performed better, especially on instruction following benchmarks like IFEval',
  cite: 'Report §4.1.4',
};
/** The masking bullet's reason, verbatim. */
export const LLAMA3_MASK_REASON: Fact<string> = {
  value: 'the presence of common tokens in both chosen and rejected responses leads to a conflicting learning objective as the model needs to increase and reduce the likelihood of these tokens simultaneously',
  cite: 'Report §4.1.4',
};
/** What the masking prevents, verbatim. */
export const LLAMA3_MASK_SYMPTOMS: Fact<string> = {
  value: 'tail repetition or abruptly generating termination tokens',
  cite: 'Report §4.1.4',
};
/** What the NLL term does, verbatim. */
export const LLAMA3_NLL_REASON: Fact<string> = {
  value: 'maintaining desired formatting for generation and preventing the decrease of log probability of chosen responses',
  cite: 'Report §4.1.4',
};

// ——— Llama 2's PPO, [L2P] §3.2.3 ———

/** "a PPO clip threshold of 0.2" (Llama 2 §3.2.3). */
export const LLAMA2_PPO_CLIP: Fact = { value: 0.2, cite: 'Touvron et al. 2023 (Llama 2), §3.2.3' };
/** KL penalty β: 0.01 for the 7B and 13B models, 0.005 for the 34B and 70B (Llama 2 §3.2.3). */
export const LLAMA2_PPO_KL: Fact<{ small: number; large: number }> = {
  value: { small: 0.01, large: 0.005 },
  cite: 'Touvron et al. 2023 (Llama 2), §3.2.3',
};
/** PPO's learning rate, 10⁻⁶ (Llama 2 §3.2.3). */
export const LLAMA2_PPO_LR: Fact = { value: 1e-6, cite: 'Touvron et al. 2023 (Llama 2), §3.2.3' };

// ——— DeepSeekMath's GRPO, [DSM] §4.1–4.2 ———

/** KL coefficient β of GRPO's loss (DeepSeekMath §4.2). TRL's GRPOTrainer defaults to 0. */
export const GRPO_DSM_BETA: Fact = { value: 0.04, cite: 'Shao et al. 2024 (DeepSeekMath), §4.2' };
/** Outputs sampled per question, the group size G (DeepSeekMath §4.2). */
export const GRPO_DSM_GROUP: Fact = { value: 64, cite: 'Shao et al. 2024 (DeepSeekMath), §4.2' };
/** Policy learning rate, 10⁻⁶ (DeepSeekMath §4.2). */
export const GRPO_DSM_LR: Fact = { value: 1e-6, cite: 'Shao et al. 2024 (DeepSeekMath), §4.2' };
// ——— Dates (arXiv identifiers: YYMM.NNNNN, the month of first submission) ———

/** arXiv identifiers of the papers whose order the chapter states. */
export const ARXIV_IDS: Fact<{ dpo: string; deepseekMath: string; llama3: string; ppo: string; drGrpo: string; dapo: string }> = {
  value: { dpo: '2305.18290', deepseekMath: '2402.03300', llama3: '2407.21783', ppo: '1707.06347', drGrpo: '2503.20783', dapo: '2503.14476' },
  cite: 'arXiv listings of Rafailov et al. 2023, Shao et al. 2024, Dubey et al. 2024, Schulman et al. 2017, Liu et al. 2025, Yu et al. 2025',
};

/** Year and month of an arXiv identifier of the YYMM.NNNNN form (2402.03300 → { year: 2024, month: 2 }). */
export function arxivMonth(id: string): { year: number; month: number } {
  const m = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id);
  if (!m) throw new Error(`not a YYMM.NNNNN arXiv id: ${id}`);
  return { year: 2000 + Number(m[1]), month: Number(m[2]) };
}

// ——— Hardware ———

/** The GPU whose memory the chapter counts against: the report's "80GB HBM3" H100 (§3.3.1), from src/data/gpus.ts. */
export const RLHF_GPU = GPUS.h100;
