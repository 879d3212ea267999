import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { MODELS, type ModelId } from '../../data/models';
import { formatFor } from '../../lib/format';
import type { Intent } from '../../lib/keys';
import { parameterCount, type Llama3Size } from '../../lib/llama';
import { differencesIn } from './messages';
import { en as enWords } from './messages.en';
import {
  BLOCK_IDS, LAYER_BLOCKS, STAGES, blocksFor, differingBlocks, perLayerParams, stageAt, stageIndex, summarize,
  transition, type BlockId, type Compare, type DiagramState, type Position,
} from './model';

const en = formatFor('en');
/** The differing blocks, worded by the English catalogue (model.ts decides which blocks differ). */
const differences = (compare: Compare, size: Llama3Size) => differencesIn(enWords, compare, size, en);
/** The screen-reader sentence: the model's summary in the English catalogue's words. */
const describe = (state: DiagramState) => enWords.describe(summarize(state), en);

const block = (id: ModelId, b: BlockId) => blocksFor(MODELS[id]).find((x) => x.id === b)!;
const shapes = (id: ModelId, b: BlockId) => Object.fromEntries(block(id, b).tensors.map((t) => [t.name, en.shape(t.shape)]));

group('blocks and parameter counts (facts §B.1)', () => {
  it('per-layer counts are exact: 218,112,000 / 855,654,400 / 3,187,703,808', () => {
    expect(perLayerParams(MODELS['llama3-8b'])).toBe(218_112_000n);
    expect(perLayerParams(MODELS['llama3-70b'])).toBe(855_654_400n);
    expect(perLayerParams(MODELS['llama3-405b'])).toBe(3_187_703_808n);
    expect(perLayerParams(MODELS['llama2-7b'])).toBe(202_383_360n);
  });
  it('blocks add up to the exact totals', () => {
    const total = (id: ModelId) => blocksFor(MODELS[id]).reduce((a, b) => a + b.total, 0n);
    expect(total('llama3-8b')).toBe(8_030_261_248n);
    expect(total('llama3-70b')).toBe(70_553_706_496n);
    expect(total('llama3-405b')).toBe(405_853_388_800n);
    for (const id of Object.keys(MODELS) as ModelId[]) expect(total(id)).toBe(parameterCount(MODELS[id]));
  });
  it('labels the 8B attention projections with their shapes', () => {
    expect(shapes('llama3-8b', 'qkv')).toEqual({ wq: '[4,096 × 4,096]', wk: '[4,096 × 1,024]', wv: '[4,096 × 1,024]' });
    expect(shapes('llama3-8b', 'wo')).toEqual({ wo: '[4,096 × 4,096]' });
    expect(shapes('llama3-8b', 'ffn')).toEqual({ w1: '[4,096 × 14,336]', w3: '[4,096 × 14,336]', w2: '[14,336 × 4,096]' });
    expect(shapes('llama3-8b', 'embedding')).toEqual({ tok_embeddings: '[128,256 × 4,096]' });
    expect(shapes('llama3-8b', 'lm-head')).toEqual({ output: '[4,096 × 128,256]' });
    expect(shapes('llama3-405b', 'qkv')).toEqual({ wq: '[16,384 × 16,384]', wk: '[16,384 × 1,024]', wv: '[16,384 × 1,024]' });
    expect(shapes('llama2-7b', 'qkv').wk).toBe('[4,096 × 4,096]');
  });
  it('counts one copy and all copies of each block', () => {
    const qkv = block('llama3-8b', 'qkv');
    expect(qkv.perCopy).toBe(25_165_824n);
    expect(qkv.copies).toBe(32);
    expect(qkv.total).toBe(805_306_368n);
    expect(block('llama3-8b', 'embedding').total).toBe(525_336_576n);
    expect(block('llama3-8b', 'lm-head').total).toBe(525_336_576n);
    expect(block('llama3-405b', 'final-norm').total).toBe(16_384n);
    expect(block('llama3-70b', 'attn-norm').total).toBe(80n * 8_192n);
    for (const id of ['rope', 'attention', 'attn-residual', 'ffn-residual'] as const) expect(block('llama3-8b', id).total).toBe(0n);
  });
});

group('keyboard: the diagram\'s meaning of each intent (keys → intents: src/lib/keys.test.ts)', () => {
  const P = (block: BlockId, layer = 1): Position => ({ block, layer });
  const table: [Position, Intent, Position][] = [
    [P('embedding'), 'down', P('attn-norm', 1)],
    [P('embedding'), 'next', P('attn-norm', 1)],
    [P('embedding'), 'up', P('embedding')],
    [P('embedding'), 'prev', P('embedding')],
    [P('attn-norm', 1), 'up', P('embedding')],
    [P('qkv', 1), 'down', P('rope', 1)],
    [P('ffn-residual', 1), 'down', P('attn-norm', 2)],
    [P('attn-norm', 2), 'up', P('ffn-residual', 1)],
    [P('ffn-residual', 2), 'down', P('final-norm')],
    [P('final-norm'), 'down', P('lm-head')],
    [P('lm-head'), 'down', P('lm-head')],
    [P('lm-head'), 'next', P('lm-head')],
    [P('ffn', 2), 'rowStart', P('embedding')],
    [P('ffn', 2), 'first', P('embedding')],
    [P('qkv', 1), 'rowEnd', P('lm-head')],
    [P('qkv', 1), 'last', P('lm-head')],
    [P('attention', 1), 'pageNext', P('attention', 2)],
    [P('attention', 2), 'pageNext', P('attention', 2)],
    [P('attention', 2), 'pagePrev', P('attention', 1)],
    [P('attention', 1), 'pagePrev', P('attention', 1)],
    [P('embedding'), 'pageNext', P('embedding')],
    [P('lm-head'), 'pagePrev', P('lm-head')],
  ];
  it.each(table)('%o + %s → %o', (from, intent, to) => {
    expect(transition(from, intent)).toEqual(to);
  });
  it('has 21 stages: embedding, 2 × 9 layer blocks, final norm, LM head', () => {
    expect(STAGES).toHaveLength(1 + 2 * LAYER_BLOCKS.length + 2);
    expect(LAYER_BLOCKS).toHaveLength(9);
    STAGES.forEach((s, i) => expect(stageIndex(s)).toBe(i));
  });
  it('down then up returns to the same stage (except at the last one); PageDown keeps the block', () => {
    const pos = fc.constantFrom(...STAGES);
    fc.assert(fc.property(pos, (p) => {
      const down = transition(p, 'down');
      if (stageIndex(p) < STAGES.length - 1) expect(transition(down, 'up')).toEqual(p);
      expect(transition(p, 'pageNext').block).toBe(p.block);
      expect(stageIndex(transition(p, 'pageNext'))).toBeGreaterThanOrEqual(stageIndex(p));
      expect(stageIndex(transition(p, 'pagePrev'))).toBeLessThanOrEqual(stageIndex(p));
    }));
  });
  it('treats any layer number from a URL as a valid stage', () => {
    fc.assert(fc.property(fc.constantFrom(...BLOCK_IDS), fc.integer(), (b, layer) => {
      const i = stageIndex({ block: b, layer });
      expect(i).toBeGreaterThanOrEqual(0);
      expect(stageAt(i).block).toBe(b);
    }));
  });
});

group('comparison', () => {
  it('highlights nothing without a comparison', () => {
    expect(differences('llama3', '8b')).toEqual({});
    expect(differingBlocks('llama3', '8b')).toEqual([]);
  });
  it('the model decides which blocks differ, in forward-pass order; the catalogue words exactly those', () => {
    expect(differingBlocks('llama2', '8b')).toEqual(['embedding', 'qkv', 'rope', 'attention', 'ffn', 'lm-head']);
    expect(differingBlocks('llama2', '70b')).toEqual(['embedding', 'rope', 'attention', 'lm-head']);
    expect(differingBlocks('transformer', '405b')).toEqual(BLOCK_IDS.filter((id) => id !== 'wo'));
    for (const c of ['llama2', 'transformer'] as const) for (const s of ['8b', '70b', '405b'] as const) {
      expect(Object.keys(differences(c, s)).sort()).toEqual([...differingBlocks(c, s)].sort());
    }
  });
  it('vs Llama 2 7B: vocabulary, GQA, θ, context, FFN width', () => {
    const d = differences('llama2', '8b');
    expect(Object.keys(d).sort()).toEqual(['attention', 'embedding', 'ffn', 'lm-head', 'qkv', 'rope']);
    expect(d.embedding!.summary).toBe('Vocabulary 32,000 → 128,256');
    expect(d.rope!.summary).toBe('Θ 10,000 → 500,000');
    expect(d.qkv!.detail).toContain('[4,096 × 4,096]');
    expect(d.qkv!.detail).toContain('[4,096 × 1,024]');
    // Both windows, each with its release (issue 9, item 3): Llama 3 (April 2024) 8,192, Llama 3.1 131,072.
    expect(d.attention!.summary).toBe('Context 4,096 → 8,192 (Llama 3) / 131,072 (Llama 3.1); document mask');
    expect(differences('llama2', '405b').attention!.summary).toBe('Context 4,096 → 131,072 (Llama 3.1); document mask');
    expect(d.attention!.detail).toContain('the whole window of Llama 3 8B as released in April 2024');
    expect(d.ffn!.summary).toBe('Hidden width 11,008 → 14,336');
  });
  it('vs Llama 2 70B: same GQA and FFN, so those blocks are not highlighted', () => {
    const d = differences('llama2', '70b');
    expect(d.qkv).toBeUndefined();
    expect(d.ffn).toBeUndefined();
    expect(d.rope).toBeDefined();
  });
  it('vs the 2017 Transformer: norms, positions, FFN, tied head', () => {
    const d = differences('transformer', '8b');
    expect(Object.keys(d).sort()).toEqual(['attention', 'attn-norm', 'attn-residual', 'embedding', 'ffn', 'ffn-norm', 'ffn-residual', 'final-norm', 'lm-head', 'qkv', 'rope']);
    expect(d.wo).toBeUndefined();
    expect(d.ffn!.detail).toContain('3.5 × d');
    expect(d['lm-head']!.detail).toContain('525,336,576');
    expect(differences('transformer', '405b').ffn!.detail).toContain('3.25 × d');
  });
  it('cites a source for every difference', () => {
    for (const c of ['llama2', 'transformer'] as const) for (const s of ['8b', '70b', '405b'] as const) {
      for (const diff of Object.values(differences(c, s))) {
        expect(diff.cite).toMatch(/Report|Vaswani|Llama 2|Meta|Su et al/);
        expect(diff.detail).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });
});

group('describe', () => {
  it('says the model, its size and the focused block with shapes and counts', () => {
    const s = describe({ size: '8b', compare: 'llama3', block: 'qkv' });
    expect(s).toBe('Llama 3.1 8B decoder: 32 layers, 8,030,261,248 parameters. Focused block: Q, K, V projections, wq [4,096 × 4,096], wk [4,096 × 1,024], wv [4,096 × 1,024]; 25,165,824 parameters per layer, 805,306,368 in all 32 layers.');
  });
  it('lists differing blocks when comparing', () => {
    const s = describe({ size: '70b', compare: 'llama2', block: 'rope' });
    expect(s).toContain('no parameters');
    expect(s).toContain('Compared with Llama 2 70B, 4 blocks differ: Token embedding, RoPE on Q and K, Causal self-attention (GQA), LM head → softmax.');
  });
});
