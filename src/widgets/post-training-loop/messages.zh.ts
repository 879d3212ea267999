// post-training-loop's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type PostTrainingLoopMessages } from './messages';

export const zh: PostTrainingLoopMessages = {
  title: '六轮后训练',
  summary: '在一个玩具模型上逐轮走完六轮奖励建模、拒绝采样、SFT 和 DPO。',
};

export default words(messages, 'zh', zh);
