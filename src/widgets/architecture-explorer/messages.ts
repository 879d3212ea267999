// Every word architecture-explorer shows or speaks, one catalogue per language (src/i18n/locale.ts). The words
// about the blocks themselves (what each does, its equation and shapes, how it differs from Llama 2 and the 2017
// Transformer) are long, so they live in blockText.ts and come in here as `BlockMessages`; this file adds the
// controls, the block panel, the micro forward pass (stage captions and checks from stages.ts codes), the heatmaps
// and the screen-reader descriptions. Numbers come in as numbers and are printed with the reader's Format.
//
// A sentence with marked-up parts (a bold total, a citation link, a colour swatch) takes those parts as slots `N`
// from the view and returns a list of strings and slots, so each language puts them where its word order wants.
import { type ModelConfig } from '../../data/models';
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { Llama3Size } from '../../lib/llama';
import { type BlockMessages, type Difference } from './blockText';
import type { MicroConfig } from './microModel';
import { comparedModels, llama2Differences, TRANSFORMER_DIFFERENCES, type BlockId, type Compare, type DiagramSummary } from './model';
import type { PanelWhat, StageCheck, StageData, StagePanel, StageSummary } from './stages';

/** A sentence with slots: strings and the view's marked-up parts, in reading order. */
export type Rich<N> = (string | N)[];

/** Where a value sits in an activation heatmap (its row), for the readout. */
export type CellPlace =
  /** A score of the LM head, for the vocabulary token `label`. */
  | { kind: 'score'; label: string }
  /** Number `number` (1-based) of head `head` (1-based). */
  | { kind: 'head'; head: number; number: number }
  /** Number `number` of `of` (1-based). */
  | { kind: 'number'; number: number; of: number };

export interface ArchitectureExplorerMessages extends BlockMessages {
  title: string;
  summary: string;

  // ── Controls and the diagram ──
  sizeLegend: string;
  sizes: Record<Llama3Size, string>;
  compareLegend: string;
  compares: Record<Compare, string>;
  /** Under the controls when Llama 2 has no model of the chosen size (405B). */
  noLlama2Peer: string;
  /** What Llama 3 is compared with, in a sentence: Llama 2's peer by name, or the 2017 Transformer. */
  against: (compare: Exclude<Compare, 'llama3'>, size: Llama3Size) => string;
  diffsLabel: (against: string) => string;
  diffsHeading: (count: number, against: string) => string;
  /** An entry of the list of differences: the block (a button), what differs, and the source (slots). */
  diffItem: <N>(block: N, summary: string, cite: N) => Rich<N>;
  diagramLabel: (model: ModelConfig) => string;
  layerRepeated: (layers: number) => string;
  /** Beside the layer's heading: the micro pass's layer (null outside the layer) of how many. */
  microLayer: (layer: number | null, of: number) => string;
  /** Under the diagram; `total` is the marked-up count. */
  total: <N>(total: N) => Rich<N>;
  noParameters: string;
  /** Before a block's difference badge, for screen readers. */
  differs: string;

  // ── The block panel ──
  about: (title: string) => string;
  /** Before the equation, for screen readers. */
  equation: string;
  weightsCaption: (title: string, model: ModelConfig) => string;
  tensorColumns: { tensor: string; shape: string; params: string };
  /** The table's total row: all copies of a block inside the layer, or the one copy. */
  inLayers: (copies: number) => string;
  inModel: string;
  noWeights: string;
  shareOfModel: (share: number, total: bigint, model: ModelConfig, f: Format) => string;
  activations: string;
  comparedWith: (against: string) => string;
  source: string;
  /** Where the shapes come from; `cite` is the citation (a slot, drawn from `modelSource`). */
  shapesOf: <N>(model: ModelConfig, cite: N) => Rich<N>;
  /** The source note of a model's shapes (src/data/models.ts `source`, in the reader's language). */
  modelSource: (model: ModelConfig, f: Format) => string;

  // ── The micro forward pass ──
  microHeading: string;
  /** The warning; `strong` marks up its first words. */
  untrained: <N>(strong: (text: string) => N) => Rich<N>;
  microShapes: (c: MicroConfig, weights: number, seed: number, f: Format) => string;
  inputLabel: (max: number) => string;
  inputCount: (chars: number, max: number) => string;
  /** Under the input, when characters became <unk>. */
  unknownFlag: (count: number) => string;
  /** Spoken when characters became <unk>. */
  unknownAnnounce: (count: number) => string;
  tokens: string;
  steps: string;
  step: string;
  stage: string;
  /** An entry of the stage menu: its number (1-based), block, and micro layer (null outside the layer). */
  stageOption: (n: number, block: BlockId, layer: number | null) => string;
  newWeights: string;
  /** Before the stage's title. */
  stageOf: (stage: StageData) => string;
  stageTitle: (stage: StageData) => string;
  /** Spoken when the stage changes. */
  stageAnnounce: (stage: StageData) => string;
  queryHead: string;
  panelTitle: (what: PanelWhat) => string;
  panelShape: (panel: StagePanel) => string;
  check: (check: StageCheck, f: Format) => string;
  topK: (label: string, position: number, k: number, vocab: number) => string;

  // ── Heatmaps ──
  readoutAttention: (cell: { query: number; queryLabel: string; key: number; keyLabel: string; weight: number }, f: Format) => string;
  readoutActivation: (cell: { token: number; tokenLabel: string; place: CellPlace; value: number }, f: Format) => string;
  heatHint: string;
  /** Beside an activation map's rows: the head a group of rows belongs to (1-based). */
  headAxis: (head: number) => string;
  attentionLegend: string;
  /** The key of an activation map; `negative` and `positive` are the swatches, `scale` the value of full colour. */
  activationLegend: <N>(swatches: { negative: N; positive: N }, scale: number, f: Format) => Rich<N>;
  /** A panel's name with its shape (the grid's label, the data table's caption). */
  titled: (panel: StagePanel) => string;
  dataSummary: (panel: StagePanel) => string;
  dataScroll: (panel: StagePanel) => string;
  /** First header cell of a data table: attention rows are queries, columns keys; activation rows are tokens. */
  queryKey: string;
  token: string;

  /** What a screen reader hears about the diagram. */
  describe: (s: DiagramSummary, f: Format) => string;
  /** What a screen reader hears about the micro pass. */
  describeStage: (s: StageSummary, f: Format) => string;
}

export const messages = catalogueKey<ArchitectureExplorerMessages>('architecture-explorer');

/** The differing blocks of a comparison (model.ts decides which), each worded by the catalogue `t`. */
export function differencesIn(t: ArchitectureExplorerMessages, compare: Compare, size: Llama3Size, f: Format): Partial<Record<BlockId, Difference>> {
  const out: Partial<Record<BlockId, Difference>> = {};
  if (compare === 'llama2') {
    const models = comparedModels(size);
    for (const id of llama2Differences(size)) out[id] = t.versusLlama2[id](models, f);
  } else if (compare === 'transformer') {
    const { l3 } = comparedModels(size);
    for (const id of TRANSFORMER_DIFFERENCES) out[id] = t.versusTransformer[id](l3, f);
  }
  return out;
}
