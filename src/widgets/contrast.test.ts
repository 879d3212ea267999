// Non-text contrast of the second channels that carry what hue alone used to (issue 9, items 25 and 33;
// WCAG 1.4.1 and 1.4.11): token edges against token fills and the list background, BPE chunk borders,
// the stripes on negative values against the negative colour, the what-changed bars against the figure, and the
// RoPE charts' lines, bands and markers.
// Colours are read from the CSS (custom properties with light-dark()), so a changed colour is re-checked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Rgb = [number, number, number];
interface Themed { light: string; dark: string }

const FILES = [
  'src/styles/global.css',
  'src/components/kit/heatmap.css',
  'src/widgets/tokenizer-playground/tokenizerPlayground.css',
  'src/widgets/bpe-stepper/bpeStepper.css',
  'src/widgets/architecture-explorer/architectureExplorer.css',
  'src/widgets/gqa-heads/gqaHeads.css',
  'src/widgets/rope-frequencies/ropeFrequencies.css',
  'src/widgets/rope-decay/ropeDecay.css',
  'src/widgets/rope-rotation/ropeRotation.css',
  'src/widgets/attention-cost/attentionCost.css',
  'src/widgets/document-mask/documentMask.css',
  'src/widgets/context-parallel/contextParallel.css',
  'src/widgets/dedup-lab/dedupLab.css',
  'src/widgets/scaling-law/scalingLaw.css',
  'src/widgets/lr-schedule/lrSchedule.css',
  'src/widgets/failure-sim/failureSim.css',
  'src/widgets/parallelism-planner/parallelismPlanner.css',
  'src/widgets/reward-model/rewardModel.css',
  'src/widgets/best-of-k/bestOfK.css',
  'src/widgets/post-training-loop/postTrainingLoop.css',
  'src/widgets/rlhf-memory/rlhfMemory.css',
  'src/widgets/dpo-loss/dpoLoss.css',
  'src/widgets/rl-arena/rlArena.css',
  'src/widgets/vision-adapter/visionAdapter.css',
  'src/widgets/speech-adapter/speechAdapter.css',
];

/** Every `--name: value;` in the files (names are unique across them). */
function customProperties(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of FILES) {
    const css = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) if (!out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

const props = customProperties();

/** The light and dark value of a CSS colour expression: a hex colour, light-dark(a, b) or var(--x). */
function themed(expr: string): Themed {
  const e = expr.trim();
  const v = /^var\((--[\w-]+)\)$/.exec(e);
  if (v) {
    const def = props.get(v[1]!);
    if (!def) throw new Error(`${v[1]} is not defined in ${FILES.join(', ')}`);
    return themed(def);
  }
  const ld = /^light-dark\((.+),(.+)\)$/.exec(e);
  if (ld) return { light: themed(ld[1]!).light, dark: themed(ld[2]!).dark };
  if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(e)) return { light: e, dark: e };
  throw new Error(`cannot read colour ${e}`);
}

/** A rule's declared value of `property` for `selector` (exact selector text), e.g. the stripe fill. */
function declared(file: string, selector: string, property: string): string {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const esc = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(^|[},])\\s*${esc}\\s*\\{([^}]*)\\}`, 'm').exec(css);
  if (!rule) throw new Error(`no rule ${selector} in ${file}`);
  const decl = new RegExp(`(^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(rule[2]!);
  if (!decl) throw new Error(`no ${property} in ${selector}`);
  return decl[2]!.trim();
}

function rgb(hex: string): Rgb {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two hex colours. */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Both themes of `a` against both themes of each of `others`, at least `min`:1. */
function expectContrast(a: string, others: string[], min = 3) {
  for (const theme of ['light', 'dark'] as const) {
    for (const o of others) {
      const ratio = contrast(themed(a)[theme], themed(o)[theme]);
      expect(ratio, `${a} against ${o} (${theme}): ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(min);
    }
  }
}

describe('contrast helper', () => {
  it('matches known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(themed('var(--fg)')).toEqual({ light: '#1b1d21', dark: '#e7e5e0' });
  });
});

describe('token boundaries do not rest on hue (tokenizer-playground, bpe-stepper)', () => {
  it('every token box has an edge of at least 3:1 against each token fill and the list background', () => {
    expect(declared('src/widgets/tokenizer-playground/tokenizerPlayground.css', '.tok', 'border')).toBe('1px solid var(--tok-edge)');
    expectContrast('var(--tok-edge)', ['var(--tok-0)', 'var(--tok-1)', 'var(--tok-2)', 'var(--tok-3)', 'var(--bg)']);
  });
  it('neighbouring fills alone are indistinguishable in lightness (why the edge is needed)', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(contrast(themed('var(--tok-0)')[theme], themed('var(--tok-1)')[theme])).toBeLessThan(1.5);
    }
  });
  it('BPE: token edges at least 3:1 against both fills; dashed chunk borders at least 3:1 against the text box', () => {
    expect(declared('src/widgets/bpe-stepper/bpeStepper.css', '.bpe-chunk .bpe-tok', 'border')).toBe('1px solid var(--bpe-edge)');
    expectContrast('var(--bpe-edge)', ['var(--bpe-tok-a)', 'var(--bpe-tok-b)', 'var(--bg-sunken)']);
    expectContrast('var(--bpe-chunk)', ['var(--bg-sunken)']);
  });
});

describe('the sign of a value does not rest on hue (architecture-explorer, gqa-heads)', () => {
  const stripe = declared('src/components/kit/heatmap.css', '.hmg-stripe', 'fill');
  it('stripes over negative cells are at least 3:1 against the negative colour at full strength', () => {
    expectContrast(stripe, ['var(--arch-neg)', 'var(--gqa-neg)']);
  });
});

describe('what-changed bars', () => {
  it('both bar colours are at least 3:1 against the figure background', () => {
    expectContrast('var(--c-l2)', ['var(--bg-raised)']);
    expectContrast('var(--c-l3)', ['var(--bg-raised)']);
  });
  it('the Llama 2 bar is outlined and the Llama 3 bar solid, so they differ without colour', () => {
    const css = 'src/widgets/what-changed/whatChanged.css';
    expect(declared(css, '.wc-bars .l2, .wc-swatch .l2', 'stroke')).toBe('var(--c-l2)');
    expect(declared(css, '.wc-bars .l2, .wc-swatch .l2', 'fill-opacity')).toBe('0.15');
    expect(declared(css, '.wc-bars .l3, .wc-swatch .l3', 'fill')).toBe('var(--c-l3)');
  });
});

describe('RoPE charts (rope-rotation, rope-frequencies, rope-decay): every mark at least 3:1 on the widget surface', () => {
  const RF = 'src/widgets/rope-frequencies/ropeFrequencies.css';
  const RD = 'src/widgets/rope-decay/ropeDecay.css';
  const RR = 'src/widgets/rope-rotation/ropeRotation.css';
  const marks: [string, string, string][] = [
    [RR, '.rr-rim', 'stroke'], [RR, '.rr-q', 'stroke'], [RR, '.rr-k', 'stroke'], [RR, '.rr-between', 'stroke'],
    [RR, '.rr-dial-rim', 'stroke'], [RR, '.rr-dial-hand', 'stroke'],
    [RF, '.rf-s-original', 'stroke'], [RF, '.rf-s-scaled', 'stroke'], [RF, '.rf-s-second', 'stroke'],
    [RF, '.rf-ref line', 'stroke'], [RF, '.rf-ref-bound line', 'stroke'], [RF, '.rf-ref-pi line', 'stroke'],
    [RF, '.rf-band-keep', 'stroke'], [RF, '.rf-band-blend', 'fill'], [RF, '.rf-band-divide', 'fill'],
    [RD, '.rd-reference', 'stroke'], [RD, '.rd-compared', 'stroke'], [RD, '.rd-wrap', 'stroke'], [RD, '.rd-zero', 'stroke'],
  ];
  it.each(marks)('%s %s { %s }', (file, selector, property) => {
    expectContrast(declared(file, selector, property), ['var(--bg-raised)']);
  });
  it('labels inside the ÷ s band are at least 4.5:1 on its fill', () => {
    expectContrast(declared(RF, '.rf-run-divide', 'fill'), [declared(RF, '.rf-band-divide', 'fill')], 4.5);
  });
  it('each decay curve’s markers (circles for 10,000, squares for the other base: the view’s shapes) take its colour', () => {
    expect(declared(RD, '.rd-mark-reference', 'fill')).toBe('var(--rd-reference)');
    expect(declared(RD, '.rd-mark-compared', 'fill')).toBe('var(--rd-compared)');
  });
});

describe('attention-cost chart: lines and marks at least 3:1 on the widget surface; kinds differ by dash, not colour', () => {
  const AC = 'src/widgets/attention-cost/attentionCost.css';
  const marks: [string, string][] = [
    ['.ac-line', 'stroke'], ['.ac-line.is-selected', 'stroke'], ['.ac-cross', 'stroke'], ['.ac-cross.is-selected', 'stroke'],
    ['.ac-chosen', 'stroke'], ['.ac-leader', 'stroke'],
  ];
  it.each(marks)('%s { %s }', (selector, property) => {
    expectContrast(declared(AC, selector, property), ['var(--bg-raised)']);
  });
  it('weights, attention and the document-mask line have different dash patterns', () => {
    const dashes = ['.ac-weights', '.ac-attention', '.ac-masked'].map((sel) => declared(AC, sel, 'stroke-dasharray'));
    expect(new Set(dashes).size).toBe(3);
  });
});

describe('document-mask: cells, boundaries, the token outline and the frame at least 3:1 where they are drawn', () => {
  const DM = 'src/widgets/document-mask/documentMask.css';
  it('allowed cells on the surface; masked cells are the surface itself, inside a 3:1 frame', () => {
    expectContrast(declared(DM, '.dm-cell', 'fill'), ['var(--bg-raised)']);
    expectContrast(declared(DM, '.dm-frame', 'stroke'), ['var(--bg-raised)']);
    expect(declared(DM, '.dm-frame', 'fill')).toBe('var(--bg-raised)');
  });
  it('boundary lines and the token outline sit on a paper-coloured halo and are 3:1 against it', () => {
    expect(declared(DM, '.dm-boundary-halo', 'stroke')).toBe('var(--bg-raised)');
    expect(declared(DM, '.dm-token-halo', 'stroke')).toBe('var(--bg-raised)');
    expectContrast(declared(DM, '.dm-boundary', 'stroke'), ['var(--bg-raised)']);
    expectContrast(declared(DM, '.dm-boundary-strong', 'stroke'), ['var(--bg-raised)']);
    expectContrast(declared(DM, '.dm-token-box', 'stroke'), ['var(--bg-raised)']);
  });
});

describe('context-parallel: bars, the equal-share line, chunk and GPU edges at least 3:1 on the widget surface', () => {
  const CP = 'src/widgets/context-parallel/contextParallel.css';
  it.each([
    [CP, '.cp-bar-zigzag', 'fill'], [CP, '.cp-bar-naive', 'stroke'], [CP, '.cp-equal', 'stroke'], [CP, '.cp-baseline', 'stroke'],
  ] as [string, string, string][])('%s %s { %s }', (file, selector, property) => {
    expectContrast(declared(file, selector, property), ['var(--bg-raised)']);
  });
  it('chunk boxes and GPU cells have an edge of at least 3:1; the chosen group’s thicker edge too, on both fills', () => {
    expect(declared(CP, '.cp-chunk', 'border')).toBe('1px solid var(--border-strong)');
    expectContrast('var(--border-strong)', ['var(--bg-raised)', 'var(--bg-sunken)']);
    expect(declared(CP, '.cp-gpu.in-group', 'border')).toBe('2px solid var(--cp-zigzag)');
    expectContrast('var(--cp-zigzag)', ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
});

describe('dedup-lab: the S-curve, its threshold and the pair marks at least 3:1 on the widget surface', () => {
  const DL = 'src/widgets/dedup-lab/dedupLab.css';
  const marks: [string, string][] = [
    ['.dl-s', 'stroke'], ['.dl-threshold', 'stroke'], ['.dl-mark-flagged', 'fill'], ['.dl-mark-missed', 'stroke'],
  ];
  it.each(marks)('%s { %s }', (selector, property) => {
    expectContrast(declared(DL, selector, property), ['var(--bg-raised)']);
  });
  it('flagged pairs are filled squares and unflagged ones hollow circles (the view’s shapes), so they differ without colour', () => {
    expect(declared(DL, '.dl-mark-missed', 'fill')).toBe('var(--bg-raised)');
  });
});

describe('scaling-law charts: every line and mark at least 3:1 on the widget surface and on the runs band', () => {
  const SL = 'src/widgets/scaling-law/scalingLaw.css';
  const marks: [string, string][] = [
    ['.sl-parabola', 'stroke'], ['.sl-run', 'stroke'], ['.sl-min', 'fill'],
    ['.sl-law-reenacted', 'stroke'], ['.sl-law-surface', 'stroke'], ['.sl-law-text', 'stroke'], ['.sl-law-figure', 'stroke'],
    ['.sl-law-custom', 'stroke'], ['.sl-minimum', 'fill'], ['.sl-stated', 'stroke'], ['.sl-llama', 'fill'],
    ['.sl-budget-line', 'stroke'], ['.sl-reading', 'stroke'], ['.sl-runs', 'stroke'],
  ];
  it.each(marks)('%s { %s }', (selector, property) => {
    const value = declared(SL, selector, property).replace(/var\(--sl-(fit|report|other)\)/, (_, k: string) => ({ fit: 'var(--c-l3)', report: 'var(--c-l2)', other: 'var(--fg-muted)' })[k]!);
    expectContrast(value, ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
  it('the text and Figure 3 laws share a colour but not a dash pattern; the fit is solid', () => {
    expect(declared(SL, '.sl-law-text', 'stroke-dasharray')).not.toBe(declared(SL, '.sl-law-figure', 'stroke-dasharray'));
    expect(() => declared(SL, '.sl-law-reenacted', 'stroke-dasharray')).toThrow();
  });
});

describe('lr-schedule: every line and mark at least 3:1 on the widget surface; the two schedules differ by dash too', () => {
  const LS = 'src/widgets/lr-schedule/lrSchedule.css';
  const marks: [string, string, string][] = [
    [LS, '.lrs-lr', 'stroke'], [LS, '.lrs-batch', 'stroke'], [LS, '.lrs-lc-edge', 'stroke'], [LS, '.lrs-anneal', 'stroke'],
    [LS, '.lrs-peak', 'stroke'], [LS, '.lrs-cursor', 'stroke'], [LS, '.lrs-strip', 'stroke'], [LS, '.lrs-norm-llama', 'stroke'],
    [LS, '.lrs-norm-iso', 'stroke'], [LS, '.lrs-run-end', 'stroke'], [LS, '.lrs-dot', 'fill'],
  ];
  it.each(marks)('%s %s { %s }', (file, selector, property) => {
    expectContrast(declared(file, selector, property), ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
  it('the scaling-law runs’ line and the peak marker are dashed, the 405B’s solid', () => {
    expect(declared(LS, '.lrs-norm-iso', 'stroke-dasharray')).toBe('6 3');
    expect(declared(LS, '.lrs-peak', 'stroke-dasharray')).toBe('6 3');
    expect(() => declared(LS, '.lrs-norm-llama', 'stroke-dasharray')).toThrow();
  });
});

describe('failure-sim: every line, point, bar and mark at least 3:1 on the widget surface; marks differ by dash or shape', () => {
  const FS = 'src/widgets/failure-sim/failureSim.css';
  const marks: [string, string, string][] = [
    [FS, '.fs-curve', 'stroke'], [FS, '.fs-tau', 'stroke'], [FS, '.fs-young', 'stroke'], [FS, '.fs-target', 'stroke'],
    [FS, '.fs-run', 'fill'], [FS, '.fs-sweep', 'stroke'], [FS, '.fs-dot', 'stroke'], [FS, '.fs-fail', 'stroke'],
    [FS, '.fs-planned', 'fill'], [FS, '.fs-seg-useful', 'background'], [FS, '.fs-seg-writing', 'background'],
  ];
  it.each(marks)('%s %s { %s }', (file, selector, property) => {
    expectContrast(declared(file, selector, property), ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
  it('Table 5’s bars stand out on the table and on the typo row’s warning background', () => {
    expect(declared(FS, '.fs-bar', 'background')).toBe('var(--fs-main)');
    expectContrast('var(--fs-main)', ['var(--bg-raised)', 'var(--warn-bg)']);
  });
  it('τ* and the 90% line are dashed, the closed form and the chosen τ solid; the stacked bar’s edge is 3:1', () => {
    expect(declared(FS, '.fs-young', 'stroke-dasharray')).toBe('2 3');
    expect(declared(FS, '.fs-target', 'stroke-dasharray')).toBe('6 3');
    expect(() => declared(FS, '.fs-curve', 'stroke-dasharray')).toThrow();
    expect(declared(FS, '.fs-stack', 'border')).toBe('1px solid var(--border-strong)');
    expectContrast('var(--border-strong)', ['var(--bg-sunken)']);
  });
});

describe('parallelism-planner: memory segments, the 80 GB line and the group outlines at least 3:1', () => {
  const PP = 'src/widgets/parallelism-planner/parallelismPlanner.css';
  it.each([
    ['.pp-seg-weights', 'fill'], ['.pp-seg-gradients', 'fill'], ['.pp-seg-optimizer', 'fill'], ['.pp-seg-activations', 'fill'], ['.pp-cap', 'stroke'],
  ] as [string, string][])('%s { %s } on the widget surface', (selector, property) => {
    expectContrast(declared(PP, selector, property), ['var(--bg-raised)']);
  });
  it('the striped terms’ stripes (the surface colour) stand out from their fill', () => {
    expectContrast('var(--bg-raised)', ['var(--pp-grads)', 'var(--pp-act)']);
  });
  it('GPU cells have an edge of at least 3:1; the chosen GPU’s groups a thicker styled edge, on both fills', () => {
    expect(declared(PP, '.pp-gpu.in-tp', 'border')).toBe('2px solid var(--pp-mark)');
    expect(declared(PP, '.pp-gpu.in-cp', 'border')).toBe('2px dashed var(--pp-mark)');
    expect(declared(PP, '.pp-gpu.in-pp', 'border')).toBe('2px dotted var(--pp-mark)');
    expect(declared(PP, '.pp-gpu.in-dp', 'border')).toBe('3px double var(--pp-mark)');
    expectContrast('var(--pp-mark)', ['var(--bg-raised)', 'var(--bg-sunken)']);
    expectContrast('var(--border-strong)', ['var(--bg-raised)']);
  });
});

describe('reward-model: lines and markers at least 3:1 on the widget surface; series differ by dash, prompts by shape', () => {
  const RM = 'src/widgets/reward-model/rewardModel.css';
  const marks: [string, string][] = [
    ['.rm-loss', 'stroke'], ['.rm-train', 'stroke'], ['.rm-held', 'stroke'], ['.rm-mark', 'stroke'], ['.rm-mark-1, .rm-mark-3', 'stroke'],
  ];
  it.each(marks)('%s { %s }', (selector, property) => {
    expectContrast(declared(RM, selector, property), ['var(--bg-raised)']);
  });
  it('held-out accuracy is dashed, training accuracy solid', () => {
    expect(declared(RM, '.rm-held', 'stroke-dasharray')).toBe('6 3');
    expect(() => declared(RM, '.rm-train', 'stroke-dasharray')).toThrow();
  });
});

describe('best-of-k: every line, mark and bar at least 3:1 on the widget surface; bounds and the proxy differ by dash', () => {
  const BK = 'src/widgets/best-of-k/bestOfK.css';
  const marks: [string, string, string][] = [
    [BK, '.bk-exact, .bk-gold', 'stroke'], [BK, '.bk-bound', 'stroke'], [BK, '.bk-proxy', 'stroke'], [BK, '.bk-k', 'stroke'],
    [BK, '.bk-dot', 'stroke'], [BK, '.bk-dot-hollow', 'stroke'], [BK, '.bk-band', 'stroke'], [BK, '.bk-bar-resp', 'background'],
  ];
  it.each(marks)('%s %s { %s }', (file, selector, property) => {
    expectContrast(declared(file, selector, property), ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
  it('exact values are solid; the bounds/reference and the proxy are dashed (two different dashes)', () => {
    expect(() => declared(BK, '.bk-exact, .bk-gold', 'stroke-dasharray')).toThrow();
    expect(declared(BK, '.bk-bound', 'stroke-dasharray')).toBe('5 3');
    expect(declared(BK, '.bk-proxy', 'stroke-dasharray')).toBe('7 3');
    expect(declared(BK, '.bk-bar-track', 'border')).toBe('1px solid var(--border-strong)');
  });
});

describe('post-training-loop: every line and mark at least 3:1 on the widget surface; series differ by dash and shape', () => {
  const PTL = 'src/widgets/post-training-loop/postTrainingLoop.css';
  it.each([
    ['.ptl-chat', 'stroke'], ['.ptl-chat-dot', 'fill'], ['.ptl-sft', 'stroke'], ['.ptl-sft-dot', 'stroke'], ['.ptl-var', 'stroke'],
    ['.ptl-var-dot', 'fill'], ['.ptl-shown', 'stroke'],
  ] as [string, string][])('%s { %s }', (selector, property) => {
    expectContrast(declared(PTL, selector, property), ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
  it('the chat model is solid, the SFT model dashed, one variant dotted', () => {
    expect(() => declared(PTL, '.ptl-chat', 'stroke-dasharray')).toThrow();
    expect(declared(PTL, '.ptl-sft', 'stroke-dasharray')).toBe('6 3');
    expect(declared(PTL, '.ptl-var', 'stroke-dasharray')).toBe('2 3');
  });
});

describe('rlhf-memory: the three kinds of state at least 3:1 on the surface; gradients striped, optimizer state dotted', () => {
  const RLM = 'src/widgets/rlhf-memory/rlhfMemory.css';
  it.each([
    ['.rlm-seg-weights', 'fill'], ['.rlm-seg-gradients', 'fill'], ['.rlm-seg-optimizer', 'fill'],
  ] as [string, string][])('%s { %s } on the widget surface', (selector, property) => {
    expectContrast(declared(RLM, selector, property), ['var(--bg-raised)']);
  });
  it('the stripes and dots (the surface colour) stand out from the fills they lie on', () => {
    expect(declared(RLM, '.rlm-dot', 'fill')).toBe('var(--bg-raised)');
    expectContrast('var(--bg-raised)', ['var(--rlm-grads)', 'var(--rlm-opt)']);
  });
  it('cards have an edge of at least 3:1; the highlighted card a thicker edge and a labelled badge', () => {
    expect(declared(RLM, '.rlm-card', 'border')).toBe('1px solid var(--border-strong)');
    expect(declared(RLM, '.rlm-card.is-highlighted', 'border')).toBe('3px solid var(--rlm-mark)');
    expectContrast('var(--border-strong)', ['var(--bg-raised)']);
    expectContrast('var(--rlm-mark)', ['var(--bg-raised)']);
  });
});

describe('dpo-loss: curves, marker, bars and token borders at least 3:1 on the widget surfaces; pushes differ by border style and tag', () => {
  const DL = 'src/widgets/dpo-loss/dpoLoss.css';
  it.each([
    ['.dl-main', 'stroke'], ['.dl-ref', 'stroke'], ['.dl-marker', 'stroke'], ['.dl-dot', 'stroke'], ['.dl-bar', 'background'],
  ] as [string, string][])('%s { %s }', (selector, property) => {
    expectContrast(declared(DL, selector, property), ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
  it('token borders: pushed up solid, pushed down dashed, cancelled dotted, each at least 3:1 on the token box', () => {
    expect(declared(DL, '.dl-up', 'border')).toBe('2px solid var(--dl-main)');
    expect(declared(DL, '.dl-down', 'border')).toBe('2px dashed var(--dl-alt)');
    expect(declared(DL, '.dl-cancels', 'border')).toBe('2px dotted var(--dl-mark)');
    expectContrast('var(--dl-main)', ['var(--bg-raised)', 'var(--bg-sunken)']);
    expectContrast('var(--dl-alt)', ['var(--bg-raised)', 'var(--bg-sunken)']);
    expectContrast('var(--dl-mark)', ['var(--bg-raised)', 'var(--bg-sunken)']);
    expect(declared(DL, '.dl-track', 'border')).toBe('1px solid var(--border-strong)');
  });
  it('the chosen β is solid, Llama 3’s β dashed', () => {
    expect(() => declared(DL, '.dl-main', 'stroke-dasharray')).toThrow();
    expect(declared(DL, '.dl-ref', 'stroke-dasharray')).toBe('6 3');
  });
});

describe('rl-arena: every method line and mark at least 3:1 on the widget surface; gold solid, RM score and bounds dashed', () => {
  const RA = 'src/widgets/rl-arena/rlArena.css';
  it.each([
    ['.ra-line-bon', 'stroke'], ['.ra-line-dpo', 'stroke'], ['.ra-line-llama3', 'stroke'], ['.ra-line-ppo', 'stroke'], ['.ra-line-grpo', 'stroke'],
    ['.ra-mark-bon', 'fill'], ['.ra-mark-dpo', 'fill'], ['.ra-mark-llama3', 'fill'], ['.ra-mark-ppo', 'fill'], ['.ra-mark-grpo', 'stroke'],
    ['.ra-style-chosen', 'stroke'], ['.ra-style-rejected', 'stroke'], ['.ra-style-margin', 'stroke'], ['.ra-style-ref', 'stroke'],
    ['.ra-bar-chosen', 'background'], ['.ra-end', 'fill'], ['.ra-kl-title .ra-style-bound', 'stroke'],
  ] as [string, string][])('%s { %s }', (selector, property) => {
    expectContrast(declared(RA, selector, property), ['var(--bg-raised)', 'var(--bg-sunken)']);
  });
  it('gold is solid; the RM score, the best-of-n bound, rejected and the margin are dashed (different dashes)', () => {
    expect(() => declared(RA, '.ra-style-gold', 'stroke-dasharray')).toThrow();
    expect(declared(RA, '.ra-style-proxy', 'stroke-dasharray')).toBe('6 3');
    expect(declared(RA, '.ra-style-bound', 'stroke-dasharray')).toBe('1.5 3');
    expect(declared(RA, '.ra-style-rejected', 'stroke-dasharray')).toBe('6 3');
    expect(declared(RA, '.ra-bar-track', 'border')).toBe('1px solid var(--border-strong)');
  });
});

describe('vision-adapter: image, padding, layers, blocks, bars and gate marks at least 3:1 on the surface; second channels', () => {
  const VA = 'src/widgets/vision-adapter/visionAdapter.css';
  it.each([
    ['.va-img', 'fill'], ['.va-pad', 'fill'], ['.va-layer', 'fill'], ['.va-cross', 'fill'], ['.va-kv-cross', 'fill'],
    ['.va-kv-context', 'fill'], ['.va-tile', 'stroke'], ['.va-text-dot', 'stroke'], ['.va-out-dot', 'fill'], ['.va-diff', 'stroke'],
  ] as [string, string][])('%s { %s } on the widget surface', (selector, property) => {
    expectContrast(declared(VA, selector, property), ['var(--bg-raised)']);
  });
  it('tile edges: a dashed line over an under-stroke in the surface colour, which stands out from the image and the padding', () => {
    expect(declared(VA, '.va-tile', 'stroke-dasharray')).toBe('5 3');
    expect(declared(VA, '.va-tile-under', 'stroke')).toBe('var(--bg-raised)');
    expectContrast('var(--bg-raised)', ['var(--va-img)', 'var(--va-pad)']);
  });
  it('padding and the in-context bar are hatched in the surface colour, which stands out from their fills', () => {
    expect(declared('src/components/kit/heatmap.css', '.hmg-stripe', 'fill')).toBe('var(--bg-raised)');
    expectContrast('var(--bg-raised)', ['var(--va-pad)', 'var(--va-cross)']);
    expect(declared(VA, '.va-kv-context', 'fill')).toBe('var(--va-cross)');
  });
});

describe('speech-adapter: token boxes, encoder-frame boxes, the spectrogram ink and the window at least 3:1 on the widget surfaces; tokens and encoder frames differ by fill and dash', () => {
  const SA = 'src/widgets/speech-adapter/speechAdapter.css';
  const marks: [string, string][] = [
    ['.sa-box-tok', 'fill'], ['.sa-box-tok', 'stroke'], ['.sa-box-enc', 'stroke'], ['.sa-box-mel', 'stroke'], ['.sa-ink', 'fill'],
    ['.sa-window', 'stroke'], ['.sa-frame', 'stroke'],
  ];
  it.each(marks)('%s { %s }', (selector, property) => {
    expectContrast(declared(SA, selector, property), ['var(--bg)', 'var(--bg-raised)']);
  });
  it('the token edges cut through the spectrogram in the surface colour, at least 3:1 against its strongest ink', () => {
    expect(declared(SA, '.sa-cut', 'stroke')).toBe('var(--bg-raised)');
    expectContrast('var(--sa-ink)', ['var(--bg-raised)']);
  });
  it('encoder frames are dashed outlines, tokens filled and solid; the file button has a 3:1 edge', () => {
    expect(declared(SA, '.sa-box-enc', 'stroke-dasharray')).toBe('3 2');
    expect(() => declared(SA, '.sa-box-tok', 'stroke-dasharray')).toThrow();
    expect(declared(SA, '.sa-file-button', 'border')).toBe('1px solid var(--border-strong)');
    expectContrast('var(--border-strong)', ['var(--bg)', 'var(--bg-raised)']);
  });
});
