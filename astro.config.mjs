// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeCitation from 'rehype-citation';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { remarkReadingTime } from './src/lib/remarkReadingTime.mjs';
import { rehypeBibliography } from './src/lib/rehypeBibliography.mjs';
import { rehypeReportLinks } from './src/lib/rehypeReportLinks.ts';
import { rehypeChapterLocale } from './src/lib/rehypeChapterLocale.mjs';
import { islandStylesInHead } from './src/lib/islandStylesInHead.mjs';
import { siteOrigin, siteUrlWarning } from './src/site.ts';
import { widgetDirective } from './src/integrations/widgetDirective.mjs';

/** Where the site is deployed (SITE_URL); oEmbed, canonical and og: URLs, the feed and the sitemap use it. */
const site = siteOrigin(process.env);

// The theme script must run inline before first paint; the CSP allows exactly this text by hash.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  // HTML-style whitespace collapsing: keeps the single space between text and an inline element
  // across a line break (Astro 7's default 'jsx' mode drops it).
  compressHTML: true,
  integrations: [
    mdx(),
    react(),
    // Each page with its other language as an xhtml:link alternate (src/i18n/locale.ts: en, zh-CN under /zh/).
    sitemap({
      filter: (page) => !page.includes('/embed/') && !page.endsWith('/404/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
    }),
    islandStylesInHead(),
    {
      // A production build without SITE_URL writes localhost URLs everywhere: say so, loudly, at both ends
      // of the build output (a warning, not a failure: CI and local builds have no deployed origin).
      name: 'l3x:site-url',
      hooks: {
        'astro:build:start': ({ logger }) => { const w = siteUrlWarning(process.env); if (w) logger.warn(w); },
        'astro:build:done': ({ logger }) => { const w = siteUrlWarning(process.env); if (w) logger.warn(`\n${'!'.repeat(72)}\n${w}\n${'!'.repeat(72)}`); },
      },
    },
    // client:widget: widgets hydrate when visible or first touched, keeping early input (src/scripts/widgetDirective.ts).
    widgetDirective(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkReadingTime],
      remarkRehype: { footnoteLabel: 'Notes', footnoteLabelProperties: { className: ['footnotes-title'] } },
      rehypePlugins: [
        [rehypeKatex, { strict: 'error', throwOnError: true }],
        [rehypeCitation, {
          bibliography: 'content/references.bib',
          csl: 'apa',
          linkCitations: true,
          showTooltips: true,
          tooltipAttribute: 'data-tooltip',
        }],
        rehypeBibliography,
        // "§3.2" / "Table 3" in running text → links to the report (src/data/report.ts).
        rehypeReportLinks,
        rehypeSlug,
        // A translated chapter's headings take the English anchors; its notes and references headings its words.
        rehypeChapterLocale,
        [rehypeAutolinkHeadings, {
          behavior: 'append',
          properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
          content: { type: 'text', value: '#' },
        }],
      ],
    }),
  },
  vite: {
    // Never inline assets as data: URLs (KaTeX's small fonts would need font-src data:).
    build: { assetsInlineLimit: 0 },
    // Module workers, so the tokenizer worker can load each vocabulary as its own chunk, on demand.
    worker: { format: 'es' },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly (no JS eval is allowed).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      // KaTeX's HTML and SVG positioning use style="" attributes; <style> elements stay hash/self only.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
});
