import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { robotsTxt, siteOrigin, sitemapXml, writeSiteFiles } from './sitemap';

const PAGES = ['/', '/figures/a', '/embed/figures/a', '/sources', '/update', '/404'];

describe('siteOrigin', () => {
  it('drops a trailing slash and keeps a path the site is served under', () => {
    expect(siteOrigin('https://example.org/')).toBe('https://example.org');
    expect(siteOrigin('https://example.org/crisis/')).toBe('https://example.org/crisis');
    expect(siteOrigin(undefined)).toBeUndefined();
    expect(siteOrigin('')).toBeUndefined();
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => siteOrigin('ftp://example.org')).toThrow('SITE_URL must be an http(s) address');
  });
});

describe('robotsTxt', () => {
  it('allows every crawler, and points to the sitemap when the origin is known', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://example.org')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});

describe('sitemapXml', () => {
  it('lists every page by its absolute address except the page for unknown addresses and the embeds', () => {
    const xml = sitemapXml(PAGES, 'https://example.org', '2023-09-19T18:00:00Z');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.org/',
      'https://example.org/figures/a',
      'https://example.org/sources',
      'https://example.org/update',
    ]);
    expect(xml).toContain('<lastmod>2023-09-19T18:00:00Z</lastmod>');
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ),
    ).toBe(true);
  });

  it('escapes what XML would read as markup', () => {
    expect(sitemapXml(['/a&b'], 'https://example.org', '2023-09-19')).toContain(
      '<loc>https://example.org/a&amp;b</loc>',
    );
  });
});

describe('writeSiteFiles', () => {
  it('writes robots.txt alone without an origin, and the sitemap with one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'site-files-'));
    try {
      expect(await writeSiteFiles(dir, PAGES, '2023-09-19', '')).toEqual(['robots.txt']);
      expect((await readdir(dir)).sort()).toEqual(['robots.txt']);
      expect(await writeSiteFiles(dir, PAGES, '2023-09-19', 'https://example.org')).toEqual([
        'robots.txt',
        'sitemap.xml',
      ]);
      expect(await readFile(join(dir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/sources</loc>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
