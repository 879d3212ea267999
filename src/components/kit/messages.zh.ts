// The kit's Chinese words (the interface: messages.ts).
import { words } from '../../i18n/react';
import { formatFor } from '../../lib/format';
import { KIT_MESSAGES, type KitMessages } from './messages';

const fmt = formatFor('zh');

export const zh: KitMessages = {
  count: (chars, max) => `已用 ${fmt.int(chars)} / ${fmt.int(max)} 个字符。`,
  cut: (max) => `只保留了前 ${fmt.int(max)} 个字符。`,
  overCap: (chars, max) => `这段文本有 ${fmt.int(chars)} 个字符，最多只使用 ${fmt.int(max)} 个。`,
  gridInstructions: '方向键每次移动一格；Home 和 End 跳到本行的开头和末尾，Page Up 和 Page Down 跳到第一行和最后一行，Ctrl+Home 和 Ctrl+End 跳到第一格和最后一格。',
  back: '后退',
  reset: '重置',
  play: '播放',
  pause: '暂停',
};

export default words(KIT_MESSAGES, 'zh', zh);
