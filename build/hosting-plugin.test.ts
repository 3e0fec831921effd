import { describe, expect, it } from 'vitest';
import { headersFile, securityHeaders } from './hosting-plugin';

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
