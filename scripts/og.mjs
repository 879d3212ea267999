// Renders the 1200×630 social cards with Chromium, in each language: public/og.png and public/zh/og.png (the site),
// public/og/<id>.png and public/zh/og/<id>.png (one per widget, used by its embed page's og:image). The widget cards
// take each title and summary from the built embed pages of that language, so run `npm run build` first. Run again
// after changing a widget's title or summary:
//   npm run build && node scripts/og.mjs          (add --site to redraw public/og.png too)
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeAttr = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** One card: a kicker line, a title and a line of text, over the site's bars. */
function card({ kicker, title, text, titleSize, lang = 'en' }) {
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><style>
  body { margin: 0; width: 1200px; height: 630px; background: #14161a; color: #e7e5e0; font-family: system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; display: flex; }
  .card { margin: 72px; display: flex; flex-direction: column; justify-content: space-between; flex: 1; }
  .kicker { font-size: 30px; color: #8ab4ff; margin: 0 0 18px; letter-spacing: 0.5px; }
  h1 { font-size: ${titleSize}px; line-height: ${lang === 'zh' ? 1.2 : 1.05}; margin: 0; letter-spacing: ${lang === 'zh' ? 0 : -1}px; }
  h1 span { color: #8ab4ff; }
  p.text { font-size: ${titleSize > 80 ? 34 : 28}px; color: #a9adb5; margin: 0; max-width: 1000px; line-height: ${lang === 'zh' ? 1.5 : 1.3}; }
  .bars { display: flex; gap: 14px; align-items: flex-end; height: ${titleSize > 80 ? 120 : 72}px; }
  .bars div { width: 46px; border-radius: 4px 4px 0 0; }
</style></head><body><div class="card">
  <div>${kicker ? `<p class="kicker">${esc(kicker)}</p>` : ''}<h1>${title}</h1></div>
  <p class="text">${esc(text)}</p>
  <div class="bars">${[18, 34, 52, 70, 88, 100].map((h, i) => `<div style="height:${h}%;background:${i % 2 ? '#8ab4ff' : '#e3b55f'}"></div>`).join('')}</div>
</div></body></html>`;
}

/** The words of each language's cards; titles and summaries come from the built pages. */
const LANGS = {
  en: {
    dist: 'dist/embed', out: 'public/og', site: 'public/og.png',
    kicker: 'Llama 3 Explained · interactive widget',
    siteTitle: 'Llama 3 <span>Explained</span>',
    siteText: 'The Llama 3 report, chapter by chapter, with widgets that compute the real numbers in your browser.',
  },
  zh: {
    dist: 'dist/zh/embed', out: 'public/zh/og', site: 'public/zh/og.png',
    kicker: 'Llama 3 详解 · 交互组件',
    siteTitle: 'Llama 3 <span>详解</span>',
    siteText: '逐章读懂 Llama 3 技术报告：每个组件都在你的浏览器里算出真实的数字。',
  },
};

/** Title and summary of every built embed page of one language, from its og: tags. */
function widgetCards(dist) {
  if (!existsSync(dist)) { console.error(`${dist} not found: run \`npm run build\` first.`); process.exit(1); }
  return readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory()).map(({ name: id }) => {
    const html = readFileSync(join(dist, id, 'index.html'), 'utf8');
    const prop = (p) => unescapeAttr(new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(html)?.[1] ?? '');
    return { id, title: prop('og:title'), text: prop('og:description') };
  });
}

const exe = findChromium();
if (!exe) { console.error(NO_CHROMIUM_MESSAGE); process.exit(1); }
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
async function render(html, path) {
  await page.setContent(html);
  await page.screenshot({ path });
  console.log(`${path} written`);
}

for (const [lang, l] of Object.entries(LANGS)) {
  if (process.argv.includes('--site')) {
    mkdirSync(dirname(l.site), { recursive: true });
    await render(card({ title: l.siteTitle, titleSize: 92, text: l.siteText, lang }), l.site);
  }
  mkdirSync(l.out, { recursive: true });
  // A Chinese character is about twice as wide as a Latin letter: the smaller title size starts at 16 characters.
  const long = (title) => title.length > (lang === 'zh' ? 16 : 50);
  for (const w of widgetCards(l.dist)) {
    await render(card({ kicker: l.kicker, title: esc(w.title), titleSize: long(w.title) ? 56 : 68, text: w.text, lang }), join(l.out, `${w.id}.png`));
  }
}
await browser.close();
