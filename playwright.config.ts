import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const CI = !!process.env.CI;
const executablePath = findChromium();
/** Site under test: dist/ served with production headers (scripts/serve.mjs). */
export const SITE = 'http://127.0.0.1:4321';
/** A second origin that embeds the widgets like a blogger's page would. */
export const HARNESS = 'http://127.0.0.1:4400';

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
    { command: 'node scripts/serve.mjs --port 4321 --host 127.0.0.1', url: `${SITE}/`, reuseExistingServer: !CI, stdout: 'ignore' },
    { command: 'node tests/e2e/harnessServer.mjs', url: `${HARNESS}/health`, reuseExistingServer: !CI, stdout: 'ignore' },
  ],
});
