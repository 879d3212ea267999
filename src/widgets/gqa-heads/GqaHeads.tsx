// View of gqa-heads: head-count controls, the query-head → K/V-head diagram, the attention maps of one query head
// before and after mean-pooling, its outputs, and the per-head output change. React draws; d3 only computes scales.
import { useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useAnnounce } from '../../components/announce';
import { Cite, CitedText } from '../../components/Cite';
import {
  AxisY, causalMaskPath, cellAt, DataDetails, DataTable, HatchPattern, HeatCells, heatmapLayers, HeatmapGrid, NumberField, scaleTicks, Slider,
  svgId, Swatch, type HeatFrame,
} from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { RichText, useFormat, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import { groupOf } from './attention';
import { gridPath, hatchPath, type MapFrame } from './geometry';
import { messages } from './messages';
import { meta, fields } from './meta';
import {
  cellReading, groupRanges, HEAD_DIM_DEMO, kvHeadsAfterHeadsChange, LLAMA3_8B, LLAMA3_HEAD_DIM, LLAMA3_SHAPES, MAX_HEADS,
  MAX_SEQ, MIN_SEQ, mhaRunFor, modelFrom, nextSeed, readSeed, resolveConfig, summarize, type Cell, type GqaModel,
} from './model';
import './gqaHeads.css';

const strong = (text: string) => <strong>{text}</strong>;

export function GqaHeadsView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
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
  // The result of any control, spoken once it settles: the sharing, the cache it saves and what pooling costs.
  useAnnounce(t.announce({ ...config, totalError: model.comparison.totalError }, fmt));

  return (
    <div className="gqa-heads">
      <p id={descId} className="visually-hidden">{t.describe(summarize(state, model), fmt)}</p>
      <div className="gqa-controls">
        <Slider
          label={t.headsLabel}
          value={heads}
          min={1}
          max={MAX_HEADS}
          onChange={setHeads}
          format={fmt.int}
          valueText={(h) => t.headsValue(h, fmt)}
        />
        <Slider
          label={t.kvLabel}
          value={kvIndex}
          min={0}
          max={allowed.length - 1}
          onChange={(i) => setKv(allowed[i] ?? 1)}
          format={(i) => fmt.int(allowed[i] ?? 1)}
          valueText={(i) => {
            const kv = allowed[i] ?? 1;
            return t.kvValue(kv, heads / kv, fmt);
          }}
          hint={t.kvHint(heads, allowed, fmt)}
        />
        <div className="gqa-presets" role="group" aria-label={t.presetsLabel}>
          <button type="button" aria-pressed={config.kind === 'MHA'} onClick={() => setKv(heads)}>
            {t.kindShort.MHA} <span className="gqa-btn-note">{t.presetKv(heads, fmt)}</span>
          </button>
          <button
            type="button"
            aria-pressed={heads === LLAMA3_8B.heads && kvHeads === LLAMA3_8B.kvHeads}
            onClick={() => {
              preferredKv.current = LLAMA3_8B.kvHeads;
              onChange({ heads: LLAMA3_8B.heads, kvHeads: LLAMA3_8B.kvHeads, head: Math.min(config.head, LLAMA3_8B.heads - 1) });
            }}
          >
            {t.kindShort.GQA} <span className="gqa-btn-note">{t.presetModel(LLAMA3_8B.name, LLAMA3_8B.heads, LLAMA3_8B.kvHeads, fmt)}</span>
          </button>
          <button type="button" aria-pressed={config.kind === 'MQA'} onClick={() => setKv(1)}>
            {t.kindShort.MQA} <span className="gqa-btn-note">{t.presetKv(1, fmt)}</span>
          </button>
        </div>
        <Slider
          label={t.tokensLabel}
          value={seq}
          min={MIN_SEQ}
          max={MAX_SEQ}
          onChange={(n) => onChange({ seq: n })}
          format={fmt.int}
          valueText={(n) => t.tokensValue(n, fmt)}
        />
        <Slider
          label={t.similarityLabel}
          value={Math.round(config.similarity * 100)}
          min={0}
          max={100}
          step={5}
          onChange={(p) => onChange({ similarity: p })}
          format={(p) => fmt.percent(p / 100, { digits: 0 })}
          valueText={(p) => t.similarityValue(p, fmt)}
          hint={t.similarityHint}
        />
        <SeedField seed={config.seed} onSeed={(seed) => onChange({ seed })} />
      </div>

      <p className="gqa-mode"><RichText parts={t.mode(config, fmt, strong)} /></p>

      <HeadDiagram heads={heads} kvHeads={kvHeads} focus={head} labelledBy={descId} />
      <p className="gqa-groups">{groupRanges(heads, kvHeads).map((r) => (
        <span key={r.group}>
          <span className={`gqa-swatch g${r.group % 2}`} aria-hidden="true" />{t.group(r)}
        </span>
      ))}</p>
      <p className="gqa-fineprint"><RichText parts={t.shapesNote(LLAMA3_SHAPES, fmt, (text) => <Cite text={text} />, (text) => <code>{text}</code>)} /></p>

      <div className="gqa-section">
        <Slider
          label={t.shownLabel}
          value={head}
          min={0}
          max={heads - 1}
          onChange={(h) => onChange({ head: h })}
          format={(h) => t.shownValue(h, groupOf(h, heads, kvHeads))}
          valueText={(h) => t.shownValueText(h, groupOf(h, heads, kvHeads))}
        />
        <AttentionMaps model={model} head={head} cell={shownCell} onCell={setCell} />
        <OutputStrips model={model} head={head} />
      </div>

      <ErrorSummary model={model} />
      <HeadErrorBars model={model} focus={head} onFocusHead={(h) => onChange({ head: h })} />

      <p className="gqa-fineprint"><CitedText parts={t.dataNote(HEAD_DIM_DEMO, LLAMA3_HEAD_DIM, fmt)} /></p>

      <DataTables model={model} head={head} />
    </div>
  );
}

function SeedField({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <div className="gqa-seed">
      <NumberField label={t.seedLabel} value={seed} width="11ch" parse={readSeed} errorText={(e) => t.seedError(e, fmt)} onChange={onSeed} />
      <button type="button" onClick={() => onSeed(nextSeed(seed))}>{t.newSeed}</button>
    </div>
  );
}

const DIAGRAM_H = 128;

/** Query heads (top) joined to the K/V head they read (bottom); consecutive groups alternate colour. */
function HeadDiagram({ heads, kvHeads, focus, labelledBy }: { heads: number; kvHeads: number; focus: number; labelledBy: string }) {
  const t = useMessages(messages);
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
        <text x={8} y={11} className="gqa-axis">{t.diagramQueries}</text>
        <text x={8} y={kvTop + kvH + 16} className="gqa-axis">{t.diagramKv}</text>
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
                  {t.queryBox(h, bw >= 18)}
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
                  {t.kvBox(r.group, x1 - x0 >= 40)}
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
  const t = useMessages(messages);
  const fmt = useFormat();
  const { heads, kvHeads, groupSize } = model.config;
  const group = groupRanges(heads, kvHeads)[groupOf(head, heads, kvHeads)]!;
  // One grid for the pair (laid over the first map): each cell reads both weights, so the two maps share a cursor.
  const grid = {
    label: t.gridLabel(head),
    cellText: (c: Cell) => t.cell(cellReading(model, head, c), fmt),
  };
  return (
    <div className="gqa-maps-wrap">
      <div className="gqa-maps">
        <Heatmap title={t.mapMha(head)} weights={model.comparison.mha[head]!.weights} seq={model.config.seq}
          cell={cell} onCell={onCell} grid={grid} />
        <Heatmap
          title={t.mapPooled(head, groupSize === 1 ? null : group)}
          weights={model.comparison.gqa[head]!.weights} seq={model.config.seq} cell={cell} onCell={onCell}
        />
      </div>
      <p className="gqa-legend">{t.mapLegend}</p>
      {/* Visible for pointer users; a screen reader hears the same sentence as the focused grid cell's name. */}
      <p className="gqa-readout">{grid.cellText(cell)}</p>
    </div>
  );
}

function Heatmap({ title, weights, seq, cell, onCell, grid }: {
  title: string; weights: Float64Array; seq: number; cell: Cell; onCell: (c: Cell) => void;
  /** Makes this map the keyboard grid of the pair. */
  grid?: { label: string; cellText: (c: Cell) => string };
}) {
  const t = useMessages(messages);
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
      <text x={MAP_PAD + (MAP - MAP_PAD) / 2} y={10} className="gqa-axis" textAnchor="middle">{t.mapKeys}</text>
      <text transform={`translate(9 ${MAP_PAD + (MAP - MAP_PAD) / 2}) rotate(-90)`} className="gqa-axis" textAnchor="middle">{t.mapQueries}</text>
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
  const t = useMessages(messages);
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
      <p className="gqa-subhead">{t.outputHeading(head, d, fmt)}</p>
      <div className="gqa-strip-pair">
        {strip(layersA, t.stripMha, true)}
        {strip(layersB, t.stripPooled(model.config.groupSize === 1), false)}
      </div>
      <p className="gqa-legend"><RichText parts={t.outputLegend(model.comparison.headError[head]!, fmt, {
        positive: <Swatch className="gqa-pos" />, negative: <Swatch className="gqa-neg" hatchId={hatchId} />, strong,
      })} /></p>
    </div>
  );
}

/** The relative change as a formula (notation, the same in every language). */
const ERROR_FORMULA = <span className="gqa-formula">(‖O<sub>GQA</sub> − O<sub>MHA</sub>‖<sub>F</sub> / ‖O<sub>MHA</sub>‖<sub>F</sub>)</span>;

function ErrorSummary({ model }: { model: GqaModel }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { comparison, config } = model;
  return (
    <p className="gqa-result"><RichText parts={t.errorSummary(config.groupSize === 1 ? null : comparison.totalError, fmt, {
      strong, big: (text) => <strong className="gqa-big">{text}</strong>, formula: ERROR_FORMULA,
    })} /></p>
  );
}

const BARS_H = 120;

/** Relative output change per query head, bars coloured by group; a bar click (or the slider) picks the shown head. */
function HeadErrorBars({ model, focus, onFocusHead }: { model: GqaModel; focus: number; onFocusHead: (h: number) => void }) {
  const t = useMessages(messages);
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
      <p className="gqa-subhead">{t.barsHeading}</p>
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
  const t = useMessages(messages);
  const fmt = useFormat();
  const { seq, heads, kvHeads } = model.config;
  const mha = model.comparison.mha[head]!;
  const gqa = model.comparison.gqa[head]!;
  const tokens = Array.from({ length: seq }, (_, i) => i);
  const weightRows = (w: Float64Array) => (
    <>
      <thead>
        <tr><th scope="col">{t.queryKeyCorner}</th>{tokens.map((j) => <th key={j} scope="col">{j}</th>)}</tr>
      </thead>
      <tbody>
        {tokens.map((i) => (
          <tr key={i}>
            <th scope="row">{i}</th>
            {tokens.map((j) => <td key={j}>{j > i ? t.masked : fmt.decimal(w[i * seq + j]!, { digits: 3 })}</td>)}
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
    <DataDetails className="gqa-data" summary={t.dataSummary}>
      <DataTable {...table} scroll={t.changeTable} caption={t.changeCaption}>
        <thead><tr>{t.changeColumns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
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
      <DataTable {...table} scroll={t.weightsMha(head)} caption={t.weightsMha(head)}>{weightRows(mha.weights)}</DataTable>
      <DataTable {...table} scroll={t.weightsPooled(head)} caption={t.weightsPooled(head)}>{weightRows(gqa.weights)}</DataTable>
      <DataTable {...table} scroll={t.outputsTable(head)} caption={t.outputsTable(head)}>
        <thead><tr><th scope="col">{t.tokenColumn}</th>{channels.map((c) => <th key={c} scope="col">{t.channelColumn(c)}</th>)}</tr></thead>
        <tbody>
          {tokens.map((i) => (
            <tr key={i}>
              <th scope="row">{i}</th>
              {channels.map((c) => (
                <td key={c}>{t.outputPair(fmt.decimal(mha.output[i * HEAD_DIM_DEMO + c]!), fmt.decimal(gqa.output[i * HEAD_DIM_DEMO + c]!))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </DataDetails>
  );
}

// An embed URL's kvHeads or head that the widget had to change is listed in the shell's URL notice, with the reason in
// the reader's language.
export default island(meta, GqaHeadsView, {
  messages,
  adjust: (state, t, f) => resolveConfig(state).adjustments.map((a) => ({
    key: a.key, value: String(a.value), to: String(a.to), reason: t.adjustReason(a, f),
  })),
});
