import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [scheme, forced] of [['light', 'active'], ['dark', 'active'], ['light', 'none'], ['dark', 'none']]) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 }, colorScheme: scheme, forcedColors: forced });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:4461/embed/architecture-explorer/?theme=${scheme}&block=qkv&layer=1`);
  await page.waitForSelector('.widget[data-hydrated="true"]');
  await page.locator('.arch-main').screenshot({ path: `/tmp/wshots/arch-diagram-${scheme}-${forced}.png` });
  const cell = page.getByRole('gridcell').first();
  await cell.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  console.log(scheme, forced, await page.evaluate(() => [document.activeElement?.getAttribute('role'), document.activeElement?.getAttribute('aria-colindex'), document.activeElement?.parentElement?.getAttribute('aria-rowindex'), document.activeElement?.textContent]));
  await page.locator('.arch-heat').first().screenshot({ path: `/tmp/wshots/arch-heat-${scheme}-${forced}.png` });
  await ctx.close();
}
await browser.close();
