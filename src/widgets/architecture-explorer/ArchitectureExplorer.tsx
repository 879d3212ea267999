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
import { MODELS } from '../../data/models';
import { useFormat } from '../../i18n/react';
import { keyIntent } from '../../lib/keys';
import type { ViewProps } from '../types';
import { BLOCK_TEXT, TRANSFORMER_NOTE, type Difference } from './blockText';
import { meta, fields } from './meta';
import {
  MAX_TEXT_CHARS, MICRO_CONFIG, maxAbs, microParameterCount, runMicro, topK, type ForwardTrace, type MicroToken,
} from './microModel';
import { LLAMA2_PEER_OF, LLAMA3_OF, type Llama3Size } from '../../lib/llama';
import {
  BLOCK_IDS, LAYER_BLOCKS, STAGES, blocksFor, describe, differences,
  isLayerBlock, stageAt, stageIndex, transition, type Block, type BlockId, type Compare, type Position,
} from './model';
import { describeStage, stageData, type StagePanel } from './stages';
import './architectureExplorer.css';

type State = ViewProps<typeof fields>['state'];

const SIZE_LABEL: Record<Llama3Size, string> = { '8b': '8B', '70b': '70B', '405b': '405B' };
const COMPARE_LABEL: Record<Compare, string> = { llama3: 'Nothing', llama2: 'Llama 2', transformer: 'Transformer (2017)' };

export function ArchitectureExplorerView({ state, onChange }: ViewProps<typeof fields>) {
  const m = MODELS[LLAMA3_OF[state.size]];
  const blocks = useMemo(() => blocksFor(m), [m]);
  const diffs = useMemo(() => differences(state.compare, state.size), [state.compare, state.size]);
  const pos = stageAt(stageIndex({ block: state.block, layer: state.layer }));
  const focused = blocks.find((b) => b.id === pos.block)!;
  const total = blocks.reduce((a, b) => a + b.total, 0n);
  const descId = useId();
  const against = state.compare === 'llama2' ? MODELS[LLAMA2_PEER_OF[state.size]].name : 'the 2017 Transformer';
  const diffIds = BLOCK_IDS.filter((id) => diffs[id]);

  return (
    <div className="arch">
      <div className="arch-controls">
        <Segmented legend="Llama 3 size" value={state.size} options={(['8b', '70b', '405b'] as const).map((s) => ({ value: s, label: SIZE_LABEL[s] }))}
          onChange={(size) => onChange({ size })} />
        <Segmented legend="Highlight what differs from" value={state.compare}
          options={(['llama3', 'llama2', 'transformer'] as const).map((c) => ({ value: c, label: COMPARE_LABEL[c] }))}
          onChange={(compare) => onChange({ compare })} />
      </div>
      {state.compare === 'transformer' && <p className="arch-note">{TRANSFORMER_NOTE}</p>}
      {state.compare === 'llama2' && state.size === '405b' && (
        <p className="arch-note">Llama 2 had no model of this size; the comparison is with its largest, 70B.</p>
      )}
      <p id={descId} className="visually-hidden">{describe(state)}</p>

      <div className="arch-main">
        <Diagram blocks={blocks} layers={m.layers} modelName={m.name} pos={pos} diffs={diffs} descId={descId}
          onMove={(p) => onChange({ block: p.block, layer: p.layer })} total={total} />
        <BlockPanel block={focused} size={state.size} diff={diffs[focused.id]} against={against} total={total} />
      </div>

      {diffIds.length > 0 && (
        <section className="arch-diffs" aria-label={`What differs from ${against}`}>
          <p className="arch-h">{diffIds.length} blocks differ from {against}</p>
          <ul>
            {diffIds.map((id) => (
              <li key={id}>
                <button type="button" className="arch-link" onClick={() => onChange({ block: id })}>{BLOCK_TEXT[id].title}</button>
                {': '}{diffs[id]!.summary}. <span className="arch-cite"><Cite text={diffs[id]!.cite} /></span>
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

function Diagram({ blocks, layers, modelName, pos, diffs, descId, onMove, total }: {
  blocks: Block[]; layers: number; modelName: string; pos: Position; diffs: Partial<Record<BlockId, Difference>>;
  descId: string; onMove: (p: Position) => void; total: bigint;
}) {
  const fmt = useFormat();
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
    <div className="arch-diagram" role="group" aria-label={`Decoder stack of ${modelName}: arrow keys step through the blocks`} aria-describedby={descId}>
      {button('embedding')}
      <div className="arch-layer">
        <p className="arch-layer-head">
          <span>Decoder layer, repeated {layers} times</span>
          <span className="arch-layer-micro">micro pass: layer {isLayerBlock(pos.block) ? pos.layer : '–'} of {MICRO_CONFIG.layers}</span>
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
      <p className="arch-total">Total: <strong>{fmt.int(total)}</strong> parameters</p>
    </div>
  );
}

function BlockButton({ block, selected, diff, onSelect, onKeyDown, buttonRef }: {
  block: Block; selected: boolean; diff: Difference | undefined; onSelect: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void; buttonRef: (el: HTMLButtonElement | null) => void;
}) {
  const fmt = useFormat();
  const text = BLOCK_TEXT[block.id];
  return (
    <button type="button" ref={buttonRef} className={`arch-block${diff ? ' differs' : ''}${block.id.endsWith('residual') ? ' residual' : ''}`}
      aria-current={selected ? 'step' : undefined} tabIndex={selected ? 0 : -1} onClick={onSelect} onKeyDown={onKeyDown}>
      <span className="arch-block-title">{block.id.endsWith('residual') && <span aria-hidden="true">⊕ </span>}{text.title}</span>
      {block.tensors.length > 0 && (
        <span className="arch-block-shapes">{block.tensors.map((t) => `${t.name} ${fmt.shape(t.shape)}`).join(' · ')}</span>
      )}
      <span className="arch-block-count">
        {block.perCopy === 0n ? 'no parameters'
          : block.copies > 1 ? `${fmt.int(block.perCopy)} × ${block.copies} = ${fmt.int(block.total)}`
          : fmt.int(block.total)}
      </span>
      {diff && <span className="arch-badge"><span className="visually-hidden">Differs: </span>{diff.summary}</span>}
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
  const m = MODELS[LLAMA3_OF[size]];
  const text = BLOCK_TEXT[block.id];
  const share = total > 0n ? Number((block.total * 10n ** 12n) / total) / 1e12 : 0;
  return (
    <section className="arch-panel" aria-label={`About: ${text.title}`}>
      {/* Not a heading: its text follows the selected block, and the page outline should not. */}
      <p className="arch-h">{text.title}</p>
      <p>{text.what(m)}</p>
      <p className="arch-eq"><span className="visually-hidden">Equation: </span>{text.equation(m)}</p>
      {block.tensors.length > 0 ? (
        <DataTable className="arch-tensors" caption={<>Weights of {text.title} in {m.name}</>}>
          <thead><tr><th scope="col">Tensor</th><th scope="col">Shape</th><th scope="col">Parameters</th></tr></thead>
          <tbody>
            {block.tensors.map((t) => (
              <tr key={t.name}><th scope="row"><code>{t.name}</code></th><td>{fmt.shape(t.shape)}</td><td>{fmt.int(t.params)}</td></tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{block.copies > 1 ? `× ${block.copies} layers` : 'In the model'}</th>
              <td>{fmt.int(block.total)}</td>
            </tr>
          </tfoot>
        </DataTable>
      ) : (
        <p className="arch-muted">No weights: this block only computes.</p>
      )}
      {block.total > 0n && (
        <p className="arch-small">{fmt.percent(share)} of the {fmt.int(total)} parameters of {m.name}.</p>
      )}
      <p className="arch-io"><span className="arch-muted">Activations: </span>{block.io}</p>
      {diff && (
        <div className="arch-diff">
          <p><strong>Compared with {against}:</strong> {diff.detail}</p>
          <p className="arch-cite">Source: <Cite text={diff.cite} /></p>
        </div>
      )}
      <p className="arch-cite">Source: <Cite text={text.cite} /></p>
      <p className="arch-cite">Shapes of {m.name}{m.earlier ? ` (the same as ${m.earlier.name}, ${m.earlier.date})` : ''}: <Cite text={m.source} />; every count here is computed from them.</p>
    </section>
  );
}

// ── Micro forward pass ──────────────────────────────────────────────────────────────────────────

function stageLabel(p: Position): string {
  const t = BLOCK_TEXT[p.block].title;
  return isLayerBlock(p.block) ? `Layer ${p.layer} · ${t}` : t;
}

const STAGE_OPTIONS = STAGES.map((s, i) => ({ value: String(i), label: `${i + 1}. ${stageLabel(s)}` }));

function MicroPass({ state, pos, onChange }: { state: State; pos: Position; onChange: (patch: Partial<State>) => void }) {
  const fmt = useFormat();
  const { input, trace } = useMemo(() => runMicro(state.text, state.seed), [state.text, state.seed]);
  const i = stageIndex(pos);
  const data = stageData(trace, pos, state.head);
  const textId = useId();
  const go = (k: number) => { const p = stageAt(k); onChange({ block: p.block, layer: p.layer }); };
  const [wrapRef, width] = useWidth(560);
  const unknownText = input.unknownCount > 0
    ? `${input.unknownCount} character${input.unknownCount === 1 ? ' is' : 's are'} not in the micro vocabulary and became <unk>.`
    : '';
  useAnnounce(`Stage ${data.index + 1} of ${data.total}: ${data.title}`);
  useAnnounce(unknownText);

  return (
    <section className="arch-micro" aria-labelledby={`${textId}-h`}>
      <WidgetHeading className="arch-h" id={`${textId}-h`}>A real forward pass through a micro Llama 3</WidgetHeading>
      <p className="arch-warn"><strong>Untrained weights:</strong> the point is the shapes and the flow, not the answer.</p>
      <p className="arch-muted arch-small">
        The same blocks at toy size: d = {MICRO_CONFIG.dim}, {MICRO_CONFIG.heads} query heads sharing {MICRO_CONFIG.kvHeads} key/value
        heads of {MICRO_CONFIG.headDim}, {MICRO_CONFIG.layers} layers, SwiGLU width {MICRO_CONFIG.ffnDim}, θ = {fmt.int(MICRO_CONFIG.ropeTheta)},
        ε = {fmt.sci(MICRO_CONFIG.normEps, { digits: 1 })}; {MICRO_CONFIG.vocab} tokens (lowercase letters, digits, space, punctuation);
        {' '}{fmt.int(microParameterCount())} random weights from seed {state.seed}.
      </p>

      <TextArea className="arch-input" singleLine label={<>Input text (up to {MAX_TEXT_CHARS} characters)</>} value={state.text}
        onChange={(text) => onChange({ text })} max={MAX_TEXT_CHARS} overCap="cut"
        count={(chars, max) => `${chars} of ${max} characters; the model sees BOS + ${chars} = ${chars + 1} tokens.`}>
        {input.unknownCount > 0 && (
          <p className="arch-flag">
            {input.unknownCount} character{input.unknownCount === 1 ? ' is' : 's are'} not in the micro vocabulary and became &lt;unk&gt; (marked below).
          </p>
        )}
      </TextArea>
      <TokenStrip tokens={input.tokens} />

      <StepControls label="Steps of the forward pass" className="arch-stepper" atStart={i === 0} atEnd={i === STAGES.length - 1}
        nextLabel="Step" onBack={() => go(i - 1)} onNext={() => go(i + 1)} onReset={() => go(0)}>
        <Select label="Stage" value={String(i)} options={STAGE_OPTIONS} onChange={(v) => go(Number(v))} />
        <button type="button" onClick={() => onChange({ seed: state.seed >= 999_999 ? 1 : state.seed + 1 })}>New random weights</button>
      </StepControls>

      <div className="arch-stage" ref={wrapRef}>
        <p className="arch-stage-title"><span className="arch-muted">Stage {data.index + 1} of {data.total}:</span> {data.title}</p>
        {pos.block === 'attention' && (
          <Segmented legend="Query head" value={String(Math.min(Math.max(1, state.head), MICRO_CONFIG.heads))}
            options={Array.from({ length: MICRO_CONFIG.heads }, (_, h) => ({ value: String(h + 1), label: String(h + 1) }))}
            onChange={(h) => onChange({ head: Number(h) })} />
        )}
        {data.panels.map((p) => <Heatmap key={p.id} panel={p} tokens={input.tokens} width={width} />)}
        {pos.block === 'lm-head' && <TopK trace={trace} tokens={input.tokens} />}
        <ul className="arch-checks">{data.checks.map((c) => <li key={c}>{c}</li>)}</ul>
        <p className="visually-hidden">{describeStage(trace, input, pos, state.head)}</p>
      </div>
    </section>
  );
}

function TokenStrip({ tokens }: { tokens: MicroToken[] }) {
  return (
    <ol className="arch-tokens" aria-label="Tokens">
      {tokens.map((t) => (
        <li key={t.position} className={t.unknown ? 'unk' : t.position === 0 ? 'bos' : undefined}>
          <span className="arch-tok">{t.label}</span>
          <span className="arch-tokid">{t.unknown ? '<unk>' : t.id}</span>
        </li>
      ))}
    </ol>
  );
}

function TopK({ trace, tokens }: { trace: ForwardTrace; tokens: MicroToken[] }) {
  const fmt = useFormat();
  const T = trace.ids.length;
  const top = topK(trace, T - 1, 8);
  const last = tokens[T - 1]!;
  return (
    <div className="arch-topk">
      <p className="arch-panel-title">Next-token probabilities after “{last.label}” (position {T - 1}), top 8 of {MICRO_CONFIG.vocab}</p>
      <ol>
        {top.map((t) => (
          <li key={t.id}>
            <span className="arch-topk-label">{t.label}</span>
            <span className="arch-topk-bar" aria-hidden="true"><span style={{ width: `${Math.max(0.5, t.p * 100)}%` }} /></span>
            <span className="arch-topk-p">{fmt.percent(t.p, { digits: 1 })}</span>
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
      const q = tokens[y], k = tokens[x];
      const w = value(x, y);
      return `Query ${y} “${q?.label ?? ''}” → key ${x} “${k?.label ?? ''}”: weight ${fmt.decimal(w, { digits: 4 })}${x > y ? ' (masked: a later token)' : ''}`;
    }
    const t = tokens[x];
    const where = panel.colLabels ? `score for “${panel.colLabels[y] ?? ''}”`
      : panel.group ? `head ${Math.floor(y / panel.group) + 1}, number ${(y % panel.group) + 1}` : `number ${y + 1} of ${ny}`;
    return `Token ${x} “${t?.label ?? ''}”, ${where}: ${fmt.decimal(value(x, y), { digits: 3 })}`;
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
      <p className="arch-panel-title">{panel.title} <span className="arch-muted">{panel.shape}</span></p>
      <div className="arch-heat-box" onFocus={() => { if (!cursor) setCursor([0, 0]); }}>
        <HeatmapGrid rows={ny} cols={nx} cell={{ row: cy ?? 0, col: cx ?? 0 }} onMove={(c) => setCursor([c.col, c.row])}
          label={`${panel.title}, ${panel.shape}`} cellText={(c) => readout(c.col, c.row)}
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
                <text key={`g${g}`} x={GUTTER_L - 4} y={GUTTER_T + g * panel.group! * ch + 9} className="arch-axis" textAnchor="end">h{g + 1}</text>
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
        {cx !== null && cy !== null ? readout(cx, cy) : 'Point at, tap or focus the map (then use the arrow keys) to read a value.'}
      </p>
      <p className="arch-legend arch-muted">
        {att ? <>Darker = more weight (0 to 1; intensity is √weight so small weights stay visible). The shaded triangle above the diagonal is masked: later tokens.</>
          : <><Swatch className="n" hatchId={hatchId} />negative (striped), <Swatch className="p" />positive (solid); full colour = ±{fmt.decimal(scale, { digits: 3 })}.</>}
      </p>
      <DataDetails className="arch-data" summary={<>Data: {panel.title}</>}>
        <Data panel={panel} tokens={tokens} />
      </DataDetails>
    </div>
  );
}

function Data({ panel, tokens }: { panel: StagePanel; tokens: MicroToken[] }) {
  const fmt = useFormat();
  const m = panel.matrix;
  const att = panel.kind === 'attention';
  const rows = Array.from({ length: m.rows }, (_, i) => i);
  const cols = Array.from({ length: m.cols }, (_, j) => j);
  return (
    <DataTable scrollClassName="arch-table-wrap" scroll={`${panel.title}, as numbers`} caption={<>{panel.title}, {panel.shape}</>}>
      <thead>
        <tr>
          <th scope="col">{att ? 'Query \\ key' : 'Token'}</th>
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

export default island(meta, ArchitectureExplorerView);
