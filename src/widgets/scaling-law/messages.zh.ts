// scaling-law's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type ScalingLawMessages } from './messages';

export const zh: ScalingLawMessages = {
  title: '计算最优缩放定律',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
