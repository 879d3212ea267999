import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { HARNESS, PACKAGE_FIXTURES, SITE } from './tests/e2e/origins';

const CI = !!process.env.CI;
const executablePath = findChromium();
/** Site under test: dist/ served with production headers (scripts/serve.mjs), at SITE; HARNESS is a
 *  second origin that embeds the widgets like a blogger's page would. Ports: L3X_PORT, L3X_HARNESS_PORT. */
const PORT = new URL(SITE).port;
const HARNESS_PORT = new URL(HARNESS).port;
/** The npm package's fixture sites, each served from its own origin once scripts/packageFixtures.mjs has built it
 *  (`npm test` does, before the e2e step); without it, tests/e2e/package.spec.ts fails and says so. */
const fixtureServers = Object.entries(PACKAGE_FIXTURES)
  .filter(([name]) => existsSync(`.package/fixtures/${name}/dist/index.html`))
  .map(([name, origin]) => ({
    command: `node scripts/serve.mjs --port ${new URL(origin).port} --host 127.0.0.1 --dir .package/fixtures/${name}/dist`,
    url: `${origin}/`, reuseExistingServer: !CI, stdout: 'ignore' as const,
  }));

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: CI,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: SITE,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    { command: `node scripts/serve.mjs --port ${PORT} --host 127.0.0.1`, url: `${SITE}/`, reuseExistingServer: !CI, stdout: 'ignore' },
    { command: `node tests/e2e/harnessServer.mjs`, env: { SITE, HARNESS_PORT }, url: `${HARNESS}/health`, reuseExistingServer: !CI, stdout: 'ignore' },
    ...fixtureServers,
  ],
});
