// Temporary: screenshots of widget embeds at 375/1280 in light, dark, forced colours, and greyscale.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const base = 'http://127.0.0.1:4461';
const widgets = process.argv.slice(2).length ? process.argv.slice(2) : ['tokenizer-playground?sample=mixed', 'bpe-stepper?corpus=multilingual', 'gqa-heads', 'what-changed', 'architecture-explorer'];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const w of widgets) {
  const [id, q = ''] = w.split('?');
  for (const width of [375, 1280]) {
    for (const mode of ['light', 'dark', 'forced-light', 'forced-dark', 'grey-light', 'grey-dark']) {
      const scheme = mode.endsWith('dark') ? 'dark' : 'light';
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, forcedColors: mode.startsWith('forced') ? 'active' : 'none', reducedMotion: 'reduce' });
      const page = await ctx.newPage();
      await page.goto(`${base}/embed/${id}/?theme=${scheme}&${q}`);
      await page.waitForSelector('.widget[data-hydrated="true"]', { timeout: 30000 });
      if (id === 'tokenizer-playground') await page.waitForSelector('.tokplay[data-fresh="true"]', { timeout: 30000 });
      if (id === 'architecture-explorer') {
        // show a heatmap stage and focus the current block
        await page.selectOption('select', { index: 1 }).catch(() => {});
      }
      if (mode.startsWith('grey')) await page.addStyleTag({ content: 'html { filter: grayscale(1) !important; }' }).catch(async () => {
        await page.evaluate(() => { document.documentElement.style.filter = 'grayscale(1)'; });
      });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/wshots/${id}-${width}-${mode}.png`, fullPage: true });
      await ctx.close();
    }
  }
}
await browser.close();
