// vision-adapter on Chinese pages: the island bound to its Chinese words, and only those (Island.astro picks this file).
import { localize } from '../../i18n/zh';
import Island from './VisionAdapter';
import words from './messages.zh';

export default localize(Island, words);
