// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import VisionAdapter from './VisionAdapter';
import Zh from './zh';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const texts = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '');
const announced = () => text('[data-announcer]');
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

const fakeBitmap = (width: number, height: number) => ({ width, height, close: vi.fn() });
const pickFile = async (file: File) => {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  await act(async () => { fireEvent.change(input, { target: { files: [file] } }); });
};

describe('VisionAdapter, used through its controls', () => {
  it('default: the paper\'s 405B set-up, a 1,600 × 1,200 image → 2 × 2 tiles, 2,308 tokens; the strip, parameters and KV memory', async () => {
    await act(async () => { render(<VisionAdapter />); });
    expect(text('.va-badge')).toBe("The paper's set-up (report §7)");
    expect(text('.vision-adapter > .va-result')).toBe('Llama 3 405B (paper): a 1,600 × 1,200 px image → 2 × 2 tiles of 336 px, 4 × 577 = 2,308 image tokens; 32 cross-attention blocks add 102B parameters.');
    expect(texts('.va-num')).toContain('Tokens per image: 4 × 577 = 2,308 (four tiles: the most).');
    // The canvas: four tiles, the image in the top-left corner, a quarter of it padding.
    const canvas = document.querySelector('svg.va-canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.querySelectorAll('rect.va-tile')).toHaveLength(4);
    expect(canvas.getAttribute('aria-label')).toContain('672 × 504 px');
    // 126 layers, 32 blocks; Meta's and Hugging Face's indices both listed.
    expect(document.querySelectorAll('.va-strip rect.va-layer')).toHaveLength(126);
    expect(document.querySelectorAll('.va-strip path.va-cross')).toHaveLength(32);
    expect(texts('.va-num')).toContain('Hugging Face (158 interleaved layers, numbered as it would be): 1, 6, 11, 16, 21, 26, 31, 36, 41, 46, 51, 56, 61, 66, 71, 76, 81, 86, 91, 96, 101, 106, 111, 116, 121, 126, 131, 136, 141, 146, 151, 156.');
    expect(text('.va-section:nth-of-type(3)')).toContain('32 blocks: 102B; 31 blocks: 98.8B. The report: "≈100B"');
    expect(texts('.va-bar-label')).toEqual([
      'Cross-attention, 32 layers: 2,308 × 4,096 B × 32 = 289 MiB',
      'LLaVA-style, all 126 layers: 2,308 × 4,096 B × 126 = 1.11 GiB (3.94×)',
    ]);
    expect(document.querySelectorAll('.vision-adapter svg[role="img"]').length).toBeGreaterThanOrEqual(5);
  });

  it('controls: model, named size, typed width, gate; Open carries them', async () => {
    await act(async () => { render(<VisionAdapter />); });
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'llama32-90b' } });
    fireEvent.change(screen.getByLabelText('Image'), { target: { value: 'panorama' } });
    expect(text('.vision-adapter > .va-result')).toBe('Llama 3.2 90B Vision: a 2,400 × 600 px image → 4 × 1 tiles of 560 px, 4 × 1,601 = 6,404 image tokens; 20 cross-attention blocks add 17.1B parameters.');
    expect(text('.va-badge')).toBe('Released model (Meta’s llama-models code)');
    expect(document.querySelectorAll('.va-strip rect.va-layer')).toHaveLength(80);
    // Typing a width leaves the named size for "your size", keeping the other side.
    fireEvent.change(screen.getByLabelText('Width (px)'), { target: { value: '560' } });
    expect(text('.vision-adapter > .va-result')).toMatch(/^Llama 3.2 90B Vision: a 560 × 600 px image → 1 × 2 tiles/);
    fireEvent.change(screen.getByLabelText('Width (px)'), { target: { value: '0' } });
    expect(text('.ctl-error')).toBe('Width must be from 1 to 8,192; that is 0.');
    const gate = screen.getByRole('slider', { name: /Gate g/ });
    fireEvent.change(gate, { target: { value: '1' } });
    expect(texts('.va-result')[1]).toMatch(/^tanh\(1\.0\) = 0\.762: max \|difference\| from the text path = \d\.\d{4}\.$/);
    expect(document.querySelectorAll('.va-plot line.va-diff').length).toBeGreaterThan(0);
    fireEvent.change(gate, { target: { value: '0' } });
    expect(texts('.va-result')[1]).toBe('tanh(0.0) = 0.000: both gated updates vanish and the block returns the text path exactly — max |difference| = 0.');
    expect(document.querySelectorAll('.va-plot line.va-diff')).toHaveLength(0);
    fireEvent.change(gate, { target: { value: '2.5' } });
    expect(openState()).toMatchObject({ model: 'llama32-90b', image: 'custom', width: 560, height: 600, gate: 2.5 });
  });

  it('the default state draws no picture and requests nothing; a named image is drawn, resized, in the tiling', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const open = vi.spyOn(XMLHttpRequest.prototype, 'open');
    await act(async () => { render(<VisionAdapter />); });
    // image=custom: no picture element of any kind, so no image request; nothing fetched.
    expect(document.querySelectorAll('.vision-adapter image, .vision-adapter img')).toHaveLength(0);
    expect(document.querySelector('.vision-adapter')!.innerHTML).not.toMatch(/\.webp/);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Image'), { target: { value: 'slide' } });
    const canvas = document.querySelector('svg.va-canvas')!;
    const pic = canvas.querySelector('image.va-picture')!;
    expect(pic.getAttribute('href')).toMatch(/slide\.webp$/);
    // 1,920 × 1,080 on the 405B's 336-px tiles: 2 × 2 canvas (672 × 672), the picture resized to 672 × 378 and drawn
    // at the scale of the rest (the box is 220 × 180 px: k = 180 / 672), under the four dashed tile edges.
    const k = 180 / 672;
    expect(Number(pic.getAttribute('width'))).toBeCloseTo(672 * k, 6);
    expect(Number(pic.getAttribute('height'))).toBeCloseTo(378 * k, 6);
    const order = [...canvas.querySelectorAll('image, rect')].map((e) => e.getAttribute('class'));
    expect(order.indexOf('va-picture')).toBeLessThan(order.indexOf('va-tile'));
    expect(canvas.querySelectorAll('rect.va-tile')).toHaveLength(4);
    expect(canvas.getAttribute('aria-label')).toContain("a screenshot of this site's chapter on grouped-query attention");
    expect(text('.vision-adapter > .va-result')).toMatch(/a 1,920 × 1,080 px image → 2 × 2 tiles/);
    // Another picture replaces it; back to "your size" removes it.
    fireEvent.change(screen.getByLabelText('Image'), { target: { value: 'icon' } });
    expect(canvas.querySelector('image.va-picture')!.getAttribute('href')).toMatch(/icon\.webp$/);
    fireEvent.change(screen.getByLabelText('Image'), { target: { value: 'custom' } });
    expect(canvas.querySelector('image')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
    open.mockRestore();
  });

  it('the reader\'s own image is measured in the browser: no request, only its size is used', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const open = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const bitmap = fakeBitmap(800, 600);
    vi.stubGlobal('createImageBitmap', vi.fn(async () => bitmap));
    await act(async () => { render(<VisionAdapter />); });
    await pickFile(new File([new Uint8Array([1, 2, 3])], 'cat.png', { type: 'image/png' }));
    expect(text('.va-file-note')).toBe('Your image: 800 × 600 px.');
    expect(text('.vision-adapter > .va-result')).toMatch(/^Llama 3 405B \(paper\): a 800 × 600 px image → 2 × 2 tiles/);
    expect(document.querySelector('.va-thumb canvas')).not.toBeNull();
    expect(openState()).toMatchObject({ image: 'custom', width: 800, height: 600 });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    // The picker is reached by its label (the visible button) and described by the caption and the hint.
    expect(screen.getByLabelText('Choose an image…').getAttribute('type')).toBe('file');
    open.mockRestore();
  });

  it('a file that is not an image, an empty one or one too large gives a clear message and changes nothing', async () => {
    await act(async () => { render(<VisionAdapter />); });
    vi.stubGlobal('createImageBitmap', vi.fn(async () => { throw new DOMException('bad', 'InvalidStateError'); }));
    await pickFile(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(text('.va-file-note')).toBe('That file could not be read as an image by this browser. Nothing was changed.');
    const big = fakeBitmap(9_000, 100);
    vi.stubGlobal('createImageBitmap', vi.fn(async () => big));
    await pickFile(new File(['x'], 'wide.png', { type: 'image/png' }));
    expect(text('.va-file-note')).toBe('That image is larger than 8,192 px on a side, the most this widget takes. Nothing was changed.');
    expect(big.close).toHaveBeenCalled();
    vi.stubGlobal('createImageBitmap', vi.fn(async () => fakeBitmap(0, 0)));
    await pickFile(new File([''], 'empty.png', { type: 'image/png' }));
    expect(text('.va-file-note')).toBe('That image has no pixels. Nothing was changed.');
    expect(text('.vision-adapter > .va-result')).toMatch(/a 1,600 × 1,200 px image/);
    expect(document.querySelector('.va-thumb')).toBeNull();
  });

  it('announces the result once per change', async () => {
    vi.useFakeTimers();
    await act(async () => { render(<VisionAdapter />); });
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    const obs = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
    obs.observe(region, { childList: true, subtree: true, characterData: true });
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'llama32-11b' } });
    await act(async () => { vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS); });
    expect(announced()).toMatch(/^Llama 3.2 11B Vision: a 1,600 × 1,200 px image → 2 × 2 tiles of 448 px, 4 × 1,025 = 4,100 image tokens/);
    obs.disconnect();
    expect(new Set(said).size).toBe(1);
  });

  it('an embed URL sets the controls; hostile values fall back and are named', async () => {
    window.history.replaceState(null, '', '/embed/vision-adapter/?model=llama32-11b-instruct&image=phone&gate=0.5');
    await act(async () => { render(<VisionAdapter embed />); });
    expect((screen.getByLabelText('Model') as HTMLSelectElement).value).toBe('llama32-11b-instruct');
    expect(text('.vision-adapter > .va-result')).toBe('Llama 3.2 11B Vision Instruct: a 750 × 1,334 px image → 2 × 2 tiles of 560 px, 4 × 1,601 = 6,404 image tokens; 8 cross-attention blocks add 1.74B parameters.');
    cleanup();
    window.history.replaceState(null, '', `/embed/vision-adapter/${HOSTILE_QUERY}`);
    await act(async () => { render(<VisionAdapter embed />); });
    const notice = text('.widget-notice');
    for (const key of ['model', 'image', 'width', 'height', 'gate']) expect(notice).toContain(key);
    expect(text('.vision-adapter > .va-result')).toMatch(/^Llama 3 405B \(paper\): a 1,600 × 1,200 px image/);
    expect(text('.widget-body')).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('in Chinese', async () => {
    await act(async () => { render(<Zh />); });
    expect(text('.vision-adapter > .va-result')).toMatch(/^Llama 3 405B（论文设定）：一张 1,600 × 1,200 像素的图像 → 2 × 2 个 336 像素图块，4 × 577 = 2,308 个图像 token；32 个交叉注意力块增加 /);
  });
});
