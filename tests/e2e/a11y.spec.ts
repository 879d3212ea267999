// Accessibility beyond axe (issue #9, items 23 and 26–34), in Chromium on the built site: focus that never falls
// to <body>, one announcement per settled change, names, headings, search and citation tooltips, forced colours,
// scroll containers, reflow at 320 px, text spacing, input made before hydration, and languages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrateAll, test } from './fixtures';

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * Records every change of a live region (aria-live other than off, status, alert, log, output) from now on, and the
 * times of the reader's inputs (to count how many times the input settled: a pause of SETTLE_MS or more).
 */
async function startLiveLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output';
    const w = window as unknown as { __live: { announcer: boolean; text: string }[]; __inputs: number[] };
    w.__live = [];
    w.__inputs = [];
    for (const type of ['input', 'change', 'click']) document.addEventListener(type, () => w.__inputs.push(performance.now()), true);
    new MutationObserver((records) => {
      const regions = new Set<Element>();
      for (const r of records) {
        const el = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
        const region = el?.closest(LIVE);
        if (region) regions.add(region);
      }
      for (const region of regions) {
        const text = region.textContent?.trim() ?? '';
        if (text) w.__live.push({ announcer: region.hasAttribute('data-announcer'), text });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const liveLog = (page: Page) => page.evaluate(() => (window as unknown as { __live: { announcer: boolean; text: string }[] }).__live);

/** A pause in the input this long lets a result be spoken (the announcer waits 700 ms; renders take time too). */
const SETTLE_MS = 500;
/** How many times the reader's input paused for SETTLE_MS or more, counting the end: the most a widget may say. */
const settledChanges = (page: Page) => page.evaluate((settle) => {
  const t = (window as unknown as { __inputs: number[] }).__inputs;
  return 1 + t.slice(1).filter((x, i) => x - t[i]! >= settle).length;
}, SETTLE_MS);

/**
 * After `act` (quick key presses or typing), and once things settle: one live update per settled change (one, unless
 * the machine was so slow that the input itself paused), all from the widget's announcer, the last saying `said`.
 */
async function expectOneAnnouncement(page: Page, act: () => Promise<void>, said: RegExp): Promise<void> {
  await startLiveLog(page);
  await act();
  await expect.poll(() => liveLog(page), { timeout: 15_000 }).not.toEqual([]);
  await page.waitForTimeout(2_000); // anything else would have been said by now
  const log = await liveLog(page);
  const settled = await settledChanges(page);
  expect(log.length, `live updates: ${JSON.stringify(log)}; settled changes: ${settled}`).toBeLessThanOrEqual(settled);
  expect(log.every((l) => l.announcer), 'every live update comes from the announcer').toBe(true);
  expect(log.at(-1)!.text).toMatch(said);
}

test.describe('27: Step and Back keep the focus at either end', () => {
  test('architecture-explorer: pressing Step to the last stage and Back to the first never drops focus to <body>', async ({ page, watch }) => {
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
    void watch;
  });
});

test.describe('28: one announcement per settled change, from the widget’s announcer', () => {
  test('gqa-heads: 10 steps of the query-head slider → the GQA summary once (no slider outputs, no cell readout)', async ({ page, watch }) => {
    await page.goto('/embed/gqa-heads/');
    await hydrateAll(page);
    const slider = page.getByRole('slider', { name: 'Query heads' });
    await expectOneAnnouncement(page, async () => {
      await slider.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    }, /^GQA: 18 query heads read \d+ key\/value heads/);
    void watch;
  });

  test('kv-cache: three context steps → the cache size once', async ({ page, watch }) => {
    await page.goto('/embed/kv-cache/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('slider', { name: /^Context/ }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    }, /^KV cache for 1 × 16,384 tokens: 2 GiB \(2,147,483,648 bytes\)\./);
    void watch;
  });

  test('vocab-tradeoff: five vocabulary steps → the share once', async ({ page, watch }) => {
    await page.goto('/embed/vocab-tradeoff/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('slider', { name: /^Vocabulary size V/ }).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    }, /^V = [\d,]+: the embedding and the LM head are [\d.]+% of .+’s [\d,]+ parameters\.$/);
    void watch;
  });

  test('param-counter: typing a width digit by digit → no alert, the new total once', async ({ page, watch }) => {
    await page.goto('/embed/param-counter/');
    await hydrateAll(page);
    const dim = page.getByRole('textbox', { name: /^dim/ });
    await expectOneAnnouncement(page, async () => {
      await dim.fill('');
      await dim.pressSequentially('5120', { delay: 80 });
    }, /^Custom configuration: [\d,]+ parameters, about /);
    await expect(page.getByRole('alert')).toHaveCount(0);
    void watch;
  });

  test('tokenizer-playground: typing a few words → the comparison once, after the typing settles', async ({ page, watch }) => {
    await page.goto('/embed/tokenizer-playground/?text=Hello%20world');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    const box = page.getByLabel(/Text to tokenize/);
    await expectOneAnnouncement(page, async () => {
      await box.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' and more words', { delay: 60 });
    }, /^Llama 3 needs \d+ tokens/);
    void watch;
  });

  test('bpe-stepper: Play says nothing while it runs, then the step it paused on, once', async ({ page, watch }) => {
    await page.goto('/embed/bpe-stepper/');
    await hydrateAll(page);
    await startLiveLog(page);
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    await page.waitForTimeout(3_000); // four merges or so
    expect(await liveLog(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => liveLog(page), { timeout: 10_000 }).not.toEqual([]);
    await page.waitForTimeout(1_500);
    const log = await liveLog(page);
    expect(log).toHaveLength(1);
    expect(log[0]!.text).toMatch(/^Merge \d+: .+ becomes .+\. [\d,]+ tokens for [\d,]+ characters/);
    void watch;
  });

  test('architecture-explorer: three Steps → the stage once; what-changed: a size → one sentence', async ({ page, watch }) => {
    test.setTimeout(90_000);
    await page.goto('/embed/architecture-explorer/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('button', { name: 'Step', exact: true }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    }, /^Stage 4 of 21: /);
    await page.goto('/embed/what-changed/');
    await hydrateAll(page);
    await expectOneAnnouncement(page, async () => {
      await page.getByRole('radio', { name: '8B' }).focus();
      await page.keyboard.press('ArrowRight');
    }, /^The table now compares Llama 2 70B with Llama 3(\.1)? 70B\.$/);
    void watch;
  });

  for (const path of ['/architecture/', '/tokenizer/', '/gqa/']) test(`23: no <output> on ${path} (it was inside <label for>), and no live region that is not an announcer`, async ({ page, watch }) => {
    {
      await page.goto(path);
      await hydrateAll(page);
      expect(await page.locator('output').count()).toBe(0);
      const live = await page.locator('.widget [aria-live]:not([aria-live="off"]), .widget [role="status"], .widget [role="alert"]').evaluateAll(
        (els) => els.filter((e) => !e.closest('.widget-actions, .widget-notice, .tp-status, .vt-status')).map((e) => e.hasAttribute('data-announcer')));
      expect(live.every(Boolean), `${path}: live regions other than announcers`).toBe(true);
    }
    void watch;
  });
});

test.describe('29: names and the outline', () => {
  test('vocab-tradeoff: the “jump to” buttons keep the space between name and size (Chromium’s own names)', async ({ page, watch }) => {
    await page.goto('/embed/vocab-tradeoff/');
    await hydrateAll(page);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const names = nodes.filter((n) => n.role?.value === 'button').map((n) => String(n.name?.value ?? ''));
    expect(names).toEqual(expect.arrayContaining(['Llama 2 32,000', 'cl100k_base 100,256', 'Llama 3 128,256']));
    void watch;
  });

  test('figure titles are headings; widget headings sit under them and never change with the state', async ({ page, watch }) => {
    test.setTimeout(240_000);
    const outline = () => page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.textContent?.trim()}`));
    for (const path of ['/overview/', '/architecture/', '/tokenizer/', '/gqa/']) {
      await page.goto(path);
      await hydrateAll(page);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      for (let i = 1; i < levels.length; i++) expect(levels[i]!, `${path}: heading ${i} skips a level`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      for (const fig of await page.locator('figure.figure').all()) {
        await expect(fig.locator('.figure-head h3.figure-title')).toHaveCount(1);
        const inner = await fig.locator('.widget h1, .widget h2, .widget h3').count();
        expect(inner, `${path}: a widget heading at the figure title's level or above`).toBe(0);
      }
    }
    // Changing the state changes no heading: select a block, compare, step (architecture); type (tokenizer).
    await page.goto('/architecture/');
    await hydrateAll(page);
    const before = await outline();
    const fig = page.locator('#fig-architecture-explorer');
    await fig.getByRole('radio', { name: 'Llama 2' }).check();
    await fig.getByRole('button', { name: /^RMSNorm before attention/ }).click();
    await fig.getByRole('button', { name: 'Step', exact: true }).click();
    expect(await outline()).toEqual(before);
    await page.goto('/tokenizer/');
    await hydrateAll(page);
    const beforeTok = await outline();
    await page.locator('#fig-tokenizer-playground').getByLabel(/Text to tokenize/).fill('Other words entirely, and some more of them.');
    await page.locator('#fig-bpe-stepper').getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForTimeout(1_000);
    expect(await outline()).toEqual(beforeTok);
    void watch;
  });
});

test.describe('31: search results and citation tooltips', () => {
  test('the search results close when focus leaves the search and on Escape; the next stop is not covered', async ({ page, watch }) => {
    await page.goto('/architecture/');
    const box = page.getByRole('searchbox', { name: 'Search the site' });
    await box.click();
    await box.fill('llama');
    const list = page.locator('#site-search-results');
    await expect(list.locator('a').first()).toBeVisible({ timeout: 15_000 });
    // Tab out through the results and on: the list closes as soon as focus is outside the search.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => !!document.activeElement?.closest('.search')))) break;
    }
    await expect(list).toBeHidden();
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !(hit && (el === hit || el.contains(hit) || hit.contains(el)));
    });
    expect(covered, 'the focused element is under something').toBe(false);
    // Back in the box the results return; Escape closes them and keeps the query; a second Escape clears it.
    await box.focus();
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveValue('llama');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    void watch;
  });

  test('citation tooltips: on focus and hover, hoverable, dismissed by Escape, decoded, inside a 320 px screen', async ({ page, watch }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/tokenizer/');
    const tip = page.locator('#cite-tip');
    const cites = page.locator('article a[data-tooltip]');
    const touvron = cites.filter({ hasText: /Touvron/ }).first();
    await touvron.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Stone, K., & others');
    expect(await tip.textContent()).not.toMatch(/&#\d+;|&amp;/);
    await expect(touvron).toHaveAttribute('aria-describedby', 'cite-tip');
    for (const a of await cites.all()) {
      await a.focus();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'a tooltip widens the page').toBeLessThanOrEqual(320);
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    // Hover: the pointer may move onto the tooltip without losing it; leaving both hides it.
    await page.setViewportSize({ width: 1280, height: 900 });
    await touvron.scrollIntoViewIfNeeded();
    await touvron.hover();
    await expect(tip).toBeVisible();
    const t = (await tip.boundingBox())!;
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 5 });
    await page.waitForTimeout(800);
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
    void watch;
  });

  test('the search index holds one copy of each formula (no KaTeX HTML, no TeX source)', async ({ page, watch }) => {
    await page.goto('/architecture/');
    const content = await page.evaluate(async () => {
      const pf = await import(`${location.origin}/pagefind/pagefind.js`);
      await pf.init?.();
      const res = await pf.search('residual stream');
      const all = await Promise.all(res.results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()));
      return all.find((d) => d.url.startsWith('/architecture/'))?.content ?? '';
    });
    expect(content).toContain('is called the residual stream');
    expect(content).not.toMatch(/\\(operatorname|text|frac|ell)\b/); // TeX source
    expect(content).not.toContain('hhh'); // "h" three times: MathML, TeX and the HTML copy
    void watch;
  });
});

test.describe('32: forced colours', () => {
  test('the chosen option of a segmented radio group and a pressed button stand out (screenshots)', async ({ page, watch }, info) => {
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
    void watch;
  });
});

test.describe('33: scroll containers, reflow and text spacing', () => {
  for (const path of ['/architecture/', '/tokenizer/', '/gqa/', '/embed/tokenizer-playground/', '/embed/param-counter/', '/embed/kv-cache/']) test(`at 320 px, with every details open, every scrolling box on ${path} can take focus (axe scrollable-region-focusable)`, async ({ page, watch }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 700 });
    {
      await page.goto(path);
      await hydrateAll(page);
      if (path.includes('tokenizer')) await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
      await page.waitForTimeout(500);
      const r = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
      expect(r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), path).toEqual([]);
      // …and scrolls inside its own box: the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: page width`).toBeLessThanOrEqual(320);
    }
    await page.screenshot({ path: info.outputPath('320-details.png'), fullPage: true });
    void watch;
  });

  test('kv-cache: the chart fits a 320 px screen (no 260 px minimum, the axis title wraps)', async ({ page, watch }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 900 });
    for (const path of ['/embed/kv-cache/', '/gqa/']) {
      await page.goto(path);
      await hydrateAll(page);
      const svg = page.locator('.kv-svg');
      await svg.scrollIntoViewIfNeeded();
      const right = await svg.evaluate((s) => Math.max(...[...s.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)));
      expect(right, `${path}: rightmost part of the chart`).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await page.goto('/embed/kv-cache/');
    await hydrateAll(page);
    await page.locator('.kv-chart').screenshot({ path: info.outputPath('kv-chart-320.png') });
    void watch;
  });
});

test.describe('33: text spacing (WCAG 1.4.12)', () => {
  test.use({ bypassCSP: true }); // the overrides come as a <style> element, as a reader's bookmarklet would add them

  test('label gutters grow with the text: no label runs under a bar or into the next label; no sideways scroll at 320 px', async ({ page, watch }, info) => {
    test.setTimeout(180_000);
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style');
        s.textContent = css;
        document.head.append(s);
      });
    }, SPACING);
    await page.goto('/embed/param-counter/');
    await hydrateAll(page);
    const overlaps = await page.locator('.pc-chart svg').evaluate((svg) => {
      const labels = [...svg.querySelectorAll('.pc-label')].map((t) => t.getBoundingClientRect());
      const bars = [...svg.querySelectorAll('.pc-bar')].map((b) => b.getBoundingClientRect());
      return labels.map((l, i) => l.right - bars[i]!.left).filter((d) => d > 0);
    });
    expect(overlaps, 'labels running under their bars (px)').toEqual([]);
    await page.locator('.pc-chart').screenshot({ path: info.outputPath('spacing-param-counter-chart.png') });

    await page.goto('/embed/kv-cache/');
    await hydrateAll(page);
    const gap = await page.locator('.kv-svg').evaluate((svg) => {
      const gpu = [...svg.querySelectorAll('.kv-hlabel[data-gpu]')].map((t) => t.getBoundingClientRect().right);
      const weights = [...svg.querySelectorAll('.kv-hlabel:not([data-gpu])')].map((t) => t.getBoundingClientRect().left);
      return Math.min(...weights) - Math.max(...gpu);
    });
    expect(gap, 'space between the widest GPU label and the weights label (px)').toBeGreaterThan(0);
    await page.locator('.kv-chart').screenshot({ path: info.outputPath('spacing-kv-chart.png') });

    await page.setViewportSize({ width: 320, height: 700 });
    for (const id of ['architecture-explorer', 'bpe-stepper']) {
      await page.goto(`/embed/${id}/`);
      await hydrateAll(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(320);
    }
    void watch;
  });
});

test.describe('34: input made before hydration is kept', () => {
  /** Holds back the widget's own chunk, so the reader acts while the widget is still server HTML. */
  async function slowWidget(page: Page, component: string): Promise<void> {
    // Whether the widget was still server HTML at the reader's first input (so the test covers that case).
    await page.addInitScript(() => {
      const w = window as unknown as { __firstInputHydrated?: string };
      for (const type of ['beforeinput', 'keydown']) {
        document.addEventListener(type, () => {
          w.__firstInputHydrated ??= document.querySelector('.widget')?.getAttribute('data-hydrated') ?? 'none';
        }, true);
      }
    });
    await page.route((url) => url.pathname.startsWith(`/_astro/${component}.`) && url.pathname.endsWith('.js'), async (route) => {
      await new Promise((r) => setTimeout(r, 8_000));
      await route.continue();
    });
  }

  test('typing into the tokenizer text right after load keeps every character', async ({ page, watch }) => {
    await slowWidget(page, 'TokenizerPlayground');
    await page.goto('/embed/tokenizer-playground/?text=Hi&compare=none', { waitUntil: 'domcontentloaded' });
    const box = page.getByLabel(/Text to tokenize/);
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' there, friend');
    expect(await page.evaluate(() => (window as unknown as { __firstInputHydrated?: string }).__firstInputHydrated), 'typed before hydration').toBe('false');
    await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    await expect(box).toHaveValue('Hi there, friend');
    await expect(page.locator('.tp-text .ctl-count')).toHaveText('16 of 50,000 characters.');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-tokenized-chars', '16', { timeout: 30_000 });
    // Typing after hydration goes on normally.
    await page.keyboard.type('!');
    await expect(box).toHaveValue('Hi there, friend!');
    void watch;
  });

  test('a radio chosen with the keyboard before hydration stays chosen, and the widget follows it', async ({ page, watch }) => {
    await slowWidget(page, 'WhatChanged');
    await page.goto('/embed/what-changed/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('radio', { name: '8B' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as unknown as { __firstInputHydrated?: string }).__firstInputHydrated), 'chose before hydration').toBe('false');
    await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
    await expect(page.getByRole('radio', { name: '70B' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '70B' })).toBeFocused();
    await expect(page.getByRole('columnheader', { name: /Llama 3(\.1)? 70B/ })).toBeVisible();
    void watch;
  });

  test('a widget far down the page hydrates when it takes focus, before it is scrolled to', async ({ page, watch }) => {
    await page.goto('/gqa/');
    const kv = page.locator('#fig-kv-cache .widget');
    await expect(kv).toHaveAttribute('data-hydrated', 'false');
    await page.locator('#fig-kv-cache select').first().evaluate((s) => (s as HTMLSelectElement).focus({ preventScroll: true }));
    await expect(kv).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
    void watch;
  });
});

test.describe('34: languages', () => {
  test('the Chinese sample carries lang wherever its text is shown', async ({ page, watch }) => {
    await page.goto('/embed/tokenizer-playground/?sample=chinese');
    await expect(page.locator('.tokplay')).toHaveAttribute('data-fresh', 'true', { timeout: 30_000 });
    await expect(page.getByLabel(/Text to tokenize/)).toHaveAttribute('lang', 'zh-Hans');
    for (const list of await page.getByRole('listbox').all()) await expect(list).toHaveAttribute('lang', 'zh-Hans');
    // Typed text is the reader's: no language is claimed for it.
    await page.getByLabel(/Text to tokenize/).fill('Plain English now.');
    await expect(page.getByLabel(/Text to tokenize/)).not.toHaveAttribute('lang', /.*/);
    void watch;
  });
});
