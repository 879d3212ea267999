// Nothing a reader types (or a URL carries) may reach an HTML parser: no HTML sinks anywhere in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '__snapshots__' ? [] : sourceFiles(p);
    return /\.(ts|tsx|astro|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const SINKS = /\.innerHTML\s*[+]?=|\.outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write\s*\(|\.html\(|new Function\s*\(|\beval\s*\(/;
// The only set:html in the project injects our own theme script (a file, hashed into the CSP).
const ALLOWED = new Map([['src/layouts/Base.astro', /set:html=\{themeInit\}/], ['src/layouts/Embed.astro', /set:html=\{themeInit\}/]]);

it('src/ has no HTML-injection sinks and no eval', () => {
  const offenders: string[] = [];
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    text.split('\n').forEach((line, i) => {
      if (SINKS.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      if (/set:html/.test(line) && !(ALLOWED.get(file)?.test(line))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(offenders).toEqual([]);
});
