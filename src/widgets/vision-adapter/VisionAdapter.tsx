// View of vision-adapter: the controls (model, a named image size or width × height, the reader's own image file
// measured in the browser, the gate), the label that keeps the paper's set-up apart from the released Llama 3.2
// Vision, the result line (announced), the tiling drawn to scale with the code's rule in words, tokens per tile and per
// image, the layer strip with Meta's and Hugging Face's indices, the parameters the blocks add, the image's KV memory
// as cross-attention K/V against LLaVA-style tokens in the context, and the "gate = 0" demonstration (the tiny block's
// output beside the text path, its max |difference| as a number and a dot plot, with a data table). Everything is
// arithmetic on the main thread (well under a millisecond per update), so there is no worker and no pending state.
import { memo, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useAnnounce } from '../../components/announce';
import { DataDetails, DataTable, HatchPattern, NumberField, Select, Slider, Swatch, svgId, type Parsed } from '../../components/kit';
import { useWidth } from '../../components/useWidth';
import { island } from '../../components/WidgetShell';
import { useFormat, useMessages } from '../../i18n/react';
import { readBoundedField, type FieldRefusal } from '../../lib/text';
import type { ViewProps } from '../types';
import { IMAGE_URLS } from './images';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  IMAGE_IDS, IMAGE_SIZES, LIMITS, VISION_MODEL_IDS, checkFileSize, computeVision, gateDemo, imageSize, presetOf,
  type GateResult, type PresetImageId, type VisionResult, type VisionState,
} from './model';
import './visionAdapter.css';

type Side = 'width' | 'height';
const readSide = (field: Side) => (text: string): Parsed<number, FieldRefusal<Side>> => readBoundedField(text, field, LIMITS.side);
const readWidth = readSide('width');
const readHeight = readSide('height');

/** The reader's file: its size and a decoded bitmap for the thumbnail (never uploaded, never given a URL). */
interface OwnImage { width: number; height: number; bitmap: ImageBitmap }
type FileNote = { kind: 'read'; width: number; height: number } | { kind: 'error'; code: 'decode' | 'empty' | 'tooLarge' };

export function VisionAdapterView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { model, image, width, height, gate } = state;
  const s: VisionState = { model, image, width, height, gate };
  const r = useMemo(() => computeVision({ model, image, width, height, gate: 0 }), [model, image, width, height]);
  const g = useMemo(() => gateDemo(gate), [gate]);
  const line = t.result(r, fmt);
  useAnnounce(line);
  useAnnounce(t.gateResult(g, fmt));

  const [own, setOwn] = useState<OwnImage | null>(null);
  const [note, setNote] = useState<FileNote | null>(null);
  const noteText = note === null ? '' : note.kind === 'read' ? t.fileRead(note.width, note.height, fmt) : t.fileError(note.code, fmt);
  useAnnounce(noteText);
  const fileHintId = useId();
  const fileId = useId();
  useEffect(() => () => own?.bitmap.close(), [own]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    let bitmap: ImageBitmap;
    try {
      // Decoded here, in the browser: no request, no URL (createImageBitmap reads the File's bytes).
      bitmap = await createImageBitmap(file);
    } catch {
      setNote({ kind: 'error', code: 'decode' });
      return;
    }
    const check = checkFileSize(bitmap.width, bitmap.height);
    if (!check.ok) {
      bitmap.close();
      setNote({ kind: 'error', code: check.code });
      return;
    }
    setOwn({ width: bitmap.width, height: bitmap.height, bitmap });
    setNote({ kind: 'read', width: bitmap.width, height: bitmap.height });
    onChange({ image: 'custom', width: bitmap.width, height: bitmap.height });
  };

  const shown = imageSize(s);
  const showThumb = own !== null && image === 'custom' && own.width === width && own.height === height;
  return (
    <div className="vision-adapter">
      <div className="va-controls">
        <div className="va-row">
          <Select label={t.modelLabel} value={model}
            options={VISION_MODEL_IDS.map((id) => ({ value: id, label: t.modelOption(id, presetOf(id), fmt) }))}
            onChange={(v) => onChange({ model: v })} />
          <Select label={t.imageLabel} value={image}
            options={IMAGE_IDS.map((id) => {
              const sz = id === 'custom' ? { width, height } : IMAGE_SIZES[id];
              return { value: id, label: t.imageOption(id, sz.width, sz.height, fmt) };
            })}
            onChange={(v) => onChange(v === 'custom' ? { image: v, ...shown } : { image: v })} />
          <NumberField<number, FieldRefusal<Side>> label={t.widthLabel} value={shown.width} parse={readWidth}
            errorText={(e) => t.sideError(e, fmt)} width="7ch" format={(v) => String(v)}
            onChange={(v) => onChange({ image: 'custom', width: v, height: shown.height })} />
          <NumberField<number, FieldRefusal<Side>> label={t.heightLabel} value={shown.height} parse={readHeight}
            errorText={(e) => t.sideError(e, fmt)} width="7ch" format={(v) => String(v)}
            onChange={(v) => onChange({ image: 'custom', width: shown.width, height: v })} />
          <div className="ctl va-file">
            <p id={`${fileId}-cap`} className="ctl-label">{t.fileLabel}</p>
            {/* The native input is visually hidden (its button would speak the browser's language); its label is the button. */}
            <input id={fileId} className="va-file-input" type="file" accept="image/*" aria-describedby={`${fileId}-cap ${fileHintId}`}
              onChange={(e) => { void onFile(e); }} />
            <label htmlFor={fileId} className="va-file-button">{t.fileButton}</label>
            <p id={fileHintId} className="ctl-hint">{t.fileHint}</p>
          </div>
        </div>
        {note && <p className={note.kind === 'error' ? 'ctl-error va-file-note' : 'va-file-note'}>{noteText}</p>}
      </div>

      <p className="va-kind"><span className={`va-badge va-badge-${r.preset.kind}`}>{t.kindBadge(r.preset)}</span> {t.kindLine(r, fmt)}</p>
      <p className="va-result">{line}</p>

      <Tiling r={r} thumb={showThumb ? own.bitmap : null} picture={image === 'custom' ? null : image} />
      <Layers r={r} />
      <section className="va-section" aria-labelledby={`${fileId}-p`}>
        <h3 className="va-subhead" id={`${fileId}-p`}>{t.paramsHeading}</h3>
        {t.paramsLines(r, fmt).map((l) => <p key={l}>{l}</p>)}
      </section>
      <Kv r={r} />
      <Gate g={g} onGate={(v) => onChange({ gate: v })} />

      <DataDetails className="va-notes" summary={t.notesSummary}>
        <ul>{t.notes(fmt).map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <p className="va-sources">{t.sources}</p>
    </div>
  );
}

// ── Tiling, drawn to scale ──────────────────────────────────────────────────────────────────────

const BOX = { w: 220, h: 180 };

/**
 * The canvas to scale: padding hatched, the image's place filled, and, for a named image, its bundled picture drawn
 * into that place (resized as the code resizes it; the <image> is rendered, and so requested, only once picked), then
 * the tile edges dashed over it.
 */
const Tiling = memo(function Tiling({ r, thumb, picture }: { r: VisionResult; thumb: ImageBitmap | null; picture: PresetImageId | null }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const headId = useId();
  const hatch = svgId(useId(), 'va-hatch');
  const { tiling, preset } = r;
  const k = Math.min(BOX.w / tiling.canvasWidth, BOX.h / tiling.canvasHeight);
  const cw = tiling.canvasWidth * k, ch = tiling.canvasHeight * k, tile = preset.tile * k;
  const pad = 1;
  return (
    <section className="va-section" aria-labelledby={headId}>
      <h3 className="va-subhead" id={headId}>{t.tilingHeading}</h3>
      <div className="va-tiling-body">
        <div className="va-tiling-pic">
          <div className="va-tiling">
            <svg className="va-canvas" viewBox={`0 0 ${cw + 2 * pad} ${ch + 2 * pad}`} width={cw + 2 * pad} height={ch + 2 * pad}
              role="img" aria-label={picture ? `${t.tilingLabel(r, fmt)} ${t.pictureLabel(picture)}` : t.tilingLabel(r, fmt)}>
              <defs><HatchPattern id={hatch} /></defs>
              <rect className="va-pad" x={pad} y={pad} width={cw} height={ch} />
              <rect x={pad} y={pad} width={cw} height={ch} fill={`url(#${hatch})`} />
              <rect className="va-img" x={pad} y={pad} width={tiling.width * k} height={tiling.height * k} />
              {picture && (
                <>
                  <image className="va-picture" href={IMAGE_URLS[picture]} x={pad} y={pad} width={tiling.width * k} height={tiling.height * k}
                    preserveAspectRatio="none" />
                  {/* The image's colour as its outline, so the key's "resized image" still names it. */}
                  <rect className="va-picture-edge" x={pad + 1} y={pad + 1} width={Math.max(0, tiling.width * k - 2)} height={Math.max(0, tiling.height * k - 2)} />
                </>
              )}
              {Array.from({ length: tiling.across * tiling.down }, (_, i) => (
                <g key={i}>
                  <rect className="va-tile-under" x={pad + (i % tiling.across) * tile} y={pad + Math.floor(i / tiling.across) * tile} width={tile} height={tile} />
                  <rect className="va-tile" x={pad + (i % tiling.across) * tile} y={pad + Math.floor(i / tiling.across) * tile} width={tile} height={tile} />
                </g>
              ))}
            </svg>
            {thumb && <Thumb bitmap={thumb} caption={t.thumbCaption} />}
          </div>
          <ul className="va-key">
            <li><Swatch className="va-img" /> {t.keyImage}</li>
            <li><Swatch className="va-pad" hatchId={hatch} /> {t.keyPadding}</li>
            <li><span className="va-key-tile" aria-hidden="true" /> {t.keyTile}</li>
          </ul>
        </div>
        <div className="va-tiling-text">
          {t.tilingLines(r, fmt).map((l) => <p key={l} className="va-num">{l}</p>)}
          <p className="va-rule">{t.ruleLine(r, fmt)}</p>
          {t.tokenLines(r, fmt).map((l) => <p key={l} className="va-num">{l}</p>)}
        </div>
      </div>
    </section>
  );
});

/** The reader's image, drawn into a canvas from its decoded bitmap (no URL, no request). */
function Thumb({ bitmap, caption }: { bitmap: ImageBitmap; caption: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const k = Math.min(1, 120 / bitmap.width, 90 / bitmap.height);
  const w = Math.max(1, Math.round(bitmap.width * k)), h = Math.max(1, Math.round(bitmap.height * k));
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, w, h);
    try { ctx.drawImage(bitmap, 0, 0, w, h); } catch { /* a closed bitmap draws nothing */ }
  }, [bitmap, w, h]);
  return (
    <figure className="va-thumb">
      <canvas ref={ref} width={w} height={h} aria-hidden="true" />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

// ── Layer strip ─────────────────────────────────────────────────────────────────────────────────

const STRIP_H = 34;

const Layers = memo(function Layers({ r }: { r: VisionResult }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const headId = useId();
  const [ref, width] = useWidth(560, 200);
  const n = r.textLayers;
  const step = (width - 8) / n;
  const barW = Math.max(1, step * 0.6);
  const tri = Math.max(3, Math.min(6, step * 1.5));
  const cross = new Set(r.metaLayers);
  return (
    <section className="va-section" aria-labelledby={headId}>
      <h3 className="va-subhead" id={headId}>{t.layersHeading(r, fmt)}</h3>
      <div ref={ref} className="va-strip">
        <svg viewBox={`0 0 ${width} ${STRIP_H}`} width="100%" height={STRIP_H} role="img" aria-label={t.stripLabel(r, fmt)}>
          {Array.from({ length: n }, (_, i) => (
            <rect key={i} className="va-layer" x={4 + i * step + (step - barW) / 2} y={14} width={barW} height={STRIP_H - 16} />
          ))}
          {[...cross].map((i) => {
            // A block runs before layer i: its marker sits at the layer's left edge, pointing down.
            const x = 4 + i * step;
            return <path key={i} className="va-cross" d={`M${x - tri} 2 L${x + tri} 2 L${x} ${2 + tri * 1.6} Z`} />;
          })}
        </svg>
      </div>
      <ul className="va-key">
        <li><span className="va-key-layer" aria-hidden="true" /> {t.keySelf}</li>
        <li><svg width="12" height="10" aria-hidden="true"><path className="va-cross" d="M0 0 L12 0 L6 10 Z" /></svg> {t.keyCross}</li>
      </ul>
      <p className="va-num">{t.metaLine(r, fmt)}</p>
      <p className="va-num">{t.hfLine(r, fmt)}</p>
      <p className="va-muted">{t.placementNote(r, fmt)}</p>
    </section>
  );
});

// ── KV memory ───────────────────────────────────────────────────────────────────────────────────

const BAR_H = 16;

const Kv = memo(function Kv({ r }: { r: VisionResult }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const headId = useId();
  const hatch = svgId(useId(), 'va-kv-hatch');
  const [ref, width] = useWidth(560, 160);
  const max = Number(r.kv.inContext);
  const bar = (bytes: bigint, cls: string, label: string, fill?: string) => {
    const w = max > 0 ? (Number(bytes) / max) * (width - 2) : 0;
    return (
      <div className="va-bar">
        <p className="va-bar-label">{label}</p>
        <svg viewBox={`0 0 ${width} ${BAR_H}`} width="100%" height={BAR_H} role="img" aria-label={label}>
          <rect className={cls} x={1} y={1} width={Math.max(1, w)} height={BAR_H - 2} />
          {fill && <rect x={1} y={1} width={Math.max(1, w)} height={BAR_H - 2} fill={`url(#${fill})`} />}
        </svg>
      </div>
    );
  };
  return (
    <section className="va-section" aria-labelledby={headId}>
      <h3 className="va-subhead" id={headId}>{t.kvHeading}</h3>
      <div ref={ref} className="va-bars">
        <svg width="0" height="0" aria-hidden="true" focusable="false" className="va-defs"><defs><HatchPattern id={hatch} /></defs></svg>
        {bar(r.kv.cross, 'va-kv-cross', t.kvCrossBar(r, fmt))}
        {bar(r.kv.inContext, 'va-kv-context', t.kvContextBar(r, fmt), hatch)}
      </div>
      {t.kvLines(r, fmt).map((l) => <p key={l} className="va-num">{l}</p>)}
    </section>
  );
});

// ── Gate = 0 ────────────────────────────────────────────────────────────────────────────────────

const PLOT_H = 90;
/** A fixed vertical scale for every gate: the largest |value| of the text path and of the output at the largest gate. */
const Y_MAX = (() => {
  const far = gateDemo(LIMITS.gate.max);
  let m = 0;
  for (const rows of [far.text, far.out]) for (const row of rows) for (const v of row) m = Math.max(m, Math.abs(v));
  return m;
})();

const Gate = memo(function Gate({ g, onGate }: { g: GateResult; onGate: (v: number) => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const headId = useId();
  const [ref, width] = useWidth(560, 200);
  const dims = g.text[0]?.length ?? 0;
  const entries = g.text.flatMap((row, r) => Array.from(row, (v, i) => ({ r, i, text: v, out: g.out[r]![i]!, diff: g.diff[r]![i]! })));
  const step = (width - 16) / Math.max(1, entries.length);
  const y = (v: number) => PLOT_H / 2 - (v / Y_MAX) * (PLOT_H / 2 - 6);
  return (
    <section className="va-section" aria-labelledby={headId}>
      <h3 className="va-subhead" id={headId}>{t.gateHeading}</h3>
      <Slider label={t.gateLabel} value={g.gate} min={LIMITS.gate.min} max={LIMITS.gate.max} step={LIMITS.gate.step}
        onChange={(v) => onGate(Math.round(v * 10) / 10)} format={(v) => t.gateValue(v, fmt)} valueText={(v) => t.gateValueText(v, fmt)} />
      <p className="va-result">{t.gateResult(g, fmt)}</p>
      <div ref={ref} className="va-plot">
        <svg viewBox={`0 0 ${width} ${PLOT_H}`} width="100%" height={PLOT_H} role="img" aria-label={t.gatePictureLabel(g, fmt)}>
          <line className="va-zero" x1={0} x2={width} y1={y(0)} y2={y(0)} />
          {g.text.map((_, r) => r > 0 && <line key={r} className="va-sep" x1={8 + r * dims * step} x2={8 + r * dims * step} y1={0} y2={PLOT_H} />)}
          {entries.map((e, k) => {
            const x = 8 + (k + 0.5) * step;
            return (
              <g key={k}>
                {e.diff > 0 && <line className="va-diff" x1={x} x2={x} y1={y(e.text)} y2={y(e.out)} />}
                <circle className="va-text-dot" cx={x} cy={y(e.text)} r={3.5} />
                <rect className="va-out-dot" x={x - 2} y={y(e.out) - 2} width={4} height={4} />
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="va-key">
        <li><svg width="10" height="10" aria-hidden="true"><circle className="va-text-dot" cx={5} cy={5} r={3.5} /></svg> {t.keyTextPath}</li>
        <li><svg width="10" height="10" aria-hidden="true"><rect className="va-out-dot" x={3} y={3} width={4} height={4} /></svg> {t.keyBlockOut}</li>
        <li><svg width="10" height="10" aria-hidden="true"><line className="va-diff" x1={5} x2={5} y1={0} y2={10} /></svg> {t.keyDiff}</li>
      </ul>
      <p className="va-muted">{t.gateNote}</p>
      <DataDetails className="va-data" summary={t.gateTableSummary}>
        <DataTable caption={t.gateTableSummary} scroll={t.gateTableSummary} vertical className="va-table" scrollClassName="va-table-scroll">
          <thead><tr>{[t.gateColumns.entry, t.gateColumns.text, t.gateColumns.out, t.gateColumns.diff].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${e.r}-${e.i}`}>
                <th scope="row">{t.gateEntry(e.r, e.i, fmt)}</th>
                <td>{fmt.decimal(e.text, { digits: 4 })}</td><td>{fmt.decimal(e.out, { digits: 4 })}</td><td>{fmt.decimal(e.diff, { digits: 4 })}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </DataDetails>
    </section>
  );
});

export default island(meta, VisionAdapterView, { messages });
