// Every widget embedded in a page on another origin, the four ways a blogger can do it.
import { expect, HARNESS, test, widgetIds } from './fixtures';

for (const id of widgetIds()) {
  for (const variant of ['plain', 'script', 'element', 'wp'] as const) {
    test(`embed ${id} works cross-origin (${variant})`, async ({ page, watch }) => {
      await page.goto(`${HARNESS}/embed-test?widget=${id}&variant=${variant}`);
      const iframe = page.locator('iframe[data-l3x]');
      await expect(iframe).toHaveCount(1);
      const frame = page.frameLocator('iframe[data-l3x]');
      await expect(frame.locator('.widget[data-hydrated="true"]')).toBeVisible({ timeout: 20_000 });
      // The frame reported its height, and (where a listener exists) was resized to it.
      await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: { data: unknown }[] }).__messages
        .filter((m) => typeof m.data === 'object' && m.data !== null && (m.data as { type?: string }).type === 'l3x:resize').length)).toBeGreaterThan(0);
      const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      expect(inner).toBeGreaterThan(150);
      if (variant === 'script' || variant === 'element') {
        await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - inner)).toBeLessThanOrEqual(2);
      }
      if (variant === 'wp') {
        await expect.poll(() => page.evaluate(() => (window as unknown as { __wpHeight?: number }).__wpHeight ?? 0)).toBeGreaterThanOrEqual(200);
      }
      void watch;
    });
  }
}
