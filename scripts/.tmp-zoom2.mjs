import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4461/embed/tokenizer-playground/?text=' + encodeURIComponent('x שלום עולם. y'));
await page.waitForSelector('.tokplay[data-fresh="true"]');
await page.waitForTimeout(500);
await page.locator('.tp-tokens').first().screenshot({ path: '/tmp/wshots/z-slice.png', clip: undefined });
for (const [name, css] of [['clone', { boxDecorationBreak: 'clone', webkitBoxDecorationBreak: 'clone' }], ['noborder', { border: '0', boxDecorationBreak: 'clone', padding: '0.1rem 0.05rem', marginRight: '1px' }]]) {
  await page.evaluate((c) => document.querySelectorAll('.tok').forEach((e) => Object.assign(e.style, c)), css);
  await page.locator('.tp-tokens').first().screenshot({ path: `/tmp/wshots/z-${name}.png` });
}
await browser.close();
