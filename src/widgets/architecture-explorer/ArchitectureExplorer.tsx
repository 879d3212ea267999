// View of architecture-explorer: the decoder stack as real buttons (shapes and exact counts per size),
// a panel explaining the focused block, the comparison with Llama 2 / the 2017 Transformer, and a
// step-through forward pass of a micro Llama 3 with heatmaps of the real activations.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Cite } from '../../components/Cite';
import { useAnnounce } from '../../components/announce';
import {
  causalMaskPath, cellAt, DataDetails, DataTable, HatchPattern, HeatCells, heatmapLayers, HeatmapGrid, Segmented, Select, StepControls, svgId,
  Swatch, TextArea,
} from '../../components/kit';
import { WidgetHeading } from '../../components/heading';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { MODELS, type ModelConfig } from '../../data/models';
import { useFormat, useMessages } from '../../i18n/react';
import { keyIntent } from '../../lib/keys';
import { LLAMA3_OF, LLAMA3_SIZES, type Llama3Size } from '../../lib/llama';
import type { ViewProps } from '../types';
import type { Difference } from './blockText';
import { meta, fields } from './meta';
import { differencesIn, messages, type CellPlace } from './messages';
import {
  MAX_TEXT_CHARS, MICRO_CONFIG, maxAbs, microParameterCount, runMicro, topK, type ForwardTrace, type MicroToken,
} from './microModel';
import {
  COMPARES, LAYER_BLOCKS, STAGES, blocksFor, differingBlocks, isLayerBlock, shareOf, stageAt, stageIndex, summarize, totalParams,
  transition, type Block, type BlockId, type Position,
} from './model';
import { stageData, summarizeStage, type StagePanel } from './stages';
import './architectureExplorer.css';

type State = ViewProps<typeof fields>['state'];

export function ArchitectureExplorerView({ state, onChange }: ViewProps<typeof fields>) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const m = MODELS[LLAMA3_OF[state.size]];
  const blocks = useMemo(() => blocksFor(m), [m]);
  const diffs = useMemo(() => differencesIn(t, state.compare, state.size, fmt), [t, state.compare, state.size, fmt]);
  const pos = stageAt(stageIndex({ block: state.block, layer: state.layer }));
  const focused = blocks.find((b) => b.id === pos.block)!;
  const total = totalParams(blocks);
  const descId = useId();
  const against = state.compare === 'llama3' ? '' : t.against(state.compare, state.size);
  const diffIds = differingBlocks(state.compare, state.size);

  return (
    <div className="arch">
      <div className="arch-controls">
        <Segmented legend={t.sizeLegend} value={state.size} options={LLAMA3_SIZES.map((s) => ({ value: s, label: t.sizes[s] }))}
          onChange={(size) => onChange({ size })} />
        <Segmented legend={t.compareLegend} value={state.compare}
          options={COMPARES.map((c) => ({ value: c, label: t.compares[c] }))}
          onChange={(compare) => onChange({ compare })} />
      </div>
      {state.compare === 'transformer' && <p className="arch-note">{t.transformerNote}</p>}
      {state.compare === 'llama2' && state.size === '405b' && <p className="arch-note">{t.noLlama2Peer}</p>}
      <p id={descId} className="visually-hidden">{t.describe(summarize(state), fmt)}</p>

      <div className="arch-main">
        <Diagram blocks={blocks} layers={m.layers} model={m} pos={pos} diffs={diffs} descId={descId}
          onMove={(p) => onChange({ block: p.block, layer: p.layer })} total={total} />
        <BlockPanel block={focused} size={state.size} diff={diffs[focused.id]} against={against} total={total} />
      </div>

      {diffIds.length > 0 && (
        <section className="arch-diffs" aria-label={t.diffsLabel(against)}>
          <p className="arch-h">{t.diffsHeading(diffIds.length, against)}</p>
          <ul>
            {diffIds.map((id) => (
              <li key={id}>
                {t.diffItem(
                  <button key="block" type="button" className="arch-link" onClick={() => onChange({ block: id })}>{t.blocks[id].title}</button>,
                  diffs[id]!.summary,
                  <span key="cite" className="arch-cite"><Cite text={diffs[id]!.cite} /></span>,
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <MicroPass state={state} pos={pos} onChange={onChange} />
    </div>
  );
}

// ── Diagram ──────────────────────────────────────────────────────────────────────────────────────

type RailKind = 'tap' | 'through' | 'join';
const RAIL: Partial<Record<BlockId, RailKind>> = {
  'attn-norm': 'tap', qkv: 'through', rope: 'through', attention: 'through', wo: 'through', 'attn-residual': 'join',
  'ffn-norm': 'tap', ffn: 'through', 'ffn-residual': 'join',
};

function Diagram({ blocks, layers, model, pos, diffs, descId, onMove, total }: {
  blocks: Block[]; layers: number; model: ModelConfig; pos: Position; diffs: Partial<Record<BlockId, Difference>>;
  descId: string; onMove: (p: Position) => void; total: bigint;
}) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const refs = useRef(new Map<BlockId, HTMLButtonElement>());
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    refs.current.get(pos.block)?.focus();
  }, [pos.block, pos.layer]);

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    const intent = keyIntent(e);
    if (!intent) return;
    const next = transition(pos, intent);
    e.preventDefault();
    wantFocus.current = true;
    onMove(next);
  }
  const byId = (id: BlockId) => blocks.find((b) => b.id === id)!;
  const button = (id: BlockId) => (
    <BlockButton key={id} block={byId(id)} selected={pos.block === id} diff={diffs[id]} onKeyDown={onKeyDown}
      onSelect={() => onMove({ block: id, layer: pos.layer })}
      buttonRef={(el) => { if (el) refs.current.set(id, el); else refs.current.delete(id); }} />
  );
  return (
    <div className="arch-diagram" role="group" aria-label={t.diagramLabel(model)} aria-describedby={descId}>
      {button('embedding')}
      <div className="arch-layer">
        <p className="arch-layer-head">
          <span>{t.layerRepeated(layers)}</span>
          <span className="arch-layer-micro">{t.microLayer(isLayerBlock(pos.block) ? pos.layer : null, MICRO_CONFIG.layers)}</span>
        </p>
        {LAYER_BLOCKS.map((id) => (
          <div key={id} className="arch-row">
            {button(id)}
            <Rail kind={RAIL[id]!} />
          </div>
        ))}
      </div>
      {button('final-norm')}
      {button('lm-head')}
      <p className="arch-total">{t.total(<strong key="total">{fmt.int(total)}</strong>)}</p>
    </div>
  );
}

function BlockButton({ block, selected, diff, onSelect, onKeyDown, buttonRef }: {
  block: Block; selected: boolean; diff: Difference | undefined; onSelect: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void; buttonRef: (el: HTMLButtonElement | null) => void;
}) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const text = t.blocks[block.id];
  return (
    <button type="button" ref={buttonRef} className={`arch-block${diff ? ' differs' : ''}${block.id.endsWith('residual') ? ' residual' : ''}`}
      aria-current={selected ? 'step' : undefined} tabIndex={selected ? 0 : -1} onClick={onSelect} onKeyDown={onKeyDown}>
      <span className="arch-block-title">{block.id.endsWith('residual') && <span aria-hidden="true">⊕ </span>}{text.title}</span>
      {block.tensors.length > 0 && (
        <span className="arch-block-shapes">{block.tensors.map((t) => `${t.name} ${fmt.shape(t.shape)}`).join(' · ')}</span>
      )}
      <span className="arch-block-count">
        {block.perCopy === 0n ? t.noParameters
          : block.copies > 1 ? `${fmt.int(block.perCopy)} × ${block.copies} = ${fmt.int(block.total)}`
          : fmt.int(block.total)}
      </span>
      {diff && <span className="arch-badge"><span className="visually-hidden">{t.differs}</span>{diff.summary}</span>}
    </button>
  );
}

/** The residual path beside the layer's rows: a tap at each RMSNorm, a join at each ⊕. */
function Rail({ kind }: { kind: RailKind }) {
  return (
    <svg className={`arch-rail ${kind}`} viewBox="0 0 24 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {kind === 'tap' && <path d="M0 50 H14 V100" />}
      {kind === 'through' && <path d="M14 0 V100" />}
      {kind === 'join' && <><path d="M14 0 V50 H3" /><path className="arch-rail-head" d="M0 50 L7 42 L7 58 Z" /></>}
    </svg>
  );
}

function BlockPanel({ block, size, diff, against, total }: {
  block: Block; size: Llama3Size; diff: Difference | undefined; against: string; total: bigint;
}) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const m = MODELS[LLAMA3_OF[size]];
  const text = t.blocks[block.id];
  const col = t.tensorColumns;
  return (
    <section className="arch-panel" aria-label={t.about(text.title)}>
      {/* Not a heading: its text follows the selected block, and the page outline should not. */}
      <p className="arch-h">{text.title}</p>
      <p>{text.what(m, fmt)}</p>
      <p className="arch-eq"><span className="visually-hidden">{t.equation}</span>{text.equation(m, fmt)}</p>
      {block.tensors.length > 0 ? (
        <DataTable className="arch-tensors" caption={t.weightsCaption(text.title, m)}>
          <thead><tr><th scope="col">{col.tensor}</th><th scope="col">{col.shape}</th><th scope="col">{col.params}</th></tr></thead>
          <tbody>
            {block.tensors.map((t) => (
              <tr key={t.name}><th scope="row"><code>{t.name}</code></th><td>{fmt.shape(t.shape)}</td><td>{fmt.int(t.params)}</td></tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{block.copies > 1 ? t.inLayers(block.copies) : t.inModel}</th>
              <td>{fmt.int(block.total)}</td>
            </tr>
          </tfoot>
        </DataTable>
      ) : (
        <p className="arch-muted">{t.noWeights}</p>
      )}
      {block.total > 0n && <p className="arch-small">{t.shareOfModel(shareOf(block.total, total), total, m, fmt)}</p>}
      <p className="arch-io"><span className="arch-muted">{t.activations}</span>{text.io(m, fmt)}</p>
      {diff && (
        <div className="arch-diff">
          <p><strong>{t.comparedWith(against)}</strong> {diff.detail}</p>
          <p className="arch-cite">{t.source}<Cite text={diff.cite} /></p>
        </div>
      )}
      <p className="arch-cite">{t.source}<Cite text={text.cite} /></p>
      <p className="arch-cite">{t.shapesOf(m, <Cite key="cite" text={t.modelSource(m, fmt)} />)}</p>
    </section>
  );
}

// ── Micro forward pass ──────────────────────────────────────────────────────────────────────────

function MicroPass({ state, pos, onChange }: { state: State; pos: Position; onChange: (patch: Partial<State>) => void }) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const { input, trace } = useMemo(() => runMicro(state.text, state.seed), [state.text, state.seed]);
  const i = stageIndex(pos);
  const data = stageData(trace, pos, state.head);
  const textId = useId();
  const go = (k: number) => { const p = stageAt(k); onChange({ block: p.block, layer: p.layer }); };
  const [wrapRef, width] = useWidth(560);
  useAnnounce(t.stageAnnounce(data));
  useAnnounce(input.unknownCount > 0 ? t.unknownAnnounce(input.unknownCount) : '');

  return (
    <section className="arch-micro" aria-labelledby={`${textId}-h`}>
      <WidgetHeading className="arch-h" id={`${textId}-h`}>{t.microHeading}</WidgetHeading>
      <p className="arch-warn">{t.untrained((text) => <strong key="strong">{text}</strong>)}</p>
      <p className="arch-muted arch-small">{t.microShapes(MICRO_CONFIG, microParameterCount(), state.seed, fmt)}</p>

      <TextArea className="arch-input" singleLine label={t.inputLabel(MAX_TEXT_CHARS)} value={state.text}
        onChange={(text) => onChange({ text })} max={MAX_TEXT_CHARS} overCap="cut" count={t.inputCount}>
        {input.unknownCount > 0 && <p className="arch-flag">{t.unknownFlag(input.unknownCount)}</p>}
      </TextArea>
      <TokenStrip tokens={input.tokens} />

      <StepControls label={t.steps} className="arch-stepper" atStart={i === 0} atEnd={i === STAGES.length - 1}
        nextLabel={t.step} onBack={() => go(i - 1)} onNext={() => go(i + 1)} onReset={() => go(0)}>
        <Select label={t.stage} value={String(i)} onChange={(v) => go(Number(v))}
          options={STAGES.map((s, k) => ({ value: String(k), label: t.stageOption(k + 1, s.block, isLayerBlock(s.block) ? s.layer : null) }))} />
        <button type="button" onClick={() => onChange({ seed: state.seed >= 999_999 ? 1 : state.seed + 1 })}>{t.newWeights}</button>
      </StepControls>

      <div className="arch-stage" ref={wrapRef}>
        <p className="arch-stage-title"><span className="arch-muted">{t.stageOf(data)}</span> {t.stageTitle(data)}</p>
        {pos.block === 'attention' && (
          <Segmented legend={t.queryHead} value={String(Math.min(Math.max(1, state.head), MICRO_CONFIG.heads))}
            options={Array.from({ length: MICRO_CONFIG.heads }, (_, h) => ({ value: String(h + 1), label: String(h + 1) }))}
            onChange={(h) => onChange({ head: Number(h) })} />
        )}
        {data.panels.map((p) => <Heatmap key={p.id} panel={p} tokens={input.tokens} width={width} />)}
        {pos.block === 'lm-head' && <TopK trace={trace} tokens={input.tokens} />}
        <ul className="arch-checks">{data.checks.map((c) => t.check(c, fmt)).map((c) => <li key={c}>{c}</li>)}</ul>
        <p className="visually-hidden">{t.describeStage(summarizeStage(trace, input, pos, state.head), fmt)}</p>
      </div>
    </section>
  );
}

function TokenStrip({ tokens }: { tokens: MicroToken[] }) {
  const t = useMessages(messages);
  return (
    <ol className="arch-tokens" aria-label={t.tokens}>
      {tokens.map((tok) => (
        <li key={tok.position} className={tok.unknown ? 'unk' : tok.position === 0 ? 'bos' : undefined}>
          <span className="arch-tok">{tok.label}</span>
          <span className="arch-tokid">{tok.unknown ? '<unk>' : tok.id}</span>
        </li>
      ))}
    </ol>
  );
}

/** How many next tokens the LM head stage lists. */
const TOP_K = 8;

function TopK({ trace, tokens }: { trace: ForwardTrace; tokens: MicroToken[] }) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const T = trace.ids.length;
  const top = topK(trace, T - 1, TOP_K);
  const last = tokens[T - 1]!;
  return (
    <div className="arch-topk">
      <p className="arch-panel-title">{t.topK(last.label, T - 1, TOP_K, MICRO_CONFIG.vocab)}</p>
      <ol>
        {top.map((x) => (
          <li key={x.id}>
            <span className="arch-topk-label">{x.label}</span>
            <span className="arch-topk-bar" aria-hidden="true"><span style={{ width: `${Math.max(0.5, x.p * 100)}%` }} /></span>
            <span className="arch-topk-p">{fmt.percent(x.p, { digits: 1 })}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

// ── Heatmap ─────────────────────────────────────────────────────────────────────────────────────

const GUTTER_L = 30;
const GUTTER_T = 16;

/** Short label for a heatmap axis: one character, "▸" for BOS, "?" for <unk>. */
function axisLabel(t: MicroToken | undefined): string {
  if (!t) return '';
  if (t.position === 0) return '▸';
  if (t.unknown) return '?';
  return t.label;
}

function Heatmap({ panel, tokens, width }: { panel: StagePanel; tokens: MicroToken[]; width: number }) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const m = panel.matrix;
  const att = panel.kind === 'attention';
  // Activations: tokens across (x), numbers down (y). Attention: keys across, queries down.
  const nx = att ? m.cols : m.rows;
  const ny = att ? m.rows : m.cols;
  const cw = Math.min(Math.max((width - GUTTER_L - 4) / Math.max(nx, 1), 3), att ? 22 : 26);
  const ch = att ? cw : ny > 24 ? 6 : 11;
  const W = GUTTER_L + nx * cw, H = GUTTER_T + ny * ch;
  const scale = att ? 1 : maxAbs(m) || 1;
  const value = (x: number, y: number) => (att ? m.data[y * m.cols + x]! : m.data[x * m.cols + y]!);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const hatchId = svgId(useId(), 'arch-hatch');
  const cx = cursor ? Math.min(cursor[0], nx - 1) : null;
  const cy = cursor ? Math.min(cursor[1], ny - 1) : null;

  const frame = { x0: GUTTER_L, y0: GUTTER_T, cw, ch, width: W, height: H };
  const layers = useMemo(
    () => heatmapLayers({ nx, ny, value, cw, ch, x0: GUTTER_L, y0: GUTTER_T, kind: att ? 'weights' : 'signed', scale, causal: att }),
    // `value` reads only m and att: the matrix and the geometry determine the layers.
    [m, att, nx, ny, cw, ch, scale],
  );

  function readout(x: number, y: number): string {
    if (att) {
      return t.readoutAttention({ query: y, queryLabel: tokens[y]?.label ?? '', key: x, keyLabel: tokens[x]?.label ?? '', weight: value(x, y) }, fmt);
    }
    const place: CellPlace = panel.colLabels ? { kind: 'score', label: panel.colLabels[y] ?? '' }
      : panel.group ? { kind: 'head', head: Math.floor(y / panel.group) + 1, number: (y % panel.group) + 1 } : { kind: 'number', number: y + 1, of: ny };
    return t.readoutActivation({ token: x, tokenLabel: tokens[x]?.label ?? '', place, value: value(x, y) }, fmt);
  }

  function onPointer(e: PointerEvent<SVGSVGElement>) {
    const r = e.currentTarget.getBoundingClientRect();
    if (r.width === 0) return;
    const k = W / r.width;
    const hit = cellAt(frame, ny, nx, (e.clientX - r.left) * k, (e.clientY - r.top) * k);
    if (hit) setCursor([hit.col, hit.row]);
  }

  const showTop = cw >= 9;
  const showLeft = att && ch >= 9;
  return (
    <div className="arch-heat">
      <p className="arch-panel-title">{t.panelTitle(panel.what)} <span className="arch-muted">{t.panelShape(panel)}</span></p>
      <div className="arch-heat-box" onFocus={() => { if (!cursor) setCursor([0, 0]); }}>
        <HeatmapGrid rows={ny} cols={nx} cell={{ row: cy ?? 0, col: cx ?? 0 }} onMove={(c) => setCursor([c.col, c.row])}
          label={t.titled(panel)} cellText={(c) => readout(c.col, c.row)}
          frame={frame}>
          <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} onPointerMove={onPointer} onPointerDown={onPointer} aria-hidden="true" focusable="false">
            {att && nx > 1 && <path className="arch-masked" d={causalMaskPath(nx, frame)} />}
            <defs><HatchPattern id={hatchId} /></defs>
            {/* Negative values are also striped, so the sign does not rest on hue alone. */}
            <HeatCells layers={layers} classes={{ p: 'p', n: 'n' }} hatchId={att ? undefined : hatchId} />
            {!att && panel.group && Array.from({ length: ny / panel.group - 1 }, (_, g) => (
              <line key={g} className="arch-sep" x1={GUTTER_L} x2={W} y1={GUTTER_T + (g + 1) * panel.group! * ch} y2={GUTTER_T + (g + 1) * panel.group! * ch} />
            ))}
            {showTop && Array.from({ length: nx }, (_, x) => (
              <text key={`t${x}`} x={GUTTER_L + (x + 0.5) * cw} y={GUTTER_T - 4} className="arch-axis" textAnchor="middle">{axisLabel(tokens[x])}</text>
            ))}
            {showLeft && Array.from({ length: ny }, (_, y) => (
              <text key={`l${y}`} x={GUTTER_L - 4} y={GUTTER_T + (y + 0.5) * ch + 3} className="arch-axis" textAnchor="end">{axisLabel(tokens[y])}</text>
            ))}
            {!att && (panel.group
              ? Array.from({ length: ny / panel.group }, (_, g) => (
                <text key={`g${g}`} x={GUTTER_L - 4} y={GUTTER_T + g * panel.group! * ch + 9} className="arch-axis" textAnchor="end">{t.headAxis(g + 1)}</text>
              ))
              : [<text key="d1" x={GUTTER_L - 4} y={GUTTER_T + 9} className="arch-axis" textAnchor="end">1</text>,
                <text key="dn" x={GUTTER_L - 4} y={H - 1} className="arch-axis" textAnchor="end">{ny}</text>])}
            <rect className="arch-frame" x={GUTTER_L} y={GUTTER_T} width={nx * cw} height={ny * ch} />
            {cx !== null && cy !== null && (
              <rect className="arch-cursor" x={GUTTER_L + cx * cw} y={GUTTER_T + cy * ch} width={cw} height={ch} />
            )}
          </svg>
        </HeatmapGrid>
      </div>
      {/* Visible for pointer users; a screen reader hears the same sentence as the focused grid cell's name. */}
      <p className="arch-readout">
        {cx !== null && cy !== null ? readout(cx, cy) : t.heatHint}
      </p>
      <p className="arch-legend arch-muted">
        {att ? t.attentionLegend : t.activationLegend({
          negative: <Swatch key="n" className="n" hatchId={hatchId} />,
          positive: <Swatch key="p" className="p" />,
        }, scale, fmt)}
      </p>
      <DataDetails className="arch-data" summary={t.dataSummary(panel)}>
        <Data panel={panel} tokens={tokens} />
      </DataDetails>
    </div>
  );
}

function Data({ panel, tokens }: { panel: StagePanel; tokens: MicroToken[] }) {
  const fmt = useFormat();
  const t = useMessages(messages);
  const m = panel.matrix;
  const att = panel.kind === 'attention';
  const rows = Array.from({ length: m.rows }, (_, i) => i);
  const cols = Array.from({ length: m.cols }, (_, j) => j);
  return (
    <DataTable scrollClassName="arch-table-wrap" scroll={t.dataScroll(panel)} caption={t.titled(panel)}>
      <thead>
        <tr>
          <th scope="col">{att ? t.queryKey : t.token}</th>
          {cols.map((j) => <th key={j} scope="col">{att ? `${j} ${tokens[j]?.label ?? ''}` : panel.colLabels?.[j] ?? j + 1}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i}>
            <th scope="row">{i} {tokens[i]?.label ?? ''}</th>
            {cols.map((j) => <td key={j}>{fmt.decimal(m.data[i * m.cols + j]!, { digits: att ? 4 : 3 })}</td>)}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export default island(meta, ArchitectureExplorerView, { messages });
