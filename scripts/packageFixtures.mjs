// The package as a blogger's site gets it: builds the package (scripts/package.mjs), then, for each fixture site in
// tests/fixtures/package-<name>, copies it to .package/fixtures/<name> (fresh, no node_modules), installs it the way
// a blogger would (`npm ci` from the fixture's own lockfile, then the packed tarball: nothing from this repository's
// node_modules), and builds it (`npm run build`). tests/e2e/package.spec.ts then serves each fixture's dist/.
// One line per check (✓/✗); the last line is `N passed, N failed`; exits non-zero if any check failed.
// Usage: node scripts/packageFixtures.mjs [--json reports/package-fixtures.json]
//
// The fixtures' lockfiles hold everything but llama3-explained: a lockfile entry for the tarball would pin its
// integrity and fail `npm ci` (EINTEGRITY) whenever the package changes. To update a lockfile: copy the fixture
// to a temporary folder, `npm install` there, copy package-lock.json back.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { PACKAGE_NAME, PACKAGE_TARBALL } from '../src/package/names.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'tests/fixtures');
const target = join(root, '.package/fixtures');
const tarball = resolve(root, PACKAGE_TARBALL);
const jsonAt = process.argv.indexOf('--json');
const jsonOut = jsonAt > 0 ? process.argv[jsonAt + 1] : null;

/** The fixtures: every tests/fixtures/package-<name> folder, served by Playwright from .package/fixtures/<name>/dist. */
export const FIXTURES = readdirSync(sources, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('package-'))
  .map((d) => d.name.slice('package-'.length))
  .sort();

// This Node (22, from the `node` devDependency) first on PATH for every child, so that the fixtures' scripts
// (`astro build`, `vite build`: `#!/usr/bin/env node`) do not run on an older system Node. npm's own config and
// cache are the user's; a fixture's audit and funding notices are noise here.
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false',
};
// Set by `npm test`/`npm run` for this repository; a fixture is its own project.
for (const k of Object.keys(env)) if (/^npm_(package|lifecycle)_/i.test(k) || /^(INIT_CWD|npm_config_local_prefix)$/i.test(k)) delete env[k];

const checks = [];
/** Runs a command in `cwd`, its output shown indented only if it fails (or with VERBOSE=1). */
function run(name, cmd, args, cwd) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const secs = (Date.now() - t) / 1000;
  const ok = r.status === 0;
  if (!ok || process.env.VERBOSE) {
    const text = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trimEnd();
    if (text) console.log(text.split('\n').slice(-60).map((l) => `    ${l}`).join('\n'));
  }
  return { ok, secs };
}
async function check(name, fn) {
  const t = Date.now();
  let ok = false;
  let why = '';
  try { const r = await fn(); ok = r === true || r?.ok === true; why = typeof r === 'string' ? r : ''; } catch (e) { why = e.message; }
  const secs = (Date.now() - t) / 1000;
  checks.push({ name, ok, secs: Number(secs.toFixed(1)) });
  console.log(`${ok ? '✓' : '✗'} ${name} (${secs.toFixed(1)} s)${why ? `: ${why}` : ''}`);
  return ok;
}

const packaged = await check('package built (scripts/package.mjs)', () => {
  const r = run('package', process.execPath, [join(root, 'scripts/package.mjs'), '--quiet'], root);
  return r.ok && existsSync(tarball) ? true : r.ok ? `no ${PACKAGE_TARBALL}` : 'scripts/package.mjs failed';
});

// The fixtures sit inside this repository, so a bundler resolving a bare import the package left in would find it in
// this repository's node_modules and hide the missing dependency. Checked here instead: every import in the
// package's JavaScript (entries, chunks, workers) is relative or one of its peer dependencies.
if (packaged) await check('package imports nothing but its peer dependencies', () => {
  const pkgDir = join(root, '.package/out');
  const peers = Object.keys(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).peerDependencies ?? {});
  const bare = new Set();
  const files = readdirSync(join(pkgDir, 'dist')).filter((f) => f.endsWith('.js')).map((f) => join(pkgDir, 'dist', f));
  return esbuild.build({
    entryPoints: files, bundle: true, write: false, outdir: join(root, '.package/imports'), format: 'esm', splitting: true, logLevel: 'silent',
    loader: { '.webp': 'file', '.png': 'file', '.jpg': 'file', '.css': 'empty' },
    plugins: [{ name: 'bare', setup(b) { b.onResolve({ filter: /^[^./]/ }, (a) => { bare.add(a.path); return { path: a.path, external: true }; }); } }],
  }).then(() => {
    const stray = [...bare].filter((s) => !peers.some((p) => s === p || s.startsWith(`${p}/`)));
    return stray.length ? `imports ${stray.join(', ')} (peer dependencies: ${peers.join(', ')})` : true;
  });
});

for (const name of FIXTURES) {
  const src = join(sources, `package-${name}`);
  const dir = join(target, name);
  if (!packaged) {
    await check(`${name}: installed`, () => 'not run (no package)');
    await check(`${name}: built`, () => 'not run (no package)');
    continue;
  }
  const installed = await check(`${name}: installed (npm ci + ${PACKAGE_NAME} tarball)`, () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // A fresh copy of the fixture's sources only: a node_modules, dist or .astro left in tests/fixtures by hand is not copied.
    cpSync(src, dir, { recursive: true, filter: (p) => !/[\\/](node_modules|dist|\.astro)$/.test(p) });
    if (!existsSync(join(dir, 'package-lock.json'))) return 'no package-lock.json in the fixture';
    const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');
    if (lock.includes(`node_modules/${PACKAGE_NAME}"`)) return `its package-lock.json must not hold ${PACKAGE_NAME}`;
    // --prefer-offline: the versions the main `npm ci` cached (astro, react…) come from npm's cache.
    if (!run('npm ci', 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir).ok) return 'npm ci failed';
    if (!run('npm install', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], dir).ok) return 'npm install of the tarball failed';
    const pkg = join(dir, 'node_modules', PACKAGE_NAME, 'package.json');
    if (!existsSync(pkg)) return `${PACKAGE_NAME} is not in node_modules`;
    return true;
  });
  await check(`${name}: built (npm run build)`, () => {
    if (!installed) return 'not run (not installed)';
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    if (!run('build', 'npm', ['run', 'build'], dir).ok) return 'npm run build failed';
    return existsSync(join(dir, 'dist', 'index.html')) ? true : 'no dist/index.html';
  });
}

const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
if (jsonOut) {
  mkdirSync(dirname(resolve(root, jsonOut)), { recursive: true });
  writeFileSync(resolve(root, jsonOut), JSON.stringify({ passed, failed, checks }, null, 2) + '\n');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
