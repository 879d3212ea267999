// best-of-k's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type BestOfKMessages } from './messages';

export const zh: BestOfKMessages = {
  title: '精确计算 Best-of-K',
  summary: '精确计算拒绝采样：从 K 个样本中挑最好的一个，奖励和 KL 会怎样变化。',
};

export default words(messages, 'zh', zh);
