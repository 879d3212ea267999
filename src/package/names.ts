// What the npm package calls things (scripts/package.mjs builds it; the site's package page lists it). Plain
// TypeScript with no imports, so the build script imports it too (Node strips the types).

/** The package's name on npm, and the name a host imports it by. */
export const PACKAGE_NAME = 'llama3-explained';

/** Where `npm run package` writes the installable tarball (npm pack's output, renamed without the version). */
export const PACKAGE_TARBALL = 'dist-package/llama3-explained.tgz';

/** A widget's component: its id in PascalCase (kv-cache → KvCache, rope-decay → RopeDecay). */
export function componentName(id: string): string {
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
