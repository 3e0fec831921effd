import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeHtml } from './html';
import { isEmbedPath } from '../src/data/words/embed';

/*
 * robots.txt and sitemap.xml for the built site. A sitemap must give absolute
 * addresses, and the build cannot know where the site will be served, so the
 * sitemap is written only when SITE_URL names the origin
 * (https://dashboard.example.org); robots.txt is always written.
 */

/* Pages that are not content to be found: the page for unknown addresses, and embeds (their figure's page is). */
const UNLISTED = new Set(['/404']);

/** The origin without a trailing slash, or undefined when none is given; anything but an http(s) address is refused. */
export function siteOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SITE_URL must be an http(s) address: ${value}`);
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}

export function robotsTxt(origin: string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (origin) lines.push(`Sitemap: ${origin}/sitemap.xml`);
  return `${lines.join('\n')}\n`;
}

export function sitemapXml(pages: readonly string[], origin: string, lastModified: string): string {
  const urls = pages
    .filter((page) => !UNLISTED.has(page) && !isEmbedPath(page))
    .map((page) => `  <url><loc>${escapeHtml(`${origin}${page}`)}</loc><lastmod>${lastModified}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Writes robots.txt, and sitemap.xml when the site's origin is known; returns the names written. */
export async function writeSiteFiles(
  dist: string,
  pages: readonly string[],
  lastModified: string,
  siteUrl = process.env.SITE_URL,
): Promise<string[]> {
  const origin = siteOrigin(siteUrl);
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, 'robots.txt'), robotsTxt(origin));
  if (!origin) return ['robots.txt'];
  await writeFile(join(dist, 'sitemap.xml'), sitemapXml(pages, origin, lastModified));
  return ['robots.txt', 'sitemap.xml'];
}
