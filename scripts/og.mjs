// Renders public/og.png (1200×630 social card) from HTML with Chromium. Run after changing the title.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';

const exe = findChromium();
if (!exe) { console.error(NO_CHROMIUM_MESSAGE); process.exit(1); }
const html = `<!doctype html><html><head><style>
  body { margin: 0; width: 1200px; height: 630px; background: #14161a; color: #e7e5e0; font-family: system-ui, sans-serif; display: flex; }
  .card { margin: 72px; display: flex; flex-direction: column; justify-content: space-between; flex: 1; }
  h1 { font-size: 92px; line-height: 1.02; margin: 0; letter-spacing: -2px; }
  h1 span { color: #8ab4ff; }
  p { font-size: 34px; color: #a9adb5; margin: 0; max-width: 900px; line-height: 1.3; }
  .bars { display: flex; gap: 14px; align-items: flex-end; height: 120px; }
  .bars div { width: 46px; border-radius: 4px 4px 0 0; }
</style></head><body><div class="card">
  <div><h1>Llama 3 <span>Explained</span></h1></div>
  <p>The Llama 3 report, chapter by chapter, with widgets that compute the real numbers in your browser.</p>
  <div class="bars">${[18, 34, 52, 70, 88, 100].map((h, i) => `<div style="height:${h}%;background:${i % 2 ? '#8ab4ff' : '#e3b55f'}"></div>`).join('')}</div>
</div></body></html>`;
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('public/og.png written');
