// What screen readers hear (issue #9, items 23 and 28): one announcement per settled change, only from the
// widget's announcer; no <output> and no other live region inside a widget.
import { expect, hydrateAll, test } from './fixtures';
import { expectOneAnnouncement, liveLog, startLiveLog } from './a11yHelpers';
import { CHAPTERS, isPublished } from '../../src/data/chapters';

/** Every published English chapter (each has widgets). */
const CHAPTER_PATHS = CHAPTERS.filter((c) => isPublished(c, 'en')).map((c) => `/${c.slug}/`);

test.describe('28: one announcement per settled change, from the widget’s announcer', () => {
  test('gqa-heads: 10 steps of the query-head slider → the GQA summary once (no slider outputs, no cell readout)', async ({ page }) => {
    await page.goto('/embed/gqa-heads/');
    await hydrateAll(page);
    const slider = page.getByRole('slider', { name: 'Query heads' });
    await expectOneAnnouncement(page, async () => {
      await slider.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    }, /^GQA: 18 query heads read \d+ key\/value heads/);
  });

  test('kv-cache: three context steps → the cache size once', async ({ page }) => {
    await page.goto('/embed/kv-cache/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('slider', { name: /^Context/ }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    }, /^KV cache for 1 × 16,384 tokens: 2 GiB \(2,147,483,648 bytes\)\./);
  });

  test('vocab-tradeoff: five vocabulary steps → the share once', async ({ page }) => {
    await page.goto('/embed/vocab-tradeoff/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('slider', { name: /^Vocabulary size V/ }).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    }, /^V = [\d,]+: the embedding and the LM head are [\d.]+% of .+’s [\d,]+ parameters\.$/);
  });

  test('param-counter: typing a width digit by digit → no alert, the new total once', async ({ page }) => {
    await page.goto('/embed/param-counter/');
    await hydrateAll(page);
    const dim = page.getByRole('textbox', { name: /^dim/ });
    await expectOneAnnouncement(page, async () => {
      await dim.fill('');
      await dim.pressSequentially('5120', { delay: 80 });
    }, /^Custom shape: [\d,]+ parameters, about /);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('tokenizer-playground: typing a few words → the comparison once, after the typing settles', async ({ page }) => {
    await page.goto('/embed/tokenizer-playground/?text=Hello%20world');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    const box = page.getByLabel(/Text to tokenize/);
    await expectOneAnnouncement(page, async () => {
      await box.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' and more words', { delay: 60 });
    }, /^Llama 3 needs \d+ tokens/);
  });

  test('bpe-stepper: Play says nothing while it runs, then the step it paused on, once', async ({ page }) => {
    await page.goto('/embed/bpe-stepper/');
    await hydrateAll(page);
    await startLiveLog(page);
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    await page.waitForTimeout(3_000); // four merges or so
    expect(await liveLog(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => liveLog(page), { timeout: 10_000 }).not.toEqual([]);
    await page.waitForTimeout(1_500);
    const log = await liveLog(page);
    expect(log).toHaveLength(1);
    expect(log[0]!.text).toMatch(/^Merge \d+: .+ becomes .+\. [\d,]+ tokens for [\d,]+ characters/);
  });

  test('architecture-explorer: three Steps → the stage once; what-changed: a size → one sentence', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/embed/architecture-explorer/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('button', { name: 'Step', exact: true }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    }, /^Stage 4 of 21: /);
    await page.goto('/embed/what-changed/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('radio', { name: '8B' }).focus();
      await page.keyboard.press('ArrowRight');
    }, /^The table now compares Llama 2 70B with Llama 3(\.1)? 70B\.$/);
  });

  for (const path of CHAPTER_PATHS) test(`23: no <output> on ${path} (it was inside <label for>), and no live region that is not an announcer`, async ({ page }) => {
    {
      await page.goto(path);
      await hydrateAll(page);
      expect(await page.locator('output').count()).toBe(0);
      const live = await page.locator('.widget [aria-live]:not([aria-live="off"]), .widget [role="status"], .widget [role="alert"]').evaluateAll(
        (els) => els.filter((e) => !e.closest('.widget-actions, .widget-notice, .tp-status, .vt-status')).map((e) => e.hasAttribute('data-announcer')));
      expect(live.every(Boolean), `${path}: live regions other than announcers`).toBe(true);
    }
  });
});
