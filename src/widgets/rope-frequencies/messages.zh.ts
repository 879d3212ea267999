// rope-frequencies's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type RopeFrequenciesMessages } from './messages';

export const zh: RopeFrequenciesMessages = {
  title: 'RoPE 频率与缩放',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
