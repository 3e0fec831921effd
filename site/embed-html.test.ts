import { describe, expect, it } from 'vitest';
import { embedHtml } from './embed-html';

const TEMPLATE = [
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" />',
  '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'" />',
  '<title>Nagorno-Karabakh dashboard</title><style>.figure-card{}</style></head>',
  '<body><div id="root"></div>',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/react-def.js"></body></html>',
].join('');

describe('embedHtml', () => {
  const html = embedHtml(TEMPLATE, 'Casualties <& after>', '<main class="embed">2 killed</main>');

  it('carries the rendered card and the inline styles, but no script of any kind', () => {
    expect(html).toContain('<div id="root"><main class="embed">2 killed</main></div>');
    expect(html).toContain('<style>.figure-card{}</style>');
    expect(html).not.toMatch(/<script|modulepreload/);
  });

  it('keeps the Content Security Policy, titles the page and keeps it out of search results', () => {
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain('<title>Casualties &lt;&amp; after&gt;</title>');
    expect(html).toContain('<meta name="robots" content="noindex" />');
  });
});
