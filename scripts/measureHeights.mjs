// Measures every widget's embed page, as an iframe 640 px wide shows it, and declares the result: each
// src/widgets/<id>/meta.ts gets `height: N`, the largest height over the themes (and languages) measured.
// That number is the iframe height in every snippet and oEmbed response, so a frame that no script resizes
// (WordPress, oEmbed consumers, a blocked embed.js) shows the whole default widget. The snippet in each
// widget's view snapshot (__snapshots__/default.html) carries it too and is updated with it.
//
//   npm run heights                       build, measure, write the meta files (the one command to re-run)
//   node scripts/measureHeights.mjs --no-build --check    measure the existing dist/, write nothing, exit 1 on drift
//   options: --langs en[,zh] (default: every language built)  --only what-changed,kv-cache  --no-build  --check
// The height measured is the one the page itself reports to its host (src/scripts/embedChild.ts): the
// <html> element's height, once the widget has hydrated, its data have loaded and its layout has settled.
// tests/e2e/heights.spec.ts uses the same measurement and fails when a declared height drifts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { startServer } from './serve.mjs';

/** Width of the frame measured: a blog's content column. */
export const WIDTH = 640;
/** Viewport height while measuring: taller than any widget (embed.js's cap), so no scrollbar narrows the page. */
const VIEWPORT_HEIGHT = 4000;
export const THEMES = ['light', 'dark'];
/** Path prefix of each language's embed pages. */
export const LANG_PREFIX = { en: '', zh: '/zh' };
/** The languages whose embed pages the build has. */
export function builtLangs(dist = 'dist') {
  return Object.keys(LANG_PREFIX).filter((lang) => existsSync(join(dist, LANG_PREFIX[lang], 'embed')));
}
/** How far a declared height may be from the measured one: 24 px or 3 %, whichever is larger. */
export const tolerance = (height) => Math.max(24, Math.ceil(height * 0.03));

/** The embed page of a widget in a language and theme (a path on the site). */
export function embedPagePath(id, { lang = 'en', theme }) {
  return `${LANG_PREFIX[lang] ?? `/${lang}`}/embed/${id}/?theme=${theme}`;
}

/**
 * The height the embed page at `url` reports, in CSS px, WIDTH wide: after hydration, web fonts, network
 * requests and the work widgets mark aria-busy (a tokenizer loading its vocabulary and counting), once it
 * has not changed for 600 ms.
 */
export async function measureEmbed(page, url) {
  await page.setViewportSize({ width: WIDTH, height: VIEWPORT_HEIGHT });
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('.widget[data-hydrated="true"]').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const read = () => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  let last = await read();
  for (let stable = 0, tries = 0; stable < 3 && tries < 50; tries++) {
    await page.waitForTimeout(200);
    const h = await read();
    stable = h === last ? stable + 1 : 0;
    last = h;
  }
  return last;
}

/** Widget ids with an embed page in dist/. */
export function builtWidgetIds(dist = 'dist') {
  return readdirSync(join(dist, 'embed'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

const HEIGHT_LINE = /^(\s*height:\s*)\{([^}]*)\}(,)/m;

/** The heights a widget's meta.ts declares, per language: { en: 1491, zh: 1324 }. */
export function declaredHeights(id) {
  const m = HEIGHT_LINE.exec(readFileSync(`src/widgets/${id}/meta.ts`, 'utf8'));
  if (!m) throw new Error(`src/widgets/${id}/meta.ts: no "height: { en: N, zh: N }," line`);
  return Object.fromEntries([...m[2].matchAll(/(\w+):\s*(\d+)/g)].map(([, lang, n]) => [lang, Number(n)]));
}

/**
 * Declares new heights: the meta file, and the English snippet height in the widget's view snapshot (nothing else in
 * it; view snapshots are English).
 */
function writeHeights(id, from, to) {
  const file = `src/widgets/${id}/meta.ts`;
  const text = readFileSync(file, 'utf8');
  if ((text.match(new RegExp(HEIGHT_LINE.source, 'gm')) ?? []).length !== 1) throw new Error(`${file}: expected exactly one "height: { … }," line`);
  const body = Object.entries(to).map(([lang, n]) => `${lang}: ${n}`).join(', ');
  writeFileSync(file, text.replace(HEIGHT_LINE, `$1{ ${body} }$3`));
  const snapshot = `src/widgets/${id}/__snapshots__/default.html`;
  const attr = (h) => `width=&quot;100%&quot; height=&quot;${h}&quot;`;
  if (existsSync(snapshot) && from.en !== to.en) writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replaceAll(attr(from.en), attr(to.en)));
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  const check = args.includes('--check');
  if (!args.includes('--no-build')) {
    // A local build: its absolute URLs do not matter here, so no SITE_URL (and no warning about it).
    const built = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, L3X_LOCAL_BUILD: '1' } });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  if (!existsSync('dist/embed')) { console.error('dist/embed not found: run `npm run build` first.'); process.exit(1); }
  const langs = opt('langs')?.split(',') ?? builtLangs();
  const only = opt('only')?.split(',');
  const ids = builtWidgetIds().filter((id) => !only || only.includes(id));
  const exe = findChromium();
  if (!exe) { console.error(NO_CHROMIUM_MESSAGE); process.exit(1); }

  const server = await startServer({ port: 0, quiet: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const report = {};
  let drifted = 0;
  try {
    for (const id of ids) {
      report[id] = {};
      for (const lang of langs) for (const theme of THEMES) {
        report[id][`${lang}/${theme}`] = await measureEmbed(page, base + embedPagePath(id, { lang, theme }));
      }
      // Each language's height: the larger of its two themes.
      const declared = declaredHeights(id);
      const measured = { ...declared };
      for (const lang of langs) measured[lang] = Math.max(...THEMES.map((theme) => report[id][`${lang}/${theme}`]));
      const off = langs.filter((lang) => Math.abs(measured[lang] - (declared[lang] ?? 0)) > tolerance(measured[lang]));
      drifted += off.length;
      const detail = Object.entries(report[id]).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`${id.padEnd(22)} ${langs.map((l) => `${l} ${measured[l]}`).join(', ')} px (${detail}); declared ${JSON.stringify(declared)}${off.length ? `  ← drifted (${off.join(', ')})` : ''}`);
      if (!check && langs.some((l) => measured[l] !== declared[l])) writeHeights(id, declared, measured);
    }
  } finally {
    await browser.close();
    server.close();
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/heights.json', JSON.stringify({ width: WIDTH, measured: report }, null, 2));
  if (check) {
    console.log(drifted ? `${drifted} declared height(s) drifted by more than 24 px or 3 %.` : 'Every declared height is within tolerance.');
    process.exit(drifted ? 1 : 0);
  }
  console.log('Wrote the heights into src/widgets/<id>/meta.ts and the snippet in each view snapshot; rebuild so snippets and oEmbed carry them.');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
