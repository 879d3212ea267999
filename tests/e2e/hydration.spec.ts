// Input made before a widget hydrates is kept (issue #9, item 34).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe('34: input made before hydration is kept', () => {
  /** Holds back the widget's own chunk, so the reader acts while the widget is still server HTML. */
  async function slowWidget(page: Page, component: string): Promise<void> {
    // Whether the widget was still server HTML at the reader's first input (so the test covers that case).
    await page.addInitScript(() => {
      const w = window as unknown as { __firstInputHydrated?: string };
      for (const type of ['beforeinput', 'keydown']) {
        document.addEventListener(type, () => {
          w.__firstInputHydrated ??= document.querySelector('.widget')?.getAttribute('data-hydrated') ?? 'none';
        }, true);
      }
    });
    await page.route((url) => url.pathname.startsWith(`/_astro/${component}.`) && url.pathname.endsWith('.js'), async (route) => {
      await new Promise((r) => setTimeout(r, 8_000));
      await route.continue();
    });
  }

  test('typing into the tokenizer text right after load keeps every character', async ({ page }) => {
    await slowWidget(page, 'TokenizerPlayground');
    await page.goto('/embed/tokenizer-playground/?text=Hi&compare=none', { waitUntil: 'domcontentloaded' });
    const box = page.getByLabel(/Text to tokenize/);
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' there, friend');
    expect(await page.evaluate(() => (window as unknown as { __firstInputHydrated?: string }).__firstInputHydrated), 'typed before hydration').toBe('false');
    await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    await expect(box).toHaveValue('Hi there, friend');
    await expect(page.locator('.tp-text .ctl-count')).toHaveText('16 of 50,000 characters.');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-tokenized-chars', '16', { timeout: 30_000 });
    // Typing after hydration goes on normally.
    await page.keyboard.type('!');
    await expect(box).toHaveValue('Hi there, friend!');
  });

  test('a radio chosen with the keyboard before hydration stays chosen, and the widget follows it', async ({ page }) => {
    await slowWidget(page, 'WhatChanged');
    await page.goto('/embed/what-changed/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('radio', { name: '8B' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as unknown as { __firstInputHydrated?: string }).__firstInputHydrated), 'chose before hydration').toBe('false');
    await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    await expect(page.getByRole('radio', { name: '70B' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '70B' })).toBeFocused();
    await expect(page.getByRole('columnheader', { name: /Llama 3(\.1)? 70B/ })).toBeVisible();
  });

  test('a widget far down the page hydrates when it takes focus, before it is scrolled to', async ({ page }) => {
    await page.goto('/gqa/');
    const kv = page.locator('#fig-kv-cache .widget');
    await expect(kv).toHaveAttribute('data-hydrated', 'false');
    await page.locator('#fig-kv-cache select').first().evaluate((s) => (s as HTMLSelectElement).focus({ preventScroll: true }));
    await expect(kv).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  });
});
