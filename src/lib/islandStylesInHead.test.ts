import { describe, expect, it } from 'vitest';
import { moveIslandStyles } from './islandStylesInHead.mjs';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('Astro island styles move to <head>', () => {
  it('moves the one style element from the body to the end of the head, unchanged', () => {
    const page = `<html><head><meta charset="utf-8"><title>t</title></head><body><figure>${STYLE}<script>1</script><astro-island></astro-island></figure></body></html>`;
    expect(moveIslandStyles(page)).toBe(
      `<html><head><meta charset="utf-8"><title>t</title>${STYLE}</head><body><figure><script>1</script><astro-island></astro-island></figure></body></html>`,
    );
  });
  it('leaves pages without islands, and other styles, alone', () => {
    const page = '<html><head></head><body><p>no islands</p><style>p{}</style></body></html>';
    expect(moveIslandStyles(page)).toBe(page);
  });
});
