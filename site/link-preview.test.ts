import { describe, expect, it } from 'vitest';
import { linkPreviewTags, pageLinkPreview, previewImagePath, withLinkPreviewTags, type PageMeta } from './link-preview';

const META: PageMeta = {
  path: '/figures/population-under-blockade',
  title: 'Population under blockade — Nagorno-Karabakh dashboard',
  description: 'Population under blockade: about 120,000 ethnic Armenians, as of 19 September 2023, source Medya News',
  image: '/previews/figures/population-under-blockade.png',
  imageAlt: 'The figure as an image',
  siteName: 'Nagorno-Karabakh dashboard',
  origin: 'https://dashboard.example.org',
  addressable: true,
};

/* Each tag's content by its name or property, read back from the HTML as a browser would. */
function contents(tags: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(`<head>${tags}</head>`, 'text/html');
  const found = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta'))
    found.set(meta.getAttribute('name') ?? meta.getAttribute('property') ?? '', meta.getAttribute('content') ?? '');
  const canonical = doc.querySelector('link[rel="canonical"]');
  if (canonical) found.set('canonical', canonical.getAttribute('href') ?? '');
  return found;
}

describe('linkPreviewTags', () => {
  it('gives the figure’s value in the description, Open Graph and the Twitter card, with absolute addresses', () => {
    const tags = contents(linkPreviewTags(META));
    expect(tags.get('description')).toBe(META.description);
    expect(tags.get('og:description')).toBe(META.description);
    expect(tags.get('twitter:description')).toBe(META.description);
    expect(tags.get('og:title')).toBe(META.title);
    expect(tags.get('twitter:title')).toBe(META.title);
    expect(tags.get('og:site_name')).toBe('Nagorno-Karabakh dashboard');
    expect(tags.get('og:type')).toBe('website');
    expect(tags.get('canonical')).toBe('https://dashboard.example.org/figures/population-under-blockade');
    expect(tags.get('og:url')).toBe('https://dashboard.example.org/figures/population-under-blockade');
    const image = 'https://dashboard.example.org/previews/figures/population-under-blockade.png';
    expect(tags.get('og:image')).toBe(image);
    expect(tags.get('twitter:image')).toBe(image);
    expect(tags.get('og:image:width')).toBe('1200');
    expect(tags.get('og:image:height')).toBe('630');
    expect(tags.get('og:image:alt')).toBe('The figure as an image');
    expect(tags.get('twitter:image:alt')).toBe('The figure as an image');
    expect(tags.get('twitter:card')).toBe('summary_large_image');
  });

  it('escapes every text, so data cannot close the attribute or open a tag', () => {
    const hostile = "\"><script>alert(1)</script> & 'quoted'";
    const html = linkPreviewTags({
      ...META,
      title: hostile,
      description: hostile,
      imageAlt: hostile,
      siteName: hostile,
    });
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/content="[^"]*"[^ />]/);
    const tags = contents(html);
    for (const name of ['description', 'og:title', 'og:description', 'og:site_name', 'og:image:alt', 'twitter:title'])
      expect(tags.get(name)).toBe(hostile);
  });

  it('without SITE_URL leaves out the canonical address, og:url and the image tags, and keeps the rest', () => {
    const html = linkPreviewTags({ ...META, origin: undefined });
    const tags = contents(html);
    expect(html).not.toContain('canonical');
    expect([...tags.keys()].filter((name) => /url|image/.test(name))).toEqual([]);
    expect(tags.get('description')).toBe(META.description);
    expect(tags.get('og:title')).toBe(META.title);
    expect(tags.get('twitter:card')).toBe('summary');
  });

  it('gives the page of unknown addresses no address of its own, but the image', () => {
    const tags = contents(linkPreviewTags({ ...META, path: '/404', addressable: false }));
    expect(tags.has('canonical')).toBe(false);
    expect(tags.has('og:url')).toBe(false);
    expect(tags.get('og:image')).toBe(`https://dashboard.example.org${META.image}`);
  });
});

describe('pageLinkPreview', () => {
  const home = { description: 'The dashboard', card: { kicker: '', heading: '', lines: [], source: '', date: '' } };
  const base = { title: 'Sources', home, siteName: 'Site', origin: 'https://example.org' };

  it('draws a page with a card at its own image path', () => {
    const figure = pageLinkPreview({ ...base, path: '/figures/a', preview: home });
    expect(figure.image).toBe('/previews/figures/a.png');
    expect(figure.card).toBe(home.card);
  });

  it('gives a page without a card the dashboard’s image, described as the dashboard', () => {
    const sources = pageLinkPreview({ ...base, path: '/sources', preview: { description: 'Every source' } });
    expect(sources.image).toBe('/previews/index.png');
    expect(sources.card).toBeUndefined();
    const tags = contents(sources.tags);
    expect(tags.get('description')).toBe('Every source');
    expect(tags.get('og:image:alt')).toBe('The dashboard');
  });
});

describe('previewImagePath', () => {
  it('names the dashboard’s image index and a figure’s after its path', () => {
    expect(previewImagePath('/')).toBe('/previews/index.png');
    expect(previewImagePath('/figures/blockade-duration')).toBe('/previews/figures/blockade-duration.png');
  });
});

describe('withLinkPreviewTags', () => {
  const template =
    '<head>\n    <meta\n      name="description"\n      content="Every page"\n    />\n    <title>T</title>\n  </head>';

  it('puts the tags where the template’s description was, so the page has one description', () => {
    const page = withLinkPreviewTags(template, '<meta name="description" content="This page" />');
    expect(page.match(/name="description"/g)).toHaveLength(1);
    expect(page).toContain('content="This page"');
    expect(page).not.toContain('Every page');
  });

  it('refuses a template without a description to replace', () => {
    expect(() => withLinkPreviewTags('<head><title>T</title></head>', '')).toThrow(/no <meta name="description">/);
  });

  it('inserts tags holding $ patterns as written', () => {
    expect(withLinkPreviewTags(template, '<meta content="$& $\' $1" />')).toContain('<meta content="$& $\' $1" />');
  });
});
