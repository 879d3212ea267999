// The npm package in a blogger's site: the fixture sites of tests/fixtures (an Astro + MDX blog, a Vite + React app),
// installed from the packed tarball and built by scripts/packageFixtures.mjs, each served from its own origin. Each
// page: server-rendered numbers (Astro), hydration without errors, the same text as the site's embed page for the
// same parameters, the keyboard, axe in light and dark, no request leaving the fixture's origin (workers and
// vocabularies included), a hostile host stylesheet that neither gets in nor is overridden out, invalid props named.
import { existsSync } from 'node:fs';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, expect } from './fixtures';
import { PACKAGE_FIXTURES, SITE } from './origins';

const ASTRO = PACKAGE_FIXTURES.astro;
const VITE = PACKAGE_FIXTURES.vite;

/** Every request, console error, page error and failed response of a browser context, by the page's origin. */
interface Guard {
  requests: string[];
  errors: string[];
  /** Requests whose origin is not `origin` (data:, blob: and about: URLs are local). */
  foreign(origin: string): string[];
}

// Not the shared `watch` fixture: that one allows the site's own origins, and here a request to the site from a
// fixture page is exactly the failure to catch. Anything not on this machine is aborted (and still recorded).
const test = base.extend<{ guard: Guard }>({
  guard: [async ({ context }, use) => {
    const requests: string[] = [];
    const errors: string[] = [];
    // Context-wide: a dedicated worker's requests (its script, its vocabulary chunks) are seen here too.
    context.on('request', (r) => { requests.push(r.url()); });
    context.on('console', (m) => { if (m.type() === 'error') errors.push(`console (${m.page()?.url() ?? 'worker'}): ${m.text()}`); });
    context.on('weberror', (e) => errors.push(`pageerror (${e.page()?.url()}): ${e.error().message}`));
    context.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
    await context.route((url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1', (route) => route.abort());
    const local = (u: string) => /^(data|blob|about):/.test(u);
    await use({ requests, errors, foreign: (origin) => requests.filter((u) => !local(u) && new URL(u).origin !== origin) });
    expect(errors, 'console errors, page errors or failed responses').toEqual([]);
  }, { auto: true }],
});

test.beforeAll(() => {
  for (const name of Object.keys(PACKAGE_FIXTURES)) {
    if (!existsSync(`.package/fixtures/${name}/dist/index.html`)) {
      throw new Error(`.package/fixtures/${name}/dist is missing: run \`node scripts/packageFixtures.mjs\` first (npm test does).`);
    }
  }
});

/** Brings each widget of the page (a fixture's, or the embed page's) into view in turn (Astro's client:visible) and
 *  waits until it has hydrated. */
async function hydrate(page: Page) {
  const widgets = page.locator('.widget');
  await expect(widgets.first()).toBeAttached();
  const n = await widgets.count();
  for (let i = 0; i < n; i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await expect(widgets.nth(i)).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A widget's text as a reader sees it, without the credit line and (optionally) the notice; whitespace normalised. */
const widgetText = (page: Page, id: string, { notice = true } = {}) => page.locator(`.widget[data-widget="${id}"]`).first().evaluate((el, keepNotice) => {
  const copy = el.cloneNode(true) as HTMLElement;
  // innerText needs layout: the copy goes into the page, hidden from nothing (off-screen), and out again.
  copy.style.position = 'absolute';
  copy.style.left = '-99999px';
  copy.style.width = `${(el as HTMLElement).offsetWidth}px`;
  copy.querySelectorAll(keepNotice ? '.embed-credit' : '.embed-credit, .widget-notice').forEach((n) => n.remove());
  el.parentElement!.append(copy);
  const text = copy.innerText;
  copy.remove();
  return text.replace(/\s+/g, ' ').trim();
}, notice);

/** The site's embed page for a widget, hydrated, in a page of its own (same context: same viewport). */
async function embedText(context: BrowserContext, path: string, id: string, opts?: { notice?: boolean }) {
  const embed = await context.newPage();
  await embed.goto(`${SITE}${path}`);
  await hydrate(embed);
  const text = await widgetText(embed, id, opts);
  await embed.close();
  return text;
}

// ── Astro: server-rendered, then hydrated ─────────────────────────────────────────────────────────────────────────
const ASTRO_PAGES = [
  { path: '/', lang: 'en', widgets: ['kv-cache', 'rope-rotation', 'tokenizer-playground'] },
  { path: '/zh/', lang: 'zh-CN', widgets: ['kv-cache', 'tokenizer-playground'] },
  { path: '/hostile/', lang: 'en', widgets: ['kv-cache', 'bpe-stepper'] },
  { path: '/calm/', lang: 'en', widgets: ['kv-cache', 'bpe-stepper'] },
  { path: '/hostile-rem/', lang: 'en', widgets: ['kv-cache', 'bpe-stepper'] },
  { path: '/props/', lang: 'en', widgets: ['kv-cache'] },
] as const;

for (const p of ASTRO_PAGES) {
  test(`astro ${p.path}: the widgets are in the server-rendered HTML, then hydrate with no console or page error`, async ({ page, request, guard }) => {
    const html = await (await request.get(`${ASTRO}${p.path}`)).text();
    for (const id of p.widgets) {
      expect(html, `${id} server-rendered`).toMatch(new RegExp(`<div class="l3x" lang="${p.lang}" data-theme="[a-z]+" data-l3x-widget="${id}"><div class="widget[^"]*" data-widget="${id}" data-hydrated="false"`));
    }
    // The numbers are there before any script runs: 70B at 32,768 tokens in bf16 (report §3.2 shapes: 80 layers ×
    // 8 KV heads × 128 dims × 2 (K and V) × 2 bytes × 32,768 tokens), or the defaults where the props were invalid.
    if (p.path !== '/props/') expect(html).toContain('10,737,418,240');
    else expect(html).toContain('class="widget-notice"');
    await page.goto(`${ASTRO}${p.path}`);
    await hydrate(page);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    expect(guard.foreign(ASTRO)).toEqual([]);
  });
}

// ── Vite: rendered in the browser ────────────────────────────────────────────────────────────────────────────────
const VITE_PAGES = [
  { path: '/', widgets: ['kv-cache', 'rope-rotation', 'tokenizer-playground'] },
  { path: '/zh.html', widgets: ['kv-cache'] },
] as const;

for (const p of VITE_PAGES) {
  test(`vite ${p.path}: the widgets render and hydrate in the browser with no console or page error`, async ({ page, guard }) => {
    await page.goto(`${VITE}${p.path}`);
    await hydrate(page);
    for (const id of p.widgets) await expect(page.locator(`[data-l3x-widget="${id}"] > .widget[data-widget="${id}"]`)).toHaveAttribute('data-hydrated', 'true');
    await expect(page.locator('.l3x .widget[data-widget="kv-cache"]')).toContainText('10,737,418,240');
    expect(guard.foreign(VITE)).toEqual([]);
  });
}

// ── The same text as the site's embed page ───────────────────────────────────────────────────────────────────────
const SAME = [
  { name: 'astro English', url: `${ASTRO}/`, embed: '/embed/kv-cache/?model=llama3-70b&context=32768&theme=light' },
  { name: 'astro Chinese', url: `${ASTRO}/zh/`, embed: '/zh/embed/kv-cache/?model=llama3-70b&context=32768&theme=dark' },
  { name: 'vite English', url: `${VITE}/`, embed: '/embed/kv-cache/?model=llama3-70b&context=32768&theme=light' },
  { name: 'vite Chinese', url: `${VITE}/zh.html`, embed: '/zh/embed/kv-cache/?model=llama3-70b&context=32768&theme=dark' },
];
for (const s of SAME) {
  test(`${s.name}: KvCache shows the same text as the embed page ${s.embed}`, async ({ page, context }) => {
    const expected = await embedText(context, s.embed, 'kv-cache');
    expect(expected).toContain('10,737,418,240');
    await page.goto(s.url);
    await hydrate(page);
    expect(await widgetText(page, 'kv-cache')).toBe(expected);
  });
}

// ── Invalid and unknown props ────────────────────────────────────────────────────────────────────────────────────
test('astro /props/: invalid and unknown props are named in the notice, and the widget shows the defaults', async ({ page, context }) => {
  await page.goto(`${ASTRO}/props/`);
  await hydrate(page);
  const notice = page.locator('.l3x .widget-notice');
  await expect(notice).toBeVisible();
  for (const named of ['contxt', 'context', '-5', 'model', 'gpt-4']) await expect(notice).toContainText(named);
  await expect(notice).not.toContainText('theme');
  // The defaults: the embed page with no parameters (theme=light only, like the prop).
  const defaults = await embedText(context, '/embed/kv-cache/?theme=light', 'kv-cache', { notice: false });
  expect(await widgetText(page, 'kv-cache', { notice: false })).toBe(defaults);
});

// ── Keyboard ─────────────────────────────────────────────────────────────────────────────────────────────────────
for (const origin of [ASTRO, VITE]) {
  test(`${origin === ASTRO ? 'astro' : 'vite'} /: Tab from the top reaches the widget's first control; an arrow key changes the output; focus is visible`, async ({ page }) => {
    await page.goto(`${origin}/`);
    await hydrate(page);
    const widget = page.locator('.l3x').first();
    // The first control of the widget, in document order, that Tab can reach.
    const first = await widget.evaluate((root) => {
      const el = [...root.querySelectorAll<HTMLElement>('input, select, button, textarea, a[href], [tabindex]')]
        .find((e) => e.tabIndex >= 0 && !(e as HTMLInputElement).disabled && e.offsetParent !== null && !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked && root.querySelector(`input[type=radio][name="${e.name}"]:checked`)));
      el?.setAttribute('data-first-control', '');
      return el?.outerHTML.slice(0, 120);
    });
    expect(first, 'the widget has a control').toBeTruthy();
    await page.locator('body').focus();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('.l3x'))) break;
    }
    const control = page.locator('[data-first-control]');
    await expect(control).toBeFocused();
    const focusVisible = () => control.evaluate((el) => {
      const s = getComputedStyle(el);
      return el.matches(':focus-visible') && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none');
    });
    expect(await focusVisible(), 'focus is visible on the first control').toBe(true);
    const before = await widgetText(page, 'kv-cache');
    const tag = await control.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`);
    await page.keyboard.press(tag.startsWith('BUTTON') ? 'Space' : 'ArrowDown');
    await expect.poll(() => widgetText(page, 'kv-cache'), { message: `the output changes (first control: ${first})` }).not.toBe(before);
    await expect(control).toBeFocused();
    expect(await focusVisible(), 'focus stays visible after the key').toBe(true);
  });
}

// ── axe, light and dark; the theme prop switches the widget's colours ────────────────────────────────────────────
const AXE_PAGES = [`${ASTRO}/`, `${ASTRO}/zh/`, `${ASTRO}/props/`, `${ASTRO}/calm/`, `${VITE}/`, `${VITE}/zh.html`];
for (const url of AXE_PAGES) {
  test(`axe finds no violation on ${url.replace('http://127.0.0.1:', 'port ')}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await hydrate(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}
test('axe finds no violation inside the widget on the hostile page', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${ASTRO}/hostile/`);
  await hydrate(page);
  // The host's own page is the host's business; the widget must stay clean inside it.
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const { WCAG_TAGS } = await import('./fixtures');
  const r = await new AxeBuilder({ page }).include('.l3x').withTags(WCAG_TAGS).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const [name, light, dark] of [['astro', `${ASTRO}/`, `${ASTRO}/zh/`], ['vite', `${VITE}/`, `${VITE}/zh.html`]] as const) {
  test(`${name}: theme="light" and theme="dark" really switch the widget's colours (whatever the reader's OS says)`, async ({ page }) => {
    const colours = async (url: string) => {
      await page.goto(url);
      await hydrate(page);
      return page.locator('.l3x').first().evaluate((el) => {
        const s = getComputedStyle(el);
        return { theme: el.getAttribute('data-theme'), bg: s.backgroundColor, fg: s.color };
      });
    };
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const l = await colours(light);
      const d = await colours(dark);
      expect([l.theme, d.theme]).toEqual(['light', 'dark']);
      expect(d.bg, `OS ${scheme}: the dark widget's background differs from the light one's`).not.toBe(l.bg);
      expect(d.fg).not.toBe(l.fg);
    }
  });
}

// ── No request leaves the fixture's origin: workers and vocabularies come from the host's own build ──────────────
for (const url of [`${ASTRO}/`, `${ASTRO}/zh/`, `${VITE}/`]) {
  test(`${url.replace('http://127.0.0.1:', 'port ')}: the tokenizer's worker and vocabularies load from the fixture's own origin, and nothing else leaves it`, async ({ page, guard }) => {
    test.setTimeout(90_000);
    const origin = new URL(url).origin;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(url);
    await hydrate(page);
    const tok = page.locator('.l3x .widget[data-widget="tokenizer-playground"]');
    await tok.scrollIntoViewIfNeeded();
    await expect(tok.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 45_000 });
    await expect(tok.locator('[role="listbox"] [role="option"]').first()).toBeVisible();
    await expect(tok.locator('.tp-stats').first()).toContainText(/\d/);
    await expect(tok.locator('.tokplay')).toHaveAttribute('data-runs-in', 'worker');
    expect(workers.length, 'a tokenizer worker started').toBeGreaterThan(0);
    for (const w of workers) expect(new URL(w).origin).toBe(origin);
    // The Llama 3 vocabulary chunk (llama3-<hash>.js, the package's chunk name kept by the host's bundler) came from here.
    expect(guard.requests.filter((u) => u.startsWith(`${origin}/`) && /\/llama3-[\w-]+\.js$/.test(u)), 'vocabulary chunk from the fixture').not.toEqual([]);
    expect(guard.requests.filter((u) => u.startsWith(origin) && /worker/i.test(u)).length, 'worker script requested from the fixture').toBeGreaterThan(0);
    expect(guard.foreign(origin)).toEqual([]);
  });
}

// ── Hostile host CSS: nothing gets in, nothing leaks out ─────────────────────────────────────────────────────────
const INSIDE_PROPS = ['background-color', 'color', 'margin-top', 'margin-left', 'padding-top', 'padding-left', 'font-size', 'font-family', 'font-weight', 'box-sizing', 'letter-spacing', 'text-align', 'line-height', 'border-top-width', 'border-top-style', 'border-top-color', 'border-radius', 'width'];
/** Computed styles of a few elements inside a widget: its root, the .widget, the first p, button, select, input, table, h3, svg. */
const insideStyles = (page: Page, id: string) => page.locator(`[data-l3x-widget="${id}"]`).evaluate((root, props) => {
  const pick = (sel: string | null) => {
    const el = sel ? root.querySelector(sel) : root;
    if (!el) return null;
    const s = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
  };
  return Object.fromEntries([null, '.widget', 'p', 'button', 'select', 'input', 'table', 'td', 'h3', 'svg', 'summary'].map((sel) => [sel ?? 'root', pick(sel)]));
}, INSIDE_PROPS);

test('hostile host CSS: inside the widgets, computed styles match the calm page; outside, the host keeps its own', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const styles = async (path: string) => {
    await page.goto(`${ASTRO}${path}`);
    await hydrate(page);
    return { kv: await insideStyles(page, 'kv-cache'), bpe: await insideStyles(page, 'bpe-stepper') };
  };
  const calm = await styles('/calm/');
  for (const el of ['p', 'button', 'select', 'table']) expect(calm.kv[el] ?? calm.bpe[el], `a ${el} inside a widget to compare`).toBeTruthy();
  const hostile = await styles('/hostile/');
  expect(hostile).toEqual(calm);
  // The host's own elements keep the host's styles.
  const host = await page.evaluate(() => {
    const s = (sel: string) => getComputedStyle(document.querySelector(sel)!);
    return {
      p: { margin: s('#host-p').marginTop, size: s('#host-p').fontSize, sizing: s('#host-p').boxSizing },
      button: { bg: s('#host-button').backgroundColor, border: s('#host-button').borderTopWidth },
      table: { border: s('#host-table').borderTopWidth },
      body: { align: getComputedStyle(document.body).textAlign, font: getComputedStyle(document.body).fontFamily },
      rootVar: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
    };
  });
  expect(host).toEqual({
    p: { margin: '66px', size: '22px', sizing: 'content-box' },
    button: { bg: 'rgb(255, 105, 180)', border: '4px' },
    table: { border: '5px' },
    body: { align: 'justify', font: '"Comic Sans MS", cursive' },
    rootVar: 'red',
  });
});

// A host's root font size (the "62.5 % trick", 1rem = 10px) once shrank every widget (text 13.6px → 8.5px): the
// package's stylesheet now sizes in multiples of --l3x-rem, the reader's own default size (scripts/package.mjs).
test('a host root font size (html { font-size: 62.5% }) does not change the widgets\' sizes', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const styles = async (path: string) => {
    await page.goto(`${ASTRO}${path}`);
    await hydrate(page);
    return { kv: await insideStyles(page, 'kv-cache'), bpe: await insideStyles(page, 'bpe-stepper') };
  };
  const calm = await styles('/calm/');
  expect(await styles('/hostile-rem/')).toEqual(calm);
});

// ── Reflow ───────────────────────────────────────────────────────────────────────────────────────────────────────
for (const url of [`${ASTRO}/`, `${ASTRO}/zh/`]) {
  test(`${url.replace('http://127.0.0.1:', 'port ')} at 320 px: the page does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(url);
    await hydrate(page);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, 'page width at 320 px').toBeLessThanOrEqual(client);
  });
}

