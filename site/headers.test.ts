import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  embedFrameAncestors,
  embedSecurityHeaders,
  headersFile,
  securityHeaders,
} from './headers';

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

function directives(policy: string): Map<string, string> {
  return new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]));
}

describe('content security policy', () => {
  it('allows scripts only from the site: no inline script, no eval', () => {
    const policy = directives(contentSecurityPolicy(undefined));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('connect-src')).toBe("'self'");
  });

  it('lets the page reach an API on another origin, and only that origin', () => {
    const policy = directives(contentSecurityPolicy('https://api.example.org/v1'));
    expect(policy.get('connect-src')).toBe("'self' https://api.example.org");
  });

  it('adds nothing for an API on the same site', () => {
    expect(directives(contentSecurityPolicy('/data/api')).get('connect-src')).toBe("'self'");
  });
});

describe('headers for hosts', () => {
  it('forbids framing by any other site, which a meta tag cannot', () => {
    const csp = new Map(securityHeaders(undefined)).get('Content-Security-Policy');
    expect(csp).toMatch(/; frame-ancestors 'none'$/);
    expect(csp).toContain("script-src 'self'");
  });

  it('stops type sniffing and full referrers', () => {
    const headers = new Map(securityHeaders(undefined));
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('writes them for every path, caches hashed assets for good and revalidates data', () => {
    const file = headersFile('https://api.example.org/v1');
    expect(file.startsWith('/*\n  Content-Security-Policy:')).toBe(true);
    expect(file).toContain("connect-src 'self' https://api.example.org");
    expect(file).toMatch(/\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(file).toMatch(/\/api\/\*\n {2}Cache-Control: no-cache/);
  });
});
