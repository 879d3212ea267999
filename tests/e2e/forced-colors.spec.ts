// Forced colours and greyscale (issue #9, items 25 and 32): token boundaries, bar keys, selected states and
// focus stay visible without colour.
import { expect, hydrateAll, test } from './fixtures';
import { contrast, tokenColours } from './a11yHelpers';

test.describe('32: forced colours', () => {
  test('the chosen option of a segmented radio group and a pressed button stand out (screenshots)', async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ forcedColors: 'active' });
    for (const scheme of ['light', 'dark'] as const) {
      await page.goto(`/embed/gqa-heads/?theme=${scheme}&heads=32&kvHeads=8`);
      await hydrateAll(page);
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      const pressed = page.locator('.gqa-presets button[aria-pressed="true"]');
      const unpressed = page.locator('.gqa-presets button[aria-pressed="false"]').first();
      const bg = (l: typeof pressed) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(await bg(pressed)).not.toBe(await bg(unpressed));
      await page.screenshot({ path: info.outputPath(`forced-${scheme}-gqa-heads.png`), fullPage: true });
      await page.goto(`/embed/what-changed/?theme=${scheme}`);
      await hydrateAll(page);
      const checked = page.locator('.segmented input:checked + span');
      const other = page.locator('.segmented input:not(:checked) + span').first();
      expect(await bg(checked)).not.toBe(await bg(other));
      const border = (l: typeof checked) => l.evaluate((e) => getComputedStyle(e).borderTopWidth);
      expect(await border(checked)).not.toBe(await border(other)); // a cue that is not colour at all
      await page.screenshot({ path: info.outputPath(`forced-${scheme}-what-changed.png`) });
    }
  });
});

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
