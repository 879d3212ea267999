// Search results and citation tooltips (issue #9, item 31).
import { expect, test } from './fixtures';

test.describe('31: search results and citation tooltips', () => {
  test('the search results close when focus leaves the search and on Escape; the next stop is not covered', async ({ page }) => {
    await page.goto('/architecture/');
    const box = page.getByRole('searchbox', { name: 'Search the site' });
    await box.click();
    await box.fill('llama');
    const list = page.locator('#site-search-results');
    await expect(list.locator('a').first()).toBeVisible({ timeout: 15_000 });
    // Tab out through the results and on: the list closes as soon as focus is outside the search.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => !!document.activeElement?.closest('.search')))) break;
    }
    await expect(list).toBeHidden();
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !(hit && (el === hit || el.contains(hit) || hit.contains(el)));
    });
    expect(covered, 'the focused element is under something').toBe(false);
    // Back in the box the results return; Escape closes them and keeps the query; a second Escape clears it.
    await box.focus();
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveValue('llama');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('citation tooltips: on focus and hover, hoverable, dismissed by Escape, decoded, inside a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/tokenizer/');
    const tip = page.locator('#cite-tip');
    const cites = page.locator('article a[data-tooltip]');
    const touvron = cites.filter({ hasText: /Touvron/ }).first();
    await touvron.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Stone, K., & others');
    expect(await tip.textContent()).not.toMatch(/&#\d+;|&amp;/);
    await expect(touvron).toHaveAttribute('aria-describedby', 'cite-tip');
    for (const a of await cites.all()) {
      await a.focus();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'a tooltip widens the page').toBeLessThanOrEqual(320);
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Hover: the pointer may move onto the tooltip without losing it; leaving both hides it.
    await page.setViewportSize({ width: 1280, height: 900 });
    await touvron.scrollIntoViewIfNeeded();
    await touvron.hover();
    await expect(tip).toBeVisible();
    const t = (await tip.boundingBox())!;
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 5 });
    await page.waitForTimeout(800);
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
  });

  test('the search index holds one copy of each formula (no KaTeX HTML, no TeX source)', async ({ page }) => {
    await page.goto('/architecture/');
    const content = await page.evaluate(async () => {
      const pf = await import(`${location.origin}/pagefind/pagefind.js`);
      await pf.init?.();
      const res = await pf.search('residual stream');
      const all = await Promise.all(res.results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
      return all.find((d) => d.url.startsWith('/architecture/'))?.content ?? '';
    });
    expect(content).toContain('is called the residual stream');
    expect(content).not.toMatch(/\\(operatorname|text|frac|ell)\b/); // TeX source
    expect(content).not.toContain('hhh'); // "h" three times: MathML, TeX and the HTML copy
  });
});
