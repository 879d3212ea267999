import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
await page.goto('http://127.0.0.1:4571/embed/bpe-stepper/');
await page.waitForSelector('[data-hydrated="true"]');
await page.waitForTimeout(800);
// Long tasks while dragging the slider across all steps, one input per frame, and while typing.
const r = await page.evaluate(async () => {
  const long = [];
  const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); });
  obs.observe({ type: 'longtask', buffered: false });
  const input = document.querySelector('.bpe input[type=range]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const urgent = [];
  for (let v = 0; v <= 224; v += 4) {
    const t = performance.now();
    setter.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    urgent.push(performance.now() - t);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  await new Promise((r) => setTimeout(r, 500));
  const dragLong = long.splice(0);
  const ta = document.querySelector('.bpe textarea');
  const tset = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  const keys = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    tset.call(ta, ta.value + 'abcdefghij'[i % 10]);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    keys.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 60));
  }
  await new Promise((r) => setTimeout(r, 500));
  const typeLong = long.splice(0);
  const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)].toFixed(1); };
  const max = (a) => Math.max(0, ...a).toFixed(1);
  return `drag: urgent median ${med(urgent)} max ${max(urgent)} ms; long tasks ${dragLong.length} (max ${max(dragLong)} ms)\n` +
    `typing: urgent median ${med(keys)} max ${max(keys)} ms; long tasks ${typeLong.length} (max ${max(typeLong)} ms)`;
});
console.log(r);
const p2 = await browser.newPage({ viewport: { width: 800, height: 900 } });
await p2.goto('http://127.0.0.1:4571/embed/vocab-tradeoff/');
await p2.waitForSelector('[data-hydrated="true"]');
await p2.waitForTimeout(3000);
console.log('vt', await p2.evaluate(async () => {
  const input = document.querySelector('.vt input[type=range]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const t = [];
  for (let v = 0; v < 290; v += 3) {
    const t0 = performance.now();
    setter.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    t.push(performance.now() - t0);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  const s = [...t].sort((a, b) => a - b);
  return `slider: median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, p90 ${s[Math.floor(s.length * 0.9)].toFixed(1)} ms, max ${s.at(-1).toFixed(1)} ms`;
}));
await browser.close();
