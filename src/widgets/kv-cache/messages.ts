// Every word kv-cache shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): labels, sentences, the
// issues of an impossible state (src/lib/llama validateShape codes and the model's own), the notes, the errors under a
// count field (src/lib/text parseNumber failure codes; they never repeat what was typed), the announcer's sentence and
// the screen-reader description. Numbers come in as numbers and are printed with the reader's Format.
// A sentence with inline parts is returned as pieces: text and `{ cite }` notes (Cited, drawn by CitedText), or text and
// the parts the view makes with the function it passes in (`strong`), drawn by RichText (src/i18n/react.tsx).
import type { Cited } from '../../components/Cite';
import type { GpuId } from '../../data/gpus';
import type { ModelConfig } from '../../data/models';
import { catalogueKey } from '../../i18n/react';
import type { ByteUnits, Format } from '../../lib/format';
import type { DtypeId } from '../../lib/llama';
import type {
  AttentionKind, CountKey, CountRefusal, CustomField, KvIssue, KvNote, KvOk, KvSummary, ModelChoice, UnitSystem,
} from './model';

export interface KvCacheMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  modelLabel: string;
  attentionLegend: string;
  /** MHA, GQA, MQA: the options, the chart legend and the table columns. */
  attentionShort: Record<AttentionKind, string>;
  /** An attention option: its short name and the KV heads it stores (null: the custom shape is not a count yet). */
  attentionOption: (kind: AttentionKind, kvHeads: number | null, f: Format) => string;
  /** Context and batch: the slider's name, the exact field's name, the value with its unit. */
  count: Record<CountKey, { label: string; fieldLabel: string; value: (n: number, f: Format) => string }>;
  countSlider: (label: string) => string;
  /** aria-valuetext of the context slider from 1K up: "65,536 tokens (64K)". */
  countWithShort: (value: string, short: string) => string;
  precisionLegend: string;
  dtypeOption: Record<DtypeId, string>;
  gpuLegend: string;
  unitsLegend: string;
  unitOption: Record<UnitSystem, string>;
  customField: Record<CustomField, string>;
  /** Under a count field; `label` names the field. */
  countError: (label: string, e: CountRefusal, f: Format) => string;

  // ── Names ──
  /** The state's model in a sentence: the release's name, or the custom or unknown model. */
  modelName: (model: ModelChoice | null, preset: ModelConfig | null) => string;

  // ── An impossible state ──
  impossible: string;
  issue: (issue: KvIssue, f: Format) => string;
  /** What the announcer says instead of a result. */
  impossibleAnnounced: (issues: string[]) => string;

  // ── The result ──
  /** Spoken once the controls settle. */
  announce: (r: KvOk, units: ByteUnits, f: Format) => string;
  cacheHeading: (batch: number, context: number, f: Format) => string;
  exactBytes: (bytes: bigint, f: Format) => string;
  /** A size in units: "= 16 GiB" when exact, "≈15.0 GiB" when rounded (never "= ≈"). */
  sizeEquals: (size: { text: string; exact: boolean }) => string;
  formula: <N>(r: KvOk, units: ByteUnits, f: Format, strong: (text: string) => N) => (string | N)[];
  customMemory: (r: KvOk, f: Format) => string;
  cacheToWeights: <N>(r: KvOk & { cacheToWeights: number }, f: Format, strong: (text: string) => N) => (string | N)[];
  memory: (r: KvOk & { weightBytes: bigint; parameters: bigint }, units: ByteUnits, f: Format) => string;
  decodeHeading: string;
  decode: <N>(r: KvOk, units: ByteUnits, f: Format, strong: (text: string) => N) => (string | N)[];
  decodeCaveat: (r: KvOk, units: ByteUnits, f: Format) => string;
  note: (note: KvNote, modelName: string, f: Format) => string;
  /** Where every input number comes from (the default context is the URL's, meta.ts: Llama 3.1's window). */
  sources: (r: KvOk, f: Format) => Cited;

  // ── Chart ──
  legendSeries: (kind: AttentionKind, kvHeads: number, chosen: boolean, f: Format) => string;
  legendWeights: string;
  legendGpu: string;
  chartTitle: (description: string) => string;
  /** The context axis's title, in two lines on a narrow chart, in one otherwise. */
  axisTitle: readonly [string, string];
  axisTitleLine: string;
  maxContext: (short: string) => string;
  gpuLine: (gpu: GpuId, f: Format) => string;
  weightsLine: (dtype: DtypeId) => string;

  // ── Data table ──
  dataSummary: (r: KvOk, f: Format) => string;
  dataScroll: (r: KvOk, f: Format) => string;
  dataCaption: (modelName: string) => string;
  contextColumn: string;
  attentionColumn: (kind: AttentionKind, kvHeads: number, f: Format) => string;
  contextRow: (context: number, chosen: boolean, f: Format) => string;
  bytesCell: (bytes: bigint, f: Format) => string;
  tableNote: (r: KvOk, gpus: readonly GpuId[], f: Format) => string;

  /** The screen-reader description of the whole state (also the chart's title). */
  describe: (s: KvSummary, f: Format) => string;
}

export const messages = catalogueKey<KvCacheMessages>('kv-cache');
