// Types for the project's own client directive (src/integrations/widgetDirective.mjs).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when visible or first touched, keeping what the reader did before hydration (widgetDirective.ts). */
    'client:widget'?: boolean;
  }
}
