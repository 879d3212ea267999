// rlhf-memory's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type RlhfMemoryMessages } from './messages';

export const zh: RlhfMemoryMessages = {
  title: 'PPO、GRPO 与 DPO 的显存',
  summary: 'PPO、GRPO 和 DPO 在 Llama 3 8B、70B、405B 上各自要常驻哪些模型：权重、梯度和优化器状态的字节数，以及需要多少块 GPU。',
};

export default words(messages, 'zh', zh);
