// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import RlhfMemory from './RlhfMemory';
import Zh from './zh';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const announced = () => text('[data-announcer]');
const card = (m: string) => document.querySelector(`.rlm-card[data-method="${m}"]`) as HTMLElement;
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

describe('RlhfMemory, used through its controls', () => {
  it('default: Llama 3.1 405B with DPO highlighted; the three cards with their models, totals and GPUs', async () => {
    await act(async () => { render(<RlhfMemory />); });
    expect(text('.rlm-result')).toBe('DPO on Llama 3.1 405B: 2 models resident, 8.12 TB of states — at least 102 H100s of 80 GB nominal for them alone. It generates no text: it trains on fixed pairs.');
    expect(card('dpo').classList.contains('is-highlighted')).toBe(true);
    expect(within(card('dpo')).getByText('highlighted')).toBeTruthy();
    expect(card('ppo').querySelectorAll('.rlm-models li')).toHaveLength(4);
    expect(card('grpo').querySelectorAll('.rlm-models li')).toHaveLength(3);
    expect(card('dpo').querySelectorAll('.rlm-models li')).toHaveLength(2);
    expect(text('.rlm-card[data-method="ppo"] .rlm-card-gpus')).toBe('≥ 203 H100s of 80 GB nominal');
    expect(text('.rlm-card[data-method="ppo"] .rlm-gen')).toBe('Generates text every step');
    // Every bar is an image with a name; trained models have three segments, frozen ones one.
    const bars = card('ppo').querySelectorAll('.rlm-models svg[role="img"]');
    expect(bars).toHaveLength(4);
    expect(bars[0]!.getAttribute('aria-label')).toMatch(/^Policy, trained: weights 812 GB, gradients 1.62 TB, optimizer state 4.87 TB$/);
    expect(bars[0]!.querySelectorAll('rect.rlm-seg')).toHaveLength(3);
    expect(bars[2]!.querySelectorAll('rect.rlm-seg')).toHaveLength(1);
    // The method totals share one scale: PPO's fills the bar, DPO's is about half of it.
    const total = (m: string) => [...card(m).querySelectorAll(':scope > .rlm-bar rect.rlm-seg')].reduce((s, r) => s + Number(r.getAttribute('width')), 0);
    expect(card('dpo').querySelector(':scope > .rlm-bar svg')!.getAttribute('aria-label')).toBe('DPO total: weights 1.62 TB, gradients 1.62 TB, optimizer state 4.87 TB');
    expect(total('dpo') / total('ppo')).toBeCloseTo(8_117_067_776_000 / 16_192_108_953_600, 2);
  });

  it('the exact table holds every byte as an integer', async () => {
    await act(async () => { render(<RlhfMemory />); });
    const details = document.querySelector('details.rlm-data') as HTMLDetailsElement;
    await act(async () => { details.open = true; fireEvent(details, new Event('toggle')); });
    const rows = [...document.querySelectorAll('.rlm-table tbody tr')].map((r) => r.textContent);
    expect(rows).toHaveLength(4 + 1 + 3 + 1 + 2 + 1);
    // DPO on the 405B: weights 2 + 2 B, gradients 4 B, optimizer 12 B per policy parameter (405,853,388,800).
    expect(rows).toContain('DPO total1,623,413,555,2001,623,413,555,2004,870,240,665,6008,117,067,776,000');
    expect(rows).toContain('DPOPolicy405,853,388,800811,706,777,6001,623,413,555,2004,870,240,665,6007,305,360,998,400');
  });

  it('controls: method, model, dtype, optimizer and both toggles change the result; Open carries them', async () => {
    await act(async () => { render(<RlhfMemory />); });
    fireEvent.click(screen.getByRole('radio', { name: 'PPO' }));
    expect(text('.rlm-result')).toMatch(/^PPO on Llama 3.1 405B: 4 models resident, 16.2 TB of states — at least 203 H100s/);
    expect(text('.rlm-result')).toContain('It generates text from the policy at every step.');
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'llama3-8b' } });
    expect(text('.rlm-result')).toMatch(/^PPO on Llama 3.1 8B: 4 models resident, 311 GB of states — at least 4 H100s/);
    fireEvent.click(screen.getByRole('radio', { name: 'DPO' }));
    fireEvent.click(screen.getByLabelText(/^DPO: reference log-probabilities cached/));
    expect(text('.rlm-result')).toMatch(/^DPO on Llama 3.1 8B: 1 model resident, 145 GB of states — at least 2 H100s/);
    expect(card('dpo').querySelectorAll('.rlm-models li')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText(/^GRPO: KL term on/));
    expect(card('grpo').querySelectorAll('.rlm-models li')).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('fp32 (4 B)'));
    expect(text('.rlm-note')).toContain('the fp32 master copy is the weights themselves');
    fireEvent.change(screen.getByLabelText('Optimizer state per trained parameter'), { target: { value: 'sgd-momentum' } });
    expect(document.querySelector('.rlm-note')).toBeNull();
    expect(text('.rlm-precision')).toContain('4 per weight, 4 per gradient (fp32) and 4 of optimizer state');
    expect(openState()).toMatchObject({ model: 'llama3-8b', method: 'dpo', dtype: 'fp32', optimizer: 'sgd-momentum', cached: true, grpokl: false });
  });

  it('announces the result once per change', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<RlhfMemory />); });
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    fireEvent.click(screen.getByRole('radio', { name: 'GRPO' }));
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    expect(announced()).toMatch(/^GRPO on Llama 3.1 405B: 3 models resident, 8.92 TB of states — at least 112 H100s/);
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  });

  it('an embed URL sets the controls; hostile values fall back and are named', async () => {
    window.history.replaceState(null, '', '/embed/rlhf-memory/?model=llama3-70b&method=grpo&grpokl=false');
    await act(async () => { render(<RlhfMemory embed />); });
    expect((screen.getByLabelText('Model') as HTMLSelectElement).value).toBe('llama3-70b');
    expect((screen.getByRole('radio', { name: 'GRPO' }) as HTMLInputElement).checked).toBe(true);
    expect(text('.rlm-result')).toMatch(/^GRPO on Llama 3.1 70B: 2 models resident, 1.41 TB of states — at least 18 H100s/);
    cleanup();
    window.history.replaceState(null, '', `/embed/rlhf-memory/${HOSTILE_QUERY}`);
    await act(async () => { render(<RlhfMemory embed />); });
    const notice = text('.widget-notice');
    for (const key of ['model', 'method', 'dtype', 'optimizer', 'cached', 'grpokl']) expect(notice).toContain(key);
    expect(text('.rlm-result')).toMatch(/^DPO on Llama 3.1 405B/);
    expect(text('.widget-body')).not.toMatch(/NaN|Infinity|undefined|<script>/);
  });

  it('in Chinese: the result in Chinese, Latin names marked translate="no"', async () => {
    await act(async () => { render(<Zh />); });
    expect(text('.rlm-result')).toBe('DPO 训练 Llama 3.1 405B：常驻 2 个模型，状态共 8.12 TB，光放这些就至少要 102 块 H100（每块标称 80 GB）。训练时不生成文本，只用固定的偏好对。');
    expect(document.querySelector('.rlm-card[data-method="grpo"] .rlm-card-head span[translate="no"]')?.textContent).toBe('GRPO');
  });

  it('custom: the fields appear prefilled from the model chosen last; an impossible shape gives its reason, no numbers', async () => {
    await act(async () => { render(<RlhfMemory />); });
    expect(document.querySelector('.rlm-custom')).toBeNull();
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'llama3-70b' } });
    const before = text('.rlm-card[data-method="ppo"] .rlm-card-total');
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'custom' } });
    expect(document.querySelector('.rlm-custom')).not.toBeNull();
    expect((screen.getByLabelText('dim (width d)') as HTMLInputElement).value).toBe('8,192');
    expect((screen.getByLabelText('layers (L)') as HTMLInputElement).value).toBe('80');
    expect(text('.rlm-result')).toMatch(/^DPO on Custom shape: 2 models resident/);
    expect(text('.rlm-card[data-method="ppo"] .rlm-card-total')).toBe(before);
    expect(openState()).toMatchObject({ model: 'custom', dim: 8_192, layers: 80, heads: 64, kvHeads: 8, ffnDim: 28_672, vocab: 128_256, tied: false });
    const heads = screen.getByLabelText('heads (H)');
    fireEvent.change(heads, { target: { value: '48' } });
    fireEvent.blur(heads);
    expect(document.querySelector('.rlm-result')).toBeNull();
    expect(document.querySelector('.rlm-cards')).toBeNull();
    expect(text('.rlm-invalid')).toBe('No numbers: this shape is not valid. Fix the fields marked above.');
    expect(text('.rlm-custom')).toContain('heads (48) must divide dim (8,192) evenly');
    expect(text('.widget-body')).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('an embed URL with a released model names the shape fields it does not use', async () => {
    window.history.replaceState(null, '', '/embed/rlhf-memory/?model=llama3-8b&dim=512');
    await act(async () => { render(<RlhfMemory embed />); });
    expect(text('.widget-notice')).toContain('dim');
    expect(text('.widget-notice')).toContain('used only with model=custom');
  });
});
