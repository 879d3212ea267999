// npm run package: the widgets as an npm package of React components (README "Use it as a component"), built from
// the same widget folders as the site, then packed with `npm pack` into dist-package/llama3-explained.tgz.
//
// What the package holds (staged in .package/out, then packed):
// - dist/<id>.js, one per widget, exporting its component (kv-cache → KvCache: src/package/names.ts), and
//   dist/index.js exporting them all. ESM, bundled by esbuild with code splitting: every chunk sits beside the
//   entries, so a chunk the tokenizer loads on demand (a vocabulary) stays a chunk the host's bundler splits again.
//   React is the only import left (a peer dependency); the other libraries are inside, with their licences.
// - Workers as files beside them (dist/<name>.worker.js), each created by `new Worker(new URL('./<name>.worker.js',
//   import.meta.url), { type: 'module' })`, the one form Vite, webpack and Turbopack all follow into a consumer's
//   build; so are the vision-adapter's pictures (dist/images/, `new URL('./images/…', import.meta.url)`). Nothing
//   is fetched from this site or any other origin.
// - dist/styles.css: the site's widget styles (the kit's, each widget's, and the shared part of global.css), every
//   selector scoped under the component's root `.l3x`, and raised above any host rule without an id, with a reset
//   so that a host's element styles (p, button, table…) do not reach inside. Custom properties are set on the root.
// - dist/<id>.d.ts and dist/index.d.ts: each component's props typed from its URL schema (same names, same values),
//   plus `lang` and `theme`, with the schema's comments.
// - README.md, CHANGELOG.md, LICENSE, NOTICE.txt and licenses/ (the Llama notices and agreements, and the licence of
//   every library bundled in, listed from esbuild's metafile).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import postcss from 'postcss';
import { componentName, PACKAGE_NAME, PACKAGE_TARBALL } from '../src/package/names.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.package');
const entries = join(work, 'entries');
const out = join(work, 'out');
const dist = join(out, 'dist');
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');
/** The deployed site's origin (SITE_URL, as for the site's build): the widgets' links to its chapters. */
const siteOrigin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : '';
const log = (...a) => { if (!quiet) console.log(...a); };

// Only what this script writes: .package/fixtures (scripts/packageFixtures.mjs) stays.
for (const dir of [entries, out]) rmSync(dir, { recursive: true, force: true });
mkdirSync(entries, { recursive: true });
mkdirSync(join(dist, 'images'), { recursive: true });

// ── Entries: one per widget folder ───────────────────────────────────────────────────────────────────────────────
const ids = readdirSync(join(root, 'src/widgets'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'src/widgets', d.name, 'meta.ts')))
  .map((d) => d.name)
  .sort();
const rel = (p) => relative(entries, join(root, p)).replaceAll('\\', '/');
for (const id of ids) {
  const name = componentName(id);
  writeFileSync(join(entries, `${id}.ts`), [
    `import en from '${rel(`src/widgets/${id}/en`)}';`,
    `import zh from '${rel(`src/widgets/${id}/zh`)}';`,
    `import { packaged } from '${rel('src/package/packaged')}';`,
    `export const ${name} = packaged('${id}', '${name}', { en, zh } as never);`,
    '',
  ].join('\n'));
}
writeFileSync(join(entries, 'index.ts'), ids.map((id) => `export { ${componentName(id)} } from './${id}';\n`).join(''));

// ── Workers: every `new URL('./….ts', import.meta.url)` in src is a worker entry ────────────────────────────────────
const WORKER_URL = /new URL\((['"])\.\/([\w.-]+)\.ts\1,\s*import\.meta\.url\)/g;
const workers = new Map(); // absolute source path → output name (without .js)
function walk(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p);
    else if (/\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name)) {
      for (const m of readFileSync(p, 'utf8').matchAll(WORKER_URL)) {
        const file = join(dirname(p), `${m[2]}.ts`);
        workers.set(file, m[2] === 'worker' ? `${basename(dirname(p))}.worker` : m[2]);
      }
    }
  }
}
walk(join(root, 'src'));

/** Rewrites worker URLs to the files beside the bundle, and `?url` imports (pictures) to URLs beside it. */
const packagePlugin = {
  name: 'l3x-package',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (args.path === join(root, 'src/package/packaged.tsx') && siteOrigin) {
        return { contents: text.replace("const SITE_ORIGIN = '';", `const SITE_ORIGIN = ${JSON.stringify(siteOrigin)};`), loader: 'tsx' };
      }
      if (!text.includes('import.meta.url')) return undefined;
      const contents = text.replace(WORKER_URL, (all, q, stem) => {
        const name = workers.get(join(dirname(args.path), `${stem}.ts`));
        if (!name) throw new Error(`${args.path}: ${all} is not a known worker`);
        return `new URL('./${name}.js', import.meta.url)`;
      });
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
    build.onResolve({ filter: /\?url$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\?url$/, '')), namespace: 'l3x-url' }));
    build.onLoad({ filter: /.*/, namespace: 'l3x-url' }, (args) => {
      const file = basename(args.path);
      copyFileSync(args.path, join(dist, 'images', file));
      return { contents: `export default new URL('./images/${file}', import.meta.url).href;`, loader: 'js' };
    });
  },
};

const entryPoints = {
  index: join(entries, 'index.ts'),
  ...Object.fromEntries(ids.map((id) => [id, join(entries, `${id}.ts`)])),
  ...Object.fromEntries([...workers].map(([file, name]) => [name, file])),
};
const result = await esbuild.build({
  entryPoints,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none', // the licences travel as files (licenses/), listed below from the metafile
  chunkNames: '[name]-[hash]',
  external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
  loader: { '.css': 'empty' },
  // Server-rendered by the host (Astro, Next.js…) and hydrated there: a client component in React's terms.
  banner: { js: "'use client';" },
  tsconfig: join(root, 'tsconfig.json'),
  metafile: true,
  logLevel: 'warning',
  plugins: [packagePlugin],
});

// ── Styles ────────────────────────────────────────────────────────────────────────────────────────────────────────
const scope = ':is(.l3x, #l3x-scope)'; // one class, an id's weight: above any host rule that has no id
/** The part of global.css widgets use: colours, base elements, the shell's notices and the shared controls. */
const SHARED = /^(?::root.*|:lang\(zh\) em|\*, \*::before, \*::after|\[hidden\]|body|a|a:hover|:focus-visible|code, kbd, pre|img, svg|button, input, select, textarea|button|button:hover|::placeholder|\.visually-hidden|\.widget\b.*|\.embed-credit|\.segmented\b.*|\.copy-status)$/;
const cssFiles = [
  ...readdirSync(join(root, 'src/components/kit')).filter((f) => f.endsWith('.css')).sort().map((f) => join(root, 'src/components/kit', f)),
  ...ids.flatMap((id) => readdirSync(join(root, 'src/widgets', id)).filter((f) => f.endsWith('.css')).sort().map((f) => join(root, 'src/widgets', id, f))),
];
const globalCss = postcss.parse(readFileSync(join(root, 'src/styles/global.css'), 'utf8'));
globalCss.each((node) => {
  if (node.type === 'rule' && !SHARED.test(node.selector)) node.remove();
  else if (node.type === 'atrule' && node.name === 'font-face') node.remove(); // the site's serif: widgets use the sans stack
  else if (node.type === 'atrule' && node.name === 'media') {
    if (/print/.test(node.params)) node.remove();
    else node.walkRules((r) => { if (!SHARED.test(r.selector)) r.remove(); });
    if (node.nodes?.length === 0) node.remove();
  } else if (node.type === 'atrule' && /view-transition/.test(node.toString())) node.remove();
});
globalCss.walkAtRules('view-transition', (a) => a.remove()); // page navigation: the host's business
globalCss.walkAtRules('media', (m) => { m.walkRules((r) => { if (/^html/.test(r.selector)) r.remove(); }); if (m.nodes?.length === 0) m.remove(); });
const reset = readFileSync(join(root, 'src/package/reset.css'), 'utf8');
const sheet = postcss.parse([reset, globalCss.toString(), ...cssFiles.map((f) => `/* ${relative(root, f)} */\n${readFileSync(f, 'utf8')}`)].join('\n'));
sheet.walkRules((rule) => {
  if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
  rule.selectors = rule.selectors.map((sel) => {
    // The site's page-level selectors (:root, :root[data-theme='dark'], :root:lang(zh), body) become the
    // component's root; everything else is scoped under it.
    if (sel.startsWith(':root')) return `${scope}${sel.slice(5)}`;
    if (sel === 'body') return scope;
    return `${scope} ${sel}`;
  });
});
sheet.walkAtRules('import', (a) => { throw new Error(`styles: @import ${a.params} is not bundled`); });
// rem would follow the host page's root font size (a site with `html { font-size: 62.5% }` shrinks every widget to
// 10 px text). The root takes the reader's own default size (`medium`, which no page style changes), a registered
// length property holds it in px, and every rem inside becomes a multiple of it; so do the container queries' rem
// (em there is the container's size, which is the root's).
const REM = /(-?\d*\.?\d+)rem\b/g;
sheet.walkDecls((d) => {
  if (d.parent?.type === 'rule' && d.parent.selector === scope && d.prop === 'font-size') { d.value = 'medium'; return; }
  if (REM.test(d.value)) d.value = d.value.replace(REM, (_, n) => `calc(${n} * var(--l3x-rem))`);
});
sheet.walkAtRules('container', (a) => { a.params = a.params.replace(REM, '$1em'); });
sheet.prepend(postcss.parse(`@property --l3x-rem { syntax: '<length>'; inherits: true; initial-value: 16px; }\n${scope} { --l3x-rem: 1em; }`));
writeFileSync(join(dist, 'styles.css'), `/* ${PACKAGE_NAME} ${rootPkg.version}: every rule scoped under .l3x (the components' root). */\n${sheet.toString()}`);

// ── Types, from each widget's URL schema ──────────────────────────────────────────────────────────────────────────
const introspect = join(work, 'introspect.mjs');
writeFileSync(join(entries, 'introspect.ts'), [
  `import { defaultsOf, fieldSpec } from '${rel('src/lib/urlState')}';`,
  ...ids.map((id, i) => `import { meta as m${i} } from '${rel(`src/widgets/${id}/meta`)}';`),
  ...ids.map((id, i) => `import zh${i} from '${rel(`src/widgets/${id}/messages.zh`)}';`),
  `const metas = [${ids.map((_, i) => `[m${i}, zh${i}]`).join(', ')}];`,
  // A default that follows lang (meta.localDefaults: the tokenizer's Chinese sample) is written beside the schema's.
  'console.log(JSON.stringify(metas.map(([m, zh]) => ({ id: m.id, defaults: defaultsOf(m.fields), zhDefaults: m.localDefaults?.(zh.messages) ?? {}, specs: Object.fromEntries(Object.entries(m.fields.shape).map(([k, f]) => [k, fieldSpec(f)])) }))));',
].join('\n'));
await esbuild.build({ entryPoints: [join(entries, 'introspect.ts')], outfile: introspect, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning', plugins: [packagePlugin], loader: { '.css': 'empty' }, tsconfig: join(root, 'tsconfig.json') });
const schemas = JSON.parse(execFileSync(process.execPath, [introspect], { encoding: 'utf8', maxBuffer: 64 << 20 }));

/** The comment above each field in a widget's meta.ts (or in the file its fields are spread from). */
function fieldDocs(id) {
  const docs = {};
  const dir = join(root, 'src/widgets', id);
  for (const f of readdirSync(dir).filter((f) => /^(meta|shapeFields)\.ts$/.test(f))) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*(\w+):/g)) {
      docs[m[2]] ??= m[1].split('\n').map((l) => l.replace(/^\s*\*?\s?/, '').trim()).join(' ').trim();
    }
  }
  return docs;
}
const tsType = (spec) => {
  switch (spec?.kind) {
    case 'enum': return spec.values.map((v) => JSON.stringify(v)).join(' | ');
    case 'int': case 'number': return 'number';
    case 'bool': return 'boolean';
    default: return 'string';
  }
};
const accepts = (spec) => {
  switch (spec?.kind) {
    case 'set': return `Any of ${spec.values.join(', ')}, separated by commas.`;
    case 'int': return `An integer from ${spec.min} to ${spec.max}${spec.relation ? ` (${spec.relation.op} ${spec.relation.key})` : ''}.`;
    case 'number': return `A number from ${spec.min} to ${spec.max}.`;
    case 'text': return `At most ${spec.maxLength} characters.`;
    default: return '';
  }
};
const commonDts = `import type { JSX } from 'react';

/** Props every component takes. */
export interface CommonProps {
  /** The widget's language: English (default) or Chinese. An invalid value falls back and is named in the widget. */
  lang?: 'en' | 'zh';
}
export type Component<P> = (props: P) => JSX.Element;
`;
writeFileSync(join(dist, 'common.d.ts'), commonDts);
// `import 'llama3-explained/styles.css'` type-checks without a bundler's CSS declarations (TypeScript 6 checks
// side-effect imports).
writeFileSync(join(dist, 'styles.css.d.ts'), 'export {};\n');
for (const s of schemas) {
  const name = componentName(s.id);
  const docs = fieldDocs(s.id);
  const lines = Object.entries(s.specs).map(([key, spec]) => {
    const zh = key in s.zhDefaults && s.zhDefaults[key] !== s.defaults[key] ? ` With lang="zh": ${JSON.stringify(s.zhDefaults[key])}.` : '';
    const fallback = s.defaults[key] === undefined ? 'No default (see the widget).' : `Default: ${JSON.stringify(s.defaults[key])}.${zh}`;
    const doc = [docs[key] ?? (key === 'theme' ? 'light, dark, or auto (the reader’s OS setting).' : ''), accepts(spec), fallback].filter(Boolean).join(' ');
    return `  /** ${doc.replaceAll('*/', '*\\/')} */\n  ${key}?: ${tsType(spec)};`;
  });
  writeFileSync(join(dist, `${s.id}.d.ts`), `import type { CommonProps, Component } from './common';

/** Props of ${name} (${s.id}): its URL parameters, with the same names, values and defaults, plus lang. */
export interface ${name}Props extends CommonProps {
${lines.join('\n')}
}
/** The ${s.id} widget. Invalid props fall back to their defaults and are named in the widget. */
export declare const ${name}: Component<${name}Props>;
`);
}
writeFileSync(join(dist, 'index.d.ts'), `export type { CommonProps } from './common';\n${ids.map((id) => `export { ${componentName(id)}, type ${componentName(id)}Props } from './${id}';\n`).join('')}`);

// ── Licences and notices ──────────────────────────────────────────────────────────────────────────────────────────
const bundled = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m && !bundled.has(m[1])) {
    const dir = join(root, 'node_modules', m[1]);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    bundled.set(m[1], { version: pkg.version, license: pkg.license, text: file ? readFileSync(join(dir, file), 'utf8') : null });
  }
}
mkdirSync(join(out, 'licenses'), { recursive: true });
for (const f of readdirSync(join(root, 'public/licenses'))) copyFileSync(join(root, 'public/licenses', f), join(out, 'licenses', f));
const third = [...bundled].sort(([a], [b]) => a.localeCompare(b));
writeFileSync(join(out, 'licenses', 'THIRD-PARTY.txt'), third.map(([name, b]) =>
  `${name} ${b.version} (${b.license})\n${'-'.repeat(72)}\n${b.text ?? `No licence file in the package; its package.json says ${b.license}.`}\n`).join('\n'));
writeFileSync(join(out, 'NOTICE.txt'), `${readFileSync(join(root, 'src/package/NOTICE.txt'), 'utf8').trimEnd()}

Libraries bundled into this package (their licences are in licenses/THIRD-PARTY.txt):
${third.map(([name, b]) => `- ${name} ${b.version}: ${b.license}`).join('\n')}
`);
writeFileSync(join(out, 'LICENSE'), readFileSync(join(root, 'src/package/LICENSE'), 'utf8'));
copyFileSync(join(root, 'CHANGELOG.md'), join(out, 'CHANGELOG.md'));
writeFileSync(join(out, 'README.md'), readFileSync(join(root, 'src/package/README.md'), 'utf8').replaceAll('{{version}}', rootPkg.version));
if (!bundled.has('llama-tokenizer-js') || !readFileSync(join(out, 'NOTICE.txt'), 'utf8').includes('Meta Llama 3 Community License')) {
  throw new Error('package: the Llama notices are missing');
}

// ── package.json and the tarball ──────────────────────────────────────────────────────────────────────────────────
const exportsMap = {
  '.': { types: './dist/index.d.ts', default: './dist/index.js' },
  './styles.css': { types: './dist/styles.css.d.ts', default: './dist/styles.css' },
  ...Object.fromEntries(ids.map((id) => [`./${id}`, { types: `./dist/${id}.d.ts`, default: `./dist/${id}.js` }])),
  './package.json': './package.json',
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify({
  name: PACKAGE_NAME,
  version: rootPkg.version,
  description: 'The interactive widgets of Llama 3 Explained as React components: parameter counts, the real Llama 3 and Llama 2 tokenizers, KV-cache sizes, RoPE, training and post-training, computed in the browser. English and Chinese.',
  license: 'MIT',
  type: 'module',
  exports: exportsMap,
  types: './dist/index.d.ts',
  files: ['dist', 'licenses', 'NOTICE.txt', 'CHANGELOG.md'],
  // Only the stylesheet must be kept when nothing is imported from it: a host's bundler drops the widgets a page
  // does not import, even when they come through the index.
  sideEffects: ['*.css'],
  peerDependencies: { react: '^19.0.0', 'react-dom': '^19.0.0' },
  keywords: ['llama', 'llama-3', 'react', 'transformer', 'tokenizer', 'explainer', 'widgets'],
}, null, 2)}\n`);

mkdirSync(join(root, dirname(PACKAGE_TARBALL)), { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', join(root, dirname(PACKAGE_TARBALL))], { cwd: out, encoding: 'utf8' }))[0];
renameSync(join(root, dirname(PACKAGE_TARBALL), packed.filename), join(root, PACKAGE_TARBALL));
log(`${PACKAGE_NAME}@${packed.version}: ${ids.length} components, ${workers.size} workers, ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB packed → ${PACKAGE_TARBALL}`);
