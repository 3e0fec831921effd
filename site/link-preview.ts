import type { PagePreview, PreviewCard } from '../src/data/words/page-preview';
import { escapeHtml } from './html';

/*
 * The tags that make a shared link show the page's title, description and
 * image: the plain description, the canonical address, Open Graph and a
 * Twitter card. Open Graph and Twitter take only absolute addresses, which
 * the build cannot know without SITE_URL (as for the sitemap), so without it
 * the canonical address, og:url and the image tags are left out and the
 * rest is still written.
 */

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PageMeta {
  /** The page's path, "/figures/population-under-blockade". */
  path: string;
  title: string;
  description: string;
  /** The path of its preview image, "/previews/index.png". */
  image: string;
  imageAlt: string;
  siteName: string;
  /** SITE_URL as siteOrigin reads it, or undefined. */
  origin: string | undefined;
  /** False for the page of unknown addresses, which is served at every address and so has none of its own. */
  addressable: boolean;
}

/** The preview image's path for a page: "/previews/index.png", "/previews/figures/<id>.png". */
export function previewImagePath(pagePath: string): string {
  return `/previews/${pagePath === '/' ? 'index' : pagePath.slice(1)}.png`;
}

export function linkPreviewTags(meta: PageMeta): string {
  const tags: [string, string, string][] = [['name', 'description', meta.description]];
  const url = meta.origin && meta.addressable ? `${meta.origin}${meta.path}` : undefined;
  const image = meta.origin ? `${meta.origin}${meta.image}` : undefined;
  tags.push(
    ['property', 'og:site_name', meta.siteName],
    ['property', 'og:type', 'website'],
    ['property', 'og:title', meta.title],
    ['property', 'og:description', meta.description],
  );
  if (url) tags.push(['property', 'og:url', url]);
  if (image) {
    tags.push(
      ['property', 'og:image', image],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', String(PREVIEW_WIDTH)],
      ['property', 'og:image:height', String(PREVIEW_HEIGHT)],
      ['property', 'og:image:alt', meta.imageAlt],
    );
  }
  tags.push(
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', meta.title],
    ['name', 'twitter:description', meta.description],
  );
  if (image) tags.push(['name', 'twitter:image', image], ['name', 'twitter:image:alt', meta.imageAlt]);
  const lines = tags.map(([key, name, content]) => `<meta ${key}="${name}" content="${escapeHtml(content)}" />`);
  if (url) lines.unshift(`<link rel="canonical" href="${escapeHtml(url)}" />`);
  return lines.join('\n    ');
}

/**
 * A built page's tags, and its preview image: its own card drawn at `image`,
 * or without one the dashboard's image, whose description then serves as
 * the image's alternative text.
 */
export function pageLinkPreview(page: {
  path: string;
  title: string;
  preview: PagePreview;
  home: PagePreview;
  siteName: string;
  origin: string | undefined;
}): { tags: string; image: string; card?: PreviewCard } {
  const { card } = page.preview;
  const image = previewImagePath(card ? page.path : '/');
  const tags = linkPreviewTags({
    path: page.path,
    title: page.title,
    description: page.preview.description,
    image,
    imageAlt: (card ? page.preview : page.home).description,
    siteName: page.siteName,
    origin: page.origin,
    addressable: page.path !== '/404',
  });
  return { tags, image, card };
}

/** The page with its link-preview tags in the head, in place of the description index.html gives every page. */
export function withLinkPreviewTags(html: string, tags: string): string {
  const description = /<meta\s+name="description"[^>]*>/;
  if (!description.test(html)) throw new Error('The page template has no <meta name="description"> to replace');
  return html.replace(description, () => tags);
}
