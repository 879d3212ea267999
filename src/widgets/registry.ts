// Every widget's meta, in reading order (chapter, then the widget's place in it): derived from the folders,
// src/widgets/<id>/meta.ts, so a new folder is a new widget and nothing else lists it. Drives chapter figures,
// the gallery, embed pages and oEmbed.
import { CHAPTERS } from '../data/chapters';
import type { UrlSchema } from '../lib/urlState';
import type { WidgetMeta } from './types';

const modules = import.meta.glob<{ meta: WidgetMeta<UrlSchema> }>('./*/meta.ts', { eager: true });

const chapterOrder = (slug: string) => CHAPTERS.find((c) => c.slug === slug)?.order ?? Number.POSITIVE_INFINITY;

export const WIDGETS: readonly WidgetMeta<UrlSchema>[] = Object.entries(modules)
  .map(([path, m]) => {
    const folder = path.split('/')[1];
    if (m.meta.id !== folder) throw new Error(`src/widgets/${folder}/meta.ts declares id "${m.meta.id}": the id is the folder name`);
    return m.meta;
  })
  .sort((a, b) => chapterOrder(a.chapter) - chapterOrder(b.chapter) || a.position - b.position);

export function getWidget(id: string): WidgetMeta<UrlSchema> | undefined {
  return WIDGETS.find((w) => w.id === id);
}
