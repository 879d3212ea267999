// /widgets.json: every widget, machine-readable: what a blogger's tool (or the e2e suite, which runs in Node and
// cannot read the folder-derived registry) needs — id, title, summary, chapter, embed path, height, and each URL
// field with its default and what it accepts (structure, as src/lib/urlState.ts describes it).
import type { APIRoute } from 'astro';
import { defaultsOf, fieldSpec } from '../lib/urlState';
import { WIDGETS } from '../widgets/registry';

export const GET: APIRoute = () => {
  const body = WIDGETS.map((w) => {
    const defaults = defaultsOf(w.fields) as Record<string, unknown>;
    return {
      id: w.id,
      title: w.title,
      summary: w.summary,
      chapter: w.chapter,
      position: w.position,
      reportRef: w.reportRef,
      embed: `/embed/${w.id}/`,
      height: w.height,
      fields: Object.fromEntries(Object.entries(w.fields.shape).map(([key, field]) => [key, { default: defaults[key] ?? null, accepts: fieldSpec(field) }])),
    };
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
