// View of document-mask: sequence length, where the document lengths come from (illustrative presets, seeded draws or
// the reader's list), a seed and an optional highlighted token; the packing rule and what it did; the exact counts;
// the causal mask and the causal + document mask side by side (stacked on a phone), aggregated exactly; the packed
// documents as a table; and a real attention head on a small packed sequence whose later-document output does not
// move when document 1 changes. The mask geometry is memoised on the result, so the demo's controls do not redraw it.
import { memo, useMemo, useState } from 'react';
import { useAnnounce } from '../../components/announce';
import { CitedText } from '../../components/Cite';
import {
  DataDetails, DataTable, HEAT_LEVELS, HeatCells, NumberField, Segmented, Slider, SliderField, Toggle, useHydrated,
} from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useWidth } from '../../components/useWidth';
import { useFormat, useMessages } from '../../i18n/react';
import { causalPairs } from '../../lib/llama';
import type { Format } from '../../lib/format';
import type { AdjustedField } from '../../lib/urlState';
import type { ViewProps } from '../types';
import { MIN_WIDTH, boundaryPath, documentLabels, maskLayers, matrixFrame, tokenRowBox } from './chart';
import { messages, type DocumentMaskMessages, type MaskKind } from './messages';
import { meta, type fields } from './meta';
import {
  DEMO, DEMO_DEFAULT_TOKEN, DEMO_DOC_OF, DEMO_FIRST_LATER, DEMO_TOKENS, LIMITS, PRESETS, SEQ_STEPS, computeDemo, computeMask,
  documentOf, drawnBoundaries, formatDocList, nearestStep, parseDocList, readInt, sourceList, tokenAdjustment, tokenRow, type FieldRefusal, type ListError, type MaskOk,
} from './model';
import './documentMask.css';

type State = ViewProps<typeof fields>['state'];
type OnChange = ViewProps<typeof fields>['onChange'];

/** Width of one matrix before its panel is measured (server render), px: half of a 640 px widget. */
const DEFAULT_WIDTH = 300;
/** Rows of the documents table at most. */
const TABLE_ROWS = 200;

export function DocumentMaskView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  // The masks do not depend on the token: moving it recomputes only its row, and the matrices keep their paths.
  const masks = useMemo(() => computeMask({ ...state, token: undefined }), [state.seqLen, state.preset, state.docs, state.seed]);
  const result = useMemo(() => (masks.ok && state.token !== undefined
    ? { ...masks, token: tokenRow(masks.offsets, Math.min(state.token, state.seqLen - 1)) } : masks), [masks, state.token, state.seqLen]);
  useAnnounce(result.ok ? t.announce(result, fmt) : `${t.impossible} ${result.issues.map((i) => t.issue(i, fmt)).join(' ')}`);
  return (
    <div className="document-mask">
      <Controls state={state} onChange={onChange} r={result.ok ? result : null} />
      <p className="dm-rule">{t.packingRule} <strong>{t.illustrative}</strong></p>
      {result.ok ? <Results r={result} /> : (
        <div className="dm-invalid" role="note">
          <p><strong>{t.impossible}</strong></p>
          <ul>{result.issues.map((i) => t.issue(i, fmt)).map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      <Demo seed={state.seed} />
      <p className="dm-sources"><CitedText parts={t.sources(fmt)} /></p>
    </div>
  );
}

// ── Controls ────────────────────────────────────────────────────────────────────────────────────

function Controls({ state, onChange, r }: { state: State; onChange: OnChange; r: MaskOk | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const intField = (what: 'seqLen' | 'seed' | 'token', limits: { min: number; max: number }) => ({
    parse: (text: string) => readInt(text, limits),
    errorText: (e: FieldRefusal) => t.fieldError(what, e, fmt),
  });
  // The list the field shows: the typed one, else the preset's (for random, the drawn lengths).
  const source = sourceList(state);
  const listText = state.docs !== '' ? state.docs : source.list.ok ? formatDocList(source.list.lengths) : '';
  const tokenMax = state.seqLen - 1;
  const token = state.token === undefined ? undefined : Math.min(state.token, tokenMax);
  const docOf = (i: number) => (r ? documentOf(r.offsets, Math.min(i, r.seqLen - 1)) : 0);
  return (
    <div className="dm-controls">
      <SliderField
        className="dm-seqlen"
        value={state.seqLen}
        onChange={(seqLen) => onChange({ seqLen })}
        slider={{
          label: t.seqLenSlider, min: 0, max: SEQ_STEPS.length - 1,
          position: nearestStep, valueAt: (p) => SEQ_STEPS[p]!, format: (v) => t.tokens(v, fmt),
        }}
        field={{ label: t.seqLenField, ...intField('seqLen', LIMITS.seqLen), format: fmt.int, width: '9ch' }}
      />
      <Segmented
        legend={t.presetLegend}
        value={state.docs !== '' ? 'custom' : state.preset}
        options={PRESETS.map((p) => ({ value: p, label: t.presetOption[p] }))}
        // "Your list" starts from the lengths on screen; a preset clears the typed list.
        onChange={(preset) => onChange(preset !== 'custom' ? { preset, docs: '' }
          : state.docs !== '' || state.preset === 'custom' ? {} : { preset, docs: listText })}
      />
      <div className="dm-docs">
        <NumberField<string, ListError>
          label={t.docsField}
          value={listText}
          parse={(text) => { const p = parseDocList(text); return p.ok ? { ok: true, value: formatDocList(p.lengths) } : p; }}
          onChange={(docs) => onChange({ docs, preset: 'custom' })}
          errorText={(e) => t.listError(e, fmt)}
          inputMode="text"
          width="100%"
        />
      </div>
      <div className="dm-row">
        <NumberField label={t.seedField} value={state.seed} onChange={(seed) => onChange({ seed })} format={String} width="12ch"
          {...intField('seed', LIMITS.seed)} />
        <Toggle label={t.tokenToggle} checked={token !== undefined}
          onChange={(on) => onChange({ token: on ? Math.min(tokenMax, Math.floor(state.seqLen * 0.6)) : undefined })} />
      </div>
      {token !== undefined && (
        <SliderField
          className="dm-token"
          value={token}
          onChange={(v) => onChange({ token: v })}
          slider={{
            label: t.tokenSlider, min: 0, max: tokenMax, position: (v) => v, valueAt: (p) => p,
            format: (v) => (r ? t.tokenValue(v, docOf(v), fmt) : fmt.int(v)),
          }}
          field={{ label: t.tokenField, ...intField('token', { min: 0, max: tokenMax }), format: fmt.int, width: '9ch' }}
        />
      )}
    </div>
  );
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────

function Results({ r }: { r: MaskOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const boundaries = drawnBoundaries(r.offsets);
  return (
    <div className="dm-results">
      <p className="dm-packing">{t.packingSummary(r.packing, r.list.length, r.seqLen, fmt)}</p>
      <Counts r={r} />
      {r.token && <p className="dm-headline">{t.tokenSees(r.token, fmt)}</p>}
      <Legend />
      <div className="dm-matrices">
        <Matrix r={r} kind="causal" boundaries={boundaries} />
        <Matrix r={r} kind="document" boundaries={boundaries} />
      </div>
      <ul className="dm-notes">
        <li>{t.aggregationNote(r, fmt)}</li>
        {boundaries === null && <li>{t.boundariesHidden(r.packing.lengths.length, fmt)}</li>}
      </ul>
      <Documents r={r} />
    </div>
  );
}

function Counts({ r }: { r: MaskOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.countsColumns;
  return (
    <DataTable className="dm-counts" caption={t.countsCaption}>
      <thead><tr><th scope="col">{c.mask}</th><th scope="col">{c.pairs}</th><th scope="col">{c.share}</th></tr></thead>
      <tbody>
        <tr><th scope="row">{t.maskName.causal}</th><td>{fmt.int(r.causalPairs)}</td><td>{fmt.percent(1)}</td></tr>
        <tr><th scope="row">{t.maskName.document}</th><td>{fmt.int(r.documentPairs)}</td><td>{fmt.percent(1 - r.removed)}</td></tr>
        <tr className="dm-removed"><th scope="row">{t.removedRow}</th><td>{fmt.int(r.causalPairs - r.documentPairs)}</td><td>{fmt.percent(r.removed)}</td></tr>
      </tbody>
    </DataTable>
  );
}

function Legend() {
  const t = useMessages(messages);
  const sw = (body: React.ReactNode) => <svg className="dm-swatch" viewBox="0 0 16 12" aria-hidden="true" focusable="false">{body}</svg>;
  return (
    <ul className="dm-legend">
      <li>{sw(<rect className="dm-cell-key" width={16} height={12} />)}{t.legendFull}</li>
      <li>{sw(<rect className="dm-cell-key" width={16} height={12} fillOpacity={5 / HEAT_LEVELS} />)}{t.legendPartial}</li>
      <li>{sw(<rect className="dm-frame" x={0.5} y={0.5} width={15} height={11} />)}{t.legendMasked}</li>
      <li>{sw(<><line className="dm-boundary-halo" x1={8} x2={8} y1={0} y2={12} /><line className="dm-boundary" x1={8} x2={8} y1={0} y2={12} /></>)}{t.legendBoundary}</li>
      <li>{sw(<TokenBox x={1.5} y={3} w={13} h={6} />)}{t.legendToken}</li>
    </ul>
  );
}

/** The highlighted row (or key): an amber outline on a paper-coloured halo, so it stands out on cells and background alike. */
function TokenBox({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return (
    <>
      <rect className="dm-token-halo" x={x} y={y} width={w} height={h} />
      <rect className="dm-token-box" x={x} y={y} width={w} height={h} />
    </>
  );
}

const Matrix = memo(function Matrix({ r, kind, boundaries }: { r: MaskOk; kind: MaskKind; boundaries: number[] | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const f = matrixFrame(width);
  const counts = kind === 'causal' ? r.grid.causal : r.grid.document;
  const layers = useMemo(() => maskLayers(r.grid, counts, f), [r.grid, counts, f.size]);
  const lines = useMemo(() => (boundaries ? boundaryPath(boundaries, r.seqLen, f) : ''), [boundaries, r.seqLen, f.size]);
  const labels = boundaries ? documentLabels(r.offsets, f) : [];
  const tok = r.token;
  const box = tok ? tokenRowBox(tok.index, kind === 'causal' ? 0 : tok.docStart, r.seqLen, f) : null;
  return (
    <figure className="dm-matrix" ref={ref}>
      <figcaption className="dm-matrix-title">{t.maskName[kind]}</figcaption>
      <svg className="dm-svg" viewBox={`0 0 ${f.width} ${f.height}`} width="100%" height={f.height} role="img" aria-label={t.chartLabel(kind, r, fmt)}>
        <text className="dm-axis" x={f.x0} y={11}>{t.axisKeys}</text>
        <text className="dm-axis" transform={`translate(${f.x0 - 12} ${f.y0}) rotate(90)`}>{t.axisQueries}</text>
        <rect className="dm-frame" x={f.x0 - 0.5} y={f.y0 - 0.5} width={f.size + 1} height={f.size + 1} />
        <g aria-hidden="true">
          <HeatCells layers={layers} classes={{ p: 'dm-cell', n: 'dm-cell' }} />
          {lines && <><path className="dm-boundary-halo" d={lines} /><path className="dm-boundary" d={lines} /></>}
          {labels.map((l) => <text key={l.doc} className="dm-doc-label" x={l.x} y={f.y0 - 5} textAnchor="middle">{t.docLabel(l.doc, fmt)}</text>)}
          {box && <TokenBox x={box.x} y={box.y} w={box.w} h={box.h} />}
        </g>
      </svg>
    </figure>
  );
});

function Documents({ r }: { r: MaskOk }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.tableColumns;
  const n = r.packing.lengths.length;
  const last = r.packing.cut ? n - 1 : -1;
  return (
    <DataDetails className="dm-data" summary={t.tableSummary}>
      <DataTable scroll={t.tableCaption} caption={t.tableCaption}>
        <thead>
          <tr>{[c.doc, c.first, c.last, c.length, c.pairs].map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {r.packing.lengths.slice(0, TABLE_ROWS).map((l, d) => (
            <tr key={d} className={r.token?.doc === d ? 'is-current' : undefined}>
              <th scope="row">{t.docLabel(d, fmt)}</th>
              <td>{fmt.int(r.offsets[d]!)}</td>
              <td>{fmt.int(r.offsets[d + 1]! - 1)}</td>
              <td>{fmt.int(l)}{d === last && r.packing.cut ? ` (${t.cutNote(r.packing.cut.listLength, fmt)})` : ''}</td>
              <td>{fmt.int(causalPairs(l))}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {n > TABLE_ROWS && <p className="dm-table-note">{t.tableTruncated(TABLE_ROWS, n, fmt)}</p>}
    </DataDetails>
  );
}

// ── The attention demo ──────────────────────────────────────────────────────────────────────────

function Demo({ seed }: { seed: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const hydrated = useHydrated();
  const [version, setVersion] = useState(0);
  const [token, setToken] = useState(DEMO_DEFAULT_TOKEN);
  const [reset, setReset] = useState(false);
  const d = useMemo(() => computeDemo(seed, version, token), [seed, version, token]);
  const [acted, setActed] = useState(false);
  useAnnounce(acted ? t.demoAnnounce(d.diffMasked, d.diffUnmasked, fmt) : '');
  return (
    <div className="dm-demo">
      <p className="dm-demo-head">{t.demoHeading}</p>
      <p className="dm-demo-intro">{t.demoIntro(DEMO.docs, DEMO.headDim, DEMO.base, fmt)}</p>
      <div className="dm-demo-controls">
        <div className="dm-demo-edit">
          <button type="button" className="dm-button" onClick={() => { setVersion((v) => v + 1); setActed(true); }}>{t.demoEdit}</button>
          <p className="dm-demo-version">{t.demoVersion(version, fmt)}</p>
        </div>
        <Slider label={t.demoTokenSlider} value={token} min={DEMO_FIRST_LATER} max={DEMO_TOKENS - 1}
          onChange={(v) => { setToken(v); setActed(true); }} format={(v) => t.demoTokenValue(v, DEMO_DOC_OF[v]!, fmt)} />
      </div>
      <Strip kind="masked" weights={d.weights.masked} token={d.token} hydrated={hydrated}
        caption={<strong>{t.demoMasked(d.diffMasked, fmt)}</strong>} />
      <Strip kind="unmasked" weights={d.weights.unmasked} token={d.token} hydrated={hydrated}
        caption={t.demoUnmasked(d.diffUnmasked, d.outputNorm, hydrated, fmt)} />
      <Toggle label={t.demoResetToggle} checked={reset} onChange={setReset} />
      {reset && <p className="dm-demo-result">{t.demoReset(d.resetScoreDiff, d.resetOutputDiff, hydrated, fmt)}</p>}
    </div>
  );
}

/** One token's attention weights over the demo's keys, one cell per key, documents separated and numbered. */
function Strip({ kind, weights, token, hydrated, caption }: {
  kind: 'masked' | 'unmasked'; weights: Float64Array; token: number; hydrated: boolean; caption: React.ReactNode;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const n = DEMO_TOKENS, cw = 12, h = 16, top = 14, width = n * cw + 2;
  let onDoc1 = 0;
  for (let j = 0; j < DEMO_FIRST_LATER; j++) onDoc1 += weights[j]!;
  const layers = useMemo(() => {
    const byLevel = new Map<number, string[]>();
    for (let j = 0; j < n; j++) {
      const w = weights[j]!;
      if (w <= 0) continue;
      const level = Math.max(1, Math.round(Math.sqrt(w) * HEAT_LEVELS));
      const list = byLevel.get(level) ?? [];
      list.push(`M${1 + j * cw} ${top}h${cw}v${h}h${-cw}z`);
      byLevel.set(level, list);
    }
    return [...byLevel.entries()].sort((a, b) => a[0] - b[0])
      .map(([level, d]) => ({ sign: 'p' as const, level, opacity: level / HEAT_LEVELS, d: d.join(''), cells: d.length }));
  }, [weights]);
  let start = 0;
  const docs = DEMO.docs.map((l, i) => { const s = start; start += l; return { i, s, l }; });
  return (
    <figure className="dm-strip">
      <figcaption className="dm-demo-result">{caption}</figcaption>
      <svg viewBox={`0 0 ${width} ${top + h + 2}`} width="100%" style={{ maxWidth: `${width * 1.6}px` }} role="img"
        aria-label={t.demoStripLabel(kind, onDoc1, hydrated, fmt)}>
        <g aria-hidden="true">
          {docs.map((d) => <text key={d.i} className="dm-doc-label" x={1 + (d.s + d.l / 2) * cw} y={10} textAnchor="middle">{t.docLabel(d.i, fmt)}</text>)}
          <rect className="dm-frame" x={0.5} y={top - 0.5} width={n * cw + 1} height={h + 1} />
          <HeatCells layers={layers} classes={{ p: 'dm-cell', n: 'dm-cell' }} />
          {docs.slice(1).map((d) => <line key={d.i} className="dm-boundary-strong" x1={1 + d.s * cw} x2={1 + d.s * cw} y1={top - 3} y2={top + h + 1} />)}
          <TokenBox x={1 + token * cw} y={top} w={cw} h={h} />
        </g>
      </svg>
    </figure>
  );
}

/** URL values valid alone that the widget changes or does not use: a token past the sequence, a preset a list overrides. */
function adjust(state: State, words: DocumentMaskMessages, f: Format): AdjustedField[] {
  const out: AdjustedField[] = [];
  const to = tokenAdjustment(state);
  if (to !== null) out.push({ key: 'token', value: String(state.token), to: String(to), reason: words.tokenAdjusted(state.seqLen, f) });
  if (state.docs !== '' && state.preset !== 'custom') out.push({ key: 'preset', value: state.preset, to: null, reason: words.presetOverridden });
  return out;
}

export default island(meta, DocumentMaskView, { messages, adjust });
