// Shared e2e fixtures: every test page records console errors, uncaught errors, CSP violations and
// requests to other origins, and the test fails if any occurred. The `watch` fixture is automatic: a test
// gets it without asking, and names it only to look at the problems so far (watch.problems()).
import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

import { HARNESS, SITE } from './origins';

export { HARNESS, SITE };
const ALLOWED_ORIGINS = new Set([SITE, HARNESS]);

export interface Watch {
  errors: string[];
  foreign: string[];
  /** Console/page errors and foreign requests so far, for a final assertion. */
  problems(): string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [async ({ page }, use) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    // A failed load is recorded from its response (with its URL) instead of Chromium's URL-less console line.
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`); });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.request().isNavigationRequest()) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('about:')) return;
      try { if (!ALLOWED_ORIGINS.has(new URL(u).origin)) foreign.push(u); } catch { foreign.push(u); }
    });
    // Requests to anything else never leave the machine.
    await page.route((url) => !ALLOWED_ORIGINS.has(url.origin) && url.protocol.startsWith('http'), (route) => route.abort());
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    const watch: Watch = { errors, foreign, problems: () => [...errors, ...foreign.map((u) => `foreign request: ${u}`)] };
    await use(watch);
    expect(watch.problems(), 'console errors, page errors or requests to other origins').toEqual([]);
  }, { auto: true }],
});
export { expect };

/** Every page of the built site: sitemap pages plus 404. */
export function sitePaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...new Set([...paths, '/404.html'])];
}

/** A widget as /widgets.json lists it (the registry is derived with import.meta.glob, which Node cannot run). */
export interface WidgetEntry {
  id: string;
  title: string;
  summary: string;
  languages: Record<'en' | 'zh', { title: string; summary: string; embed: string; height: number }>;
  chapter: string;
  height: number;
  fields: Record<string, { default: unknown; accepts: unknown }>;
}

/** The built site's widget list, dist/widgets.json. */
export function widgetList(): WidgetEntry[] {
  return JSON.parse(readFileSync('dist/widgets.json', 'utf8')) as WidgetEntry[];
}

/** One widget's entry from dist/widgets.json. */
export function getWidget(id: string): WidgetEntry | undefined {
  return widgetList().find((w) => w.id === id);
}

/** The path prefix of each language's pages: English at the root, Chinese under /zh (src/i18n/paths.ts). */
export const LANG_PREFIXES = ['', '/zh'] as const;

/** Every widget id that has an embed page. */
export function widgetIds(): string[] {
  return readdirSync('dist/embed', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Brings every island into view in turn (they hydrate when visible) and waits until each has. */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const n = await islands.count();
  for (let i = 0; i < n; i++) {
    const island = islands.nth(i);
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await expect(island).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
    const widget = island.locator('.widget').first();
    if (await widget.count()) await expect(widget).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(0, 3).join(' ')}`),
  }));
}
