// @vitest-environment jsdom
// rl-arena used through its controls (seed 7, the main-thread fallback: jsdom has no Worker): pending first (the
// server's HTML), then every method's end, findings, charts and tables; a method switched off; no methods; the cost
// table without the worker; the hostile URL named.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import RlArena from './RlArena';
import Zh from './zh';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
/**
 * The toy runs on the main thread in jsdom (no Worker), after a macrotask and once its runs' module (compute.ts,
 * imported on demand) has loaded: let it, for up to 10 s.
 */
const settle = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 1000 && text('.ra-status').includes('training…'); i++) await new Promise((r) => setTimeout(r, 10));
});

describe('RlArena, used through its controls (seed 7)', () => {
  it('first render pending; then the end of each run, the findings and the charts (seed 7, 20 iterations)', async () => {
    window.history.replaceState(null, '', '/embed/rl-arena/?steps=20');
    await act(async () => { render(<RlArena embed />); });
    expect(text('.ra-status')).toContain('training…');
    // The cost table needs no worker: rlhfMemory's counts.
    expect(text('.ra-cost')).toContain('4 (2 trained)');
    expect(text('.ra-cost')).toContain('DPO required less compute for large-scale models');
    await settle();
    expect(text('.ra-status')).not.toContain('training…');
    // Two panels on one KL scale: gold (every method; best-of-n also at its bound) and the RM score (best-of-n, PPO, GRPO).
    const [goldPanel, proxyPanel] = [...document.querySelectorAll('.ra-kl-panel svg[role="img"]')];
    expect(goldPanel!.getAttribute('aria-label')).toMatch(/^Gold reward against KL for each method\. Best-of-n .*ends at gold/);
    expect(proxyPanel!.getAttribute('aria-label')).toMatch(/^RM score against KL for PPO, GRPO and best-of-n\. .*PPO ends at RM score/);
    expect(goldPanel!.querySelectorAll('path.ra-style-gold')).toHaveLength(5);
    expect(goldPanel!.querySelectorAll('path.ra-style-proxy')).toHaveLength(0);
    expect(goldPanel!.querySelectorAll('path.ra-style-bound')).toHaveLength(1);
    expect(proxyPanel!.querySelectorAll('path.ra-style-proxy')).toHaveLength(3); // best-of-n, PPO, GRPO
    expect(proxyPanel!.querySelectorAll('path.ra-style-bound')).toHaveLength(1);
    expect([...proxyPanel!.querySelectorAll('text.ra-end')].map((x) => x.textContent)).toEqual(['Best-of-n', 'PPO', 'GRPO']);
    // The same x ticks in both panels (one KL scale).
    const ticks = (svg: Element) => [...svg.querySelectorAll('text')].map((x) => x.textContent).filter((x) => /^\d/.test(x ?? '')).join();
    expect(ticks(goldPanel!).length).toBeGreaterThan(0);
    expect(ticks(proxyPanel!)).toContain(ticks(goldPanel!).split(',').slice(0, 3).join());
    // The reward-hacking reading, computed from the run, under the panels.
    // (Best-of-n peaks at n = 4–8 and falls; whether PPO falls at 20 iterations is the run's: model.test.ts pins the
    // default 100, where it does not.)
    const hacking = [...document.querySelectorAll('.kit-reserve-content .ra-hacking p')].map((p) => p.textContent);
    expect(hacking[0]).toBe('Reward hacking, measured: the RM score keeps rising while gold falls back.');
    expect(hacking[1]).toMatch(/^Best-of-n: RM −?\d\.\d\d → \d\.\d\d; gold −\d\.\d\d → −\d\.\d\d \(best, n = [48]\) → −\d\.\d\d\.$/);
    expect(hacking[2]).toMatch(/^PPO: RM −?\d\.\d\d → \d\.\d\d; gold −\d\.\d\d → −\d\.\d\d( \(best −\d\.\d\d\): no fall| \(best, iteration \d+\) → −\d\.\d\d)\.$/);
    expect(hacking[3]).toMatch(/^GRPO: RM /);
    expect(document.querySelectorAll('.ra-group-block').length).toBe(1);
    const group = document.querySelector('.ra-group-block details') as HTMLDetailsElement;
    await act(async () => { group.open = true; fireEvent(group, new Event('toggle')); });
    expect(text('.ra-group-block')).toContain('G = 16 answers sampled from the reference');
    expect(document.querySelectorAll('.ra-group-block tbody tr')).toHaveLength(16);
  }, 60_000);

  it('the first control is a checkbox (Space toggles it), and switching a method off drops its row', async () => {
    window.history.replaceState(null, '', '/embed/rl-arena/?methods=bon,ppo&steps=10');
    await act(async () => { render(<RlArena embed />); });
    await settle();
    const ppo = screen.getByRole('checkbox', { name: 'PPO' }) as HTMLInputElement;
    expect(ppo.checked).toBe(true);
    await act(async () => { fireEvent.click(ppo); });
    await settle();
    expect(screen.getByRole('checkbox', { name: 'PPO' })).toHaveProperty('checked', false);
    expect(document.querySelectorAll('.ra-status tbody tr')).toHaveLength(1);
  }, 60_000);

  it('no methods: a clear message and no charts', async () => {
    window.history.replaceState(null, '', '/embed/rl-arena/?methods=');
    await act(async () => { render(<RlArena embed />); });
    expect(text('.ra-none')).toContain('No method chosen');
    expect(document.querySelectorAll('.ra-svg')).toHaveLength(0);
  });

  it('in Chinese, the reward-hacking reading arrives in Chinese (seed 7)', async () => {
    window.history.replaceState(null, '', '/embed/rl-arena/?methods=bon');
    await act(async () => { render(<Zh embed />); });
    await settle();
    expect(text('.kit-reserve-content .ra-hacking')).toMatch(/^奖励模型被钻了空子，实测如下：.*n 选一：奖励模型分数 .*金标准 −\d\.\d\d → −\d\.\d\d（最高，n = [48]）→ −\d\.\d\d。$/);
  });
});
