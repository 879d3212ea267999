// The code the package page (/package/, /zh/package/) shows: install lines, the bundler settings and a complete
// Astro + MDX and Vite + React example. One definition of the code; the comments inside it come from the page's
// words (src/i18n/site.ts packagePage.code), so each language's page explains its code in its own language.
// README "Use it as a component" shows the same code (packageExamples.test.ts checks the settings agree).
import { componentName, PACKAGE_NAME, PACKAGE_TARBALL } from '../package/names';
import type { Locale } from '../i18n/locale';

/** The comments written into the examples, in the page's language. */
export interface ExampleComments {
  /** Why workers must be ES modules. */
  worker: string;
  /** Why the dev server must not pre-bundle the package. */
  optimizeDeps: string;
  /** Above the stylesheet import: once per site (in the Vite example; MDX keeps its imports together). */
  styles: string;
  /** The example post's heading and first sentence (the post a blogger writes). */
  postTitle: string;
  postText: string;
}

/** The widget the examples show, with the parameters of the embed page they match (/embed/kv-cache/?…). */
export const EXAMPLE_WIDGET = { id: 'kv-cache', props: 'model="llama3-70b" context={32768}' } as const;

export function installLines(): { build: string; install: string; published: string } {
  return {
    build: 'npm ci\nnpm run package',
    install: `npm install ../llama3-explained/${PACKAGE_TARBALL}`,
    published: `npm install ${PACKAGE_NAME}`,
  };
}

/** The Vite settings the package needs (Astro: under `vite:`), indented by `indent` spaces. */
export function viteSettings(c: ExampleComments, indent: number): string {
  const pad = ' '.repeat(indent);
  return [
    `${pad}// ${c.worker}`,
    `${pad}worker: { format: 'es' },`,
    `${pad}// ${c.optimizeDeps}`,
    `${pad}optimizeDeps: { exclude: ['${PACKAGE_NAME}'] },`,
  ].join('\n');
}

/** The widget's props in the reader's language (lang="zh" on the Chinese page). */
function langProp(lang: Locale): string {
  return lang === 'en' ? '' : ` lang="${lang}"`;
}

export function astroExample(c: ExampleComments, lang: Locale): { config: string; page: string; pageFile: string } {
  const name = componentName(EXAMPLE_WIDGET.id);
  return {
    config: `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  integrations: [react(), mdx()],
  vite: {
${viteSettings(c, 4)}
  },
});`,
    pageFile: `src/pages/${lang === 'en' ? '' : `${lang}/`}kv-cache.mdx`,
    page: `import { ${name} } from '${PACKAGE_NAME}/${EXAMPLE_WIDGET.id}';
import '${PACKAGE_NAME}/styles.css';

# ${c.postTitle}

${c.postText}

<${name} client:visible${langProp(lang)} ${EXAMPLE_WIDGET.props} />`,
  };
}

export function viteExample(c: ExampleComments, lang: Locale): { config: string; main: string } {
  const name = componentName(EXAMPLE_WIDGET.id);
  return {
    config: `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
${viteSettings(c, 2)}
});`,
    main: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ${name} } from '${PACKAGE_NAME}';
// ${c.styles}
import '${PACKAGE_NAME}/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <article>
      <h1>${c.postTitle}</h1>
      <p>${c.postText}</p>
      <${name}${langProp(lang)} ${EXAMPLE_WIDGET.props} />
    </article>
  </StrictMode>,
);`,
  };
}
