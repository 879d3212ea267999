// View of what-changed: a size switch and one table row per change, with paired bars.
import { scaleLinear, scaleLog } from 'd3-scale';
import { chapterHref } from '../../data/chapters';
import { formatRatio } from '../../lib/format';
import { useAnnounce } from '../../components/announce';
import { Segmented } from '../../components/controls';
import { island } from '../../components/WidgetShell';
import type { ViewProps } from '../types';
import { barExtent, compareRows, describe, modelsFor, type Row, type Size } from './model';
import { meta, params, SIZES } from './meta';
import './whatChanged.css';

const SIZE_LABEL: Record<Size, string> = { '8b': '8B', '70b': '70B', '405b': '405B' };
const BAR_W = 120;

export function WhatChangedView({ state, onChange }: ViewProps<typeof params>) {
  const size = state.size;
  const { llama2, llama3 } = modelsFor(size);
  const rows = compareRows(size);
  useAnnounce(`The table now compares ${llama2.name} with ${llama3.name}.`);
  return (
    <div className="what-changed">
      <Segmented
        legend="Llama 3 size"
        value={size}
        options={SIZES.map((s) => ({ value: s, label: SIZE_LABEL[s] }))}
        onChange={(s) => onChange({ size: s })}
      />
      {size === '405b' && (
        <p className="wc-note">Llama 2 had no model of this size; the comparison is with its largest, 70B.</p>
      )}
      <table className="wc-table">
        <caption className="visually-hidden">{describe(size)}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col"><span className="swatch l2" aria-hidden="true" />{llama2.name}</th>
            <th scope="col"><span className="swatch l3" aria-hidden="true" />{llama3.name}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => <CompareRow key={r.id} row={r} />)}
        </tbody>
      </table>
      <p className="wc-legend">
        Bars are on a log scale (one tick per power of ten) except for key/value heads. Values marked “6·N·D
        estimate” are computed here from the exact parameter count and the token count, not stated in the report.
        Row names link to the chapter that explains them once it is published.
      </p>
    </div>
  );
}

function CompareRow({ row }: { row: Row }) {
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
        {row.ratio !== null && <span className="wc-ratio">{formatRatio(row.ratio)}</span>}
      </td>
    </tr>
  );
}

function CellText({ cell }: { cell: Row['llama2'] }) {
  return (
    <>
      <span className="wc-value">{cell.text}</span>
      {cell.note && <span className="wc-cellnote">{cell.note}</span>}
      <span className="wc-cite">{cell.cite}</span>
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
      {extent.ticks.map((t) => (
        <line key={t} x1={x(t)} x2={x(t)} y1={0} y2={26} className="wc-tick" />
      ))}
      <rect className="l2" x={0} y={3} height={9} width={Math.max(1, x(row.llama2.value))} />
      <rect className="l3" x={0} y={14} height={9} width={Math.max(1, x(row.llama3.value))} />
    </svg>
  );
}

export default island(meta, WhatChangedView);
