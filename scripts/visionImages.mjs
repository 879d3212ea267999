// Makes the bundled pictures of the vision-adapter widget (src/widgets/vision-adapter/images/, README.md there):
// four screenshots of this site's own pages and one picture drawn on a canvas, all in headless Chromium, encoded as
// WebP by Chromium's canvas encoder at the highest quality that keeps each file within MAX_BYTES. Nothing is fetched
// from another origin. Usage (with the built site served, e.g. `node scripts/serve.mjs`):
//   node scripts/visionImages.mjs [base]        (base: LOCAL_ORIGIN by default)
// The widget's model (IMAGE_SIZES in src/widgets/vision-adapter/model.ts) must hold the sizes printed at the end;
// src/widgets/vision-adapter/images.test.ts reads them from the files' headers and checks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';
import { LOCAL_ORIGIN } from '../src/site.ts';

const [base = LOCAL_ORIGIN] = process.argv.slice(2);
const OUT = new URL('../src/widgets/vision-adapter/images/', import.meta.url);
const MAX_BYTES = 60_000;

const exe = findChromium();
if (!exe) { console.error(NO_CHROMIUM_MESSAGE); process.exit(1); }
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });

/** The page's pixels (a PNG) re-encoded as WebP at the highest quality, in steps of 0.05, that fits MAX_BYTES. */
async function toWebp(png) {
  const page = await browser.newPage();
  const bytes = await page.evaluate(async ({ b64, max }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d', { alpha: false });
    ctx.drawImage(img, 0, 0);
    const tried = [];
    for (let q = 0.9; q > 0.05; q -= 0.05) {
      const url = c.toDataURL('image/webp', q);
      const b = atob(url.slice(url.indexOf(',') + 1));
      if (b.length <= max) {
        // What the reader will see: the WebP decoded again, as a PNG (written only with PREVIEW=dir).
        const back = new Image();
        back.src = url;
        await back.decode();
        ctx.drawImage(back, 0, 0);
        const png = c.toDataURL('image/png');
        return { q: Math.round(q * 100) / 100, b64: btoa(b), preview: png.slice(png.indexOf(',') + 1) };
      }
      tried.push(`${Math.round(q * 100)}: ${b.length}`);
    }
    throw new Error(`does not fit in ${max} B (${tried.join(', ')})`);
  }, { b64: png.toString('base64'), max: MAX_BYTES });
  await page.close();
  return { q: bytes.q, buf: withoutIcc(Buffer.from(bytes.b64, 'base64')), preview: Buffer.from(bytes.preview, 'base64') };
}

/**
 * Chromium writes an extended WebP (VP8X) carrying an sRGB ICC profile (~470 B, the default anyway): keep only the
 * image chunk, as a simple lossy WebP (RIFF, WEBP, one VP8 chunk). Anything else (alpha, animation) is kept as is.
 */
function withoutIcc(buf) {
  const chunks = [];
  for (let at = 12; at + 8 <= buf.length;) {
    const size = buf.readUInt32LE(at + 4);
    chunks.push({ tag: buf.toString('latin1', at, at + 4), body: buf.subarray(at, at + 8 + size + (size & 1)) });
    at += 8 + size + (size & 1);
  }
  const tags = chunks.map((c) => c.tag);
  if (!tags.includes('VP8 ') || tags.some((t) => t !== 'VP8X' && t !== 'ICCP' && t !== 'VP8 ')) return buf;
  const vp8 = chunks.find((c) => c.tag === 'VP8 ').body;
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1'); head.writeUInt32LE(4 + vp8.length, 4); head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, vp8]);
}

/** A screenshot of the viewport after `prepare` (hydrated widgets, scrolled into place). */
async function shoot({ path, width, height, scale, theme = 'light', prepare, clip }) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale, colorScheme: theme });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (prepare) await prepare(page);
  await page.waitForTimeout(400);
  const png = await page.screenshot({ type: 'png', clip });
  await page.close();
  return png;
}

/** Scrolls so that the element's top sits `offset` px below the viewport's top, and hydrates what is then visible. */
const scrollTo = (selector, offset = 24) => async (page) => {
  await page.evaluate(({ selector, offset }) => {
    const el = document.querySelector(selector);
    if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - offset);
  }, { selector, offset });
  await page.waitForTimeout(800);
};

/** A 4:3 landscape drawn with gradients and seeded shapes (no text): a stand-in for a camera photo. */
async function drawn(width, height) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0"><canvas id="c" width="${width}" height="${height}"></canvas></body></html>`);
  await page.evaluate(({ W, H }) => {
    const ctx = document.getElementById('c').getContext('2d');
    let seed = 7;
    const rnd = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
    const sky = ctx.createLinearGradient(0, 0, 0, H * 0.62);
    sky.addColorStop(0, '#2b5f9e'); sky.addColorStop(0.55, '#8fb8de'); sky.addColorStop(1, '#f3d7a6');
    ctx.fillStyle = sky; ctx.fillRect(0, 0, W, H);
    const sun = ctx.createRadialGradient(W * 0.7, H * 0.42, 0, W * 0.7, H * 0.42, H * 0.28);
    sun.addColorStop(0, 'rgba(255,244,214,1)'); sun.addColorStop(0.18, 'rgba(255,236,190,0.95)'); sun.addColorStop(1, 'rgba(255,220,160,0)');
    ctx.fillStyle = sun; ctx.fillRect(0, 0, W, H);
    for (let i = 0; i < 9; i++) { // clouds
      const x = rnd() * W, y = H * (0.06 + rnd() * 0.25), r = H * (0.03 + rnd() * 0.05);
      ctx.fillStyle = 'rgba(255,255,255,0.55)';
      for (let j = 0; j < 5; j++) { ctx.beginPath(); ctx.ellipse(x + (j - 2) * r * 0.9, y + (j % 2) * r * 0.3, r * 1.2, r * 0.7, 0, 0, Math.PI * 2); ctx.fill(); }
    }
    const ridge = (base, amp, color, rough) => {
      ctx.beginPath(); ctx.moveTo(0, H);
      let y = base;
      for (let x = 0; x <= W; x += W / 160) { y += (rnd() - 0.5) * amp * rough; y += (base - y) * 0.08; ctx.lineTo(x, y - amp * Math.sin(x / W * Math.PI * 1.3)); }
      ctx.lineTo(W, H); ctx.closePath(); ctx.fillStyle = color; ctx.fill();
    };
    ridge(H * 0.52, H * 0.12, '#7d8fb0', 1.1);
    ridge(H * 0.58, H * 0.08, '#56698a', 1.3);
    ridge(H * 0.63, H * 0.05, '#3d5a4a', 1.6);
    const lake = ctx.createLinearGradient(0, H * 0.66, 0, H);
    lake.addColorStop(0, '#9cb9cf'); lake.addColorStop(1, '#2d4f6e');
    ctx.fillStyle = lake; ctx.fillRect(0, H * 0.66, W, H * 0.34);
    ctx.fillStyle = 'rgba(255,236,190,0.35)'; // the sun's path on the water
    for (let k = 0; k < 40; k++) { const y = H * (0.67 + k * 0.008); ctx.fillRect(W * 0.7 - (k + 6) * W * 0.0025, y, (k + 6) * W * 0.005, H * 0.003); }
    ctx.fillStyle = '#26402f'; // the near shore with trees
    ctx.beginPath(); ctx.moveTo(0, H); ctx.lineTo(0, H * 0.8);
    for (let x = 0; x <= W * 0.45; x += W / 90) ctx.lineTo(x, H * (0.8 + 0.1 * (x / W)) - rnd() * H * 0.02);
    ctx.lineTo(W * 0.5, H); ctx.closePath(); ctx.fill();
    for (let i = 0; i < 14; i++) {
      const x = rnd() * W * 0.42, h = H * (0.1 + rnd() * 0.12), y = H * (0.82 + 0.1 * x / W);
      ctx.beginPath(); ctx.moveTo(x, y - h); ctx.lineTo(x - h * 0.22, y); ctx.lineTo(x + h * 0.22, y); ctx.closePath(); ctx.fill();
    }
  }, { W: width, H: height });
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

const shots = {
  // A phone held upright (375 × 667 CSS px at 2×, a small iPhone's 750 × 1,334): a Chinese chapter page.
  phone: () => shoot({ path: '/zh/multimodal/', width: 375, height: 667, scale: 2, prepare: scrollTo('article h2', 80) }),
  // A 16:9 screen (1,280 × 720 CSS px at 1.5×): a chapter with a figure, the figure in view.
  slide: () => shoot({ path: '/gqa/', width: 1280, height: 720, scale: 1.5, prepare: scrollTo('figure', 16) }),
  // A 4:1 strip (1,600 × 400 CSS px at 1.5×): the top of the home page, dark theme.
  panorama: () => shoot({ path: '/', width: 1600, height: 400, scale: 1.5, theme: 'dark' }),
  // 64 × 64: the site's icon (favicon.svg) drawn at that size.
  icon: async () => {
    const page = await browser.newPage({ viewport: { width: 64, height: 64 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:#fff"><img src="${base}/favicon.svg" width="64" height="64" style="display:block"></body></html>`);
    await page.waitForTimeout(300);
    const png = await page.screenshot({ type: 'png' });
    await page.close();
    return png;
  },
  // A stand-in for a camera photo, 4:3 at 2,016 × 1,512 (half a 12-megapixel phone photo's sides): drawn, no text.
  photo: () => drawn(2016, 1512),
};

const only = process.env.ONLY?.split(',');
for (const [name, make] of Object.entries(shots)) {
  if (only && !only.includes(name)) continue;
  const { q, buf, preview } = await toWebp(await make());
  writeFileSync(new URL(`${name}.webp`, OUT), buf);
  if (process.env.PREVIEW) { mkdirSync(process.env.PREVIEW, { recursive: true }); writeFileSync(`${process.env.PREVIEW}/${name}.png`, preview); }
  // VP8 (lossy) header: width and height, 14 bits each, at bytes 26 and 28.
  console.log(`${name}.webp: ${buf.readUInt16LE(26) & 0x3fff} × ${buf.readUInt16LE(28) & 0x3fff} px, ${buf.length} B, quality ${q}`);
}
await browser.close();
