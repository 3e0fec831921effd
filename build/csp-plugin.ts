import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../site/headers';

/* Each built page carries its Content Security Policy in a meta tag, so it holds on any static host. */
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
