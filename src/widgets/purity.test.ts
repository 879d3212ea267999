// The widget contract: a widget's math is pure. Every non-view, non-meta, non-test file in a widget
// folder (model.ts, bpe.ts, attention.ts, …) imports no React, touches no DOM and draws no Math.random;
// so does the shared domain math the models build on (src/lib/llama).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = 'src/widgets';
/** Shared pure modules outside the widget folders, checked file by file like a widget's. */
const SHARED_PURE_DIRS = ['src/lib/llama'];
const pureFiles = [
  ...readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).map((f) => join(root, d.name, f))),
  ...SHARED_PURE_DIRS.flatMap((dir) => readdirSync(dir).map((f) => join(dir, f))),
].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('/meta.ts'));

/** Checked on the code with comments removed (import specifiers are strings, so they stay). */
const FORBIDDEN_IMPORTS: [RegExp, string][] = [
  [/from ['"]react(-dom)?(\/[^'"]*)?['"]/, 'imports React'],
  [/from ['"]d3-selection['"]/, 'imports d3-selection'],
];
/** Checked with string literals removed too (sample texts may say "window."). */
const FORBIDDEN_CODE: [RegExp, string][] = [
  [/(^|[^.\w])(document|window|localStorage|navigator)\s*[.[]/m, 'touches the DOM or browser globals'],
  [/Math\.random\s*\(/, 'uses Math.random (take a seed instead)'],
];

it('there are model files to check, the shared ones included', () => {
  expect(pureFiles.length).toBeGreaterThanOrEqual(8);
  for (const dir of SHARED_PURE_DIRS) expect(pureFiles.some((f) => f.startsWith(`${dir}/`))).toBe(true);
});

it.each(pureFiles)('%s is pure', (file) => {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const bare = code.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
  const problems = [
    ...FORBIDDEN_IMPORTS.filter(([re]) => re.test(code)),
    ...FORBIDDEN_CODE.filter(([re]) => re.test(bare)),
  ].map(([, why]) => why);
  expect(problems).toEqual([]);
});

it('the check catches what it forbids', () => {
  const sample = "import { useState } from 'react';\nconst x = Math.random() + window.innerWidth;";
  expect(FORBIDDEN_IMPORTS.some(([re]) => re.test(sample))).toBe(true);
  expect(FORBIDDEN_CODE.filter(([re]) => re.test(sample))).toHaveLength(2);
});
