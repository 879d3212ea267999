import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ORIGIN, pageTitle, SITE_NAME, SITE_NAMES, siteOrigin, siteUrlWarning, TITLE_MAX } from './site';

describe('site name and origin', () => {
  it('SITE_URL sets the origin; without it, the local preview origin', () => {
    expect(siteOrigin({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
    expect(siteOrigin({})).toBe(DEFAULT_ORIGIN);
    expect(siteOrigin({ SITE_URL: '' })).toBe(DEFAULT_ORIGIN);
  });
  it('a build without SITE_URL warns, naming the fix; SITE_URL or the local opt-out silences it', () => {
    expect(siteUrlWarning({})).toMatch(/SITE_URL is not set.*http:\/\/localhost:4321/s);
    expect(siteUrlWarning({})).toContain('SITE_URL=https://your.domain npm run build');
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' })).toBeNull();
    expect(siteUrlWarning({ L3X_LOCAL_BUILD: '1' })).toBeNull();
  });
  it('no other file spells out the default origin', () => {
    for (const file of ['astro.config.mjs', 'src/components/WidgetShell.tsx', 'src/pages/[...lang]/oembed/[id].json.ts', 'src/pages/[...lang]/rss.xml.ts', 'src/pages/robots.txt.ts', 'scripts/linkcheck.mjs']) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('localhost:4321');
    }
  });
  it('page titles: "title · site" when it fits in 70 characters, else the short title, else the title alone', () => {
    expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
    expect(pageTitle('Widgets')).toBe('Widgets · Llama 3 Explained');
    const long = 'Overview: what Llama 3 is, and what changed from Llama 2';
    expect(pageTitle(long, SITE_NAME, 'Overview: from Llama 2 to Llama 3')).toBe('Overview: from Llama 2 to Llama 3 · Llama 3 Explained');
    expect(pageTitle('Grouped-query attention: which query heads share keys and values')).toBe('Grouped-query attention: which query heads share keys and values');
    for (const t of [long, 'x'.repeat(60)]) expect(pageTitle(t, SITE_NAME, 'Short').length).toBeLessThanOrEqual(TITLE_MAX);
  });
});

describe('site name in Chinese', () => {
  it('titles Chinese pages with the Chinese name', () => {
    expect(pageTitle('分组查询注意力与 KV 缓存', SITE_NAMES.zh)).toBe('分组查询注意力与 KV 缓存 · Llama 3 详解');
  });
});
