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
