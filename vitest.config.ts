/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    css: false,
    // Views rendered on their own read English (src/i18n/testSetup.ts).
    setupFiles: ['src/i18n/testSetup.ts'],
    // Property tests render hundreds of states; on a shared, loaded machine 5 s (the default) is not enough.
    testTimeout: 30_000,
  },
});
