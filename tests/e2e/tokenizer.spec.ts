// The tokenizer playground on the built site: vocabularies load only once it is on screen; the embed page
// tokenizes its URL text with the real tokenizers; the keyboard reaches every token; and inside a sandboxed
// iframe (no Worker possible) it falls back to the main thread with the same ids.
import { axeViolations, expect, HARNESS, test } from './fixtures';

/** Vocabulary chunks (all far above 100 KB), loaded by the worker or, without one, by the page. */
const VOCAB_BYTES = 100_000;

test('the chapter fetches no vocabulary until the playground scrolls into view', async ({ page }) => {
  const big: { url: string; bytes: number; afterScroll: boolean }[] = [];
  let scrolled = false;
  page.on('response', async (r) => {
    if (!r.url().includes('/_astro/') || !r.url().endsWith('.js')) return;
    const bytes = (await r.body().catch(() => Buffer.alloc(0))).length;
    if (bytes > VOCAB_BYTES) big.push({ url: r.url(), bytes, afterScroll: scrolled });
  });
  await page.goto('/tokenizer/');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(big, 'vocabulary bytes fetched before any scroll').toEqual([]);
  const figure = page.locator('#fig-tokenizer-playground');
  scrolled = true;
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  expect(big.some((b) => b.afterScroll && /(worker|llama3|llama2|cl100k)[-.]/.test(b.url)), 'the vocabularies load after the scroll').toBe(true);
  await expect(figure.getByRole('region', { name: /^Llama 3/ }).locator('.tp-stats')).toContainText(/\d+ tokens/);
});

test('the embed page tokenizes ?text=Hello world: 2 tokens for Llama 3 and 2 for Llama 2', async ({ page }) => {
  await page.goto('/embed/tokenizer-playground/?text=Hello%20world');
  const llama3 = page.getByRole('region', { name: /^Llama 3/ });
  const llama2 = page.getByRole('region', { name: /^Llama 2/ });
  await expect(llama3.locator('.tp-stats')).toContainText('2 tokens', { timeout: 30_000 });
  await expect(llama2.locator('.tp-stats')).toContainText('2 tokens');
  await expect(llama3.getByRole('option')).toHaveText(['Hello', '·world']);
  await expect(page.locator('.tokplay')).toHaveAttribute('data-runs-in', 'worker');
  expect(await llama3.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(['9906', '1917']);
  expect(await llama2.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(['15043', '3186']);
  await expect(page.locator('.tp-compare')).toHaveText('Llama 3 needs 2 tokens, the same number of tokens as Llama 2 (2); 1.00× the count.');
});

test('keyboard only: Tab reaches the tokens, arrows move, the detail gives id and bytes', async ({ page }) => {
  await page.goto('/embed/tokenizer-playground/?text=Hello%20world&compare=none');
  const list = page.getByRole('listbox', { name: 'Llama 3 tokens, in order' });
  await expect(list.getByRole('option')).toHaveCount(2, { timeout: 30_000 });
  let guard = 0;
  while (!(await list.getByRole('option').first().evaluate((el) => el === document.activeElement)) && guard++ < 20) {
    await page.keyboard.press('Tab');
  }
  await expect(list.getByRole('option').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('option').nth(1)).toBeFocused();
  await expect(page.locator('.tp-detail')).toContainText('Llama 3 token 2 of 2: id 1,917, “·world”, bytes 20 77 6F 72 6C 64.');
  await page.keyboard.press('Home');
  await expect(list.getByRole('option').first()).toBeFocused();
  // The text field and both switches are reachable and work from the keyboard.
  await page.getByLabel(/Text to tokenize/).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await expect(page.getByRole('region', { name: /^Llama 3/ }).locator('.tp-stats')).toContainText('3 tokens');
  await page.getByLabel('plain text').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('plain text')).toBeChecked();
});

test('inside a sandboxed iframe (no Worker) it falls back to the main thread with the same ids', async ({ page }) => {
  await page.goto(`${HARNESS}/embed-test?widget=tokenizer-playground&variant=wp&params=${encodeURIComponent('text=Hello world')}`);
  const frame = page.frameLocator('iframe.wp-embedded-content');
  const llama3 = frame.getByRole('region', { name: /^Llama 3/ });
  await expect(llama3.locator('.tp-stats')).toContainText('2 tokens', { timeout: 30_000 });
  expect(await llama3.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(['9906', '1917']);
  await expect(frame.getByRole('region', { name: /^Llama 2/ }).locator('.tp-stats')).toContainText('2 tokens');
  await expect(frame.locator('.tokplay')).toHaveAttribute('data-runs-in', 'main');
});

test('hostile text from the URL renders visibly and safely', async ({ page }) => {
  const text = 'a\u202Eb\u200Dc<img src=x onerror=alert(1)>\u0000';
  await page.goto(`/embed/tokenizer-playground/?text=${encodeURIComponent(text)}`);
  const list = page.getByRole('listbox', { name: 'Llama 3 tokens, in order' });
  await expect(list.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  const shown = await list.textContent();
  expect(shown).toContain('⟨U+200D⟩');
  expect(shown).toContain('⟨U+0000⟩');
  expect(shown).not.toMatch(/[\u202E\u200D\u0000]/);
  await expect(page.locator('img')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const query of ['sample=chat', 'sample=invisible', 'sample=emoji&compare=cl100k']) {
    test(`tokens on screen pass WCAG 2.2 AA: ${query} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/embed/tokenizer-playground/?${query}`);
      await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
      await page.getByRole('option').first().focus();
      await page.keyboard.press('ArrowRight');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('a long non-ASCII text is cut to fit a link, the Embed panel says so, and the Open link shows that part', async ({ page }) => {
  await page.goto('/tokenizer/');
  const figure = page.locator('#fig-tokenizer-playground');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
  const text = '大语言模型'.repeat(300); // 1,500 characters: within the 2,000 a link may carry, but 13,500 once percent-encoded
  await figure.getByLabel(/Text to tokenize/).fill(text);
  await figure.getByRole('button', { name: 'Embed' }).click();
  const note = figure.locator('.embed-shortened');
  await expect(note).toContainText(/carry its first [\d,]+ of 1,500 characters/);
  const kept = Number((await note.textContent())!.match(/first ([\d,]+) of/)![1]!.replace(/,/g, ''));
  expect(kept).toBeGreaterThan(800);
  expect(kept).toBeLessThan(1_500);
  const href = (await figure.getByRole('link', { name: /^Open/ }).getAttribute('href'))!;
  expect(href.length - href.indexOf('?') - 1).toBeLessThanOrEqual(8_192);
  await page.goto(href);
  await expect(page.locator('.widget-notice')).toHaveCount(0);
  await expect(page.getByLabel(/Text to tokenize/)).toHaveValue(text.slice(0, kept));
  await expect(page.getByRole('region', { name: /^Llama 3/ }).locator('.tp-stats')).toContainText(/\d+ tokens/, { timeout: 30_000 });
});
