import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { HARNESS, SITE } from './tests/e2e/origins';

const CI = !!process.env.CI;
const executablePath = findChromium();
/** Site under test: dist/ served with production headers (scripts/serve.mjs), at SITE; HARNESS is a
 *  second origin that embeds the widgets like a blogger's page would. Ports: L3X_PORT, L3X_HARNESS_PORT. */
const PORT = new URL(SITE).port;
const HARNESS_PORT = new URL(HARNESS).port;

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
  ],
});
