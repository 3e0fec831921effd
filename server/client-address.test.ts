import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address';

describe('trustedProxies', () => {
  it('reads a number of proxies, true as one, and nothing as none', () => {
    expect([undefined, '', '0', 'false', ' 1 ', 'true', 'TRUE', '2'].map(trustedProxies)).toEqual([
      0, 0, 0, 0, 1, 1, 1, 2,
    ]);
  });

  it('refuses anything else, rather than trusting a header by mistake', () => {
    for (const value of ['yes', '-1', '1.5', 'loopback']) expect(() => trustedProxies(value)).toThrow(/TRUST_PROXY/);
  });
});

describe('clientAddress', () => {
  it('is the socket address when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
  });

  it('behind one proxy, is the entry the proxy appended, not one the client forged to its left', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '10.9.9.9, 1.2.3.4 ,203.0.113.9', 1)).toBe('203.0.113.9');
  });

  it('behind two proxies, is the second entry from the right', () => {
    expect(clientAddress('10.0.0.2', 'forged, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
  });

  it('with fewer entries than proxies, falls back to the furthest known, never throws', () => {
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', ' , ', 1)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.2', '203.0.113.9', 3)).toBe('203.0.113.9');
  });
});
