// The bundled pictures (images/, made by scripts/visionImages.mjs): each file's pixel size, read from its WebP
// header, is the size the model uses for that named image; each is small.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGE_IDS, IMAGE_SIZES } from './model';

const dir = new URL('./images/', import.meta.url);

/** Width and height from a WebP file's header: simple lossy (VP8), lossless (VP8L) or extended (VP8X). */
function webpSize(b: Buffer): { width: number; height: number } {
  expect(b.toString('latin1', 0, 4)).toBe('RIFF');
  expect(b.toString('latin1', 8, 12)).toBe('WEBP');
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') {
    // Frame tag (3 B), start code 9d 01 2a, then 14-bit width and height.
    expect([...b.subarray(23, 26)]).toEqual([0x9d, 0x01, 0x2a]);
    return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  throw new Error(`not a WebP image chunk: ${chunk}`);
}

describe('bundled pictures', () => {
  const presets = IMAGE_IDS.filter((id) => id !== 'custom');
  it('one file per named image, and no other', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.webp')).sort()).toEqual(presets.map((id) => `${id}.webp`).sort());
  });
  it.each(presets)('%s: the model\'s size is the file\'s, and the file is at most 60,000 bytes', (id) => {
    const b = readFileSync(new URL(`${id}.webp`, dir));
    expect(webpSize(b)).toEqual(IMAGE_SIZES[id]);
    expect(b.length).toBeLessThanOrEqual(60_000);
    expect(b.readUInt32LE(4)).toBe(b.length - 8);
  });
});
