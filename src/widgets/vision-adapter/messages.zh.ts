// vision-adapter's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import { messages, type VisionAdapterMessages } from './messages';

export const zh: VisionAdapterMessages = {
  title: '图像如何接入 Llama 3',
  summary: '论文中的 Llama 3 与已发布的 Llama 3.2 Vision 把一张图切成几块、多少 patch 与 token，门控交叉注意力层插在哪里、增加多少参数，以及与 LLaVA 式把图像 token 放进上下文相比的显存开销。',
};

export default words(messages, 'zh', zh);
