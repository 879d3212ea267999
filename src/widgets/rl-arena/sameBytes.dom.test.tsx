// @vitest-environment jsdom
// One quantity, one number on the page: rl-arena's cost table and rlhf-memory print PPO's model states at Llama 3.1
// 405B with the same formatter call (decimal units), in both languages. Both widgets rendered; the strings compared.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import RlArena from './RlArena';
import RlArenaZh from './zh';
import RlhfMemory from '../rlhf-memory/RlhfMemory';
import RlhfMemoryZh from '../rlhf-memory/zh';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

/** The last cell of the PPO row of rl-arena's cost table. */
function arenaPpoBytes(): string {
  const row = [...document.querySelectorAll('.ra-cost tbody tr')].find((r) => r.querySelector('th')?.textContent === 'PPO');
  return row?.querySelector('td:last-child')?.textContent ?? '';
}

describe.each([
  { lang: 'en', Arena: RlArena, Memory: RlhfMemory, total: 'Total ' },
  { lang: 'zh', Arena: RlArenaZh, Memory: RlhfMemoryZh, total: '合计 ' },
])('PPO at 405B ($lang)', ({ Arena, Memory, total }) => {
  it('rl-arena and rlhf-memory print the same string for the model states', async () => {
    window.history.replaceState(null, '', '/embed/rl-arena/?methods=bon');
    let view = render(<Arena embed />);
    await act(async () => {});
    const arena = arenaPpoBytes();
    view.unmount();
    window.history.replaceState(null, '', '/embed/rlhf-memory/?method=ppo&model=llama3-405b');
    view = render(<Memory embed />);
    await act(async () => {});
    const memory = document.querySelector('.rlm-card[data-method="ppo"] .rlm-card-total')?.textContent ?? '';
    expect(arena).toBe('16.2 TB');
    expect(memory).toBe(`${total}${arena}`);
  });
});
