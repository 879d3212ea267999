// Every page and every embed page: loads cleanly, hydrates, is accessible in both themes.
import { axeViolations, expect, hydrateAll, LANG_PREFIXES, sitePaths, test, widgetIds } from './fixtures';

const pages = sitePaths();
const widgets = widgetIds();

for (const path of pages) {
  test(`page ${path} loads, hydrates every widget, no errors or foreign requests`, async ({ page, watch }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await page.title()).toMatch(/Llama 3 Explained|Llama 3 详解|Page not found/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    await hydrateAll(page);
    expect(watch.problems()).toEqual([]);
  });

  test(`page ${path} fits a 320 px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await hydrateAll(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`page ${path} has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000); // axe over a whole chapter with every widget hydrated takes 30–50 s on a busy 2-core machine
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(path);
      await hydrateAll(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

// One page load per widget: axe in the light theme, then in the dark one (the attribute ?theme= sets, set in place:
// the CSS follows it alone), then the keyboard.
for (const id of widgets) for (const prefix of LANG_PREFIXES) {
  test(`embed ${prefix}/${id}: no WCAG 2.2 AA violations in either theme, and it answers the keyboard`, async ({ page }) => {
    test.setTimeout(90_000);
    // Reduced motion, as in the page tests: a colour transition would otherwise still be running when axe reads the
    // dark theme (it saw the light background of a 120 ms transition under the dark text).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${prefix}/embed/${id}/?theme=light`);
    await hydrateAll(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await axeViolations(page), 'dark').toEqual([]);

    const body = page.locator('.widget-body').first();
    const before = await body.innerText();
    // Tab from the top of the page to the first control of the widget: it must be reachable by keyboard.
    const target = body.locator('input[type=radio]:checked, input[type=range], select, input[type=checkbox], button').first();
    await expect(target).toBeVisible();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'first control reachable with Tab').toBe(true);
    const kind = await target.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
    // A control at its end moves back: a select on its last option (context-parallel defaults to the largest model),
    // a slider at its maximum (post-training-loop computes all six rounds by default); anything else moves forward.
    const atLast = await target.evaluate((el) => (el instanceof HTMLSelectElement && el.selectedIndex === el.options.length - 1)
      || (el instanceof HTMLInputElement && el.type === 'range' && Number(el.value) === Number(el.max)));
    if (kind === 'checkbox' || kind === 'button') await page.keyboard.press('Space');
    else if (kind === 'select') await page.keyboard.press(atLast ? 'ArrowUp' : 'ArrowDown');
    else await page.keyboard.press(atLast ? 'ArrowLeft' : 'ArrowRight');
    await expect.poll(() => body.innerText()).not.toBe(before);
  });
}

test('what-changed: a valid size from the URL is shown', async ({ page }) => {
  await page.goto('/embed/what-changed/?size=405b');
  await hydrateAll(page);
  await expect(page.getByRole('radio', { name: '405B' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: /Llama 3.1 405B/ })).toBeVisible();
  await expect(page.locator('.widget-notice')).toHaveCount(0);
});

test('what-changed: a bad size falls back to the default and says size was ignored', async ({ page }) => {
  await page.goto('/embed/what-changed/?size=banana');
  await hydrateAll(page);
  await expect(page.getByRole('radio', { name: '8B' })).toBeChecked();
  const notice = page.locator('.widget-notice');
  await expect(notice).toContainText('size');
  await expect(notice).toContainText('banana');
  await expect(notice).toContainText('one of 8b, 70b, 405b');
});

test('home lists every chapter; planned ones are not links', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.chapter-list li');
  await expect(items).toHaveCount(11);
  await expect(page.getByRole('link', { name: /Overview/ })).toHaveAttribute('href', '/overview/');
  const planned = page.locator('.chapter-list li.planned');
  for (const li of await planned.all()) {
    await expect(li.locator('a')).toHaveCount(0);
    await expect(li).toContainText('coming soon');
  }
});

test('theme toggle persists across reloads without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/overview/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload({ waitUntil: 'commit' });
  // The attribute is set by the inline head script, before any stylesheet or body is parsed.
  await page.waitForSelector('html[data-theme="dark"]', { timeout: 2_000 });
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  // Switching back to what the OS prefers follows the OS again (nothing stored).
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await page.evaluate(() => localStorage.getItem('l3x-theme'))).toBeNull();
});

test('search finds chapters (Pagefind, loaded on focus)', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await box.click();
  await box.fill('grouped-query');
  const links = page.locator('#site-search-results a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => h?.startsWith('/overview/'))).toBe(true);
  await box.press('ArrowDown');
  await expect(links.first()).toBeFocused();
});

test('chapter has a table of contents, citations with details, a bibliography and a BibTeX block', async ({ page }) => {
  await page.goto('/overview/');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  const cite = page.locator('article a[data-tooltip]').first();
  await expect(cite).toHaveAttribute('data-tooltip', /Llama 3 Herd of Models/);
  await expect(page.locator('.csl-entry').first()).toBeVisible();
  await expect(page.locator('#cite-bibtex')).toContainText('@misc{llama3explained-overview');
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(await page.locator('script[src*="katex"]').count()).toBe(0);
});

test('unknown URLs get the 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('feeds, sitemap, oEmbed, embed.js and widgets.json exist and are well-formed', async ({ request }) => {
  const list = (await (await request.get('/widgets.json')).json()) as { id: string; embed: string; fields: Record<string, { default: unknown; accepts: { kind: string } }> }[];
  expect(list.map((w) => w.id).sort()).toEqual([...widgets].sort());
  for (const w of list) {
    expect(w.embed).toBe(`/embed/${w.id}/`);
    expect(w.fields['theme']).toEqual({ default: 'auto', accepts: { kind: 'enum', values: ['auto', 'light', 'dark'] } });
  }
  const rss = await request.get('/rss.xml');
  expect(rss.ok()).toBe(true);
  expect(await rss.text()).toContain('<link>http');
  expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
  expect((await request.get('/embed.js')).ok()).toBe(true);
  for (const id of widgets) {
    const res = await request.get(`/oembed/${id}.json`);
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    const o = await res.json();
    expect(o).toMatchObject({ version: '1.0', type: 'rich' });
    expect(o.html).toMatch(new RegExp(`^<iframe [^>]*src="[^"]*/embed/${id}/"`));
    expect(o.width).toBeGreaterThan(0);
    expect(o.height).toBeGreaterThan(0);
  }
});

test('framing headers: site pages only by the site, embed pages and assets by anyone', async ({ request, page }) => {
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(home.headers()['x-frame-options']).toBe('SAMEORIGIN');
  const embed = await request.get(`/embed/${widgets[0]}/`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['content-security-policy']).not.toContain("'self';");
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  await page.goto(`/embed/${widgets[0]}/`);
  const asset = await page.locator('astro-island').first().getAttribute('component-url');
  expect(asset).toBeTruthy();
  const js = await request.get(asset!);
  expect(js.headers()['access-control-allow-origin']).toBe('*');
  expect(js.headers()['content-type']).toContain('javascript');
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveAttribute('href', new RegExp(`/oembed/${widgets[0]}\\.json$`));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Embed panel, keyboard only (${scheme}): choose a theme, the snippet follows, copy; axe clean`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/overview/');
    await hydrateAll(page);
    const figure = page.locator('#fig-what-changed');
    const embed = figure.getByRole('button', { name: 'Embed' });
    await embed.focus();
    await page.keyboard.press('Enter');
    await expect(embed).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab'); // Open
    await page.keyboard.press('Tab'); // the theme radios: the checked one
    await expect(figure.getByRole('radio', { name: 'the reader’s setting' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(figure.getByRole('radio', { name: 'dark' })).toBeChecked();
    await expect(figure.locator('.embed-panel textarea')).toHaveValue(/\/embed\/what-changed\/\?theme=dark"/);
    await expect(figure.getByRole('link', { name: /^Open/ })).toHaveAttribute('href', '/embed/what-changed/?theme=dark');
    await page.keyboard.press('Tab'); // the snippet
    await expect(figure.locator('.embed-panel textarea')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Copy snippet' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
}
