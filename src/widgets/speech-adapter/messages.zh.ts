// speech-adapter's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type SpeechAdapterMessages } from './messages';

export const zh: SpeechAdapterMessages = {
  title: '从音频到语言模型 token',
  summary: 'Llama 3 的语音通路：从 10 毫秒一帧的梅尔频谱，经 Conformer 编码器和适配器，变成每 80 毫秒一个 token；还能在浏览器里为你自己的音频算出真实的梅尔频谱。',
};

export default words(messages, 'zh', zh);
