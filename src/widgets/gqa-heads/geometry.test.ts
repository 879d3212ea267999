import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridPath, hatchPath } from './geometry';

describe('attention-map geometry', () => {
  it('draws one slash per masked cell: T(T−1)/2', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16 }), (seq) => {
      expect(hatchPath({ seq, size: 7, pad: 3 }).match(/M/g)?.length ?? 0).toBe((seq * (seq - 1)) / 2);
    }));
  });
  it('grid has T + 1 lines each way', () => {
    expect(gridPath({ seq: 4, size: 5, pad: 0 }).match(/H/g)).toHaveLength(5);
    expect(gridPath({ seq: 4, size: 5, pad: 0 }).match(/V/g)).toHaveLength(5);
  });
});
