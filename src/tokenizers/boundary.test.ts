// The tokenizers' public surface: code outside this folder imports only its entry points (index.ts pure, client.ts
// the worker client, react.ts the hooks; measure.ts only at build time, from the chapters and from their number
// modules in src/chapters/, which only chapters import). Everything else here is internal and may change without
// touching a widget.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const FOLDER = resolve('src/tokenizers');
/** Entry points, as module paths inside the folder ('' is the folder itself, i.e. index.ts). */
const ENTRY_POINTS = ['', 'index', 'client', 'react'];
/** Build-time entry point: counts with all three vocabularies, synchronously (several MB). */
const BUILD_TIME = ['measure'];
/** The chapters' number modules (src/chapters/<slug>.ts): build time, like the chapters that import them. */
const CHAPTER_MODULES = resolve('src/chapters');

function filesUnder(dir: string, exts: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return resolve(path) === FOLDER ? [] : filesUnder(path, exts);
    return exts.test(d.name) ? [path] : [];
  });
}

/** Module specifiers of static imports and re-exports, dynamic import()s and vi.mock()s. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)(['"])([^'"\n]+)\1/g)) found.push(m[2]!);
  return found;
}

/** The module path inside src/tokenizers that `spec`, imported from `file`, names; null when it is elsewhere. */
function tokenizerModule(file: string, spec: string): string | null {
  // '@/…' is src/ (the import alias of tsconfig.json), as chapters write it.
  const target = spec.startsWith('@/') ? resolve('src', spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
  if (target === null) return null;
  const rel = relative(FOLDER, target);
  if (rel.startsWith('..')) return null;
  return rel.replace(/\.(ts|tsx)$/, '').replaceAll('\\', '/');
}

function violations(file: string, code: string, allowed: readonly string[]): string[] {
  return specifiers(code)
    .map((spec) => ({ spec, module: tokenizerModule(file, spec) }))
    .filter((s) => s.module !== null && !allowed.includes(s.module))
    .map((s) => `${file} imports ${s.spec}`);
}

const sources = filesUnder('src', /\.(ts|tsx|astro|mdx?)$/);
const chapters = filesUnder('content', /\.mdx?$/);

const isChapterModule = (f: string) => !relative(CHAPTER_MODULES, resolve(f)).startsWith('..');

it('finds the widgets and the chapters that use the tokenizers', () => {
  const users = [...sources, ...chapters].filter((f) => specifiers(readFileSync(f, 'utf8')).some((s) => tokenizerModule(f, s) !== null));
  expect(users).toEqual(expect.arrayContaining([
    join('src/widgets/tokenizer-playground/TokenizerPlayground.tsx'),
    join('src/widgets/vocab-tradeoff/VocabTradeoff.tsx'),
    join('src/widgets/bpe-stepper/bpe.ts'),
    join('src/chapters/tokenizer.ts'),
    join('content/chapters/en/03-tokenizer.mdx'),
    join('content/chapters/zh/03-tokenizer.mdx'),
  ]));
});

it('code outside src/tokenizers imports only its entry points', () => {
  expect(sources.filter((f) => !isChapterModule(f)).flatMap((f) => violations(f, readFileSync(f, 'utf8'), ENTRY_POINTS))).toEqual([]);
});

it('chapters and their number modules import the entry points, and measure.ts at build time', () => {
  const buildTime = [...chapters, ...sources.filter(isChapterModule)];
  expect(buildTime.flatMap((f) => violations(f, readFileSync(f, 'utf8'), [...ENTRY_POINTS, ...BUILD_TIME]))).toEqual([]);
});

it('no widget, component or page imports a chapter number module (measure.ts would ship with it)', () => {
  const importers = sources.filter((f) => !isChapterModule(f) && !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'))
    .filter((f) => specifiers(readFileSync(f, 'utf8')).some((s) => {
      const target = s.startsWith('@/') ? resolve('src', s.slice(2)) : s.startsWith('.') ? resolve(dirname(f), s) : null;
      return target !== null && !relative(CHAPTER_MODULES, target).startsWith('..');
    }));
  expect(importers).toEqual([]);
});

it('the check catches what it forbids', () => {
  const file = 'src/widgets/example/Example.tsx';
  const code = [
    "import { LLAMA3_PATTERN } from '../../tokenizers/pattern';",
    "import type { ByteRun } from '../../tokenizers/bytes.ts';",
    "export { measureSaving } from '../../tokenizers/measure';",
    "const c = await import('../../tokenizers/worker');",
    "vi.mock('../../tokenizers/protocol', () => ({}));",
    "import { useTokenizer } from '../../tokenizers/react';",
    "import { splitSaving } from '../../tokenizers';",
    "import { createTokenizerClient } from '../../tokenizers/client';",
    "import { LLAMA3_PAT_STR } from '@/tokenizers/pattern';",
    "import { formatFor } from '../../lib/format';",
  ].join('\n');
  expect(violations(file, code, ENTRY_POINTS)).toEqual([
    `${file} imports ../../tokenizers/pattern`,
    `${file} imports ../../tokenizers/bytes.ts`,
    `${file} imports ../../tokenizers/measure`,
    `${file} imports ../../tokenizers/worker`,
    `${file} imports ../../tokenizers/protocol`,
    `${file} imports @/tokenizers/pattern`,
  ]);
});
