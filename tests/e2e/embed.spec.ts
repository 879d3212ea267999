// Every widget embedded in a page on another origin, the ways a blogger can do it, and what hosts do to
// embeds: WordPress's sandbox, a strict host CSP, a blocked embed.js, a frame that changes off screen.
import type { Page } from '@playwright/test';
import { expect, HARNESS, LANG_PREFIXES, SITE, test, widgetIds, getWidget } from './fixtures';

const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: { data: unknown }[] }).__messages);
const resizes = async (page: Page) => (await messages(page))
  .map((m) => m.data as { type?: string; height?: number } | null)
  .filter((d) => typeof d === 'object' && d !== null && d.type === 'l3x:resize');

for (const id of widgetIds()) {
  for (const variant of ['plain', 'script', 'element', 'wp'] as const) {
    test(`embed ${id} works cross-origin (${variant})`, async ({ page }) => {
      await page.goto(`${HARNESS}/embed-test?widget=${id}&variant=${variant}`);
      const iframe = page.locator('iframe');
      await expect(iframe).toHaveCount(1);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.widget[data-hydrated="true"]')).toBeVisible({ timeout: 20_000 });
      // The frame reported its height, and (where a listener exists) was resized to it.
      await expect.poll(async () => (await resizes(page)).length).toBeGreaterThan(0);
      const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      expect(inner).toBeGreaterThan(150);
      if (variant === 'script' || variant === 'element') {
        await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - inner)).toBeLessThanOrEqual(2);
      }
      if (variant === 'element') {
        // embed.js replaced the fallback link with the frame, named after the widget.
        await expect(page.locator('l3x-embed > a')).toHaveCount(0);
        await expect(iframe).toHaveAttribute('title', `${id} (Llama 3 Explained)`);
      }
      if (variant === 'wp') {
        await expect.poll(() => page.evaluate(() => (window as unknown as { __wpHeight?: number }).__wpHeight ?? 0)).toBeGreaterThanOrEqual(200);
      }
    });
  }
}

// The Chinese embeds, the two ways that name the language: the iframe's src, and <l3x-embed lang="zh">.
for (const id of widgetIds()) {
  for (const variant of ['plain', 'element'] as const) {
    test(`the Chinese embed of ${id} works cross-origin (${variant})`, async ({ page }) => {
      await page.goto(`${HARNESS}/embed-test?widget=${id}&variant=${variant}&lang=zh`);
      const iframe = page.locator('iframe');
      await expect(iframe).toHaveAttribute('src', new RegExp(`^${SITE}/zh/embed/${id}/`));
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.widget[data-hydrated="true"]')).toBeVisible({ timeout: 20_000 });
      await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(frame.locator('.embed-credit a')).toHaveAttribute('href', new RegExp(`^/zh/${getWidget(id)!.chapter}/#fig-${id}$`));
    });
  }
}

test('inside WordPress\'s sandbox (no popups) the credit link asks wp-embed.js to open the chapter', async ({ page }) => {
  await page.goto(`${HARNESS}/embed-test?widget=what-changed&variant=wp`);
  const frame = page.frameLocator('iframe');
  const credit = frame.locator('.embed-credit a');
  await expect(frame.locator('.widget[data-hydrated="true"]')).toBeVisible({ timeout: 20_000 });
  const target = new URL(`/${getWidget('what-changed')!.chapter}/#fig-what-changed`, SITE).href;
  await expect(credit).toHaveAttribute('href', new URL(target).pathname + new URL(target).hash);
  // Keyboard: focus the link inside the frame and press Enter; WordPress navigates the whole page.
  await credit.focus();
  await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
  expect(page.url()).toBe(target);
});

test('<l3x-embed> shows its fallback link where embed.js does not run', async ({ page }) => {
  await page.goto(`${HARNESS}/embed-test?widget=kv-cache&variant=element-noscript&params=${encodeURIComponent('model=llama3-70b')}`);
  const link = page.locator('l3x-embed').getByRole('link', { name: 'kv-cache (Llama 3 Explained)' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', `${SITE}/embed/kv-cache/?model=llama3-70b`);
  await expect(page.locator('iframe')).toHaveCount(0);
});

for (const variant of ['script', 'element'] as const) {
  test(`the snippet works under a strict host CSP: no inline styles, frames and scripts only from the site (${variant})`, async ({ page }) => {
    // The watch fixture fails the test on any CSP violation, in the host page or the frame.
    await page.goto(`${HARNESS}/embed-test?widget=what-changed&variant=${variant}&csp=strict`);
    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.widget[data-hydrated="true"]')).toBeVisible({ timeout: 20_000 });
    const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - inner)).toBeLessThanOrEqual(2);
    // No border although no style attribute could set it: frameborder="0" does.
    expect(await iframe.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
  });
}

test('a frame whose content grows while scrolled out of view is resized at once, not when it comes back', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${HARNESS}/embed-test?widget=what-changed&variant=script&scroll=1`);
  const iframe = page.locator('iframe');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.widget[data-hydrated="true"]')).toBeVisible({ timeout: 20_000 });
  const inner = () => frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const start = await inner();
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(start);
  // Scroll the frame well out of view, and let the browser notice (it stops rendering the frame).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().bottom < 0)).toBe(true);
  await page.waitForTimeout(500);
  // The content grows by 58 px while nobody can see it.
  await frame.locator('.widget').evaluate((el) => {
    const grow = document.createElement('div');
    grow.style.height = '58px';
    el.append(grow);
  });
  await expect.poll(async () => (await resizes(page)).at(-1)?.height, { timeout: 5_000 }).toBe(start + 58);
  await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(start + 58);
  // …and all that happened while the frame stayed out of view.
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().bottom < 0)).toBe(true);
});

test('every embed page unfurls as a card in its own language: og: and twitter: tags, and the card image exists', async ({ page, request }) => {
  test.setTimeout(240_000); // every widget in two languages in one test; the tags are in the static HTML, no hydration
  for (const id of widgetIds()) for (const prefix of LANG_PREFIXES) {
    const words = getWidget(id)!.languages[prefix ? 'zh' : 'en'];
    await page.goto(`${prefix}/embed/${id}/`, { waitUntil: 'domcontentloaded' });
    const prop = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
    expect(await prop('og:title')).toBe(words.title);
    expect(await prop('og:description')).toBe(words.summary);
    expect(new URL((await prop('og:url'))!).pathname).toBe(`${prefix}/embed/${id}/`);
    const image = new URL((await prop('og:image'))!);
    expect(image.pathname).toBe(`${prefix}/og/${id}.png`);
    const png = await request.get(image.pathname);
    expect(png.ok(), `${image.pathname} exists`).toBe(true);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  }
  // The site's own card, per language.
  for (const prefix of LANG_PREFIXES) {
    await page.goto(`${prefix}/`, { waitUntil: 'domcontentloaded' });
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(image.pathname).toBe(`${prefix}/og.png`);
    expect((await request.get(image.pathname)).ok(), `${image.pathname} exists`).toBe(true);
  }
});

test('the gallery\'s snippets use the origin the gallery is served from, not the build\'s', async ({ page }) => {
  await page.goto('/widgets/');
  const snippet = page.locator('#snippet-what-changed');
  await expect(snippet).toHaveValue(new RegExp(`^<iframe data-l3x src="${SITE}/embed/what-changed/" `));
  await expect(snippet).toHaveValue(new RegExp(`<script async src="${SITE}/embed.js"></script>$`));
  await expect(page.locator('pre code[data-snippet]')).toContainText(`<a href="${SITE}/embed/what-changed/?size=405b">`);
  for (const value of await page.locator('textarea[data-snippet]').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))) {
    expect(value.startsWith(`<iframe data-l3x src="${SITE}/embed/`)).toBe(true);
  }
});

test('an embed URL\'s valid values that the widget adjusts or does not use are named (gqa-heads, param-counter)', async ({ page }) => {
  await page.goto('/embed/gqa-heads/?heads=8&kvHeads=5');
  const notice = page.locator('.widget-notice');
  await expect(notice.locator('li')).toHaveText(['kvHeads = 5 → 4 (must divide heads = 8 into equal groups; 4 is the nearest divisor)']);
  await expect(page.getByRole('slider', { name: /^Key\/value heads/ })).toHaveAttribute('aria-valuetext', '4 key/value heads, 2 query heads each');
  await page.goto('/embed/param-counter/?tied=true');
  await expect(page.locator('.widget-notice li')).toHaveText([/^tied = true is not used \(used only with model=custom; .+ has its own shape\)$/]);
  // The same parameter with model=custom is used, and nothing is named.
  await page.goto('/embed/param-counter/?model=custom&tied=true');
  await expect(page.locator('.widget[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('.widget-notice')).toHaveCount(0);
});
