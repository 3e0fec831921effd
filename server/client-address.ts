import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/*
 * Whom a request comes from, for the limit on failed sign-ins. Behind a
 * reverse proxy every request comes from the proxy, so with TRUST_PROXY set
 * to the number of proxies in front (`1` for one nginx) the address is read
 * from X-Forwarded-For instead. Each proxy appends the address it was
 * reached from, so the trusted entries are the last ones: the client is the
 * entry that many places from the right. Anything to its left was sent by
 * the client itself and may be forged, so it is never used.
 */

/** The number of proxies TRUST_PROXY says are in front: `true` is one; unset, empty, `0` or `false`, none. */
export function trustedProxies(value: string | undefined): number {
  const setting = value?.trim().toLowerCase() ?? '';
  if (setting === '' || setting === 'false') return 0;
  if (setting === 'true') return 1;
  if (!/^\d+$/.test(setting)) throw new Error(`TRUST_PROXY must be a number of proxies, or true: ${value}`);
  return Number(setting);
}

/** The client's address, from the socket's and, behind `proxies` trusted proxies, the X-Forwarded-For header. */
export function clientAddress(socket: string, forwardedFor: string | undefined, proxies: number): string {
  if (proxies === 0) return socket;
  const hops = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    socket,
  ];
  // Fewer entries than proxies means a proxy added none: the furthest one known is the best there is.
  return hops[Math.max(0, hops.length - 1 - proxies)]!;
}

/** The server's way to tell clients apart, with `proxies` trusted proxies in front. */
export function requestAddress(proxies: number): (c: Context) => string {
  return (c) => clientAddress(getConnInfo(c).remote.address ?? 'unknown', c.req.header('X-Forwarded-For'), proxies);
}
