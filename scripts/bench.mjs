// `npm run bench` (not part of npm test): build time, Lighthouse mobile + desktop (median of N runs)
// on every page, JS bytes transferred before any input and once every widget has hydrated, and the
// update latency of each widget's first control. Writes reports/bench.json and prints a table.
// Also the npm package's size per widget (scripts/packageSize.mjs) against the islands budget.
// Flags: --runs 3  --only /overview/,/gqa/  --no-build  --no-lighthouse  --no-package
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { packageSizes, printPackageSizes } from './packageSize.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const RUNS = Number(flag('runs', 3));
const ONLY = flag('only', '')?.split(',').filter(Boolean) ?? [];
const PORT = 4390;
const BASE = `http://127.0.0.1:${PORT}`;
const exe = findChromium();
if (!exe) { console.error(NO_CHROMIUM_MESSAGE); process.exit(1); }
process.env.CHROME_PATH = exe;

const result = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}`, runs: RUNS, pages: {} };

if (!args.includes('--no-build')) {
  const t = Date.now();
  const r = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) { console.error('build failed'); process.exit(1); }
  result.buildSeconds = (Date.now() - t) / 1000;
}

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const sitePages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
// Every language's embed pages (English at /embed/, Chinese at /zh/embed/).
const embedPages = ['', '/zh'].filter((prefix) => existsSync(`dist${prefix}/embed`))
  .flatMap((prefix) => readdirSync(`dist${prefix}/embed`).map((id) => `${prefix}/embed/${id}/`));
let pages = [...sitePages, ...embedPages];
if (ONLY.length) pages = pages.filter((p) => ONLY.includes(p));

const server = await startServer({ dir: 'dist', port: PORT, quiet: true });

// ── JS bytes and interaction latency (Playwright) ─────────────────────────────────────────────
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
for (const path of pages) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const scripts = [];
  page.on('requestfinished', async (req) => {
    if (req.resourceType() !== 'script') return;
    const s = await req.sizes().catch(() => null);
    scripts.push({ url: req.url(), bytes: s ? s.responseBodySize : 0, t: Date.now() });
  });
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const before = scripts.reduce((a, s) => a + s.bytes, 0);
  // Scroll every island into view and wait for hydration.
  const n = await page.locator('astro-island').count();
  for (let i = 0; i < n; i++) {
    await page.locator('astro-island').nth(i).evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await page.waitForFunction((i) => !document.querySelectorAll('astro-island')[i]?.hasAttribute('ssr'), i, { timeout: 20_000 }).catch(() => {});
  }
  await page.waitForLoadState('networkidle');
  const after = scripts.reduce((a, s) => a + s.bytes, 0);
  const latency = await page.evaluate(async () => {
    // Main-thread work of one update: from an input event on each widget's first control until React
    // has rendered and committed (the next macrotask), median of 15. Budget: 16 ms (one frame).
    const frame = () => new Promise((r) => setTimeout(r, 0));
    // A worker's results render on the main thread when they arrive (rl-arena's five runs, a tokenizer's tokens):
    // that is not the work of the next widget's update, so each widget is measured once every widget is idle
    // (no aria-busy region), for at most 20 s.
    const idle = async () => {
      for (let t = 0; t < 400 && document.querySelector('.widget [aria-busy="true"]'); t++) await new Promise((r) => setTimeout(r, 50));
    };
    const out = [];
    for (const widget of document.querySelectorAll('astro-island .widget-body')) {
      const ctl = widget.querySelector('input[type=range], input[type=radio], select');
      if (!ctl) continue;
      await idle();
      const times = [];
      for (let k = 0; k < 15; k++) {
        const t0 = performance.now();
        if (ctl instanceof HTMLInputElement && ctl.type === 'range') {
          const v = Number(ctl.value), max = Number(ctl.max), min = Number(ctl.min), step = Number(ctl.step) || 1;
          const next = v + step <= max ? v + step : min;
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setter.call(ctl, String(next));
          ctl.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (ctl instanceof HTMLInputElement) {
          const radios = [...widget.querySelectorAll(`input[type=radio][name="${ctl.name}"]`)];
          radios[(radios.findIndex((r) => r.checked) + 1) % radios.length].click();
        } else if (ctl instanceof HTMLSelectElement) {
          ctl.selectedIndex = (ctl.selectedIndex + 1) % ctl.options.length;
          ctl.dispatchEvent(new Event('change', { bubbles: true }));
        }
        await frame();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out.push({ widget: widget.closest('.widget')?.getAttribute('data-widget'), control: ctl.type || ctl.tagName, medianMs: Math.round(times[7] * 10) / 10 });
    }
    return out;
  });
  result.pages[path] = { jsBeforeInputKB: +(before / 1024).toFixed(1), jsAllHydratedKB: +(after / 1024).toFixed(1), updateLatency: latency };
  await page.close();
}
await browser.close();

// ── Lighthouse ────────────────────────────────────────────────────────────────────────────────
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
if (!args.includes('--no-lighthouse')) {
  const chrome = await chromeLauncher.launch({ chromePath: exe, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  for (const path of pages) {
    for (const form of ['mobile', 'desktop']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await lighthouse(BASE + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, form === 'desktop' ? desktopConfig : undefined);
        const c = r.lhr.categories;
        runs.push({
          performance: Math.round(c.performance.score * 100), accessibility: Math.round(c.accessibility.score * 100),
          bestPractices: Math.round(c['best-practices'].score * 100), seo: Math.round(c.seo.score * 100),
          cls: r.lhr.audits['cumulative-layout-shift'].numericValue, lcpMs: r.lhr.audits['largest-contentful-paint'].numericValue,
          tbtMs: r.lhr.audits['total-blocking-time'].numericValue,
        });
      }
      const keys = Object.keys(runs[0]);
      result.pages[path][form] = Object.fromEntries(keys.map((k) => [k, +median(runs.map((r) => r[k])).toFixed(3)]));
    }
    process.stdout.write('.');
  }
  await chrome.kill();
  console.log();
}
server.close();

// ── Tokenizer benchmark (if the tokenizer widget provides one) ───────────────────────────────
if (existsSync('scripts/benchTokenizer.mjs') && (!ONLY.length || ONLY.some((p) => p.includes('tokenizer')))) {
  const srv = await startServer({ dir: 'dist', port: PORT + 1, quiet: true });
  // Asynchronous child: this process must keep serving while the tokenizer benchmark loads pages.
  const r = await new Promise((resolveRun) => {
    const child = spawn('node', ['scripts/benchTokenizer.mjs', `http://127.0.0.1:${PORT + 1}`], { env: process.env });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', () => resolveRun({ stdout, stderr }));
  });
  srv.close();
  try { result.tokenizer = JSON.parse(r.stdout.trim().split('\n').pop()); } catch { result.tokenizer = { error: (r.stderr || r.stdout).slice(-500) }; }
}

// ── The npm package: gz per widget imported alone ─────────────────────────────────────────────
if (!args.includes('--no-package')) result.package = packageSizes({ build: true });

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(result, null, 2));

// ── Table ─────────────────────────────────────────────────────────────────────────────────────
const fmt = (lh) => (lh ? `${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo} CLS ${lh.cls.toFixed(3)}` : '—');
if (result.buildSeconds) console.log(`build: ${result.buildSeconds.toFixed(1)} s`);
console.log('page'.padEnd(34), 'JS before input', 'JS hydrated', 'mobile perf/a11y/bp/seo', '          desktop');
for (const [path, r] of Object.entries(result.pages)) {
  console.log(path.padEnd(34), `${r.jsBeforeInputKB} KB`.padStart(15), `${r.jsAllHydratedKB} KB`.padStart(11), ' ', fmt(r.mobile).padEnd(32), fmt(r.desktop));
  for (const l of r.updateLatency ?? []) console.log(`${''.padEnd(36)}↳ ${l.widget} ${l.control}: update work ${l.medianMs} ms`);
}
if (result.tokenizer) console.log('tokenizer:', JSON.stringify(result.tokenizer));
if (result.package) printPackageSizes(result.package);
console.log('written: reports/bench.json');
