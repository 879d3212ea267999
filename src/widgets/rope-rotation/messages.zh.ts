// rope-rotation's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type RopeRotationMessages } from './messages';

export const zh: RopeRotationMessages = {
  title: '旋转查询与键',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
