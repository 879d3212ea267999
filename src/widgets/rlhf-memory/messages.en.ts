// rlhf-memory's English words (the interface, with what each key is for: messages.ts).
import { en as shell } from '../../components/messages.en';
import { MODELS } from '../../data/models';
import { words } from '../../i18n/react';
import { FIELD_LABEL, TIED_LABEL, fieldError } from '../param-counter/fieldWords.en';
import type { Format } from '../../lib/format';
import { messages, type RlhfMemoryMessages } from './messages';
import { GPU, GRPO_DSM_BETA, LLAMA3_PPO_REASON, type ModelChoice, type RlhfMethod, type RlhfRole } from './model';

const NAME: Record<RlhfMethod, string> = { ppo: 'PPO', grpo: 'GRPO', dpo: 'DPO' };
const ROLE: Record<RlhfRole, string> = { policy: 'Policy', value: 'Value model', reference: 'Reference', reward: 'Reward model' };
const KIND = { weights: 'Weights', gradients: 'Gradients', optimizer: 'Optimizer state' };
/** A model's name: the data's, or the shell's one label for a custom shape. */
const modelName = (m: ModelChoice) => (m === 'custom' ? shell.customModel : MODELS[m].name);
const gb = (b: number, f: Format) => f.bytes(b, { units: 'decimal' });
const gpus = (n: number, f: Format) => `${f.count(n, 'H100', 'H100s')} of ${GPU.memoryLabel}`;
const modelsCount = (n: number, f: Format) => f.count(n, 'model', 'models');

export const en: RlhfMemoryMessages = {
  title: 'Memory of PPO, GRPO and DPO',
  summary: 'The models PPO, GRPO and DPO keep in memory for Llama 3 8B, 70B and 405B: weights, gradients and optimizer states in bytes, and the GPUs they need.',

  intro: 'Which models each method keeps resident while it trains, and the bytes of their weights, gradients and optimizer states. Only these states are counted: no activations, KV cache or generation buffers.',
  modelLabel: 'Model',
  modelOption: (_id, name) => name,
  customHint: (max, f) => `Starts from the model chosen last. Any Llama-style shape up to ${f.int(max)} parameters (${f.params(max)}); the counts stay exact.`,
  fieldLabel: FIELD_LABEL,
  tiedLabel: TIED_LABEL,
  fieldError,
  invalid: 'No numbers: this shape is not valid. Fix the fields marked above.',
  tooLarge: (params, max, f) => `No numbers: this shape has ${f.int(params)} parameters (${f.params(params)}); this widget counts shapes up to ${f.int(max)} (${f.params(max)}), so that every byte stays exact.`,
  unusedReason: (model) => `used only with model=custom; ${modelName(model)} has its own shape`,
  methodLegend: 'Highlighted method',
  methodName: NAME,
  dtypeLegend: 'Weights',
  dtypeOption: { bf16: 'bf16 (2 B)', fp32: 'fp32 (4 B)' },
  optimizerLabel: 'Optimizer state per trained parameter',
  optimizerOption: {
    'adamw-master': 'AdamW + fp32 master copy (12 B)',
    adamw: 'AdamW, no master copy (8 B)',
    'sgd-momentum': 'SGD with momentum (4 B)',
  },
  cachedLabel: 'DPO: reference log-probabilities cached (no reference model)',
  grpoklLabel: 'GRPO: KL term on (keeps a reference model; off = β\u00a00, TRL’s default)',

  result: (r, f) => {
    const m = r.methods[r.state.method];
    return `${NAME[m.method]} on ${r.modelName ?? shell.customModel}: ${modelsCount(m.memory.models.length, f)} resident, ${gb(m.total, f)} of states — at least ${gpus(m.gpus, f)} for them alone. ${m.memory.generates ? 'It generates text from the policy at every step.' : 'It generates no text: it trains on fixed pairs.'}`;
  },
  precisionLine: (r, f) =>
    `Bytes per parameter: ${f.int(r.precision.weightBytes)} per weight, ${f.int(r.precision.gradBytes)} per gradient (fp32) and ${f.int(r.precision.optimizerBytes)} of optimizer state for each trained model; ${f.int(r.precision.weightBytes)} for each frozen one. The policy has ${f.int(r.params)} parameters.`,
  note: () => 'With fp32 weights the fp32 master copy is the weights themselves, so AdamW’s state is counted as 8 B (m and v), not 12 B.',

  sideHeading: (model) => `The three methods side by side, ${model}`,
  scaleNote: 'Every bar, a model’s or a method’s total, is drawn on one scale: the largest total shown fills the width.',
  highlighted: 'highlighted',
  kind: KIND,
  keyLabel: (k) => `${KIND[k]} (${({ weights: 'solid', gradients: 'striped', optimizer: 'dotted' } as const)[k]})`,
  role: ROLE,
  trained: (t) => (t ? 'trained' : 'frozen'),
  barLabel: (role, trained, w, g, o, f) =>
    trained
      ? `${ROLE[role]}, trained: weights ${gb(w, f)}, gradients ${gb(g, f)}, optimizer state ${gb(o, f)}`
      : `${ROLE[role]}, frozen: weights ${gb(w, f)}`,
  totalBarLabel: (m, f) => `${NAME[m.method]} total: weights ${gb(m.weights, f)}, gradients ${gb(m.gradients, f)}, optimizer state ${gb(m.optimizer, f)}`,
  cardTotal: (m, f) => `Total ${gb(m.total, f)}`,
  cardGpus: (m, f) => `≥ ${gpus(m.gpus, f)}`,
  generates: (yes) => (yes ? 'Generates text every step' : 'No generation: fixed pairs'),
  passes: (m, f) => `Per example: ${f.count(m.memory.forwardPasses, 'forward pass', 'forward passes')}, ${f.count(m.memory.backwardPasses, 'backward pass', 'backward passes')}`,

  tableSummary: 'Exact bytes of every resident model',
  columns: { method: 'Method', role: 'Model', params: 'Parameters', weights: 'Weights (B)', gradients: 'Gradients (B)', optimizer: 'Optimizer (B)', total: 'Total (B)' },
  totalRow: (method) => `${method} total`,

  notesSummary: 'What is counted, and what is not',
  notes: (r, f) => [
    'Counted: the weights of every resident model; the gradients and optimizer state of the trained ones (the policy, and PPO’s value model). Frozen models (reference, reward) hold weights only.',
    `Not counted: activations, the KV cache and buffers of text generation, the rollouts, framework overhead. So the GPU counts are lower bounds: ⌈bytes / ${gb(GPU.memoryBytes, f)}⌉ of the H100’s nominal memory (the report’s “80GB HBM3”, §3.3.1). Sharding (ZeRO, FSDP) spreads these bytes over GPUs; it does not shrink the total.`,
    `The reward and value models are assumed to be the policy with a scalar head (d = ${f.int(r.dim)} weights) in place of its ${f.int(r.vocab)} × ${f.int(r.dim)} vocabulary head: ${f.int(r.scalarParams)} parameters. The report trains its reward model “on top of the pre-trained checkpoint” and gives no head size.`,
    `PPO trains the policy and a value model and keeps a frozen reference and reward model: four models. GRPO drops the value model (group-normalised advantages), and the reference too when its KL coefficient is 0 (TRL’s default; DeepSeekMath used ${f.decimal(GRPO_DSM_BETA.value, { digits: 2, trim: true })}). DPO holds the policy and a reference, or only the policy when the reference’s log-probabilities are computed once beforehand.`,
    `Llama 3 used DPO: the report says PPO was explored but “${LLAMA3_PPO_REASON.value}” (§4.1.4). Llama 2 was tuned with PPO.`,
  ],
  latinTerms: [],
  sources: 'Sources: Llama 3 report §4.1.4 (DPO over PPO), §3.3.1 (H100 80GB HBM3), Table 3 (shapes); Llama 2 paper §3.2.3 (PPO); Shao et al. 2024 (GRPO); counting: src/lib/llama/rlhfMemory.ts.',
};

export default words(messages, 'en', en);
