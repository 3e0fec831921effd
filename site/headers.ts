/*
 * The headers a host sends beside the site's files: the Content Security
 * Policy (also carried by each page in a meta tag), the rest of the security
 * headers, and the framing rule for embeds.
 */

/*
 * A production page carries its Content Security Policy in a meta tag, so it
 * holds on any static host. Scripts come only from the site itself: no inline
 * script and no eval. Styles allow inline attributes, which charts and the
 * duration timeline position with.
 */
export function contentSecurityPolicy(apiBase: string | undefined): string {
  let apiOrigin = '';
  try {
    if (apiBase) apiOrigin = new URL(apiBase).origin;
  } catch {
    // A relative API base is on the site's own origin, which 'self' covers.
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/*
 * What a host must send beside the files. A meta tag cannot carry
 * frame-ancestors, so only a real header stops the site being framed by
 * another; the others stop browsers guessing types and leaking full URLs.
 */
export function securityHeaders(apiBase: string | undefined): [string, string][] {
  return [
    ['Content-Security-Policy', `${contentSecurityPolicy(apiBase)}; frame-ancestors 'none'`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ];
}

/* The `_headers` file that Netlify, Cloudflare Pages and similar static hosts read. Hashed assets never change. */
export function headersFile(apiBase: string | undefined, embedAncestors = embedFrameAncestors()): string {
  const all = securityHeaders(apiBase).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '/*',
    ...all,
    '',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '/api/*',
    '  Cache-Control: no-cache',
    '',
    embedHeadersRule(securityHeaders(apiBase), embedAncestors),
  ].join('\n');
}

/*
 * Embeds are the only pages other sites may frame. Which sites: every one by
 * default, or the list in EMBED_FRAME_ANCESTORS (space-separated, read at
 * build and by the server), such as "https://news.example.org https://*.example.net".
 */

export const EMBED_PATTERN = '/embed/*';

const SOURCE = /^(\*|'self'|https?:|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?)$/i;

/** The frame-ancestors sources for embeds; anything that is not an origin, `'self'` or `*` is refused. */
export function embedFrameAncestors(value = process.env.EMBED_FRAME_ANCESTORS): string {
  const sources = (value ?? '').split(/\s+/).filter(Boolean);
  if (sources.length === 0) return '*';
  const bad = sources.find((source) => !SOURCE.test(source));
  if (bad) throw new Error(`EMBED_FRAME_ANCESTORS: "${bad}" is not an origin (https://example.org), 'self' or *`);
  return sources.join(' ');
}

/* The site's headers with framing allowed from `ancestors` in place of 'none'. */
export function embedSecurityHeaders(site: [string, string][], ancestors: string): [string, string][] {
  return site.map(([name, value]): [string, string] =>
    name === 'Content-Security-Policy'
      ? [name, value.replace("frame-ancestors 'none'", `frame-ancestors ${ancestors}`)]
      : [name, value],
  );
}

/*
 * The `_headers` rule for embeds. A host that applies every matching rule
 * (Cloudflare Pages) would join both policies, and the site-wide 'none'
 * would still forbid framing: the `!` line detaches it first. A host that
 * lets the more specific rule win (Netlify) skips that line, which has no
 * colon.
 */
export function embedHeadersRule(site: [string, string][], ancestors: string): string {
  const csp = new Map(embedSecurityHeaders(site, ancestors)).get('Content-Security-Policy');
  return [EMBED_PATTERN, '  ! Content-Security-Policy', `  Content-Security-Policy: ${csp}`, ''].join('\n');
}
