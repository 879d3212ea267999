// Languages of parts (WCAG 3.1.2; issue #9, item 34): sample texts and tokens carry their language.
import { expect, test } from './fixtures';

test.describe('34: languages', () => {
  test('the Chinese sample carries lang wherever its text is shown', async ({ page }) => {
    await page.goto('/embed/tokenizer-playground/?sample=chinese');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    await expect(page.getByLabel(/Text to tokenize/)).toHaveAttribute('lang', 'zh-Hans');
    for (const list of await page.getByRole('listbox').all()) await expect(list).toHaveAttribute('lang', 'zh-Hans');
    // Typed text is the reader's: no language is claimed for it.
    await page.getByLabel(/Text to tokenize/).fill('Plain English now.');
    await expect(page.getByLabel(/Text to tokenize/)).not.toHaveAttribute('lang', /.*/);
  });
});

test.describe('token languages', () => {

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
