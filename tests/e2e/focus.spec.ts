// Keyboard and focus (issue #9, items 27 and 30): focus never falls to <body> at either end of a stepper; heatmaps are
// ARIA grids that arrows, Home/End, Page Up/Down and Ctrl+Home drive, with focus following the cell.
import { expect, hydrateAll, test } from './fixtures';
import { focusedCell, tabTo } from './a11yHelpers';

test.describe('27: Step and Back keep the focus at either end', () => {
  test('architecture-explorer: pressing Step to the last stage and Back to the first never drops focus to <body>', async ({ page }) => {
    await page.goto('/embed/architecture-explorer/');
    await hydrateAll(page);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    const back = page.getByRole('button', { name: 'Back', exact: true });
    await expect(back).toHaveAttribute('aria-disabled', 'true');
    await step.focus();
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    }
    await expect(page.locator('.arch-stage-title')).toContainText('Stage 21 of 21');
    await expect(step).toBeFocused();
    await expect(step).toHaveAttribute('aria-disabled', 'true');
    await back.focus();
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    }
    await expect(page.locator('.arch-stage-title')).toContainText('Stage 1 of 21');
    await expect(back).toBeFocused();
  });
});

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
