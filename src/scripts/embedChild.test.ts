import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('embed height cap', () => {
  it('the frame (embedChild.ts) and the host helper (embed.js) cap heights at the same value', () => {
    const child = /const MAX_HEIGHT = (\d+);/.exec(readFileSync('src/scripts/embedChild.ts', 'utf8'))?.[1];
    const host = /MAX = (\d+)/.exec(readFileSync('public/embed.js', 'utf8'))?.[1];
    expect(child).toBe('4000');
    expect(host).toBe(child);
  });
});
