// Astro integration: the `client:widget` directive every widget island uses (src/scripts/widgetDirective.ts).
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function widgetDirective() {
  return {
    name: 'l3x-widget-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'widget', entrypoint: fileURLToPath(new URL('../scripts/widgetDirective.ts', import.meta.url)) });
      },
    },
  };
}
