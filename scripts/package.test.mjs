// The package as npm run package builds it (scripts/package.mjs): what a host installs. Its behaviour in real host
// sites is tested end to end (tests/e2e/package.spec.ts on the fixtures); this checks the files themselves.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { beforeAll, describe, expect, it } from 'vitest';
import { componentName } from '../src/package/names.ts';

const OUT = '.package/out';
const DIST = join(OUT, 'dist');
const ids = readdirSync('src/widgets', { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`src/widgets/${d.name}/meta.ts`)).map((d) => d.name);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/package.mjs', '--quiet'], { stdio: 'inherit' });
}, 120_000);

describe('the package', () => {
  it('exports one component per widget, its types, and the stylesheet', () => {
    const pkg = JSON.parse(readFileSync(join(OUT, 'package.json'), 'utf8'));
    expect(pkg.peerDependencies).toEqual({ react: '^19.0.0', 'react-dom': '^19.0.0' });
    expect(pkg.dependencies).toBeUndefined();
    for (const id of ids) {
      expect(pkg.exports[`./${id}`]).toEqual({ types: `./dist/${id}.d.ts`, default: `./dist/${id}.js` });
      expect(readFileSync(join(DIST, `${id}.js`), 'utf8')).toContain(`as ${componentName(id)}}`);
      expect(readFileSync(join(DIST, `${id}.d.ts`), 'utf8')).toContain(`export declare const ${componentName(id)}: Component<${componentName(id)}Props>;`);
      expect(readFileSync(join(DIST, 'index.d.ts'), 'utf8')).toContain(`export { ${componentName(id)}, type ${componentName(id)}Props } from './${id}';`);
    }
    expect(pkg.exports['./styles.css'].default).toBe('./dist/styles.css');
  });

  it('types each prop from its schema: enums as their values, numbers, booleans', () => {
    const kv = readFileSync(join(DIST, 'kv-cache.d.ts'), 'utf8');
    expect(kv).toContain('model?: "llama3-8b" | "llama3-70b" | "llama3-405b" | "llama2-7b" | "llama2-70b" | "custom";');
    expect(kv).toContain('context?: number;');
    expect(kv).toContain('theme?: "auto" | "light" | "dark";');
    expect(kv).toMatch(/An integer from 1 to 1048576\. Default: 131072\. \*\/\n {2}context\?/);
    expect(readFileSync(join(DIST, 'common.d.ts'), 'utf8')).toContain("lang?: 'en' | 'zh';");
    // A comma-separated set is a string: its default, "tokens,length,truncated", must type-check.
    expect(readFileSync(join(DIST, 'reward-model.d.ts'), 'utf8')).toMatch(/Any of tokens, length, .*separated by commas\. Default: "tokens,length,truncated"\. \*\/\n {2}features\?: string;/);
  });

  // That the package imports nothing but React is checked where it is installed (scripts/packageFixtures.mjs,
  // which resolves every import of every file with esbuild); here, that what it bundles carries its licence.
  it('carries the licence of every library bundled into it', () => {
    const third = readFileSync(join(OUT, 'licenses/THIRD-PARTY.txt'), 'utf8');
    for (const lib of ['d3-scale', 'd3-shape', 'zod', 'js-tiktoken', 'llama-tokenizer-js', 'fft.js']) expect(third).toContain(`${lib} `);
  });

  it('carries the Llama notices and both licence agreements', () => {
    const notice = readFileSync(join(OUT, 'NOTICE.txt'), 'utf8');
    expect(notice).toContain('Built with Meta Llama 3.');
    expect(notice).toContain('Meta Llama 3 is licensed under the Meta Llama 3 Community License, Copyright © Meta Platforms, Inc.');
    expect(notice).toContain('Llama 2 is licensed under the LLAMA 2 Community License, Copyright © Meta Platforms, Inc.');
    expect(readFileSync(join(OUT, 'licenses/META-LLAMA-3-COMMUNITY-LICENSE.txt'), 'utf8')).toContain('META LLAMA 3 COMMUNITY LICENSE AGREEMENT');
    expect(readFileSync(join(OUT, 'licenses/LLAMA-2-COMMUNITY-LICENSE.txt'), 'utf8')).toMatch(/LLAMA 2 COMMUNITY LICENSE AGREEMENT/i);
  });

  it('ships every worker and picture it refers to, beside the code that refers to it', () => {
    const refs = new Set();
    for (const f of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
      for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/new URL\("\.\/([^"]+)",import\.meta\.url\)/g)) refs.add(m[1]);
    }
    expect([...refs].filter((r) => r.endsWith('.worker.js')).length).toBeGreaterThanOrEqual(7);
    for (const r of refs) expect(existsSync(join(DIST, r)), r).toBe(true);
  });

  it('scopes every rule of its stylesheet under the root, and uses no rem (the host sets rem)', () => {
    const sheet = postcss.parse(readFileSync(join(DIST, 'styles.css'), 'utf8'));
    sheet.walkRules((rule) => {
      if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
      for (const sel of rule.selectors) expect(sel.startsWith(':is(.l3x, #l3x-scope)'), sel).toBe(true);
    });
    sheet.walkDecls((d) => expect(d.value, `${d.parent.selector} { ${d.prop} }`).not.toMatch(/\d(rem)\b/));
    sheet.walkAtRules('container', (a) => expect(a.params).not.toMatch(/rem\b/));
    let fontFaces = 0;
    sheet.walkAtRules('font-face', () => { fontFaces++; });
    expect(fontFaces).toBe(0);
  });
});
