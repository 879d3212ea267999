// The widget kit: the small parts every widget view plugs into (visx-sized: each part draws one thing and takes its
// words as props or from the kit catalogue, messages.ts). One file per part; pure geometry beside the part that draws
// it (axis.ts, heatmap.ts, draft.ts, textCap.ts). The keyboard table is src/lib/keys.ts.
export { Slider, type SliderProps } from './Slider';
export { Segmented } from './Segmented';
export { Select } from './Select';
export { Toggle } from './Toggle';
export type { Option } from './options';
export { ScrollRegion } from './ScrollRegion';
export { NumberField, type NumberFieldProps } from './NumberField';
export { shownDraft, typedDraft, type Draft, type Parsed } from './draft';
export { SliderField, type SliderFieldProps } from './SliderField';
export { TextArea, type TextAreaProps } from './TextArea';
export { capText } from './textCap';
export { StepControls, type StepControlsProps } from './StepControls';
export { Reserve } from './Reserve';
export { DataDetails, DataTable, type DataTableProps } from './DataTable';
export { AxisX, AxisY, type AxisXProps, type AxisYProps } from './Axis';
export { logTicks, scaleTicks, ticksAt, type Tick, type TickScale } from '../../lib/axisTicks';
export { HeatmapGrid, type HeatmapGridProps } from './HeatmapGrid';
export { HatchPattern, HeatCells, Swatch, svgId, type HeatCellsProps } from './HeatCells';
export { causalMaskPath, cellAt, cellBox, HEAT_LEVELS, heatmapLayers, intensity, type CellBox, type HeatFrame, type HeatGrid, type HeatLayer } from './heatmap';
export { KIT_MESSAGES, type KitMessages } from './messages';
export { useHydrated } from './useHydrated';
export { LatinTerms } from './LatinTerms';
