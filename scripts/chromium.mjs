// Finds a Chromium for tests, screenshots and benchmarks: CHROME_PATH, then Debian's /usr/bin/chromium
// (and other system paths), then Playwright's own download if one exists.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Path of a Chromium binary, or undefined. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const system = candidates.find((c) => c && existsSync(c));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch { /* no Playwright browser downloaded */ }
  return undefined;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Set CHROME_PATH to a Chromium or Chrome binary, or install one: on Debian/Ubuntu ' +
  '`sudo apt-get install -y chromium`; on a machine with internet access `npx playwright install chromium`.';
