// `npm test`: every check, in order, each counted; the last line is `N passed, N failed`.
//   1. type check (astro check: .astro, .ts, .tsx)      5. link check (scripts/linkcheck.mjs)
//   2. unit + property + view tests (Vitest)           6. HTML validation, one check a page (scripts/validateHtml.mjs)
//   3. build (astro build + Pagefind)                  7. npm package: built, each fixture site installed and built
//   4. byte budget (scripts/budget.mjs)                   (scripts/packageFixtures.mjs), one check each
//                                                       8. end-to-end (Playwright on the built site and the fixture
//                                                          sites, Chromium)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';

// L3X_LOCAL_BUILD: the test build is served locally, so it needs no SITE_URL (and no warning about it).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', L3X_LOCAL_BUILD: '1', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
const skip = new Set((process.env.SKIP ?? '').split(',').filter(Boolean));
let passed = 0;
let failed = 0;
const summary = [];
mkdirSync('reports', { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
}

// A skipped step counts as one failure: a partial run must never end with "0 failed".
function step(name, fn) {
  if (skip.has(name)) { failed += 1; summary.push(`✗ ${name}: skipped (SKIP), counted as 1 failed`); return; }
  console.log(`\n━━ ${name} ━━`);
  const t = Date.now();
  const res = fn();
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  passed += res.passed;
  failed += res.failed;
  summary.push(`${res.failed ? '✗' : '✓'} ${name}: ${res.passed} passed, ${res.failed} failed (${secs} s)`);
}

/** A check that is one pass or one failure. */
const single = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

step('typecheck', () => single(run('astro', ['check', '--minimumSeverity', 'warning'])));

step('unit', () => {
  const ok = run('vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json']);
  try {
    const r = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
    return { passed: r.numPassedTests, failed: r.numFailedTests + (ok || r.numFailedTests ? 0 : 1) };
  } catch { return single(false); }
});

let built = false;
step('build', () => {
  built = run('npm', ['run', 'build', '--silent']);
  return single(built);
});

if (built) {
  step('budget', () => single(run('node', ['scripts/budget.mjs'])));
  step('links', () => single(run('node', ['scripts/linkcheck.mjs'])));
  step('html', () => {
    const ok = run('node', ['scripts/validateHtml.mjs', 'dist', '--json', 'reports/html-validate.json']);
    try {
      const r = JSON.parse(readFileSync('reports/html-validate.json', 'utf8'));
      return { passed: r.valid, failed: r.invalid + (ok || r.invalid ? 0 : 1) };
    } catch { return single(false); }
  });
  step('package', () => {
    const ok = run('node', ['scripts/packageFixtures.mjs', '--json', 'reports/package-fixtures.json']);
    try {
      const r = JSON.parse(readFileSync('reports/package-fixtures.json', 'utf8'));
      return { passed: r.passed, failed: r.failed + (ok || r.failed ? 0 : 1) };
    } catch { return single(false); }
  });
  step('e2e', () => {
    const chromium = findChromium();
    if (!chromium) { console.error(NO_CHROMIUM_MESSAGE); return single(false); }
    env.CHROME_PATH = chromium;
    const ok = run('playwright', ['test']);
    try {
      const r = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
      const s = r.stats;
      return { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected + (ok || s.unexpected ? 0 : 1) };
    } catch { return single(false); }
  });
} else {
  summary.push('- budget, links, html, package, e2e: not run (the build failed)');
  failed += 5;
}


console.log('\n━━ summary ━━');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
