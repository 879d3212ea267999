// Scroll containers, reflow at 320 px, text spacing (WCAG 1.4.10, 1.4.12) and target sizes (2.5.8) (issue #9, item 33).
import AxeBuilder from '@axe-core/playwright';
import { expect, hydrateAll, test } from './fixtures';
import { SPACING } from './a11yHelpers';

test.describe('33: scroll containers, reflow and text spacing', () => {
  for (const path of ['/architecture/', '/tokenizer/', '/gqa/', '/embed/tokenizer-playground/', '/embed/param-counter/', '/embed/kv-cache/']) test(`at 320 px, with every details open, every scrolling box on ${path} can take focus (axe scrollable-region-focusable)`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 700 });
    {
      await page.goto(path);
      await hydrateAll(page);
      if (path.includes('tokenizer')) await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
      await page.waitForTimeout(500);
      const r = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
      expect(r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), path).toEqual([]);
      // …and scrolls inside its own box: the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: page width`).toBeLessThanOrEqual(320);
    }
    await page.screenshot({ path: info.outputPath('320-details.png'), fullPage: true });
  });

  test('kv-cache: the chart fits a 320 px screen (no 260 px minimum, the axis title wraps)', async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 900 });
    for (const path of ['/embed/kv-cache/', '/gqa/']) {
      await page.goto(path);
      await hydrateAll(page);
      const svg = page.locator('.kv-svg');
      await svg.scrollIntoViewIfNeeded();
      const right = await svg.evaluate((s) => Math.max(...[...s.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)));
      expect(right, `${path}: rightmost part of the chart`).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await page.goto('/embed/kv-cache/');
    await hydrateAll(page);
    await page.locator('.kv-chart').screenshot({ path: info.outputPath('kv-chart-320.png') });
  });
});

test.describe('33: text spacing (WCAG 1.4.12)', () => {
  test.use({ bypassCSP: true }); // the overrides come as a <style> element, as a reader's bookmarklet would add them

  test('label gutters grow with the text: no label runs under a bar or into the next label; no sideways scroll at 320 px', async ({ page }, info) => {
    test.setTimeout(180_000);
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style');
        s.textContent = css;
        document.head.append(s);
      });
    }, SPACING);
    await page.goto('/embed/param-counter/');
    await hydrateAll(page);
    const overlaps = await page.locator('.pc-chart svg').evaluate((svg) => {
      const labels = [...svg.querySelectorAll('.pc-label')].map((t) => t.getBoundingClientRect());
      const bars = [...svg.querySelectorAll('.pc-bar')].map((b) => b.getBoundingClientRect());
      return labels.map((l, i) => l.right - bars[i]!.left).filter((d) => d > 0);
    });
    expect(overlaps, 'labels running under their bars (px)').toEqual([]);
    await page.locator('.pc-chart').screenshot({ path: info.outputPath('spacing-param-counter-chart.png') });

    await page.goto('/embed/kv-cache/');
    await hydrateAll(page);
    const gap = await page.locator('.kv-svg').evaluate((svg) => {
      const gpu = [...svg.querySelectorAll('.kv-hlabel[data-gpu]')].map((t) => t.getBoundingClientRect().right);
      const weights = [...svg.querySelectorAll('.kv-hlabel:not([data-gpu])')].map((t) => t.getBoundingClientRect().left);
      return Math.min(...weights) - Math.max(...gpu);
    });
    expect(gap, 'space between the widest GPU label and the weights label (px)').toBeGreaterThan(0);
    await page.locator('.kv-chart').screenshot({ path: info.outputPath('spacing-kv-chart.png') });

    await page.setViewportSize({ width: 320, height: 700 });
    for (const id of ['architecture-explorer', 'bpe-stepper']) {
      await page.goto(`/embed/${id}/`);
      await hydrateAll(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(320);
    }
  });
});

test.describe('target sizes (2.5.8)', () => {
  test('token chips are at least 24 px tall; Previous and Next are full-size targets that pick tokens', async ({ page }) => {
    await page.goto('/embed/tokenizer-playground/?compare=none&text=Hello%2C%20world!');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    const heights = await page.locator('.tok').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights).toHaveLength(4);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(24);
    for (const name of ['Previous', 'Next']) {
      const b = (await page.getByRole('button', { name }).boundingBox())!;
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.tp-detail')).toHaveText(/^Llama 3 token 2 of 4: id 11, “,”/);
    await expect(page.getByRole('listbox', { name: 'Llama 3 tokens, in order' }).getByRole('option', { selected: true })).toHaveText(',');
  });
});
