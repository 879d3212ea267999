// rlhf-memory's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type RlhfMemoryMessages } from './messages';

export const en: RlhfMemoryMessages = {
  title: 'Memory of PPO, GRPO and DPO',
  summary: 'The models PPO, GRPO and DPO keep in memory for Llama 3 8B, 70B and 405B: weights, gradients and optimizer states in bytes, and the GPUs they need.',
};

export default words(messages, 'en', en);
