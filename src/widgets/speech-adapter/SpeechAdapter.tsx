// View of speech-adapter: the seconds slider, the bundled sample or the reader's own audio file (decoded in the
// browser, below), the timeline from 10 ms mel frames to 80 ms language-model tokens with its counts (drawn at
// once: arithmetic on the ◐ facts), and the real 80-band log-mel spectrogram from a Web Worker (client.ts) after the
// first render, drawn as an SVG image (the log-mel values as a luminance mask over a rect in the theme's ink) with the
// 40 ms and 80 ms grid over it, an overview of the whole clip, a keyboard grid over the detail (kit HeatmapGrid: 80
// bands × the window's tokens) and a table of the window's tokens. The picture frames keep their size while pending;
// a stale result is outlined.
import { memo, useId, useMemo, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { useAnnounce } from '../../components/announce';
import { AxisX, AxisY, DataDetails, DataTable, HeatmapGrid, Reserve, Segmented, Slider, ticksAt } from '../../components/kit';
import { useLatestResult } from '../../components/useLatestResult';
import { useWidth } from '../../components/useWidth';
import { island } from '../../components/WidgetShell';
import { useFormat, useMessages } from '../../i18n/react';
import { hzToMel, SPEECH_MEL } from '../../lib/audio/mel';
import type { ViewProps } from '../types';
import { createSpecClient } from './client';
import { messages } from './messages';
import { meta, type fields } from './meta';
import {
  ENCODER_MS, FRAMES_PER_TOKEN, LIMITS, MEL_MS, SAMPLES, TOKEN_MS, WINDOW_SECONDS,
  cellValue, checkFile, intensities, melCentreHz, requestKey, toMono, timeline, tokenSummaries, windowStart,
  type Decoded, type FileProblem, type SampleId, type SpecRequest, type SpecResult, type TokenSummary,
} from './model';
import './speechAdapter.css';

type OnChange = ViewProps<typeof fields>['onChange'];
const DEFAULT_WIDTH = 640;
const MIN_WIDTH = 260;

interface LoadedFile { id: number; name: string; decoded: Decoded }
type FileStatus = { kind: 'decoding'; name: string } | { kind: 'problem'; problem: FileProblem } | null;

export function SpeechAdapterView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [status, setStatus] = useState<FileStatus>(null);
  const nextId = useRef(1);
  const pick = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const req: SpecRequest = useMemo(() => (file
    ? { source: 'file', id: file.id, samples: file.decoded.samples }
    : { source: 'sample', sample: state.sample, seconds: state.seconds }), [file, state.sample, state.seconds]);
  const { result, fresh } = useLatestResult(req, requestKey(req), createSpecClient);
  const spoken = useRef('');
  if (result && fresh) spoken.current = t.announce(result, fmt);
  useAnnounce(status?.kind === 'problem' ? t.fileProblem(status.problem, fmt) : spoken.current);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const picked = input.files?.[0];
    if (!picked) return;
    const mine = ++pick.current;
    setStatus({ kind: 'decoding', name: picked.name });
    const out = await decodeAudioFile(picked);
    input.value = ''; // the same file picked again is a new change
    if (mine !== pick.current) return; // a newer pick replaced this one
    if (typeof out === 'string') { setStatus({ kind: 'problem', problem: out }); return; }
    setStatus(null);
    setFile({ id: nextId.current++, name: picked.name, decoded: out });
  };
  const clearFile = () => { pick.current++; setFile(null); setStatus(null); };
  // The Back button removes itself: the focus moves to the file input, not to the page.
  const backToSample = () => { clearFile(); inputRef.current?.focus(); };

  return (
    <div className="speech-adapter">
      <div className="sa-controls">
        <Slider label={t.secondsLabel} min={LIMITS.seconds.min} max={LIMITS.seconds.max} value={state.seconds}
          onChange={(seconds) => onChange({ seconds })} format={(s) => t.secondsValue(s, fmt)}
          hint={file ? t.secondsFileHint : undefined} />
        <div className="sa-row">
          <Segmented legend={t.sampleLegend} value={state.sample} options={SAMPLES.map((v) => ({ value: v, label: t.sampleOption[v] }))}
            onChange={(sample: SampleId) => { clearFile(); onChange({ sample }); }} />
          <FileField onFile={onFile} inputRef={inputRef} />
        </div>
        <FileLine file={file} status={status} onClear={backToSample} />
      </div>
      <p className="sa-secondary">{t.secondaryNote}</p>
      <Timeline seconds={state.seconds} />
      <Spectrogram r={result} fresh={fresh} at={state.at} onChange={onChange} fileName={file?.name ?? null}
        seconds={file ? Math.min(file.decoded.fullSeconds, file.decoded.samples.length / SPEECH_MEL.sampleRate) : state.seconds} />
      <Params />
      <DataDetails className="sa-more" summary={t.notesSummary}>
        <ul className="sa-notes">{t.notes(fmt).map((n) => <li key={n}>{n}</li>)}</ul>
      </DataDetails>
      <p className="sa-sources">{t.sources}</p>
    </div>
  );
}

// ── The reader's file ───────────────────────────────────────────────────────────────────────────

function FileField({ onFile, inputRef }: { onFile: (e: ChangeEvent<HTMLInputElement>) => void; inputRef: RefObject<HTMLInputElement | null> }) {
  const t = useMessages(messages);
  const id = useId();
  return (
    <div className="sa-file">
      <input ref={inputRef} id={id} className="sa-file-input" type="file" accept="audio/*" onChange={onFile} />
      <label htmlFor={id} className="sa-file-button">{t.fileButton}</label>
      <p className="sa-file-hint">{t.fileLabel}</p>
    </div>
  );
}

function FileLine({ file, status, onClear }: { file: LoadedFile | null; status: FileStatus; onClear: () => void }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  if (!file && !status) return null;
  return (
    <div className="sa-file-line">
      {status?.kind === 'decoding' && <p className="sa-pending">{t.fileDecoding(status.name)}</p>}
      {status?.kind === 'problem' && <p className="sa-problem">{t.fileProblem(status.problem, fmt)}</p>}
      {file && !status && (
        <p>{t.fileLoaded(file.name, file.decoded.samples.length / SPEECH_MEL.sampleRate, file.decoded.fullSeconds, file.decoded.truncated, fmt)}</p>
      )}
      {file && <button type="button" className="sa-back" onClick={onClear}>{t.backToSample}</button>}
    </div>
  );
}

// ── Timeline ────────────────────────────────────────────────────────────────────────────────────

const STRIP_MS = 320;

const Timeline = memo(function Timeline({ seconds }: { seconds: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const stages = timeline(seconds);
  return (
    <section className="sa-timeline" aria-labelledby={`sa-tl-${seconds}`}>
      <p className="sa-title" id={`sa-tl-${seconds}`}>{t.timelineTitle}</p>
      <ol className="sa-stages">
        {stages.map((s) => (
          <li key={s.id} className={`sa-stage sa-stage-${s.id}`}>
            <span className="sa-stage-name">{t.stageName[s.id]}</span>
            <span className="sa-stage-nums">{t.stageNums(s, seconds, fmt)}</span>
            <span className="sa-stage-detail">{t.stageDetail(s.id, fmt)}</span>
          </li>
        ))}
      </ol>
      <Strip />
      <div className="sa-counts">
        {t.countLines(seconds, stages, fmt).map((l, i) => <p key={i} className={i === 0 ? 'sa-big' : undefined}>{l}</p>)}
      </div>
      <p className="sa-small">{t.conventionsNote}</p>
    </section>
  );
});

/** The first 320 ms to scale: 32 mel frames, 8 encoder frames, 4 tokens, each a box. */
function Strip() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const left = 96, right = width - 22, rowH = 18, gap = 6, top = 2;
  const x = (ms: number) => left + ((right - left) * ms) / STRIP_MS;
  const rows = [
    { key: 'mel', step: MEL_MS, label: t.stripRow.mel },
    { key: 'enc', step: ENCODER_MS, label: t.stripRow.enc },
    { key: 'tok', step: TOKEN_MS, label: t.stripRow.tok },
  ] as const;
  const height = top + rows.length * (rowH + gap) + 20;
  const ticks = ticksAt(x, width < 480 ? [0, 160, 320] : [0, 80, 160, 240, 320], (v) => t.ms(v, fmt));
  return (
    <div className="sa-strip" ref={ref}>
      <p className="sa-subtitle">{t.stripTitle(STRIP_MS, fmt)}</p>
      <svg className="sa-svg" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={t.stripLabel(STRIP_MS, fmt)}>
        <g aria-hidden="true">
          {rows.map((r, i) => {
            const y = top + i * (rowH + gap);
            return (
              <g key={r.key}>
                <text className="sa-strip-label" x={left - 6} y={y + rowH / 2} dy="0.32em" textAnchor="end">{r.label}</text>
                {Array.from({ length: STRIP_MS / r.step }, (_, k) => (
                  <rect key={k} className={`sa-box sa-box-${r.key}`} x={x(k * r.step) + 0.75} y={y} width={Math.max(0.5, x(r.step) - x(0) - 1.5)} height={rowH} rx={2} />
                ))}
              </g>
            );
          })}
        </g>
        <AxisX ticks={ticks} y={top + rows.length * (rowH + gap) - gap} labelGap={14} />
      </svg>
    </div>
  );
}

// ── Spectrogram ─────────────────────────────────────────────────────────────────────────────────

const DETAIL_H = 236;
const OVERVIEW_H = 44;
const HZ_TICKS = [250, 500, 1_000, 2_000, 4_000, 8_000];

function Spectrogram({ r, fresh, at, seconds, fileName, onChange }: {
  r: SpecResult | null; fresh: boolean; at: number; seconds: number; fileName: string | null; onChange: OnChange;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const audioSeconds = r ? r.seconds : seconds;
  const start = windowStart(at, audioSeconds);
  const maxStart = Math.max(0, Math.floor(audioSeconds - WINDOW_SECONDS));
  const rows = useMemo(() => (r ? tokenSummaries(r, start) : []), [r, start]);
  return (
    <section className={fresh || !r ? 'sa-spectro' : 'sa-spectro sa-stale'} aria-busy={!fresh}>
      <p className="sa-title">{t.spectroTitle(audioSeconds, fileName, fmt)}</p>
      <Overview r={r} start={start} />
      <Slider label={t.windowLabel} min={0} max={Math.max(1, maxStart)} value={Math.min(start, Math.max(1, maxStart))}
        onChange={(v) => onChange({ at: Math.min(v, LIMITS.at.max) })} format={(v) => t.windowValue(v, fmt)} />
      <Detail r={r} start={start} rows={rows} />
      <ul className="sa-legend" aria-hidden="true">
        <li><svg className="sa-swatch" viewBox="0 0 28 12"><rect className="sa-box sa-box-enc" x="1" y="1" width="26" height="10" rx="2" /></svg>{t.gridLegend.enc}</li>
        <li><svg className="sa-swatch" viewBox="0 0 28 12"><rect className="sa-box sa-box-tok" x="1" y="1" width="26" height="10" rx="2" /></svg>{t.gridLegend.tok}</li>
        <li><svg className="sa-swatch" viewBox="0 0 28 12"><rect className="sa-ink" x="1" y="1" width="26" height="10" /></svg>{t.gridLegend.shade}</li>
      </ul>
      <Reserve sizer={<p className="sa-small">{t.melNote({ frames: 5998, mels: 80, data: new Float32Array(0), max: 0, seconds: 60, ms: 8888 }, fmt)}</p>}>
        <p className="sa-small">{r ? t.melNote(r, fmt) : t.pending}</p>
      </Reserve>
      <TokenTable rows={rows} />
    </section>
  );
}

/** The luminance mask (a PNG data URL) of frames [from, to): bright where the log-mel power is high. */
function useMask(r: SpecResult | null, from: number, to: number): string | null {
  return useMemo(() => (r && to > from ? maskImage(intensities(r, from, to), Math.min(r.frames, to) - from, r.mels) : null), [r, from, to]);
}

function Overview({ r, start }: { r: SpecResult | null; start: number }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const frames = r?.frames ?? 0;
  const url = useMask(r, 0, frames);
  const x0 = 4, x1 = width - 4, w = x1 - x0;
  const total = r ? r.seconds : 1;
  const wx = x0 + (w * start) / total, ww = Math.min(w, (w * WINDOW_SECONDS) / total);
  return (
    <div className="sa-overview" ref={ref}>
      <svg className="sa-svg" viewBox={`0 0 ${width} ${OVERVIEW_H}`} width="100%" height={OVERVIEW_H} role="img"
        aria-label={r ? t.overviewLabel(r, start, fmt) : t.pending}>
        <rect className="sa-frame" x={x0} y={2} width={w} height={OVERVIEW_H - 4} />
        {url && (
          <>
            <mask id={`sa-ov-${id}`} maskUnits="userSpaceOnUse" x={x0} y={2} width={w} height={OVERVIEW_H - 4}>
              <image href={url} x={x0} y={2} width={w} height={OVERVIEW_H - 4} preserveAspectRatio="none" className="sa-image" />
            </mask>
            <rect className="sa-ink" x={x0} y={2} width={w} height={OVERVIEW_H - 4} mask={`url(#sa-ov-${id})`} />
            <rect className="sa-window" x={wx} y={1} width={ww} height={OVERVIEW_H - 2} />
          </>
        )}
      </svg>
    </div>
  );
}

function Detail({ r, start, rows }: { r: SpecResult | null; start: number; rows: TokenSummary[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const [ref, width] = useWidth(DEFAULT_WIDTH, MIN_WIDTH);
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const windowFrames = (WINDOW_SECONDS * 1000) / MEL_MS;
  const from = Math.round((start * 1000) / MEL_MS);
  const url = useMask(r, from, from + windowFrames);
  const shown = r ? Math.max(0, Math.min(r.frames, from + windowFrames) - from) : 0;
  const left = 46, right = width - 6, stripH = 10, strip0 = 16, top = strip0 + 2 * (stripH + 3), bottom = DETAIL_H - 38;
  const fx = (frame: number) => left + ((right - left) * frame) / windowFrames;
  const mel0 = hzToMel(SPEECH_MEL.fMin), mel1 = hzToMel(SPEECH_MEL.fMax);
  const hy = (hz: number) => bottom - ((bottom - top) * (hzToMel(hz) - mel0)) / (mel1 - mel0);
  const yTicks = ticksAt(hy, HZ_TICKS, (v) => (v >= 1000 ? `${fmt.int(v / 1000)}k` : fmt.int(v)));
  const xTicks = ticksAt((s: number) => fx(((s - start) * 1000) / MEL_MS), [start, start + 0.5, start + 1, start + 1.5, start + 2],
    (v) => fmt.decimal(v, { digits: 1, trim: true }));
  const tokens = windowFrames / FRAMES_PER_TOKEN, encs = windowFrames / (ENCODER_MS / MEL_MS);
  const fullTokens = Math.floor(shown / FRAMES_PER_TOKEN), fullEncs = Math.floor(shown / (ENCODER_MS / MEL_MS));
  const [cell, setCell] = useState({ row: 0, col: 0 });
  const mels = r?.mels ?? SPEECH_MEL.mels;
  const frame = { x0: left, y0: top, cw: fx(FRAMES_PER_TOKEN) - fx(0), ch: (bottom - top) / mels, width, height: DETAIL_H };
  const cellText = ({ row, col }: { row: number; col: number }) => {
    const tok = rows[col];
    if (!r || !tok) return t.pending;
    const band = mels - 1 - row;
    return t.cellText(tok, melCentreHz(band), cellValue(r, tok.index, band), fmt);
  };
  const picture = (
      <svg className="sa-svg" viewBox={`0 0 ${width} ${DETAIL_H}`} width="100%" height={DETAIL_H}
        {...(rows.length > 0 ? { 'aria-hidden': true } : { role: 'img', 'aria-label': t.pending })}>
        <g aria-hidden="true">
          {Array.from({ length: tokens }, (_, k) => (
            <rect key={`t${k}`} className={k < fullTokens ? 'sa-box sa-box-tok' : 'sa-box sa-box-empty'} x={fx(k * FRAMES_PER_TOKEN) + 0.5} y={strip0}
              width={fx(FRAMES_PER_TOKEN) - fx(0) - 1} height={stripH} rx={1.5} />
          ))}
          {Array.from({ length: encs }, (_, k) => (
            <rect key={`e${k}`} className={k < fullEncs ? 'sa-box sa-box-enc' : 'sa-box sa-box-empty'} x={fx(k * 4) + 0.5} y={strip0 + stripH + 3}
              width={fx(4) - fx(0) - 1} height={stripH} rx={1.5} />
          ))}
          <rect className="sa-frame" x={left} y={top} width={right - left} height={bottom - top} />
          {url && (
            <>
              <mask id={`sa-dt-${id}`} maskUnits="userSpaceOnUse" x={left} y={top} width={fx(shown) - left} height={bottom - top}>
                <image href={url} x={left} y={top} width={fx(shown) - left} height={bottom - top} preserveAspectRatio="none" className="sa-image" />
              </mask>
              <rect className="sa-ink" x={left} y={top} width={fx(shown) - left} height={bottom - top} mask={`url(#sa-dt-${id})`} />
            </>
          )}
          {Array.from({ length: tokens - 1 }, (_, k) => (
            <line key={`g${k}`} className="sa-cut" x1={fx((k + 1) * FRAMES_PER_TOKEN)} x2={fx((k + 1) * FRAMES_PER_TOKEN)} y1={top} y2={bottom} />
          ))}
        </g>
        <AxisY ticks={yTicks} x={left} />
        <AxisX ticks={xTicks} y={bottom} labelGap={14} span={[left, right]} title={t.axisTime} titleGap={30} />
        <text className="sa-axis-title" x={4} y={10} aria-hidden="true">{t.axisHz}</text>
      </svg>
  );
  return (
    <div className="sa-detail" ref={ref}>
      <HeatmapGrid className="sa-hmg" rows={rows.length > 0 ? mels : 0} cols={rows.length} cell={cell} onMove={setCell}
        label={r ? t.detailLabel(r, start, rows, fmt) : t.pending} cellText={cellText} frame={frame}>
        {picture}
      </HeatmapGrid>
    </div>
  );
}

function TokenTable({ rows }: { rows: TokenSummary[] }) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const c = t.tableColumns;
  return (
    <DataDetails className="sa-data" summary={t.tableSummary(rows.length, fmt)}>
      {rows.length > 0 && (
        <DataTable caption={t.tableSummary(rows.length, fmt)} scroll={t.tableSummary(rows.length, fmt)} className="sa-table">
          <thead><tr><th scope="col">{c.token}</th><th scope="col">{c.span}</th><th scope="col">{c.mean}</th><th scope="col">{c.peak}</th></tr></thead>
          <tbody>{rows.map((row) => (
            <tr key={row.index}>
              <th scope="row">{fmt.int(row.index + 1)}</th>
              <td>{t.span(row.from, row.to, fmt)}</td>
              <td>{fmt.decimal(row.mean, { digits: 2 })}</td>
              <td>{t.hz(row.peakHz, fmt)}</td>
            </tr>
          ))}</tbody>
        </DataTable>
      )}
    </DataDetails>
  );
}

// ── The browser's side: decoding the reader's file, drawing the mask ────────────────────────────
// The reader's file is decoded by the browser's own audio decoder (OfflineAudioContext.decodeAudioData, which
// resamples to its context's 16 kHz), mixed to mono and cut to 60 s (model.ts toMono). Nothing here makes a request:
// the file is read with Blob.arrayBuffer().

type OfflineCtor = new (channels: number, length: number, sampleRate: number) => { decodeAudioData(b: ArrayBuffer): Promise<AudioBuffer> };

/** The file's audio at 16 kHz mono (at most 60 s), or why it cannot be used. */
export async function decodeAudioFile(file: Blob, Ctor: OfflineCtor | undefined = (globalThis as { OfflineAudioContext?: OfflineCtor }).OfflineAudioContext): Promise<Decoded | FileProblem> {
  const problem = checkFile(file.size);
  if (problem) return problem;
  if (!Ctor) return 'not-audio';
  try {
    const bytes = await file.arrayBuffer();
    const audio = await new Ctor(1, 1, SPEECH_MEL.sampleRate).decodeAudioData(bytes);
    const channels = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
    return toMono(channels, audio.sampleRate);
  } catch {
    return 'not-audio';
  }
}

/** A `frames` × `mels` picture (time left to right, the highest band on top) of 8-bit values as a greyscale PNG data
 *  URL, or null where there is no canvas (the server, tests). */
export function maskImage(px: Uint8ClampedArray, frames: number, mels: number): string | null {
  if (typeof document === 'undefined' || frames <= 0) return null;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = frames;
    canvas.height = mels;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const img = ctx.createImageData(frames, mels);
    for (let f = 0; f < frames; f++) {
      for (let m = 0; m < mels; m++) {
        const v = px[f * mels + m]!, o = ((mels - 1 - m) * frames + f) * 4;
        img.data[o] = v; img.data[o + 1] = v; img.data[o + 2] = v; img.data[o + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────

const Params = memo(function Params() {
  const t = useMessages(messages);
  const fmt = useFormat();
  return (
    <section className="sa-params">
      <p className="sa-title">{t.paramsTitle}</p>
      <ul className="sa-param-list">{t.paramLines(fmt).map((l) => <li key={l}>{l}</li>)}</ul>
    </section>
  );
});

export default island(meta, SpeechAdapterView, { messages });
