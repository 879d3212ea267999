// parallelism-planner's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type ParallelismPlannerMessages } from './messages';

export const en: ParallelismPlannerMessages = {
  title: '4D parallelism planner',
  summary: 'Work in progress.',
};

export default words(messages, 'en', en);
