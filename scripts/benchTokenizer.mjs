// Tokenizer benchmark in Chromium against a served build: node scripts/benchTokenizer.mjs [baseUrl]
// Prints one JSON object on one line (and returns it from benchTokenizer() for scripts/bench.mjs):
//   lazy:        bytes of tokenizer code fetched before the playground is scrolled into view (must be 0),
//                then the time from scrolling it into view to its first token counts on screen;
//   throughput:  Llama 3 encode speed inside the tokenizer worker, MB/s of UTF-8 (10^6 bytes), on ~1 MB of
//                English and ~200 KB of Chinese generated deterministically from the playground's own samples;
//   typing:      on 20 KB of English in the embed page, time from a keystroke to the tokens of the new text
//                on screen, and the longest main-thread task (ms) while typing.
// Nothing is downloaded: the texts come from the served page (the samples' server-rendered textareas).
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { LOCAL_ORIGIN } from '../src/site.ts';

const PLAYGROUND = '/embed/tokenizer-playground/';
const CHAPTER = '/tokenizer/';

/** mulberry32: a small seeded PRNG, so the generated texts are the same on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * ~`bytes` of English-like text from the sample's words: real words, and (one in three) new words spliced
 * from pieces of two real ones, so the piece cache sees a realistic share of unseen words.
 */
export function englishText(sample, bytes, seed = 1) {
  const rand = mulberry32(seed);
  const words = sample.split(/\s+/).filter(Boolean);
  const out = [];
  let size = 0;
  let sentence = 0;
  while (size < bytes) {
    let w = words[Math.floor(rand() * words.length)];
    if (rand() < 1 / 3) {
      const v = words[Math.floor(rand() * words.length)].replace(/[^A-Za-z]/g, '');
      w = w.replace(/[^A-Za-z]/g, '').slice(0, 1 + Math.floor(rand() * 5)) + v.slice(Math.floor(rand() * v.length));
    }
    if (++sentence > 8 + rand() * 12) { w += rand() < 0.2 ? '.\n\n' : '.'; sentence = 0; }
    out.push(w);
    size += Buffer.byteLength(w) + 1;
  }
  return out.join(' ');
}

/** ~`bytes` of Chinese: the sample's characters in random order, with its punctuation every 8–30 characters. */
export function chineseText(sample, bytes, seed = 2) {
  const rand = mulberry32(seed);
  const chars = [...sample].filter((c) => /\p{Script=Han}/u.test(c));
  if (!chars.length) throw new Error('the Chinese sample has no Han characters');
  const punct = ['，', '。', '；', '：', '、', '！', '？', '\n'];
  let out = '';
  let size = 0;
  let run = 0;
  while (size < bytes) {
    const c = chars[Math.floor(rand() * chars.length)];
    out += c;
    size += 3;
    if (++run > 8 + rand() * 22) {
      const p = punct[Math.floor(rand() * punct.length)];
      out += p;
      size += Buffer.byteLength(p);
      run = 0;
    }
  }
  return out;
}

async function sampleText(page, base, id) {
  // The embed page is server-rendered in its default state; the URL's sample applies on hydration.
  await page.goto(`${base}${PLAYGROUND}?sample=${id}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.widget[data-hydrated="true"]', { timeout: 30_000 });
  return page.$eval('textarea', (t) => t.value);
}

export async function benchTokenizer(base = LOCAL_ORIGIN) {
  const exe = findChromium();
  if (!exe) throw new Error(NO_CHROMIUM_MESSAGE);
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
  const result = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();

    // 1. Lazy loading on the chapter page.
    const fetched = [];
    page.on('response', async (r) => {
      const url = r.url();
      if (/\/_astro\/(worker|llama3|llama2|byteLevel|cl100k)[-.]/.test(url)) {
        const body = await r.body().catch(() => Buffer.alloc(0));
        fetched.push({ url: url.replace(base, ''), bytes: body.length, at: Date.now() });
      }
    });
    await page.goto(base + CHAPTER, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const beforeScroll = fetched.reduce((s, f) => s + f.bytes, 0);
    const t0 = Date.now();
    await page.locator('#fig-tokenizer-playground').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const el = document.querySelector('#fig-tokenizer-playground .tokplay');
      return el?.getAttribute('data-fresh') === 'true';
    }, null, { timeout: 60_000 });
    result.lazy = {
      tokenizerBytesBeforeScroll: beforeScroll,
      scrollToFirstTokensMs: Date.now() - t0,
      fetchedAfterScroll: fetched.map((f) => ({ url: f.url, bytes: f.bytes })),
    };

    // 2. Throughput of the Llama 3 path inside the worker (the worker reports its own encode time).
    const english = englishText(await sampleText(page, base, 'prose'), 1_000_000);
    const chinese = chineseText(await sampleText(page, base, 'chinese'), 200_000);
    const workerUrl = result.lazy.fetchedAfterScroll.find((f) => f.url.includes('/worker'))?.url;
    if (!workerUrl) throw new Error('the tokenizer worker was not fetched');
    result.throughput = await page.evaluate(async ({ url, texts }) => {
      const worker = new Worker(url, { type: 'module' });
      let seq = 0;
      const ask = (text, tokenizer) => new Promise((resolve, reject) => {
        const id = ++seq;
        const onMessage = (e) => {
          if (e.data.seq !== id) return;
          worker.removeEventListener('message', onMessage);
          e.data.type === 'result' ? resolve(e.data.results[0]) : reject(new Error(e.data.message));
        };
        worker.addEventListener('message', onMessage);
        worker.postMessage({ type: 'tokenize', seq: id, request: { text, specials: 'plain', tokenizers: [tokenizer], maxTokens: 0 } });
      });
      const loadStart = performance.now();
      await ask('warm-up', 'llama3');
      const loadMs = performance.now() - loadStart;
      const out = { workerLoadAndInitMs: Math.round(loadMs) };
      for (const [name, text] of Object.entries(texts)) {
        const bytes = new TextEncoder().encode(text).length;
        const r = await ask(text, 'llama3');
        out[name] = { bytes, characters: [...text].length, tokens: r.count, encodeMs: Math.round(r.ms), mbPerS: Number((bytes / 1e6 / (r.ms / 1000)).toFixed(2)) };
      }
      worker.terminate();
      return out;
    }, { url: base + workerUrl, texts: { english, chinese } });

    // 3. Typing on 20 KB in the embed page: keystroke → new tokens on screen; longest main-thread task.
    await page.goto(base + PLAYGROUND, { waitUntil: 'networkidle' });
    await page.waitForSelector('.tokplay[data-fresh="true"]', { timeout: 60_000 });
    const twentyKb = english.slice(0, 20_000);
    await page.$eval('textarea', (t, v) => {
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
      set.call(t, v);
      t.dispatchEvent(new Event('input', { bubbles: true }));
    }, twentyKb);
    await page.waitForSelector('.tokplay[data-fresh="true"]', { timeout: 60_000 });
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: false });
    });
    await page.focus('textarea');
    await page.keyboard.press('End');
    const latencies = [];
    for (const ch of 'tokens!') {
      const ms = await page.evaluate(async (c) => {
        const root = document.querySelector('.tokplay');
        const t = document.querySelector('textarea');
        const start = performance.now();
        const done = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (root.getAttribute('data-fresh') === 'true') { mo.disconnect(); resolve(performance.now() - start); }
          });
          mo.observe(root, { attributes: true, attributeFilter: ['data-fresh'] });
        });
        const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
        set.call(t, t.value + c);
        t.dispatchEvent(new Event('input', { bubbles: true }));
        return done;
      }, ch);
      latencies.push(Math.round(ms * 10) / 10);
      await page.waitForTimeout(100);
    }
    const longTasks = await page.evaluate(() => window.__longTasks);
    latencies.sort((a, b) => a - b);
    result.typing = {
      textCharacters: twentyKb.length,
      keystrokeToTokensMs: { median: latencies[Math.floor(latencies.length / 2)], max: latencies[latencies.length - 1], all: latencies },
      longTasksOver50ms: longTasks.length,
      longestTaskMs: longTasks.length ? Math.round(Math.max(...longTasks)) : 0,
    };
  } finally {
    await browser.close();
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = (process.argv[2] ?? LOCAL_ORIGIN).replace(/\/$/, '');
  benchTokenizer(base).then(
    (r) => console.log(JSON.stringify(r)), // one line: scripts/bench.mjs reads the last line
    (e) => { console.error(e); process.exit(1); },
  );
}
