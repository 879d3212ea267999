// HTML validation of every built page (dist/**/*.html) with html-validate (MIT), on its recommended rules.
// Usage: node scripts/validateHtml.mjs [dist] [--json reports/html-validate.json]
// Prints each error as file:line:column [rule] message and exits 1 if any page has one. With --json it also
// writes { pages, valid, invalid, errors: [{ file, line, column, rule, message }] } for scripts/test.mjs.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { definePlugin, HtmlValidate, Rule } from 'html-validate';

/** React's `key` is a hint to React, not an attribute: written into HTML (by MDX JSX) it is invalid. */
class NoReactKey extends Rule {
  documentation() {
    return { description: 'A JSX `key` prop was rendered as an HTML attribute; `key` is not an HTML attribute.' };
  }
  setup() {
    this.on('attr', (event) => {
      if (event.key === 'key') this.report(event.target, 'Attribute "key" is a JSX prop, not an HTML attribute', event.keyLocation);
    });
  }
}

/**
 * A <style> element is metadata content: valid in <head> only (the Nu validator says so; html-validate's
 * element metadata allows it in most flow content). Astro's island styles are moved to <head> after the
 * build (src/lib/islandStylesInHead.mjs); this keeps any other from landing in <body>.
 */
class NoStyleInBody extends Rule {
  documentation() {
    return { description: '<style> is only allowed in <head>.' };
  }
  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const node of document.querySelectorAll('body style')) this.report(node, '<style> element in <body>; it belongs in <head>');
    });
  }
}

export const CONFIG = {
  extends: ['html-validate:recommended'],
  plugins: [definePlugin({ name: 'l3x', rules: { 'l3x/no-react-key': NoReactKey, 'l3x/no-style-in-body': NoStyleInBody } })],
  rules: {
    'l3x/no-react-key': 'error',
    'l3x/no-style-in-body': 'error',
    // The pages come from two renderers whose output is valid HTML but differs in style: React writes
    // `<input/>`, `hidden=""` and `autoComplete`, Astro writes `<meta>`, `hidden` and lower case. These
    // four rules each ask for one style only (the HTML parser treats both alike), so they would flag
    // valid markup that no source change can make uniform; case stays checked, allowing React's camelCase.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // React's useId ids (`_r1R_ba_`) are valid HTML ids (non-empty, no spaces); the strict default also
    // requires a leading letter, which only matters for hand-written CSS selectors.
    'valid-id': ['error', { relaxed: true }],
    // KaTeX's build-time HTML places every glyph with style attributes, and widgets size bars and fields
    // with React style props; the page CSP allows attribute styles for exactly this (astro.config.mjs,
    // styleDirective). <style> elements stay checked by the other rules.
    'no-inline-style': 'off',
  },
};

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

/** Validates every page under `dist`; returns the pages and their errors. */
export async function validateSite(dist = 'dist') {
  const hv = new HtmlValidate(CONFIG);
  const files = htmlFiles(dist).sort();
  const errors = [];
  let invalid = 0;
  for (const file of files) {
    const report = await hv.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages);
    if (messages.length) invalid++;
    for (const m of messages) errors.push({ file: relative(dist, file), line: m.line, column: m.column, rule: m.ruleId, message: m.message });
  }
  return { pages: files.length, valid: files.length - invalid, invalid, errors };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const json = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
  const dist = args[0] ?? 'dist';
  const result = await validateSite(dist);
  for (const e of result.errors) console.log(`${join(dist, e.file)}:${e.line}:${e.column} [${e.rule}] ${e.message}`);
  const byRule = Object.entries(Object.groupBy(result.errors, (e) => e.rule)).map(([rule, list]) => `${rule} ×${list.length}`);
  console.log(`html-validate: ${result.pages} pages, ${result.valid} valid, ${result.invalid} with errors${byRule.length ? ` (${byRule.join(', ')})` : ''}`);
  if (json) { mkdirSync(dirname(json), { recursive: true }); writeFileSync(json, JSON.stringify(result, null, 2)); }
  process.exit(result.invalid ? 1 : 0);
}
