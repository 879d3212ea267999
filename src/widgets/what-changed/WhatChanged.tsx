// View of what-changed: a size switch and one table row per change, with paired bars.
import { scaleLinear, scaleLog } from 'd3-scale';
import { chapterHref } from '../../data/chapters';
import { useAnnounce } from '../../components/announce';
import { Cite } from '../../components/Cite';
import { AxisX, DataTable, Segmented, ticksAt } from '../../components/kit';
import { island } from '../../components/WidgetShell';
import { useFormat } from '../../i18n/react';
import type { ViewProps } from '../types';
import { LLAMA3_SIZES, type Llama3Size } from '../../lib/llama';
import { barExtent, compareRows, describe, modelsFor, type Row } from './model';
import { meta, fields } from './meta';
import './whatChanged.css';

const SIZE_LABEL: Record<Llama3Size, string> = { '8b': '8B', '70b': '70B', '405b': '405B' };
const BAR_W = 120;

export function WhatChangedView({ state, onChange }: ViewProps<typeof fields>) {
  const size = state.size;
  const { llama2, llama3 } = modelsFor(size);
  const rows = compareRows(size);
  useAnnounce(`The table now compares ${llama2.name} with ${llama3.name}.`);
  return (
    <div className="what-changed">
      <Segmented
        legend="Llama 3 size"
        value={size}
        options={LLAMA3_SIZES.map((s) => ({ value: s, label: SIZE_LABEL[s] }))}
        onChange={(s) => onChange({ size: s })}
      />
      {size === '405b' && (
        <p className="wc-note">Llama 2 had no model of this size; the comparison is with its largest, 70B.</p>
      )}
      {/* The bars differ by shape as well as hue (outlined above, solid below); this key shows in every layout. */}
      <p className="wc-key" aria-hidden="true">
        <span><BarSwatch kind="l2" />{llama2.name}: upper bar, outlined</span>
        <span><BarSwatch kind="l3" />{llama3.name}: lower bar, solid</span>
      </p>
      <DataTable className="wc-table" caption={describe(size)}>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">{llama2.name}</th>
            <th scope="col">{llama3.name}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => <CompareRow key={r.id} row={r} />)}
        </tbody>
      </DataTable>
      <p className="wc-legend">
        Bars are on a log scale (one tick per power of ten) except for key/value heads. Values marked “6·N·D
        estimate” are computed here from the exact parameter count and the token count, not stated in the report.
        The Llama 3 column is the Llama 3.1 release, whose results the report gives (<Cite text="Report Table 1" />). Section and table
        numbers under each value link to the report; row names link to the chapter that explains them once it is
        published.
      </p>
    </div>
  );
}

function CompareRow({ row }: { row: Row }) {
  const fmt = useFormat();
  const href = chapterHref(row.chapter);
  return (
    <tr>
      <th scope="row">
        {href ? <a href={href}>{row.label}</a> : row.label}
      </th>
      <td>
        <CellText cell={row.llama2} />
      </td>
      <td>
        <CellText cell={row.llama3} />
      </td>
      <td className="wc-change">
        <Bars row={row} />
        {row.ratio !== null && <span className="wc-ratio">{fmt.ratio(row.ratio)}</span>}
      </td>
    </tr>
  );
}

function CellText({ cell }: { cell: Row['llama2'] }) {
  return (
    <>
      <span className="wc-value">{cell.text}</span>
      {cell.note && <span className="wc-cellnote">{cell.note}</span>}
      <span className="wc-cite">{/^Computed\b/.test(cell.cite) ? '' : 'Source: '}<Cite text={cell.cite} /></span>
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

export default island(meta, WhatChangedView);
