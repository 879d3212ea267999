// The Chinese edition (/zh/): its own language on every page, links both ways between the editions (hreflang, the
// language switch, to the same section), search that finds Chinese words, its own feed and sitemap entries, Chinese
// snippets and oEmbed, and the Chinese default text of the tokenizer playground.
import { CHAPTERS as PLAN, isPublished } from '../../src/data/chapters';
import { DEFAULT_ORIGIN } from '../../src/site';
import { expect, SITE, test, widgetList } from './fixtures';

/** The origin the build wrote into absolute URLs (no SITE_URL in tests): links, feed, sitemap, oEmbed. */
const BUILT = DEFAULT_ORIGIN;

/** Every chapter published in both languages (the plan in src/data/chapters.ts). */
const CHAPTERS = PLAN.filter((c) => isPublished(c, 'en') && isPublished(c, 'zh')).map((c) => c.slug);

test('every Chinese page says it is Chinese, and links to its English twin and back (hreflang)', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/', '/widgets/', '/package/', ...CHAPTERS.map((c) => `/${c}/`)]) {
    await page.goto(`/zh${path}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('link[rel=alternate][hreflang="en"]')).toHaveAttribute('href', `${BUILT}${path}`);
    await expect(page.locator('link[rel=alternate][hreflang="zh-CN"]')).toHaveAttribute('href', `${BUILT}/zh${path}`);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${BUILT}/zh${path}`);
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel=alternate][hreflang="zh-CN"]')).toHaveAttribute('href', `${BUILT}/zh${path}`);
  }
});

test('the language switch leads to the same section of the same chapter, by keyboard', async ({ page }) => {
  // No cross-document view transition: Chromium abandons some (between English pages too) with an uncaught
  // "Transition was aborted" that is not this test's subject.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/gqa/#why-decoding-is-limited-by-memory');
  const toZh = page.locator('a[data-lang-switch]');
  await expect(toZh).toHaveAttribute('hreflang', 'zh-CN');
  await toZh.focus();
  await Promise.all([page.waitForURL('**/zh/gqa/#why-decoding-is-limited-by-memory'), page.keyboard.press('Enter')]);
  const heading = page.locator('h2#why-decoding-is-limited-by-memory');
  await expect(heading).toBeVisible();
  await expect(heading).toContainText(/\p{Script=Han}/u);
  await page.locator('a[data-lang-switch]').click();
  await page.waitForURL('**/gqa/#why-decoding-is-limited-by-memory');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a Chinese chapter has the English one\'s sections, under the same anchors', async ({ page }) => {
  for (const c of CHAPTERS) {
    await page.goto(`/${c}/`, { waitUntil: 'domcontentloaded' });
    const en = await page.locator('.prose h2[id], .prose h3[id]').evaluateAll((hs) => hs.map((h) => `${h.tagName}#${h.id}`));
    await page.goto(`/zh/${c}/`, { waitUntil: 'domcontentloaded' });
    const zh = await page.locator('.prose h2[id], .prose h3[id]').evaluateAll((hs) => hs.map((h) => `${h.tagName}#${h.id}`));
    expect(zh, c).toEqual(en);
  }
});

test('search on /zh/ finds Chinese words in Chinese pages; English search still works', async ({ page }) => {
  await page.goto('/zh/');
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  await box.fill('分组查询注意力');
  const results = page.locator('#site-search-results a');
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.some((h) => h.startsWith('/zh/gqa/'))).toBe(true);
  expect(hrefs.every((h) => h.startsWith('/zh/'))).toBe(true);
  await box.fill('词表');
  await expect(page.locator('#site-search-status')).toHaveText(/条结果/, { timeout: 20_000 });
  await expect(results.first()).toHaveAttribute('href', /\/zh\//);
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('grouped-query attention');
  await expect(page.locator('#site-search-results a').first()).toBeVisible({ timeout: 20_000 });
  const en = await page.locator('#site-search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(en.some((h) => h === '/gqa/' || h.startsWith('/gqa/#'))).toBe(true);
  expect(en.some((h) => h.startsWith('/zh/'))).toBe(false);
});

test('the Chinese feed lists the Chinese chapters; the sitemap lists both editions with alternates', async ({ request }) => {
  const feed = await (await request.get('/zh/rss.xml')).text();
  expect(feed).toContain('<language>zh-CN</language>');
  for (const c of CHAPTERS) expect(feed).toContain(`${BUILT}/zh/${c}/`);
  const en = await (await request.get('/rss.xml')).text();
  expect(en).not.toContain('/zh/');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const c of CHAPTERS) {
    expect(sitemap).toContain(`<loc>${BUILT}/zh/${c}/</loc>`);
    expect(sitemap).toContain(`hreflang="zh-CN" href="${BUILT}/zh/${c}/"`);
  }
  expect(sitemap).not.toContain('/embed/');
});

test('the Chinese gallery gives Chinese snippets and oEmbed, one per widget', async ({ page, request }) => {
  await page.goto('/zh/widgets/');
  for (const w of widgetList()) {
    const zh = w.languages.zh;
    await expect(page.locator(`#${w.id} h2`)).toHaveText(zh.title);
    await expect(page.locator(`#snippet-${w.id}`)).toHaveValue(new RegExp(`^<iframe data-l3x src="${SITE}/zh/embed/${w.id}/" title="${zh.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(Llama 3 详解\\)"`));
    const oembed = await (await request.get(`/zh/oembed/${w.id}.json`)).json() as { title: string; html: string; provider_name: string };
    expect(oembed.title).toBe(zh.title);
    expect(oembed.provider_name).toBe('Llama 3 详解');
    expect(oembed.html).toContain(`${BUILT}/zh/embed/${w.id}/`);
  }
  await page.goto(`/zh/embed/kv-cache/`, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', `${BUILT}/zh/oembed/kv-cache.json`);
});

test('the tokenizer playground opens on Chinese text on /zh/, and a shared link leaves that default out', async ({ page }) => {
  await page.goto('/zh/embed/tokenizer-playground/');
  await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  const text = await page.locator('textarea').first().inputValue();
  expect(text).toMatch(/\p{Script=Han}{4}/u);
  // An invalid sample falls back to this language's default, as a missing one does.
  await page.goto('/zh/embed/tokenizer-playground/?sample=banana');
  await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  await expect(page.locator('.widget-notice')).toContainText('sample');
  expect(await page.locator('textarea').first().inputValue()).toBe(text);
  await page.goto('/embed/tokenizer-playground/');
  await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  expect(await page.locator('textarea').first().inputValue()).not.toMatch(/\p{Script=Han}{4}/u);
});

test('the Chinese home lists every chapter: published ones as links, the rest as coming soon', async ({ page }) => {
  await page.goto('/zh/');
  for (const c of CHAPTERS) await expect(page.locator(`.chapter-list a[href="/zh/${c}/"]`)).toHaveCount(1);
  // Every chapter not yet published in Chinese is listed as coming soon, and only those (none once all are out).
  const soon = page.locator('.chapter-list .soon');
  await expect(soon).toHaveCount(PLAN.filter((c) => !isPublished(c, 'zh')).length);
  for (const s of await soon.all()) await expect(s).toHaveText('即将推出');
  await expect(page.locator('.chapter-list li')).toHaveCount(PLAN.length);
  expect(await page.locator('.chapter-list a[href^="/"]:not([href^="/zh/"])').count()).toBe(0);
});


test('a page ships only its own language\'s words: no English catalogue in a Chinese page\'s scripts, and the reverse', async ({ page }) => {
  const scripts = async (path: string) => {
    const bodies: Promise<string>[] = [];
    const onResponse = (r: import('@playwright/test').Response) => { if (r.url().endsWith('.js')) bodies.push(r.text().catch(() => '')); };
    page.on('response', onResponse);
    await page.goto(path);
    await expect(page.locator('.widget[data-hydrated="true"]').first()).toBeVisible({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    return (await Promise.all(bodies)).join('\n');
  };
  // The shell's words (the Embed panel's copy button) and a widget's own (kv-cache's chart legend title).
  const zh = await scripts('/zh/embed/kv-cache/');
  expect(zh).toContain('复制代码');
  expect(zh).not.toContain('Copy snippet');
  expect(zh).not.toContain('KV-cache calculator');
  const en = await scripts('/embed/kv-cache/');
  expect(en).toContain('Copy snippet');
  expect(en).not.toContain('复制代码');
  expect(en).not.toContain('自定义形状');
});
