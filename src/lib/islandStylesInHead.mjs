// Astro writes its island runtime, `<style>astro-island,astro-slot,…{display:contents}</style>` plus two
// scripts, just before the first island of a page, i.e. inside <body>. A <style> element is only valid in
// <head> (HTML: "where metadata content is expected"), so after the build this moves that one style element
// to the end of <head>. Its text is unchanged, so the CSP hash Astro computed for it still matches; it
// applies earlier than before, and after every other head style, as it did.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND_STYLE = /<style>astro-island,[^<]*<\/style>/g;

/** The page with Astro's island <style> moved from <body> to the end of <head> (unchanged when there is none). */
export function moveIslandStyles(html) {
  const body = html.indexOf('<body');
  const headEnd = html.indexOf('</head>');
  if (body < 0 || headEnd < 0 || headEnd > body) return html;
  const found = html.slice(body).match(ISLAND_STYLE);
  if (!found) return html;
  const rest = html.slice(body).replace(ISLAND_STYLE, '');
  return html.slice(0, headEnd) + found[0] + html.slice(headEnd, body) + rest;
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

/** Astro integration: applies moveIslandStyles to every built page. */
export function islandStylesInHead() {
  return {
    name: 'l3x:island-styles-in-head',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const moved = moveIslandStyles(html);
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}
