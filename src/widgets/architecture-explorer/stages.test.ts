import { describe, expect, it } from 'vitest';
import { formatFor } from '../../lib/format';
import { en as enWords } from './messages.en';
import { MICRO_CONFIG, runMicro, type ForwardTrace, type TokenizedInput } from './microModel';
import { STAGES, type Position } from './model';
import { stageData as stageNumbers, summarizeStage } from './stages';

const { input, trace } = runMicro('a llama reads the report.');
const T = input.tokens.length;
const en = formatFor('en');
const t = enWords;
/** The stage's numbers with its title, panel titles and checks in the English catalogue's words. */
const stageData = (tr: ForwardTrace, pos: Position, head: number) => {
  const s = stageNumbers(tr, pos, head);
  return {
    ...s, title: t.stageTitle(s), checks: s.checks.map((c) => t.check(c, en)),
    panels: s.panels.map((p) => ({ ...p, title: t.panelTitle(p.what) })),
  };
};
const describeStage = (tr: ForwardTrace, inp: TokenizedInput, pos: Position, head: number) =>
  t.describeStage(summarizeStage(tr, inp, pos, head), en);

describe('stage data', () => {
  it('gives every stage a title, panels of the right shapes and finite checks', () => {
    STAGES.forEach((pos, i) => {
      const s = stageData(trace, pos, 1);
      expect(s.index).toBe(i);
      expect(s.total).toBe(21);
      expect(s.panels.length).toBeGreaterThan(0);
      for (const p of s.panels) {
        expect(p.matrix.rows).toBe(T);
        expect(p.matrix.data.every(Number.isFinite)).toBe(true);
      }
      for (const c of s.checks) expect(c).not.toMatch(/NaN|undefined|Infinity/);
    });
  });
  it('shows Q with 4 heads and K, V with 2 at the projection stage', () => {
    const s = stageData(trace, { block: 'qkv', layer: 2 }, 1);
    expect(s.title).toBe('Layer 2 of 2 · Q, K, V projections');
    expect(s.panels.map((p) => [p.id, p.matrix.cols, p.group])).toEqual([['q', 16, 4], ['k', 8, 4], ['v', 8, 4]]);
  });
  it('draws the chosen head’s attention and names its key/value head and group mates', () => {
    const s = stageData(trace, { block: 'attention', layer: 1 }, 3);
    expect(s.panels[0]!.kind).toBe('attention');
    expect(s.panels[0]!.matrix).toBe(trace.layers[0]!.attention[2]);
    expect(s.panels[0]!.title).toContain('query head 3 (reads key/value head 2)');
    expect(s.checks[0]).toMatch(/above the diagonal the weights are exactly 0\.$/);
    expect(s.checks[1]).toBe('Query head 3 shares key/value head 2 with head 4.');
    // An out-of-range head from a URL is clamped, not an error.
    expect(stageData(trace, { block: 'attention', layer: 1 }, 99).panels[0]!.matrix).toBe(trace.layers[0]!.attention[MICRO_CONFIG.heads - 1]);
  });
  it('reports RMS 1.000 after RMSNorm and unchanged lengths after RoPE', () => {
    expect(stageData(trace, { block: 'attn-norm', layer: 1 }, 1).checks[0]).toMatch(/after: 1\.000 \(gain g = 1/);
    const rope = stageData(trace, { block: 'rope', layer: 1 }, 1).checks[1]!;
    const m = /length: (.*) \(a rotation/.exec(rope);
    expect(m).not.toBeNull();
    expect(m![1]).toMatch(/^(0|\d\.\d × 10⁻¹[⁴⁵⁶⁷])$/);
  });
  it('describes the stage in words', () => {
    const s = describeStage(trace, input, { block: 'lm-head', layer: 1 }, 1);
    expect(s).toMatch(/^Micro model forward pass over 26 tokens \(BOS and 25 characters\)\. Stage 21 of 21: LM head → softmax\./);
    expect(describeStage(runMicro('Hi').trace, runMicro('Hi').input, STAGES[0]!, 1)).toContain('1 character is outside the micro vocabulary');
  });
});
