// Geometry of the kv-cache chart: cache bytes against context (both log scales) for MHA, GQA and MQA, with weight
// memory and GPU capacities as horizontal lines. Pure (d3-scale only computes); the view draws what this returns and
// words the lines' labels (messages.ts gpuLine, weightsLine).
import { scaleLog } from 'd3-scale';
import { logTicks, ticksAt, type Tick } from '../../lib/axisTicks';
import { GPUS, GPU_IDS, type GpuId } from '../../data/gpus';
import type { Format } from '../../lib/format';
import { ATTENTION_KINDS, BYTE_UNITS, CHART_MAX_CONTEXT, type AttentionKind, type KvOk, type UnitSystem } from './model';

export interface Margin { top: number; right: number; bottom: number; left: number }

export interface SeriesLine {
  kind: AttentionKind;
  kvHeads: number;
  /** From context 1 to CHART_MAX_CONTEXT: on log–log axes a cache that is linear in context is a straight line. */
  x1: number; y1: number; x2: number; y2: number;
  selected: boolean;
}

export interface HLine {
  id: 'weights' | GpuId;
  y: number;
  /** Where the label sits relative to the line, so the two close GPU lines never overlap. */
  labelSide: 'above' | 'below';
  /** Label position: left end of the plot, after the GPU labels for the weights line. */
  labelX: number;
  selected: boolean;
}

export interface ChartGeometry {
  width: number;
  height: number;
  margin: Margin;
  xTicks: Tick[];
  yTicks: Tick[];
  series: SeriesLine[];
  hlines: HLine[];
  /** The state's context on the chosen curve. */
  marker: { x: number; y: number };
  /** Released context window of the preset (vertical line), or null. */
  maxContextX: number | null;
}

/** Width of the widest GPU label before it is measured ("H200 141 GB" is ≈ 70 px at 11 px), px. */
const GPU_LABEL_WIDTH = 70;
/** Gap between the GPU labels and the weights label, px. */
const LABEL_GAP = 14;

export const CHART_MARGIN: Margin = { top: 14, right: 12, bottom: 40, left: 66 };
/** Narrowest chart drawn, px: a 320 px screen leaves about 250 px for it inside a figure. */
export const MIN_CHART_WIDTH = 200;

/**
 * Tick labels are printed with `fmt` (the reader's language): contexts in binary thousands as context windows are
 * written ("128K", fmt.binaryShort), bytes in the chosen units. `gpuLabelWidth`: the widest GPU label as drawn
 * (measured in the browser, so it follows the font and any text-spacing settings); the weights label starts after it.
 */
export function chartGeometry(
  r: KvOk, unit: UnitSystem, fmt: Format, width: number, height: number, margin: Margin = CHART_MARGIN, gpuLabelWidth = GPU_LABEL_WIDTH,
): ChartGeometry {
  const batch = BigInt(r.batch);
  const at = (kind: AttentionKind, tokens: number) => Number(r.variants[kind].bytesPerToken * BigInt(tokens) * batch);

  const values: number[] = [];
  for (const kind of ATTENTION_KINDS) values.push(at(kind, 1), at(kind, CHART_MAX_CONTEXT));
  if (r.weightBytes !== null) values.push(Number(r.weightBytes));
  for (const id of GPU_IDS) values.push(GPUS[id].memoryBytes);
  const min = Math.min(...values);
  const max = Math.max(...values);

  const base = unit === 'gib' ? 2 : 10;
  const lo = base ** Math.floor(Math.log(min) / Math.log(base) + 1e-9);
  const hi = base ** Math.ceil(Math.log(max) / Math.log(base) - 1e-9);
  const x = scaleLog().base(2).domain([1, CHART_MAX_CONTEXT]).range([margin.left, width - margin.right]);
  const y = scaleLog().base(base).domain([lo, hi]).range([height - margin.bottom, margin.top]);

  const plotH = height - margin.top - margin.bottom;
  const maxYTicks = Math.max(3, Math.floor(plotH / 34));
  const yTickValues = unit === 'gib'
    ? logTicks(lo, hi, 2, [1, 2, 5, 10, 20, 30], maxYTicks)
    : logTicks(lo, hi, 10, [1, 2, 3, 6, 9], maxYTicks);
  const plotW = width - margin.left - margin.right;
  const xStep = plotW >= 420 ? 2 : plotW >= 260 ? 5 : 10;
  const xTickValues = logTicks(1, CHART_MAX_CONTEXT, 2, [xStep], 30);

  const series = ATTENTION_KINDS.map((kind) => ({
    kind,
    kvHeads: r.variants[kind].kvHeads,
    x1: x(1), y1: y(at(kind, 1)), x2: x(CHART_MAX_CONTEXT), y2: y(at(kind, CHART_MAX_CONTEXT)),
    selected: kind === r.attention,
  }));

  const hlines: HLine[] = [];
  const [lowGpu, highGpu] = [...GPU_IDS].sort((a, b) => GPUS[a].memoryBytes - GPUS[b].memoryBytes);
  for (const id of GPU_IDS) {
    const g = GPUS[id];
    hlines.push({
      id, y: y(g.memoryBytes),
      labelSide: id === highGpu ? 'above' : id === lowGpu ? 'below' : 'above', labelX: margin.left + 4, selected: id === r.gpu.id,
    });
  }
  if (r.weightBytes !== null) {
    // Left of the plot the curves are at their lowest (context 1), so labels there rarely meet a curve; the weights
    // label sits right of the GPU labels so that weights close to a GPU's capacity do not collide with it.
    hlines.push({
      id: 'weights', y: y(Number(r.weightBytes)), labelSide: 'above',
      labelX: margin.left + 4 + Math.max(0, gpuLabelWidth) + LABEL_GAP, selected: false,
    });
  }

  return {
    width, height, margin,
    xTicks: ticksAt(x, xTickValues, fmt.binaryShort),
    yTicks: ticksAt(y, yTickValues, (t) => fmt.bytes(t, { units: BYTE_UNITS[unit] })),
    series,
    hlines,
    marker: { x: x(r.context), y: y(Number(r.totalBytes)) },
    maxContextX: r.maxContext !== null && r.maxContext <= CHART_MAX_CONTEXT ? x(r.maxContext) : null,
  };
}
