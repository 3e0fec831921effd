import { describe, expect, it } from 'vitest';
import { embedFrameAncestors, embedSecurityHeaders } from './embed-headers';
import { headersFile, securityHeaders } from './hosting-plugin';

describe('headers for embeds', () => {
  it('let every site frame them by default, or the origins given', () => {
    expect(embedFrameAncestors(undefined)).toBe('*');
    expect(embedFrameAncestors('  ')).toBe('*');
    expect(embedFrameAncestors(" https://news.example.org   https://*.example.net:8443 'self' ")).toBe(
      "https://news.example.org https://*.example.net:8443 'self'",
    );
  });

  it('refuse a list that is not origins, which would break the policy', () => {
    expect(() => embedFrameAncestors('https://ok.example.org; script-src *')).toThrow(
      /"https:\/\/ok\.example\.org;" is not an origin/,
    );
    expect(() => embedFrameAncestors("'none' https://example.org/path")).toThrow(/"'none'" is not an origin/);
  });

  it('change only the framing of the site’s policy', () => {
    const site = securityHeaders(undefined);
    const embed = new Map(embedSecurityHeaders(site, '*'));
    const csp = new Map(site).get('Content-Security-Policy')!;
    expect(embed.get('Content-Security-Policy')).toBe(csp.replace("frame-ancestors 'none'", 'frame-ancestors *'));
    expect(embed.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('are written to _headers for /embed/* only, detaching the site-wide policy first', () => {
    const file = headersFile(undefined, 'https://news.example.org');
    const [site, ...rest] = file.split('\n\n');
    expect(site).toMatch(/^\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'\n/);
    const embed = rest.find((block) => block.startsWith('/embed/*\n'));
    expect(embed).toMatch(
      /^\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self';.*; frame-ancestors https:\/\/news\.example\.org\n?$/,
    );
  });
});
