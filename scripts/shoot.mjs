// Screenshots for looking at what we built: node scripts/shoot.mjs [base] [path ...]
// Writes reports/shots/<path>-<width>-<theme>.png at 375 and 1280 px, light and dark.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { LOCAL_ORIGIN } from '../src/site.ts';

const [base = LOCAL_ORIGIN, ...paths] = process.argv.slice(2);
const exe = findChromium();
if (!exe) { console.error(NO_CHROMIUM_MESSAGE); process.exit(1); }
mkdirSync('reports/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');
for (const path of paths.length ? paths : ['/']) {
  for (const width of widths) {
    for (const theme of themes) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (process.env.SCROLL) {
        await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 400) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); } scrollTo(0, 0); });
        await page.waitForTimeout(500);
      }
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${width}-${theme}.png`;
      await page.screenshot({ path: `reports/shots/${name}`, fullPage: process.env.FULL !== '0' });
      console.log(`reports/shots/${name}`);
      await page.close();
    }
  }
}
await browser.close();
