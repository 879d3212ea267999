// reward-model's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type RewardModelMessages } from './messages';

export const zh: RewardModelMessages = {
  title: '训练一个奖励模型',
  summary: '用偏好对训练一个 Bradley–Terry 奖励模型，看它学对了什么。',
};

export default words(messages, 'zh', zh);
