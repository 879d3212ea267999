// Finds a Chromium for tests and benchmarks: CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch { /* playwright-core missing or no bundled browser */ }
  return null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Set CHROME_PATH to a Chromium/Chrome binary, or install one: ' +
  'on Debian/Ubuntu `sudo apt-get install -y chromium`; elsewhere `npx playwright install chromium`.';
