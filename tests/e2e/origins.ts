// The two origins of the e2e suite. Ports can be moved (L3X_PORT, L3X_HARNESS_PORT) so that two
// checkouts can run their suites at once.
import { PREVIEW_PORT } from '../../src/site';

/** The site under test: dist/ served with production headers (scripts/serve.mjs). */
export const SITE = `http://127.0.0.1:${process.env.L3X_PORT ?? PREVIEW_PORT}`;
/** A second origin that embeds the widgets like a blogger's page would (tests/e2e/harnessServer.mjs). */
export const HARNESS = `http://127.0.0.1:${process.env.L3X_HARNESS_PORT ?? 4400}`;
