// vision-adapter's English words (the interface, with what each key is for: messages.ts).
import { words } from '../../i18n/react';
import { messages, type VisionAdapterMessages } from './messages';

export const en: VisionAdapterMessages = {
  title: 'How an image enters Llama 3',
  summary: "Tiles, patches and tokens of an image for the paper's Llama 3 models and the released Llama 3.2 Vision, where the gated cross-attention layers sit, the parameters they add, and what the image costs in memory against LLaVA-style tokens.",
};

export default words(messages, 'en', en);
