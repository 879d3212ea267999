// rl-arena's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type RlArenaMessages } from './messages';

export const zh: RlArenaMessages = {
  title: 'DPO、PPO 与 GRPO 同台训练',
  summary: '在同一个玩具语言模型上用真实梯度现场训练 DPO、Llama 3 版 DPO、PPO 和 GRPO：金标准奖励与精确 KL 散度的关系、DPO 把概率质量推向哪里、每次更新的开销。',
};

export default words(messages, 'zh', zh);
