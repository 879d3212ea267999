// Names and the outline (issue #9, item 29): figures, widgets and their headings.
import { expect, hydrateAll, test } from './fixtures';

test.describe('29: names and the outline', () => {
  test('vocab-tradeoff: the “jump to” buttons keep the space between name and size (Chromium’s own names)', async ({ page }) => {
    await page.goto('/embed/vocab-tradeoff/');
    await hydrateAll(page);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const names = nodes.filter((n) => n.role?.value === 'button').map((n) => String(n.name?.value ?? ''));
    expect(names).toEqual(expect.arrayContaining(['Llama 2 32,000', 'cl100k_base 100,256', 'Llama 3 128,256']));
  });

  test('figure titles are headings; widget headings sit under them and never change with the state', async ({ page }) => {
    test.setTimeout(240_000);
    const outline = () => page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.textContent?.trim()}`));
    for (const path of ['/overview/', '/architecture/', '/tokenizer/', '/gqa/']) {
      await page.goto(path);
      await hydrateAll(page);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      for (let i = 1; i < levels.length; i++) expect(levels[i]!, `${path}: heading ${i} skips a level`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      for (const fig of await page.locator('figure.figure').all()) {
        await expect(fig.locator('.figure-head h3.figure-title')).toHaveCount(1);
        const inner = await fig.locator('.widget h1, .widget h2, .widget h3').count();
        expect(inner, `${path}: a widget heading at the figure title's level or above`).toBe(0);
      }
    }
    // Changing the state changes no heading: select a block, compare, step (architecture); type (tokenizer).
    await page.goto('/architecture/');
    await hydrateAll(page);
    const before = await outline();
    const fig = page.locator('#fig-architecture-explorer');
    await fig.getByRole('radio', { name: 'Llama 2' }).check();
    await fig.getByRole('button', { name: /^RMSNorm before attention/ }).click();
    await fig.getByRole('button', { name: 'Step', exact: true }).click();
    expect(await outline()).toEqual(before);
    await page.goto('/tokenizer/');
    await hydrateAll(page);
    const beforeTok = await outline();
    await page.locator('#fig-tokenizer-playground').getByLabel(/Text to tokenize/).fill('Other words entirely, and some more of them.');
    await page.locator('#fig-bpe-stepper').getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForTimeout(1_000);
    expect(await outline()).toEqual(beforeTok);
  });
});
