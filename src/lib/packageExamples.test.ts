// The package page's code and README "Use it as a component" say the same thing: the page's English examples appear
// in the README line for line, with the tarball path and the package name from src/package/names.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_MESSAGES } from '../i18n/site';
import { PACKAGE_NAME, PACKAGE_TARBALL } from '../package/names';
import { astroExample, installLines, viteExample, viteSettings } from './packageExamples';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('### Use it as a component'), readme.indexOf('\n## Deploy'));
const words = SITE_MESSAGES.en.packagePage.code;

describe('README "Use it as a component" and the package page', () => {
  it('the README has the section, inside "Embed a widget", naming the tarball and npm run package', () => {
    expect(section.length).toBeGreaterThan(1000);
    expect(readme.indexOf('## Embed a widget')).toBeLessThan(readme.indexOf('### Use it as a component'));
    expect(section).toContain(PACKAGE_TARBALL);
    expect(section).toContain('npm run package');
    expect(section).toContain(`npm install ${PACKAGE_NAME}`);
    expect(section).toContain(installLines().install);
  });
  it('the bundler settings are the same lines in both, for Astro (under vite:) and Vite', () => {
    expect(section).toContain(viteSettings(words, 4));
    expect(section).toContain(viteSettings(words, 2));
  });
  it('the page\'s Astro config and Vite config are the README\'s', () => {
    expect(section).toContain(astroExample(words, 'en').config);
    expect(section).toContain(viteExample(words, 'en').config);
  });
  it('the page\'s Astro MDX page is the README\'s, and the Chinese one differs only by lang="zh" and its words', () => {
    const en = astroExample(words, 'en');
    expect(section).toContain(`\`${en.pageFile}\``);
    expect(section).toContain(en.page);
    const zh = astroExample(SITE_MESSAGES.zh.packagePage.code, 'zh');
    expect(zh.pageFile).toBe('src/pages/zh/kv-cache.mdx');
    expect(zh.page).toContain('<KvCache client:visible lang="zh" model="llama3-70b" context={32768} />');
  });
});
