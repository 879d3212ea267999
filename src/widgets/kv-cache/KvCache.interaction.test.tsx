// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import KvCache from './KvCache';

afterEach(cleanup);

const total = () => document.querySelector('.kv-bytes')?.textContent?.replace(/\u00a0/g, ' ');

describe('KvCache, used through its controls', () => {
  it('the exact-context field accepts digits and K, and recomputes', () => {
    render(<KvCache />);
    expect(total()).toBe('17,179,869,184 bytes');
    const field = screen.getByLabelText('Context, exact tokens');
    fireEvent.change(field, { target: { value: '8K' } });
    expect(total()).toBe('1,073,741,824 bytes');
    // the slider follows: 8,192 = 2^13
    expect((screen.getByRole('slider', { name: /^Context/ }) as HTMLInputElement).value).toBe('13');
  });

  it('hostile text in a field gives an inline error and keeps the last valid result', () => {
    render(<KvCache />);
    const field = screen.getByLabelText('Context, exact tokens');
    for (const junk of ['12\u202eab', '🦙🦙', '\ud800', '1e9', '-5', '9'.repeat(40)]) {
      fireEvent.change(field, { target: { value: junk } });
      expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Context/);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(total()).toBe('17,179,869,184 bytes');
    }
    fireEvent.change(field, { target: { value: '131,072' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.ctl-error')).toBeNull();
  });

  it('the context slider moves by powers of two', () => {
    render(<KvCache />);
    const slider = screen.getByRole('slider', { name: /^Context/ });
    fireEvent.change(slider, { target: { value: '16' } });
    expect(total()).toBe('8,589,934,592 bytes');
    expect(slider.getAttribute('aria-valuetext')).toBe('65,536 tokens (64K)');
    expect((screen.getByLabelText('Context, exact tokens') as HTMLInputElement).value).toBe('65,536');
  });

  it('attention, precision and batch change the total as the formula says', () => {
    render(<KvCache />);
    fireEvent.click(screen.getByLabelText('MHA · 32'));
    expect(total()).toBe('68,719,476,736 bytes');
    fireEvent.click(screen.getByLabelText('MQA · 1'));
    expect(total()).toBe('2,147,483,648 bytes');
    fireEvent.click(screen.getByLabelText('int4 · ½ B'));
    expect(total()).toBe('536,870,912 bytes');
    fireEvent.change(screen.getByLabelText('Batch, exact sequences'), { target: { value: '3' } });
    expect(total()).toBe('1,610,612,736 bytes');
  });

  it('switching to a custom shape starts from the model on screen; an impossible shape is explained', () => {
    render(<KvCache />);
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'llama3-405b' } });
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'custom' } });
    expect((screen.getByLabelText('Layers') as HTMLInputElement).value).toBe('126');
    expect((screen.getByLabelText('Query heads') as HTMLInputElement).value).toBe('128');
    expect(total()).toBe('67,645,734,912 bytes');
    fireEvent.change(screen.getByLabelText('KV heads (GQA)'), { target: { value: '12' } });
    expect(document.querySelector('.kv-invalid')?.textContent).toContain('Query heads (128) must be a multiple of KV heads (12)');
    expect(total()).toBeUndefined();
    fireEvent.change(screen.getByLabelText('KV heads (GQA)'), { target: { value: '16' } });
    expect(total()).toBe('135,291,469,824 bytes'); // the mp16 checkpoint's 16 KV heads: twice the cache
  });

  it('the units toggle switches between GiB and GB', () => {
    render(<KvCache />);
    expect(document.querySelector('.kv-human')?.textContent).toBe('= 16 GiB');
    fireEvent.click(screen.getByLabelText('GB (10⁹ B)'));
    expect(document.querySelector('.kv-human')?.textContent).toBe('≈17.2 GB');
  });
});
