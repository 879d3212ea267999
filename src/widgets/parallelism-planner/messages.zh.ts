// parallelism-planner's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type ParallelismPlannerMessages } from './messages';

export const zh: ParallelismPlannerMessages = {
  title: '4D 并行规划器',
  summary: '正在编写。',
};

export default words(messages, 'zh', zh);
