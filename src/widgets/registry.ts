// Every widget's meta, in reading order. Drives chapter figures, the gallery, embed pages and oEmbed.
// Adding a widget: create src/widgets/<id>/ (model.ts, meta.ts, <View>.tsx, tests), list its meta here,
// and add its island line to src/components/WidgetIsland.astro.
import type { ParamSchema } from '../lib/urlState';
import type { WidgetMeta } from './types';
import { meta as whatChanged } from './what-changed/meta';
import { meta as architectureExplorer } from './architecture-explorer/meta';
import { meta as paramCounter } from './param-counter/meta';
import { meta as tokenizerPlayground } from './tokenizer-playground/meta';
import { meta as bpeStepper } from './bpe-stepper/meta';
import { meta as vocabTradeoff } from './vocab-tradeoff/meta';
import { meta as kvCache } from './kv-cache/meta';
import { meta as gqaHeads } from './gqa-heads/meta';

export const WIDGETS: readonly WidgetMeta<ParamSchema>[] = [whatChanged, architectureExplorer, paramCounter, tokenizerPlayground, bpeStepper, vocabTradeoff, gqaHeads, kvCache];

export function getWidget(id: string): WidgetMeta<ParamSchema> | undefined {
  return WIDGETS.find((w) => w.id === id);
}
