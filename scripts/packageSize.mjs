// The npm package's size per widget (issue #19; `npm run bench` prints it): the gzipped JavaScript a host's page
// loads for one component imported on its own (`llama3-explained/<id>`: its entry and every chunk it imports
// statically), against the islands budget of DESIGN.md (150 KB gz for all the islands of a page, React included).
// Not counted, as in the site's budget: what loads on demand (tokenizer vocabularies, workers, pictures). React is
// the host's (a peer dependency): it is counted once, as the site's own React renderer weighs it (dist/, when built).
// The stylesheet is one file for every widget; its size is given apart.
// Usage: node scripts/packageSize.mjs [--no-build]   (builds the package first unless --no-build)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_ISLANDS_GZ, gzSize, staticClosure } from './budget.mjs';

const PKG = '.package/out/dist';

/** gz bytes of the site's React renderer (the islands' component-url/renderer-url closure minus the widgets'), or null. */
function reactGz(dist = 'dist') {
  const embed = join(dist, 'embed/kv-cache/index.html');
  if (!existsSync(embed)) return null;
  const html = readFileSync(embed, 'utf8');
  const renderer = /renderer-url="(\/[^"]+\.js)"/.exec(html)?.[1];
  return renderer ? [...staticClosure(dist, renderer)].reduce((a, u) => a + gzSize(join(dist, u)), 0) : null;
}

export function packageSizes({ build = true } = {}) {
  if (build) {
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--quiet'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run package failed');
  }
  const ids = readdirSync(PKG).filter((f) => f.endsWith('.d.ts') && !/^(index|common|styles\.css)\.d\.ts$/.test(f)).map((f) => f.slice(0, -5)).sort();
  const react = reactGz();
  const widgets = Object.fromEntries(ids.map((id) => {
    const closure = staticClosure(PKG, `${id}.js`);
    const jsGz = [...closure].reduce((a, u) => a + gzSize(join(PKG, u)), 0);
    return [id, { jsGz, withReactGz: react === null ? null : jsGz + react }];
  }));
  const workersGz = Object.fromEntries(readdirSync(PKG).filter((f) => f.endsWith('.worker.js')).map((f) => [f, [...staticClosure(PKG, f)].reduce((a, u) => a + gzSize(join(PKG, u)), 0)]));
  return { budgetGz: BUDGET_ISLANDS_GZ, reactGz: react, stylesGz: gzSize(join(PKG, 'styles.css')), widgets, workersGz };
}

export function printPackageSizes(r) {
  const kb = (n) => (n === null ? '—' : `${(n / 1024).toFixed(1)} KB`);
  console.log(`package, per widget imported alone (gz; vocabularies, workers and pictures load on demand and are not counted):`);
  console.log(`  React (the host's, counted once, as the site's renderer weighs it): ${kb(r.reactGz)}; styles.css (all widgets): ${kb(r.stylesGz)}`);
  for (const [id, w] of Object.entries(r.widgets)) {
    const over = w.withReactGz !== null && w.withReactGz > r.budgetGz;
    console.log(`  ${id.padEnd(24)} ${kb(w.jsGz).padStart(9)}   with React ${kb(w.withReactGz).padStart(9)} ${over ? `✗ over ${kb(r.budgetGz)}` : ''}`);
  }
  console.log(`  workers (on demand): ${Object.entries(r.workersGz).map(([f, n]) => `${f} ${kb(n)}`).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = packageSizes({ build: !process.argv.includes('--no-build') });
  printPackageSizes(r);
  process.exit(Object.values(r.widgets).some((w) => w.withReactGz !== null && w.withReactGz > r.budgetGz) ? 1 : 0);
}
