import type { Plugin } from 'vite';

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

export function cspPlugin(): Plugin {
  let apiBase: string | undefined;
  return {
    name: 'crisis-dashboard-csp',
    apply: 'build',
    configResolved(config) {
      apiBase = config.env.VITE_API_BASE_URL as string | undefined;
    },
    transformIndexHtml: {
      order: 'post',
      // Right after the charset (which must come first), before any script or style it governs.
      handler: (html) => {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs a <meta charset> for the Content Security Policy to follow');
        const end = charset.index + charset[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(apiBase)}" />`;
        return html.slice(0, end) + meta + html.slice(end);
      },
    },
  };
}
