// View of what-changed: a size switch and one table row per change, with paired bars.
import { scaleLinear, scaleLog } from 'd3-scale';
import { chapterHref } from '../../data/chapters';
import { useSiteHref } from '../../components/inPackage';
import { useAnnounce } from '../../components/announce';
import { Cite, CitedText } from '../../components/Cite';
import { AxisX, DataTable, Segmented, ticksAt } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useFormat, useLocale, useMessages } from '../../i18n/react';
import type { ViewProps } from '../types';
import { LLAMA3_SIZES } from '../../lib/llama';
import { barExtent, summarize, type Cell, type Row } from './model';
import { meta, fields } from './meta';
import { messages } from './messages';
import './whatChanged.css';

const BAR_W = 120;

export function WhatChangedView({ state, onChange }: ViewProps<typeof fields>) {
  const t = useMessages(messages);
  // On a host's page that does not know this site's origin, the row names are plain text (useSiteHref).
  const chaptersLinked = useSiteHref('/') !== null;
  const f = useFormat();
  const size = state.size;
  const summary = summarize(size);
  const { llama2, llama3, rows } = summary;
  useAnnounce(t.announce(llama2.name, llama3.name));
  return (
    <div className="what-changed">
      <Segmented
        legend={t.sizeLegend}
        value={size}
        options={LLAMA3_SIZES.map((s) => ({ value: s, label: t.sizeLabel[s] }))}
        onChange={(s) => onChange({ size: s })}
      />
      {size === '405b' && (
        <p className="wc-note">{t.noPeer}</p>
      )}
      {/* The bars differ by shape as well as hue (outlined above, solid below); this key shows in every layout. */}
      <p className="wc-key" aria-hidden="true">
        <span><BarSwatch kind="l2" /><CitedText parts={t.keyLlama2(llama2.name)} /></span>
        <span><BarSwatch kind="l3" /><CitedText parts={t.keyLlama3(llama3.name)} /></span>
      </p>
      <DataTable className="wc-table" caption={t.describe(summary, f)}>
        <thead>
          <tr>
            <th scope="col">{t.columnWhat}</th>
            <th scope="col">{llama2.name}</th>
            <th scope="col">{llama3.name}</th>
            <th scope="col">{t.columnChange}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => <CompareRow key={r.id} row={r} />)}
        </tbody>
      </DataTable>
      <p className="wc-legend"><CitedText parts={t.legend} />{chaptersLinked && t.legendChapters}</p>
    </div>
  );
}

function CompareRow({ row }: { row: Row }) {
  const t = useMessages(messages);
  const f = useFormat();
  const href = useSiteHref(chapterHref(row.chapter, useLocale()));
  const label = t.row[row.id];
  return (
    <tr>
      <th scope="row">
        {href ? <a href={href}>{label}</a> : label}
      </th>
      <td>
        <CellText cell={row.llama2} />
      </td>
      <td>
        <CellText cell={row.llama3} />
      </td>
      <td className="wc-change">
        <Bars row={row} />
        {row.ratio !== null && <span className="wc-ratio">{f.ratio(row.ratio)}</span>}
      </td>
    </tr>
  );
}

function CellText({ cell }: { cell: Cell }) {
  const t = useMessages(messages);
  const w = t.cell(cell, useFormat());
  return (
    <>
      <span className="wc-value">{w.text}</span>
      {w.note && <span className="wc-cellnote">{w.note}</span>}
      <span className="wc-cite">{cell.computed ? '' : t.sourcePrefix}<Cite text={w.source} /></span>
    </>
  );
}

function Bars({ row }: { row: Row }) {
  const extent = barExtent(row);
  if (!extent || row.llama2.value === null || row.llama3.value === null) return null;
  const x = row.scale === 'log'
    ? scaleLog().domain(extent.domain).range([0, BAR_W]).clamp(true)
    : scaleLinear().domain(extent.domain).range([0, BAR_W]).clamp(true);
  return (
    <svg className="wc-bars" viewBox={`0 0 ${BAR_W} 26`} aria-hidden="true" focusable="false">
      <AxisX ticks={ticksAt(x, extent.ticks)} y={26} gridTo={0} labelGap={false} />
      {/* Outlined: the stroke is drawn inside the 9-unit band, so both bars keep their length and thickness. */}
      <rect className="l2" x={0.75} y={3.75} height={7.5} width={Math.max(1, x(row.llama2.value) - 0.75)} />
      <rect className="l3" x={0} y={14} height={9} width={Math.max(1, x(row.llama3.value))} />
    </svg>
  );
}

/** A key swatch drawn like the bar it stands for. */
function BarSwatch({ kind }: { kind: 'l2' | 'l3' }) {
  return (
    <svg className="wc-swatch" viewBox="0 0 16 10" width={16} height={10} focusable="false">
      {kind === 'l2' ? <rect className="l2" x={0.75} y={0.75} width={14.5} height={8.5} /> : <rect className="l3" width={16} height={10} />}
    </svg>
  );
}

export default island(meta, WhatChangedView, { messages });
