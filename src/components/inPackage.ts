// Whether a widget is drawn by the npm package's component on a host's page (src/package/) rather than on this site.
// A view asks only to choose where a link to one of this site's own pages or files goes, since the host has no
// /licenses/ or /gqa/: the shell sets it, and nothing else may depend on it, so a widget shows the same in both.
import { createContext, useContext } from 'react';

export interface PackageHost {
  /** This site's origin, for links to its pages (the package's build knows it from SITE_URL), or null: no links. */
  site: string | null;
}

export const InPackage = createContext<PackageHost | null>(null);

export function useInPackage(): boolean {
  return useContext(InPackage) !== null;
}

/** A link to one of this site's pages (a root-relative path) that works where the widget is: null for none. */
export function useSiteHref(path: string | null): string | null {
  const host = useContext(InPackage);
  if (path === null || host === null) return path;
  return host.site === null ? null : new URL(path, host.site).href;
}
