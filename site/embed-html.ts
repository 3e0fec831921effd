import { escapeHtml } from './html';

/*
 * The HTML of an embed: the built page's template with the figure rendered
 * in, but no module script, no preloads and no data block. The card is
 * complete as HTML, so a host page that frames it loads a few kilobytes and
 * runs nothing of ours. Search engines are asked to index the figure's own
 * page instead.
 */
export function embedHtml(template: string, title: string, body: string): string {
  return template
    .replace(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '')
    .replace(
      /<title>[^<]*<\/title>/,
      () => `<meta name="robots" content="noindex" />\n    <title>${escapeHtml(title)}</title>`,
    )
    .replace('<div id="root"></div>', () => `<div id="root">${body}</div>`);
}
