import type { APIRoute } from 'astro';
import { DEFAULT_ORIGIN } from '../site';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? DEFAULT_ORIGIN).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
