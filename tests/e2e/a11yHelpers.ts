// Helpers shared by the accessibility specs (beyond axe): live-region logging, contrast, grid focus, Tab walking.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * Records every change of a live region (aria-live other than off, status, alert, log, output) from now on, and the
 * times of the reader's inputs (to count how many times the input settled: a pause of SETTLE_MS or more).
 */
export async function startLiveLog(page: Page): Promise<void> {
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
export const liveLog = (page: Page) => page.evaluate(() => (window as unknown as { __live: { announcer: boolean; text: string }[] }).__live);

/** A pause in the input this long lets a result be spoken (the announcer waits 700 ms; renders take time too). */
export const SETTLE_MS = 500;
/** How many times the reader's input paused for SETTLE_MS or more, counting the end: the most a widget may say. */
export const settledChanges = (page: Page) => page.evaluate((settle) => {
  const t = (window as unknown as { __inputs: number[] }).__inputs;
  return 1 + t.slice(1).filter((x, i) => x - t[i]! >= settle).length;
}, SETTLE_MS);

/**
 * After `act` (quick key presses or typing), and once things settle: one live update per settled change (one, unless
 * the machine was so slow that the input itself paused), all from the widget's announcer, the last saying `said`.
 */
export async function expectOneAnnouncement(page: Page, act: () => Promise<void>, said: RegExp): Promise<void> {
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

/** WCAG contrast of two computed `rgb(…)` colours (alpha ignored: these are opaque). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
    const lin = (s: number) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The focused element's grid position: [row, column], 1-based, or null if focus is not on a grid cell. */
export const focusedCell = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  if (el?.getAttribute('role') !== 'gridcell') return null;
  return [Number(el.parentElement?.getAttribute('aria-rowindex')), Number(el.getAttribute('aria-colindex'))];
});

export async function tabTo(page: Page, role: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((r) => document.activeElement?.getAttribute('role') === r, role)) return;
  }
  throw new Error(`no ${role} reached with Tab`);
}
/** Computed colours of every token box of a list and of the list itself. */
export const tokenColours = (page: Page, list: string) => page.locator(`${list} .tok`).evaluateAll((els) => els.map((el) => {
  const s = getComputedStyle(el);
  const listBg = getComputedStyle(el.closest('.tp-tokens')!).backgroundColor;
  return { edge: s.borderTopColor, width: s.borderTopWidth, style: s.borderTopStyle, fill: s.backgroundColor, listBg, special: el.classList.contains('special') };
}));
