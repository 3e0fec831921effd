import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp-plugin';

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
