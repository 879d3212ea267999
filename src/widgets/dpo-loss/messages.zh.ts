// dpo-loss's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type DpoLossMessages } from './messages';

export const zh: DpoLossMessages = {
  title: 'DPO 损失及其梯度',
  summary: 'DPO 损失随隐式奖励差的变化，一对真实的 Llama 3 对话格式样本及其被屏蔽的格式 token，以及共享参数如何让被选回答的概率下降。',
};

export default words(messages, 'zh', zh);
