// /widgets.json: every widget, machine-readable: what a blogger's tool (or the e2e suite, which runs in Node and
// cannot read the folder-derived registry) needs — id, title, summary, chapter, embed path, height, and each URL
// field with its default and what it accepts (structure, as src/lib/urlState.ts describes it), and its title,
// summary and embed page in each language.
import type { APIRoute } from 'astro';
import { defaultsOf, fieldSpec } from '../lib/urlState';
import { WIDGETS } from '../widgets/registry';
import { LOCALES } from '../i18n/locale';
import { widgetWords } from '../i18n/catalogues';
import { embedPath } from '../lib/embedSnippet';

export const GET: APIRoute = () => {
  const body = WIDGETS.map((w) => {
    const defaults = defaultsOf(w.fields) as Record<string, unknown>;
    return {
      id: w.id,
      title: widgetWords(w.id, 'en').title,
      summary: widgetWords(w.id, 'en').summary,
      /** Title, summary and embed page in every language. */
      languages: Object.fromEntries(LOCALES.map((lang) => {
        const { title, summary } = widgetWords(w.id, lang);
        return [lang, { title, summary, embed: embedPath(w.id, '', lang), height: w.height[lang] }];
      })),
      chapter: w.chapter,
      position: w.position,
      reportRef: w.reportRef,
      embed: `/embed/${w.id}/`,
      height: w.height.en,
      fields: Object.fromEntries(Object.entries(w.fields.shape).map(([key, field]) => [key, { default: defaults[key] ?? null, accepts: fieldSpec(field) }])),
    };
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
