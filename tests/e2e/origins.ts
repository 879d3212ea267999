// The two origins of the e2e suite. Ports can be moved (L3X_PORT, L3X_HARNESS_PORT) so that two
// checkouts can run their suites at once.
import { PREVIEW_PORT } from '../../src/site';

/** The site under test: dist/ served with production headers (scripts/serve.mjs). */
export const SITE = `http://127.0.0.1:${process.env.L3X_PORT ?? PREVIEW_PORT}`;
/** A second origin that embeds the widgets like a blogger's page would (tests/e2e/harnessServer.mjs). */
export const HARNESS = `http://127.0.0.1:${process.env.L3X_HARNESS_PORT ?? 4400}`;
/** The package's fixture sites (tests/fixtures/package-<name>, built into .package/fixtures/<name>/dist by
 *  scripts/packageFixtures.mjs): a blogger's Astro + MDX site and a Vite + React app, each on its own origin. */
export const PACKAGE_FIXTURES = {
  astro: `http://127.0.0.1:${process.env.L3X_PKG_ASTRO_PORT ?? 4620}`,
  vite: `http://127.0.0.1:${process.env.L3X_PKG_VITE_PORT ?? 4621}`,
} as const;
