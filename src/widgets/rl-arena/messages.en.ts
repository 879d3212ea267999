// rl-arena's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type RlArenaMessages } from './messages';

export const en: RlArenaMessages = {
  title: 'DPO, PPO and GRPO trained side by side',
  summary: "DPO, Llama 3's DPO, PPO and GRPO trained live on one toy language model with real gradients: gold reward against exact KL, where DPO moves probability mass, and what each update costs.",
};

export default words(messages, 'en', en);
