// View of gqa-heads: head-count controls, the query-head → K/V-head diagram, the attention maps of one query head
// before and after mean-pooling, its outputs, and the per-head output change. React draws; d3 only computes scales.
import { useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import {
  AxisY, causalMaskPath, cellAt, DataDetails, DataTable, HatchPattern, HeatCells, heatmapLayers, HeatmapGrid, NumberField, scaleTicks, Slider,
  svgId, Swatch, type HeatFrame,
} from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat } from '../../i18n/react';
import type { ViewProps } from '../types';
import { groupOf } from './attention';
import { gridPath, hatchPath, type MapFrame } from './geometry';
import { MAX_HEADS, MAX_SEQ, meta, fields } from './meta';
import {
  cellSentence, describe, groupRanges, HEAD_DIM_DEMO,
  kvHeadsAfterHeadsChange, LLAMA3_8B, LLAMA3_HEAD_DIM, LLAMA3_SHAPES, mhaRunFor, modelFrom, nextSeed,
  readSeed, resolveConfig, type Cell, type GqaModel,
} from './model';
import './gqaHeads.css';

export function GqaHeadsView({ state, onChange }: ViewProps<typeof fields>) {
  const fmt = useFormat();
  const config = useMemo(() => resolveConfig(state), [state]);
  // The multi-head run depends only on H, T, seed and similarity: changing K/V heads recomputes only the GQA side.
  const run = useMemo(() => mhaRunFor(config), [config.heads, config.seq, config.seed, config.similarity]);
  const model = useMemo(() => modelFrom(config, run), [config, run]);
  const { heads, kvHeads, seq, head } = config;
  const allowed = model.allowedKv;
  const kvIndex = Math.max(0, allowed.indexOf(kvHeads));

  // The K/V count the reader last chose: changing the query heads snaps to the divisor nearest to it, so passing
  // through a prime head count (only MHA or MQA possible) does not lose the choice.
  // A K/V count that arrives from elsewhere (the embed URL, a preset, Reload) becomes the preference too; one that
  // setHeads forced does not.
  const preferredKv = useRef(kvHeads);
  const forced = useRef(false);
  useEffect(() => {
    if (forced.current) forced.current = false;
    else preferredKv.current = kvHeads;
  }, [kvHeads]);
  const setKv = (kv: number) => { preferredKv.current = kv; onChange({ kvHeads: kv }); };
  const setHeads = (h: number) => {
    const kv = kvHeadsAfterHeadsChange(h, preferredKv.current);
    forced.current = kv !== kvHeads;
    onChange({ heads: h, kvHeads: kv, head: Math.min(config.head, h - 1) });
  };

  const [cell, setCell] = useState<Cell>({ row: seq - 1, col: 0 });
  const shownCell = { row: Math.min(cell.row, seq - 1), col: Math.min(cell.col, seq - 1) };

  const descId = useId();
  const kvShare = kvHeads / heads;
  // The result of any control, spoken once it settles: the sharing, the cache it saves and what pooling costs.
  useAnnounce(config.kind === 'single'
    ? 'One head: MHA and MQA coincide; pooling changes nothing.'
    : `${config.kind}: ${heads} query heads read ${kvHeads} key/value ${kvHeads === 1 ? 'head' : 'heads'}, ${config.groupSize} per group; ` +
      `the cache holds ${fmt.percent(kvShare, { digits: 1 })} of MHA’s keys and values. ` +
      (config.groupSize === 1 ? 'Mean-pooling changes nothing.' : `Mean-pooling changes the attention output by ${fmt.percent(model.comparison.totalError, { digits: 1 })}.`));

  return (
    <div className="gqa-heads">
      <p id={descId} className="visually-hidden">{describe(state, model)}</p>
      <div className="gqa-controls">
        <Slider
          label="Query heads"
          value={heads}
          min={1}
          max={MAX_HEADS}
          onChange={setHeads}
          format={(h) => `${h}`}
          valueText={(h) => `${h} query ${h === 1 ? 'head' : 'heads'}`}
        />
        <Slider
          label="Key/value heads"
          value={kvIndex}
          min={0}
          max={allowed.length - 1}
          onChange={(i) => setKv(allowed[i] ?? 1)}
          format={(i) => `${allowed[i] ?? 1}`}
          valueText={(i) => {
            const kv = allowed[i] ?? 1;
            return `${kv} key/value ${kv === 1 ? 'head' : 'heads'}, ${heads / kv} query ${heads / kv === 1 ? 'head' : 'heads'} each`;
          }}
          hint={<>Only divisors of {heads}: {allowed.join(', ')}.</>}
        />
        <div className="gqa-presets" role="group" aria-label="Named settings">
          <button type="button" aria-pressed={config.kind === 'MHA'} onClick={() => setKv(heads)}>
            MHA <span className="gqa-btn-note">{heads} K/V</span>
          </button>
          <button
            type="button"
            aria-pressed={heads === LLAMA3_8B.heads && kvHeads === LLAMA3_8B.kvHeads}
            onClick={() => {
              preferredKv.current = LLAMA3_8B.kvHeads;
              onChange({ heads: LLAMA3_8B.heads, kvHeads: LLAMA3_8B.kvHeads, head: Math.min(config.head, LLAMA3_8B.heads - 1) });
            }}
          >
            GQA <span className="gqa-btn-note">{LLAMA3_8B.name}: {LLAMA3_8B.heads} → {LLAMA3_8B.kvHeads}</span>
          </button>
          <button type="button" aria-pressed={config.kind === 'MQA'} onClick={() => setKv(1)}>
            MQA <span className="gqa-btn-note">1 K/V</span>
          </button>
        </div>
        <Slider
          label="Tokens"
          value={seq}
          min={2}
          max={MAX_SEQ}
          onChange={(t) => onChange({ seq: t })}
          format={(t) => `${t}`}
          valueText={(t) => `${t} tokens`}
        />
        <Slider
          label="Similarity of K/V heads"
          value={Math.round(config.similarity * 100)}
          min={0}
          max={100}
          step={5}
          onChange={(p) => onChange({ similarity: p })}
          format={(p) => fmt.percent(p / 100, { digits: 0 })}
          valueText={(p) => `key and value heads ${p} percent alike`}
          hint="Correlation between any two K (or V) heads of the multi-head layer."
        />
        <SeedField seed={config.seed} onSeed={(seed) => onChange({ seed })} />
      </div>

      <p className="gqa-mode">
        {config.kind === 'single'
          ? <><strong>One head</strong>: MHA and MQA coincide.</>
          : <><strong>{config.kind}</strong>: {heads} query heads read {kvHeads} key/value {kvHeads === 1 ? 'head' : 'heads'},{' '}
            {config.groupSize} per group. Keys and values to cache: {kvHeads} of {heads} heads ({fmt.percent(kvShare, { digits: 1 })} of MHA).</>}
      </p>

      <HeadDiagram heads={heads} kvHeads={kvHeads} focus={head} labelledBy={descId} />
      <p className="gqa-groups">{groupRanges(heads, kvHeads).map((r) => (
        <span key={r.group}>
          <span className={`gqa-swatch g${r.group % 2}`} aria-hidden="true" />K/V {r.group}: {r.first === r.last ? `q${r.first}` : `q${r.first}–q${r.last}`}
        </span>
      ))}</p>
      <p className="gqa-fineprint">
        <Cite text="Report Table 3" />: {LLAMA3_SHAPES.map((s) => `${s.name} ${s.heads} → ${s.kvHeads}`).join(' · ')} (query → key/value heads).
        Group of query head h: g = ⌊h / (H/KV)⌋, as in <code>repeat_kv</code>.
      </p>

      <div className="gqa-section">
        <Slider
          label="Query head shown"
          value={head}
          min={0}
          max={heads - 1}
          onChange={(h) => onChange({ head: h })}
          format={(h) => `q${h} → K/V ${groupOf(h, heads, kvHeads)}`}
          valueText={(h) => `query head ${h}, reads key/value head ${groupOf(h, heads, kvHeads)}`}
        />
        <AttentionMaps model={model} head={head} cell={shownCell} onCell={setCell} />
        <OutputStrips model={model} head={head} />
      </div>

      <ErrorSummary model={model} />
      <HeadErrorBars model={model} focus={head} onFocusHead={(h) => onChange({ head: h })} />

      <p className="gqa-fineprint">
        Random queries, keys and values stand in for one trained layer ({HEAD_DIM_DEMO} channels per head; Llama 3 uses{' '}
        {LLAMA3_HEAD_DIM}, d ÷ H in Table 3). Every number in the maps and error bars is computed from these random data.
        Mean-pooling each group’s K/V heads is how Ainslie et al. turn a multi-head checkpoint into
        GQA before uptraining it; Llama 3’s models have GQA in the architecture they are pre-trained with (<Cite text="Report §3.2, Table 3" />).
      </p>

      <DataTables model={model} head={head} />
    </div>
  );
}

function SeedField({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  return (
    <div className="gqa-seed">
      <NumberField label="Seed" value={seed} width="11ch" parse={readSeed} onChange={onSeed} />
      <button type="button" onClick={() => onSeed(nextSeed(seed))}>New random data</button>
    </div>
  );
}

const DIAGRAM_H = 128;

/** Query heads (top) joined to the K/V head they read (bottom); consecutive groups alternate colour. */
function HeadDiagram({ heads, kvHeads, focus, labelledBy }: { heads: number; kvHeads: number; focus: number; labelledBy: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const W = Math.max(240, width);
  const x = scaleBand<number>().domain(Array.from({ length: heads }, (_, h) => h)).range([8, W - 8]).paddingInner(0.2);
  const bw = x.bandwidth();
  const groups = groupRanges(heads, kvHeads);
  const labelEvery = bw >= 18 ? 1 : bw >= 8 ? 4 : 8;
  const qTop = 18, qH = 22, kvTop = 82, kvH = 22;
  const focusGroup = groupOf(focus, heads, kvHeads);
  return (
    <div className="gqa-diagram" ref={ref}>
      <svg viewBox={`0 0 ${W} ${DIAGRAM_H}`} width="100%" height={DIAGRAM_H} role="img" aria-labelledby={labelledBy}>
        <text x={8} y={11} className="gqa-axis">query heads</text>
        <text x={8} y={kvTop + kvH + 16} className="gqa-axis">key/value heads (cached)</text>
        {Array.from({ length: heads }, (_, h) => {
          const g = groupOf(h, heads, kvHeads);
          const r = groups[g]!;
          const cx = x(h)! + bw / 2;
          const kx = (x(r.first)! + x(r.last)! + bw) / 2;
          return (
            <line key={`l${h}`} x1={cx} y1={qTop + qH} x2={kx} y2={kvTop}
              className={h === focus ? 'gqa-link focus' : 'gqa-link'} />
          );
        })}
        {Array.from({ length: heads }, (_, h) => {
          const g = groupOf(h, heads, kvHeads);
          return (
            <g key={`q${h}`}>
              <rect x={x(h)} y={qTop} width={bw} height={qH} rx={Math.min(4, bw / 4)}
                className={`gqa-q g${g % 2}${h === focus ? ' focus' : ''}`} />
              {h % labelEvery === 0 && bw >= 8 && (
                <text x={x(h)! + bw / 2} y={qTop + qH / 2 + 4} className="gqa-qlabel" textAnchor="middle">
                  {bw >= 18 ? `q${h}` : h}
                </text>
              )}
            </g>
          );
        })}
        {groups.map((r) => {
          const x0 = x(r.first)!, x1 = x(r.last)! + bw;
          return (
            <g key={`kv${r.group}`}>
              <rect x={x0} y={kvTop} width={x1 - x0} height={kvH} rx={4}
                className={`gqa-kv g${r.group % 2}${r.group === focusGroup ? ' focus' : ''}`} />
              {x1 - x0 >= 18 && (
                <text x={(x0 + x1) / 2} y={kvTop + kvH / 2 + 4} className="gqa-qlabel" textAnchor="middle">
                  {x1 - x0 >= 40 ? `K/V ${r.group}` : r.group}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

const MAP = 300;
const MAP_PAD = 22;

/** The [T, T] weights of one query head with its own K/V head and with its group's mean-pooled K/V head. */
function AttentionMaps({ model, head, cell, onCell }: { model: GqaModel; head: number; cell: Cell; onCell: (c: Cell) => void }) {
  const { heads, kvHeads } = model.config;
  const g = groupOf(head, heads, kvHeads);
  // One grid for the pair (laid over the first map): each cell reads both weights, so the two maps share a cursor.
  const grid = {
    label: `Attention weights of query head ${head}, with multi-head and with mean-pooled keys and values`,
    cellText: (c: Cell) => cellSentence(model, head, c),
  };
  return (
    <div className="gqa-maps-wrap">
      <div className="gqa-maps">
        <Heatmap title={`MHA: q${head} with its own K/V head ${head}`} weights={model.comparison.mha[head]!.weights} seq={model.config.seq}
          cell={cell} onCell={onCell} grid={grid} />
        <Heatmap
          title={model.config.groupSize === 1 ? `After pooling: unchanged (group of one)` : `GQA: q${head} with K/V ${g}, the mean of heads ${g * model.config.groupSize}–${(g + 1) * model.config.groupSize - 1}`}
          weights={model.comparison.gqa[head]!.weights} seq={model.config.seq} cell={cell} onCell={onCell}
        />
      </div>
      <p className="gqa-legend">
        Each row is one query token’s weights over the keys and sums to 1; stronger colour = larger weight (square-root
        scale). Slashed cells are masked: a token never attends to later tokens.
      </p>
      {/* Visible for pointer users; a screen reader hears the same sentence as the focused grid cell's name. */}
      <p className="gqa-readout">{cellSentence(model, head, cell)}</p>
    </div>
  );
}

function Heatmap({ title, weights, seq, cell, onCell, grid }: {
  title: string; weights: Float64Array; seq: number; cell: Cell; onCell: (c: Cell) => void;
  /** Makes this map the keyboard grid of the pair. */
  grid?: { label: string; cellText: (c: Cell) => string };
}) {
  const fmt = useFormat();
  const frame: MapFrame = { seq, size: (MAP - MAP_PAD) / seq, pad: MAP_PAD };
  const c = frame.size;
  const heat: HeatFrame = { x0: MAP_PAD, y0: MAP_PAD, cw: c, ch: c, width: MAP, height: MAP };
  // The kit's colour scale for weights (intensity √w, so the small weights of long sequences stay visible).
  const layers = useMemo(() => heatmapLayers({
    nx: seq, ny: seq, value: (x, y) => weights[y * seq + x]!, cw: c, ch: c, x0: MAP_PAD, y0: MAP_PAD, kind: 'weights', scale: 1, causal: true,
  }), [weights, seq, c]);
  const showValues = seq <= 8;
  const ticks = seq <= 8 ? 1 : 3;
  const values: ReactNode[] = [];
  if (showValues) {
    for (let i = 0; i < seq; i++) {
      for (let j = 0; j <= i; j++) {
        const w = weights[i * seq + j]!;
        values.push(<text key={`v${i}-${j}`} x={MAP_PAD + j * c + c / 2} y={MAP_PAD + i * c + c / 2 + 4} className="gqa-cellval" textAnchor="middle">{fmt.decimal(w, { leadingZero: false })}</text>);
      }
    }
  }
  // Mouse and touch pick a cell from the pointer position; the keyboard does the same with arrows (AttentionMaps).
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return;
    const hit = cellAt(heat, seq, seq, ((e.clientX - box.left) / box.width) * MAP, ((e.clientY - box.top) / box.height) * MAP);
    if (hit) onCell(hit);
  };
  const picture = (
    <svg viewBox={`0 0 ${MAP} ${MAP}`} aria-hidden="true" focusable="false" onClick={onClick}>
      <text x={MAP_PAD + (MAP - MAP_PAD) / 2} y={10} className="gqa-axis" textAnchor="middle">key token →</text>
      <text transform={`translate(9 ${MAP_PAD + (MAP - MAP_PAD) / 2}) rotate(-90)`} className="gqa-axis" textAnchor="middle">query token →</text>
      {Array.from({ length: seq }, (_, i) => i % ticks === 0 && (
        <g key={`t${i}`}>
          <text x={MAP_PAD + (i + 0.5) * c} y={MAP_PAD - 3} className="gqa-tick" textAnchor="middle">{i}</text>
          <text x={MAP_PAD - 4} y={MAP_PAD + (i + 0.5) * c + 3.5} className="gqa-tick" textAnchor="end">{i}</text>
        </g>
      ))}
      <rect x={MAP_PAD} y={MAP_PAD} width={MAP - MAP_PAD} height={MAP - MAP_PAD} className="gqa-cell" />
      <path d={causalMaskPath(seq, heat)} className="gqa-masked" />
      <path d={hatchPath(frame)} className="gqa-maskline" />
      <HeatCells layers={layers} classes={{ p: 'gqa-heat', n: 'gqa-heat' }} />
      {values}
      <path d={gridPath(frame)} className="gqa-gridlines" />
      <rect x={MAP_PAD + cell.col * c} y={MAP_PAD + cell.row * c} width={c} height={c} className="gqa-sel" />
    </svg>
  );
  return (
    <figure className="gqa-map">
      <figcaption>{title}</figcaption>
      {grid ? (
        <HeatmapGrid rows={seq} cols={seq} cell={cell} onMove={onCell} label={grid.label} cellText={grid.cellText} frame={heat}>
          {picture}
        </HeatmapGrid>
      ) : picture}
    </figure>
  );
}

/** Output rows O = A·V of the shown head, before and after pooling; colour = sign, strength = size. */
function OutputStrips({ model, head }: { model: GqaModel; head: number }) {
  const fmt = useFormat();
  const { seq } = model.config;
  const d = HEAD_DIM_DEMO;
  const a = model.comparison.mha[head]!.output;
  const b = model.comparison.gqa[head]!.output;
  let maxAbs = 0;
  for (let i = 0; i < a.length; i++) maxAbs = Math.max(maxAbs, Math.abs(a[i]!), Math.abs(b[i]!));
  // Rows get thinner for long sequences so the strips stay under 144 units tall.
  const rowH = Math.min(12, 144 / seq);
  const hatchId = svgId(useId(), 'gqa-hatch');
  const grid = (o: Float64Array) => ({
    nx: d, ny: seq, value: (x: number, y: number) => o[y * d + x]!, cw: 12, ch: rowH, x0: 0, y0: 0, kind: 'signed' as const, scale: maxAbs || 1,
  });
  // The paths depend on the outputs and the scale (the channel count is fixed).
  const layersA = useMemo(() => heatmapLayers(grid(a)), [a, maxAbs, rowH]);
  const layersB = useMemo(() => heatmapLayers(grid(b)), [b, maxAbs, rowH]);
  const strip = (layers: ReturnType<typeof heatmapLayers>, label: string, defs: boolean) => (
    <figure className="gqa-strip">
      <figcaption>{label}</figcaption>
      <svg viewBox={`0 0 ${d * 12} ${seq * rowH}`} aria-hidden="true" focusable="false" preserveAspectRatio="none">
        {defs && <defs><HatchPattern id={hatchId} /></defs>}
        {/* Negative values are also striped, so the sign does not rest on hue alone. */}
        <HeatCells layers={layers} classes={{ p: 'gqa-pos', n: 'gqa-neg' }} hatchId={hatchId} />
      </svg>
    </figure>
  );
  return (
    <div className="gqa-strips">
      <p className="gqa-subhead">Output of q{head} (one row per token, {d} channels)</p>
      <div className="gqa-strip-pair">
        {strip(layersA, 'MHA', true)}
        {strip(layersB, model.config.groupSize === 1 ? 'Pooled (same)' : 'Mean-pooled GQA', false)}
      </div>
      <p className="gqa-legend">
        <Swatch className="gqa-pos" />positive (solid), <Swatch className="gqa-neg" hatchId={hatchId} />negative (striped); stronger colour = larger size.
        This head’s output changes by <strong>{fmt.percent(model.comparison.headError[head]!, { digits: 1 })}</strong>.
      </p>
    </div>
  );
}

function ErrorSummary({ model }: { model: GqaModel }) {
  const fmt = useFormat();
  const { comparison, config } = model;
  return (
    <p className="gqa-result">
      {config.groupSize === 1
        ? <>Each group has one head, so mean-pooling changes nothing: the output is <strong>identical</strong> to MHA (0%).</>
        : <>Mean-pooling changes the attention output of all heads by <strong className="gqa-big">{fmt.percent(comparison.totalError, { digits: 1 })}</strong>{' '}
          <span className="gqa-formula">(‖O<sub>GQA</sub> − O<sub>MHA</sub>‖<sub>F</sub> / ‖O<sub>MHA</sub>‖<sub>F</sub>)</span> before any uptraining.</>}
    </p>
  );
}

const BARS_H = 120;

/** Relative output change per query head, bars coloured by group; a bar click (or the slider) picks the shown head. */
function HeadErrorBars({ model, focus, onFocusHead }: { model: GqaModel; focus: number; onFocusHead: (h: number) => void }) {
  const fmt = useFormat();
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const { heads, kvHeads } = model.config;
  const errs = model.comparison.headError;
  const W = Math.max(240, width);
  const left = 34, bottom = 18, top = 6;
  const x = scaleBand<number>().domain(Array.from({ length: heads }, (_, h) => h)).range([left, W - 4]).paddingInner(0.2);
  const top1 = Math.max(0.1, ...errs);
  const y = scaleLinear().domain([0, top1]).nice(4).range([BARS_H - bottom, top]);
  const ticks = scaleTicks(y, 4, (t) => fmt.percent(t, { digits: 0 }));
  const labelEvery = x.bandwidth() >= 14 ? 1 : x.bandwidth() >= 6 ? 4 : 8;
  return (
    <div className="gqa-bars" ref={ref}>
      <p className="gqa-subhead">Output change per query head</p>
      <svg viewBox={`0 0 ${W} ${BARS_H}`} width="100%" height={BARS_H} aria-hidden="true" focusable="false">
        <AxisY ticks={ticks} x={left} gridTo={W - 4} />
        {errs.map((e, h) => (
          <g key={h} onClick={() => onFocusHead(h)}>
            <rect x={x(h)} y={y(e)} width={x.bandwidth()} height={Math.max(0, BARS_H - bottom - y(e))}
              className={`gqa-bar g${groupOf(h, heads, kvHeads) % 2}${h === focus ? ' focus' : ''}`} />
            {h % labelEvery === 0 && (
              <text x={x(h)! + x.bandwidth() / 2} y={BARS_H - 5} className="gqa-tick" textAnchor="middle">{h}</text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}

function DataTables({ model, head }: { model: GqaModel; head: number }) {
  const fmt = useFormat();
  const { seq, heads, kvHeads } = model.config;
  const mha = model.comparison.mha[head]!;
  const gqa = model.comparison.gqa[head]!;
  const tokens = Array.from({ length: seq }, (_, i) => i);
  const weightRows = (w: Float64Array) => (
    <>
      <thead>
        <tr><th scope="col">query \ key</th>{tokens.map((j) => <th key={j} scope="col">{j}</th>)}</tr>
      </thead>
      <tbody>
        {tokens.map((i) => (
          <tr key={i}>
            <th scope="row">{i}</th>
            {tokens.map((j) => <td key={j}>{j > i ? '–' : fmt.decimal(w[i * seq + j]!, { digits: 3 })}</td>)}
          </tr>
        ))}
      </tbody>
    </>
  );
  const channels = Array.from({ length: HEAD_DIM_DEMO }, (_, c) => c);
  // Each table may be wider than the widget: it scrolls in a named region, with its name as a visible title above
  // (the caption inside is visually hidden: a caption is as wide as its scrolling table, so it would be cut off).
  const table = { title: true, className: 'gqa-table', scrollClassName: 'gqa-table-scroll' };
  return (
    <DataDetails className="gqa-data" summary="Data: weights, outputs and per-head change">
      <DataTable {...table} scroll="Output change per query head (relative Frobenius norm) and largest change of any attention weight"
        caption="Output change per query head (relative Frobenius norm) and the largest change of any attention weight">
        <thead><tr><th scope="col">query head</th><th scope="col">K/V head</th><th scope="col">output change</th><th scope="col">largest weight change</th></tr></thead>
        <tbody>
          {model.comparison.headError.map((e, h) => (
            <tr key={h}>
              <th scope="row">{h}</th>
              <td>{groupOf(h, heads, kvHeads)}</td>
              <td>{fmt.percent(e, { digits: 1 })}</td>
              <td>{fmt.decimal(model.comparison.maxWeightChange[h]!, { digits: 3 })}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <DataTable {...table} scroll={`Attention weights of query head ${head}, MHA (masked cells: –)`}
        caption={<>Attention weights of query head {head}, MHA (masked cells: –)</>}>{weightRows(mha.weights)}</DataTable>
      <DataTable {...table} scroll={`Attention weights of query head ${head} after mean-pooling`}
        caption={<>Attention weights of query head {head} after mean-pooling</>}>{weightRows(gqa.weights)}</DataTable>
      <DataTable {...table} scroll={`Output of query head ${head}: MHA / mean-pooled, per token and channel`}
        caption={<>Output of query head {head}: MHA / mean-pooled, per token and channel</>}>
        <thead><tr><th scope="col">token</th>{channels.map((c) => <th key={c} scope="col">ch {c}</th>)}</tr></thead>
        <tbody>
          {tokens.map((i) => (
            <tr key={i}>
              <th scope="row">{i}</th>
              {channels.map((c) => (
                <td key={c}>{fmt.decimal(mha.output[i * HEAD_DIM_DEMO + c]!)} / {fmt.decimal(gqa.output[i * HEAD_DIM_DEMO + c]!)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </DataDetails>
  );
}

// An embed URL's kvHeads or head that the widget had to change is listed in the shell's URL notice.
export default island(meta, GqaHeadsView, { adjust: (state) => resolveConfig(state).adjusted });
