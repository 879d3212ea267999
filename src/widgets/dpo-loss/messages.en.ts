// dpo-loss's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type DpoLossMessages } from './messages';

export const en: DpoLossMessages = {
  title: 'The DPO loss and its gradient',
  summary: "The DPO loss against the implicit-reward margin, a real Llama 3 chat pair with the formatting tokens Llama 3 masks, and a bandit where shared parameters lower the chosen response's probability.",
};

export default words(messages, 'en', en);
