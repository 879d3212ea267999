// Every widget's meta, in reading order. Drives chapter figures, the gallery, embed pages and oEmbed.
// Adding a widget: create src/widgets/<id>/ (model.ts, meta.ts, <View>.tsx, tests), list its meta here,
// and add its island line to src/components/WidgetIsland.astro.
import type { ParamSchema } from '../lib/urlState';
import type { WidgetMeta } from './types';
import { meta as whatChanged } from './what-changed/meta';

export const WIDGETS: readonly WidgetMeta<ParamSchema>[] = [whatChanged];

export function getWidget(id: string): WidgetMeta<ParamSchema> | undefined {
  return WIDGETS.find((w) => w.id === id);
}
