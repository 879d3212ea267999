// Every word vision-adapter shows or speaks, one catalogue per language (messages.en.ts, messages.zh.ts): the controls,
// the label that keeps the paper's set-up apart from the released Llama 3.2 Vision, the result line, the tiling, the
// tokens, the layer strip, the parameters, the image's KV memory, the "gate = 0" demonstration, the notes and the
// sources. Numbers come in as numbers and are printed with the reader's Format.
import { catalogueKey } from '../../i18n/react';
import type { Format } from '../../lib/format';
import type { FieldRefusal } from '../../lib/text';
import type { GateResult, ImageId, VisionModelId, VisionPreset, VisionResult } from './model';

export interface VisionAdapterMessages {
  /** The widget's title (figure, gallery, iframe title). */
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;

  // ── Controls ──
  /** The model picker's label. */
  modelLabel: string;
  /** One option: which model, paper or release, and its tile side. */
  modelOption: (id: VisionModelId, p: VisionPreset, f: Format) => string;
  /** The image picker's label. */
  imageLabel: string;
  /** One named size ("custom" = the fields below), with its pixels. */
  imageOption: (id: ImageId, width: number, height: number, f: Format) => string;
  /** The width and height fields' labels. */
  widthLabel: string;
  heightLabel: string;
  /** A refused width or height (not a whole number in 1 … 8,192). */
  sideError: (e: FieldRefusal<'width' | 'height'>, f: Format) => string;
  /** The caption above the file picker. */
  fileLabel: string;
  /** The file picker's button (a label for the visually hidden native input, so the button speaks the page's language). */
  fileButton: string;
  /** Under it: read in the browser only, only its size is used, nothing is uploaded. */
  fileHint: string;
  /** A file that could not be used: not an image the browser can decode, empty, or larger than the fields allow. */
  fileError: (code: 'decode' | 'empty' | 'tooLarge', f: Format) => string;
  /** After a file was read: its size (spoken once). */
  fileRead: (width: number, height: number, f: Format) => string;
  /** What a named image's bundled picture shows (added to the tiling drawing's name when it is drawn there). */
  pictureLabel: (id: Exclude<ImageId, 'custom'>) => string;
  /** The thumbnail's caption. */
  thumbCaption: string;

  // ── Which set-up (always shown) ──
  /** The badge of the chosen model: the paper's experiments or the released code. */
  kindBadge: (p: VisionPreset) => string;
  /** One line under the badge: where its numbers come from. */
  kindLine: (r: VisionResult, f: Format) => string;
  /** The result line, also spoken once per change. */
  result: (r: VisionResult, f: Format) => string;

  // ── Tiling and tokens ──
  tilingHeading: string;
  /** The canvas drawing's name (its text alternative is tilingLines). */
  tilingLabel: (r: VisionResult, f: Format) => string;
  /** Canvas, resized image and padding, in words with numbers. */
  tilingLines: (r: VisionResult, f: Format) => string[];
  /** The released code's choice rule, in words, for this image. */
  ruleLine: (r: VisionResult, f: Format) => string;
  /** The drawing's key. */
  keyImage: string;
  keyPadding: string;
  keyTile: string;
  /** Patches, tokens per tile, tokens per image, the ViT's pre-training resolution. */
  tokenLines: (r: VisionResult, f: Format) => string[];

  // ── Layer strip ──
  layersHeading: (r: VisionResult, f: Format) => string;
  stripLabel: (r: VisionResult, f: Format) => string;
  keySelf: string;
  keyCross: string;
  /** Meta's 0-indexed layers before which a block runs. */
  metaLine: (r: VisionResult, f: Format) => string;
  /** Hugging Face's interleaved indices. */
  hfLine: (r: VisionResult, f: Format) => string;
  /** Where the placement comes from (the released code; applied to the paper's models, labelled). */
  placementNote: (r: VisionResult, f: Format) => string;

  // ── Parameters ──
  paramsHeading: string;
  paramsLines: (r: VisionResult, f: Format) => string[];

  // ── KV memory ──
  kvHeading: string;
  kvLines: (r: VisionResult, f: Format) => string[];
  /** The two bars' names and visible labels. */
  kvCrossBar: (r: VisionResult, f: Format) => string;
  kvContextBar: (r: VisionResult, f: Format) => string;

  // ── Gate = 0 ──
  gateHeading: string;
  /** The gate slider: the gate parameter before tanh. */
  gateLabel: string;
  gateValue: (gate: number, f: Format) => string;
  gateValueText: (gate: number, f: Format) => string;
  /** tanh(g) and the max |difference|, as a sentence. */
  gateResult: (g: GateResult, f: Format) => string;
  /** The dot plot's name. */
  gatePictureLabel: (g: GateResult, f: Format) => string;
  keyTextPath: string;
  keyBlockOut: string;
  keyDiff: string;
  /** What the tiny block is (seeded, tiny, computed as Meta's block; not Llama's weights). */
  gateNote: string;
  /** The values as a table. */
  gateTableSummary: string;
  gateColumns: { entry: string; text: string; out: string; diff: string };
  /** "row 1, dim 3". */
  gateEntry: (row: number, dim: number, f: Format) => string;

  // ── Notes and sources ──
  notesSummary: string;
  notes: (f: Format) => string[];
  sources: string;
}

export const messages = catalogueKey<VisionAdapterMessages>('vision-adapter');
