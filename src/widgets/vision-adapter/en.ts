// vision-adapter on English pages: the island bound to its English words, and only those (Island.astro picks this file).
import { localize } from '../../i18n/en';
import Island from './VisionAdapter';
import words from './messages.en';

export default localize(Island, words);
