// Accessibility inside the widgets beyond axe (issue 9, items 25, 30, 32, 33, 34), in Chromium on the built
// site: heatmaps as ARIA grids driven by the keyboard, token boundaries and bar keys that do not rest on hue,
// selected states in forced colours, token target sizes, and the language of sample texts.
import type { Page } from '@playwright/test';
import { expect, hydrateAll, test } from './fixtures';

/** WCAG contrast of two computed `rgb(…)` colours (alpha ignored: these are opaque). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
    const lin = (s: number) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The focused element's grid position: [row, column], 1-based, or null if focus is not on a grid cell. */
const focusedCell = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  if (el?.getAttribute('role') !== 'gridcell') return null;
  return [Number(el.parentElement?.getAttribute('aria-rowindex')), Number(el.getAttribute('aria-colindex'))];
});

async function tabTo(page: Page, role: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((r) => document.activeElement?.getAttribute('role') === r, role)) return;
  }
  throw new Error(`no ${role} reached with Tab`);
}

test.describe('heatmaps are ARIA grids (item 30)', () => {
  test('architecture-explorer: Tab reaches one cell; arrows, End, Page Down and Ctrl+Home move it; focus follows', async ({ page }) => {
    await page.goto('/embed/architecture-explorer/?block=qkv');
    await hydrateAll(page);
    const grid = page.getByRole('grid', { name: /^Queries Q = x·W_q/ });
    await expect(grid).toHaveAttribute('aria-colcount', '26');
    await expect(grid).toHaveAttribute('aria-rowcount', '16');
    await expect(page.locator('.arch-heat-box[tabindex], .arch-heat-box[role="group"]')).toHaveCount(0);
    await tabTo(page, 'gridcell');
    expect(await focusedCell(page)).toEqual([1, 1]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focusedCell(page)).toEqual([2, 2]);
    await expect(grid.getByRole('gridcell')).toHaveAccessibleName(/^Token 1 “a”, head 1, number 2: −?\d/);
    await page.keyboard.press('End');
    expect(await focusedCell(page)).toEqual([2, 26]);
    await page.keyboard.press('PageDown');
    expect(await focusedCell(page)).toEqual([16, 26]);
    await page.keyboard.press('Control+Home');
    expect(await focusedCell(page)).toEqual([1, 1]);
    // The accessibility tree has the grid, its row and the one cell.
    await expect(grid).toMatchAriaSnapshot(`
      - grid /^Queries Q = x·W_q/:
        - row:
          - gridcell /^Token 0 “BOS”, head 1, number 1\\b/
    `);
    // A click on the map picks that cell and gives it the focus.
    const svg = page.locator('.arch-heat-box svg').first();
    await svg.scrollIntoViewIfNeeded(); // the whole map on screen: focus on the top row may leave its bottom below
    const box = (await svg.boundingBox())!;
    await page.mouse.click(box.x + box.width - 5, box.y + box.height - 5);
    expect(await focusedCell(page)).toEqual([16, 26]);
  });

  test('gqa-heads: one grid for both maps; each cell reads both weights', async ({ page }) => {
    await page.goto('/embed/gqa-heads/');
    await hydrateAll(page);
    const grid = page.getByRole('grid', { name: /^Attention weights of query head 0/ });
    await expect(grid).toHaveAttribute('aria-rowcount', '6');
    await expect(page.locator('.gqa-maps[tabindex], .gqa-maps[role="group"]')).toHaveCount(0);
    await tabTo(page, 'gridcell');
    expect(await focusedCell(page)).toEqual([6, 1]);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowRight');
    expect(await focusedCell(page)).toEqual([1, 2]);
    await expect(grid.getByRole('gridcell')).toHaveAccessibleName('Query token 0, key token 1: masked (a later token), weight 0 in both.');
    await page.keyboard.press('ArrowDown');
    await expect(grid.getByRole('gridcell')).toHaveAccessibleName(/^Query token 1, key token 1: MHA \d\.\d{3}, mean-pooled \d\.\d{3}/);
    await expect(page.locator('.gqa-readout')).toHaveText(/^Query token 1, key token 1: MHA/);
    // Both maps mark the cell.
    await expect(page.locator('.gqa-sel')).toHaveCount(2);
  });
});

/** Computed colours of every token box of a list and of the list itself. */
const tokenColours = (page: Page, list: string) => page.locator(`${list} .tok`).evaluateAll((els) => els.map((el) => {
  const s = getComputedStyle(el);
  const listBg = getComputedStyle(el.closest('.tp-tokens')!).backgroundColor;
  return { edge: s.borderTopColor, width: s.borderTopWidth, style: s.borderTopStyle, fill: s.backgroundColor, listBg, special: el.classList.contains('special') };
}));

test.describe('token boundaries survive greyscale and forced colours (item 25)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`tokenizer-playground (${scheme}): every token has an edge of at least 3:1 against its fill and the list`, async ({ page }) => {
      await page.goto(`/embed/tokenizer-playground/?theme=${scheme}&compare=none&text=${encodeURIComponent('Tokenization splits words: un-believ-able!')}`);
      await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
      const toks = await tokenColours(page, '');
      expect(toks.length).toBeGreaterThan(5);
      for (const t of toks) {
        expect([t.width, t.style]).toEqual(['1px', 'solid']);
        expect(contrast(t.edge, t.fill), `edge ${t.edge} on fill ${t.fill}`).toBeGreaterThanOrEqual(3);
        expect(contrast(t.edge, t.listBg), `edge ${t.edge} on list ${t.listBg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  test('what-changed at 375 px: the bar key is visible in the card layout, the bars differ by outline', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/embed/what-changed/');
    await hydrateAll(page);
    await expect(page.locator('.wc-table thead')).toHaveCSS('position', 'absolute'); // the card layout
    const key = page.locator('.wc-key');
    await expect(key).toBeVisible();
    await expect(key).toHaveText(/Llama 2 7B: upper bar, outlined\s*Llama 3\.1 8B: lower bar, solid/);
    await expect(key.locator('svg.wc-swatch')).toHaveCount(2);
    const l2 = page.locator('.wc-bars .l2').first();
    await expect(l2).toHaveCSS('stroke-width', '1.5px');
    await expect(l2).toHaveCSS('fill-opacity', '0.15');
    await expect(page.locator('.wc-bars .l3').first()).toHaveCSS('fill-opacity', '1');
  });
});

test.describe('forced colours (items 25 and 32)', () => {
  test.use({ forcedColors: 'active' });

  test('tokenizer-playground and bpe-stepper in forced colours: token edges stay, in the text colour', async ({ page }) => {
    await page.goto('/embed/tokenizer-playground/?compare=none&text=Hello%20world');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    for (const t of await tokenColours(page, '')) {
      expect([t.width, t.style]).toEqual(['1px', 'solid']);
      expect(contrast(t.edge, t.listBg)).toBeGreaterThanOrEqual(3);
    }
    await page.goto('/embed/bpe-stepper/');
    await page.waitForSelector('.widget[data-hydrated="true"]');
    const bpe = await page.locator('.bpe-chunk .bpe-tok').evaluateAll((els) => els.slice(0, 40).map((el) => {
      const s = getComputedStyle(el);
      return [s.borderTopWidth, s.borderTopStyle, contrast2(s.borderTopColor, getComputedStyle(el.closest('.bpe-text')!).backgroundColor)];
      function contrast2(a: string, b: string) {
        const lum = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255)
          .map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4)).reduce((acc, v, i) => acc + [0.2126, 0.7152, 0.0722][i]! * v, 0);
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
        return (x + 0.05) / (y + 0.05) >= 3;
      }
    }));
    expect(bpe.length).toBe(40);
    for (const b of bpe) expect(b).toEqual(['1px', 'solid', true]);
    expect(await page.locator('.bpe-chunk').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
  });

  test('architecture-explorer: the current decoder block has a thick Highlight border', async ({ page }) => {
    await page.goto('/embed/architecture-explorer/?block=qkv');
    await page.waitForSelector('.widget[data-hydrated="true"]');
    const widths = await page.locator('.arch-block').evaluateAll((els) => els.map((el) => ({
      current: el.getAttribute('aria-current') === 'step', left: getComputedStyle(el).borderLeftWidth, top: getComputedStyle(el).borderTopWidth,
    })));
    expect(widths.filter((w) => w.current)).toEqual([{ current: true, left: '8px', top: '3px' }]);
    expect(widths.filter((w) => !w.current).every((w) => w.left === '1px' && w.top === '1px')).toBe(true);
  });

  test('gqa-heads: the pressed MHA preset takes the selection colours and a thick border', async ({ page }) => {
    await page.goto('/embed/gqa-heads/?kvHeads=8');
    await page.waitForSelector('.widget[data-hydrated="true"]');
    const look = (name: RegExp) => page.getByRole('button', { name }).evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, fg: s.color, border: s.borderTopWidth };
    });
    const pressed = await look(/^MHA/);
    const other = await look(/^MQA/);
    await expect(page.getByRole('button', { name: /^MHA/ })).toHaveAttribute('aria-pressed', 'true');
    expect(pressed.border).toBe('3px');
    expect(other.border).toBe('1px');
    expect(pressed.bg).not.toBe(other.bg);
    expect(contrast(pressed.bg, pressed.fg)).toBeGreaterThanOrEqual(4.5);
  });
});

test.describe('token chips (item 33) and languages (item 34)', () => {
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

  test('the Chinese sample renders its tokens with lang="zh"; the mixed one marks Russian tokens lang="ru"', async ({ page }) => {
    await page.goto('/embed/tokenizer-playground/?sample=chinese');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    await expect(page.getByRole('listbox', { name: 'Llama 3 tokens, in order' })).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('listbox', { name: 'Llama 2 tokens, in order' })).toHaveAttribute('lang', 'zh-Hans');
    await page.goto('/embed/tokenizer-playground/?sample=mixed');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    for (const name of ['Llama 3', 'Llama 2']) {
      const ru = await page.getByRole('listbox', { name: `${name} tokens, in order` }).locator('[lang="ru"]').allTextContents();
      expect(ru.join(''), name).toBe('·Привет,·мир!');
    }
  });
});
