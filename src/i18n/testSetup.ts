// Vitest setup (vitest.config.ts): a view rendered on its own in a test reads English, as a page's English entry
// would give it. Tests of another language wrap what they render in <InLocale lang="zh"> (src/i18n/testing.tsx).
import { allWords } from './catalogues';
import { setFallbackWords } from './react';

setFallbackWords('en', allWords('en'));
