// The site's name and origin, in one place. The origin is where absolute URLs point (embed snippets
// written at build time, oEmbed, canonical and Open Graph URLs, the feed, the sitemap, robots.txt):
// `SITE_URL` at build time, else the local preview server. Plain TypeScript with no imports, so Node
// scripts can import it too (Node 22 strips the types).

/** The site's name in each language, as pages, snippets, oEmbed and the feeds show it. */
export const SITE_NAMES = { en: 'Llama 3 Explained', zh: 'Llama 3 详解' } as const;

/** The site's name in English (the default language). */
export const SITE_NAME = SITE_NAMES.en;

/** The port of the local preview server (`npm start`, `npm run preview`, scripts/serve.mjs) and of the e2e suite. */
export const PREVIEW_PORT = 4321;

/** The origin of `npm start` / `npm run preview`: used when a build is not told where it is deployed. */
export const DEFAULT_ORIGIN = `http://localhost:${PREVIEW_PORT}`;

/** The same server as scripts reach it (bench, screenshots): the loopback address, not a name to resolve. */
export const LOCAL_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;

/** Set to 1 to build without SITE_URL on purpose (a local build) and skip the warning. */
export const LOCAL_BUILD_ENV = 'L3X_LOCAL_BUILD';

/** The origin this build's absolute URLs use: SITE_URL when set, else DEFAULT_ORIGIN. */
export function siteOrigin(env: Record<string, string | undefined>): string {
  return new URL(env['SITE_URL'] || DEFAULT_ORIGIN).origin;
}

/**
 * The warning a build prints when SITE_URL is not set, or null when it is set or the build is local on
 * purpose. Without it every absolute URL the build writes (oEmbed, canonical, og:, feed, sitemap) points
 * at the reader's own machine.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  if (env['SITE_URL'] || env[LOCAL_BUILD_ENV] === '1') return null;
  return [
    `SITE_URL is not set: this build's oEmbed files, canonical and og: URLs, feed, sitemap and robots.txt`,
    `point at ${DEFAULT_ORIGIN}. Fine for a local preview; before deploying, build with`,
    `SITE_URL=https://your.domain npm run build (set ${LOCAL_BUILD_ENV}=1 to silence this for a local build).`,
  ].join('\n');
}

/** Longest <title> search engines show in full (html-validate's long-title rule uses the same limit). */
export const TITLE_MAX = 70;

/**
 * A page's <title>: "title · Llama 3 Explained"; when that is too long, the short title with the site
 * name, else the title alone.
 */
export function pageTitle(title: string, siteName: string = SITE_NAME, shortTitle?: string): string {
  if (title === siteName) return title;
  for (const t of [title, shortTitle]) {
    if (t && `${t} · ${siteName}`.length <= TITLE_MAX) return `${t} · ${siteName}`;
  }
  return title;
}
