// The chapters as built: the corrections of issue #9 that a reader would check, and the report links.
import { expect, test } from './fixtures';

const REPORT_HTML = 'https://arxiv.org/html/2407.21783v1';
/** Visible prose of the chapter (figures and their widgets left out). */
const prose = (page: import('@playwright/test').Page) =>
  page.locator('article.prose').evaluate((a) => {
    const copy = a.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('figure, .katex-mathml').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });

test('report references in prose link to the report’s sections; other papers’ sections and headings do not', async ({ page }) => {
  await page.goto('/tokenizer/');
  const article = page.locator('article.prose');
  // "(§3.2)" in running text → the §3.2 anchor of the v1 HTML.
  const s32 = article.locator('p a.report-ref', { hasText: /^§3\.2$/ }).first();
  await expect(s32).toHaveAttribute('href', `${REPORT_HTML}#S3.SS2`);
  // "(Llama 2 paper, §2.2)": the Llama 2 paper's section, not the report's.
  const llama2 = article.locator('p', { hasText: 'Llama 2 paper, §2.2' });
  await expect(llama2).toHaveCount(1);
  await expect(llama2.locator('a', { hasText: '§2.2' })).toHaveCount(0);
  // Chapter kicker and figure captions' "Report §3.2, Table 3" link too.
  await expect(page.locator('.chapter-kicker a', { hasText: 'Table 3' })).toHaveAttribute('href', `${REPORT_HTML}#S3.SS2`);
  await expect(page.locator('#fig-vocab-tradeoff .figure-ref a', { hasText: '§3.2' })).toHaveAttribute('href', `${REPORT_HTML}#S3.SS2`);
  // No heading carries a report link.
  await expect(article.locator('h2 a.report-ref, h3 a.report-ref')).toHaveCount(0);
});

test('architecture: Kaplan et al.’s §2.1 is not linked to the report; the 405B shows 405.9B; the notation table is there', async ({ page }) => {
  await page.goto('/architecture/');
  const kaplan = page.locator('article.prose p', { hasText: 'see their §2.1 and Table 1' });
  await expect(kaplan.locator('a.report-ref')).toHaveCount(0);
  const shapes = page.locator('table', { has: page.locator('caption', { hasText: 'Shapes of the three sizes' }) });
  await expect(shapes.getByRole('row', { name: /Parameters \(computed\)/ })).toContainText('405.9B');
  await expect(shapes.getByRole('row', { name: /Parameters \(computed\)/ })).not.toContainText('406B');
  const notation = page.locator('table.notation');
  await expect(notation.locator('caption')).toHaveText('Symbols used throughout the site.');
  await expect(notation.locator('tbody tr')).toHaveCount(15);
  await expect(notation.locator('tbody tr').first().locator('.katex')).toHaveCount(1);
  const text = await prose(page);
  expect(text).toContain('The report lists four changes Llama 3 makes on top of that');
  expect(text).toContain('depends on the signed offset');
});

test('tokenizer: 24.3% more text, four named 3.1 ids (128005 <|step_id|>), n_vocab·d multiply-adds, the measured Chinese split', async ({ page }) => {
  await page.goto('/tokenizer/');
  const text = await prose(page);
  expect(text).toContain('19.5% fewer tokens for the same text');
  expect(text).toContain('holds 24.3% more text');
  expect(text).toContain('Llama 3.1 gave names to four ids');
  expect(text).toContain('Four of them frame every conversation');
  expect(text).toContain('the chat template does not use it');
  expect(text).toContain('multiply-adds, that is');
  expect(text).not.toContain('three more reserved ids');
  expect(text).toContain('takes 131 tokens under Llama 2, 107 under cl100k_base and 83 under Llama 3');
  expect(text).toContain('the additions give 64% of the saving');
  expect(text).not.toMatch(/Every widget here runs the real/);
  const names = page.locator('table', { has: page.locator('caption', { hasText: 'The first eleven special ids' }) });
  const row = names.getByRole('row', { name: /^128,005/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('<|reserved_special_token_3|>');
  await expect(row.getByRole('cell').nth(1)).toHaveText('<|step_id|>');
  await expect(names.getByRole('row', { name: /^128,004/ }).getByRole('cell').nth(1)).toHaveText('<|finetune_right_pad_id|>');
  await expect(names.getByRole('row', { name: /^128,008/ }).getByRole('cell').nth(1)).toHaveText('<|eom_id|>');
  await expect(names.getByRole('row', { name: /^128,010/ }).getByRole('cell').nth(1)).toHaveText('<|python_tag|>');
});

test('overview: versions, token ratio, annealing and long-context claims as the report makes them', async ({ page }) => {
  await page.goto('/overview/');
  const text = await prose(page);
  expect(text).toContain('read at most 8,192 tokens');
  expect(text).toContain('window of 131,072 positions');
  expect(text).toContain('All results in this paper are for the Llama 3.1 models');
  expect(text).toContain('about 7.5 times as many tokens (8.3 by the report’s figure)');
  expect(text).not.toContain('eight times as much text');
  expect(text).not.toContain('heavier on code');
  expect(text).toContain('“on the GSM8k and MATH training sets”');
  expect(text).toContain('not from the production anneal');
  expect(text).toContain('“similar recipes”');
  expect(text).toContain('about 38 training tokens per parameter');
  expect(text).not.toContain('That is also why');
  expect(text).toContain('the context window, the RoPE base and the document mask');
});

test('gqa: when the cache outweighs the weights, computed per model; GPU memory labelled nominal', async ({ page }) => {
  await page.goto('/gqa/');
  const text = await prose(page);
  expect(text).toContain('1.07 times the size of the weights for the 8B model, but 0.30 times for 70B and 0.08 times for 405B');
  expect(text).toContain('from a batch of 4 (70B) or 12 (405B) sequences');
  expect(text).toContain('nominal ones on NVIDIA’s datasheets');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toContain('dominates');
});

test('the site claims links only where they exist', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('body')).not.toContainText('Every number links');
  await expect(page.locator('.site-footer')).toContainText('references to the report link to its sections');
});

test('math is set as KaTeX sets it: subscripts and superscripts smaller than their base (the stylesheet matches the renderer)', async ({ page }) => {
  // rehype-katex once rendered with its own KaTeX 0.16 (class "sizing") under the site's KaTeX 0.19 stylesheet
  // (class "katex-sizing"): every subscript came out full size. package.json's override keeps one KaTeX.
  for (const path of ['/gqa/', '/rope/', '/zh/rope/']) {
    await page.goto(path);
    const sizes = await page.locator('article.prose .katex .msupsub').first().evaluate((sub) => {
      const base = sub.closest('.mord, .katex-html')!;
      const script = sub.querySelector('.mtight') ?? sub.querySelector('.vlist span span:last-child')!;
      return { base: parseFloat(getComputedStyle(base).fontSize), script: parseFloat(getComputedStyle(script).fontSize) };
    });
    expect(sizes.script, `${path}: ${JSON.stringify(sizes)}`).toBeLessThan(sizes.base * 0.8);
  }
});
